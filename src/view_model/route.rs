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
    /// `#board`, or `#activity/<id>` with that activity in view.
    Board(Option<String>),
    /// `#matrix` — risks × activities.
    Matrix,
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
            "board" => Route::Board(None),
            "activity" => Route::Board(id()),
            "matrix" => Route::Matrix,
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
            Route::Board(None) => "#board".into(),
            Route::Board(Some(id)) => format!("#activity/{id}"),
            Route::Matrix => "#matrix".into(),
        }
    }

    /// The id of the element this place names (a card or an activity), if any.
    pub fn element_id(&self) -> Option<String> {
        match self {
            Route::Risks(Some(id)) => Some(format!("risk-{id}")),
            Route::Board(Some(id)) => Some(format!("activity-{id}")),
            _ => None,
        }
    }

    /// Which tab the place belongs to.
    pub fn view(&self) -> View {
        match self {
            Route::Summary => View::Summary,
            Route::Overview => View::Overview,
            Route::Risks(_) => View::Risks,
            Route::Board(_) => View::Board,
            Route::Matrix => View::Matrix,
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
}

impl View {
    /// All tabs, in order.
    pub const ALL: [View; 5] = [
        View::Summary,
        View::Overview,
        View::Risks,
        View::Board,
        View::Matrix,
    ];

    /// The name the `view` attribute and `rmp-navigate` events use.
    pub fn name(self) -> &'static str {
        match self {
            View::Summary => "summary",
            View::Overview => "overview",
            View::Risks => "risks",
            View::Board => "board",
            View::Matrix => "matrix",
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
            View::Board => Route::Board(None),
            View::Matrix => Route::Matrix,
        }
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
            Route::Board(None),
            Route::Board(Some("lun2501".into())),
            Route::Matrix,
        ] {
            assert_eq!(Route::parse(&route.fragment()), route);
        }
    }

    #[test]
    fn unknown_fragments_show_the_summary() {
        assert_eq!(Route::parse(""), Route::Summary);
        assert_eq!(Route::parse("#nonsense/x"), Route::Summary);
        assert_eq!(Route::parse("#risk/"), Route::Risks(None));
        assert_eq!(
            Route::parse("#risk/a%2Db"),
            Route::Risks(Some("a-b".into()))
        );
        assert_eq!(Route::parse("#risk/%zz"), Route::Risks(Some("%zz".into())));
    }
}
