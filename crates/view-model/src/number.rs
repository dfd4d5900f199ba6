//! Decimal text for drawing coordinates, written with integer arithmetic:
//! the float formatter is a large part of a wasm binary and nothing else
//! here needs it.

/// `value` rounded to `places` decimals (at most 4): `fixed(12.345, 1)` is `"12.3"`.
pub fn fixed(value: f64, places: u32) -> String {
    let places = places.min(4);
    let scale = 10_i64.pow(places);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (
        scaled.unsigned_abs() / scale as u64,
        scaled.unsigned_abs() % scale as u64,
    );
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{part:0width$}", width = places as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn rounds_like_the_float_formatter() {
        for (value, places) in [
            (12.345, 1),
            (0.0, 2),
            (-0.26, 1),
            (-3.0, 1),
            (999.96, 1),
            (7.0, 0),
            (1.5, 0),
            (33.333, 2),
            (0.05, 2),
        ] {
            assert_eq!(
                fixed(value, places),
                format!("{value:.*}", places as usize),
                "{value} {places}"
            );
        }
    }
}
