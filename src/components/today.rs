//! Today's date, one way for every view: in the browser, the reader's own
//! day (the browser's clock and time zone); drawn ahead of time (`rmp
//! render`), the day in Japan, where an RMP's readers are — a page drawn at
//! 08:00 in Tokyo is 23:00 the day before in UTC, and says today, not
//! yesterday.

/// Japan Standard Time, UTC+9 (no daylight saving time).
#[cfg(not(target_arch = "wasm32"))]
const JAPAN_OFFSET_SECS: i64 = 9 * 3600;

/// Today as (year, month, day).
#[cfg(target_arch = "wasm32")]
pub fn today() -> (u32, u32, u32) {
    let d = js_sys::Date::new_0();
    (d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Today as (year, month, day): the day in Japan now.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> (u32, u32, u32) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    civil_day(secs + JAPAN_OFFSET_SECS)
}

/// The civil date of a count of seconds since 1970-01-01 00:00 in some zone
/// (H. Hinnant's days-to-civil algorithm).
#[cfg(not(target_arch = "wasm32"))]
pub fn civil_day(secs: i64) -> (u32, u32, u32) {
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year as u32, month as u32, day as u32)
}

/// Today as yyyymmdd.
pub fn today_number() -> u32 {
    let (y, m, d) = today();
    y * 10_000 + m * 100 + d
}

/// Today as `YYYY-MM-DD`.
pub fn today_iso() -> String {
    let (y, m, d) = today();
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_day_in_japan_is_nine_hours_ahead_of_utc() {
        // 2026-03-22 23:00 UTC is 2026-03-23 08:00 in Tokyo.
        let utc = 1_774_220_400;
        assert_eq!(civil_day(utc), (2026, 3, 22));
        assert_eq!(civil_day(utc + JAPAN_OFFSET_SECS), (2026, 3, 23));
        assert_eq!(civil_day(0), (1970, 1, 1));
        assert_eq!(civil_day(951_782_400), (2000, 2, 29));
    }
}
