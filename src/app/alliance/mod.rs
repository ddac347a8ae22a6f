//! The Alliance view: the second half of the method on pages of its own, reached from the
//! view tabs. Partners (what we need and who offers it), the continuum of collaboration
//! (how closely we work with each partner), the network's shape, and the agreements. While presenting it shows the needs and who
//! covers them, large, and nothing private (no notes, no ratings).

pub(crate) mod agreements;
#[cfg(test)]
mod alone;
mod continuum;
pub(crate) mod levels;
pub(crate) mod needs;
pub(crate) mod network_step;
mod partners;
mod present;

use super::context::PanelContext;
use crate::words;
use agreements::AgreementsPage;
use continuum::ContinuumPage;
use egui::{RichText, Ui};
use network_step::NetworkStep;
use partners::PartnersPage;

/// A page of the Alliance view, in tab order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Page {
    /// What we need, and who offers it.
    #[default]
    Partners,
    /// How closely we work with each partner, now and aimed.
    Continuum,
    /// Why we network, with whom, and how organised.
    Network,
    /// The group agreement and the memorandum of understanding.
    Agreements,
}

impl Page {
    /// Every page, in tab order.
    const ALL: [Self; 4] = [
        Self::Partners,
        Self::Continuum,
        Self::Network,
        Self::Agreements,
    ];

    /// The tab's name.
    fn label(self) -> &'static str {
        words::ui().get(match self {
            Self::Partners => "alliance-page-partners",
            Self::Continuum => "alliance-page-continuum",
            Self::Network => "alliance-page-network",
            Self::Agreements => "alliance-page-agreements",
        })
    }
}

/// The Alliance view's own state: the page shown and what each page keeps between frames.
#[derive(Default)]
pub(crate) struct AllianceView {
    /// The page shown.
    page: Page,
    /// The Partners page.
    partners: PartnersPage,
    /// The Continuum page.
    continuum: ContinuumPage,
    /// The network-shape step.
    network: NetworkStep,
    /// The agreements page.
    agreements: AgreementsPage,
}

impl AllianceView {
    /// The view in the central area: the page tabs, then the page, which scrolls.
    pub(crate) fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        if cx.view.is_presenting() || cx.view.revealed_count().is_some() {
            // A room is watching: the needs and who covers them, among the actors shown.
            egui::CentralPanel::default().show(ui, |ui| present::ui(ui, cx));
            return;
        }
        egui::Panel::top("alliance pages")
            .resizable(false)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    for page in Page::ALL {
                        if ui
                            .selectable_label(self.page == page, page.label())
                            .clicked()
                        {
                            self.page = page;
                        }
                    }
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(why) = read_only(cx) {
                ui.label(RichText::new(words::ui().get(why)).strong());
                ui.disable();
            }
            match self.page {
                // These two pages scroll their own column, so they sit outside the one below.
                Page::Network => self.network.ui(ui, cx),
                Page::Agreements => self.agreements.ui(ui, cx),
                Page::Partners | Page::Continuum => {
                    egui::ScrollArea::both()
                        .id_salt("alliance page")
                        .auto_shrink(false)
                        .show(ui, |ui| match self.page {
                            Page::Continuum => self.continuum.ui(ui, cx),
                            _ => self.partners.ui(ui, cx),
                        });
                }
            }
        });
    }
}

/// Why the plan cannot be changed now (the message id), if it cannot: an earlier round is
/// looked at, and the plan is shown as it is now.
fn read_only(cx: &PanelContext<'_>) -> Option<&'static str> {
    cx.view
        .is_looking_back(cx.session)
        .then_some("alliance-looking-back")
}
