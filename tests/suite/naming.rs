//! Every actor named: the examples and crowded maps of long names, on the canvases a
//! projector, a laptop and a side-by-side screen give, measured with the bundled font the app
//! draws with. Checks the scene's own count and the geometry behind it: no name overlaps
//! another, a marker or a leader line, and every name stays on the canvas.

use emath::{Pos2, Rect, Vec2, vec2};
use powermap::model::{Session, crowded_session};
use powermap::render::fonts::BundledMeasure;
use powermap::scene::{
    AimArrows, MapTransform, Metrics, ModelView, Palette, PowerMapInput, Scene, SpectrumInput,
    build_power_map, build_spectrum,
};
use std::collections::HashSet;

/// The presentation canvas of a 1280 x 720 projector: the window less the top bar and the
/// legend.
const PROJECTOR: Vec2 = vec2(1280.0, 612.0);

fn example(name: &str) -> Session {
    let path = format!("{}/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    powermap::storage::load_file(std::path::Path::new(&path)).expect("the example loads")
}

const EXAMPLES: [&str; 3] = [
    "migrant-voting-rights",
    "river-cleanup",
    "university-funding",
];

fn power_map(session: &Session, size: Vec2, metrics: Metrics) -> Scene {
    let palette = Palette::light();
    build_power_map(&PowerMapInput {
        session,
        transform: MapTransform::new(
            Rect::from_min_size(Pos2::ZERO, size),
            ModelView::FIT,
            session.settings.supportive_side,
        ),
        selection: &HashSet::new(),
        palette: &palette,
        metrics,
        measure: BundledMeasure::get(),
        emphasis: &[],
        hide_covered: true,
        previous_labels: None,
    })
}

fn spectrum(session: &Session, size: Vec2, metrics: Metrics) -> Scene {
    let palette = Palette::light();
    build_spectrum(&SpectrumInput {
        session,
        rect: Rect::from_min_size(Pos2::ZERO, size),
        selection: &HashSet::new(),
        palette: &palette,
        metrics,
        measure: BundledMeasure::get(),
        emphasis: &[],
        arrows: AimArrows::Focused,
        hide_covered: true,
        previous_labels: None,
    })
    .0
}

/// The share of the scene's actors named in full, after checking the geometry. A leader may
/// cross the markers of its own clump; `buried` leaders may cross others too, the last resort
/// for a marker buried deep in a crowd.
fn named_in_full(scene: &Scene, what: &str, buried: usize) -> f32 {
    let mut crossing = 0;
    let naming = scene.naming;
    assert_eq!(
        naming.in_full + naming.shortened + naming.missing,
        naming.actors,
        "{what}: every actor is counted once"
    );
    assert_eq!(scene.labels.len(), naming.in_full + naming.shortened);
    for (i, a) in scene.labels.iter().enumerate() {
        assert!(
            scene.frame.expand(0.5).contains_rect(a.rect),
            "{what}: {} leaves the canvas",
            a.text
        );
        for b in &scene.labels[i + 1..] {
            assert!(
                !a.rect.shrink(0.5).intersects(b.rect),
                "{what}: {} overlaps {}",
                a.text,
                b.text
            );
        }
        for marker in scene.markers.iter().filter(|m| !m.covered) {
            assert!(
                a.rect.distance_to_pos(marker.center) >= marker.extent() - 0.6,
                "{what}: {} covers a marker",
                a.text
            );
            // A leader may leave a clump over the markers lying on its own, never cross
            // any other.
            let own = scene.markers.iter().find(|m| m.actor == a.actor);
            let on_own = own.is_some_and(|own| {
                own.center.distance(marker.center) < (own.extent() + marker.extent()) * 1.5
            });
            if let Some([start, end]) = a.leader
                && marker.actor != a.actor
                && !on_own
                && distance_to_segment(marker.center, start, end) < marker.extent() - 0.01
            {
                crossing += 1;
            }
        }
    }
    assert!(
        crossing <= buried,
        "{what}: {crossing} leaders cross markers outside their clump"
    );
    naming.in_full as f32 / naming.actors.max(1) as f32
}

fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    if ab.length_sq() == 0.0 {
        return p.distance(a);
    }
    let t = ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0);
    p.distance(a + ab * t)
}

#[test]
fn every_example_is_named_in_full_on_a_projector() {
    for name in EXAMPLES {
        let session = example(name);
        let map = named_in_full(
            &power_map(&session, PROJECTOR, Metrics::presentation()),
            name,
            0,
        );
        let fan = named_in_full(
            &spectrum(&session, PROJECTOR, Metrics::presentation()),
            name,
            0,
        );
        println!("{name}: power map {map:.3}, spectrum {fan:.3}");
        assert_eq!(map, 1.0, "{name}: power map");
        assert_eq!(fan, 1.0, "{name}: spectrum");
    }
}

#[test]
fn crowded_maps_of_long_names_are_named() {
    // (actors, share in full on the map, on the spectrum, leaders that may leave a clump
    // over other markers).
    for (actors, wanted, wanted_fan, buried) in [(30, 1.0, 1.0, 0), (60, 0.95, 0.95, 2)] {
        let session = crowded_session(actors);
        let map = named_in_full(
            &power_map(&session, PROJECTOR, Metrics::presentation()),
            "crowded",
            buried,
        );
        let fan = named_in_full(
            &spectrum(&session, PROJECTOR, Metrics::presentation()),
            "crowded",
            buried,
        );
        println!("crowded {actors}: power map {map:.3}, spectrum {fan:.3}");
        assert!(map >= wanted, "{actors} actors: power map {map}");
        assert!(fan >= wanted_fan, "{actors} actors: spectrum {fan}");
        let scene = power_map(&session, PROJECTOR, Metrics::presentation());
        assert_eq!(scene.naming.missing, 0, "shortened maybe, never missing");
    }
}

#[test]
fn names_stay_put_when_another_actor_moves() {
    let mut session = example("migrant-voting-rights");
    let palette = Palette::light();
    let build = |session: &Session, previous| {
        build_power_map(&PowerMapInput {
            session,
            transform: MapTransform::new(
                Rect::from_min_size(Pos2::ZERO, PROJECTOR),
                ModelView::FIT,
                session.settings.supportive_side,
            ),
            selection: &HashSet::new(),
            palette: &palette,
            metrics: Metrics::presentation(),
            measure: BundledMeasure::get(),
            emphasis: &[],
            hide_covered: true,
            previous_labels: previous,
        })
    };
    let before = build(&session, None);
    let memory = powermap::scene::LabelMemory::of(&before);
    // A small move of one actor, as one frame of a drag.
    let moved = 5;
    session.actors[moved].position.support += 0.01;
    let after = build(&session, Some(&memory));
    let mut kept = 0;
    for label in before.labels.iter().filter(|l| l.actor != moved) {
        let again = after.labels.iter().find(|l| l.actor == label.actor);
        let again = again.unwrap_or_else(|| panic!("{} disappeared", label.text));
        if again.rect == label.rect {
            kept += 1;
        }
    }
    assert!(
        kept + 1 >= before.labels.len() - 1,
        "only {kept} of {} names stayed put",
        before.labels.len() - 1
    );
}
