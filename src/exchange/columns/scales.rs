//! The scales of a sheet's support and influence columns: the one a header names, else the
//! smallest common one that holds the column's values.

use super::{ActorColumn, Mapping};
use crate::exchange::scale::{Scale, split_unit};
use crate::exchange::table::Table;

impl Mapping {
    /// Guess the scales of the support and influence columns of `actors` (0 to 10 where the
    /// sheet has no such column).
    pub(super) fn guess_scales(&mut self, actors: &Table) {
        self.support_scale = self
            .column_scale(actors, ActorColumn::Support)
            .unwrap_or(Scale::ZERO_TO_TEN);
        self.influence_scale = self
            .column_scale(actors, ActorColumn::Influence)
            .unwrap_or(Scale::ZERO_TO_TEN);
    }

    /// The scale of the column that holds `role`: the one its header names, else the
    /// smallest common one that holds its values (`None` without such a column).
    pub fn column_scale(&self, table: &Table, role: ActorColumn) -> Option<Scale> {
        let column = self.column_of(role)?;
        let header = table.headers.get(column)?;
        let mut values = table.rows.iter().filter_map(|row| row[column].number());
        if let (_, Some(scale)) = split_unit(header) {
            // A spreadsheet's percent cell holds the fraction it shows as a percentage.
            let fractions = scale == Scale::ZERO_TO_HUNDRED
                && values.clone().any(|v| v > 0.0)
                && values.all(|v| (0.0..=1.0).contains(&v));
            return Some(if fractions { Scale::ZERO_TO_ONE } else { scale });
        }
        let guessed = Scale::guess(values);
        // Support runs from opposed to supportive: values within 1 are powermap's own −1..1.
        Some(
            if role == ActorColumn::Support && guessed == Scale::ZERO_TO_ONE {
                Scale::MINUS_ONE_TO_ONE
            } else {
                guessed
            },
        )
    }
}
