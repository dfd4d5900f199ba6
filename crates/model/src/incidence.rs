use serde::{Deserialize, Serialize};

/// 有害事象の発現状況 — an incidence table: study cohorts × events × grades.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IncidenceTable {
    /// Stable id.
    pub id: String,
    /// The sentence that introduces the table; used as its caption.
    pub intro: String,
    /// Column groups (点滴静注 / 皮下注), each with its cohorts, left to right.
    pub column_groups: Vec<ColumnGroup>,
    /// Event rows, top to bottom.
    pub events: Vec<EventRow>,
    /// Footnotes (*1, *2) bound to rows or cells by marker.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<Footnote>,
    /// The grading note (Grade は…に基づく。).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grading_note: Option<String>,
}

impl IncidenceTable {
    /// Every cohort, left to right across the groups, with its group's label.
    pub fn cohorts(&self) -> impl Iterator<Item = (&str, &Cohort)> {
        self.column_groups
            .iter()
            .flat_map(|g| g.cohorts.iter().map(move |c| (g.label.as_str(), c)))
    }

    /// How many cohort columns the table has.
    pub fn cohort_count(&self) -> usize {
        self.column_groups.iter().map(|g| g.cohorts.len()).sum()
    }
}

/// A group of columns, usually a route of administration (点滴静注 / 皮下注).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ColumnGroup {
    /// The label as printed.
    pub label: String,
    /// Its cohorts, left to right.
    pub cohorts: Vec<Cohort>,
}

/// One study cohort: a column of the table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cohort {
    /// Stable id within the table.
    pub id: String,
    /// Study id (GO29781).
    pub study: String,
    /// The study as printed (GO29781 試験).
    pub study_label: String,
    /// The cohort as printed (B11 FL RP2D コホート).
    pub label: String,
    /// Number of patients (○例), the denominator.
    pub n: u32,
}

/// One event (CRS, 貧血, …) with a row per grade.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EventRow {
    /// The event label as printed, without footnote markers.
    pub label: String,
    /// Footnote markers bound to the whole event row.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// One row per grade (全Grade, Grade≧3, …).
    pub grades: Vec<GradeRow>,
}

/// One grade row: a cell per cohort.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GradeRow {
    /// Which grade.
    pub grade: Grade,
    /// The label as printed when `grade` is `other` (e.g. "Grade≧2").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// One cell per cohort, in column order.
    pub cells: Vec<Cell>,
}

impl GradeRow {
    /// The label as the document prints it.
    pub fn printed_label(&self) -> &str {
        match (self.grade, &self.label) {
            (_, Some(label)) => label,
            (Grade::All, None) => "全Grade",
            (Grade::Ge3, None) => "Grade≧3",
            (Grade::Other, None) => "",
        }
    }

    /// The grade as the CSV export names it: `all`, `ge3`, or the printed label.
    pub fn export_code(&self) -> &str {
        match self.grade {
            Grade::All => "all",
            Grade::Ge3 => "ge3",
            Grade::Other => self.printed_label(),
        }
    }
}

/// Grade of an adverse event (ASTCT consensus or CTCAE).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// 全Grade — all grades.
    All,
    /// Grade≧3 — grade 3 or higher.
    Ge3,
    /// Any other grade label; give it in `label`.
    Other,
}

/// One cell: "n（x.x%）" or "0".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cell {
    /// Number of patients with the event.
    pub n: u32,
    /// The percentage exactly as printed, without `%` ("45.6"); absent where none is printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<String>,
    /// Footnote markers bound to this cell.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Cell {
    /// The cell as the document prints it: "41（45.6%）" or "0".
    pub fn printed(&self) -> String {
        match &self.percent {
            Some(p) => format!("{}（{}%）", self.n, p),
            None => self.n.to_string(),
        }
    }
}

/// A footnote of a table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Footnote {
    /// The marker as printed ("*1").
    pub marker: String,
    /// The footnote text.
    pub text: String,
}

/// n/N as a percentage rounded half up to one decimal, in tenths of a percent
/// (45.6% → 456). `None` when N is 0.
pub fn percent_tenths(n: u32, denominator: u32) -> Option<u64> {
    if denominator == 0 {
        return None;
    }
    let (n, d) = (u64::from(n), u64::from(denominator));
    // round(n * 1000 / d) half up, in integers.
    Some((2 * 1000 * n + d) / (2 * d))
}

/// Formats tenths of a percent as the document does ("45.6").
pub fn format_tenths(tenths: u64) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Parses a printed percentage ("45.6", "20", "0.7") into tenths, if it is one.
pub fn parse_tenths(printed: &str) -> Option<u64> {
    let (int, frac) = match printed.split_once('.') {
        Some((i, f)) => (i, f),
        None => (printed, "0"),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !digits(frac) || frac.len() != 1 {
        return None;
    }
    Some(int.parse::<u64>().ok()? * 10 + frac.parse::<u64>().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_half_up_to_one_decimal() {
        assert_eq!(percent_tenths(41, 90), Some(456));
        assert_eq!(percent_tenths(15, 90), Some(167));
        assert_eq!(percent_tenths(1, 40), Some(25));
        assert_eq!(percent_tenths(1, 8), Some(125)); // 12.5 exactly
        assert_eq!(percent_tenths(1, 16), Some(63)); // 6.25 → 6.3, half up
        assert_eq!(percent_tenths(0, 0), None);
        assert_eq!(format_tenths(7), "0.7");
    }

    #[test]
    fn parses_printed_percentages() {
        assert_eq!(parse_tenths("45.6"), Some(456));
        assert_eq!(parse_tenths("100.0"), Some(1000));
        assert_eq!(parse_tenths("20"), Some(200));
        assert_eq!(parse_tenths("4.56"), None);
        assert_eq!(parse_tenths("x"), None);
        assert_eq!(parse_tenths(""), None);
        assert_eq!(parse_tenths("-1.0"), None);
    }
}
