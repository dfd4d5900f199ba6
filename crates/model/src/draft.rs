use serde::{Deserialize, Serialize};

/// 取り込み下書き — a document made by `rmp import` from the text of an RMP
/// PDF that a person has not finished checking. The viewer shows it as a
/// draft with its review list, never as the published RMP; removing this
/// field is how a reviewer marks the document finished.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ImportDraft {
    /// The text file it was imported from, as named to the importer.
    pub source: String,
    /// What a reviewer must check against the PDF.
    pub review: Vec<ReviewItem>,
    /// 取り込んだテキストにない値 — JSON Pointers (RFC 6901) of the values the
    /// imported text does not hold, wholly or in part: a part of the
    /// template it lacks, a list whose activities it does not all describe.
    /// What the draft has there is all the text gave (often nothing, which
    /// then says nothing): the viewer shows "not in the imported text"
    /// there, never なし (none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent: Vec<String>,
    /// 出典 — where each imported value came from: its path, its lines and
    /// page in the imported text, and those lines as they read there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<ValueSource>,
}

/// The source of one imported value: a run of lines of the imported text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ValueSource {
    /// The JSON path of the value (`safety_specification.identified_risks[0].reason`).
    pub path: String,
    /// The first and the last line of the run (from 1).
    pub lines: [u32; 2],
    /// The page of the imported text the run starts on (from 1), where the text has pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// The run's lines as they read in the text (page furniture between them left out).
    pub text: String,
}

impl ImportDraft {
    /// Whether the value at `pointer`, or a part of it, is absent from the imported text.
    pub fn touches_absent(&self, pointer: &str) -> bool {
        self.is_absent(pointer)
            || self.absent.iter().any(|a| {
                a.len() > pointer.len()
                    && a.starts_with(pointer)
                    && a[pointer.len()..].starts_with('/')
            })
    }

    /// Whether the value at `pointer` (or a part that holds it) is absent from the imported text.
    pub fn is_absent(&self, pointer: &str) -> bool {
        self.absent.iter().any(|a| {
            pointer == a || (pointer.starts_with(a.as_str()) && pointer[a.len()..].starts_with('/'))
        })
    }
}

/// One item to check: what, where in the model, from which source lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReviewItem {
    /// What to check, in a sentence.
    pub what: String,
    /// The JSON path it is about, if it is about a value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Every path it is about, where the same check is at several places (the first is `path`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paths: Vec<String>,
    /// The source text's line numbers (from 1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<u32>,
}
