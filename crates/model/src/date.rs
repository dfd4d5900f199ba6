//! Dates of the model: ISO values that may be partial (`2026`, `2026-03`,
//! `2026-03-23`), and the days such a value can mean.

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into (year, month, day); missing parts are 0.
pub fn parse_iso(s: &str) -> Option<(u32, u32, u32)> {
    let mut parts = s.split('-');
    let num = |p: Option<&str>, len: usize| {
        p.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let year = num(parts.next(), 4)?;
    let month = match parts.next() {
        None => return Some((year, 0, 0)),
        Some(m) => num(Some(m), 2).filter(|m| (1..=12).contains(m))?,
    };
    let day = match parts.next() {
        None => return Some((year, month, 0)),
        Some(d) => num(Some(d), 2).filter(|d| *d >= 1 && *d <= days_in_month(year, month))?,
    };
    parts.next().is_none().then_some((year, month, day))
}

/// Days in a month of a year (February by the Gregorian leap rule).
pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The earliest and latest day a (possibly partial) ISO date can mean, as yyyymmdd.
pub fn date_bounds(s: &str) -> (u32, u32) {
    match parse_iso(s) {
        Some((y, 0, _)) => (y * 10000 + 101, y * 10000 + 1231),
        Some((y, m, 0)) => (
            y * 10000 + m * 100 + 1,
            y * 10000 + m * 100 + days_in_month(y, m),
        ),
        Some((y, m, d)) => {
            let v = y * 10000 + m * 100 + d;
            (v, v)
        }
        None => (0, 0),
    }
}

/// yyyymmdd as `yyyy-mm-dd`.
pub fn iso_day(yyyymmdd: u32) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        yyyymmdd / 10000,
        yyyymmdd / 100 % 100,
        yyyymmdd % 100
    )
}
