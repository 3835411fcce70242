//! Unnamed groups ("riot police officers", "locals", "armed men", "Fulani
//! herdsmen") get the sector of their agent noun, on raw text and on the
//! pipeline's Document. Cases: tests/fixtures/group_nouns.tsv; a case holds
//! when an actor with the code contains the mention text (the span may take
//! an article, owner or adjective: "The company's chief executive officer").
use gesta_document::{Annotator, Document};
use gesta_lexicon::ActorRecognizer;

const CASES: &str = include_str!("fixtures/group_nouns.tsv");

fn cases() -> Vec<(&'static str, &'static str, &'static str)> {
    CASES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            assert_eq!(c.len(), 3, "fixture line needs 3 cells: {l:?}");
            (c[0], c[1], c[2])
        })
        .collect()
}

fn check(what: &str, r: &ActorRecognizer, mk: impl Fn(&str) -> Document) {
    let mut bad = Vec::new();
    for (text, mention, code) in cases() {
        let mut doc = mk(text);
        r.annotate(&mut doc);
        let ok = doc
            .actors
            .iter()
            .any(|a| a.code == code && a.text.to_lowercase().contains(&mention.to_lowercase()));
        if !ok {
            let got: Vec<(String, String)> = doc
                .actors
                .iter()
                .map(|a| (a.text.clone(), a.code.clone()))
                .collect();
            bad.push(format!("{text:?}: want {mention:?} {code}, got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{what}:\n{}", bad.join("\n"));
}

#[test]
fn group_nouns_on_raw_text() {
    let r = ActorRecognizer::embedded().expect("lexicon");
    check("raw", &r, |t| {
        let mut d = Document::new("t", t.to_string());
        d.date = Some("2020-05-01".into());
        d
    });
}

#[test]
fn group_nouns_on_pipeline_documents() {
    let r = ActorRecognizer::embedded().expect("lexicon");
    let model = gesta_syntax::Model::embedded().expect("syntax model");
    check("parsed", &r, |t| {
        let mut d =
            gesta_text::process_text("t", t, Some("2020-05-01".into()), None, Default::default());
        model.annotate(&mut d);
        d
    });
}
