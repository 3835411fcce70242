//! Event output formats: `events` (JSON Lines), `gdelt` (GDELT 2.0 event
//! table, tab-separated), `plover` (PLOVER/POLECAT JSON records) and `csv`.
//! The columns are documented in `docs/formats.md`.

use std::io::{self, Write};
use std::str::FromStr;

use gesta_document::{Document, Event, EventActor};
use serde_json::{json, Map, Value};

use crate::ontology::Ontology;

/// An event output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Events,
    Gdelt,
    Plover,
    Csv,
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "events" | "jsonl" => Ok(Format::Events),
            "gdelt" => Ok(Format::Gdelt),
            "plover" | "polecat" => Ok(Format::Plover),
            "csv" => Ok(Format::Csv),
            o => Err(format!(
                "unknown event format '{o}' (expected events, gdelt, plover or csv)"
            )),
        }
    }
}

/// The GDELT 2.0 event table columns, in order.
pub const GDELT_COLUMNS: &[&str] = &[
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The PLOVER/POLECAT record keys, in order.
pub const POLECAT_COLUMNS: &[&str] = &[
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Intensity",
    "Quad Code",
    "Contexts",
    "Actor Name",
    "Actor Country",
    "Actor COW",
    "Primary Actor Sector",
    "Actor Sectors",
    "Actor Title",
    "Actor Name Raw",
    "Wikipedia Actor ID",
    "Recipient Name",
    "Recipient Country",
    "Recipient COW",
    "Primary Recipient Sector",
    "Recipient Sectors",
    "Recipient Title",
    "Recipient Name Raw",
    "Wikipedia Recipient ID",
    "Placename",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story People",
    "Story Organizations",
    "Story Locations",
    "Language",
    "Version",
];

/// The CSV columns.
pub const CSV_COLUMNS: &[&str] = &[
    "doc_id",
    "date",
    "event_date",
    "sentence",
    "trigger",
    "source_code",
    "source_country",
    "source_sector",
    "source_text",
    "target_code",
    "target_country",
    "target_sector",
    "target_text",
    "cameo",
    "root",
    "goldstein",
    "quad_class",
    "plover_type",
    "plover_mode",
    "plover_context",
    "negated",
    "modality",
    "attribution",
    "attribution_code",
    "time",
    "time_precision",
    "place",
    "place_country",
    "lat",
    "lon",
    "killed",
    "injured",
    "issue",
    "pattern",
];

const VERSION: &str = concat!("gesta-coder-", env!("CARGO_PKG_VERSION"));

/// The date of an event (`YYYY-MM-DD`): its own time when it is a day,
/// otherwise the story date.
pub fn event_date(doc: &Document, e: &Event) -> Option<String> {
    if let Some(t) = &e.time {
        let v = t.value.as_str();
        if v.len() >= 10 && is_iso_day(&v[..10]) && (t.precision == "day" || v.len() == 10) {
            return Some(v[..10].to_string());
        }
        if t.precision == "interval" {
            if let Some((_, end)) = v.split_once('/') {
                if end.len() >= 10 && is_iso_day(&end[..10]) {
                    return Some(end[..10].to_string());
                }
            }
        }
    }
    doc.date
        .as_deref()
        .filter(|d| d.len() >= 10 && is_iso_day(&d[..10]))
        .map(|d| d[..10].to_string())
}

fn is_iso_day(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// One `events` record: the event's fields plus `doc_id` and `date`.
pub fn event_record(doc: &Document, e: &Event) -> Value {
    let mut m = Map::new();
    m.insert("doc_id".into(), json!(doc.id));
    m.insert("date".into(), json!(doc.date));
    if let Ok(Value::Object(fields)) = serde_json::to_value(e) {
        for (k, v) in fields {
            m.insert(k, v);
        }
    }
    Value::Object(m)
}

/// Pairs of (source, target) for formats with one actor per side.
fn pairs(e: &Event) -> Vec<(Option<&EventActor>, Option<&EventActor>)> {
    let src: Vec<Option<&EventActor>> = if e.source.is_empty() {
        vec![None]
    } else {
        e.source.iter().map(Some).collect()
    };
    let tgt: Vec<Option<&EventActor>> = if e.target.is_empty() {
        vec![None]
    } else {
        e.target.iter().map(Some).collect()
    };
    let mut out = Vec::new();
    for s in &src {
        for t in &tgt {
            out.push((*s, *t));
        }
    }
    out
}

fn fmt_f(x: Option<f64>) -> String {
    x.map(|v| format!("{v}")).unwrap_or_default()
}

/// GDELT geo type of the event place: 1 country, 2 US state, 3 US city,
/// 4 world city, 5 world state.
fn geo_type(doc: &Document, e: &Event) -> String {
    let Some(p) = &e.place else {
        return String::new();
    };
    let feature = p
        .mention
        .and_then(|m| doc.places.get(m))
        .map(|m| m.feature.as_str())
        .unwrap_or("");
    let us = matches!(p.country.as_deref(), Some("USA" | "US"));
    match feature {
        "country" => "1",
        "admin1" if us => "2",
        "admin1" => "5",
        _ if p.lat.is_none() => "1",
        _ if us => "3",
        _ => "4",
    }
    .to_string()
}

/// GDELT 2.0 event rows (one per source/target pair) for a document;
/// `next_id` numbers GLOBALEVENTID and is advanced.
pub fn gdelt_rows(doc: &Document, next_id: &mut u64) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for e in &doc.events {
        let date = event_date(doc, e).unwrap_or_default();
        let (sql, month, year, frac) = if date.len() == 10 {
            let y: f64 = date[..4].parse().unwrap_or(0.0);
            let mo: f64 = date[5..7].parse().unwrap_or(0.0);
            let d: f64 = date[8..10].parse().unwrap_or(0.0);
            (
                date.replace('-', ""),
                format!("{}{}", &date[..4], &date[5..7]),
                date[..4].to_string(),
                format!("{:.4}", y + (mo * 30.0 + d) / 365.0),
            )
        } else {
            Default::default()
        };
        let is_root = doc
            .sentences
            .get(e.sentence)
            .map(|s| s.paragraph == 0)
            .unwrap_or(false);
        let added = match doc.date.as_deref() {
            Some(d) if d.len() >= 10 && is_iso_day(&d[..10]) => {
                format!("{}000000", d[..10].replace('-', ""))
            }
            _ => String::new(),
        };
        let url = doc
            .meta
            .url
            .clone()
            .or_else(|| doc.meta.path.clone())
            .unwrap_or_else(|| doc.id.clone());
        for (s, t) in pairs(e) {
            let actor = |a: Option<&EventActor>| -> Vec<String> {
                match a {
                    None => vec![String::new(); 10],
                    Some(a) => vec![
                        a.code.clone(),
                        a.text.to_uppercase(),
                        a.country.clone().unwrap_or_default(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        a.sector.clone().unwrap_or_default(),
                        String::new(),
                        String::new(),
                    ],
                }
            };
            let mut r = vec![
                next_id.to_string(),
                sql.clone(),
                month.clone(),
                year.clone(),
                frac.clone(),
            ];
            *next_id += 1;
            r.extend(actor(s));
            r.extend(actor(t));
            let base: String = e.cameo.chars().take(3).collect();
            r.extend([
                (is_root as u8).to_string(),
                e.cameo.clone(),
                base,
                e.root.clone(),
                e.quad_class.map(|q| q.to_string()).unwrap_or_default(),
                fmt_f(e.goldstein),
                "1".into(),
                "1".into(),
                "1".into(),
                String::new(),
            ]);
            // Actor1Geo_*, Actor2Geo_*: not filled.
            r.extend(std::iter::repeat_n(String::new(), 16));
            match &e.place {
                Some(p) => r.extend([
                    geo_type(doc, e),
                    p.name.clone(),
                    p.country.clone().unwrap_or_default(),
                    String::new(),
                    String::new(),
                    fmt_f(p.lat),
                    fmt_f(p.lon),
                    p.geonames_id.map(|g| g.to_string()).unwrap_or_default(),
                ]),
                None => r.extend(std::iter::repeat_n(String::new(), 8)),
            }
            r.push(added.clone());
            r.push(url.clone());
            debug_assert_eq!(r.len(), GDELT_COLUMNS.len());
            rows.push(r);
        }
    }
    rows
}

/// PLOVER/POLECAT records for a document (events without a PLOVER type,
/// i.e. CAMEO 01x/02x, are left out).
pub fn plover_records(doc: &Document, onto: &Ontology) -> Vec<Value> {
    let mut out = Vec::new();
    let people = |kind: gesta_document::ActorKind| -> Vec<String> {
        let mut v: Vec<String> = doc
            .actors
            .iter()
            .filter(|a| a.kind == kind)
            .map(|a| a.name.clone().unwrap_or_else(|| a.text.clone()))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let story_people = people(gesta_document::ActorKind::Person);
    let story_orgs = people(gesta_document::ActorKind::Organisation);
    let mut story_locs: Vec<String> = doc.places.iter().map(|p| p.name.clone()).collect();
    story_locs.sort();
    story_locs.dedup();
    for (i, e) in doc.events.iter().enumerate() {
        let Some(pl) = &e.plover else { continue };
        for (k, (s, t)) in pairs(e).into_iter().enumerate() {
            let name = |a: Option<&EventActor>| -> Value {
                a.map(|a| {
                    a.mention
                        .and_then(|m| doc.actors.get(m))
                        .and_then(|m| m.name.clone())
                        .unwrap_or_else(|| a.text.clone())
                })
                .map_or(Value::Null, Value::String)
            };
            let field = |a: Option<&EventActor>, f: fn(&EventActor) -> Option<String>| -> Value {
                a.and_then(f).map_or(Value::Null, Value::String)
            };
            let sectors = |a: Option<&EventActor>| -> Value {
                match a.and_then(|a| a.sector.clone()) {
                    Some(s) => json!([s]),
                    None => json!([]),
                }
            };
            let contexts: Vec<&str> = pl
                .context
                .split([';', ','])
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            let place = e.place.as_ref();
            let pm = place
                .and_then(|p| p.mention)
                .and_then(|m| doc.places.get(m));
            let mut m = Map::new();
            let mut put = |k: &str, v: Value| {
                m.insert(k.to_string(), v);
            };
            put(
                "Event ID",
                json!(format!("{}_{}_{}_{}", doc.id, i, k, pl.event_type)),
            );
            put("Event Date", json!(event_date(doc, e)));
            put("Event Type", json!(pl.event_type));
            put("Event Mode", json!(pl.mode));
            put(
                "Intensity",
                json!(onto.plover_score(&pl.event_type, &pl.mode)),
            );
            put("Quad Code", json!(e.quad_class));
            put("Contexts", json!(contexts));
            put("Actor Name", name(s));
            put("Actor Country", field(s, |a| a.country.clone()));
            put("Actor COW", Value::Null);
            put("Primary Actor Sector", field(s, |a| a.sector.clone()));
            put("Actor Sectors", sectors(s));
            put("Actor Title", Value::Null);
            put("Actor Name Raw", field(s, |a| Some(a.text.clone())));
            put("Wikipedia Actor ID", Value::Null);
            put("Recipient Name", name(t));
            put("Recipient Country", field(t, |a| a.country.clone()));
            put("Recipient COW", Value::Null);
            put("Primary Recipient Sector", field(t, |a| a.sector.clone()));
            put("Recipient Sectors", sectors(t));
            put("Recipient Title", Value::Null);
            put("Recipient Name Raw", field(t, |a| Some(a.text.clone())));
            put("Wikipedia Recipient ID", Value::Null);
            put("Placename", json!(place.map(|p| p.name.clone())));
            let feature = pm.map(|p| p.feature.clone()).unwrap_or_default();
            put(
                "City",
                json!(place.filter(|_| feature == "city").map(|p| p.name.clone())),
            );
            put("District", Value::Null);
            put(
                "Province",
                json!(place
                    .filter(|_| feature == "admin1")
                    .map(|p| p.name.clone())),
            );
            put("Country", json!(place.and_then(|p| p.country.clone())));
            put("Latitude", json!(place.and_then(|p| p.lat)));
            put("Longitude", json!(place.and_then(|p| p.lon)));
            put("GeoNames ID", json!(place.and_then(|p| p.geonames_id)));
            put("Raw Placename", json!(pm.map(|p| p.text.clone())));
            put(
                "Feature Type",
                if feature.is_empty() {
                    Value::Null
                } else {
                    json!(feature)
                },
            );
            put("Source", json!(doc.meta.source));
            put("Publication Date", json!(doc.date));
            put("Story People", json!(story_people));
            put("Story Organizations", json!(story_orgs));
            put("Story Locations", json!(story_locs));
            put("Language", json!("en"));
            put("Version", json!(VERSION));
            out.push(Value::Object(m));
        }
    }
    out
}

fn join_actors(v: &[EventActor], f: impl Fn(&EventActor) -> String) -> String {
    v.iter().map(f).collect::<Vec<_>>().join(";")
}

/// CSV rows (one per event; compound actors joined with `;`).
pub fn csv_rows(doc: &Document) -> Vec<Vec<String>> {
    doc.events
        .iter()
        .map(|e| {
            let pl = e.plover.clone().unwrap_or_default();
            vec![
                doc.id.clone(),
                doc.date.clone().unwrap_or_default(),
                event_date(doc, e).unwrap_or_default(),
                e.sentence.to_string(),
                e.trigger.text.clone(),
                join_actors(&e.source, |a| a.code.clone()),
                join_actors(&e.source, |a| a.country.clone().unwrap_or_default()),
                join_actors(&e.source, |a| a.sector.clone().unwrap_or_default()),
                join_actors(&e.source, |a| a.text.clone()),
                join_actors(&e.target, |a| a.code.clone()),
                join_actors(&e.target, |a| a.country.clone().unwrap_or_default()),
                join_actors(&e.target, |a| a.sector.clone().unwrap_or_default()),
                join_actors(&e.target, |a| a.text.clone()),
                e.cameo.clone(),
                e.root.clone(),
                fmt_f(e.goldstein),
                e.quad_class.map(|q| q.to_string()).unwrap_or_default(),
                pl.event_type,
                pl.mode,
                pl.context,
                e.negated.to_string(),
                e.modality.clone().unwrap_or_default(),
                e.attribution
                    .as_ref()
                    .map(|a| a.text.clone())
                    .unwrap_or_default(),
                e.attribution
                    .as_ref()
                    .and_then(|a| a.code.clone())
                    .unwrap_or_default(),
                e.time.as_ref().map(|t| t.value.clone()).unwrap_or_default(),
                e.time
                    .as_ref()
                    .map(|t| t.precision.clone())
                    .unwrap_or_default(),
                e.place.as_ref().map(|p| p.name.clone()).unwrap_or_default(),
                e.place
                    .as_ref()
                    .and_then(|p| p.country.clone())
                    .unwrap_or_default(),
                fmt_f(e.place.as_ref().and_then(|p| p.lat)),
                fmt_f(e.place.as_ref().and_then(|p| p.lon)),
                e.killed.map(|k| k.to_string()).unwrap_or_default(),
                e.injured.map(|k| k.to_string()).unwrap_or_default(),
                e.issue.clone().unwrap_or_default(),
                e.pattern.clone().unwrap_or_default(),
            ]
        })
        .collect()
}

/// RFC 4180 quoting of one CSV field.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// GDELT fields cannot hold tabs or newlines.
fn tsv_field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// Writes events of many documents in one format (numbering GDELT ids and
/// printing the CSV header once).
pub struct EventWriter<W: Write> {
    out: W,
    format: Format,
    ontology: Ontology,
    next_id: u64,
    started: bool,
    /// The `events` records of a document, written out at once.
    buf: Vec<u8>,
}

impl<W: Write> EventWriter<W> {
    pub fn new(out: W, format: Format, ontology: Ontology) -> Self {
        EventWriter {
            out,
            format,
            ontology,
            next_id: 1,
            started: false,
            buf: Vec::new(),
        }
    }

    /// Writes the header, if the format has one (CSV), even with no events.
    pub fn header(&mut self) -> io::Result<()> {
        if !self.started {
            self.started = true;
            if self.format == Format::Csv {
                writeln!(self.out, "{}", CSV_COLUMNS.join(","))?;
            }
        }
        Ok(())
    }

    // (not inlined: one call per document, and it shows in profiles)
    #[inline(never)]
    pub fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        self.header()?;
        match self.format {
            Format::Events => {
                // (the bytes of `event_record`'s `Value`, without building it)
                self.buf.clear();
                for e in &doc.events {
                    crate::json_out::event_record(&mut self.buf, doc, e);
                    self.buf.push(b'\n');
                }
                self.out.write_all(&self.buf)?;
            }
            Format::Gdelt => {
                for r in gdelt_rows(doc, &mut self.next_id) {
                    let r: Vec<String> = r.iter().map(|f| tsv_field(f)).collect();
                    writeln!(self.out, "{}", r.join("\t"))?;
                }
            }
            Format::Plover => {
                for r in plover_records(doc, &self.ontology) {
                    writeln!(self.out, "{r}")?;
                }
            }
            Format::Csv => {
                for r in csv_rows(doc) {
                    let r: Vec<String> = r.iter().map(|f| csv_field(f)).collect();
                    writeln!(self.out, "{}", r.join(","))?;
                }
            }
        }
        Ok(())
    }

    pub fn into_inner(self) -> W {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gesta_document::{EventPlace, EventTime, Plover, Sentence};

    fn doc() -> Document {
        let mut d = Document::new("d1", "Rubio met Lavrov, in Paris.");
        d.date = Some("2025-04-17".into());
        d.sentences.push(Sentence {
            start: 0,
            end: 27,
            paragraph: 0,
            token_start: 0,
            token_end: 0,
        });
        let a = |code: &str, c: &str, t: &str, s: usize| EventActor {
            code: code.into(),
            country: Some(c.into()),
            sector: Some("GOV".into()),
            text: t.into(),
            start: s,
            end: s + t.len(),
            mention: None,
        };
        let mut e = Event {
            sentence: 0,
            cameo: "042".into(),
            source: vec![a("USAGOV", "USA", "Rubio", 0)],
            target: vec![
                a("RUSGOV", "RUS", "Lavrov", 10),
                a("FRAGOV", "FRA", "Paris, \"x\"", 21),
            ],
            time: Some(EventTime {
                value: "2025-04-16".into(),
                precision: "day".into(),
                expression: None,
            }),
            place: Some(EventPlace {
                name: "Paris".into(),
                country: Some("FRA".into()),
                lat: Some(48.85),
                lon: Some(2.35),
                geonames_id: Some(2988507),
                mention: None,
            }),
            ..Default::default()
        };
        crate::enrich(&Ontology::embedded().unwrap(), &mut e);
        d.events.push(e);
        let mut e2 = d.events[0].clone();
        e2.cameo = "010".into();
        e2.plover = None;
        e2.time = None;
        d.events.push(e2);
        d
    }

    #[test]
    fn gdelt_has_61_columns_and_dates() {
        let d = doc();
        let mut id = 7;
        let rows = gdelt_rows(&d, &mut id);
        assert_eq!(rows.len(), 4);
        assert_eq!(id, 11);
        for r in &rows {
            assert_eq!(r.len(), 61);
        }
        let r = &rows[0];
        assert_eq!(r[0], "7");
        assert_eq!(r[1], "20250416");
        assert_eq!(r[2], "202504");
        assert_eq!(r[5], "USAGOV");
        assert_eq!(r[15], "RUSGOV");
        assert_eq!(r[26], "042");
        assert_eq!(r[28], "04");
        assert_eq!(r[51], "4");
        assert_eq!(r[56], "48.85");
        assert_eq!(r[59], "20250417000000");
        // The second event has no time: the story date.
        assert_eq!(rows[2][1], "20250417");
    }

    #[test]
    fn plover_skips_01_and_02() {
        let d = doc();
        let recs = plover_records(&d, &Ontology::embedded().unwrap());
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0]["Event Type"], "CONSULT");
        assert_eq!(recs[0]["Event Mode"], "visit");
        assert_eq!(recs[0]["Intensity"], 4.0);
        assert_eq!(recs[0]["Recipient Country"], "RUS");
        assert_eq!(recs[0]["Event Date"], "2025-04-16");
        assert_eq!(recs[0].as_object().unwrap().len(), POLECAT_COLUMNS.len());
        for k in POLECAT_COLUMNS {
            assert!(recs[0].get(*k).is_some(), "{k}");
        }
    }

    #[test]
    fn writers() {
        let d = doc();
        for (f, lines) in [
            (Format::Events, 2),
            (Format::Gdelt, 4),
            (Format::Plover, 2),
            (Format::Csv, 3),
        ] {
            let mut w = EventWriter::new(Vec::new(), f, Ontology::embedded().unwrap());
            w.write_doc(&d).unwrap();
            let s = String::from_utf8(w.into_inner()).unwrap();
            assert_eq!(s.lines().count(), lines, "{f:?}: {s}");
        }
        let mut w = EventWriter::new(Vec::new(), Format::Csv, Ontology::embedded().unwrap());
        w.write_doc(&d).unwrap();
        let s = String::from_utf8(w.into_inner()).unwrap();
        assert!(s.contains("\"Lavrov;Paris, \"\"x\"\"\""), "{s}");
        let rec = event_record(&d, &d.events[0]);
        assert_eq!(rec["doc_id"], "d1");
        assert_eq!(rec["cameo"], "042");
        let _ = Plover::default();
        assert!("xml".parse::<Format>().is_err());
    }
}
