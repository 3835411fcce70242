//! Acceptance tests over UD English EWT (../shared): the embedded model,
//! predicted POS, gold tokenization. They fail below the bars.

use gesta_syntax::{conllu, train, Model};
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    if p.join("nlp/ud_english_ewt").is_dir() {
        Some(p)
    } else {
        println!("skipping: ../shared not found");
        None
    }
}

#[test]
fn ewt_test_accuracy_meets_the_bars() {
    let Some(sh) = shared() else { return };
    let model = Model::embedded().expect("embedded model");
    let dir = sh.join("nlp/ud_english_ewt");
    let test = conllu::read_file(&train::split_file(&dir, "test").unwrap()).unwrap();
    let s = train::evaluate(&model, &test);
    println!("EWT test (predicted POS, gold tokens): {s}");
    assert!(s.words > 20_000, "too few words: {}", s.words);
    assert!(s.upos >= 0.95, "UPOS {:.2}% < 95%", s.upos * 100.0);
    assert!(s.uas >= 0.85, "UAS {:.2}% < 85%", s.uas * 100.0);
    assert!(s.las >= 0.80, "LAS {:.2}% < 80%", s.las * 100.0);
    assert!(s.lemma >= 0.95, "lemma {:.2}% < 95%", s.lemma * 100.0);
}

#[test]
fn embedded_lemmatizer_with_gold_tags() {
    let Some(sh) = shared() else { return };
    let model = Model::embedded().expect("embedded model");
    let dir = sh.join("nlp/ud_english_ewt");
    let test = conllu::read_file(&train::split_file(&dir, "test").unwrap()).unwrap();
    let acc = train::lemma_accuracy_gold_tags(model.lemmatizer(), &test);
    println!(
        "EWT test lemma accuracy with gold XPOS: {:.2}%",
        acc * 100.0
    );
    assert!(acc >= 0.96, "lemma accuracy {:.2}% < 96%", acc * 100.0);
}
