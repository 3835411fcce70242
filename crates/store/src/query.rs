//! Read queries: filters, event rows, aggregates, stories.

use gesta_document::Document;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, Row};

use crate::ingest::iso_day;
use crate::search::fts_query;
use crate::{
    Dyad, EventDetail, EventFilter, EventRow, MentionRow, PlaceCount, Result, Stats, Store,
    StoreError, StorySummary, TimelineDay,
};

/// Default and maximum row counts of list queries.
pub(crate) const DEFAULT_LIMIT: usize = 100;
pub(crate) const MAX_LIMIT: usize = 100_000;

/// A compiled WHERE clause over `events e`.
pub(crate) struct Where {
    pub sql: String,
    pub args: Vec<Value>,
    /// False when the filter can match nothing (e.g. an empty text query).
    pub possible: bool,
}

fn is_country(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn code_arg(s: &str) -> Result<String> {
    let s = s.trim();
    if s.is_empty() || s.len() > 64 {
        return Err(StoreError::BadFilter(format!(
            "actor code must be 1..64 characters, got {} characters",
            s.len()
        )));
    }
    Ok(s.to_uppercase())
}

fn day_arg(what: &str, s: &str) -> Result<String> {
    iso_day(s)
        .filter(|_| s.trim().len() == 10)
        .map(|d| d.to_string())
        .ok_or_else(|| StoreError::BadFilter(format!("{what}: expected YYYY-MM-DD, got {s:?}")))
}

pub(crate) fn compile(f: &EventFilter) -> Result<Where> {
    let mut c: Vec<String> = Vec::new();
    let mut a: Vec<Value> = Vec::new();
    let mut possible = true;
    let push = |a: &mut Vec<Value>, v: String| {
        a.push(Value::Text(v));
        a.len()
    };
    if let Some(x) = &f.actor {
        let x = code_arg(x)?;
        let n = push(&mut a, x.clone());
        if is_country(&x) {
            c.push(format!(
                "(e.src = ?{n} OR e.tgt = ?{n} OR e.src_country = ?{n} OR e.tgt_country = ?{n})"
            ));
        } else {
            c.push(format!("(e.src = ?{n} OR e.tgt = ?{n})"));
        }
    }
    for (side, v) in [("src", &f.source), ("tgt", &f.target)] {
        if let Some(x) = v {
            let x = code_arg(x)?;
            let n = push(&mut a, x.clone());
            if is_country(&x) {
                c.push(format!("(e.{side} = ?{n} OR e.{side}_country = ?{n})"));
            } else {
                c.push(format!("e.{side} = ?{n}"));
            }
        }
    }
    if let Some(x) = &f.country {
        let n = push(&mut a, code_arg(x)?);
        c.push(format!("(e.src_country = ?{n} OR e.tgt_country = ?{n})"));
    }
    if let Some(x) = &f.cameo {
        let x = x.trim();
        if x.is_empty() || x.len() > 8 {
            return Err(StoreError::BadFilter(format!("bad CAMEO code {x:?}")));
        }
        if let Some(p) = x.strip_suffix('*') {
            let lo = push(&mut a, p.to_string());
            let hi = push(&mut a, format!("{p}\u{10FFFF}"));
            c.push(format!("(e.cameo >= ?{lo} AND e.cameo < ?{hi})"));
        } else {
            let n = push(&mut a, x.to_string());
            c.push(format!("e.cameo = ?{n}"));
        }
    }
    if let Some(x) = &f.root {
        let n = push(&mut a, x.trim().to_string());
        c.push(format!("e.root = ?{n}"));
    }
    if let Some(x) = &f.plover {
        let n = push(&mut a, x.trim().to_uppercase());
        c.push(format!("e.plover = ?{n}"));
    }
    if let Some(q) = f.quad_class {
        if !(1..=4).contains(&q) {
            return Err(StoreError::BadFilter(format!(
                "quad class must be 1..4, got {q}"
            )));
        }
        a.push(Value::Integer(q as i64));
        c.push(format!("e.quad = ?{}", a.len()));
    }
    if let Some(x) = &f.date_from {
        let n = push(&mut a, day_arg("date_from", x)?);
        c.push(format!("e.date >= ?{n}"));
    }
    if let Some(x) = &f.date_to {
        let n = push(&mut a, day_arg("date_to", x)?);
        c.push(format!("e.date <= ?{n}"));
    }
    if let Some(x) = &f.place {
        let n = push(&mut a, x.trim().to_lowercase());
        c.push(format!("e.place_key = ?{n}"));
    }
    if let Some(x) = &f.place_country {
        let n = push(&mut a, code_arg(x)?);
        c.push(format!("e.place_country = ?{n}"));
    }
    if let Some(x) = &f.issue {
        let n = push(&mut a, x.trim().to_lowercase());
        c.push(format!("e.issue = ?{n}"));
    }
    if let Some(x) = &f.story {
        let n = push(&mut a, x.clone());
        c.push(format!(
            "e.id IN (SELECT m.event FROM mentions m JOIN documents d ON d.id = m.doc WHERE d.story_id = ?{n})"
        ));
    }
    if let Some(x) = &f.text {
        match fts_query(x) {
            Some(q) => {
                let n = push(&mut a, q);
                c.push(format!(
                    "e.id IN (SELECT m.event FROM mentions m WHERE m.doc IN \
                     (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?{n}))"
                ));
            }
            None => possible = false,
        }
    }
    let sql = if c.is_empty() {
        "1".to_string()
    } else {
        c.join(" AND ")
    };
    Ok(Where {
        sql,
        args: a,
        possible,
    })
}

pub(crate) fn limit_offset(f: &EventFilter) -> (usize, usize) {
    (
        f.limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT),
        f.offset.unwrap_or(0).min(i64::MAX as usize),
    )
}

pub(crate) const EVENT_COLUMNS: &str =
    "e.id, e.date, e.src, e.src_country, e.src_name, e.tgt, e.tgt_country, e.tgt_name,
    e.cameo, e.root, e.quad, e.goldstein, e.plover, e.negated, e.issue, e.place, e.place_country,
    e.lat, e.lon, e.killed, e.injured, e.num_mentions, e.num_sources, e.num_stories,
    d.story_id, d.url, CAST(substr(CAST(d.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT), e.plover_mode, e.plover_context";

pub(crate) const EVENT_JOINS: &str = "LEFT JOIN mentions fm ON fm.id = e.first_mention
    LEFT JOIN documents d ON d.id = fm.doc
    LEFT JOIN sentences s ON s.doc = fm.doc AND s.idx = fm.sentence";

pub(crate) fn event_row(r: &Row<'_>) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        id: r.get(0)?,
        date: r.get(1)?,
        source: r.get(2)?,
        source_country: r.get(3)?,
        source_name: r.get(4)?,
        target: r.get(5)?,
        target_country: r.get(6)?,
        target_name: r.get(7)?,
        cameo: r.get(8)?,
        root: r.get(9)?,
        quad_class: r.get(10)?,
        goldstein: r.get(11)?,
        plover: r.get(12)?,
        plover_mode: r.get(27)?,
        plover_context: r.get(28)?,
        negated: r.get(13)?,
        issue: r.get(14)?,
        place: r.get(15)?,
        place_country: r.get(16)?,
        lat: r.get(17)?,
        lon: r.get(18)?,
        killed: r.get(19)?,
        injured: r.get(20)?,
        num_mentions: r.get(21)?,
        num_sources: r.get(22)?,
        num_stories: r.get(23)?,
        story_id: r.get::<_, Option<String>>(24)?.unwrap_or_default(),
        url: r.get(25)?,
        sentence: r.get::<_, Option<String>>(26)?.unwrap_or_default(),
    })
}

/// Runs `f` for every event row matching the filter, newest first.
pub(crate) fn for_each_event(
    store: &Store,
    filter: &EventFilter,
    limit: Option<(usize, usize)>,
    mut f: impl FnMut(EventRow) -> Result<()>,
) -> Result<usize> {
    let w = compile(filter)?;
    if !w.possible {
        return Ok(0);
    }
    let mut sql = format!(
        "SELECT {EVENT_COLUMNS} FROM events e {EVENT_JOINS} WHERE {} ORDER BY e.date DESC, e.id DESC",
        w.sql
    );
    if let Some((l, o)) = limit {
        sql.push_str(&format!(" LIMIT {l} OFFSET {o}"));
    }
    let mut st = store.conn.prepare_cached(&sql)?;
    let mut rows = st.query(params_from_iter(w.args.iter()))?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        f(event_row(r)?)?;
        n += 1;
    }
    Ok(n)
}

pub(crate) fn events(store: &Store, filter: &EventFilter) -> Result<Vec<EventRow>> {
    let mut out = Vec::new();
    for_each_event(store, filter, Some(limit_offset(filter)), |r| {
        out.push(r);
        Ok(())
    })?;
    Ok(out)
}

pub(crate) fn count_events(store: &Store, filter: &EventFilter) -> Result<u64> {
    let w = compile(filter)?;
    if !w.possible {
        return Ok(0);
    }
    let sql = format!("SELECT COUNT(*) FROM events e WHERE {}", w.sql);
    Ok(store
        .conn
        .prepare_cached(&sql)?
        .query_row(params_from_iter(w.args.iter()), |r| r.get::<_, i64>(0))? as u64)
}

const MENTION_COLUMNS: &str = "m.id, m.event, d.story_id, d.title, d.date, d.outlet, d.url, m.event_index,
    m.sentence, CAST(substr(CAST(d.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT), s.start, s.end, m.trigger, m.trigger_start, m.trigger_end, m.src, m.src_name,
    m.tgt, m.tgt_name, m.cameo, m.date, m.negated, m.modality, m.attribution, m.issue, m.pattern";

fn mention_row(r: &Row<'_>) -> rusqlite::Result<MentionRow> {
    Ok(MentionRow {
        id: r.get(0)?,
        event_id: r.get(1)?,
        story_id: r.get(2)?,
        story_title: r.get(3)?,
        story_date: r.get(4)?,
        outlet: r.get(5)?,
        url: r.get(6)?,
        event_index: r.get::<_, i64>(7)? as usize,
        sentence_index: r.get::<_, i64>(8)? as usize,
        sentence: r.get::<_, Option<String>>(9)?.unwrap_or_default(),
        sentence_start: r.get::<_, Option<i64>>(10)?.unwrap_or(0) as usize,
        sentence_end: r.get::<_, Option<i64>>(11)?.unwrap_or(0) as usize,
        trigger: r.get(12)?,
        trigger_start: r.get::<_, i64>(13)? as usize,
        trigger_end: r.get::<_, i64>(14)? as usize,
        source: r.get(15)?,
        source_name: r.get(16)?,
        target: r.get(17)?,
        target_name: r.get(18)?,
        cameo: r.get(19)?,
        date: r.get(20)?,
        negated: r.get(21)?,
        modality: r.get(22)?,
        attribution: r.get(23)?,
        issue: r.get(24)?,
        pattern: r.get(25)?,
    })
}

pub(crate) fn mentions_where(
    store: &Store,
    cond: &str,
    args: &[Value],
    order: &str,
) -> Result<Vec<MentionRow>> {
    let sql = format!(
        "SELECT {MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.doc
         LEFT JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence WHERE {cond} ORDER BY {order}"
    );
    let mut st = store.conn.prepare_cached(&sql)?;
    let rows = st.query_map(params_from_iter(args.iter()), mention_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(crate) fn event(store: &Store, id: i64) -> Result<Option<EventDetail>> {
    let sql = format!("SELECT {EVENT_COLUMNS} FROM events e {EVENT_JOINS} WHERE e.id = ?1");
    let Some(event) = store
        .conn
        .prepare_cached(&sql)?
        .query_row([id], event_row)
        .optional()?
    else {
        return Ok(None);
    };
    let mentions = mentions_where(store, "m.event = ?1", &[Value::Integer(id)], "d.date, m.id")?;
    Ok(Some(EventDetail { event, mentions }))
}

pub(crate) fn story_mentions(store: &Store, story_id: &str) -> Result<Vec<MentionRow>> {
    mentions_where(
        store,
        "d.story_id = ?1",
        &[Value::Text(story_id.to_string())],
        "m.sentence, m.trigger_start, m.id",
    )
}

pub(crate) fn timeline(store: &Store, filter: &EventFilter) -> Result<Vec<TimelineDay>> {
    let w = compile(filter)?;
    if !w.possible {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT e.date, e.quad, COUNT(*), SUM(e.goldstein), COUNT(e.goldstein) FROM events e
         WHERE e.date IS NOT NULL AND {} GROUP BY e.date, e.quad ORDER BY e.date",
        w.sql
    );
    let mut st = store.conn.prepare_cached(&sql)?;
    let mut rows = st.query(params_from_iter(w.args.iter()))?;
    let mut out: Vec<TimelineDay> = Vec::new();
    let mut sums: Vec<(f64, u64)> = Vec::new();
    while let Some(r) = rows.next()? {
        let date: String = r.get(0)?;
        let quad: Option<i64> = r.get(1)?;
        let n = r.get::<_, i64>(2)? as u64;
        let gsum: Option<f64> = r.get(3)?;
        let gn = r.get::<_, i64>(4)? as u64;
        if out.last().is_none_or(|d| d.date != date) {
            out.push(TimelineDay {
                date,
                ..Default::default()
            });
            sums.push((0.0, 0));
        }
        let (Some(day), Some(s)) = (out.last_mut(), sums.last_mut()) else {
            continue;
        };
        match quad {
            Some(q @ 1..=4) => day.quad[(q - 1) as usize] += n,
            _ => day.other += n,
        }
        day.total += n;
        s.0 += gsum.unwrap_or(0.0);
        s.1 += gn;
    }
    for (d, (s, n)) in out.iter_mut().zip(sums) {
        d.mean_goldstein = (n > 0).then(|| s / n as f64);
    }
    Ok(out)
}

pub(crate) fn network(store: &Store, filter: &EventFilter) -> Result<Vec<Dyad>> {
    let w = compile(filter)?;
    if !w.possible {
        return Ok(Vec::new());
    }
    let (limit, offset) = limit_offset(filter);
    let sql = format!(
        "SELECT e.src, e.tgt, COUNT(*) AS n, AVG(e.goldstein) FROM events e
         WHERE e.src <> '' AND e.tgt <> '' AND {} GROUP BY e.src, e.tgt
         ORDER BY n DESC, e.src, e.tgt LIMIT {limit} OFFSET {offset}",
        w.sql
    );
    let mut st = store.conn.prepare_cached(&sql)?;
    let rows = st.query_map(params_from_iter(w.args.iter()), |r| {
        Ok(Dyad {
            source: r.get(0)?,
            target: r.get(1)?,
            events: r.get::<_, i64>(2)? as u64,
            mean_goldstein: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(crate) fn places(store: &Store, filter: &EventFilter) -> Result<Vec<PlaceCount>> {
    let w = compile(filter)?;
    if !w.possible {
        return Ok(Vec::new());
    }
    let (limit, offset) = limit_offset(filter);
    let sql = format!(
        "SELECT MIN(e.place), e.place_country, AVG(e.lat), AVG(e.lon), COUNT(*) AS n, AVG(e.goldstein)
         FROM events e WHERE e.place_key IS NOT NULL AND {}
         GROUP BY e.place_key, e.place_country ORDER BY n DESC, e.place_key LIMIT {limit} OFFSET {offset}",
        w.sql
    );
    let mut st = store.conn.prepare_cached(&sql)?;
    let rows = st.query_map(params_from_iter(w.args.iter()), |r| {
        Ok(PlaceCount {
            name: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
            country: r.get(1)?,
            lat: r.get(2)?,
            lon: r.get(3)?,
            events: r.get::<_, i64>(4)? as u64,
            mean_goldstein: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(crate) fn story(store: &Store, id: &str) -> Result<Option<Document>> {
    let row: Option<(String, Vec<u8>)> = store
        .conn
        .prepare_cached("SELECT text, json FROM documents WHERE story_id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((text, packed)) = row else {
        return Ok(None);
    };
    let corrupt = |message: String| StoreError::Corrupt {
        id: id.to_string(),
        message,
    };
    let json = zstd::stream::decode_all(packed.as_slice()).map_err(|e| corrupt(e.to_string()))?;
    let mut doc: Document = serde_json::from_slice(&json).map_err(|e| corrupt(e.to_string()))?;
    doc.text = text;
    Ok(Some(doc))
}

pub(crate) fn stories(store: &Store, limit: usize, offset: usize) -> Result<Vec<StorySummary>> {
    let mut st = store.conn.prepare_cached(
        "SELECT d.story_id, d.title, d.date, d.outlet, d.url, d.bytes,
            (SELECT COUNT(*) FROM mentions m WHERE m.doc = d.id)
         FROM documents d ORDER BY d.date DESC, d.id DESC LIMIT ?1 OFFSET ?2",
    )?;
    let rows = st.query_map(params![limit.min(MAX_LIMIT) as i64, offset as i64], |r| {
        Ok(StorySummary {
            id: r.get(0)?,
            title: r.get(1)?,
            date: r.get(2)?,
            outlet: r.get(3)?,
            url: r.get(4)?,
            bytes: r.get::<_, i64>(5)? as u64,
            events: r.get::<_, i64>(6)? as u64,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(crate) fn stats(store: &Store) -> Result<Stats> {
    let count = |table: &str| -> Result<u64> {
        Ok(store
            .conn
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| {
                r.get::<_, i64>(0)
            })? as u64)
    };
    let (first_date, last_date) =
        store
            .conn
            .query_row("SELECT MIN(date), MAX(date) FROM events", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
    Ok(Stats {
        stories: count("documents")?,
        sentences: count("sentences")?,
        actors: count("actors")?,
        mentions: count("mentions")?,
        events: count("events")?,
        places: count("places")?,
        times: count("times")?,
        quotes: count("quotes")?,
        first_date,
        last_date,
        schema_version: store.schema_version()?,
    })
}
