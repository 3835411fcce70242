//! Fixture test: hand-parsed sentences (tests/fixtures/clauses.conllu) with
//! their actor mentions and the exact events the default coder must produce.

use gesta_coder::Coder;
use gesta_document::{ActorMention, Annotator, Document, Event, Sentence, Token};

struct Case {
    text: String,
    doc: Document,
    expect: Vec<String>,
}

fn parse_fixture(src: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    for block in src.split("\n\n") {
        let mut text = String::new();
        let mut actors: Vec<(usize, usize, Vec<String>)> = Vec::new();
        let mut expect = Vec::new();
        let mut rows: Vec<Vec<String>> = Vec::new();
        for line in block.lines() {
            if let Some(t) = line.strip_prefix("# text = ") {
                text = t.to_string();
            } else if let Some(a) = line.strip_prefix("# actor = ") {
                let f: Vec<String> = a.split_whitespace().map(String::from).collect();
                let (s, e) = match f[0].split_once('-') {
                    Some((s, e)) => (s.parse().unwrap(), e.parse().unwrap()),
                    None => (f[0].parse().unwrap(), f[0].parse().unwrap()),
                };
                actors.push((s, e, f[1..].to_vec()));
            } else if let Some(x) = line.strip_prefix("# expect = ") {
                expect.push(x.trim().to_string());
            } else if !line.starts_with('#') && !line.trim().is_empty() {
                rows.push(line.split('\t').map(String::from).collect());
            }
        }
        if rows.is_empty() {
            continue;
        }
        let mut doc = Document::new("fixture", "");
        let mut body = String::new();
        for r in &rows {
            if !body.is_empty() {
                body.push(' ');
            }
            let start = body.len();
            body.push_str(&r[1]);
            let head: usize = r[5].parse().unwrap();
            doc.tokens.push(Token {
                start,
                end: body.len(),
                upos: r[3].as_str().into(),
                xpos: r[4].as_str().into(),
                lemma: r[2].as_str().into(),
                head: if head == 0 { None } else { Some(head - 1) },
                deprel: r[6].as_str().into(),
            });
        }
        assert_eq!(body, text, "fixture text and tokens differ");
        doc.sentences.push(Sentence {
            start: 0,
            end: body.len(),
            paragraph: 0,
            token_start: 0,
            token_end: rows.len(),
        });
        for (s, e, f) in actors {
            let (start, end) = (doc.tokens[s - 1].start, doc.tokens[e - 1].end);
            doc.actors.push(ActorMention {
                start,
                end,
                text: body[start..end].to_string(),
                code: f[0].clone(),
                country: f.get(1).cloned(),
                sector: f.get(2).cloned(),
                ..Default::default()
            });
        }
        doc.text = body;
        doc.validate().unwrap();
        cases.push(Case { text, doc, expect });
    }
    cases
}

fn describe(e: &Event) -> String {
    let who = |v: &[gesta_document::EventActor]| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.iter()
                .map(|a| a.code.clone())
                .collect::<Vec<_>>()
                .join("+")
        }
    };
    let mut s = format!("{} {} {}", who(&e.source), who(&e.target), e.cameo);
    if e.negated {
        s.push_str(" neg");
    }
    if let Some(m) = &e.modality {
        s.push_str(&format!(" mod={m}"));
    }
    if let Some(a) = &e.attribution {
        s.push_str(&format!(" attr={}", a.text));
    }
    s
}

#[test]
fn hand_parsed_clauses() {
    let src = include_str!("fixtures/clauses.conllu");
    let cases = parse_fixture(src);
    assert!(cases.len() >= 15, "only {} fixture cases", cases.len());
    let coder = Coder::embedded().unwrap();
    let mut failures = Vec::new();
    for mut c in cases {
        coder.annotate(&mut c.doc);
        c.doc.validate().unwrap();
        let mut got: Vec<String> = c.doc.events.iter().map(describe).collect();
        got.sort();
        let mut want: Vec<String> = c.expect.iter().filter(|x| *x != "none").cloned().collect();
        want.sort();
        for e in &c.doc.events {
            assert!(
                e.goldstein.is_some() && e.quad_class.is_some(),
                "not enriched: {e:?}"
            );
            assert_eq!(e.root, e.cameo[..2]);
            assert!(e.pattern.is_some());
        }
        if got != want {
            failures.push(format!("{}\n   want {want:?}\n   got  {got:?}", c.text));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
