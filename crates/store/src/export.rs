//! Exports of an event query: JSON lines, CSV, GDELT 1.0 TSV, PLOVER JSON
//! and Parquet. Column lists are documented in docs/store.md.

use std::io::Write;
use std::sync::Arc;

use parquet::basic::Compression;
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

use crate::query::for_each_event;
use crate::{EventFilter, EventRow, ExportFormat, Result, Store, StoreError};

pub(crate) fn export<W: Write + Send>(
    store: &Store,
    filter: &EventFilter,
    format: ExportFormat,
    out: W,
) -> Result<usize> {
    // Exports are not capped by the list-query maximum.
    let limit = (filter.limit.is_some() || filter.offset.is_some()).then(|| {
        (
            filter
                .limit
                .unwrap_or(i64::MAX as usize)
                .min(i64::MAX as usize),
            filter.offset.unwrap_or(0).min(i64::MAX as usize),
        )
    });
    match format {
        ExportFormat::Jsonl => {
            let mut out = std::io::BufWriter::new(out);
            let n = for_each_event(store, filter, limit, |r| {
                serde_json::to_writer(&mut out, &r)?;
                out.write_all(b"\n")?;
                Ok(())
            })?;
            out.flush()?;
            Ok(n)
        }
        ExportFormat::Csv => {
            let mut out = std::io::BufWriter::new(out);
            out.write_all(CSV_HEADER.join(",").as_bytes())?;
            out.write_all(b"\n")?;
            let n = for_each_event(store, filter, limit, |r| {
                let fields = csv_fields(&r);
                let line: Vec<String> = fields.iter().map(|f| csv_quote(f)).collect();
                out.write_all(line.join(",").as_bytes())?;
                out.write_all(b"\n")?;
                Ok(())
            })?;
            out.flush()?;
            Ok(n)
        }
        ExportFormat::Gdelt => {
            let mut out = std::io::BufWriter::new(out);
            let n = for_each_event(store, filter, limit, |r| {
                let fields = gdelt_fields(&r);
                debug_assert_eq!(fields.len(), 58);
                let line: Vec<String> = fields.iter().map(|f| tsv_clean(f)).collect();
                out.write_all(line.join("\t").as_bytes())?;
                out.write_all(b"\n")?;
                Ok(())
            })?;
            out.flush()?;
            Ok(n)
        }
        ExportFormat::Plover => {
            let mut out = std::io::BufWriter::new(out);
            out.write_all(b"[")?;
            let mut first = true;
            let n = for_each_event(store, filter, limit, |r| {
                if !first {
                    out.write_all(b",")?;
                }
                first = false;
                out.write_all(b"\n")?;
                serde_json::to_writer(&mut out, &plover_record(&r))?;
                Ok(())
            })?;
            out.write_all(b"\n]\n")?;
            out.flush()?;
            Ok(n)
        }
        ExportFormat::Parquet => parquet_export(store, filter, limit, out),
    }
}

/// CSV columns (one row per real event).
pub const CSV_HEADER: [&str; 30] = [
    "id",
    "date",
    "source",
    "source_country",
    "source_name",
    "target",
    "target_country",
    "target_name",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "plover_mode",
    "plover_context",
    "negated",
    "issue",
    "place",
    "place_country",
    "lat",
    "lon",
    "killed",
    "injured",
    "num_mentions",
    "num_sources",
    "num_stories",
    "story_id",
    "url",
    "sentence",
    "format",
];

fn o<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(|x| x.to_string()).unwrap_or_default()
}

fn csv_fields(r: &EventRow) -> Vec<String> {
    vec![
        r.id.to_string(),
        o(&r.date),
        r.source.clone(),
        o(&r.source_country),
        r.source_name.clone(),
        r.target.clone(),
        o(&r.target_country),
        r.target_name.clone(),
        r.cameo.clone(),
        r.root.clone(),
        o(&r.quad_class),
        o(&r.goldstein),
        o(&r.plover),
        o(&r.plover_mode),
        o(&r.plover_context),
        (r.negated as u8).to_string(),
        o(&r.issue),
        o(&r.place),
        o(&r.place_country),
        o(&r.lat),
        o(&r.lon),
        o(&r.killed),
        o(&r.injured),
        r.num_mentions.to_string(),
        r.num_sources.to_string(),
        r.num_stories.to_string(),
        r.story_id.clone(),
        o(&r.url),
        r.sentence.clone(),
        "gesta-1".to_string(),
    ]
}

/// RFC 4180 quoting; cells starting with a formula character are prefixed
/// with `'` so spreadsheets do not evaluate them.
fn csv_quote(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '@']) || (s.starts_with('-') && s.parse::<f64>().is_err()) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn tsv_clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// The 58 columns of a GDELT 1.0 daily events file (see docs/store.md for
/// what is filled).
fn gdelt_fields(r: &EventRow) -> Vec<String> {
    let (sqldate, monthyear, year, frac) = match r.date.as_deref().and_then(crate::ingest::iso_day)
    {
        Some(d) => {
            use chrono::Datelike;
            let frac = d.year() as f64 + (d.ordinal0() as f64) / 365.0;
            (
                d.format("%Y%m%d").to_string(),
                d.format("%Y%m").to_string(),
                d.year().to_string(),
                format!("{frac:.4}"),
            )
        }
        None => Default::default(),
    };
    let actor = |code: &str, name: &str, country: &Option<String>| -> Vec<String> {
        let country = o(country);
        let rest = code.strip_prefix(country.as_str()).unwrap_or(code);
        let t1 = rest.get(0..3).unwrap_or("").to_string();
        let t2 = rest.get(3..6).unwrap_or("").to_string();
        vec![
            code.to_string(),
            name.to_uppercase(),
            country,
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            t1,
            t2,
            String::new(),
        ]
    };
    let base = r.cameo.get(0..3).unwrap_or(&r.cameo).to_string();
    let mut f = vec![r.id.to_string(), sqldate.clone(), monthyear, year, frac];
    f.extend(actor(&r.source, &r.source_name, &r.source_country));
    f.extend(actor(&r.target, &r.target_name, &r.target_country));
    f.extend([
        String::new(), // IsRootEvent: unknown
        r.cameo.clone(),
        base,
        r.root.clone(),
        o(&r.quad_class),
        r.goldstein.map(|g| format!("{g:.1}")).unwrap_or_default(),
        r.num_mentions.to_string(),
        r.num_sources.to_string(),
        r.num_stories.to_string(),
        String::new(), // AvgTone: not computed
    ]);
    // Actor1Geo and Actor2Geo are not resolved separately.
    for _ in 0..14 {
        f.push(String::new());
    }
    let geo_type = match (&r.place, r.lat) {
        (Some(_), Some(_)) => "4",
        (Some(_), None) if r.place_country.is_some() => "1",
        _ => "",
    };
    f.extend([
        if r.place.is_some() {
            geo_type.to_string()
        } else {
            String::new()
        },
        o(&r.place),
        o(&r.place_country),
        String::new(),
        o(&r.lat),
        o(&r.lon),
        String::new(),
        sqldate,
        o(&r.url),
    ]);
    f
}

fn plover_record(r: &EventRow) -> serde_json::Value {
    serde_json::json!({
        "id": r.id.to_string(),
        "date": r.date,
        "event_type": r.plover,
        "mode": r.plover_mode,
        "context": r.plover_context,
        "actor1": r.source,
        "actor1_name": r.source_name,
        "actor1_country": r.source_country,
        "actor2": r.target,
        "actor2_name": r.target_name,
        "actor2_country": r.target_country,
        "cameo": r.cameo,
        "negated": r.negated,
        "issue": r.issue,
        "location": {
            "name": r.place,
            "country": r.place_country,
            "lat": r.lat,
            "lon": r.lon,
        },
        "killed": r.killed,
        "injured": r.injured,
        "num_mentions": r.num_mentions,
        "num_sources": r.num_sources,
        "story_id": r.story_id,
        "url": r.url,
        "text": r.sentence,
    })
}

const PARQUET_SCHEMA: &str = "message gesta_event {
    REQUIRED INT64 id;
    OPTIONAL BYTE_ARRAY date (UTF8);
    REQUIRED BYTE_ARRAY source (UTF8);
    OPTIONAL BYTE_ARRAY source_country (UTF8);
    REQUIRED BYTE_ARRAY source_name (UTF8);
    REQUIRED BYTE_ARRAY target (UTF8);
    OPTIONAL BYTE_ARRAY target_country (UTF8);
    REQUIRED BYTE_ARRAY target_name (UTF8);
    REQUIRED BYTE_ARRAY cameo (UTF8);
    REQUIRED BYTE_ARRAY root (UTF8);
    OPTIONAL INT32 quad_class;
    OPTIONAL DOUBLE goldstein;
    OPTIONAL BYTE_ARRAY plover (UTF8);
    REQUIRED BOOLEAN negated;
    OPTIONAL BYTE_ARRAY issue (UTF8);
    OPTIONAL BYTE_ARRAY place (UTF8);
    OPTIONAL BYTE_ARRAY place_country (UTF8);
    OPTIONAL DOUBLE lat;
    OPTIONAL DOUBLE lon;
    OPTIONAL INT32 killed;
    OPTIONAL INT32 injured;
    REQUIRED INT32 num_mentions;
    REQUIRED INT32 num_sources;
    REQUIRED INT32 num_stories;
    REQUIRED BYTE_ARRAY story_id (UTF8);
    OPTIONAL BYTE_ARRAY url (UTF8);
    REQUIRED BYTE_ARRAY sentence (UTF8);
}";

const ROW_GROUP: usize = 65_536;

fn pq(e: parquet::errors::ParquetError) -> StoreError {
    StoreError::Parquet(e.to_string())
}

/// A column buffer: values of present cells and definition levels.
enum Col {
    I64(Vec<i64>),
    I32(Vec<i32>, Vec<i16>),
    F64(Vec<f64>, Vec<i16>),
    Bool(Vec<bool>),
    Str(Vec<ByteArray>, Option<Vec<i16>>),
}

impl Col {
    fn clear(&mut self) {
        match self {
            Col::I64(v) => v.clear(),
            Col::I32(v, d) => {
                v.clear();
                d.clear()
            }
            Col::F64(v, d) => {
                v.clear();
                d.clear()
            }
            Col::Bool(v) => v.clear(),
            Col::Str(v, d) => {
                v.clear();
                if let Some(d) = d {
                    d.clear()
                }
            }
        }
    }
}

fn push_str(c: &mut Col, v: Option<&str>) {
    if let Col::Str(vals, defs) = c {
        match defs {
            Some(d) => {
                d.push(v.is_some() as i16);
                if let Some(s) = v {
                    vals.push(ByteArray::from(s));
                }
            }
            None => vals.push(ByteArray::from(v.unwrap_or(""))),
        }
    }
}

fn push_i32(c: &mut Col, v: Option<i64>) {
    if let Col::I32(vals, defs) = c {
        defs.push(v.is_some() as i16);
        if let Some(x) = v {
            vals.push(x.clamp(i32::MIN as i64, i32::MAX as i64) as i32);
        }
    }
}

fn push_f64(c: &mut Col, v: Option<f64>) {
    if let Col::F64(vals, defs) = c {
        defs.push(v.is_some() as i16);
        if let Some(x) = v {
            vals.push(x);
        }
    }
}

fn new_cols() -> Vec<Col> {
    let s = || Col::Str(Vec::new(), None);
    let os = || Col::Str(Vec::new(), Some(Vec::new()));
    let i = || Col::I32(Vec::new(), Vec::new());
    let f = || Col::F64(Vec::new(), Vec::new());
    vec![
        Col::I64(Vec::new()),
        os(),
        s(),
        os(),
        s(),
        s(),
        os(),
        s(),
        s(),
        s(),
        i(),
        f(),
        os(),
        Col::Bool(Vec::new()),
        os(),
        os(),
        os(),
        f(),
        f(),
        i(),
        i(),
        i(),
        i(),
        i(),
        s(),
        os(),
        s(),
    ]
}

fn push_row(cols: &mut [Col], r: &EventRow) {
    if let Col::I64(v) = &mut cols[0] {
        v.push(r.id);
    }
    push_str(&mut cols[1], r.date.as_deref());
    push_str(&mut cols[2], Some(&r.source));
    push_str(&mut cols[3], r.source_country.as_deref());
    push_str(&mut cols[4], Some(&r.source_name));
    push_str(&mut cols[5], Some(&r.target));
    push_str(&mut cols[6], r.target_country.as_deref());
    push_str(&mut cols[7], Some(&r.target_name));
    push_str(&mut cols[8], Some(&r.cameo));
    push_str(&mut cols[9], Some(&r.root));
    push_i32(&mut cols[10], r.quad_class.map(i64::from));
    push_f64(&mut cols[11], r.goldstein);
    push_str(&mut cols[12], r.plover.as_deref());
    if let Col::Bool(v) = &mut cols[13] {
        v.push(r.negated);
    }
    push_str(&mut cols[14], r.issue.as_deref());
    push_str(&mut cols[15], r.place.as_deref());
    push_str(&mut cols[16], r.place_country.as_deref());
    push_f64(&mut cols[17], r.lat);
    push_f64(&mut cols[18], r.lon);
    push_i32(&mut cols[19], r.killed.map(i64::from));
    push_i32(&mut cols[20], r.injured.map(i64::from));
    push_i32(&mut cols[21], Some(r.num_mentions.into()));
    push_i32(&mut cols[22], Some(r.num_sources.into()));
    push_i32(&mut cols[23], Some(r.num_stories.into()));
    push_str(&mut cols[24], Some(&r.story_id));
    push_str(&mut cols[25], r.url.as_deref());
    push_str(&mut cols[26], Some(&r.sentence));
}

fn flush_group<W: Write + Send>(w: &mut SerializedFileWriter<W>, cols: &mut [Col]) -> Result<()> {
    let mut rg = w.next_row_group().map_err(pq)?;
    let mut i = 0;
    while let Some(mut cw) = rg.next_column().map_err(pq)? {
        let Some(col) = cols.get(i) else {
            return Err(StoreError::Parquet(
                "schema has more columns than the writer".into(),
            ));
        };
        match col {
            Col::I64(v) => {
                cw.typed::<Int64Type>()
                    .write_batch(v, None, None)
                    .map_err(pq)?;
            }
            Col::I32(v, d) => {
                // Required INT32 columns ignore the levels.
                let req = (21..=23).contains(&i);
                let defs = if req { None } else { Some(d.as_slice()) };
                cw.typed::<Int32Type>()
                    .write_batch(v, defs, None)
                    .map_err(pq)?;
            }
            Col::F64(v, d) => {
                cw.typed::<DoubleType>()
                    .write_batch(v, Some(d), None)
                    .map_err(pq)?;
            }
            Col::Bool(v) => {
                cw.typed::<BoolType>()
                    .write_batch(v, None, None)
                    .map_err(pq)?;
            }
            Col::Str(v, d) => {
                cw.typed::<ByteArrayType>()
                    .write_batch(v, d.as_deref(), None)
                    .map_err(pq)?;
            }
        }
        cw.close().map_err(pq)?;
        i += 1;
    }
    rg.close().map_err(pq)?;
    for c in cols.iter_mut() {
        c.clear();
    }
    Ok(())
}

fn parquet_export<W: Write + Send>(
    store: &Store,
    filter: &EventFilter,
    limit: Option<(usize, usize)>,
    out: W,
) -> Result<usize> {
    let schema = Arc::new(parse_message_type(PARQUET_SCHEMA).map_err(pq)?);
    let props = Arc::new(
        WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by("gesta".into())
            .build(),
    );
    let mut w = SerializedFileWriter::new(out, schema, props).map_err(pq)?;
    let mut cols = new_cols();
    let mut in_group = 0usize;
    let mut err: Option<StoreError> = None;
    let n = for_each_event(store, filter, limit, |r| {
        push_row(&mut cols, &r);
        in_group += 1;
        if in_group == ROW_GROUP {
            if let Err(e) = flush_group(&mut w, &mut cols) {
                err = Some(e);
                return Err(StoreError::Parquet("row group write failed".into()));
            }
            in_group = 0;
        }
        Ok(())
    });
    if let Some(e) = err {
        return Err(e);
    }
    let n = n?;
    if in_group > 0 {
        flush_group(&mut w, &mut cols)?;
    }
    w.close().map_err(pq)?;
    Ok(n)
}
