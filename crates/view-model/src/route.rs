//! The URL fragment: which view is shown and which card is open.

/// A place in the viewer, as the URL fragment names it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Route {
    /// `#summary` — 別紙様式2.
    #[default]
    Summary,
    /// `#overview` — 品目の概要 and 変更の履歴.
    Overview,
    /// `#risks`, or `#risk/<id>` with that card open.
    Risks(Option<String>),
    /// `#board` — the activity status board.
    Board,
    /// `#activity/<id>` — one activity's page: everything the document says about it.
    Activity(String),
    /// `#matrix` — risks × activities.
    Matrix,
    /// `#plan` — 別紙様式1 in full, in the template's order (and so on paper).
    Plan,
}

/// Where an activity page's "back" goes: the place the reader came from
/// when it is one of another view (a risk card, the matrix, the full plan,
/// the summary, the overview), else the board.
pub fn back_from(came_from: Option<&Route>) -> Route {
    match came_from {
        Some(Route::Board | Route::Activity(_)) | None => Route::Board,
        Some(place) => place.clone(),
    }
}

impl Route {
    /// Reads a fragment (with or without the leading `#`); anything unknown is the summary.
    pub fn parse(fragment: &str) -> Route {
        let f = fragment.trim_start_matches('#');
        let (head, tail) = f.split_once('/').unwrap_or((f, ""));
        let id = || (!tail.is_empty()).then(|| decode(tail));
        match head {
            "overview" => Route::Overview,
            "risks" => Route::Risks(None),
            "risk" => Route::Risks(id()),
            "board" => Route::Board,
            "activity" => id().map_or(Route::Board, Route::Activity),
            "matrix" => Route::Matrix,
            "plan" => Route::Plan,
            _ => Route::Summary,
        }
    }

    /// The fragment for this place, with the leading `#`.
    pub fn fragment(&self) -> String {
        match self {
            Route::Summary => "#summary".into(),
            Route::Overview => "#overview".into(),
            Route::Risks(None) => "#risks".into(),
            Route::Risks(Some(id)) => format!("#risk/{id}"),
            Route::Board => "#board".into(),
            Route::Activity(id) => format!("#activity/{id}"),
            Route::Matrix => "#matrix".into(),
            Route::Plan => "#plan".into(),
        }
    }

    /// The id of the element this place names (a card or an activity page), if any.
    pub fn element_id(&self) -> Option<String> {
        match self {
            Route::Risks(Some(id)) => Some(format!("risk-{id}")),
            Route::Activity(id) => Some(format!("activity-{id}")),
            _ => None,
        }
    }

    /// The id of the risk card or activity this place names, if any.
    pub fn target(&self) -> Option<&str> {
        match self {
            Route::Risks(Some(id)) | Route::Activity(id) => Some(id),
            _ => None,
        }
    }

    /// Which tab the place belongs to (an activity page to the board's).
    pub fn view(&self) -> View {
        match self {
            Route::Summary => View::Summary,
            Route::Overview => View::Overview,
            Route::Risks(_) => View::Risks,
            Route::Board | Route::Activity(_) => View::Board,
            Route::Matrix => View::Matrix,
            Route::Plan => View::Plan,
        }
    }

    /// What the viewer's body draws for this place: a move between the risk
    /// cards keeps the same page (and every card's state); each activity is a
    /// page of its own.
    pub fn page(&self) -> Route {
        match self {
            Route::Risks(_) => Route::Risks(None),
            other => other.clone(),
        }
    }
}

/// The viewer's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// 概要 (別紙様式2).
    Summary,
    /// 品目の概要.
    Overview,
    /// Risk cards.
    Risks,
    /// Activity status board.
    Board,
    /// Risk × activity matrix.
    Matrix,
    /// 別紙様式1 in full.
    Plan,
}

impl View {
    /// All tabs, in order.
    pub const ALL: [View; 6] = [
        View::Summary,
        View::Overview,
        View::Risks,
        View::Board,
        View::Matrix,
        View::Plan,
    ];

    /// The name the `view` attribute and `rmp-navigate` events use.
    pub fn name(self) -> &'static str {
        match self {
            View::Summary => "summary",
            View::Overview => "overview",
            View::Risks => "risks",
            View::Board => "board",
            View::Matrix => "matrix",
            View::Plan => "plan",
        }
    }

    /// The view of that name.
    pub fn from_name(name: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.name() == name)
    }

    /// The route that shows this tab with nothing selected.
    pub fn route(self) -> Route {
        match self {
            View::Summary => Route::Summary,
            View::Overview => Route::Overview,
            View::Risks => Route::Risks(None),
            View::Board => Route::Board,
            View::Matrix => Route::Matrix,
            View::Plan => Route::Plan,
        }
    }
}

/// A place in a catalog of RMPs: its list, or one of its documents and the
/// place in that document (`#rmp/<id>/risk/<risk>`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Shelved {
    /// `#catalog` (or no fragment) — the list.
    #[default]
    List,
    /// `#rmp/<id>` and what follows it.
    Doc(String, Route),
}

impl Shelved {
    /// Reads a fragment (with or without the leading `#`); anything else is the list.
    pub fn parse(fragment: &str) -> Shelved {
        let f = fragment.trim_start_matches('#');
        match f.strip_prefix("rmp/") {
            Some(rest) => {
                let (id, inner) = rest.split_once('/').unwrap_or((rest, ""));
                if id.is_empty() {
                    Shelved::List
                } else {
                    Shelved::Doc(decode(id), Route::parse(inner))
                }
            }
            None => Shelved::List,
        }
    }

    /// The fragment for this place, with the leading `#`.
    pub fn fragment(&self) -> String {
        match self {
            Shelved::List => "#catalog".into(),
            Shelved::Doc(id, route) => format!(
                "#{}{}",
                Shelved::prefix(id),
                route.fragment().trim_start_matches('#')
            ),
        }
    }

    /// What a document's places start with in the fragment (after `#`); an
    /// id with other characters than letters, digits, `-`, `_` and `.` is
    /// percent-encoded, so that it reads back whole.
    pub fn prefix(id: &str) -> String {
        let mut out = String::from("rmp/");
        for b in id.bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
                out.push(char::from(b));
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out.push('/');
        out
    }
}

/// Undoes percent-encoding of an id in a fragment (`%E6…`), keeping invalid input as it is.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes.get(i).copied().unwrap_or_default(),
            bytes.get(i + 1).and_then(|b| hex(*b)),
            bytes.get(i + 2).and_then(|b| hex(*b)),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip() {
        for route in [
            Route::Summary,
            Route::Overview,
            Route::Risks(None),
            Route::Risks(Some("crs".into())),
            Route::Board,
            Route::Activity("lun2501".into()),
            Route::Matrix,
            Route::Plan,
        ] {
            assert_eq!(Route::parse(&route.fragment()), route);
        }
    }

    #[test]
    fn catalog_places_round_trip_and_anything_else_is_the_list() {
        for place in [
            Shelved::List,
            Shelved::Doc("lunsumio".into(), Route::Summary),
            Shelved::Doc("lunsumio".into(), Route::Risks(Some("crs".into()))),
            Shelved::Doc("a-b".into(), Route::Activity("lun2501".into())),
            Shelved::Doc("a/b c%#ル".into(), Route::Risks(Some("crs".into()))),
        ] {
            assert_eq!(Shelved::parse(&place.fragment()), place);
        }
        assert_eq!(
            Shelved::parse("#rmp/x"),
            Shelved::Doc("x".into(), Route::Summary)
        );
        assert_eq!(Shelved::parse("#rmp/"), Shelved::List);
        assert_eq!(Shelved::parse(""), Shelved::List);
        assert_eq!(Shelved::parse("#risk/crs"), Shelved::List);
    }

    #[test]
    fn unknown_fragments_show_the_summary() {
        assert_eq!(Route::parse(""), Route::Summary);
        assert_eq!(Route::parse("#nonsense/x"), Route::Summary);
        assert_eq!(Route::parse("#risk/"), Route::Risks(None));
        assert_eq!(Route::parse("#activity/"), Route::Board);
        assert_eq!(
            Route::parse("#risk/a%2Db"),
            Route::Risks(Some("a-b".into()))
        );
        assert_eq!(Route::parse("#risk/%zz"), Route::Risks(Some("%zz".into())));
    }
}
