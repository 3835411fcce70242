//! Sentence splitting on the "Golden Rules" (pragmatic_segmenter) in
//! ../shared. Each input goes through `process_text` (paragraph assembly
//! and splitting); sentences are compared with whitespace collapsed.
//! The inputs were exported from Ruby source with `\n` and `\"` left
//! escaped; they are unescaped here as the expected outputs show.

use gesta_text::process_text;

fn shared() -> Option<std::path::PathBuf> {
    let p = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    p.is_dir().then_some(p)
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn run(file: &str) -> Option<(usize, usize, Vec<String>)> {
    let shared = shared()?;
    let src =
        std::fs::read_to_string(shared.join("nlp/sentence_boundaries").join(file)).expect("read");
    let cases: Vec<serde_json::Value> = serde_json::from_str(&src).expect("json");
    let (mut pass, mut fails) = (0, Vec::new());
    for c in &cases {
        let input = c["input"]
            .as_str()
            .unwrap_or("")
            .replace("\\n", "\n")
            .replace("\\\"", "\"");
        let expected: Vec<String> = c["expected"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str())
                    .map(norm)
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let doc = process_text("case", &input, None, None, Default::default());
        let mut spans: Vec<(usize, usize)> = doc
            .sentences
            .iter()
            .map(|s| (s.start, s.end))
            .chain(doc.headings.iter().map(|h| (h.start, h.end)))
            .collect();
        spans.sort_unstable();
        let got: Vec<String> = spans.iter().map(|&(s, e)| norm(&doc.text[s..e])).collect();
        if got == expected {
            pass += 1;
        } else {
            fails.push(format!(
                "{}: got {:?} expected {:?}",
                c["name"].as_str().unwrap_or("?"),
                got,
                expected
            ));
        }
    }
    Some((pass, cases.len(), fails))
}

#[test]
fn golden_rules_at_least_48_of_52() {
    let Some((pass, total, fails)) = run("golden_rules_en.json") else {
        println!("skipping: ../shared not found");
        return;
    };
    for f in &fails {
        println!("FAIL {f}");
    }
    println!("golden rules: {pass}/{total} pass");
    assert_eq!(total, 52);
    assert!(pass >= 48, "golden rules: only {pass}/{total} pass");
}

#[test]
fn pragmatic_segmenter_english_spec() {
    let Some((pass, total, fails)) = run("pragmatic_segmenter_english_spec.json") else {
        println!("skipping: ../shared not found");
        return;
    };
    if std::env::var("SPEC_SHOW").is_ok() {
        for f in &fails {
            println!("FAIL {f}");
        }
    }
    println!("pragmatic_segmenter English spec: {pass}/{total} pass");
    // measured 2026-11-27; a regression below this fails
    assert!(pass * 100 >= total * 75, "spec: only {pass}/{total} pass");
}
