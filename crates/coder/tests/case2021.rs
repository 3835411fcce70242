//! CASE-2021 task 2 snippets (../shared/eval/events/case2021): how often the
//! PLOVER type of our events agrees with their ACLED subtype, where the two
//! ontologies map (tests/fixtures/acled_plover.tsv; docs/formats.md).

use std::collections::BTreeMap;
use std::path::Path;

use gesta_coder::Coder;
use gesta_document::{Annotator, Metadata};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

#[test]
fn case2021_plover_agreement() {
    let path = Path::new(SHARED)
        .join("eval/events/case2021/task2/test_dataset/test_set_final_release_with_labels.tsv");
    if !path.exists() {
        println!("skipping: ../shared not found");
        return;
    }
    let map: BTreeMap<String, Vec<String>> = include_str!("fixtures/acled_plover.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (a, b) = l.split_once('\t')?;
            Some((a.to_string(), b.split('|').map(String::from).collect()))
        })
        .collect();
    let text = std::fs::read_to_string(&path).unwrap();
    let syntax = gesta_syntax::Model::embedded().expect("syntax model");
    let lexicon = gesta_lexicon::ActorRecognizer::embedded().expect("lexicon");
    let coder = Coder::embedded().unwrap();
    let (mut mapped, mut with_event, mut first_ok, mut any_ok) = (0, 0, 0, 0);
    let mut by_type: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    // GESTA_CASE_SHOW=LABEL prints that label's snippets with what we coded
    let show = std::env::var("GESTA_CASE_SHOW").unwrap_or_default();
    // GESTA_CASE_DUMP=FILE writes every snippet without an agreeing event
    // (label, what we coded, actors, text) for failure analysis
    let mut dump = std::env::var("GESTA_CASE_DUMP").ok().map(|_| String::new());
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 {
            continue;
        }
        let Some(accept) = map.get(f[2].trim()) else {
            continue;
        };
        mapped += 1;
        let mut doc = gesta_text::process_text(f[0], f[1], None, None, Metadata::default());
        syntax.annotate(&mut doc);
        lexicon.annotate(&mut doc);
        coder.annotate(&mut doc);
        let types: Vec<&str> = doc
            .events
            .iter()
            .filter_map(|e| e.plover.as_ref().map(|p| p.event_type.as_str()))
            .collect();
        let agrees = types.iter().any(|t| accept.iter().any(|a| a == t));
        if f[2].trim() == show || (dump.is_some() && !agrees) {
            let got: Vec<String> = doc
                .events
                .iter()
                .map(|e| {
                    let a = |v: &[gesta_document::EventActor]| {
                        v.iter()
                            .map(|x| x.code.clone())
                            .collect::<Vec<_>>()
                            .join("+")
                    };
                    format!(
                        "{} {}>{} '{}'",
                        e.cameo,
                        a(&e.source),
                        a(&e.target),
                        e.trigger.text
                    )
                })
                .collect();
            let actors: Vec<&str> = doc.actors.iter().map(|m| m.text.as_str()).collect();
            match dump.as_mut() {
                Some(d) if !agrees => d.push_str(&format!(
                    "{}\t{}\t{:?}\t{:?}\t{}\n",
                    f[0],
                    f[2].trim(),
                    got,
                    actors,
                    f[1].replace(['\n', '\t'], " ")
                )),
                _ => {}
            }
            if f[2].trim() == show {
                println!("{show}: {:?} actors {actors:?}\n  {}", got, f[1]);
            }
        }
        let entry = by_type.entry(f[2].trim().to_string()).or_default();
        entry.0 += 1;
        if types.is_empty() {
            continue;
        }
        with_event += 1;
        if accept.iter().any(|a| a == types[0]) {
            first_ok += 1;
        }
        if types.iter().any(|t| accept.iter().any(|a| a == t)) {
            any_ok += 1;
            entry.1 += 1;
        }
    }
    if let (Some(d), Ok(p)) = (dump, std::env::var("GESTA_CASE_DUMP")) {
        std::fs::write(&p, d).unwrap();
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "case2021: {mapped} snippets with a mapped label; {with_event} ({:.1}%) get a PLOVER event; \
         first event agrees {first_ok}/{with_event} ({:.1}%); some event agrees {any_ok}/{with_event} ({:.1}%), \
         {:.1}% of all mapped",
        pct(with_event, mapped),
        pct(first_ok, with_event),
        pct(any_ok, with_event),
        pct(any_ok, mapped)
    );
    for (t, (n, ok)) in &by_type {
        println!("  {t:32} {ok:4}/{n:4}");
    }
    assert!(mapped > 500, "only {mapped} mapped snippets");
    assert!(
        pct(first_ok, with_event) >= 89.9 && pct(with_event, mapped) >= 82.6,
        "PLOVER agreement of the first event below 89.9% or coverage below 82.6%"
    );
}
