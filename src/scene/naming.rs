//! Naming every actor on a view: each name beside its marker, else farther out with a leader
//! line, else on two lines, and only as a last resort shortened. What could not be named in
//! full is counted, and the canvas says so.

use super::Scene;
use super::labels::{LabelPlacer, LabelRequest, Placed, Regions};
use super::measure::TextMeasure;
use super::occlusion::flag_covered_markers;
use super::shapes::{ActorLabel, Emphasis, Text};
use super::style::{Metrics, Palette};
use crate::model::Actor;
use crate::words::Words;
use emath::{Align2, Pos2, Rect, Vec2, vec2};
use rustc_hash::FxHashMap;

/// The padding around a name inside its box.
const PADDING: Vec2 = vec2(6.0, 2.0);

/// Candidate places a screen tries per frame beyond the names that keep their place: a
/// share per name, enough to place a crowded map of tens in full, and a bound on a frame of
/// thousands, whose names mostly cannot fit anyway.
const SCREEN_BUDGET_BASE: usize = 20_000;
const SCREEN_BUDGET_PER_NAME: usize = 1_500;
const SCREEN_BUDGET_MAX: usize = 120_000;

/// Candidate places an export tries: far more than a screen, as it is drawn once, yet a bound
/// on a page of thousands of actors.
const EXPORT_BUDGET: usize = 600_000;

/// Where each name was drawn last time, so names stay put while nothing moves.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LabelMemory {
    places: FxHashMap<usize, Remembered>,
    /// Actors drawn without a name, for want of room.
    unnamed: rustc_hash::FxHashSet<usize>,
}

/// One name's last place, relative to its marker.
#[derive(Clone, Debug, PartialEq)]
struct Remembered {
    offset: Vec2,
    text: String,
    size: Vec2,
    shortened: bool,
}

impl LabelMemory {
    /// The actors named on the canvas, each with the name as drawn and whether it is in full.
    pub fn names(&self) -> impl Iterator<Item = (usize, &str, bool)> {
        self.places
            .iter()
            .map(|(&actor, place)| (actor, place.text.as_str(), !place.shortened))
    }

    /// The actors drawn with no name, for want of room.
    pub fn unnamed(&self) -> usize {
        self.unnamed.len()
    }

    /// The places of the names on `scene`.
    pub fn of(scene: &Scene) -> Self {
        Self {
            places: scene
                .labels
                .iter()
                .map(|label| {
                    let remembered = Remembered {
                        offset: label.rect.min - label.anchor,
                        text: label.text.clone(),
                        size: label.rect.size(),
                        shortened: label.shortened,
                    };
                    (label.actor, remembered)
                })
                .collect(),
            unnamed: {
                let named: rustc_hash::FxHashSet<usize> =
                    scene.labels.iter().map(|l| l.actor).collect();
                scene
                    .markers
                    .iter()
                    .filter(|m| !m.covered && !named.contains(&m.actor))
                    .map(|m| m.actor)
                    .collect()
            },
        }
    }
}

/// What names are drawn with.
#[derive(Clone, Copy)]
pub struct LabelStyle<'a> {
    /// Text colours.
    pub palette: &'a Palette,
    /// Text sizes.
    pub metrics: Metrics,
    /// How big a name will be.
    pub measure: &'a dyn TextMeasure,
    /// The language of the note on names not shown in full.
    pub words: &'static Words,
}

/// How a view wants its names placed.
#[derive(Clone, Copy, Default)]
pub struct LabelOptions<'a> {
    /// Skip markers hidden under others (the screen at thousands of actors), and bound the
    /// search per frame; exports name every actor however long it takes.
    pub hide_covered: bool,
    /// The view's parts (quadrants, slices), so no name is read into the wrong one.
    pub regions: Regions,
    /// Last frame's places, kept where they still fit.
    pub previous: Option<&'a LabelMemory>,
}

/// The ways one name can be written, measured once they are needed.
#[derive(Clone)]
struct Variants {
    /// On one line, and its box.
    one: (String, Vec2),
    /// On two lines, and on three for a long name, split at the spaces nearest the even
    /// breaks, as far as the name has spaces.
    broken: Vec<(String, Vec2)>,
}

/// One name being placed.
struct Job {
    /// The job's place in the order of importance.
    order: usize,
    marker: usize,
    actor: usize,
    anchor: Pos2,
    radius: f32,
    strong: bool,
    variants: Option<Variants>,
    /// Shortened ways to write the name, measured on first use.
    shortened: Option<Vec<(String, Vec2)>>,
    placed: Option<(Placed, String, bool)>,
    /// Found no room last frame: searched again only at the end, within `RETRY_BUDGET`.
    given_up: bool,
}

/// Name every marker of `scene`: selected, us and highlighted first, then the more
/// influential. Names go beside their markers where there is room, then farther out with a
/// leader line (on one line or more), then shortened; the selected actor's name is placed even
/// if it must overlap. Counts the result in `scene.naming` and, when any name is shortened or
/// missing, says so along the canvas's edge. Returns the placer so relationship labels avoid
/// the names.
pub fn label_markers(
    scene: &mut Scene,
    actors: &[Actor],
    style: LabelStyle<'_>,
    mut obstacles: Vec<Rect>,
    options: LabelOptions<'_>,
) -> LabelPlacer {
    if options.hide_covered {
        flag_covered_markers(&mut scene.markers, scene.frame);
    }
    obstacles.extend(
        scene
            .texts
            .iter()
            .map(|text| text_rect(text, style.measure)),
    );
    let discs: Vec<(Pos2, f32)> = scene
        .markers
        .iter()
        .filter(|m| !m.covered)
        .map(|m| (m.center, m.extent()))
        .collect();
    let style = LabelStyle {
        metrics: Metrics {
            label_size: fitted_label_size(scene, actors, &style, &obstacles),
            ..style.metrics
        },
        ..style
    };
    let remembered = options.previous.filter(|p| !p.places.is_empty());
    let budget = if options.hide_covered {
        (SCREEN_BUDGET_BASE + SCREEN_BUDGET_PER_NAME * discs.len()).min(SCREEN_BUDGET_MAX)
    } else {
        EXPORT_BUDGET
    };
    let new_placer = |budget: usize| {
        let mut placer = LabelPlacer::new(scene.frame, &obstacles, &discs, options.regions);
        placer.set_budget(budget);
        placer
    };
    let mut placer = new_placer(budget);
    let mut jobs = label_order(scene, actors);
    // Last frame's names where they still fit; the search for better places runs only where
    // something changed, so names hold still while nothing moves.
    let mut restored = 0;
    if let Some(previous) = remembered {
        // A leader that left its clump last frame may do so again.
        placer.set_clump(CLUMP);
        restore_all(&mut jobs, scene, previous, actors, &style, &mut placer);
        placer.set_clump(0.0);
        restored = jobs.iter().filter(|job| job.placed.is_some()).count();
    }
    // A new layout (the first frame, another view, size or name size) keeps few of the names
    // remembered where they were: it is searched thoroughly, once, with a larger budget.
    let fresh = remembered.is_none_or(|previous| restored * 2 < previous.places.len());
    if let Some(previous) = remembered.filter(|_| !fresh) {
        // Names that found no room last frame wait for the small search at the end.
        for job in &mut jobs {
            job.given_up = previous.unnamed.contains(&job.actor);
        }
    }
    let budget = if fresh && options.hide_covered {
        budget * 3
    } else {
        budget
    };
    placer.set_budget(budget);
    place_all(&mut jobs, scene, actors, &style, &mut placer, fresh);
    retry_given_up(&mut jobs, actors, &style, &mut placer);
    // Greedy placement can let early names take the room a later one needed. Placing again
    // with the names that did not fit in full first often fits them all; kept only when
    // more names end up in full. Only for a new layout: it moves every name.
    let restarts = if fresh { RESTARTS } else { 0 };
    for _ in 0..restarts {
        let unfit = jobs.iter().filter(|job| !in_full(job)).count();
        if unfit == 0 || unfit > REPAIR_LIMIT || jobs.len() > RESTART_LIMIT {
            break;
        }
        let mut again: Vec<Job> = jobs.iter().map(Job::fresh).collect();
        // Selected actors stay first; among the rest, those that did not fit come next.
        again.sort_by_key(|job| {
            let selected = scene.markers[job.marker].selected;
            (!selected, in_full(&jobs[job.order]))
        });
        let mut other = new_placer(budget);
        place_all(&mut again, scene, actors, &style, &mut other, true);
        if again.iter().filter(|job| !in_full(job)).count() >= unfit {
            break;
        }
        again.sort_by_key(|job| job.order);
        jobs = again;
        placer = other;
    }
    emit_labels(scene, &jobs, &style);
    add_naming_note(scene, &mut placer, &style, options.hide_covered);
    placer
}

/// How much of the free canvas names may cover before they are made smaller: beyond about
/// a third, names crowd each other out of their markers' reach.
const NAME_COVER: f32 = 0.2;

/// The smallest share of the view's name size names shrink to, and the smallest size in
/// pixels, before names are shortened instead.
const SMALLEST_SHARE: f32 = 0.45;
const SMALLEST_SIZE: f32 = 11.0;

/// Maps with more names than this take the smallest size at once: measuring every name each
/// frame would cost more than it shows on a canvas that holds a fraction of them.
const MEASURED_NAMES: usize = 400;

/// The name size for this scene: the view's own, or smaller where the names at that size
/// would cover more than `NAME_COVER` of the canvas left free by titles and captions.
/// Depends only on the names and the canvas, so it holds still while actors are dragged.
fn fitted_label_size(
    scene: &Scene,
    actors: &[Actor],
    style: &LabelStyle<'_>,
    obstacles: &[Rect],
) -> f32 {
    let size = style.metrics.label_size;
    let smallest = (size * SMALLEST_SHARE).max(SMALLEST_SIZE).min(size);
    let named: Vec<usize> = scene
        .markers
        .iter()
        .filter(|m| !m.covered)
        .map(|m| m.actor)
        .collect();
    if named.len() > MEASURED_NAMES {
        return smallest;
    }
    let fixed: f32 = obstacles
        .iter()
        .map(|r| r.intersect(scene.frame).area())
        .sum();
    let free = (scene.frame.area() - fixed).max(1.0);
    let cover: f32 = named
        .iter()
        .map(|&actor| {
            let box_size = style
                .measure
                .measure(&one_line(&actors[actor].name), size, false)
                + PADDING;
            box_size.x * box_size.y
        })
        .sum::<f32>()
        / free;
    if cover <= NAME_COVER {
        return size;
    }
    // Areas shrink with the square of the size.
    (size * (NAME_COVER / cover).sqrt()).max(smallest)
}

/// How near, in sums of radii, a marker is part of another's clump, which a leader may
/// cross to leave it.
pub const CLUMP: f32 = 1.5;

/// After this many names in a row found no room, the canvas is taken to be full.
const FULL_AFTER_MISSES: usize = 40;

/// Names not in full beyond which no room is made and no clump left: a crowd beyond what the
/// canvas holds, where each try costs much and names little.
const REPAIR_LIMIT: usize = 40;

/// How many times names that did not fit may be placed again first.
const RESTARTS: usize = 2;

/// Above this many names a map is placed once: crowded beyond what a canvas holds, trying
/// again costs more than it names.
const RESTART_LIMIT: usize = 100;

/// Whether a job's name is placed in full.
fn in_full(job: &Job) -> bool {
    job.placed
        .as_ref()
        .is_some_and(|(_, _, shortened)| !shortened)
}

/// Names keep last frame's place where it still fits, the selected ones last, so a name
/// dragged into another's place does not push that one away. Returns whether every name
/// remembered found its place again.
fn restore_all(
    jobs: &mut [Job],
    scene: &Scene,
    previous: &LabelMemory,
    actors: &[Actor],
    style: &LabelStyle<'_>,
    placer: &mut LabelPlacer,
) {
    for selected in [false, true] {
        for job in jobs.iter_mut() {
            if scene.markers[job.marker].selected != selected {
                continue;
            }
            if let Some(remembered) = previous.places.get(&job.actor) {
                restore(job, remembered, &actors[job.actor].name, placer, style);
            }
        }
    }
}

/// Candidate places a frame spends on names that found no room before: enough for a few, so
/// room that a move or a deletion frees is found again without slowing a crowded frame.
const RETRY_BUDGET: usize = 1_000;

/// Give the names that found no room last frame a small search, most important first.
fn retry_given_up(
    jobs: &mut [Job],
    actors: &[Actor],
    style: &LabelStyle<'_>,
    placer: &mut LabelPlacer,
) {
    placer.set_budget(placer.budget_left().min(RETRY_BUDGET));
    // A selected actor's name was placed already, even where it overlaps: kept.
    for job in jobs
        .iter_mut()
        .filter(|job| job.given_up && job.placed.is_none())
    {
        if !placer.has_budget() {
            return;
        }
        job.placed = place_in_full(job, actors, style, placer)
            .or_else(|| place_shortened(job, actors, style, placer));
    }
}

/// Place every name not yet placed, in the jobs' order: first beside its marker, then
/// farther out in full, then shortened; then make room for the crowded ones, and place the
/// selected actors' names even where they overlap. Without `search`, the costly steps (making
/// room, leaving clumps) are skipped: they are for a new layout, not for frames after one.
fn place_all(
    jobs: &mut [Job],
    scene: &Scene,
    actors: &[Actor],
    style: &LabelStyle<'_>,
    placer: &mut LabelPlacer,
    search: bool,
) {
    // The smallest box any name needs: where even it finds no room beside a marker, the name
    // cannot sit there, and measuring it is skipped until it is needed.
    let size = style.metrics.label_size;
    let smallest = vec2(8.0, style.measure.measure("M", size, false).y * 0.8);
    for job in jobs
        .iter_mut()
        .filter(|job| job.placed.is_none() && !job.given_up)
    {
        let selected = scene.markers[job.marker].selected;
        if !selected && !placer.has_room_beside(job.anchor, job.radius, smallest) {
            continue;
        }
        let (text, box_size) = variants(job, actors, style).one.clone();
        if let Some(placed) = placer.place_beside(job.anchor, job.radius, box_size) {
            job.placed = Some((placed, text, false));
        }
    }
    // Farther out in full, then shortened; once many names in a row found no room, the
    // canvas is full and the rest are not searched.
    for place in [place_in_full as PlaceName, place_shortened] {
        let mut misses = 0;
        for job in jobs
            .iter_mut()
            .filter(|job| job.placed.is_none() && !job.given_up)
        {
            if misses >= FULL_AFTER_MISSES {
                break;
            }
            job.placed = place(job, actors, style, placer);
            misses = if job.placed.is_some() { 0 } else { misses + 1 };
        }
    }
    // Making room and leaving clumps are for a canvas nearly named in full, not for a crowd
    // beyond what it holds.
    let unfit = jobs.iter().filter(|job| !in_full(job)).count();
    if !search || unfit > REPAIR_LIMIT {
        return place_selected(jobs, scene, actors, style, placer);
    }
    make_room(jobs, actors, style, placer);
    // A marker buried in a clump may have no way out that passes no other marker: rather
    // than leave its name out, its leader may pass over the markers lying on or near it,
    // and as the very last resort over any.
    for clump in [CLUMP, f32::INFINITY] {
        placer.set_clump(clump);
        for job in jobs
            .iter_mut()
            .filter(|job| job.placed.is_none() && !job.given_up)
        {
            job.placed = place_in_full(job, actors, style, placer)
                .or_else(|| place_shortened(job, actors, style, placer));
        }
    }
    placer.set_clump(0.0);
    place_selected(jobs, scene, actors, style, placer);
}

/// The selected actors' names are shown even where they must overlap.
fn place_selected(
    jobs: &mut [Job],
    scene: &Scene,
    actors: &[Actor],
    style: &LabelStyle<'_>,
    placer: &mut LabelPlacer,
) {
    for job in jobs.iter_mut().filter(|job| job.placed.is_none()) {
        if scene.markers[job.marker].selected {
            let (text, box_size) = variants(job, actors, style).one.clone();
            job.placed = Some((placer.force(job.anchor, job.radius, box_size), text, false));
        }
    }
}

/// One way of placing a name: its place, the name as written, and whether it is shortened.
type PlaceName =
    fn(&mut Job, &[Actor], &LabelStyle<'_>, &mut LabelPlacer) -> Option<(Placed, String, bool)>;

/// Place a name in full, on one line or two, beside its marker or farther out.
fn place_in_full(
    job: &mut Job,
    actors: &[Actor],
    style: &LabelStyle<'_>,
    placer: &mut LabelPlacer,
) -> Option<(Placed, String, bool)> {
    if !placer.has_budget() {
        return None;
    }
    let variants = variants(job, actors, style);
    let mut written = vec![variants.one.clone()];
    written.extend(variants.broken.iter().cloned());
    place_written(job, &written, false, placer)
}

/// Place a name shortened with an ellipsis, the longest start that finds room.
fn place_shortened(
    job: &mut Job,
    actors: &[Actor],
    style: &LabelStyle<'_>,
    placer: &mut LabelPlacer,
) -> Option<(Placed, String, bool)> {
    if !placer.has_budget() {
        return None;
    }
    if job.shortened.is_none() {
        job.shortened = Some(shortened(&one_line(&actors[job.actor].name), job, style));
    }
    let written = job.shortened.clone().unwrap_or_default();
    place_written(job, &written, true, placer)
}

/// Place the first of the ways to write a name that finds the best place near its marker.
fn place_written(
    job: &Job,
    written: &[(String, Vec2)],
    shortened: bool,
    placer: &mut LabelPlacer,
) -> Option<(Placed, String, bool)> {
    let sizes: Vec<Vec2> = written.iter().map(|(_, s)| *s).collect();
    let (spot, index) = placer.place_near(&LabelRequest {
        anchor: job.anchor,
        radius: job.radius,
        sizes: &sizes,
    })?;
    Some((spot, written[index].0.clone(), shortened))
}

/// How many names the next neighbours a crowded name may move aside.
const NEIGHBOURS: usize = 6;

/// For each name shortened or missing, try moving its nearest named neighbours aside: take
/// them off, place this name in full first, then place them again. Kept only where more
/// names end up in full (and none goes missing); otherwise everything goes back as it was.
fn make_room(jobs: &mut [Job], actors: &[Actor], style: &LabelStyle<'_>, placer: &mut LabelPlacer) {
    for crowded in 0..jobs.len() {
        if !placer.has_budget() {
            return;
        }
        if jobs[crowded]
            .placed
            .as_ref()
            .is_some_and(|(_, _, shortened)| !shortened)
        {
            continue;
        }
        let anchor = jobs[crowded].anchor;
        let mut near: Vec<(f32, usize)> = jobs
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != crowded)
            .filter_map(|(j, job)| {
                let (spot, ..) = job.placed.as_ref()?;
                Some((spot.rect.distance_to_pos(anchor), j))
            })
            .collect();
        near.sort_by(|a, b| a.0.total_cmp(&b.0));
        near.truncate(NEIGHBOURS);
        let mut moved: Vec<usize> = near.into_iter().map(|(_, j)| j).collect();
        moved.sort_unstable();
        let group: Vec<usize> = std::iter::once(crowded)
            .chain(moved.iter().copied())
            .collect();
        let before: Vec<_> = group.iter().map(|&j| jobs[j].placed.clone()).collect();
        for placed in before.iter().flatten() {
            placer.remove(&placed.0);
        }
        for &j in &group {
            jobs[j].placed = place_in_full(&mut jobs[j], actors, style, placer);
        }
        for &j in &group {
            if jobs[j].placed.is_none() {
                jobs[j].placed = place_shortened(&mut jobs[j], actors, style, placer);
            }
        }
        let score = |placed: &[Option<(Placed, String, bool)>]| {
            let full = placed.iter().flatten().filter(|p| !p.2).count();
            let any = placed.iter().flatten().count();
            (any, full)
        };
        let after: Vec<_> = group.iter().map(|&j| jobs[j].placed.clone()).collect();
        if score(&after) > score(&before) {
            continue;
        }
        for placed in after.iter().flatten() {
            placer.remove(&placed.0);
        }
        for (&j, placed) in group.iter().zip(before) {
            if let Some(p) = &placed {
                placer.restore(p.0);
            }
            jobs[j].placed = placed;
        }
    }
}

impl Job {
    /// The same name, measured already, not placed yet.
    fn fresh(&self) -> Self {
        Self {
            order: self.order,
            marker: self.marker,
            actor: self.actor,
            anchor: self.anchor,
            radius: self.radius,
            strong: self.strong,
            variants: self.variants.clone(),
            shortened: self.shortened.clone(),
            placed: None,
            given_up: false,
        }
    }
}

/// Sort key of a name: selected, us and highlighted first (reversed so `true` sorts first),
/// then higher influence (negated), then the marker's index.
type LabelRank = (std::cmp::Reverse<(bool, bool, bool)>, f32, usize);

/// The names to place, most important first: selected, us, search matches, then the more
/// influential; ties keep the drawing order. Markers hidden under others get none.
fn label_order(scene: &Scene, actors: &[Actor]) -> Vec<Job> {
    let mut order: Vec<LabelRank> = scene
        .markers
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.covered)
        .map(|(i, m)| {
            let rank = (m.selected, m.is_us, m.emphasis == Emphasis::Highlighted);
            (
                std::cmp::Reverse(rank),
                -actors[m.actor].position.influence,
                i,
            )
        })
        .collect();
    order.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2)));
    order
        .into_iter()
        .enumerate()
        .map(|(order, (_, _, m))| {
            let marker = &scene.markers[m];
            Job {
                order,
                marker: m,
                actor: marker.actor,
                anchor: marker.center,
                radius: marker.extent(),
                strong: marker.is_us || marker.selected,
                variants: None,
                shortened: None,
                placed: None,
                given_up: false,
            }
        })
        .collect()
}

/// Put a name back where it was last frame, if it is still written the same way (same name,
/// same size) and the place is still free.
fn restore(
    job: &mut Job,
    remembered: &Remembered,
    name: &str,
    placer: &mut LabelPlacer,
    style: &LabelStyle<'_>,
) -> bool {
    let name = one_line(name);
    let same_name = if remembered.shortened {
        name.starts_with(remembered.text.trim_end_matches('…'))
    } else {
        remembered.text.replace('\n', " ") == name
    };
    if !same_name {
        return false;
    }
    let measured = measure_written(&remembered.text, job.strong, style);
    if (measured - remembered.size).length() > 0.5 {
        return false;
    }
    let rect = Rect::from_min_size(job.anchor + remembered.offset, measured);
    let Some(spot) = placer.place_at(job.anchor, job.radius, rect) else {
        return false;
    };
    job.placed = Some((spot, remembered.text.clone(), remembered.shortened));
    true
}

/// The box of a name written on one or more lines (split by line breaks), padding included.
fn measure_written(text: &str, strong: bool, style: &LabelStyle<'_>) -> Vec2 {
    let size = style.metrics.label_size;
    text.split('\n')
        .map(|line| style.measure.measure(line, size, strong))
        .fold(Vec2::ZERO, |total, line| {
            vec2(total.x.max(line.x), total.y + line.y)
        })
        + PADDING
}

/// Names this long may also be written on three lines.
const THREE_LINES: usize = 24;

/// The ways to write a job's name on one line or more, measured on first use.
fn variants<'j>(job: &'j mut Job, actors: &[Actor], style: &LabelStyle<'_>) -> &'j Variants {
    let strong = job.strong;
    let name = &actors[job.actor].name;
    job.variants.get_or_insert_with(|| {
        let name = one_line(name);
        let one = (name.clone(), measure_written(&name, strong, style));
        let rows = if name.chars().count() >= THREE_LINES {
            3
        } else {
            2
        };
        let broken = (2..=rows)
            .filter_map(|lines| broken_lines(&name, lines))
            .map(|text| {
                let size = measure_written(&text, strong, style);
                (text, size)
            })
            .collect();
        Variants { one, broken }
    })
}

/// `name` on one line: a line break or tab typed into a name reads as a space, and only the
/// placement decides where a name breaks.
fn one_line(name: &str) -> String {
    name.replace(['\n', '\r', '\t'], " ")
}

/// `name` split onto `lines` lines at the spaces nearest the even breaks; `None` when it has
/// too few spaces for that many lines.
fn broken_lines(name: &str, lines: usize) -> Option<String> {
    let length = name.chars().count();
    let spaces: Vec<usize> = name
        .chars()
        .enumerate()
        .filter(|(_, c)| *c == ' ')
        .map(|(k, _)| k)
        .collect();
    let mut breaks: Vec<usize> = Vec::new();
    for part in 1..lines {
        let even = length * part / lines;
        let &at = spaces
            .iter()
            .filter(|&&k| breaks.last().is_none_or(|&last| k > last))
            .min_by_key(|&&k| k.abs_diff(even))?;
        breaks.push(at);
    }
    let mut text = String::with_capacity(name.len() + lines);
    let mut start = 0;
    let chars: Vec<char> = name.chars().collect();
    for &at in &breaks {
        let row: String = chars[start..at].iter().collect();
        if row.trim().is_empty() {
            return None;
        }
        text.push_str(row.trim());
        text.push('\n');
        start = at + 1;
    }
    let last: String = chars[start..].iter().collect();
    if last.trim().is_empty() {
        return None;
    }
    text.push_str(last.trim());
    Some(text)
}

/// Shorter and shorter starts of `name` ending in an ellipsis, for names with no room in full.
fn shortened(name: &str, job: &Job, style: &LabelStyle<'_>) -> Vec<(String, Vec2)> {
    let size = style.metrics.label_size;
    let full = style.measure.measure(name, size, job.strong).x;
    let ellipsis = style.measure.measure("…", size, job.strong).x;
    let mut written: Vec<(String, Vec2)> = Vec::new();
    for share in [0.7, 0.5, 0.35] {
        let room = (full * share - ellipsis).max(0.0);
        let end = style.measure.fitting_prefix(name, size, job.strong, room);
        let start = name[..end].trim_end();
        // Fewer than three letters names no one.
        if start.chars().count() < 3
            || written
                .iter()
                .any(|(t, _)| t.trim_end_matches('…') == start)
        {
            continue;
        }
        let text = format!("{start}…");
        let box_size = measure_written(&text, job.strong, style);
        written.push((text, box_size));
    }
    written
}

/// Turn the placed jobs into the scene's labels and count how every actor is named.
fn emit_labels(scene: &mut Scene, jobs: &[Job], style: &LabelStyle<'_>) {
    let covered = scene.markers.iter().filter(|m| m.covered).count();
    let mut naming = super::Naming {
        actors: scene.markers.len(),
        missing: covered,
        ..Default::default()
    };
    for job in jobs {
        let marker = &scene.markers[job.marker];
        let Some((placed, text, shortened)) = &job.placed else {
            naming.missing += 1;
            continue;
        };
        if *shortened {
            naming.shortened += 1;
        } else {
            naming.in_full += 1;
        }
        let color = if marker.emphasis == Emphasis::Dimmed {
            style.palette.muted_text.gamma_multiply(0.5)
        } else {
            style.palette.text
        };
        scene.labels.push(ActorLabel {
            actor: marker.actor,
            rect: placed.rect,
            text: text.clone(),
            shortened: *shortened,
            anchor: job.anchor,
            leader: placed.leader,
            size: style.metrics.label_size,
            color,
            strong: job.strong,
        });
    }
    scene.naming = naming;
}

/// When a name is shortened or missing, say how many in a free corner of the canvas: names
/// are never left out silently.
fn add_naming_note(
    scene: &mut Scene,
    placer: &mut LabelPlacer,
    style: &LabelStyle<'_>,
    on_screen: bool,
) {
    let Some(text) = naming_note(scene.naming, on_screen, style.words) else {
        return;
    };
    let size = style.metrics.axis_caption_size;
    let text_size = style.measure.measure(&text, size, false) + PADDING;
    let frame = scene.frame.shrink(4.0);
    // Along the bottom edge, then the top, from the left: the first free place.
    let steps = 12;
    let options: Vec<Rect> = [Align2::LEFT_BOTTOM, Align2::LEFT_TOP]
        .iter()
        .flat_map(|corner| {
            let start = corner.align_size_within_rect(text_size, frame);
            let room = (frame.width() - text_size.x).max(0.0);
            (0..=steps).map(move |k| start.translate(vec2(room * k as f32 / steps as f32, 0.0)))
        })
        .collect();
    let rect = placer.place_first_free(&options).unwrap_or(options[0]);
    scene.texts.push(Text {
        text,
        pos: rect.left_center() + vec2(PADDING.x / 2.0, 0.0),
        anchor: Align2::LEFT_CENTER,
        size,
        color: style.palette.muted_text,
        strong: false,
    });
}

/// The note on a canvas where names are shortened or missing; `None` when all are in full.
pub fn naming_note(
    naming: super::Naming,
    on_screen: bool,
    words: &'static Words,
) -> Option<String> {
    let mut parts = Vec::new();
    if naming.shortened > 0 {
        parts.push(words.counted("names-shortened", naming.shortened));
    }
    if naming.missing > 0 {
        parts.push(words.counted("names-not-shown", naming.missing));
    }
    if parts.is_empty() {
        return None;
    }
    let mut note = parts.join(", ");
    if on_screen {
        note.push_str(": ");
        note.push_str(words.get("names-zoom-in"));
    }
    Some(note)
}

/// The box a text of the scene covers.
fn text_rect(text: &Text, measure: &dyn TextMeasure) -> Rect {
    text.anchor.anchor_size(
        text.pos,
        measure.measure(&text.text, text.size, text.strong),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_at_the_spaces_nearest_even_breaks() {
        assert_eq!(
            broken_lines("Valmora Chamber of Commerce", 2).as_deref(),
            Some("Valmora Chamber\nof Commerce")
        );
        assert_eq!(
            broken_lines("Sister María José Gómez, editor-in-chief", 3).as_deref(),
            Some("Sister María\nJosé Gómez,\neditor-in-chief")
        );
        assert_eq!(broken_lines("Ombudsman", 2), None);
        assert_eq!(broken_lines("Ende ", 2), None);
        assert_eq!(broken_lines("Two words", 3), None);
    }

    #[test]
    fn the_note_counts_names_in_words() {
        let naming = super::super::Naming {
            actors: 10,
            in_full: 7,
            shortened: 1,
            missing: 2,
        };
        assert_eq!(
            naming_note(naming, false, Words::english()).as_deref(),
            Some("1 name shortened, 2 names not shown")
        );
        assert_eq!(
            naming_note(super::super::Naming::default(), true, Words::english()),
            None
        );
    }

    #[test]
    fn an_actor_selected_after_finding_no_room_is_named_at_once() {
        use crate::scene::test_scenes::screen_power_map;
        use std::collections::HashSet;
        let session = crate::model::synthetic_session(600);
        let build = |selection: &HashSet<crate::model::ActorId>, previous: &LabelMemory| {
            screen_power_map(&session, vec2(900.0, 600.0), selection, Some(previous))
        };
        let none = HashSet::new();
        let first = build(&none, &LabelMemory::default());
        let mut drawn = LabelMemory::of(&first);
        let settled = build(&none, &drawn);
        drawn = LabelMemory::of(&settled);
        let unnamed = settled
            .markers
            .iter()
            .find(|m| !m.covered && drawn.unnamed.contains(&m.actor))
            .expect("a crowded map leaves some actor unnamed");
        let selection: HashSet<_> = [unnamed.id.clone()].into_iter().collect();
        let selected = build(&selection, &drawn);
        assert!(
            selected.labels.iter().any(|l| l.actor == unnamed.actor),
            "the selected actor is named in the first frame it is selected"
        );
    }
}
