//! Entity recognition measured on ../shared/eval/entities (re3d train, wikigold).
//! Our mentions are mapped to entity types: people -> Person; organisations,
//! groups and countries acting -> Organisation; countries, capitals and
//! places in place position -> Location; adjectives/demonyms -> Nationality.
//! re3d annotates whole noun phrases, common-noun mentions and pronouns
//! ("the city of Mosul", "civilians", "we"); wikigold follows CoNLL: proper
//! names only, without articles or titles, a country's name always a place.
//! The recognizer gives both readings (`Entity::start`/`end`/`label` and
//! `name_start`/`name_end`/`name_label`, `nominal`, `pronoun`, `name_only`);
//! each set is scored on its own convention. Both are scored on raw text and on the gold tokens
//! tagged and parsed by gesta-syntax.
use gesta_document::{Annotator, Document, Sentence, Token};
use gesta_lexicon::{ActorRecognizer, EntityLabel, Lexicon};
use std::collections::{BTreeMap, HashSet};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

type Span = (usize, usize, &'static str);
type Counts = BTreeMap<&'static str, (usize, usize, usize)>;

struct Doc {
    text: String,
    gold: Vec<Span>,
}

fn label_of(tag: &str, scheme: &str) -> Option<&'static str> {
    let t = tag.split_once('-').map(|x| x.1).unwrap_or("");
    match (scheme, t) {
        ("re3d", "Person") | ("wiki", "PER") => Some("Person"),
        ("re3d", "Organisation") | ("wiki", "ORG") => Some("Organisation"),
        ("re3d", "Location") | ("wiki", "LOC") => Some("Location"),
        ("re3d", "Nationality") => Some("Nationality"),
        _ => None,
    }
}

/// Reads CoNLL (`word tag`, blank line between sentences) into documents
/// of `per_doc` sentences (or split at -DOCSTART-).
fn read(path: &str, scheme: &str, per_doc: usize) -> Option<Vec<Doc>> {
    let raw = std::fs::read_to_string(path).ok()?;
    let mut docs = Vec::new();
    let mut text = String::new();
    let mut gold: Vec<Span> = Vec::new();
    let mut cur: Option<(usize, usize, &'static str)> = None;
    let mut sents = 0;
    let mut line_start = true;
    let flush_ent = |cur: &mut Option<Span>, gold: &mut Vec<Span>| {
        if let Some(c) = cur.take() {
            gold.push(c);
        }
    };
    for line in raw.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.first() == Some(&"-DOCSTART-") {
            flush_ent(&mut cur, &mut gold);
            if !text.is_empty() {
                docs.push(Doc {
                    text: std::mem::take(&mut text),
                    gold: std::mem::take(&mut gold),
                });
            }
            sents = 0;
            line_start = true;
            continue;
        }
        if parts.len() < 2 {
            flush_ent(&mut cur, &mut gold);
            if !line_start {
                text.push('\n');
                line_start = true;
                sents += 1;
                if per_doc > 0 && sents >= per_doc {
                    docs.push(Doc {
                        text: std::mem::take(&mut text),
                        gold: std::mem::take(&mut gold),
                    });
                    sents = 0;
                }
            }
            continue;
        }
        let (w, tag) = (parts[0], parts[parts.len() - 1]);
        if !line_start {
            text.push(' ');
        }
        line_start = false;
        let s = text.len();
        text.push_str(w);
        let e = text.len();
        let lab = label_of(tag, scheme);
        let begins = tag.starts_with("B-");
        match (lab, &mut cur) {
            (Some(l), Some(c)) if c.2 == l && !begins => c.1 = e,
            (Some(l), _) => {
                flush_ent(&mut cur, &mut gold);
                cur = Some((s, e, l));
            }
            (None, _) => flush_ent(&mut cur, &mut gold),
        }
    }
    flush_ent(&mut cur, &mut gold);
    if !text.is_empty() {
        docs.push(Doc { text, gold });
    }
    Some(docs)
}

fn name(l: EntityLabel) -> &'static str {
    l.name()
}

/// The gold set's own tokens and sentences (text is tokens joined by
/// spaces, sentences by newlines), tagged and parsed by gesta-syntax: the
/// Document the pipeline gives the recognizer.
fn parsed(text: &str, model: &gesta_syntax::Model) -> Document {
    let mut doc = Document::new("eval", text.to_string());
    let mut off = 0;
    for line in text.split('\n') {
        let t0 = doc.tokens.len();
        let mut p = off;
        for w in line.split(' ') {
            if !w.is_empty() {
                doc.tokens.push(Token {
                    start: p,
                    end: p + w.len(),
                    ..Default::default()
                });
            }
            p += w.len() + 1;
        }
        if doc.tokens.len() > t0 {
            doc.sentences.push(Sentence {
                start: off,
                end: off + line.len(),
                paragraph: 0,
                token_start: t0,
                token_end: doc.tokens.len(),
            });
        }
        off += line.len() + 1;
    }
    model.annotate(&mut doc);
    doc
}

/// Returns (per-label (tp, fp, fn), micro F1, relaxed micro F1).
/// `conll`: the CoNLL convention (wikigold): proper names only, without
/// determiners, titles or pronouns; otherwise re3d's whole noun phrases,
/// nominal mentions and pronouns.
fn evaluate(
    docs: &[Doc],
    labels: &[&str],
    conll: bool,
    r: &ActorRecognizer,
    model: Option<&gesta_syntax::Model>,
) -> (Counts, f64, f64) {
    let mut per: BTreeMap<&'static str, (usize, usize, usize)> = BTreeMap::new();
    let (mut rtp, mut rfp, mut rfn) = (0, 0, 0);
    for d in docs {
        let doc = match model {
            Some(m) => parsed(&d.text, m),
            None => Document::new("eval", d.text.clone()),
        };
        let rec = r.recognize(&doc);
        let pred: HashSet<Span> = rec
            .entities
            .iter()
            .filter(|e| {
                if conll {
                    !(e.pronoun || e.nominal)
                } else {
                    !e.name_only
                }
            })
            .map(|e| {
                if conll {
                    (e.name_start, e.name_end, name(e.name_label))
                } else {
                    (e.start, e.end, name(e.label))
                }
            })
            .filter(|p| labels.contains(&p.2))
            .collect();
        let gold: HashSet<Span> = d
            .gold
            .iter()
            .copied()
            .filter(|g| labels.contains(&g.2))
            .collect();
        let dump = std::env::var("GESTA_EVAL_DUMP").is_ok();
        // GESTA_EVAL_DUMP=unknown: the names left untyped (actors of kind
        // unknown without an entity reading) and the gold label over them
        if std::env::var("GESTA_EVAL_DUMP").is_ok_and(|v| v == "unknown") {
            for a in &rec.actors {
                if a.kind != gesta_document::ActorKind::Unknown
                    || rec
                        .entities
                        .iter()
                        .any(|e| e.start < a.end && a.start < e.end)
                {
                    continue;
                }
                let g: Vec<String> = gold
                    .iter()
                    .filter(|g| g.0 < a.end && a.start < g.1)
                    .map(|g| format!("{}:{}", g.2, &d.text[g.0..g.1]))
                    .collect();
                let a0 = d.text[..a.start]
                    .rfind('\n')
                    .map_or(0, |i| i + 1)
                    .max(a.start.saturating_sub(50));
                let a0 = (a0..=a.start)
                    .find(|&i| d.text.is_char_boundary(i))
                    .unwrap_or(a.start);
                println!(
                    "UNK [{}] gold {}   «{}»",
                    a.text,
                    if g.is_empty() {
                        "O".to_string()
                    } else {
                        g.join(" | ")
                    },
                    &d.text[a0..a.start]
                );
            }
        }
        if dump {
            error_classes(d, &pred, &gold);
        }
        for p in &pred {
            let e = per.entry(p.2).or_default();
            if gold.contains(p) {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
            if gold.iter().any(|g| g.2 == p.2 && g.0 < p.1 && p.0 < g.1) {
                rtp += 1;
            } else {
                rfp += 1;
            }
        }
        for g in &gold {
            if !pred.contains(g) {
                per.entry(g.2).or_default().2 += 1;
            }
            if !pred.iter().any(|p| g.2 == p.2 && g.0 < p.1 && p.0 < g.1) {
                rfn += 1;
            }
        }
    }
    let f = |tp: usize, fp: usize, fnn: usize| -> f64 {
        let p = if tp + fp == 0 {
            0.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let r = if tp + fnn == 0 {
            0.0
        } else {
            tp as f64 / (tp + fnn) as f64
        };
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    };
    let (tp, fp, fnn) = per
        .values()
        .fold((0, 0, 0), |a, v| (a.0 + v.0, a.1 + v.1, a.2 + v.2));
    for (l, (tp, fp, fnn)) in &per {
        println!(
            "  {l:<13} tp {tp:>4} fp {fp:>4} fn {fnn:>4}  F1 {:.3}",
            f(*tp, *fp, *fnn)
        );
    }
    let micro = f(tp, fp, fnn);
    let relaxed = f(rtp, rfp, rfn);
    println!("  micro F1 {micro:.3} (relaxed overlap F1 {relaxed:.3})");
    (per, micro, relaxed)
}

/// With GESTA_EVAL_DUMP set: one line per error, classed as `type`
/// (same span, other label), `bound` (overlap, same label), `bound+type`,
/// `missed` (no overlapping prediction) and `spurious` (no overlapping gold).
fn error_classes(d: &Doc, pred: &HashSet<Span>, gold: &HashSet<Span>) {
    let ov = |a: &Span, b: &Span| a.0 < b.1 && b.0 < a.1;
    let t = |s: &Span| d.text[s.0..s.1].to_string();
    // with GESTA_EVAL_DUMP=ctx: the words around the span
    let wide = std::env::var("GESTA_EVAL_DUMP").is_ok_and(|v| v == "ctx");
    let ctx = |s: &Span| -> String {
        if !wide {
            return String::new();
        }
        let a = d.text[..s.0]
            .rfind('\n')
            .map_or(0, |i| i + 1)
            .max(s.0.saturating_sub(60));
        let b = d.text[s.1..]
            .find('\n')
            .map_or(d.text.len(), |i| s.1 + i)
            .min(s.1 + 60);
        let (a, b) = (
            (a..=s.0)
                .find(|&i| d.text.is_char_boundary(i))
                .unwrap_or(s.0),
            (b..=d.text.len())
                .find(|&i| d.text.is_char_boundary(i))
                .unwrap_or(s.1),
        );
        format!("   «{}‹{}›{}»", &d.text[a..s.0], t(s), &d.text[s.1..b])
    };
    for g in gold.iter().filter(|g| !pred.contains(g)) {
        let o: Vec<&Span> = pred.iter().filter(|p| ov(p, g)).collect();
        let class = if o.is_empty() {
            "missed"
        } else if o.iter().any(|p| p.0 == g.0 && p.1 == g.1) {
            "type"
        } else if o.iter().any(|p| p.2 == g.2) {
            "bound"
        } else {
            "bound+type"
        };
        let mut got: Vec<String> = o.iter().map(|p| format!("{}:{}", p.2, t(p))).collect();
        got.sort();
        println!(
            "ERR {class:<10} {:<13} [{}] got {}{}",
            g.2,
            t(g),
            got.join(" | "),
            ctx(g)
        );
    }
    for p in pred.iter().filter(|p| !gold.contains(p)) {
        if !gold.iter().any(|g| ov(p, g)) {
            println!("ERR spurious   {:<13} [{}]{}", p.2, t(p), ctx(p));
        }
    }
}

#[test]
fn re3d_and_wikigold_entity_f1() {
    let re3d = format!("{SHARED}/eval/entities/re3d-train.conll");
    let wiki = format!("{SHARED}/eval/entities/wikigold/CONLL-format/data/wikigold.conll.txt");
    let (Some(rd), Some(wd)) = (read(&re3d, "re3d", 10), read(&wiki, "wiki", 0)) else {
        println!("skipping: ../shared not found");
        return;
    };
    let lex = Lexicon::embedded().expect("embedded lexicon");
    let r = ActorRecognizer::new(&lex);
    let model = gesta_syntax::Model::embedded().expect("syntax model");
    // GESTA_EVAL_MODE=raw|parsed runs one mode only (with GESTA_EVAL_DUMP)
    let only = std::env::var("GESTA_EVAL_MODE").ok();
    for (mode, m, re3d_bar, wiki_bar) in [
        ("raw", None, RE3D_BAR_RAW, WIKI_BAR_RAW),
        ("parsed", Some(&model), RE3D_BAR, WIKI_BAR),
    ] {
        if only.as_deref().is_some_and(|o| o != mode) {
            continue;
        }
        println!("== {mode} text");
        println!("re3d-train ({} docs):", rd.len());
        let (_, re3d_f1, _) = evaluate(
            &rd,
            &["Person", "Organisation", "Location", "Nationality"],
            false,
            &r,
            m,
        );
        println!("wikigold ({} docs):", wd.len());
        let (_, wiki_f1, _) = evaluate(&wd, &["Person", "Organisation", "Location"], true, &r, m);
        // bars a little under what we reach, so regressions fail
        assert!(
            re3d_f1 >= re3d_bar,
            "{mode}: re3d micro F1 {re3d_f1:.3} < {re3d_bar}"
        );
        assert!(
            wiki_f1 >= wiki_bar,
            "{mode}: wikigold micro F1 {wiki_f1:.3} < {wiki_bar}"
        );
    }
}

/// Raw text (the recognizer's own tokenizer, no parse); measured 0.691 / 0.681
/// (2026-11-28 02:25; 0.686 / 0.679 before the stop-14 pass).
const RE3D_BAR_RAW: f64 = 0.685;
const WIKI_BAR_RAW: f64 = 0.675;
/// Gold tokens and sentences with gesta-syntax tags and parse (the
/// pipeline's Document); measured 0.751 / 0.694 (0.740 / 0.692 before the
/// stop-14 pass; the parse moves these by about ±0.003 as gesta-syntax
/// changes). Issue 2's goal is re3d >= 0.75.
const RE3D_BAR: f64 = 0.745;
const WIKI_BAR: f64 = 0.69;
