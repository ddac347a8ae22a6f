//! How the session is being looked at: the view, a round looked back at or compared with, the
//! filters, the workshop's presentation and reveal, and this machine's preferences. Every
//! panel reads it; panels change it only through the outbox (`context::Outbox`).

use super::filters::Filters;
use super::layout::Side;
use super::preferences::Preferences;
use super::rounds_panel::RoundView;
use super::theme::Theme;
use super::views::ViewMode;
use super::workshop::Workshop;
use crate::model::{Movement, PlacementRound, Round, Session};
use crate::scene::{Emphasis, Metrics, Palette};
use std::borrow::Cow;

/// What the views share about how the session is shown; never part of the session.
#[derive(Default)]
pub struct ViewState {
    /// The view the central area shows.
    pub mode: ViewMode,
    /// A recorded round being looked at or compared with.
    pub round_view: Option<RoundView>,
    /// What the room is looking for.
    pub filters: Filters,
    /// Presentation mode and the step-by-step reveal.
    pub workshop: Workshop,
    /// This machine's display preferences.
    pub prefs: Preferences,
    /// The one side panel a narrow window shows (`layout`), if any.
    pub narrow_panel: Option<Side>,
    /// The placement round (its id in `session.placement_rounds`) whose spread the views
    /// show: set when the room's answers are revealed, or when a kept round is looked at.
    pub spread_round: Option<String>,
    /// The facilitator put the open room's panel away (Workshop > Open the room shows it).
    pub room_panel_hidden: bool,
}

impl ViewState {
    /// The kept placement round whose spread the views show, if `spread_round` names one.
    pub fn shown_spread<'a>(&self, session: &'a Session) -> Option<&'a PlacementRound> {
        let id = self.spread_round.as_ref()?;
        session.placement_rounds.iter().find(|r| &r.id == id)
    }

    /// The view state a new window starts with, from this machine's preferences.
    pub fn new(prefs: Preferences) -> Self {
        Self {
            narrow_panel: Side::first_open(&prefs),
            prefs,
            ..Self::default()
        }
    }

    /// Whether presentation mode is on.
    pub fn is_presenting(&self) -> bool {
        self.workshop.presenting
    }

    /// How many actors the reveal shows, while one runs.
    pub fn revealed_count(&self) -> Option<usize> {
        self.workshop.reveal
    }

    /// The session as lists and counts may show it: while a reveal runs, only the actors
    /// revealed so far (and their relationships), so no panel gives the next ones away.
    pub fn listed<'s>(&self, session: &'s Session) -> Cow<'s, Session> {
        match self.workshop.reveal {
            Some(shown) => Cow::Owned(session.revealed(shown)),
            None => Cow::Borrowed(session),
        }
    }

    /// The round being looked at or compared with, if any and if it still exists, and
    /// whether it is looked at (rather than compared with).
    pub fn active_round<'s>(&self, session: &'s Session) -> Option<(&'s Round, bool)> {
        let (id, looking) = match self.round_view.as_ref()? {
            RoundView::Look(id) => (id, true),
            RoundView::Compare(id) => (id, false),
        };
        session
            .rounds
            .iter()
            .find(|r| &r.id == id)
            .map(|r| (r, looking))
    }

    /// The session the canvas should draw when it is not `session` itself: an earlier round
    /// when looking back, only the actors revealed so far during a reveal.
    pub fn shown_session(&self, session: &Session) -> Option<Session> {
        let looked = match self.active_round(session) {
            Some((round, true)) => Some(session.as_of(round)),
            _ => None,
        };
        // A step-by-step reveal shows only the actors revealed so far, and cannot be edited.
        match (self.revealed_count(), looked) {
            (Some(shown), looked) => Some(looked.as_ref().unwrap_or(session).revealed(shown)),
            (None, looked) => looked,
        }
    }

    /// Who moved since the round being compared with (empty when not comparing).
    pub fn compare_movements(&self, session: &Session) -> Vec<Movement> {
        match self.active_round(session) {
            Some((round, false)) => session.movements_since(round),
            _ => Vec::new(),
        }
    }

    /// Whether the canvas shows an earlier round, where nothing can be moved.
    pub fn is_looking_back(&self, session: &Session) -> bool {
        matches!(self.active_round(session), Some((_, true)))
    }

    /// Per actor, how the views draw it; empty when nothing is filtered or searched.
    pub fn emphasis(&self, session: &Session) -> Vec<Emphasis> {
        let needle = self.filters.search.trim().to_lowercase();
        if needle.is_empty() && !self.filters.any() {
            return Vec::new();
        }
        session
            .actors
            .iter()
            .map(|a| self.filters.emphasis(a, &needle))
            .collect()
    }

    /// Sizes of the map's markers and labels: larger while presenting.
    pub fn map_metrics(&self) -> Metrics {
        if self.workshop.presenting {
            Metrics::presentation()
        } else {
            Metrics::SCREEN
        }
    }

    /// The theme shown: the chosen one, or its high-contrast form while presenting.
    pub fn shown_theme(&self) -> Theme {
        if self.is_presenting() {
            self.prefs.theme.on_projector()
        } else {
            self.prefs.theme
        }
    }

    /// The colours the map is drawn in: high contrast while presenting.
    pub fn map_palette(&self) -> Palette {
        self.shown_theme().palette()
    }
}
