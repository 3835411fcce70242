//! Acceptance over ../shared: the seed story's cleaning and segmentation.

use gesta_text::{process_text, read_inputs};

fn shared() -> Option<std::path::PathBuf> {
    let p = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    p.is_dir().then_some(p)
}

#[test]
fn seed_story_is_cleaned_and_segmented() {
    let Some(shared) = shared() else {
        println!("skipping: ../shared not found");
        return;
    };
    let path = shared.join("seed/paris-talks.txt");
    let raw = std::fs::read_to_string(&path).expect("seed");
    let doc = process_text(
        "paris-talks",
        &raw,
        Some("2025-04-17".into()),
        None,
        Default::default(),
    );
    doc.validate().expect("valid document");
    let sentences: Vec<&str> = doc
        .sentences
        .iter()
        .map(|s| &doc.text[s.start..s.end])
        .collect();
    if std::env::var("SEED_SHOW").is_ok() {
        for (i, s) in sentences.iter().enumerate() {
            println!("{i:2} {s}");
        }
        for h in &doc.headings {
            println!("HEADING {}", &doc.text[h.start..h.end]);
        }
        for r in &doc.removed {
            println!("REMOVED {} {:?} at {}", r.reason, r.text, r.at);
        }
        println!("{:?}", doc.meta);
    }
    for s in &sentences {
        assert!(!s.contains("Credit: AP"), "credit line in sentence {s:?}");
        assert!(!s.contains("___"), "rule in sentence {s:?}");
        assert!(!s.contains("Follow AP"), "follow line in sentence {s:?}");
        assert!(
            !s.contains("contributed to this report"),
            "contributors in sentence {s:?}"
        );
        assert!(
            !s.contains("reported from London"),
            "contributors in sentence {s:?}"
        );
    }
    assert!(!doc.text.contains("Credit: AP") && !doc.text.contains("apnews.com"));
    let headings: Vec<&str> = doc
        .headings
        .iter()
        .map(|h| &doc.text[h.start..h.end])
        .collect();
    assert_eq!(
        headings,
        vec![
            "The American view in Paris",
            "Ukraine's goals",
            "A coalition of the willing",
            "Attacks as pressure"
        ]
    );
    for h in &headings {
        assert!(!sentences.contains(h), "heading {h:?} is a sentence");
    }
    assert_eq!(
        doc.removed.iter().filter(|r| r.reason == "credit").count(),
        22
    );
    assert_eq!(doc.removed.iter().filter(|r| r.reason == "rule").count(), 2);
    assert_eq!(
        doc.removed.iter().filter(|r| r.reason == "follow").count(),
        1
    );
    assert_eq!(
        doc.removed
            .iter()
            .filter(|r| r.reason == "contributors")
            .count(),
        1
    );
    assert_eq!(
        doc.meta.contributors.len(),
        2,
        "{:?}",
        doc.meta.contributors
    );
    // Counted by hand, paragraph by paragraph (see docs/text.md).
    assert_eq!(sentences.len(), 37, "sentence count");
    // through read_inputs as well
    let docs: Vec<_> = read_inputs(&[path.display().to_string()]).collect();
    assert_eq!(docs.len(), 1);
    let d = docs
        .into_iter()
        .next()
        .and_then(Result::ok)
        .expect("seed reads");
    assert_eq!(d.id, "paris-talks");
    assert_eq!(d.sentences.len(), sentences.len());
}
