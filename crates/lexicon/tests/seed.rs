//! The seed story: every actor row of ../shared/seed/EXPECTED.md resolves as listed.
use gesta_document::{Annotator, Document};
use gesta_lexicon::{ActorRecognizer, Lexicon};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

fn seed_doc() -> Option<Document> {
    let path = format!("{SHARED}/seed/paris-talks.txt");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        println!("skipping: ../shared not found");
        return None;
    };
    // body only: drop the credit lines and everything from the first rule
    let body: String = raw.split("\n___").next().unwrap_or("").to_string();
    let mut d = Document::new("seed", body);
    d.date = Some("2025-04-17".into());
    Some(d)
}

#[test]
fn seed_actors_resolve_as_expected() {
    let Some(doc) = seed_doc() else { return };
    check(doc);
}

/// The same on the real pipeline's Document: gesta-text's cleaning,
/// sentences and tokens, and gesta-syntax's tags and parse.
#[test]
fn seed_actors_resolve_on_parsed_document() {
    let path = format!("{SHARED}/seed/paris-talks.txt");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        println!("skipping: ../shared not found");
        return;
    };
    let mut doc = gesta_text::process_text(
        "seed",
        &raw,
        Some("2025-04-17".to_string()),
        None,
        Default::default(),
    );
    let model = gesta_syntax::Model::embedded().expect("syntax model");
    model.annotate(&mut doc);
    check(doc);
}

fn check(mut doc: Document) {
    let lex = Lexicon::embedded().expect("embedded lexicon");
    let r = ActorRecognizer::new(&lex);
    r.annotate(&mut doc);
    assert!(doc.validate().is_ok());
    for a in &doc.actors {
        println!(
            "{:>5} {:<45} {:<10} {:<14} {:?} {:?}",
            a.start, a.text, a.code, a.rule, a.kind, a.antecedent
        );
    }
    let rows = expected_rows();
    assert!(
        rows.len() >= 15,
        "could not read the actor table of EXPECTED.md"
    );
    let mut failures = Vec::new();
    for (mention, code) in &rows {
        let hits: Vec<_> = doc
            .actors
            .iter()
            .filter(|a| {
                let t = a.text.replace('\u{2019}', "'");
                let t = t
                    .strip_prefix("the ")
                    .or(t.strip_prefix("The "))
                    .unwrap_or(&t)
                    .to_string();
                let m = mention.strip_prefix("the ").unwrap_or(mention);
                t == m || t.ends_with(&format!(" {m}"))
            })
            .collect();
        if hits.is_empty() {
            failures.push(format!("{mention}: not found (expected {code})"));
            continue;
        }
        for h in hits {
            if !h.code.starts_with(code.as_str()) {
                failures.push(format!(
                    "{mention}: {:?} at {} coded {} (expected {code})",
                    h.text, h.start, h.code
                ));
            }
        }
    }
    println!("{} expected actor mentions checked", rows.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The (mention, code) pairs of the actor table of EXPECTED.md.
fn expected_rows() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(format!("{SHARED}/seed/EXPECTED.md")).unwrap_or_default();
    let mut out = Vec::new();
    let mut in_table = false;
    for line in text.lines() {
        if line.starts_with("## Actors") {
            in_table = true;
            continue;
        }
        if in_table && line.starts_with("## ") {
            break;
        }
        if !in_table
            || !line.starts_with('|')
            || line.contains("---")
            || line.contains("actor code")
        {
            continue;
        }
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        if cols.len() < 3 {
            continue;
        }
        let strip = |s: &str| s.split(" (").next().unwrap_or(s).trim().to_string();
        let mentions: Vec<String> = cols[1]
            .split(", ")
            .map(strip)
            .filter(|s| !s.is_empty())
            .collect();
        let codes: Vec<String> = cols[2].split(", ").map(strip).collect();
        for (i, m) in mentions.iter().enumerate() {
            let code = if codes.len() == mentions.len() {
                codes[i].clone()
            } else {
                codes[0].clone()
            };
            out.push((m.clone(), code));
        }
    }
    out
}
