//! End-to-end invariants of the whole pipeline: every layer keeps the span
//! invariants, batches give the same result on 1 and 2 threads, and bad
//! input never panics.

use std::path::PathBuf;

use gesta_document::Document;
use gesta_pipeline::{Pipeline, PipelineOptions};

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    if p.is_dir() {
        Some(p)
    } else {
        println!("skipping: ../shared not found");
        None
    }
}

fn pipeline(threads: usize) -> Pipeline {
    Pipeline::new(&PipelineOptions {
        date: Some("2025-04-17".into()),
        threads,
        ..Default::default()
    })
    .expect("embedded pipeline loads")
}

#[test]
fn own_text_codes_with_valid_spans() {
    let p = pipeline(1);
    let doc = p.process_text(
        "t1",
        "KYIV, Ukraine (AP) — Russian forces shelled the city of Kharkiv on Tuesday, killing two people, \
         regional officials said. Ukrainian President Volodymyr Zelenskyy met French President Emmanuel Macron in Paris.\n\
         “We will not give up,” Zelenskyy said.",
        None,
    );
    doc.validate().expect("valid spans");
    assert!(!doc.sentences.is_empty());
    assert!(
        doc.tokens.iter().all(|t| !t.upos.is_empty()),
        "every token tagged"
    );
    assert!(doc.tokens.iter().filter(|t| t.head.is_none()).count() >= doc.sentences.len());
    assert!(!doc.actors.is_empty(), "actors found");
    assert!(!doc.events.is_empty(), "events found");
    for e in &doc.events {
        assert!(!e.cameo.is_empty() && e.cameo.starts_with(&e.root));
        assert!(
            e.goldstein.is_some(),
            "event {} enriched from the ontology",
            e.cameo
        );
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    let p = pipeline(1);
    for text in [
        "",
        "   \n\n  ",
        "\u{feff}“”‘’″«»",
        "a",
        &"word ".repeat(5000),
        &"x".repeat(100_000),
        "1. 2. 3. ... ??? !!! U.S. Mr. Jan.",
        "Ünïcödé — 中文 — العربية — emoji 🎉🎉 said Putin.",
    ] {
        let doc = p.process_text("odd", text, None);
        doc.validate().expect("valid spans on odd input");
    }
}

#[test]
fn seed_spans_valid_and_threads_agree() {
    let Some(shared) = shared() else { return };
    let seed = std::fs::read_to_string(shared.join("seed/paris-talks.txt")).expect("seed");
    let corpus = std::fs::read_to_string(shared.join("corpus/news.jsonl")).expect("corpus");
    let mut docs: Vec<Document> = vec![gesta_text::process_text(
        "seed",
        &seed,
        Some("2025-04-17".into()),
        None,
        Default::default(),
    )];
    for (i, line) in corpus.lines().take(60).enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).expect("corpus line is JSON");
        let text = v["text"].as_str().unwrap_or("");
        docs.push(gesta_text::process_text(
            &format!("c{i}"),
            text,
            None,
            None,
            Default::default(),
        ));
    }
    let mut one = docs.clone();
    pipeline(1).process_batch(&mut one);
    let mut two = docs;
    pipeline(2).process_batch(&mut two);
    assert_eq!(one, two, "1 and 2 threads give the same documents");
    for d in &one {
        d.validate()
            .unwrap_or_else(|e| panic!("{}: invalid spans: {e}", d.id));
    }
    assert!(!one[0].events.is_empty(), "the seed yields events");
}

#[test]
fn chunks_stage_by_stage_equal_one_story_at_a_time() {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/stories"
    ));
    let mut docs: Vec<Document> = Vec::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("bundled example stories")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    for p in &names {
        let text = std::fs::read_to_string(p).expect("example story");
        docs.push(gesta_text::process_text(
            &p.display().to_string(),
            &text,
            None,
            None,
            Default::default(),
        ));
    }
    assert!(docs.len() >= 4, "enough stories for several per chunk");
    let p = pipeline(1);
    let mut alone = docs.clone();
    for d in &mut alone {
        p.process(d);
    }
    let mut chunked = docs.clone();
    p.process_chunk(&mut chunked);
    assert_eq!(
        alone, chunked,
        "one chunk gives what each story gives alone"
    );
    let mut batch = docs;
    p.process_batch(&mut batch);
    assert_eq!(alone, batch, "process_batch gives the same");
    assert!(alone.iter().any(|d| !d.events.is_empty()));
}
