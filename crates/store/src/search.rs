//! Full-text search over stories and quotes (SQLite FTS5, porter stemming).

use rusqlite::params;

use crate::{HitKind, Result, SearchHit, Store};

const MAX_TERMS: usize = 32;
const MAX_TERM_LEN: usize = 64;

/// Turns user text into a safe FTS5 query: words (letters and digits) are
/// quoted and ANDed, `"a b"` stays a phrase, a trailing `*` makes a prefix
/// query. Every FTS operator character is dropped, so no input is a syntax
/// error. `None` when no word is left.
pub(crate) fn fts_query(text: &str) -> Option<String> {
    let mut terms: Vec<String> = Vec::new();
    let mut in_phrase = false;
    for (pi, part) in text.split('"').enumerate() {
        if pi > 0 {
            in_phrase = !in_phrase;
        }
        if in_phrase {
            let words: Vec<String> = words(part).map(|(w, _)| w).collect();
            if !words.is_empty() {
                terms.push(format!("\"{}\"", words.join(" ")));
            }
        } else {
            for (w, prefix) in words(part) {
                terms.push(if prefix {
                    format!("\"{w}\"*")
                } else {
                    format!("\"{w}\"")
                });
            }
        }
        if terms.len() >= MAX_TERMS {
            break;
        }
    }
    terms.truncate(MAX_TERMS);
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// Words of a piece of text, with whether each ends in `*`.
fn words(s: &str) -> impl Iterator<Item = (String, bool)> + '_ {
    s.split(|c: char| !(c.is_alphanumeric() || c == '*'))
        .filter_map(|raw| {
            let prefix = raw.ends_with('*');
            let w: String = raw
                .chars()
                .filter(|c| c.is_alphanumeric())
                .take(MAX_TERM_LEN)
                .collect();
            (!w.is_empty()).then_some((w, prefix))
        })
}

/// Most matches ranked by BM25 per search. A query matching more
/// stories (or quotes) ranks the `RANK_CAP` most recently stored matches
/// only: BM25 costs ~2 us per match, so ranking every match of a common
/// word on a large database would take far longer than the latency goal.
pub const RANK_CAP: usize = 5000;

/// Row ids and BM25 scores of the best matches of `q` in an FTS table
/// (`stories_fts` or `quotes_fts`), best first.
fn top_matches(
    conn: &rusqlite::Connection,
    table: &str,
    q: &str,
    limit: i64,
) -> Result<Vec<(i64, f64)>> {
    let n: i64 = conn
        .prepare_cached(&format!(
            "SELECT COUNT(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ?1 LIMIT ?2)"
        ))?
        .query_row(params![q, RANK_CAP as i64 + 1], |r| r.get(0))?;
    let lo: i64 = if n as usize > RANK_CAP {
        conn.prepare_cached(&format!(
            "SELECT rowid FROM {table} WHERE {table} MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ?2"
        ))?
        .query_row(params![q, RANK_CAP as i64 - 1], |r| r.get(0))?
    } else {
        i64::MIN
    };
    let mut st = conn.prepare_cached(&format!(
        "SELECT rowid, bm25({table}) FROM {table} WHERE {table} MATCH ?1 AND rowid >= ?2
         ORDER BY bm25({table}), rowid DESC LIMIT ?3"
    ))?;
    let rows = st.query_map(params![q, lo, limit], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(crate) fn search(store: &Store, text: &str, limit: usize) -> Result<Vec<SearchHit>> {
    let Some(q) = fts_query(text) else {
        return Ok(Vec::new());
    };
    let limit = limit.clamp(1, 1000) as i64;
    let mut out = Vec::new();
    // Snippets only for the hits shown (snippet() on every match would cost
    // as much as the ranking).
    let mut st = store.conn.prepare_cached(
        "SELECT d.story_id, d.title, d.date, snippet(stories_fts, 1, '[', ']', '…', 16)
         FROM stories_fts JOIN documents d ON d.id = stories_fts.rowid
         WHERE stories_fts MATCH ?1 AND stories_fts.rowid = ?2",
    )?;
    for (rowid, score) in top_matches(&store.conn, "stories_fts", &q, limit)? {
        let hit = st.query_row(params![q, rowid], |r| {
            Ok(SearchHit {
                kind: HitKind::Story,
                story_id: r.get(0)?,
                title: r.get(1)?,
                date: r.get(2)?,
                snippet: r.get(3)?,
                start: None,
                end: None,
                speaker: None,
                score,
            })
        })?;
        out.push(hit);
    }
    let mut st = store.conn.prepare_cached(
        "SELECT d.story_id, d.title, d.date,
            snippet(quotes_fts, 0, '[', ']', '…', 24), q.start, q.end,
            COALESCE(q.speaker_name, q.speaker)
         FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN documents d ON d.id = q.doc
         WHERE quotes_fts MATCH ?1 AND quotes_fts.rowid = ?2",
    )?;
    for (rowid, score) in top_matches(&store.conn, "quotes_fts", &q, limit)? {
        let hit = st.query_row(params![q, rowid], |r| {
            Ok(SearchHit {
                kind: HitKind::Quote,
                story_id: r.get(0)?,
                title: r.get(1)?,
                date: r.get(2)?,
                snippet: r.get(3)?,
                score,
                start: Some(r.get::<_, i64>(4)? as usize),
                end: Some(r.get::<_, i64>(5)? as usize),
                speaker: r.get(6)?,
            })
        })?;
        out.push(hit);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn hostile_queries_are_neutralised() {
        assert_eq!(
            fts_query("cease-fire talks").as_deref(),
            Some("\"cease\" \"fire\" \"talks\"")
        );
        assert_eq!(
            fts_query("\"security guarantees\" kyiv*").as_deref(),
            Some("\"security guarantees\" \"kyiv\"*")
        );
        assert_eq!(
            fts_query("'; DROP TABLE x; -- NEAR( OR").as_deref(),
            Some("\"DROP\" \"TABLE\" \"x\" \"NEAR\" \"OR\"")
        );
        assert_eq!(fts_query("*** () \"\""), None);
    }
}
