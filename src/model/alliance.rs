//! The alliance half of the method: what the campaign needs, what each actor could offer,
//! how closely we work with each partner, the network's shape and its written agreements.
//! Everything here is optional: an empty [`Alliance`] and empty [`Partnering`] are what a
//! quick map has, and neither is written to the file.

use serde::{Deserialize, Serialize};

/// A level on the continuum of collaboration, loosest first. Each level asks for more trust
/// and shared decision-making than the one before, and promises more in return.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Collaboration {
    /// Working side by side now and then, each on its own terms.
    Cooperation,
    /// A standing network that shares information and coordinates.
    Network,
    /// A coalition formed for one campaign.
    CampaignCoalition,
    /// A lasting alliance with a shared strategy.
    StrategicAlliance,
    /// A merger or a structural affiliation.
    Merger,
}

impl Collaboration {
    /// Every level, loosest first.
    pub const ALL: [Self; 5] = [
        Self::Cooperation,
        Self::Network,
        Self::CampaignCoalition,
        Self::StrategicAlliance,
        Self::Merger,
    ];

    /// The key used in files and message ids (`collab-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Cooperation => "cooperation",
            Self::Network => "network",
            Self::CampaignCoalition => "campaign_coalition",
            Self::StrategicAlliance => "strategic_alliance",
            Self::Merger => "merger",
        }
    }

    /// 1 for the loosest level up to 5 for the tightest.
    pub fn step(self) -> u8 {
        match self {
            Self::Cooperation => 1,
            Self::Network => 2,
            Self::CampaignCoalition => 3,
            Self::StrategicAlliance => 4,
            Self::Merger => 5,
        }
    }
}

/// A 1-5 rating with a note: how much we trust a partner, what we gain, what we risk.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// 1 (low) to 5 (high); `None` until someone rates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
    /// Why, in the user's words. Private like actors' notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Assessment {
    /// The lowest rating.
    pub const MIN: u8 = 1;
    /// The highest rating.
    pub const MAX: u8 = 5;

    /// Whether nothing is rated or written.
    pub fn is_empty(&self) -> bool {
        self.rating.is_none() && self.note.is_empty()
    }
}

/// One actor as a possible partner: what it could offer and how closely we work together.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partnering {
    /// Ids of the needs (see [`Need`]) this actor could meet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offers: Vec<String>,
    /// Where the relationship is today; `None`: no collaboration yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<Collaboration>,
    /// Where we aim to take it; `None`: no aim set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aim: Option<Collaboration>,
    /// How far we trust them.
    #[serde(default, skip_serializing_if = "Assessment::is_empty")]
    pub trust: Assessment,
    /// What working together would bring.
    #[serde(default, skip_serializing_if = "Assessment::is_empty")]
    pub benefits: Assessment,
    /// What it could cost us (a 5 is a high risk).
    #[serde(default, skip_serializing_if = "Assessment::is_empty")]
    pub risks: Assessment,
}

impl Partnering {
    /// Whether nothing is recorded: the actor is not considered as a partner.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Whether this actor offers the need `id`.
    pub fn offers(&self, id: &str) -> bool {
        self.offers.iter().any(|o| o == id)
    }

    /// The three ratings by their field names, for checks and repairs.
    pub fn ratings(&self) -> [(&'static str, Option<u8>); 3] {
        [
            ("trust", self.trust.rating),
            ("benefits", self.benefits.rating),
            ("risks", self.risks.rating),
        ]
    }

    /// The three ratings' slots, for repairs that bring them into 1-5.
    pub fn ratings_mut(&mut self) -> [&mut Option<u8>; 3] {
        [
            &mut self.trust.rating,
            &mut self.benefits.rating,
            &mut self.risks.rating,
        ]
    }

    /// Whether we work with this actor or aim to.
    pub fn is_partner(&self) -> bool {
        self.now.is_some() || self.aim.is_some()
    }
}

/// The needs the method starts from, as keys; their labels are the messages `need-<key>`.
pub const METHOD_NEEDS: [&str; 9] = [
    "meeting_space",
    "supporters",
    "expertise",
    "legal_help",
    "credibility",
    "international_attention",
    "media_reach",
    "funding",
    "access",
];

/// Something the campaign needs from partners.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Need {
    /// Stable id: one of [`METHOD_NEEDS`] for the method's needs, a fresh token for the
    /// user's own.
    pub id: String,
    /// The user's wording; empty for the method's needs, which are shown in the map's
    /// language.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

impl Need {
    /// One of the method's needs, by key.
    pub fn method(key: &str) -> Self {
        Self {
            id: key.to_owned(),
            name: String::new(),
        }
    }

    /// A need of the user's own, with a fresh id.
    pub fn custom(name: impl Into<String>) -> Self {
        Self {
            id: format!("need-{}", super::ids::fresh_token()),
            name: name.into(),
        }
    }

    /// Whether this is one of the method's needs shown in the map's language.
    pub fn is_method(&self) -> bool {
        self.name.is_empty() && METHOD_NEEDS.contains(&self.id.as_str())
    }
}

/// Why a network forms, loosest first; each purpose needs more interdependence and more
/// joint decision-making than the one before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NetworkPurpose {
    /// Exchange information.
    ExchangeInformation,
    /// Coordinate policies, programmes or actions.
    Coordinate,
    /// Obtain common funding.
    CommonFunding,
    /// Run a joint venture: a campaign or service run together.
    JointVenture,
    /// Build a long-term common identity.
    CommonIdentity,
}

impl NetworkPurpose {
    /// Every purpose, loosest first.
    pub const ALL: [Self; 5] = [
        Self::ExchangeInformation,
        Self::Coordinate,
        Self::CommonFunding,
        Self::JointVenture,
        Self::CommonIdentity,
    ];

    /// The key used in files and message ids.
    pub fn key(self) -> &'static str {
        match self {
            Self::ExchangeInformation => "exchange_information",
            Self::Coordinate => "coordinate",
            Self::CommonFunding => "common_funding",
            Self::JointVenture => "joint_venture",
            Self::CommonIdentity => "common_identity",
        }
    }
}

/// Whether the network's members are alike or varied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Membership {
    /// Same field, group or place.
    Similar,
    /// Different fields, groups and places.
    Diverse,
}

impl Membership {
    /// Both choices.
    pub const ALL: [Self; 2] = [Self::Similar, Self::Diverse];

    /// The key used in files and message ids.
    pub fn key(self) -> &'static str {
        match self {
            Self::Similar => "similar",
            Self::Diverse => "diverse",
        }
    }
}

/// How much structure the network gives itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Structure {
    /// Chat groups and committees.
    Informal,
    /// Written procedures, perhaps a registered umbrella body.
    Formal,
}

impl Structure {
    /// Both choices.
    pub const ALL: [Self; 2] = [Self::Informal, Self::Formal];

    /// The key used in files and message ids.
    pub fn key(self) -> &'static str {
        match self {
            Self::Informal => "informal",
            Self::Formal => "formal",
        }
    }
}

/// One choice of the network-shape step, and the reason the group gave for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice<T> {
    /// What was chosen; `None` while undecided.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub chosen: Option<T>,
    /// Why, in the group's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

fn none<T>() -> Option<T> {
    None
}

impl<T> Default for Choice<T> {
    fn default() -> Self {
        Self {
            chosen: None,
            reason: String::new(),
        }
    }
}

impl<T> Choice<T> {
    /// Whether nothing is chosen or written.
    pub fn is_empty(&self) -> bool {
        self.chosen.is_none() && self.reason.is_empty()
    }
}

/// The network's shape: why it forms, who is in it, how it is organised.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkShape {
    /// Why we network.
    #[serde(default, skip_serializing_if = "Choice::is_empty")]
    pub purpose: Choice<NetworkPurpose>,
    /// Similar or diverse members.
    #[serde(default, skip_serializing_if = "Choice::is_empty")]
    pub members: Choice<Membership>,
    /// Informal or formal structure.
    #[serde(default, skip_serializing_if = "Choice::is_empty")]
    pub structure: Choice<Structure>,
}

impl NetworkShape {
    /// Whether no step has been taken.
    pub fn is_empty(&self) -> bool {
        self.purpose.is_empty() && self.members.is_empty() && self.structure.is_empty()
    }
}

/// The group agreement members write together early on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupAgreement {
    /// The values we share.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub values: String,
    /// What each of us commits to.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub commitments: String,
    /// How we handle conflict between us.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub conflict: String,
}

impl GroupAgreement {
    /// Whether nothing is written.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A memorandum of understanding (or terms of reference) between the partners.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Memorandum {
    /// What the partnership is for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub purpose: String,
    /// Who the members are and what each one does.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub members: String,
    /// How decisions are made.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decisions: String,
    /// What each brings: people, money, places, skills.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resources: String,
    /// What each promises, and until when.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub commitments: String,
}

impl Memorandum {
    /// Whether nothing is written.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// The session's alliance plan, apart from what is recorded on each actor.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alliance {
    /// The campaign's needs; `None` until the user changes the method's list, which stands
    /// in for it until then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs: Option<Vec<Need>>,
    /// The network's shape.
    #[serde(default, skip_serializing_if = "NetworkShape::is_empty")]
    pub network: NetworkShape,
    /// The group agreement.
    #[serde(default, skip_serializing_if = "GroupAgreement::is_empty")]
    pub agreement: GroupAgreement,
    /// The memorandum of understanding.
    #[serde(default, skip_serializing_if = "Memorandum::is_empty")]
    pub memorandum: Memorandum,
}

impl Alliance {
    /// Whether nothing is recorded (the method's needs alone count as nothing).
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The needs in order: the user's list, or the method's while the user has not changed
    /// it.
    pub fn needs(&self) -> Vec<Need> {
        self.needs
            .clone()
            .unwrap_or_else(|| METHOD_NEEDS.iter().map(|k| Need::method(k)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_plan_writes_nothing_and_reads_back() {
        let plan = Alliance::default();
        assert_eq!(serde_json::to_string(&plan).ok().as_deref(), Some("{}"));
        assert_eq!(plan.needs().len(), METHOD_NEEDS.len());
        let partner = Partnering::default();
        assert_eq!(serde_json::to_string(&partner).ok().as_deref(), Some("{}"));
    }

    #[test]
    fn a_full_plan_round_trips() {
        let mut plan = Alliance {
            needs: Some(vec![Need::method("funding"), Need::custom("Translators")]),
            ..Alliance::default()
        };
        plan.network.purpose.chosen = Some(NetworkPurpose::JointVenture);
        plan.network.structure.reason = "We need to move fast".into();
        plan.agreement.conflict = "Talk first, in person".into();
        plan.memorandum.resources = "Hall on Tuesdays".into();
        let text = serde_json::to_string(&plan).unwrap_or_default();
        let back: Alliance = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back, plan);
        assert!(text.contains("\"joint_venture\""), "{text}");
    }

    #[test]
    fn levels_are_ordered_loosest_first() {
        let steps: Vec<u8> = Collaboration::ALL.iter().map(|c| c.step()).collect();
        assert_eq!(steps, vec![1, 2, 3, 4, 5]);
        assert!(Collaboration::Cooperation < Collaboration::Merger);
    }
}
