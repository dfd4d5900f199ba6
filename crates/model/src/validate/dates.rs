//! Dates as ISO values (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).

use super::*;

impl Validator<'_> {
    pub(super) fn date(&mut self, d: &PrintedDate, path: &str) {
        if let Some(iso) = &d.date {
            self.iso(iso, &format!("{path}.date"));
        }
    }

    /// Checks an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); true when valid.
    pub(super) fn iso(&mut self, s: &str, path: &str) -> bool {
        if parse_iso(s).is_none() {
            self.error(
                Code::InvalidDate,
                path,
                format!("`{s}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
            );
            return false;
        }
        true
    }
}
