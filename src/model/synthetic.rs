//! Large made-up sessions for benchmarks and stress tests: the same map every run.

use super::{
    Actor, ActorId, ActorKind, Position, Relationship, RelationshipId, RelationshipKind, Session,
    Slice, SpectrumPlacement,
};

/// Given names and organisation words the made-up actors are named from, so names vary in
/// length the way real ones do.
const FIRST: [&str; 12] = [
    "Regional",
    "Teachers'",
    "City",
    "Tenants'",
    "Harbour",
    "Northern",
    "Farmers'",
    "Youth",
    "Chamber of",
    "Women's",
    "Transit",
    "Health",
];
const SECOND: [&str; 10] = [
    "Union",
    "Council",
    "Association",
    "Trust",
    "Network",
    "Foundation",
    "Cooperative",
    "Alliance",
    "Commerce",
    "Press",
];

/// A fixed pseudo-random sequence (a linear congruential generator): reproducible maps
/// without a dependency.
struct Sequence(u64);

impl Sequence {
    /// The next number in 0..1.
    fn unit(&mut self) -> f32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        // The top 24 bits: they fit an f32 exactly.
        let top = (self.0 >> 40) as u32;
        top as f32 / (1u32 << 24) as f32
    }

    fn below(&mut self, n: usize) -> usize {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "unit() is in 0..1, so the product is in 0..n"
        )]
        let index = (self.unit() * n as f32) as usize;
        index.min(n - 1)
    }
}

/// A session of `actors` actors (plus "us") spread over the map and the spectrum, with about
/// as many relationships, some labelled; ids are numbered so runs compare.
pub fn synthetic_session(actors: usize) -> Session {
    let mut session = Session::new_with_us();
    session.actors[0].id = ActorId("a-synthetic-us".to_owned());
    let mut random = Sequence(42);
    for i in 0..actors {
        let name = format!(
            "{} {} {}",
            FIRST[random.below(FIRST.len())],
            SECOND[random.below(SECOND.len())],
            i + 1
        );
        // Real maps crowd toward the middle; the square of a uniform number leans that way.
        let spread = random.unit() * 2.0 - 1.0;
        let support = spread * spread.abs().sqrt();
        let influence = random.unit();
        let mut actor = Actor::new(name, Position::clamped(support, influence));
        actor.id = ActorId(format!("a-synthetic-{i}"));
        actor.kind = ActorKind::ALL[i % ActorKind::ALL.len()];
        actor.uncertain = i % 17 == 0;
        if i % 5 == 0 {
            actor.tags = vec!["coalition".to_owned(), format!("ward {}", i % 9)];
        }
        // The slice mostly follows support, as in a real room; one actor in eight sits a
        // slice further out, where the map flags the disagreement.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "support is in -1..=1, so the index is in 0..=5"
        )]
        let mut slice = ((1.0 - support) / 2.0 * 5.0) as usize;
        if random.below(8) == 0 {
            slice += 1;
        }
        actor.spectrum = Some(SpectrumPlacement {
            slice: Slice::from_index(slice),
            across: random.unit(),
            out: random.unit(),
        });
        session.actors.push(actor);
    }
    let count = session.actors.len();
    for i in 1..count {
        let j = (i * 7 + 3) % count;
        if i == j {
            continue;
        }
        let kind = if i % 3 == 0 {
            RelationshipKind::Conflicting
        } else {
            RelationshipKind::Cooperating
        };
        let mut relationship = Relationship::new(
            session.actors[i].id.clone(),
            session.actors[j].id.clone(),
            kind,
        );
        relationship.id = RelationshipId(format!("r-synthetic-{i}"));
        if i % 11 == 0 {
            "funds".clone_into(&mut relationship.label);
        }
        session.relationships.push(relationship);
    }
    session
}

/// Words a workshop's actors are named with: people with their roles, bodies with their
/// places, so names run from about 10 to 45 characters as on real maps.
const PEOPLE: [&str; 8] = [
    "Mayor Ilse Varga",
    "Dr. Amara Okonkwo",
    "Councillor Jiří Novák",
    "Imam Yusuf Demir",
    "Prof. Helena Maris",
    "Sister María José Gómez",
    "Editor Łukasz Wójcik",
    "Pastor Grace Mensah",
];
const ROLES: [&str; 5] = [
    "",
    ", ward chair",
    ", housing committee",
    ", editor-in-chief",
    ", regional director of planning",
];
const BODIES: [&str; 10] = [
    "Tenants' Association",
    "Chamber of Commerce",
    "Teachers' Union",
    "Electoral Office",
    "Pensioners' Club",
    "Youth Council",
    "Law Clinic",
    "Federation of Domestic Workers",
    "Diaspora Women's Network",
    "Cooperative Bank",
];
const PLACES: [&str; 7] = [
    "Valmora",
    "Northside",
    "Eastside",
    "Old Town",
    "Harbour District",
    "Saint-Étienne Quarter",
    "Provincial",
];

/// A crowded workshop map: `actors` actors (plus "us") with names of about 10 to 45
/// characters, bunched toward the middle of both axes as a room places them, for testing
/// that every actor is named.
pub fn crowded_session(actors: usize) -> Session {
    let mut session = synthetic_session(actors);
    let mut random = Sequence(7);
    for (i, actor) in session.actors.iter_mut().enumerate().skip(1) {
        // Drawn again until it fits 45 characters, as most real names do.
        actor.name = loop {
            let mut name = if random.below(3) == 0 {
                format!(
                    "{}{}",
                    PEOPLE[random.below(PEOPLE.len())],
                    ROLES[random.below(ROLES.len())]
                )
            } else {
                format!(
                    "{} {}",
                    PLACES[random.below(PLACES.len())],
                    BODIES[random.below(BODIES.len())]
                )
            };
            // Numbered now and then, as registers tell apart two of a kind.
            if random.below(4) == 0 {
                name = format!("{name} {i}");
            }
            if name.chars().count() <= 45 {
                break name;
            }
        };
        let toward_middle = |u: f32| {
            let spread = u * 2.0 - 1.0;
            spread * spread.abs() * 0.9
        };
        actor.position = Position::clamped(
            toward_middle(random.unit()),
            0.5 + toward_middle(random.unit()) / 2.0,
        );
    }
    session
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_map_every_run_and_a_valid_one() {
        let a = synthetic_session(300);
        let b = synthetic_session(300);
        assert_eq!(a, b);
        assert_eq!(a.actors.len(), 301);
        assert!(a.relationships.len() >= 290);
        let ids: std::collections::HashSet<_> = a.actors.iter().map(|x| &x.id).collect();
        assert_eq!(ids.len(), a.actors.len());
        for r in &a.relationships {
            assert!(ids.contains(&r.from) && ids.contains(&r.to) && r.from != r.to);
        }
        let slices: std::collections::HashSet<_> = a
            .actors
            .iter()
            .filter_map(|x| x.spectrum.map(|s| s.slice))
            .collect();
        assert_eq!(slices.len(), 5, "every slice is used");
    }

    #[test]
    fn crowded_maps_have_workshop_length_names_near_the_middle() {
        let session = crowded_session(60);
        assert_eq!(session.actors.len(), 61);
        for actor in &session.actors[1..] {
            let length = actor.name.chars().count();
            assert!(
                (10..=45).contains(&length),
                "{} is {length} long",
                actor.name
            );
        }
        let middle = session.actors[1..]
            .iter()
            .filter(|a| a.position.support.abs() < 0.5)
            .count();
        assert!(middle > 40, "{middle} of 60 near the middle");
    }
}
