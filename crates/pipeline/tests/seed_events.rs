//! Acceptance on the reference story: the whole pipeline (text -> syntax ->
//! lexicon -> coder -> attributes) over
//! ../shared/seed/paris-talks.txt (published 2025-04-17), checked against
//! tests/fixtures/seed_expected.tsv (our encoding of ../shared/seed/EXPECTED.md).
//! All "must" events are asserted; "strong" events and extra events are
//! counted and printed.

use std::path::Path;

use gesta_document::{Document, Event, EventActor, Metadata};
use gesta_pipeline::{Pipeline, PipelineOptions};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

struct Check {
    id: String,
    must: bool,
    source: Vec<String>,
    target: Vec<String>,
    roots: Vec<String>,
    attr: bool,
}

fn checks() -> Vec<Check> {
    include_str!("fixtures/seed_expected.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let alts = |s: &str| s.split('|').map(String::from).collect::<Vec<_>>();
            Check {
                id: f[0].into(),
                must: f[1] == "must",
                source: alts(f[2]),
                target: alts(f[3]),
                roots: alts(f[4]),
                attr: f[5] == "attr",
            }
        })
        .collect()
}

fn key(a: &EventActor) -> String {
    match &a.country {
        Some(c) if !c.is_empty() => c.clone(),
        _ => a.code.chars().take(3).collect(),
    }
}

fn side_ok(want: &[String], got: &[EventActor]) -> bool {
    want.iter().any(|w| match w.as_str() {
        "*" => true,
        "-" => got.is_empty(),
        w => got.iter().any(|a| key(a) == w),
    })
}

fn matches(c: &Check, e: &Event) -> bool {
    side_ok(&c.source, &e.source)
        && side_ok(&c.target, &e.target)
        && c.roots.iter().any(|r| {
            if r.len() == 2 {
                e.root == *r
            } else {
                e.cameo == *r
            }
        })
        && (!c.attr || e.attribution.is_some())
}

fn show(doc: &Document, e: &Event) -> String {
    let who = |v: &[EventActor]| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.iter()
                .map(|a| format!("{}({})", a.code, a.text))
                .collect::<Vec<_>>()
                .join("+")
        }
    };
    format!(
        "s{} {} -> {} {} [{}]{}{}{} via {} | {}",
        e.sentence,
        who(&e.source),
        who(&e.target),
        e.cameo,
        e.trigger.text,
        if e.negated { " NEG" } else { "" },
        e.modality
            .as_ref()
            .map(|m| format!(" mod={m}"))
            .unwrap_or_default(),
        e.attribution
            .as_ref()
            .map(|a| format!(" attr={}", a.text))
            .unwrap_or_default(),
        e.pattern.as_deref().unwrap_or(""),
        doc.sentences
            .get(e.sentence)
            .map(|s| doc.slice(s.span()))
            .unwrap_or("")
            .chars()
            .take(90)
            .collect::<String>()
    )
}

fn coded_seed() -> Option<Document> {
    let path = Path::new(SHARED).join("seed/paris-talks.txt");
    if !path.exists() {
        println!("skipping: ../shared not found");
        return None;
    }
    let raw = std::fs::read_to_string(&path).unwrap();
    let mut doc = gesta_text::process_text(
        "paris-talks",
        &raw,
        Some("2025-04-17".into()),
        None,
        Metadata::default(),
    );
    Pipeline::new(&PipelineOptions::default())
        .expect("embedded pipeline")
        .process(&mut doc);
    doc.validate().unwrap();
    Some(doc)
}

#[test]
fn seed_events() {
    let Some(doc) = coded_seed() else { return };
    if let Ok(list) = std::env::var("SEED_PARSE") {
        for n in list.split(',').filter_map(|x| x.parse::<usize>().ok()) {
            let Some(s) = doc.sentences.get(n) else {
                continue;
            };
            println!("-- sentence {n}");
            for i in s.token_start..s.token_end {
                let t = &doc.tokens[i];
                let actor = doc
                    .actors
                    .iter()
                    .find(|a| a.start <= t.start && t.end <= a.end)
                    .map(|a| a.code.as_str())
                    .unwrap_or("");
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    i - s.token_start + 1,
                    doc.token_text(i),
                    t.lemma,
                    t.upos,
                    t.xpos,
                    t.head.map_or(0, |h| h - s.token_start + 1),
                    t.deprel,
                    actor
                );
            }
        }
    }
    for e in &doc.events {
        println!("{}", show(&doc, e));
    }
    let mut used = vec![false; doc.events.len()];
    let mut missing = Vec::new();
    let mut strong = 0;
    let cs = checks();
    for c in &cs {
        let hit = doc.events.iter().position(|e| matches(c, e));
        match hit {
            Some(i) => {
                used[i] = true;
                if !c.must {
                    strong += 1;
                }
            }
            None if c.must => missing.push(c.id.clone()),
            None => println!("strong event {} not found", c.id),
        }
    }
    // Other events that satisfy a check count as found too (compound and
    // paired events), not as extras.
    for (i, e) in doc.events.iter().enumerate() {
        if cs.iter().any(|c| matches(c, e)) {
            used[i] = true;
        }
    }
    let extra = used.iter().filter(|u| !**u).count();
    let n_strong = cs.iter().filter(|c| !c.must).count();
    println!(
        "seed: {} events; must found {}/{}; strong found {strong}/{n_strong}; extra {extra}",
        doc.events.len(),
        cs.iter().filter(|c| c.must).count() - missing.len(),
        cs.iter().filter(|c| c.must).count()
    );
    // Must-not: negated commitments are not positive events.
    for e in &doc.events {
        let sent = doc
            .sentences
            .get(e.sentence)
            .map(|s| doc.slice(s.span()))
            .unwrap_or("");
        let coop = matches!(e.root.as_str(), "03" | "05" | "06" | "07" | "08");
        if sent.contains("no public commitment") && coop && e.source.iter().any(|a| key(a) == "USA")
        {
            assert!(
                e.negated,
                "positive event for a negated commitment: {}",
                show(&doc, e)
            );
        }
        assert!(
            !sent.contains("reported from") && !sent.contains("Credit: AP"),
            "event from the credits: {}",
            show(&doc, e)
        );
    }
    assert!(missing.is_empty(), "missing must-find events: {missing:?}");
}
