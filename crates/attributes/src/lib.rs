//! gesta attributes stage: times, places, casualties, quotes and issues.
//!
//! [`Attributes`] is the pipeline stage (an [`Annotator`]); its parts work
//! alone too: [`find_times`], [`Gazetteer`], [`PlaceFinder`], [`find_quotes`].
//! All word lists and the gazetteer are data files under `data/`, embedded
//! in the binary; their formats are in `docs/attributes.md`.

pub mod casualties;
pub mod gazetteer;
pub mod issues;
pub mod lexicon;
pub mod places;
pub mod quotes;
pub mod time;

pub use gazetteer::{Gazetteer, Place};
pub use places::{PlaceFinder, SentenceToks};
pub use quotes::{find_quotes, QuoteFinder};
pub use time::{find_times, Times};

use gesta_document::{Annotator, Document};
use lexicon::{parse_iso_date, split_sentences, tokenize_pooled, RootGroup};

/// Spare buffers of the documents a thread annotated.
struct Pool {
    /// Token strings (see [`lexicon::tokenize_pooled`]).
    strings: Vec<String>,
    /// Empty token vectors of sentences, with their capacity.
    vecs: Vec<Vec<lexicon::Tok>>,
}

thread_local! {
    static POOL: std::cell::RefCell<Pool> = const {
        std::cell::RefCell::new(Pool {
            strings: Vec::new(),
            vecs: Vec::new(),
        })
    };
}

/// The most spare strings a thread keeps.
const POOL_MAX: usize = 50_000;
/// The most spare token vectors a thread keeps, and the largest capacity
/// of one kept.
const VECS_MAX: usize = 2_000;
const VEC_CAP_MAX: usize = 1_000;

/// Errors of the attributes stage (bad embedded or user data files).
#[derive(Debug, thiserror::Error)]
pub enum AttributesError {
    #[error("{file}:{line}: {message}")]
    Data {
        file: &'static str,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Other(String),
}

/// The attributes stage.
#[derive(Debug, Clone)]
pub struct Attributes {
    pub times: Times,
    pub places: PlaceFinder,
    pub quotes: QuoteFinder,
    pub casualties: casualties::Casualties,
    pub issues: issues::Issues,
    /// The function-word lists (`clause_joiner`).
    lists: lexicon::WordLists,
    /// The CAMEO roots whose events carry an issue, and the violent ones.
    roots: lexicon::CameoRoots,
}

impl Attributes {
    /// The stage with its embedded data.
    pub fn embedded() -> Result<Attributes, AttributesError> {
        Ok(Attributes {
            times: Times::embedded()?,
            places: PlaceFinder::embedded()?,
            quotes: QuoteFinder::embedded()?,
            casualties: casualties::Casualties::embedded()?,
            issues: issues::Issues::embedded()?,
            lists: lexicon::WordLists::embedded()?,
            roots: lexicon::CameoRoots::embedded()?,
        })
    }

    /// Sentences of the document with light tokens (from the sentence layer
    /// when there is one, else split here).
    pub fn sentences(doc: &Document) -> Vec<SentenceToks> {
        let spans: Vec<(usize, usize)> = if doc.sentences.is_empty() {
            split_sentences(&doc.text)
        } else {
            doc.sentences.iter().map(|s| (s.start, s.end)).collect()
        };
        spans
            .into_iter()
            .filter(|&(s, e)| {
                s <= e
                    && e <= doc.text.len()
                    && doc.text.is_char_boundary(s)
                    && doc.text.is_char_boundary(e)
            })
            .map(|(s, e)| {
                let toks = POOL.with(|p| {
                    let p = &mut *p.borrow_mut();
                    let mut toks = p.vecs.pop().unwrap_or_default();
                    tokenize_pooled(&doc.text, s, e, &mut toks, &mut p.strings);
                    toks
                });
                SentenceToks {
                    start: s,
                    end: e,
                    toks,
                }
            })
            .collect()
    }
}

impl Annotator for Attributes {
    fn annotate(&self, doc: &mut Document) {
        let sents = Self::sentences(doc);
        let anchor = doc.date.as_deref().and_then(parse_iso_date);
        // times
        let mut times = Vec::new();
        // the tags of one sentence (one buffer for all)
        let mut xbuf: Vec<&str> = Vec::new();
        for (si, s) in sents.iter().enumerate() {
            // the tag of the parse token starting where each light token
            // starts (`token_at`, walked forward: the starts increase)
            let xpos: Option<&[&str]> = (!doc.tokens.is_empty()).then(|| {
                let dt = &doc.tokens;
                let mut k = s
                    .toks
                    .first()
                    .map_or(0, |t| dt.partition_point(|x| x.end <= t.start));
                xbuf.clear();
                xbuf.extend(s.toks.iter().map(|t| {
                    while k < dt.len() && dt[k].end <= t.start {
                        k += 1;
                    }
                    match dt.get(k) {
                        Some(x) if x.start == t.start => x.xpos.as_str(),
                        _ => "",
                    }
                }));
                xbuf.as_slice()
            });
            for f in self
                .times
                .find_in(&s.toks, anchor, time::TimeOptions::default(), xpos)
            {
                times.push(gesta_document::TimeExpr {
                    start: f.start,
                    end: f.end,
                    text: doc.text[f.start..f.end].to_string(),
                    value: f.value,
                    precision: f.precision,
                    sentence: si,
                });
            }
        }
        doc.times = times;
        // places
        doc.places = self.places.find(
            &doc.text,
            &sents,
            &doc.actors,
            doc.meta.dateline_place.as_deref(),
        );
        // quotes
        let paras: Vec<(usize, usize)> = doc.paragraphs.iter().map(|p| (p.start, p.end)).collect();
        doc.quotes = self.quotes.find(&doc.text, &sents, &paras, &doc.actors);
        let more = self.quotes.parse_attributions(
            &doc.text,
            &doc.tokens,
            &sents,
            &doc.actors,
            &mut doc.quotes,
        );
        // a partial quote with no cue of its own takes the speaker of the
        // attribution whose content holds it ("X likened Trump to a “vicious
        // snake”")
        for q in doc.quotes.iter_mut().filter(|q| q.speaker.is_none()) {
            if let Some(m) = more
                .iter()
                .filter(|m| m.start <= q.start && q.end <= m.end)
                .min_by_key(|m| m.end - m.start)
            {
                q.speaker = m.speaker.clone();
                q.cue = m.cue.clone();
            }
        }
        if !more.is_empty() {
            doc.quotes.extend(more);
            doc.quotes.sort_by_key(|q| (q.start, q.end));
        }
        // events
        if !doc.events.is_empty() {
            self.attach(doc, &sents);
        }
        // the token strings and the emptied token vectors go back to the pool
        POOL.with(|p| {
            let p = &mut *p.borrow_mut();
            for s in sents {
                let mut toks = s.toks;
                let room = POOL_MAX.saturating_sub(p.strings.len());
                p.strings.extend(toks.drain(..).take(room).map(|t| t.lower));
                // (`drain` drops the strings there was no room for)
                if p.vecs.len() < VECS_MAX && toks.capacity() <= VEC_CAP_MAX {
                    p.vecs.push(toks);
                }
            }
        });
    }
}

/// Is there a clause boundary between tokens `a` and `b` (exclusive)?
fn clause_break(lists: &lexicon::WordLists, t: &[lexicon::Tok], a: usize, b: usize) -> bool {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    (lo + 1..hi).any(|k| {
        let w = t[k].lower.as_str();
        w == ";"
            || (w == ","
                && t.get(k + 1).is_some_and(|n| {
                    lists.has(lexicon::List::ClauseJoiner, &n.lower)
                        // a participle clause: ", conveying the message …"
                        || (!n.cap && n.lower.len() > 5 && n.lower.ends_with("ing"))
                }))
    })
}

/// Rank of a time value for event dating: specific first.
fn time_rank(value: &str, precision: &str) -> Option<u8> {
    Some(match precision {
        "day" => 0,
        "interval" if value.len() <= 21 => 1,
        "week" => 2,
        "month" => 3,
        "year" => 4,
        "interval" => 5,
        "unresolved" => {
            if value.starts_with("after:") || value.starts_with("before:") {
                return None;
            }
            if value.starts_with("weekday:") || value.ends_with('D') {
                0
            } else {
                2
            }
        }
        _ => return None,
    })
}

impl Attributes {
    /// Fills the event fields from the layers found.
    fn attach(&self, doc: &mut Document, sents: &[SentenceToks]) {
        let sent_of = |pos: usize| {
            sents
                .iter()
                .position(|s| s.start <= pos && pos < s.end.max(s.start + 1))
        };
        let tok_of = |s: &SentenceToks, pos: usize| {
            s.toks
                .iter()
                .position(|t| t.end > pos)
                .unwrap_or(s.toks.len().saturating_sub(1))
        };
        let story = doc.date.clone().filter(|d| parse_iso_date(d).is_some());
        // times and places by sentence (indices in layer order), the
        // sentence of each event
        let mut times_in: Vec<Vec<usize>> = vec![Vec::new(); sents.len()];
        for (k, t) in doc.times.iter().enumerate() {
            if let Some(v) = times_in.get_mut(t.sentence) {
                v.push(k);
            }
        }
        let mut places_in: Vec<Vec<usize>> = vec![Vec::new(); sents.len()];
        for (k, p) in doc.places.iter().enumerate() {
            if let Some(v) = places_in.get_mut(p.sentence) {
                v.push(k);
            }
        }
        let ev_sent: Vec<Option<usize>> = doc
            .events
            .iter()
            .map(|e| sent_of(e.trigger.start))
            .collect();
        // casualty counts per sentence (only sentences with an event use
        // them: the others are not searched)
        let mut has_event = vec![false; sents.len()];
        for si in ev_sent.iter().flatten() {
            if let Some(h) = has_event.get_mut(*si) {
                *h = true;
            }
        }
        let mut counts: Vec<Vec<casualties::Count>> = Vec::with_capacity(sents.len());
        for (si, s) in sents.iter().enumerate() {
            if !has_event[si] {
                counts.push(Vec::new());
                continue;
            }
            let skip: Vec<(usize, usize)> = times_in[si]
                .iter()
                .map(|&k| (doc.times[k].start, doc.times[k].end))
                .collect();
            counts.push(self.casualties.find_in(&s.toks, &skip));
        }
        let has_parse = doc.tokens.iter().any(|t| t.head.is_some());
        let n_events = doc.events.len();
        // which event of a sentence takes the counts: nearest, violent first
        let mut count_owner: Vec<Option<usize>> = vec![None; n_events];
        for (si, cs) in counts.iter().enumerate() {
            if cs.is_empty() {
                continue;
            }
            let s = &sents[si];
            let evs: Vec<usize> = (0..n_events).filter(|&e| ev_sent[e] == Some(si)).collect();
            let cue = cs[0].cue_tok;
            let best = evs.iter().copied().min_by_key(|&e| {
                let tk = tok_of(s, doc.events[e].trigger.start);
                let violent = self.roots.has(RootGroup::Violent, &doc.events[e].root);
                (!violent, tk.abs_diff(cue))
            });
            if let Some(e) = best {
                count_owner[e] = Some(si);
            }
        }
        #[allow(clippy::needless_range_loop)]
        for ei in 0..n_events {
            let trig = doc.events[ei].trigger.start;
            let Some(si) = ev_sent[ei] else { continue };
            let s = &sents[si];
            let tt = tok_of(s, trig);
            // ---- time
            let trig_doc = doc.token_at(trig);
            let mut best: Option<(u8, u8, usize, usize)> = None; // (attached?0:1, rank, dist, time idx)
            for &k in &times_in[si] {
                let t = &doc.times[k];
                let Some(rank) = time_rank(&t.value, &t.precision) else {
                    continue;
                };
                let tk = tok_of(s, t.start);
                let attached =
                    has_parse && trig_doc.is_some_and(|tr| governs(doc, tr, t.start, t.end));
                if clause_break(&self.lists, &s.toks, tt, tk) {
                    continue;
                }
                let key = (u8::from(!attached), rank, tk.abs_diff(tt), k);
                if best.is_none_or(|b| key < b) {
                    best = Some(key);
                }
            }
            doc.events[ei].time = match best {
                Some((_, _, _, k)) => Some(gesta_document::EventTime {
                    value: doc.times[k].value.clone(),
                    precision: doc.times[k].precision.clone(),
                    expression: Some(k),
                }),
                None => story.as_ref().map(|d| gesta_document::EventTime {
                    value: d.clone(),
                    precision: "story".into(),
                    expression: None,
                }),
            };
            // ---- place: a locative place in the event's clause, not a participant
            let ev = &doc.events[ei];
            let root = if ev.root.is_empty() {
                ev.cameo.get(..2).unwrap_or("").to_string()
            } else {
                ev.root.clone()
            };
            let actor_spans: Vec<(usize, usize)> = ev
                .source
                .iter()
                .chain(ev.target.iter())
                .map(|a| (a.start, a.end))
                .collect();
            let mut bestp: Option<(usize, usize)> = None;
            for &k in &places_in[si] {
                let p = &doc.places[k];
                if actor_spans.iter().any(|&(a, b)| {
                    a < p.end
                        && p.start < b
                        && !(a == p.start && b == p.end && p.feature != "country")
                }) {
                    continue;
                }
                // "a halt in Ukraine's mobilization": a possessor, not a location
                if p.text.ends_with("'s") || p.text.ends_with("’s") {
                    continue;
                }
                let pk = tok_of(s, p.start);
                let prev = if pk > 0 {
                    s.toks[pk - 1].lower.as_str()
                } else {
                    ""
                };
                let prev2 = if pk > 1 {
                    s.toks[pk - 2].lower.as_str()
                } else {
                    ""
                };
                let locative = matches!(
                    prev,
                    "in" | "at"
                        | "near"
                        | "outside"
                        | "inside"
                        | "across"
                        | "throughout"
                        | "into"
                        | "on"
                ) || (prev == "the"
                    && matches!(prev2, "in" | "at" | "near" | "outside" | "across"))
                    || (prev == "of"
                        && matches!(
                            prev2,
                            "city"
                                | "town"
                                | "village"
                                | "port"
                                | "region"
                                | "province"
                                | "district"
                                | "capital"
                        ))
                    || (has_parse
                        && trig_doc.is_some_and(|tr| governs(doc, tr, p.start, p.end))
                        && p.feature != "country");
                if !locative || clause_break(&self.lists, &s.toks, tt, pk) {
                    continue;
                }
                // a statement's place is where it was made, not a place in what was said
                if root == "01" && pk > tt + 4 {
                    continue;
                }
                // a place inside a quote the event is not in does not count
                let d = pk.abs_diff(tt);
                if bestp.is_none_or(|(bd, _)| d < bd) {
                    bestp = Some((d, k));
                }
            }
            doc.events[ei].place = bestp.map(|(_, k)| {
                let p = &doc.places[k];
                gesta_document::EventPlace {
                    name: p.name.clone(),
                    country: p.country.clone(),
                    lat: p.lat,
                    lon: p.lon,
                    geonames_id: p.geonames_id,
                    mention: Some(k),
                }
            });
            // ---- an attack on a place with no coded target targets that
            // place's country (GDELT/Phoenix practice: "a drone attack hit
            // the city of X" -> target = X's country).
            if let Some((_, k)) = bestp {
                let ev = &doc.events[ei];
                let p = &doc.places[k];
                let material_conflict = matches!(root.as_str(), "18" | "19" | "20");
                if material_conflict && ev.target.is_empty() && tok_of(s, p.start) > tt {
                    if let Some(country) = p.country.clone() {
                        let target = gesta_document::EventActor {
                            code: country.clone(),
                            country: Some(country),
                            sector: None,
                            text: p.text.clone(),
                            start: p.start,
                            end: p.end,
                            mention: None,
                        };
                        doc.events[ei].target.push(target);
                    }
                }
            }
            // ---- casualties
            if count_owner[ei] == Some(si) {
                let cs = &counts[si];
                let ev = &mut doc.events[ei];
                ev.casualties = cs.iter().map(|c| c.casualty.clone()).collect();
                ev.killed = cs
                    .iter()
                    .find(|c| c.casualty.kind == "killed")
                    .map(|c| c.casualty.count);
                ev.injured = cs
                    .iter()
                    .find(|c| c.casualty.kind == "injured")
                    .map(|c| c.casualty.count);
            }
            // ---- issue
            if self.roots.has(RootGroup::Issue, &root) {
                if let Some(term) = self.issues.for_trigger(&s.toks, tt) {
                    doc.events[ei].issue = Some(term.issue.clone());
                }
            }
        }
    }
}

/// Does the trigger token govern the span (the span's head reaches the
/// trigger within three arcs)?
fn governs(doc: &Document, trigger: usize, start: usize, end: usize) -> bool {
    let Some(first) = doc.token_at(start) else {
        return false;
    };
    let mut k = first;
    while k + 1 < doc.tokens.len()
        && doc.tokens[k + 1].start < end
        && doc.tokens[k].head.is_some_and(|h| {
            let t = &doc.tokens[h];
            t.start >= start && t.end <= end
        })
    {
        k += 1;
    }
    // the span's head: a token of the span whose head lies outside it
    let head = (first..doc.tokens.len())
        .take_while(|&i| doc.tokens[i].start < end)
        .find(|&i| {
            doc.tokens[i]
                .head
                .is_none_or(|h| doc.tokens[h].start < start || doc.tokens[h].start >= end)
        })
        .unwrap_or(k);
    let mut cur = head;
    for _ in 0..3 {
        match doc.tokens[cur].head {
            Some(h) if h == trigger => return true,
            Some(h) if h < doc.tokens.len() => cur = h,
            _ => return false,
        }
    }
    false
}
