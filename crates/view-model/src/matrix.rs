//! Which activity addresses which concern, both directions.

use std::collections::HashSet;

use super::board::BoardItem;
use rmp_model::Kind;
use rmp_model::Rmp;

/// The matrix: a row per concern, a column per activity.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix<'a> {
    /// Concerns: id and name.
    pub rows: Vec<(&'a str, &'a str)>,
    /// Activity ids, in board order.
    pub columns: Vec<String>,
    /// `cells[row][column]`: whether the activity addresses the concern.
    pub cells: Vec<Vec<bool>>,
}

/// Builds the matrix from the board's items (routine activities included).
pub fn matrix<'a>(rmp: &'a Rmp, items: &[BoardItem<'a>]) -> Matrix<'a> {
    let rows: Vec<(&str, &str)> = rmp
        .concerns()
        .map(|(_, c)| (c.id.as_str(), c.name.as_str()))
        .collect();
    let items: Vec<&BoardItem> = items
        .iter()
        .filter(|i| i.kind == Kind::Routine || !i.risks.is_empty())
        .collect();
    // Each column's concerns as a set: rows × columns lookups, not × concerns again.
    let addressed: Vec<HashSet<&str>> = items
        .iter()
        .map(|i| i.risks.iter().map(|(r, _)| *r).collect())
        .collect();
    let cells = rows
        .iter()
        .map(|(id, _)| addressed.iter().map(|set| set.contains(id)).collect())
        .collect();
    Matrix {
        rows,
        columns: items.iter().map(|i| i.id.clone()).collect(),
        cells,
    }
}

impl Matrix<'_> {
    /// Activity ids that address a concern.
    pub fn activities_for(&self, concern: &str) -> Vec<&str> {
        let Some(r) = self.rows.iter().position(|(id, _)| *id == concern) else {
            return vec![];
        };
        self.columns
            .iter()
            .zip(self.cells.get(r).into_iter().flatten())
            .filter(|(_, on)| **on)
            .map(|(c, _)| c.as_str())
            .collect()
    }

    /// Concern ids an activity addresses.
    pub fn concerns_for(&self, activity: &str) -> Vec<&str> {
        let Some(c) = self.columns.iter().position(|id| id == activity) else {
            return vec![];
        };
        self.rows
            .iter()
            .zip(&self.cells)
            .filter(|(_, row)| row.get(c).copied().unwrap_or(false))
            .map(|((id, _), _)| *id)
            .collect()
    }
}
