//! The alliance plan as a report says it: needs and who covers them, the partners with their
//! levels, the network's shape, the group agreement and the memorandum, and the figures of
//! its charts, in the map's language. Both the report's pages (`alliance_pages.rs`) and its
//! Markdown are written from this one description, so they cannot say different things.

use crate::guidance::{
    collaboration_id, coverage, membership_id, need_label, needs_covered, partners_per_level,
    purpose_id, slices_per_round, structure_id,
};
use crate::model::{Assessment, Collaboration, Session};
use crate::words::Words;

/// What an alliance section may show besides the plan itself: the partners' ratings and the
/// notes written about them are the group's judgements of named people, so each is left out
/// unless asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AllianceOptions {
    /// Show the trust, benefit and risk ratings (1-5) of each partner.
    pub ratings: bool,
    /// Show the notes written beside those ratings.
    pub notes: bool,
    /// The session was redacted: names are codes, and the free texts of the plan (the
    /// network's reasons, the agreement, the memorandum) were cleared; the report says so
    /// rather than calling them unwritten, and names rounds by their dates (their labels
    /// are free text that may name people).
    pub redacted: bool,
}

/// Whether a session has anything of an alliance plan: a changed list of needs, a choice,
/// an agreement, or an actor weighed as a partner.
pub fn has_alliance_plan(session: &Session) -> bool {
    !session.alliance.is_empty()
        || session
            .actors
            .iter()
            .any(|a| !a.is_us && !a.partner.is_empty())
}

/// One need and who could cover it, best fit first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeedRow {
    /// The need in the map's language, or as the user wrote it.
    pub need: String,
    /// Names (or codes) of the actors offering it, best fit first; empty: nobody yet.
    pub covered_by: Vec<String>,
}

/// A rating and the note beside it, when the report shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rated {
    /// What is rated: "Trust", "Benefits", "Risks".
    pub label: String,
    /// 1 to 5, or `None` when nobody rated it.
    pub rating: Option<u8>,
    /// The note, empty unless notes were asked for.
    pub note: String,
}

/// One actor weighed as a partner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerRow {
    /// Name, or code under redaction.
    pub name: String,
    /// The level today, in words; empty when none.
    pub now: String,
    /// The level aimed for, in words; empty when none.
    pub aim: String,
    /// The needs it could meet, in words.
    pub offers: Vec<String>,
    /// Trust, benefits and risks, when ratings were asked for.
    pub rated: Vec<Rated>,
}

/// A titled text of the plan: a field of the agreement or the memorandum, or a choice of the
/// network's shape with its reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// What the text is about ("Values we share").
    pub label: String,
    /// The choice made, for the network's shape; empty otherwise.
    pub chosen: String,
    /// The text as written (lines kept); empty when nothing is written.
    pub text: String,
}

/// One bar of a chart of counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    /// What the bar counts.
    pub label: String,
    /// The counts, in the chart's series order.
    pub values: Vec<usize>,
}

/// The alliance section of a report, every text in the map's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllianceReport {
    /// The section's heading.
    pub heading: String,
    /// What the section leaves out and why ("... left out: redacted"), said at its top.
    pub left_out: Vec<String>,
    /// Needs and who covers them.
    pub needs: Vec<NeedRow>,
    /// Actors weighed as partners, the closest aimed-for level first.
    pub partners: Vec<PartnerRow>,
    /// Purpose, members and structure, each with its reason.
    pub network: Vec<Field>,
    /// The group agreement's fields that are written.
    pub agreement: Vec<Field>,
    /// The memorandum's fields that are written.
    pub memorandum: Vec<Field>,
    /// Partners per level, loosest first: values are [now, aimed].
    pub levels: Vec<Bar>,
    /// Needs covered and needs nobody covers: two bars of one value each.
    pub covered: Vec<Bar>,
    /// Actors per slice in each round, oldest first, then now: values by `Slice::index`.
    pub rounds: Vec<Bar>,
}

/// The alliance section for `session` (already redacted if names must not appear).
pub fn alliance_report(
    session: &Session,
    options: AllianceOptions,
    words: &'static Words,
) -> AllianceReport {
    let needs = coverage(session)
        .into_iter()
        .map(|c| NeedRow {
            need: need_label(&c.need, words).into_owned(),
            covered_by: c
                .offers
                .iter()
                .map(|r| session.actors[r.actor].name.clone())
                .collect(),
        })
        .collect();
    let a = &session.alliance.agreement;
    let agreement = written(
        &[
            ("report-values", &a.values),
            ("report-commitments", &a.commitments),
            ("report-conflict", &a.conflict),
        ],
        words,
    );
    let m = &session.alliance.memorandum;
    let memorandum = written(
        &[
            ("report-memo-purpose", &m.purpose),
            ("report-memo-members", &m.members),
            ("report-memo-decisions", &m.decisions),
            ("report-memo-resources", &m.resources),
            ("report-memo-commitments", &m.commitments),
        ],
        words,
    );
    let left_out = if options.redacted {
        vec![words.get("report-redacted").to_owned()]
    } else {
        Vec::new()
    };
    let (levels, covered, rounds) = figures(session, options, words);
    AllianceReport {
        heading: words.get("report-alliance-plan").to_owned(),
        left_out,
        needs,
        partners: partners(session, options, words),
        network: network(session, words),
        agreement,
        memorandum,
        levels,
        covered,
        rounds,
    }
}

/// The actors weighed as partners, the closest aimed-for partnership first (the map's order
/// among equals), with their ratings and notes as far as `options` allow.
fn partners(session: &Session, options: AllianceOptions, words: &'static Words) -> Vec<PartnerRow> {
    let level = |l: Option<Collaboration>| {
        l.map_or_else(String::new, |l| words.get(collaboration_id(l)).to_owned())
    };
    let plan_needs = session.alliance.needs();
    let mut weighed: Vec<&crate::model::Actor> = session
        .actors
        .iter()
        .filter(|a| !a.is_us && !a.partner.is_empty())
        .collect();
    weighed.sort_by_key(|a| {
        std::cmp::Reverse((
            a.partner.aim.map_or(0, Collaboration::step),
            a.partner.now.map_or(0, Collaboration::step),
        ))
    });
    let rated = |id: &str, assessment: &Assessment| Rated {
        label: words.get(id).to_owned(),
        rating: assessment.rating,
        note: if options.notes && !options.redacted {
            assessment.note.trim().to_owned()
        } else {
            String::new()
        },
    };
    weighed
        .into_iter()
        .map(|a| {
            let p = &a.partner;
            PartnerRow {
                name: a.name.clone(),
                now: level(p.now),
                aim: level(p.aim),
                offers: plan_needs
                    .iter()
                    .filter(|n| p.offers(&n.id))
                    .map(|n| need_label(n, words).into_owned())
                    .collect(),
                rated: if options.ratings {
                    vec![
                        rated("report-trust", &p.trust),
                        rated("report-benefits", &p.benefits),
                        rated("report-risks", &p.risks),
                    ]
                } else {
                    Vec::new()
                },
            }
        })
        .collect()
}

/// Purpose, members and structure: each choice (or "not chosen yet") with its reason.
fn network(session: &Session, words: &'static Words) -> Vec<Field> {
    let shape = &session.alliance.network;
    let choice = |label: &str, chosen: Option<String>, reason: &str| Field {
        label: words.get(label).to_owned(),
        chosen: chosen.unwrap_or_else(|| words.get("report-not-chosen").to_owned()),
        text: reason.trim().to_owned(),
    };
    let named = |id: &str| words.get(id).to_owned();
    vec![
        choice(
            "report-purpose",
            shape.purpose.chosen.map(|p| named(purpose_id(p))),
            &shape.purpose.reason,
        ),
        choice(
            "report-members",
            shape.members.chosen.map(|m| named(membership_id(m))),
            &shape.members.reason,
        ),
        choice(
            "report-structure",
            shape.structure.chosen.map(|s| named(structure_id(s))),
            &shape.structure.reason,
        ),
    ]
}

/// The fields of an agreement that hold text, each under its label.
fn written(fields: &[(&str, &String)], words: &'static Words) -> Vec<Field> {
    fields
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(label, text)| Field {
            label: words.get(label).to_owned(),
            chosen: String::new(),
            text: text.trim().to_owned(),
        })
        .collect()
}

/// The charts' figures: partners per level (now, aimed), needs covered and not, and actors
/// per slice in each round then now. Under redaction a round is named by its date, as its
/// label is free text that may name people.
fn figures(
    session: &Session,
    options: AllianceOptions,
    words: &'static Words,
) -> (Vec<Bar>, Vec<Bar>, Vec<Bar>) {
    let levels = partners_per_level(session)
        .iter()
        .map(|c| Bar {
            label: words.get(collaboration_id(c.level)).to_owned(),
            values: vec![c.now, c.aimed],
        })
        .collect();
    let (yes, no) = needs_covered(session);
    let covered = vec![
        Bar {
            label: words.get("report-chart-covered").to_owned(),
            values: vec![yes],
        },
        Bar {
            label: words.get("report-nobody").to_owned(),
            values: vec![no],
        },
    ];
    let rounds = slices_per_round(session)
        .into_iter()
        .enumerate()
        .map(|(i, counts)| {
            let label = match counts.label {
                None => words.get("report-now").to_owned(),
                Some(label) if !options.redacted => label,
                Some(_) => session
                    .rounds
                    .get(i)
                    .map(|r| r.date.clone())
                    .unwrap_or_default(),
            };
            Bar {
                label,
                values: counts.counts.to_vec(),
            }
        })
        .collect();
    (levels, covered, rounds)
}

impl AllianceReport {
    /// What stands where the agreement or memorandum would be when it has no text: left out
    /// by redaction, or not written yet.
    pub fn empty_text(&self, redacted: bool, words: &'static Words) -> &'static str {
        words.get(if redacted {
            "report-left-out-redacted"
        } else {
            "report-not-written"
        })
    }

    /// A rating as the report writes it: "4/5", or a dash when nobody rated it.
    pub fn rating_text(rating: Option<u8>) -> String {
        rating.map_or_else(|| "–".to_owned(), |r| format!("{r}/5"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Need, NetworkPurpose, Position, redacted};

    fn session() -> Session {
        let mut s = Session::new_with_us();
        let mut clinic = Actor::new("Law Clinic", Position::clamped(0.6, 0.7));
        clinic.partner.offers = vec!["legal_help".into()];
        clinic.partner.now = Some(Collaboration::Cooperation);
        clinic.partner.aim = Some(Collaboration::CampaignCoalition);
        clinic.partner.trust.rating = Some(4);
        clinic.partner.trust.note = "Kept every promise".into();
        let mut paper = Actor::new("Courier", Position::clamped(0.1, 0.7));
        paper.partner.aim = Some(Collaboration::Cooperation);
        s.actors.extend([paper, clinic]);
        s.alliance.needs = Some(vec![
            Need::method("legal_help"),
            Need::custom("Translators"),
        ]);
        s.alliance.network.purpose.chosen = Some(NetworkPurpose::JointVenture);
        s.alliance.network.purpose.reason = "One campaign together".into();
        s.alliance.agreement.values = "Consent first".into();
        s
    }

    #[test]
    fn needs_name_who_covers_them_and_the_closest_partner_comes_first() {
        let words = Words::english();
        let report = alliance_report(&session(), AllianceOptions::default(), words);
        assert_eq!(report.needs[0].covered_by, ["Law Clinic"]);
        assert!(report.needs[1].covered_by.is_empty(), "nobody translates");
        assert_eq!(report.needs[1].need, "Translators");
        let names: Vec<&str> = report.partners.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Law Clinic", "Courier"]);
        assert_eq!(report.partners[0].now, words.get("collab-cooperation"));
        assert!(report.partners[1].now.is_empty());
        assert_eq!(report.network[0].text, "One campaign together");
        assert_eq!(report.network[1].chosen, words.get("report-not-chosen"));
        assert_eq!(report.agreement.len(), 1, "only written fields");
        assert!(report.memorandum.is_empty());
        assert_eq!(report.covered[0].values, [1]);
        assert_eq!(report.covered[1].values, [1]);
        assert_eq!(report.levels[0].values, [1, 1]);
    }

    #[test]
    fn ratings_and_notes_come_only_when_asked_and_never_under_redaction() {
        let words = Words::english();
        let none = alliance_report(&session(), AllianceOptions::default(), words);
        assert!(none.partners.iter().all(|p| p.rated.is_empty()));
        let ratings = AllianceOptions {
            ratings: true,
            ..AllianceOptions::default()
        };
        let rated = alliance_report(&session(), ratings, words);
        assert_eq!(rated.partners[0].rated[0].rating, Some(4));
        assert!(rated.partners[0].rated[0].note.is_empty());
        let noted = AllianceOptions {
            notes: true,
            ..ratings
        };
        let noted_report = alliance_report(&session(), noted, words);
        assert_eq!(noted_report.partners[0].rated[0].note, "Kept every promise");
        let (copy, _) = redacted(&session());
        let hidden = AllianceOptions {
            redacted: true,
            ..noted
        };
        let report = alliance_report(&copy, hidden, words);
        assert_eq!(report.partners[0].name, "A3");
        assert!(report.partners[0].rated[0].note.is_empty());
        assert!(report.agreement.is_empty() && report.network[0].text.is_empty());
        assert_eq!(report.left_out, [words.get("report-redacted")]);
    }
}
