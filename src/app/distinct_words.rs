//! The distinct words of the columns the import's values step lists, counted once for each
//! state of the sheet rather than on every frame: on a 20,000-row sheet counting takes
//! milliseconds, which the frame cannot spare.

use crate::exchange::{DistinctValue, Table, distinct_values};

/// What the words were counted from: the tables' generation, the sheet, and the columns.
type Counted = (u64, usize, Vec<usize>);

/// The words of the listed columns, kept until the sheet or the columns change.
#[derive(Default)]
pub(super) struct DistinctWords {
    counted: Option<Counted>,
    words: Vec<Vec<DistinctValue>>,
    /// How many times the words were counted, for the tests.
    #[cfg(test)]
    counts: usize,
}

impl DistinctWords {
    /// The distinct words of each of `columns` of `table` (sheet `sheet` of the tables at
    /// `generation`), in the order of `columns`; counted again only when one of those changed.
    pub(super) fn of(
        &mut self,
        generation: u64,
        sheet: usize,
        table: &Table,
        columns: &[usize],
    ) -> &[Vec<DistinctValue>] {
        let wanted = (generation, sheet, columns.to_vec());
        if self.counted.as_ref() != Some(&wanted) {
            self.words = columns
                .iter()
                .map(|&column| distinct_values(table, column))
                .collect();
            self.counted = Some(wanted);
            #[cfg(test)]
            {
                self.counts += 1;
            }
        }
        &self.words
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::Cell;

    /// A sheet of names and one word column.
    fn table(stances: &[&str]) -> Table {
        let rows = stances
            .iter()
            .enumerate()
            .map(|(i, s)| vec![Cell::from_text(&format!("Actor {i}")), Cell::from_text(s)])
            .collect();
        Table::new("sheet", vec!["Name".into(), "Stance".into()], rows, 1)
    }

    #[test]
    fn words_are_counted_once_per_sheet_state_and_again_when_it_changes() {
        let sheet = table(&["Ally", "ally", "Foe"]);
        let mut words = DistinctWords::default();
        let first = words.of(0, 0, &sheet, &[1]).to_vec();
        assert_eq!(first[0].len(), 2);
        assert_eq!(
            first[0][0].count, 2,
            "spellings that fold the same count together"
        );
        for _ in 0..10 {
            words.of(0, 0, &sheet, &[1]);
        }
        assert_eq!(words.counts, 1, "frames with nothing changed count nothing");
        let changed = table(&["Ally", "Neutral", "Foe"]);
        let again = words.of(1, 0, &changed, &[1]).to_vec();
        assert_eq!(
            again[0].len(),
            3,
            "a new generation of the tables is counted again"
        );
        words.of(1, 0, &changed, &[0, 1]);
        words.of(1, 1, &changed, &[0, 1]);
        assert_eq!(
            words.counts, 4,
            "other columns or another sheet are counted again"
        );
    }
}
