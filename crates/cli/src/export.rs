use std::io::Write;

use rmp_model::Rmp;
use rmp_view_model::incidence_rows::{all_records, CSV_HEADER};

/// Writes every incidence cell in long form as RFC 4180 CSV (UTF-8, CRLF).
pub fn write_csv<W: Write>(rmp: &Rmp, out: W) -> Result<usize, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(CSV_HEADER)?;
    let records = all_records(rmp);
    for record in &records {
        writer.write_record(record.fields())?;
    }
    writer.flush()?;
    Ok(records.len())
}
