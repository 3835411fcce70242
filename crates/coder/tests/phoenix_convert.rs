//! The embedded `data/patterns/phoenix.pat` is the conversion of Phoenix's
//! `CAMEO.2.0.txt` (MIT). `cargo test -p gesta-coder --test phoenix_convert
//! -- --ignored` regenerates it; the plain test checks it is up to date.

use std::path::Path;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

fn convert() -> Option<gesta_coder::phoenix::Conversion> {
    let path = Path::new(SHARED).join("dictionaries/phoenix/CAMEO.2.0.txt");
    if !path.exists() {
        println!("skipping: ../shared not found");
        return None;
    }
    let (dict, errors) = gesta_dictionaries::verbs::read_verbs(&path).unwrap();
    assert!(errors.len() < 50, "{} reader errors", errors.len());
    Some(gesta_coder::phoenix::convert(&dict, "CAMEO.2.0.txt"))
}

#[test]
#[ignore]
fn write_phoenix_patterns() {
    let Some(c) = convert() else { return };
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/patterns/phoenix.pat");
    std::fs::write(&out, &c.text).unwrap();
    println!(
        "wrote {}: {} synsets, {} verbs, {} patterns, {} skipped",
        out.display(),
        c.synsets,
        c.verbs,
        c.patterns,
        c.skipped.len()
    );
    for s in c.skipped.iter().take(40) {
        println!("  skipped {s}");
    }
}

#[test]
fn embedded_phoenix_patterns_are_current() {
    let Some(c) = convert() else { return };
    assert!(c.patterns > 3000, "only {} patterns converted", c.patterns);
    assert!(c.verbs > 1000, "only {} verbs converted", c.verbs);
    let embedded = gesta_coder::DEFAULT_PATTERN_FILES
        .iter()
        .find(|(n, _)| *n == "phoenix.pat")
        .map(|(_, t)| *t)
        .unwrap();
    assert!(
        embedded == c.text,
        "data/patterns/phoenix.pat is stale: regenerate with --ignored"
    );
    // The converted file must load.
    let mut set = gesta_coder::PatternSet::new();
    set.add_file("phoenix.pat", &c.text).unwrap();
}
