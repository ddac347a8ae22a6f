//! The message ids of the alliance half's names, spelled out so that every id the code asks
//! for can be found in it (`tests/suite/words_in_code.rs`).

use crate::model::{Collaboration, Membership, NetworkPurpose, Structure};

/// The name of a level of collaboration.
pub fn collaboration_id(level: Collaboration) -> &'static str {
    match level {
        Collaboration::Cooperation => "collab-cooperation",
        Collaboration::Network => "collab-network",
        Collaboration::CampaignCoalition => "collab-campaign_coalition",
        Collaboration::StrategicAlliance => "collab-strategic_alliance",
        Collaboration::Merger => "collab-merger",
    }
}

/// The name of a reason to network.
pub fn purpose_id(purpose: NetworkPurpose) -> &'static str {
    match purpose {
        NetworkPurpose::ExchangeInformation => "purpose-exchange_information",
        NetworkPurpose::Coordinate => "purpose-coordinate",
        NetworkPurpose::CommonFunding => "purpose-common_funding",
        NetworkPurpose::JointVenture => "purpose-joint_venture",
        NetworkPurpose::CommonIdentity => "purpose-common_identity",
    }
}

/// The name of a choice of members.
pub fn membership_id(members: Membership) -> &'static str {
    match members {
        Membership::Similar => "members-similar",
        Membership::Diverse => "members-diverse",
    }
}

/// The name of a choice of structure.
pub fn structure_id(structure: Structure) -> &'static str {
    match structure {
        Structure::Informal => "structure-informal",
        Structure::Formal => "structure-formal",
    }
}

/// The decision-making a drafted memorandum proposes for a structure.
pub fn decisions_draft_id(structure: Structure) -> &'static str {
    match structure {
        Structure::Informal => "draft-decisions-informal",
        Structure::Formal => "draft-decisions-formal",
    }
}

/// The name of one of the method's needs, by its key; `None` for any other key.
pub fn method_need_id(key: &str) -> Option<&'static str> {
    Some(match key {
        "meeting_space" => "need-meeting_space",
        "supporters" => "need-supporters",
        "expertise" => "need-expertise",
        "legal_help" => "need-legal_help",
        "credibility" => "need-credibility",
        "international_attention" => "need-international_attention",
        "media_reach" => "need-media_reach",
        "funding" => "need-funding",
        "access" => "need-access",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::METHOD_NEEDS;

    #[test]
    fn every_method_need_and_level_has_its_name() {
        for key in METHOD_NEEDS {
            assert_eq!(method_need_id(key), Some(format!("need-{key}").as_str()));
        }
        for level in Collaboration::ALL {
            assert_eq!(collaboration_id(level), format!("collab-{}", level.key()));
        }
        for purpose in NetworkPurpose::ALL {
            assert_eq!(purpose_id(purpose), format!("purpose-{}", purpose.key()));
        }
    }
}
