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

pub(crate) fn board(
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
    Ok(out)
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
