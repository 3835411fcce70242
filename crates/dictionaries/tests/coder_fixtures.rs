//! The coder on invented TABARI-format dictionaries (tests/data/mini) and
//! fixture cases (input text + date -> expected events), through the real
//! path: gesta-text tokens, then `DictCoder` as an `Annotator`.

use std::collections::BTreeSet;
use std::path::PathBuf;

use gesta_dictionaries::DictCoder;
use gesta_document::{Annotator, Metadata};

#[test]
fn mini_project_cases() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/mini"));
    let spec = format!("tabari:{}", dir.join("mini.project").display());
    let coder = DictCoder::from_spec(&spec).unwrap();
    assert!(coder.load_errors.is_empty(), "{:?}", coder.load_errors);
    let cases: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("cases.json")).unwrap()).unwrap();
    let mut failures = Vec::new();
    for (i, case) in cases.as_array().unwrap().iter().enumerate() {
        let text = case["text"].as_str().unwrap();
        let date = case["date"].as_str().map(str::to_string);
        let mut doc =
            gesta_text::process_text(&format!("case{i}"), text, date, None, Metadata::default());
        coder.annotate(&mut doc);
        doc.validate().unwrap();
        let got: BTreeSet<String> = doc
            .events
            .iter()
            .map(|e| format!("{} {} {}", e.source[0].code, e.target[0].code, e.cameo))
            .collect();
        let want: BTreeSet<String> = case["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        if got != want {
            failures.push(format!("{text}: expected {want:?} got {got:?}"));
        }
        for e in &doc.events {
            assert!(!e.trigger.text.is_empty());
            assert_eq!(e.root, e.cameo[..2]);
        }
        assert!(!doc.actors.is_empty());
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn bad_spec_is_an_error() {
    assert!(DictCoder::from_spec("nonsense").is_err());
    assert!(DictCoder::from_spec("tabari:/nonexistent/x.project").is_err());
}
