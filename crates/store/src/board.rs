//! The negotiation board: per issue, each actor's latest stance.
//!
//! A stance comes from an event mention that carries an `issue`: its CAMEO
//! code, negation and modality are looked up in the stance table
//! (`data/stances.tsv`, first matching line wins); modality strings are
//! classed by `data/modality.tsv`.

use std::collections::{BTreeMap, HashMap};

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension};

use crate::query::{compile, Plan};
use crate::{
    ActorStance, EventFilter, IssueBoard, Result, Stance, StanceEvidence, Store, StoreError,
};

const STANCES_TSV: &str = include_str!("../data/stances.tsv");
const MODALITY_TSV: &str = include_str!("../data/modality.tsv");

/// Three-valued match on negation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tri {
    Yes,
    No,
    Any,
}

/// Modality class of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModalityClass {
    None,
    Intent,
    Condition,
}

/// One line of the stance table.
#[derive(Debug, Clone, PartialEq)]
pub struct StanceRule {
    /// CAMEO code prefix; empty matches any code.
    pub prefix: String,
    /// `Some(true)` only negated events, `Some(false)` only affirmed ones.
    pub negated: Option<bool>,
    /// Required modality class, `None` for any.
    pub modality: Option<ModalityClass>,
    /// The stance, or `None` for "no stance".
    pub stance: Option<Stance>,
}

/// The parsed stance and modality tables.
#[derive(Debug, Clone)]
pub struct StanceTable {
    rules: Vec<StanceRule>,
    modality: HashMap<String, ModalityClass>,
}

impl StanceTable {
    /// The embedded default tables.
    pub fn default_table() -> Result<StanceTable> {
        StanceTable::parse(STANCES_TSV, MODALITY_TSV)
    }

    /// Parses a stance table and a modality table (formats in the file
    /// headers and docs/store.md).
    pub fn parse(stances: &str, modality: &str) -> Result<StanceTable> {
        let bad = |line: usize, message: String| StoreError::StanceTable { line, message };
        let mut rules = Vec::new();
        for (i, raw) in stances.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim_end();
            if line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            if f.len() != 4 {
                return Err(bad(
                    i + 1,
                    format!("expected 4 tab-separated fields, got {}", f.len()),
                ));
            }
            let prefix = match f[0] {
                "*" => String::new(),
                p if p.bytes().all(|b| b.is_ascii_digit()) && !p.is_empty() => p.to_string(),
                p => return Err(bad(i + 1, format!("bad CAMEO prefix {p:?}"))),
            };
            let negated = match f[1] {
                "yes" => Tri::Yes,
                "no" => Tri::No,
                "*" => Tri::Any,
                x => {
                    return Err(bad(
                        i + 1,
                        format!("negated must be yes, no or *, got {x:?}"),
                    ))
                }
            };
            let modality = match f[2] {
                "none" => Some(ModalityClass::None),
                "intent" => Some(ModalityClass::Intent),
                "condition" => Some(ModalityClass::Condition),
                "*" => None,
                x => return Err(bad(i + 1, format!("bad modality class {x:?}"))),
            };
            let stance = match f[3] {
                "-" => None,
                s => Some(
                    Stance::from_label(s)
                        .ok_or_else(|| bad(i + 1, format!("unknown stance {s:?}")))?,
                ),
            };
            rules.push(StanceRule {
                prefix,
                negated: match negated {
                    Tri::Yes => Some(true),
                    Tri::No => Some(false),
                    Tri::Any => None,
                },
                modality,
                stance,
            });
        }
        let mut classes = HashMap::new();
        for (i, raw) in modality.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim_end();
            if line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            let class = match f.as_slice() {
                [_, "condition"] => ModalityClass::Condition,
                [_, "intent"] => ModalityClass::Intent,
                _ => {
                    return Err(StoreError::StanceTable {
                        line: i + 1,
                        message: "modality table: expected `value<TAB>condition|intent`".into(),
                    })
                }
            };
            classes.insert(f[0].to_lowercase(), class);
        }
        Ok(StanceTable {
            rules,
            modality: classes,
        })
    }

    /// The class of a modality string.
    pub fn modality_class(&self, modality: Option<&str>) -> ModalityClass {
        match modality.map(|m| m.trim().to_lowercase()) {
            None => ModalityClass::None,
            Some(m) if m.is_empty() => ModalityClass::None,
            Some(m) => self
                .modality
                .get(&m)
                .copied()
                .unwrap_or(ModalityClass::Intent),
        }
    }

    /// The stance of an event, `None` when it carries none.
    pub fn stance(&self, cameo: &str, negated: bool, modality: Option<&str>) -> Option<Stance> {
        let class = self.modality_class(modality);
        self.rules
            .iter()
            .find(|r| {
                cameo.starts_with(&r.prefix)
                    && r.negated.is_none_or(|n| n == negated)
                    && r.modality.is_none_or(|m| m == class)
            })
            .and_then(|r| r.stance)
    }

    pub fn rules(&self) -> &[StanceRule] {
        &self.rules
    }
}

/// The board: from the statement tables when the filter holds at most an
/// issue and a date window (the API's board), else the reference query.
pub(crate) fn board(
    store: &Store,
    filter: &EventFilter,
    per_actor: Option<usize>,
) -> Result<Vec<IssueBoard>> {
    if statements_answer(filter) {
        board_statements(store, filter, per_actor)
    } else {
        board_reference(store, filter, per_actor)
    }
}

/// Whether the statement tables can answer a filter: only `issue`,
/// `date_from`, `date_to` (and the ignored `limit`/`offset`) set. Every
/// field is named so that a new filter field must be decided on here.
fn statements_answer(f: &EventFilter) -> bool {
    let EventFilter {
        actor,
        source,
        target,
        country,
        cameo,
        root,
        plover,
        quad_class,
        date_from: _,
        date_to: _,
        place,
        place_country,
        issue: _,
        story,
        text,
        limit: _,
        offset: _,
    } = f;
    [
        actor,
        source,
        target,
        country,
        cameo,
        root,
        plover,
        place,
        place_country,
        story,
        text,
    ]
    .iter()
    .all(|x| x.is_none())
        && quad_class.is_none()
}

/// The straightforward board: every statement in the filter's events, in
/// order (the reference the statement tables are tested against).
pub(crate) fn board_reference(
    store: &Store,
    filter: &EventFilter,
    per_actor: Option<usize>,
) -> Result<Vec<IssueBoard>> {
    let mut ev_filter = filter.clone();
    let issue = ev_filter.issue.take().map(|i| i.trim().to_lowercase());
    ev_filter.limit = None;
    ev_filter.offset = None;
    let w = compile(&store.conn, &ev_filter, Plan::Reference)?;
    if !w.possible {
        return Ok(Vec::new());
    }
    let mut args: Vec<Value> = w.args.clone();
    // `e.issue IS NOT NULL` follows from `m.issue IS NOT NULL` (see below)
    // and lets the partial index `events_issue_day` drive date windows.
    let mut cond = format!("m.issue IS NOT NULL AND e.issue IS NOT NULL AND {}", w.sql);
    if let Some(i) = issue {
        args.push(Value::Text(i));
        // A mention's issue is always its event's issue (grouping never
        // joins different issues; the event takes the first one), so the
        // `events(issue, date)` index can drive the query.
        cond.push_str(&format!(
            " AND m.issue = ?{n} AND e.issue = ?{n}",
            n = args.len()
        ));
    }
    let sql = format!(
        "SELECT m.id, m.event, m.issue, m.src, m.src_country, m.attribution_code, m.tgt, m.tgt_country,
            m.cameo, m.negated, m.modality, m.date, d.story_id, d.date, m.sentence, m.doc
         FROM mentions m JOIN events e ON e.id = m.event JOIN documents d ON d.id = m.doc
         WHERE {cond}
         ORDER BY m.date, d.date, d.id, m.sentence, m.trigger_start, m.id"
    );
    let snapshot = read_snapshot(&store.conn)?;
    let mut st = store.conn.prepare_cached(&sql)?;
    let mut rows = st.query(params_from_iter(args.iter()))?;
    // issue -> actor -> evidence (in order)
    let mut by_issue: BTreeMap<String, BTreeMap<String, Vec<StanceEvidence>>> = BTreeMap::new();
    // mention id -> story row, for the sentence texts.
    let mut docs: HashMap<i64, i64> = HashMap::new();
    while let Some(r) = rows.next()? {
        let cameo: String = r.get(8)?;
        let negated: bool = r.get(9)?;
        let modality: Option<String> = r.get(10)?;
        let Some(stance) = store.stances.stance(&cameo, negated, modality.as_deref()) else {
            continue;
        };
        let src: String = r.get(3)?;
        let src_country: Option<String> = r.get(4)?;
        let attr_code: Option<String> = r.get(5)?;
        let actor = match (src_country, src.is_empty(), attr_code) {
            (Some(c), _, _) if !c.is_empty() => c,
            (_, false, _) => src,
            (_, true, Some(a)) if !a.is_empty() => a,
            _ => continue,
        };
        let tgt: String = r.get(6)?;
        let tgt_country: Option<String> = r.get(7)?;
        let issue: String = r.get(2)?;
        let ev = StanceEvidence {
            stance,
            date: r.get::<_, Option<String>>(11)?.or(r.get(13)?),
            story_id: r.get(12)?,
            sentence_index: r.get::<_, i64>(14)? as usize,
            // Filled below for the statements kept.
            sentence: String::new(),
            cameo,
            negated,
            modality,
            mention_id: r.get(0)?,
            event_id: r.get(1)?,
            target: tgt_country.filter(|c| !c.is_empty()).unwrap_or(tgt),
        };
        docs.insert(ev.mention_id, r.get::<_, i64>(15)?);
        by_issue
            .entry(issue)
            .or_default()
            .entry(actor)
            .or_default()
            .push(ev);
    }
    drop(rows);
    drop(st);
    let mut sentence = store.conn.prepare_cached(
        "SELECT CAST(substr(CAST(d.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT)
         FROM sentences s JOIN documents d ON d.id = s.doc WHERE s.doc = ?1 AND s.idx = ?2",
    )?;
    let mut out = Vec::new();
    for (issue, actors) in by_issue {
        let mut list = Vec::new();
        let mut last_date: Option<String> = None;
        for (actor, mut evidence) in actors {
            let evidence_total = evidence.len();
            if let Some(n) = per_actor {
                evidence.drain(..evidence.len().saturating_sub(n.max(1)));
            }
            for ev in evidence.iter_mut() {
                if let Some(doc) = docs.get(&ev.mention_id) {
                    ev.sentence = sentence
                        .query_row(params![doc, ev.sentence_index as i64], |r| {
                            r.get::<_, Option<String>>(0)
                        })
                        .optional()?
                        .flatten()
                        .unwrap_or_default();
                }
            }
            let Some(latest) = evidence.last() else {
                continue;
            };
            if latest.date > last_date {
                last_date = latest.date.clone();
            }
            list.push(ActorStance {
                actor,
                stance: latest.stance,
                date: latest.date.clone(),
                evidence,
                evidence_total,
            });
        }
        out.push(IssueBoard {
            issue,
            actors: list,
            last_date,
        });
    }
    // Most recently discussed issues first.
    out.sort_by(|a, b| b.last_date.cmp(&a.last_date).then(a.issue.cmp(&b.issue)));
    drop(sentence);
    if let Some(tx) = snapshot {
        tx.commit()?;
    }
    Ok(out)
}

/// The actor a statement is credited to: the source's country when known,
/// else its code, else the attribution's code (as [`board_reference`]).
fn statement_actor<'a>(
    src: &'a str,
    src_country: Option<&'a str>,
    attribution_code: Option<&'a str>,
) -> Option<&'a str> {
    match (src_country, src.is_empty(), attribution_code) {
        (Some(c), _, _) if !c.is_empty() => Some(c),
        (_, false, _) => Some(src),
        (_, true, Some(a)) if !a.is_empty() => Some(a),
        _ => None,
    }
}

/// Width in days of the buckets of `board_bucket`.
const BUCKET_DAYS: i64 = 32;

/// How far a mention's day can be from its event's day: grouping joins
/// reports at most this many days apart (`ingest::GROUP_DAYS`).
const SKEW: i64 = crate::ingest::GROUP_DAYS;

/// Day numbers beyond any stored date (keeps the bucket arithmetic small).
const FAR_DAY: i64 = 1 << 40;

/// Records a new mention in the board's tables (ingest transaction).
/// `mention` is its row id; nothing is recorded without an issue or an
/// actor.
pub(crate) fn statement_added(tx: &rusqlite::Connection, mention: i64) -> Result<()> {
    let row = tx
        .prepare_cached(
            "SELECT m.issue, m.src, m.src_country, m.attribution_code, m.date, d.date, e.date,
                m.doc, m.sentence, m.trigger_start, m.cameo, m.negated, m.modality, m.event,
                m.tgt, m.tgt_country, d.story_id,
                CAST(substr(CAST(d.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT)
             FROM mentions m JOIN events e ON e.id = m.event JOIN documents d ON d.id = m.doc
             LEFT JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence
             WHERE m.id = ?1 AND m.issue IS NOT NULL",
        )?
        .query_row([mention], |r| {
            let day = |i| -> rusqlite::Result<i64> {
                Ok(crate::rollup::stored_day(
                    r.get::<_, Option<String>>(i)?.as_deref(),
                ))
            };
            let src: String = r.get(1)?;
            let src_country: Option<String> = r.get(2)?;
            let attr: Option<String> = r.get(3)?;
            let Some(actor) = statement_actor(&src, src_country.as_deref(), attr.as_deref()) else {
                return Ok(None);
            };
            let tgt: String = r.get(14)?;
            let tgt_country: Option<String> = r.get(15)?;
            let (mdate, ddate): (Option<String>, Option<String>) = (r.get(4)?, r.get(5)?);
            Ok(Some(Statement {
                date: mdate.or(ddate),
                story_id: r.get(16)?,
                text: r.get::<_, Option<String>>(17)?.unwrap_or_default(),
                issue: r.get(0)?,
                actor: actor.to_string(),
                mday: day(4)?,
                dday: day(5)?,
                eday: day(6)?,
                doc: r.get(7)?,
                sentence: r.get(8)?,
                trig: r.get(9)?,
                cameo: r.get(10)?,
                negated: r.get(11)?,
                modality: r.get(12)?,
                event: r.get(13)?,
                target: tgt_country.filter(|c| !c.is_empty()).unwrap_or(tgt),
            }))
        })
        .optional()?
        .flatten();
    let Some(st) = row else {
        return Ok(());
    };
    tx.prepare_cached(
        "INSERT INTO board_statements(issue, actor, mday, dday, doc, sentence, trig, mention, eday,
            cameo, negated, modality)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        st.issue,
        st.actor,
        st.mday,
        st.dday,
        st.doc,
        st.sentence,
        st.trig,
        mention,
        st.eday,
        st.cameo,
        st.negated,
        st.modality
    ])?;
    tx.prepare_cached(
        "INSERT INTO board_evidence(mention, event, target, date, story_id, sentence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        mention,
        st.event,
        st.target,
        st.date,
        st.story_id,
        st.text
    ])?;
    let modality = st.modality.as_deref().unwrap_or("");
    tx.prepare_cached(
        "INSERT INTO board_total(issue, actor, cameo, negated, modality, n)
         VALUES (?1, ?2, ?3, ?4, ?5, 1)
         ON CONFLICT(issue, actor, cameo, negated, modality) DO UPDATE SET n = n + 1",
    )?
    .execute(params![st.issue, st.actor, st.cameo, st.negated, modality])?;
    tx.prepare_cached(
        "INSERT INTO board_bucket(issue, actor, bucket, cameo, negated, modality, n)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)
         ON CONFLICT(issue, actor, bucket, cameo, negated, modality) DO UPDATE SET n = n + 1",
    )?
    .execute(params![
        st.issue,
        st.actor,
        st.eday.div_euclid(BUCKET_DAYS),
        st.cameo,
        st.negated,
        modality
    ])?;
    Ok(())
}

/// A row of `board_statements` and `board_evidence` (without the mention
/// id).
struct Statement {
    issue: String,
    actor: String,
    mday: i64,
    dday: i64,
    eday: i64,
    doc: i64,
    sentence: i64,
    trig: i64,
    cameo: String,
    negated: bool,
    modality: Option<String>,
    event: i64,
    target: String,
    date: Option<String>,
    story_id: String,
    text: String,
}

/// Stances of (cameo, negated, modality) classes, looked up once each.
struct Classifier<'a> {
    table: &'a StanceTable,
    seen: HashMap<String, Option<Stance>>,
    key: String,
}

impl Classifier<'_> {
    /// `modality` '' = none.
    fn stance(&mut self, cameo: &str, negated: bool, modality: &str) -> Option<Stance> {
        self.key.clear();
        self.key.push_str(cameo);
        self.key.push(if negated { '\u{1}' } else { '\u{0}' });
        self.key.push_str(modality);
        if let Some(s) = self.seen.get(self.key.as_str()) {
            return *s;
        }
        let s = self.table.stance(cameo, negated, Some(modality));
        self.seen.insert(self.key.clone(), s);
        s
    }
}

/// A text column without copying it.
fn text<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(i)?.as_str().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// A nullable text column without copying it ('' for NULL).
fn text_or_empty<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    match r.get_ref(i)? {
        rusqlite::types::ValueRef::Null => Ok(""),
        _ => text(r, i),
    }
}

/// The board from the statement tables: per (issue, actor), the latest
/// statements with a stance whose event day is in the window (a backward
/// scan of the pair's statements from the window's end, stopping after the
/// `per_actor`-th), and their number from the counts (whole buckets, or
/// all time) and the statements (the window's partial buckets). Same
/// result as [`board_reference`] (tested in `fastpath_tests.rs`).
fn board_statements(
    store: &Store,
    filter: &EventFilter,
    per_actor: Option<usize>,
) -> Result<Vec<IssueBoard>> {
    let issue = filter.issue.as_deref().map(|i| i.trim().to_lowercase());
    let window = crate::query::day_bounds(filter)?.map(|(lo, hi)| (lo, hi.min(FAR_DAY)));
    if window.is_some_and(|(lo, hi)| lo > hi) {
        return Ok(Vec::new());
    }
    let keep = per_actor.map(|n| n.max(1)).unwrap_or(usize::MAX);
    // A window without a whole count bucket is counted while scanning it.
    let count_in_scan = match window {
        Some((lo, hi)) => whole_buckets(lo, hi).is_none(),
        None => false,
    };
    let mut classes = Classifier {
        table: &store.stances,
        seen: HashMap::new(),
        key: String::new(),
    };
    let conn = &store.conn;
    // One snapshot for the counts and the statements (a writer may commit
    // meanwhile), and one file lock instead of one per statement.
    let snapshot = read_snapshot(conn)?;
    // The (issue, actor) pairs, with their statements with a stance in all.
    let mut pairs: Vec<(String, String, usize)> = Vec::new();
    {
        // Two statements: `?1 IS NULL OR issue = ?1` would scan the table.
        let mut st = conn.prepare_cached(if issue.is_some() {
            "SELECT issue, actor, cameo, negated, modality, n FROM board_total
             WHERE issue = ?1 ORDER BY issue, actor"
        } else {
            "SELECT issue, actor, cameo, negated, modality, n FROM board_total
             WHERE ?1 IS NULL ORDER BY issue, actor"
        })?;
        let mut rows = st.query([&issue])?;
        while let Some(r) = rows.next()? {
            let n = match classes.stance(text(r, 2)?, r.get(3)?, text(r, 4)?) {
                Some(_) => r.get::<_, i64>(5)? as usize,
                None => 0,
            };
            let (i, a) = (text(r, 0)?, text(r, 1)?);
            match pairs.last_mut() {
                Some((pi, pa, total)) if pi == i && pa == a => *total += n,
                _ => pairs.push((i.to_string(), a.to_string(), n)),
            }
        }
    }
    let (scan_lo, scan_hi) = match window {
        Some((lo, hi)) => (lo - SKEW, hi + SKEW),
        None => (i64::MIN, i64::MAX),
    };
    let mut latest = conn.prepare_cached(
        "SELECT mention, eday, cameo, negated, modality, sentence FROM board_statements
         WHERE issue = ?1 AND actor = ?2 AND mday BETWEEN ?3 AND ?4
         ORDER BY mday DESC, dday DESC, doc DESC, sentence DESC, trig DESC, mention DESC",
    )?;
    let mut shown = conn.prepare_cached(
        "SELECT event, target, date, story_id, sentence FROM board_evidence WHERE mention = ?1",
    )?;
    let mut by_issue: BTreeMap<String, Vec<ActorStance>> = BTreeMap::new();
    for (issue, actor, all_time) in pairs {
        if all_time == 0 {
            continue;
        }
        // Newest first, without the fields of `board_evidence`.
        let mut kept: Vec<StanceEvidence> = Vec::new();
        let mut found = 0usize;
        let mut exhausted = true;
        {
            let mut rows = latest.query(params![issue, actor, scan_lo, scan_hi])?;
            while let Some(r) = rows.next()? {
                let eday: i64 = r.get(1)?;
                if window.is_some_and(|(lo, hi)| eday < lo || eday > hi) {
                    continue;
                }
                let cameo = text(r, 2)?;
                let negated: bool = r.get(3)?;
                let Some(stance) = classes.stance(cameo, negated, text_or_empty(r, 4)?) else {
                    continue;
                };
                found += 1;
                if kept.len() == keep {
                    if count_in_scan {
                        continue;
                    }
                    exhausted = false;
                    break;
                }
                kept.push(StanceEvidence {
                    stance,
                    date: None,
                    story_id: String::new(),
                    sentence_index: r.get::<_, i64>(5)? as usize,
                    sentence: String::new(),
                    cameo: cameo.to_string(),
                    negated,
                    modality: r.get(4)?,
                    mention_id: r.get(0)?,
                    event_id: 0,
                    target: String::new(),
                });
            }
        }
        if kept.is_empty() {
            continue;
        }
        let evidence_total = match window {
            _ if exhausted => found,
            None => all_time,
            Some((lo, hi)) => window_count(conn, &mut classes, &issue, &actor, lo, hi)?,
        };
        let mut evidence = Vec::with_capacity(kept.len());
        for mut ev in kept.into_iter().rev() {
            shown.query_row([ev.mention_id], |r| {
                ev.event_id = r.get(0)?;
                ev.target = r.get(1)?;
                ev.date = r.get(2)?;
                ev.story_id = r.get(3)?;
                ev.sentence = r.get(4)?;
                Ok(())
            })?;
            evidence.push(ev);
        }
        let Some(last) = evidence.last() else {
            continue;
        };
        let (stance, date) = (last.stance, last.date.clone());
        by_issue.entry(issue).or_default().push(ActorStance {
            actor,
            stance,
            date,
            evidence,
            evidence_total,
        });
    }
    let mut out: Vec<IssueBoard> = by_issue
        .into_iter()
        .map(|(issue, actors)| {
            let mut last_date: Option<String> = None;
            for a in &actors {
                if a.date > last_date {
                    last_date = a.date.clone();
                }
            }
            IssueBoard {
                issue,
                actors,
                last_date,
            }
        })
        .collect();
    out.sort_by(|a, b| b.last_date.cmp(&a.last_date).then(a.issue.cmp(&b.issue)));
    drop((latest, shown));
    if let Some(tx) = snapshot {
        tx.commit()?;
    }
    Ok(out)
}

/// A read transaction when none is open: one snapshot and one file lock
/// for the many small reads of a board (thousands of lock system calls
/// otherwise). Commit it at the end.
fn read_snapshot(conn: &rusqlite::Connection) -> Result<Option<rusqlite::Transaction<'_>>> {
    Ok(if conn.is_autocommit() {
        Some(conn.unchecked_transaction()?)
    } else {
        None
    })
}

/// The count buckets lying wholly inside the days `lo..=hi`, if any.
fn whole_buckets(lo: i64, hi: i64) -> Option<(i64, i64)> {
    let b1 = (lo + BUCKET_DAYS - 1).div_euclid(BUCKET_DAYS);
    let b2 = (hi + 1).div_euclid(BUCKET_DAYS) - 1;
    (b1 <= b2).then_some((b1, b2))
}

/// Statements with a stance of one (issue, actor) whose event day is in
/// `lo..=hi`: whole buckets from `board_bucket`, the rest from
/// `board_statements`.
fn window_count(
    conn: &rusqlite::Connection,
    classes: &mut Classifier<'_>,
    issue: &str,
    actor: &str,
    lo: i64,
    hi: i64,
) -> Result<usize> {
    let mut rows_in = |a: i64, b: i64| -> Result<usize> {
        if a > b {
            return Ok(0);
        }
        let mut st = conn.prepare_cached(
            "SELECT eday, cameo, negated, modality FROM board_statements
             WHERE issue = ?1 AND actor = ?2 AND mday BETWEEN ?3 AND ?4",
        )?;
        let mut rows = st.query(params![issue, actor, a - SKEW, b + SKEW])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let eday: i64 = r.get(0)?;
            if eday >= a
                && eday <= b
                && classes
                    .stance(text(r, 1)?, r.get(2)?, text_or_empty(r, 3)?)
                    .is_some()
            {
                n += 1;
            }
        }
        Ok(n)
    };
    let Some((b1, b2)) = whole_buckets(lo, hi) else {
        return rows_in(lo, hi);
    };
    let mut n = rows_in(lo, b1 * BUCKET_DAYS - 1)? + rows_in((b2 + 1) * BUCKET_DAYS, hi)?;
    let mut st = conn.prepare_cached(
        "SELECT cameo, negated, modality, n FROM board_bucket
         WHERE issue = ?1 AND actor = ?2 AND bucket BETWEEN ?3 AND ?4",
    )?;
    let mut rows = st.query(params![issue, actor, b1, b2])?;
    while let Some(r) = rows.next()? {
        if classes
            .stance(text(r, 0)?, r.get(1)?, text(r, 2)?)
            .is_some()
        {
            n += r.get::<_, i64>(3)? as usize;
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_table_parses_and_maps() {
        let t = StanceTable::default_table().unwrap();
        assert_eq!(t.stance("036", false, Some("will")), Some(Stance::Proposes));
        assert_eq!(t.stance("036", true, None), Some(Stance::RefusesToDiscuss));
        assert_eq!(
            t.stance("0431", true, Some("will")),
            Some(Stance::RefusesToDiscuss)
        );
        assert_eq!(t.stance("1246", false, None), Some(Stance::Rejects));
        assert_eq!(t.stance("125", false, None), Some(Stance::RefusesToDiscuss));
        assert_eq!(t.stance("100", false, None), Some(Stance::Demands));
        assert_eq!(t.stance("051", false, None), Some(Stance::Supports));
        assert_eq!(t.stance("0871", false, None), Some(Stance::Supports));
        assert_eq!(
            t.stance("043", false, Some("ready")),
            Some(Stance::Supports)
        );
        assert_eq!(
            t.stance("100", false, Some("conditional")),
            Some(Stance::Conditions)
        );
        assert_eq!(t.stance("190", false, None), None);
        assert_eq!(t.stance("010", false, None), None);
    }

    #[test]
    fn bad_tables_are_rejected_with_line() {
        let e = StanceTable::parse("12\tno\t*\tloves\n", "").unwrap_err();
        assert!(e.to_string().contains("line 1"), "{e}");
        let e = StanceTable::parse("# c\n12\tno\n", "").unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
        assert!(StanceTable::parse("", "if\tmaybe\n").is_err());
    }
}
