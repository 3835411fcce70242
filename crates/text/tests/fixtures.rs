//! Fixture tests as data: every input under `tests/fixtures/` (any file but
//! `*.json`) is read with `read_inputs` and its snapshot (text, headings,
//! sentences, removals, metadata, tokens of the first sentence) compared
//! with `NAME.json`. `UPDATE_FIXTURES=1` rewrites the snapshots (review
//! the diff before committing).

use std::path::PathBuf;

use serde_json::{json, Value};

fn snapshot(doc: &gesta_document::Document) -> Value {
    let s = |a: usize, b: usize| doc.text[a..b].to_string();
    json!({
        "id": doc.id,
        "title": doc.title,
        "date": doc.date,
        "meta": {
            "source": doc.meta.source,
            "byline": doc.meta.byline,
            "dateline": doc.meta.dateline,
            "dateline_place": doc.meta.dateline_place,
            "contributors": doc.meta.contributors,
        },
        "text": doc.text,
        "headings": doc.headings.iter().map(|h| s(h.start, h.end)).collect::<Vec<_>>(),
        "sentences": doc.sentences.iter().map(|x| s(x.start, x.end)).collect::<Vec<_>>(),
        "removed": doc.removed.iter().map(|r| json!([r.reason, r.text])).collect::<Vec<_>>(),
        "first_sentence_tokens": doc.sentence_tokens(0).iter().map(|t| s(t.start, t.end)).collect::<Vec<_>>(),
        "warnings": doc.warnings.iter().map(|w| w.message.clone()).collect::<Vec<_>>(),
    })
}

#[test]
fn fixtures_match_snapshots() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"));
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_none_or(|e| e != "json"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 5);
    let update = std::env::var("UPDATE_FIXTURES").is_ok();
    let mut failures = Vec::new();
    for input in inputs {
        let docs: Vec<_> = gesta_text::read_inputs(&[input.display().to_string()]).collect();
        assert_eq!(docs.len(), 1, "{}", input.display());
        let doc = match docs.into_iter().next() {
            Some(Ok(d)) => d,
            other => panic!("{}: {:?}", input.display(), other.map(|r| r.err())),
        };
        doc.validate().expect("valid document");
        let got = snapshot(&doc);
        let expected_path = input.with_extension("json");
        if update {
            let s = serde_json::to_string_pretty(&got).expect("json");
            std::fs::write(&expected_path, s + "\n").expect("write snapshot");
            continue;
        }
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("missing {}", expected_path.display())),
        )
        .expect("snapshot json");
        if got != expected {
            failures.push(format!(
                "{}:\n got {}\n expected {}",
                input.display(),
                serde_json::to_string_pretty(&got).unwrap_or_default(),
                serde_json::to_string_pretty(&expected).unwrap_or_default()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
