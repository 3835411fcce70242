//! Read queries: filters, event rows, aggregates, stories.

use gesta_document::Document;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

use crate::ingest::iso_day;
use crate::rollup::{self, day_number, SRC, SRC_COUNTRY, TGT, TGT_COUNTRY};
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
    /// FROM clause: `events e`, or the actor index joined to it.
    pub from: String,
    pub sql: String,
    pub args: Vec<Value>,
    /// ORDER BY for newest-first lists.
    pub order: &'static str,
    /// False when the filter can match nothing (e.g. an empty text query).
    pub possible: bool,
}

/// How a filter is turned into SQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Plan {
    /// The straightforward SQL over `events` only (the reference the fast
    /// paths are tested against).
    Reference,
    /// Use the derived tables: an actor filter scans `event_actors` in
    /// (actor, day, event) order; a text filter is checked per event when
    /// it matches many stories. `want` = rows a list query needs
    /// (limit + offset), `None` for aggregates.
    Fast { want: Option<usize> },
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

/// Julian day bounds of a filter's date range: `(lo, hi)` inclusive, with
/// `lo >= 1` whenever a bound is set (day 0 = no date never matches).
pub(crate) fn day_bounds(f: &EventFilter) -> Result<Option<(i64, i64)>> {
    if f.date_from.is_none() && f.date_to.is_none() {
        return Ok(None);
    }
    let num = |what: &str, v: &str| -> Result<i64> {
        let d = day_arg(what, v)?;
        Ok(iso_day(&d).map(day_number).unwrap_or(0))
    };
    let lo = match &f.date_from {
        Some(v) => num("date_from", v)?.max(1),
        None => 1,
    };
    let hi = match &f.date_to {
        Some(v) => num("date_to", v)?,
        None => i64::MAX,
    };
    Ok(Some((lo, hi)))
}

/// The actor-like filters as (key, role mask), in priority order.
pub(crate) fn actor_keys(f: &EventFilter) -> Result<Vec<(String, i64)>> {
    let mut out = Vec::new();
    if let Some(x) = &f.actor {
        let x = code_arg(x)?;
        let m = if is_country(&x) {
            SRC | TGT | SRC_COUNTRY | TGT_COUNTRY
        } else {
            SRC | TGT
        };
        out.push((x, m));
    }
    if let Some(x) = &f.source {
        let x = code_arg(x)?;
        let m = if is_country(&x) {
            SRC | SRC_COUNTRY
        } else {
            SRC
        };
        out.push((x, m));
    }
    if let Some(x) = &f.target {
        let x = code_arg(x)?;
        let m = if is_country(&x) {
            TGT | TGT_COUNTRY
        } else {
            TGT
        };
        out.push((x, m));
    }
    if let Some(x) = &f.country {
        out.push((code_arg(x)?, SRC_COUNTRY | TGT_COUNTRY));
    }
    Ok(out)
}

/// The SQL condition of one actor key on `alias` (`events` or a dyad
/// rollup, which have the same four columns; unknown countries are NULL
/// or '' and never equal a key).
fn actor_cond(alias: &str, mask: i64, n: usize) -> String {
    let mut parts = Vec::new();
    for (bit, col) in [
        (SRC, "src"),
        (TGT, "tgt"),
        (SRC_COUNTRY, "src_country"),
        (TGT_COUNTRY, "tgt_country"),
    ] {
        if mask & bit != 0 {
            parts.push(format!("{alias}.{col} = ?{n}"));
        }
    }
    format!("({})", parts.join(" OR "))
}

/// Stories matching a text query, counted up to `cap`.
fn fts_matches(conn: &Connection, q: &str, cap: usize) -> Result<usize> {
    Ok(conn
        .prepare_cached(
            "SELECT COUNT(*) FROM (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?1 LIMIT ?2)",
        )?
        .query_row(params![q, cap as i64], |r| r.get::<_, i64>(0))? as usize)
}

pub(crate) fn compile(conn: &Connection, f: &EventFilter, plan: Plan) -> Result<Where> {
    let mut c: Vec<String> = Vec::new();
    let mut a: Vec<Value> = Vec::new();
    let mut possible = true;
    let mut from = "events e".to_string();
    let mut order = "e.date DESC, e.id DESC";
    let push = |a: &mut Vec<Value>, v: String| {
        a.push(Value::Text(v));
        a.len()
    };
    let keys = actor_keys(f)?;
    let bounds = day_bounds(f)?;
    let mut driver_dates = false;
    for (i, (key, mask)) in keys.iter().enumerate() {
        if i == 0 && plan != Plan::Reference {
            // Drive the query from the actor index.
            match rollup::actor_id(conn, key)? {
                Some(id) => {
                    from = "event_actors ea JOIN events e ON e.id = ea.event".to_string();
                    order = "ea.day DESC, ea.event DESC";
                    a.push(Value::Integer(id));
                    c.push(format!("ea.actor = ?{}", a.len()));
                    if *mask != SRC | TGT | SRC_COUNTRY | TGT_COUNTRY {
                        a.push(Value::Integer(*mask));
                        c.push(format!("(ea.roles & ?{}) <> 0", a.len()));
                    }
                    if let Some((lo, hi)) = bounds {
                        a.push(Value::Integer(lo));
                        a.push(Value::Integer(hi));
                        c.push(format!("ea.day BETWEEN ?{} AND ?{}", a.len() - 1, a.len()));
                        driver_dates = true;
                    }
                }
                None => possible = false,
            }
            continue;
        }
        let n = push(&mut a, key.clone());
        c.push(actor_cond("e", *mask, n));
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
    if !driver_dates {
        if let Some(x) = &f.date_from {
            let n = push(&mut a, day_arg("date_from", x)?);
            c.push(format!("e.date >= ?{n}"));
        }
        if let Some(x) = &f.date_to {
            let n = push(&mut a, day_arg("date_to", x)?);
            c.push(format!("e.date <= ?{n}"));
        }
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
                // Per-event check (scan events newest first, stop at the
                // page) when the text matches many stories; the list of
                // their events otherwise.
                let per_event = match plan {
                    Plan::Fast { want: Some(want) } if possible => {
                        let docs: i64 = conn
                            .prepare_cached("SELECT COALESCE(MAX(id), 0) FROM documents")?
                            .query_row([], |r| r.get(0))?;
                        let mentions: i64 = conn
                            .prepare_cached("SELECT COALESCE(MAX(id), 0) FROM mentions")?
                            .query_row([], |r| r.get(0))?;
                        let per_doc = (mentions as f64 / docs.max(1) as f64).max(1.0);
                        // Checking events one by one costs ~want * docs /
                        // matches lookups, sorting the matches' events
                        // ~matches * per_doc: check one by one when
                        // matches > sqrt(want * docs / per_doc), so the
                        // stories need only be counted up to that bound.
                        let bound =
                            (want as f64 * docs.max(1) as f64 / per_doc).sqrt() as usize + 1;
                        fts_matches(conn, &q, bound)? >= bound
                    }
                    _ => false,
                };
                let n = push(&mut a, q);
                if per_event {
                    c.push(format!(
                        "EXISTS (SELECT 1 FROM mentions m WHERE m.event = e.id AND m.doc IN \
                         (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?{n}))"
                    ));
                } else {
                    c.push(format!(
                        "e.id IN (SELECT m.event FROM mentions m WHERE m.doc IN \
                         (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?{n}))"
                    ));
                }
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
        from,
        sql,
        args: a,
        order,
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
    f: impl FnMut(EventRow) -> Result<()>,
) -> Result<usize> {
    let want = limit.map(|(l, o)| l.saturating_add(o));
    for_each_event_plan(store, filter, limit, Plan::Fast { want }, f)
}

pub(crate) fn for_each_event_plan(
    store: &Store,
    filter: &EventFilter,
    limit: Option<(usize, usize)>,
    plan: Plan,
    mut f: impl FnMut(EventRow) -> Result<()>,
) -> Result<usize> {
    let w = compile(&store.conn, filter, plan)?;
    if !w.possible {
        return Ok(0);
    }
    let mut sql = format!(
        "SELECT {EVENT_COLUMNS} FROM {} {EVENT_JOINS} WHERE {} ORDER BY {}",
        w.from, w.sql, w.order
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

/// The names of the filter fields that are set.
fn fields(f: &EventFilter) -> Vec<&'static str> {
    let mut v = Vec::new();
    let set = [
        ("actor", f.actor.is_some()),
        ("source", f.source.is_some()),
        ("target", f.target.is_some()),
        ("country", f.country.is_some()),
        ("cameo", f.cameo.is_some()),
        ("root", f.root.is_some()),
        ("plover", f.plover.is_some()),
        ("quad", f.quad_class.is_some()),
        ("date", f.date_from.is_some() || f.date_to.is_some()),
        ("place", f.place.is_some()),
        ("place_country", f.place_country.is_some()),
        ("issue", f.issue.is_some()),
        ("story", f.story.is_some()),
        ("text", f.text.is_some()),
    ];
    for (name, on) in set {
        if on {
            v.push(name);
        }
    }
    v
}

fn only(f: &EventFilter, allowed: &[&str]) -> bool {
    fields(f).iter().all(|x| allowed.contains(x))
}

/// The day/quad rollup a filter can be answered from: at most one actor
/// key, a quad class and a date range. Returns (FROM, WHERE, args) over
/// rows with columns `day, quad, n, gsum, gn`, or `None` (use the events).
fn day_rollup(store: &Store, f: &EventFilter) -> Result<Option<(String, String, Vec<Value>)>> {
    if !only(f, &["actor", "source", "target", "country", "quad", "date"]) {
        return Ok(None);
    }
    let keys = actor_keys(f)?;
    if keys.len() > 1 {
        return Ok(None);
    }
    let mut c: Vec<String> = Vec::new();
    let mut a: Vec<Value> = Vec::new();
    let table = match keys.first() {
        Some((key, mask)) => {
            // An unknown actor key matches nothing.
            let id = rollup::actor_id(&store.conn, key)?.unwrap_or(-1);
            a.push(Value::Integer(id));
            c.push(format!("r.actor = ?{}", a.len()));
            a.push(Value::Integer(*mask));
            c.push(format!("(r.roles & ?{}) <> 0", a.len()));
            "roll_actor_day r"
        }
        None => "roll_day r",
    };
    if let Some(q) = f.quad_class {
        if !(1..=4).contains(&q) {
            return Err(StoreError::BadFilter(format!(
                "quad class must be 1..4, got {q}"
            )));
        }
        a.push(Value::Integer(q as i64));
        c.push(format!("r.quad = ?{}", a.len()));
    }
    if let Some((lo, hi)) = day_bounds(f)? {
        a.push(Value::Integer(lo));
        a.push(Value::Integer(hi));
        c.push(format!("r.day BETWEEN ?{} AND ?{}", a.len() - 1, a.len()));
    }
    let cond = if c.is_empty() {
        "1".to_string()
    } else {
        c.join(" AND ")
    };
    Ok(Some((table.to_string(), cond, a)))
}

pub(crate) fn count_events(store: &Store, filter: &EventFilter) -> Result<u64> {
    count_events_plan(store, filter, None, true).map(|(n, _)| n)
}

/// Counts matching events: exactly from the rollups when the filter allows
/// (see [`day_rollup`]), else by scanning, stopping after `cap` rows when a
/// cap is given. Returns (count, exact).
pub(crate) fn count_events_plan(
    store: &Store,
    filter: &EventFilter,
    cap: Option<u64>,
    fast: bool,
) -> Result<(u64, bool)> {
    if fast {
        // Validate the whole filter first (bad values are errors). A capped
        // count is a list query of `cap + 1` rows.
        let want = cap.map(|c| c.saturating_add(1).min(usize::MAX as u64) as usize);
        let w = compile(&store.conn, filter, Plan::Fast { want })?;
        if !w.possible {
            return Ok((0, true));
        }
        if let Some((table, cond, args)) = day_rollup(store, filter)? {
            let n: i64 = store
                .conn
                .prepare_cached(&format!(
                    "SELECT COALESCE(SUM(r.n), 0) FROM {table} WHERE {cond}"
                ))?
                .query_row(params_from_iter(args.iter()), |r| r.get(0))?;
            return Ok((n as u64, true));
        }
        let sql = match cap {
            Some(cap) => format!(
                "SELECT COUNT(*) FROM (SELECT 1 FROM {} WHERE {} LIMIT {})",
                w.from,
                w.sql,
                cap.saturating_add(1).min(i64::MAX as u64)
            ),
            None => format!("SELECT COUNT(*) FROM {} WHERE {}", w.from, w.sql),
        };
        let n = store
            .conn
            .prepare_cached(&sql)?
            .query_row(params_from_iter(w.args.iter()), |r| r.get::<_, i64>(0))?
            as u64;
        return Ok(match cap {
            Some(cap) if n > cap => (cap, false),
            _ => (n, true),
        });
    }
    let w = compile(&store.conn, filter, Plan::Reference)?;
    if !w.possible {
        return Ok((0, true));
    }
    let sql = format!("SELECT COUNT(*) FROM events e WHERE {}", w.sql);
    Ok((
        store
            .conn
            .prepare_cached(&sql)?
            .query_row(params_from_iter(w.args.iter()), |r| r.get::<_, i64>(0))? as u64,
        true,
    ))
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
    timeline_plan(store, filter, true)
}

/// Folds rows of (date, quad, n, goldstein sum, goldstein count), ordered
/// by date, into days.
fn fold_days(
    rows: &mut rusqlite::Rows<'_>,
    date_of: impl Fn(&Row<'_>) -> rusqlite::Result<String>,
) -> Result<Vec<TimelineDay>> {
    let mut out: Vec<TimelineDay> = Vec::new();
    let mut sums: Vec<(f64, u64)> = Vec::new();
    while let Some(r) = rows.next()? {
        let date = date_of(r)?;
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

pub(crate) fn timeline_plan(
    store: &Store,
    filter: &EventFilter,
    fast: bool,
) -> Result<Vec<TimelineDay>> {
    let plan = if fast {
        Plan::Fast { want: None }
    } else {
        Plan::Reference
    };
    let w = compile(&store.conn, filter, plan)?;
    if !w.possible {
        return Ok(Vec::new());
    }
    if fast {
        if let Some((table, cond, args)) = day_rollup(store, filter)? {
            let sql = format!(
                "SELECT r.day, r.quad, SUM(r.n), SUM(r.gsum), SUM(r.gn) FROM {table}
                 WHERE r.day > 0 AND {cond} GROUP BY r.day, r.quad ORDER BY r.day"
            );
            let mut st = store.conn.prepare_cached(&sql)?;
            let mut rows = st.query(params_from_iter(args.iter()))?;
            return fold_days(&mut rows, |r| {
                Ok(rollup::day_string(r.get(0)?).unwrap_or_default())
            });
        }
    }
    let sql = format!(
        "SELECT e.date, e.quad, COUNT(*), SUM(e.goldstein), COUNT(e.goldstein) FROM {}
         WHERE e.date IS NOT NULL AND {} GROUP BY e.date, e.quad ORDER BY e.date",
        w.from, w.sql
    );
    let mut st = store.conn.prepare_cached(&sql)?;
    let mut rows = st.query(params_from_iter(w.args.iter()))?;
    fold_days(&mut rows, |r| r.get(0))
}

pub(crate) fn network(store: &Store, filter: &EventFilter) -> Result<Vec<Dyad>> {
    network_plan(store, filter, true)
}

pub(crate) fn network_plan(store: &Store, filter: &EventFilter, fast: bool) -> Result<Vec<Dyad>> {
    let plan = if fast {
        Plan::Fast { want: None }
    } else {
        Plan::Reference
    };
    let w = compile(&store.conn, filter, plan)?;
    if !w.possible {
        return Ok(Vec::new());
    }
    let (limit, offset) = limit_offset(filter);
    let dyad = |r: &Row<'_>| -> rusqlite::Result<Dyad> {
        Ok(Dyad {
            source: r.get(0)?,
            target: r.get(1)?,
            events: r.get::<_, i64>(2)? as u64,
            mean_goldstein: r.get(3)?,
        })
    };
    if fast && only(filter, &["actor", "source", "target", "country", "date"]) {
        // Dyad rollups carry both codes and both countries, so every actor
        // filter is evaluated on them exactly.
        let mut c: Vec<String> = Vec::new();
        let mut a: Vec<Value> = Vec::new();
        for (key, mask) in actor_keys(filter)? {
            a.push(Value::Text(key));
            c.push(actor_cond("r", mask, a.len()));
        }
        let table = match day_bounds(filter)? {
            Some((lo, hi)) => {
                a.push(Value::Integer(lo));
                a.push(Value::Integer(hi));
                c.push(format!("r.day BETWEEN ?{} AND ?{}", a.len() - 1, a.len()));
                "roll_dyad_day"
            }
            None => "roll_dyad",
        };
        let cond = if c.is_empty() {
            "1".to_string()
        } else {
            c.join(" AND ")
        };
        let sql = format!(
            "SELECT r.src, r.tgt, SUM(r.n) AS n, SUM(r.gsum) / SUM(r.gn) FROM {table} r
             WHERE {cond} GROUP BY r.src, r.tgt
             ORDER BY n DESC, r.src, r.tgt LIMIT {limit} OFFSET {offset}"
        );
        let mut st = store.conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(a.iter()), dyad)?;
        return Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?);
    }
    let sql = format!(
        "SELECT e.src, e.tgt, COUNT(*) AS n, AVG(e.goldstein) FROM {}
         WHERE e.src <> '' AND e.tgt <> '' AND {} GROUP BY e.src, e.tgt
         ORDER BY n DESC, e.src, e.tgt LIMIT {limit} OFFSET {offset}",
        w.from, w.sql
    );
    let mut st = store.conn.prepare_cached(&sql)?;
    let rows = st.query_map(params_from_iter(w.args.iter()), dyad)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(crate) fn places(store: &Store, filter: &EventFilter) -> Result<Vec<PlaceCount>> {
    places_plan(store, filter, true)
}

pub(crate) fn places_plan(
    store: &Store,
    filter: &EventFilter,
    fast: bool,
) -> Result<Vec<PlaceCount>> {
    let plan = if fast {
        Plan::Fast { want: None }
    } else {
        Plan::Reference
    };
    let w = compile(&store.conn, filter, plan)?;
    if !w.possible {
        return Ok(Vec::new());
    }
    let (limit, offset) = limit_offset(filter);
    let place = |r: &Row<'_>| -> rusqlite::Result<PlaceCount> {
        Ok(PlaceCount {
            name: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
            country: r.get::<_, Option<String>>(1)?.filter(|c| !c.is_empty()),
            lat: r.get(2)?,
            lon: r.get(3)?,
            events: r.get::<_, i64>(4)? as u64,
            mean_goldstein: r.get(5)?,
        })
    };
    if fast && only(filter, &["date", "place", "place_country"]) {
        let mut c: Vec<String> = Vec::new();
        let mut a: Vec<Value> = Vec::new();
        if let Some(x) = &filter.place {
            a.push(Value::Text(x.trim().to_lowercase()));
            c.push(format!("r.place_key = ?{}", a.len()));
        }
        if let Some(x) = &filter.place_country {
            a.push(Value::Text(code_arg(x)?));
            c.push(format!("r.country = ?{}", a.len()));
        }
        let table = match day_bounds(filter)? {
            Some((lo, hi)) => {
                a.push(Value::Integer(lo));
                a.push(Value::Integer(hi));
                c.push(format!("r.day BETWEEN ?{} AND ?{}", a.len() - 1, a.len()));
                "roll_place_day"
            }
            None => "roll_place",
        };
        let cond = if c.is_empty() {
            "1".to_string()
        } else {
            c.join(" AND ")
        };
        let sql = format!(
            "SELECT MIN(r.name), r.country, SUM(r.lat_sum) / SUM(r.lat_n), SUM(r.lon_sum) / SUM(r.lon_n),
                SUM(r.n) AS n, SUM(r.gsum) / SUM(r.gn)
             FROM {table} r WHERE {cond}
             GROUP BY r.place_key, r.country ORDER BY n DESC, r.place_key, r.country
             LIMIT {limit} OFFSET {offset}"
        );
        let mut st = store.conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(a.iter()), place)?;
        return Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?);
    }
    let sql = format!(
        "SELECT MIN(e.place), e.place_country, AVG(e.lat), AVG(e.lon), COUNT(*) AS n, AVG(e.goldstein)
         FROM {} WHERE e.place_key IS NOT NULL AND {}
         GROUP BY e.place_key, e.place_country
         ORDER BY n DESC, e.place_key, COALESCE(e.place_country, '')
         LIMIT {limit} OFFSET {offset}",
        w.from, w.sql
    );
    let mut st = store.conn.prepare_cached(&sql)?;
    let rows = st.query_map(params_from_iter(w.args.iter()), place)?;
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
    let (first_date, last_date) = store
        .conn
        // Two subqueries: each is one index probe (a single MIN and MAX
        // together would scan).
        .query_row(
            "SELECT (SELECT MIN(date) FROM events), (SELECT MAX(date) FROM events)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
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
