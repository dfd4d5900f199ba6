use std::io::Write;

use rmp_model::Rmp;
use rmp_view_model::incidence_rows::all_records;
use rmp_view_model::table::csv_text;

/// Writes every incidence cell in long form as RFC 4180 CSV (UTF-8, CRLF):
/// the same writer as the viewer's download of one table.
pub fn write_csv<W: Write>(rmp: &Rmp, mut out: W) -> std::io::Result<usize> {
    let records = all_records(rmp);
    out.write_all(csv_text(&records).as_bytes())?;
    out.flush()?;
    Ok(records.len())
}
