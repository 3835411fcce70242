//! Writing documents: one transaction per batch, one savepoint per story,
//! and grouping of event mentions into real events.

use chrono::NaiveDate;
use gesta_document::{Document, Event, EventActor};
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::{IngestReport, Rejected, Result, Store, StoreError};

/// SHA-256 hex of a story's cleaned text: the story's identity.
pub(crate) fn text_hash(text: &str) -> String {
    let d = Sha256::digest(text.as_bytes());
    let mut s = String::with_capacity(64);
    for b in d {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

pub(crate) fn contains_hash(conn: &Connection, hash: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM documents WHERE hash = ?1")?
        .exists([hash])?)
}

/// Normalises a date string to `YYYY-MM-DD` if it starts with a valid day.
pub(crate) fn iso_day(s: &str) -> Option<NaiveDate> {
    let head = s.trim().get(0..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// Best day of an event and where it came from: the event's own time when it
/// is day-precise (or the start of an interval), else the story date.
pub(crate) fn event_day(
    ev: &Event,
    doc_day: Option<NaiveDate>,
) -> (Option<NaiveDate>, &'static str) {
    if let Some(t) = &ev.time {
        let v = t.value.split('/').next().unwrap_or("");
        if t.value.len() >= 10 {
            if let Some(d) = iso_day(v) {
                if v.len() == 10 {
                    return (Some(d), "day");
                }
            }
        }
    }
    match doc_day {
        Some(d) => (Some(d), "story"),
        None => (None, "none"),
    }
}

fn place_key(ev: &Event) -> Option<String> {
    let p = ev.place.as_ref()?;
    let n = p.name.trim().to_lowercase();
    if n.is_empty() {
        None
    } else {
        Some(n)
    }
}

fn actor_country(a: &EventActor) -> Option<String> {
    if let Some(c) = &a.country {
        if !c.is_empty() {
            return Some(c.clone());
        }
    }
    None
}

fn empty_actor() -> EventActor {
    EventActor::default()
}

/// The key of the outlet that published a story, for NumSources: the
/// `meta.source`, else the URL host, else the story id.
fn source_key(doc: &Document) -> String {
    if let Some(s) = doc.meta.source.as_deref().map(str::trim) {
        if !s.is_empty() {
            return s.to_lowercase();
        }
    }
    if let Some(u) = doc.meta.url.as_deref() {
        let rest = u.split("://").nth(1).unwrap_or(u);
        let host = rest.split('/').next().unwrap_or("");
        let host = host.strip_prefix("www.").unwrap_or(host);
        if !host.is_empty() {
            return host.to_lowercase();
        }
    }
    format!("story:{}", doc.id)
}

pub(crate) fn ingest(store: &mut Store, docs: &[Document]) -> Result<IngestReport> {
    let mut report = IngestReport::default();
    let rule = store.grouping.clone();
    let mut tx = store.conn.transaction()?;
    for (index, doc) in docs.iter().enumerate() {
        if let Err(reason) = check(doc) {
            report.rejected.push(Rejected {
                index,
                id: doc.id.clone(),
                reason,
            });
            continue;
        }
        let hash = text_hash(&doc.text);
        if contains_hash(&tx, &hash)? {
            report.stories_duplicate += 1;
            continue;
        }
        let clash: Option<String> = tx
            .prepare_cached("SELECT hash FROM documents WHERE story_id = ?1")?
            .query_row([&doc.id], |r| r.get(0))
            .optional()?;
        if clash.is_some() {
            report.rejected.push(Rejected {
                index,
                id: doc.id.clone(),
                reason: format!(
                    "story id {:?} is already stored with a different text",
                    doc.id
                ),
            });
            continue;
        }
        let sp = tx.savepoint()?;
        match write_doc(&sp, doc, &hash, &rule, &mut report) {
            Ok(()) => {
                sp.commit()?;
                report.stories_added += 1;
                report.added_ids.push(doc.id.clone());
            }
            Err(e) => {
                // Rolled back to the savepoint when `sp` drops.
                drop(sp);
                match e {
                    StoreError::Sqlite(_) | StoreError::Json(_) => report.rejected.push(Rejected {
                        index,
                        id: doc.id.clone(),
                        reason: e.to_string(),
                    }),
                    other => return Err(other),
                }
            }
        }
    }
    tx.commit()?;
    Ok(report)
}

/// Checks a document before writing: an id, valid spans, event sentences
/// in range.
fn check(doc: &Document) -> std::result::Result<(), String> {
    if doc.id.trim().is_empty() {
        return Err("story has an empty id".into());
    }
    doc.validate()?;
    for (i, e) in doc.events.iter().enumerate() {
        if e.cameo.is_empty() {
            return Err(format!("event {i} has no CAMEO code"));
        }
    }
    Ok(())
}

fn opt_str(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

fn write_doc(
    tx: &Connection,
    doc: &Document,
    hash: &str,
    rule: &GroupingRule,
    report: &mut IngestReport,
) -> Result<()> {
    let doc_day = doc.date.as_deref().and_then(iso_day);
    let mut stripped = doc.clone();
    stripped.text = String::new();
    let json = serde_json::to_vec(&stripped)?;
    let json = zstd::bulk::compress(&json, 3)?;
    let now = chrono::Utc::now().to_rfc3339();
    tx.prepare_cached(
        "INSERT INTO documents(story_id, hash, date, title, outlet, url, bytes, text, json, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        doc.id,
        hash,
        doc_day.map(|d| d.to_string()),
        opt_str(&doc.title),
        opt_str(&doc.meta.source),
        opt_str(&doc.meta.url),
        doc.text.len() as i64,
        doc.text,
        json,
        now,
    ])?;
    let rowid = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO stories_fts(rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![rowid, doc.title.as_deref().unwrap_or(""), doc.text])?;

    {
        let mut st = tx.prepare_cached(
            "INSERT INTO sentences(doc, idx, start, end) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (i, s) in doc.sentences.iter().enumerate() {
            st.execute(params![rowid, i as i64, s.start as i64, s.end as i64,])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO actors(doc, idx, start, end, text, code, country, sector, name, kind, sentence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        for (i, a) in doc.actors.iter().enumerate() {
            let kind = serde_json::to_value(a.kind)?;
            st.execute(params![
                rowid,
                i as i64,
                a.start as i64,
                a.end as i64,
                a.text,
                a.code,
                opt_str(&a.country),
                opt_str(&a.sector),
                opt_str(&a.name),
                kind.as_str().unwrap_or("unknown"),
                a.sentence as i64,
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO times(doc, idx, start, end, text, value, precision, sentence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for (i, t) in doc.times.iter().enumerate() {
            st.execute(params![
                rowid,
                i as i64,
                t.start as i64,
                t.end as i64,
                t.text,
                t.value,
                t.precision,
                t.sentence as i64
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO places(doc, idx, start, end, text, name, country, lat, lon, geonames_id, feature, sentence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        for (i, p) in doc.places.iter().enumerate() {
            st.execute(params![
                rowid,
                i as i64,
                p.start as i64,
                p.end as i64,
                p.text,
                p.name,
                opt_str(&p.country),
                p.lat,
                p.lon,
                p.geonames_id.map(|g| g as i64),
                p.feature,
                p.sentence as i64
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO quotes(doc, idx, start, end, text, direct, speaker, speaker_code, speaker_country, speaker_name, cue)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        let mut fts =
            tx.prepare_cached("INSERT INTO quotes_fts(rowid, text, speaker) VALUES (?1, ?2, ?3)")?;
        for (i, q) in doc.quotes.iter().enumerate() {
            let sp = q.speaker.as_ref();
            st.execute(params![
                rowid,
                i as i64,
                q.start as i64,
                q.end as i64,
                q.text,
                q.direct,
                sp.map(|s| s.text.as_str()),
                sp.and_then(|s| s.code.as_deref()),
                sp.and_then(|s| s.country.as_deref()),
                sp.and_then(|s| s.name.as_deref()),
                q.cue.as_ref().map(|c| c.text.as_str()),
            ])?;
            let qid = tx.last_insert_rowid();
            let speaker = sp
                .map(|s| s.name.clone().unwrap_or_else(|| s.text.clone()))
                .unwrap_or_default();
            fts.execute(params![qid, q.text, speaker])?;
        }
    }

    let skey = source_key(doc);
    let countries = doc_countries(doc);
    let none = [empty_actor()];
    for (ei, ev) in doc.events.iter().enumerate() {
        let (day, precision) = event_day(ev, doc_day);
        let sig = signature(doc, ev.sentence, rule);
        let srcs: &[EventActor] = if ev.source.is_empty() {
            &none
        } else {
            &ev.source
        };
        let tgts: &[EventActor] = if ev.target.is_empty() {
            &none
        } else {
            &ev.target
        };
        for s in srcs {
            for t in tgts {
                let m = MentionCtx {
                    day,
                    precision,
                    skey: &skey,
                    sig: &sig,
                    countries: &countries,
                    rule,
                };
                write_mention(tx, rowid, doc, ei, ev, s, t, &m, report)?;
            }
        }
    }
    Ok(())
}

/// Per-event context of a mention being written.
struct MentionCtx<'a> {
    day: Option<NaiveDate>,
    precision: &'a str,
    skey: &'a str,
    /// Content terms of the event's sentence (sorted, unique).
    sig: &'a [String],
    /// Countries the story names (actors and places), for generic actors.
    countries: &'a [String],
    rule: &'a GroupingRule,
}

#[allow(clippy::too_many_arguments)]
fn write_mention(
    tx: &Connection,
    doc_row: i64,
    doc: &Document,
    ei: usize,
    ev: &Event,
    s: &EventActor,
    t: &EventActor,
    m: &MentionCtx<'_>,
    report: &mut IngestReport,
) -> Result<()> {
    let (day, precision, skey) = (m.day, m.precision, m.skey);
    let pkey = place_key(ev);
    let root = if ev.root.is_empty() {
        ev.cameo.get(0..2).unwrap_or(&ev.cameo).to_string()
    } else {
        ev.root.clone()
    };
    let issue = opt_str(&ev.issue).map(|i| i.trim().to_lowercase());
    let event_id = match find_event(
        tx,
        s,
        t,
        &root,
        ev.negated,
        day,
        pkey.as_deref(),
        issue.as_deref(),
        m.sig,
        m.countries,
        m.rule,
    )? {
        Some((id, event_sig)) => {
            report.mentions_grouped += 1;
            // The event's terms: the union over its reports (bounded).
            if m.rule.merge_terms && !m.sig.is_empty() {
                let mut terms: Vec<&str> = event_sig.split_whitespace().collect();
                let before = terms.len();
                for w in m.sig {
                    if terms.len() >= MAX_SIG_TERMS {
                        break;
                    }
                    if !terms.contains(&w.as_str()) {
                        terms.push(w);
                    }
                }
                if terms.len() != before {
                    terms.sort_unstable();
                    tx.prepare_cached("UPDATE events SET sig = ?2 WHERE id = ?1")?
                        .execute(params![id, terms.join(" ")])?;
                }
            }
            // Fill a missing place from the new report.
            if let (Some(p), Some(_)) = (&ev.place, &pkey) {
                let changed = tx
                    .prepare_cached(
                        "UPDATE events SET place = ?2, place_key = ?3, place_country = ?4, lat = ?5, lon = ?6
                     WHERE id = ?1 AND place_key IS NULL",
                    )?
                    .execute(params![id, p.name, pkey, opt_str(&p.country), p.lat, p.lon])?;
                if changed > 0 {
                    crate::rollup::place_set(tx, id)?;
                }
            }
            id
        }
        None => {
            let place = ev.place.as_ref();
            tx.prepare_cached(
                "INSERT INTO events(date, src, src_country, src_name, tgt, tgt_country, tgt_name, cameo, root,
                    quad, goldstein, plover, negated, issue, place, place_key, place_country, lat, lon,
                    killed, injured, plover_mode, plover_context, sig)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
            )?
            .execute(params![
                day.map(|d| d.to_string()),
                s.code,
                actor_country(s),
                s.text,
                t.code,
                actor_country(t),
                t.text,
                ev.cameo,
                root,
                ev.quad_class,
                ev.goldstein,
                ev.plover.as_ref().map(|p| p.event_type.as_str()),
                ev.negated,
                opt_str(&ev.issue).map(|i| i.trim().to_lowercase()),
                place.map(|p| p.name.as_str()),
                pkey,
                place.and_then(|p| opt_str(&p.country)),
                place.and_then(|p| p.lat),
                place.and_then(|p| p.lon),
                ev.killed,
                ev.injured,
                ev.plover.as_ref().map(|p| p.mode.as_str()).filter(|m| !m.is_empty()),
                ev.plover.as_ref().map(|p| p.context.as_str()).filter(|m| !m.is_empty()),
                (!m.sig.is_empty()).then(|| m.sig.join(" ")),
            ])?;
            report.events_created += 1;
            let id = tx.last_insert_rowid();
            crate::rollup::event_created(tx, id)?;
            id
        }
    };
    // Is this a new story / a new source for the event?
    let new_story = !tx
        .prepare_cached("SELECT 1 FROM mentions WHERE event = ?1 AND doc = ?2")?
        .exists(params![event_id, doc_row])?;
    let new_source = !tx
        .prepare_cached("SELECT 1 FROM mentions WHERE event = ?1 AND source_key = ?2")?
        .exists(params![event_id, skey])?;
    let attribution = ev.attribution.as_ref();
    tx.prepare_cached(
        "INSERT INTO mentions(event, doc, event_index, sentence, trigger, trigger_start, trigger_end,
            src, src_country, src_name, tgt, tgt_country, tgt_name, cameo, root, date, date_precision,
            negated, modality, attribution, attribution_code, issue, pattern, source_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
    )?
    .execute(params![
        event_id,
        doc_row,
        ei as i64,
        ev.sentence as i64,
        doc.text
            .get(ev.trigger.start..ev.trigger.end)
            .unwrap_or(&ev.trigger.text),
        ev.trigger.start as i64,
        ev.trigger.end as i64,
        s.code,
        actor_country(s),
        s.text,
        t.code,
        actor_country(t),
        t.text,
        ev.cameo,
        root,
        day.map(|d| d.to_string()),
        precision,
        ev.negated,
        opt_str(&ev.modality),
        attribution.map(|a| a.text.as_str()),
        attribution.and_then(|a| a.code.as_deref()),
        issue,
        opt_str(&ev.pattern),
        skey,
    ])?;
    let mid = tx.last_insert_rowid();
    tx.prepare_cached(
        "UPDATE events SET num_mentions = num_mentions + 1,
            num_stories = num_stories + ?2, num_sources = num_sources + ?3,
            first_mention = COALESCE(first_mention, ?4),
            issue = COALESCE(issue, ?5)
         WHERE id = ?1",
    )?
    .execute(params![
        event_id,
        new_story as i64,
        new_source as i64,
        mid,
        opt_str(&ev.issue).map(|i| i.trim().to_lowercase()),
    ])?;
    if issue.is_some() {
        crate::board::statement_added(tx, mid)?;
    }
    report.mentions_added += 1;
    Ok(())
}

/// Reports of one real event are at most this many days from the event's
/// day (the board's statement scan relies on it, see `board.rs`).
pub(crate) const GROUP_DAYS: i64 = 1;

/// Most content terms kept per event (union over its reports).
const MAX_SIG_TERMS: usize = 200;

/// How reports are grouped into real events (see docs/store.md).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupingRule {
    /// Content terms (lemmas of proper nouns and numbers, and of common
    /// nouns when `nouns`) that a report's sentence must share with the
    /// sentences of an event's reports to join it. Applies when both sides
    /// have tagged tokens; 0 disables the test.
    pub min_shared_terms: usize,
    /// Count common nouns as content terms.
    pub nouns: bool,
    /// Compare with the union of the terms of all the event's reports
    /// (else with its first report's terms only).
    pub merge_terms: bool,
    /// Shared content terms required instead of `min_shared_terms` when
    /// one side of the event is empty ("police said", "a quake struck"):
    /// the actor key is weak, so the text must say more.
    pub one_sided_min_shared: usize,
}

impl Default for GroupingRule {
    fn default() -> Self {
        GroupingRule {
            min_shared_terms: 2,
            nouns: false,
            merge_terms: true,
            one_sided_min_shared: 3,
        }
    }
}

/// The content terms of a sentence: lower-cased lemmas (else forms) of its
/// proper nouns and numbers (and common nouns when the rule says so),
/// sorted and unique. Empty when the sentence has no tagged tokens.
pub(crate) fn signature(doc: &Document, sentence: usize, rule: &GroupingRule) -> Vec<String> {
    let Some(s) = doc.sentences.get(sentence) else {
        return Vec::new();
    };
    let end = s.token_end.min(doc.tokens.len());
    let mut out: Vec<String> = Vec::new();
    for t in doc.tokens.get(s.token_start..end).unwrap_or(&[]) {
        let keep = match t.upos.as_str() {
            "PROPN" | "NUM" => true,
            "NOUN" => rule.nouns,
            _ => false,
        };
        if !keep {
            continue;
        }
        let w = if t.lemma.is_empty() {
            doc.text.get(t.start..t.end).unwrap_or("")
        } else {
            t.lemma.as_str()
        };
        let w: String = w
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if w.chars().count() >= 2 {
            out.push(w);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Number of terms two sorted, unique term lists share.
fn shared_terms<'a>(a: &[String], b: impl Iterator<Item = &'a str>) -> usize {
    b.filter(|w| a.binary_search_by(|x| x.as_str().cmp(w)).is_ok())
        .count()
}

/// The countries a story names (of its actor and place mentions): sorted,
/// unique, three-letter codes only.
fn doc_countries(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = doc
        .actors
        .iter()
        .filter_map(|a| a.country.as_deref())
        .chain(doc.places.iter().filter_map(|p| p.country.as_deref()))
        .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))
        .map(str::to_string)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// How a candidate event's actor code on one side relates to the report's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CodeMatch {
    /// The same code.
    Same,
    /// The event's code is the report's without its country (`COP` for a
    /// report's `GRCCOP`): the event's stories must name that country and
    /// none of its reports may carry another one on this side.
    Generic,
    /// The event's code is the report's generic code with a country the
    /// report's story names (`GRCCOP` for a report's `COP` in a story that
    /// names Greece).
    Specific,
}

/// The codes an event may carry on one side to be grouped with a report's
/// actor `a`: its own code; without its country prefix when it has one
/// (and something after it); with each country the story names when it has
/// no country. An empty code only matches an empty code.
fn side_codes(a: &EventActor, countries: &[String]) -> Vec<(String, CodeMatch)> {
    let mut out = vec![(a.code.clone(), CodeMatch::Same)];
    if a.code.is_empty() {
        return out;
    }
    match actor_country(a) {
        Some(c) => {
            if let Some(rest) = a.code.strip_prefix(c.as_str()) {
                if !rest.is_empty() {
                    out.push((rest.to_string(), CodeMatch::Generic));
                }
            }
        }
        None => {
            for c in countries {
                if !a.code.starts_with(c.as_str()) {
                    out.push((format!("{c}{}", a.code), CodeMatch::Specific));
                }
            }
        }
    }
    out
}

/// Whether a report whose actor on one side (`tgt_side`) has `country` may
/// join event `id` that carries the generic code on that side: some story
/// of the event names the country, and no report of it has another country
/// there.
fn generic_ok(tx: &Connection, id: i64, tgt_side: bool, country: &str) -> Result<bool> {
    let named = tx
        .prepare_cached(
            "SELECT 1 FROM mentions m WHERE m.event = ?1 AND (
                EXISTS (SELECT 1 FROM actors a WHERE a.doc = m.doc AND a.country = ?2)
                OR EXISTS (SELECT 1 FROM places p WHERE p.doc = m.doc AND p.country = ?2))
             LIMIT 1",
        )?
        .exists(params![id, country])?;
    if !named {
        return Ok(false);
    }
    let sql = if tgt_side {
        "SELECT 1 FROM mentions WHERE event = ?1 AND tgt_country IS NOT NULL AND tgt_country != ?2 LIMIT 1"
    } else {
        "SELECT 1 FROM mentions WHERE event = ?1 AND src_country IS NOT NULL AND src_country != ?2 LIMIT 1"
    };
    Ok(!tx.prepare_cached(sql)?.exists(params![id, country])?)
}

/// Finds the real event a new report belongs to: compatible source and
/// target codes (not both empty; the same code, or the same code with and
/// without a country — see `side_codes`), same CAMEO root, same negation, a
/// date within one day, the same place or no place on either side, the same
/// issue or no issue on either side, and (when both have tagged sentences)
/// at least `rule.min_shared_terms` content terms in common
/// (`one_sided_min_shared` when one side is empty). Prefers the same place,
/// then more shared terms, then the same codes, then the nearest date, then
/// the oldest event. Reports without a date are never grouped. Returns the
/// event id and its terms.
#[allow(clippy::too_many_arguments)]
fn find_event(
    tx: &Connection,
    s: &EventActor,
    t: &EventActor,
    root: &str,
    negated: bool,
    day: Option<NaiveDate>,
    pkey: Option<&str>,
    issue: Option<&str>,
    sig: &[String],
    countries: &[String],
    rule: &GroupingRule,
) -> Result<Option<(i64, String)>> {
    let Some(day) = day else { return Ok(None) };
    if s.code.is_empty() && t.code.is_empty() {
        return Ok(None);
    }
    let need = if s.code.is_empty() || t.code.is_empty() {
        rule.one_sided_min_shared
    } else {
        rule.min_shared_terms
    };
    let span = chrono::Days::new(GROUP_DAYS as u64);
    let lo = day.checked_sub_days(span).unwrap_or(day).to_string();
    let hi = day.checked_add_days(span).unwrap_or(day).to_string();
    // One statement per (up to) 4 × 4 codes: the IN lists are index seeks
    // on `events(src, tgt, root, negated, date)`; shorter lists repeat
    // their first code.
    let mut st = tx.prepare_cached(
        "SELECT id, date, place_key, issue, sig, src, tgt FROM events
         WHERE src IN (?1, ?2, ?3, ?4) AND tgt IN (?5, ?6, ?7, ?8)
           AND root = ?9 AND negated = ?10 AND date BETWEEN ?11 AND ?12
         ORDER BY id LIMIT ?13",
    )?;
    // (place rank, fewer shared terms, codes not the same, day distance,
    // id) and the terms.
    type Key = (u8, usize, u8, i64, i64);
    let mut best: Option<(Key, String)> = None;
    let src_codes = side_codes(s, countries);
    let tgt_codes = side_codes(t, countries);
    let slot =
        |c: &[(String, CodeMatch)], i: usize| -> String { c.get(i).unwrap_or(&c[0]).0.clone() };
    let kind = |c: &[(String, CodeMatch)], code: &str| -> Option<CodeMatch> {
        c.iter().find(|(x, _)| x == code).map(|(_, m)| *m)
    };
    for sc in src_codes.chunks(4) {
        for tc in tgt_codes.chunks(4) {
            let rows = st.query_map(
                params![
                    slot(sc, 0),
                    slot(sc, 1),
                    slot(sc, 2),
                    slot(sc, 3),
                    slot(tc, 0),
                    slot(tc, 1),
                    slot(tc, 2),
                    slot(tc, 3),
                    root,
                    negated,
                    lo,
                    hi,
                    // At most 64 candidates per pair of codes, as for one.
                    (64 * sc.len() * tc.len()) as i64
                ],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, Option<String>>(4)?.unwrap_or_default(),
                        r.get::<_, String>(5)?,
                        r.get::<_, String>(6)?,
                    ))
                },
            )?;
            for row in rows {
                let (id, date, cand_place, cand_issue, cand_sig, csrc, ctgt) = row?;
                let (Some(sm), Some(tm)) = (kind(sc, &csrc), kind(tc, &ctgt)) else {
                    continue;
                };
                if let (Some(a), Some(b)) = (issue, cand_issue.as_deref()) {
                    if a != b {
                        continue;
                    }
                }
                let place_rank = match (pkey, cand_place.as_deref()) {
                    (Some(a), Some(b)) if a == b => 0,
                    (Some(_), Some(_)) => continue,
                    _ => 1,
                };
                let shared = shared_terms(sig, cand_sig.split_whitespace());
                if need > 0 && !sig.is_empty() && !cand_sig.is_empty() && shared < need {
                    continue;
                }
                let dist = iso_day(&date)
                    .map(|d| (d - day).num_days().abs())
                    .unwrap_or(1);
                let key = (
                    place_rank,
                    usize::MAX - shared,
                    u8::from(sm != CodeMatch::Same) + u8::from(tm != CodeMatch::Same),
                    dist,
                    id,
                );
                if best.as_ref().is_some_and(|b| key >= b.0) {
                    continue;
                }
                // Generic codes are checked last (two small reads).
                let generic = [(sm, s, false), (tm, t, true)];
                let mut ok = true;
                for (m, a, tgt_side) in generic {
                    if m == CodeMatch::Generic {
                        let c = actor_country(a).unwrap_or_default();
                        if !generic_ok(tx, id, tgt_side, &c)? {
                            ok = false;
                            break;
                        }
                    }
                }
                if ok {
                    best = Some((key, cand_sig));
                }
            }
        }
    }
    Ok(best.map(|(k, sig)| (k.4, sig)))
}
