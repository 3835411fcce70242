//! The Annotator fills every token of every sentence and never panics on
//! odd input.

use gesta_document::{Annotator, Document, Sentence, Token};
use gesta_syntax::Model;

/// Whitespace tokenization into one sentence per line (test helper only).
fn doc(text: &str) -> Document {
    let mut d = Document::new("t", text);
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let ts = d.tokens.len();
        let mut off = pos;
        for w in line.split_inclusive(char::is_whitespace) {
            let t = w.trim_end();
            if !t.is_empty() {
                d.tokens.push(Token {
                    start: off,
                    end: off + t.len(),
                    ..Default::default()
                });
            }
            off += w.len();
        }
        d.sentences.push(Sentence {
            start: pos,
            end: pos + line.trim_end().len(),
            paragraph: 0,
            token_start: ts,
            token_end: d.tokens.len(),
        });
        pos += line.len();
    }
    d
}

#[test]
fn annotates_a_sentence() {
    let m = Model::embedded().expect("embedded model");
    let mut d = doc("The ministers met in Paris on Thursday .\nTalks were held .\n");
    m.annotate(&mut d);
    d.validate().unwrap();
    for t in &d.tokens {
        assert!(!t.upos.is_empty() && !t.xpos.is_empty() && !t.lemma.is_empty());
        assert!(!t.deprel.is_empty());
    }
    let roots: Vec<usize> = (0..8).filter(|&i| d.tokens[i].head.is_none()).collect();
    assert_eq!(roots.len(), 1);
    assert_eq!(d.tokens[roots[0]].deprel, "root");
    assert_eq!(d.token_text(roots[0]), "met");
    assert_eq!(d.tokens[1].lemma, "minister");
    assert_eq!(d.tokens[2].lemma, "meet");
    assert_eq!(d.tokens[4].upos, "PROPN");
    // heads are absolute: second sentence heads point into it
    for i in 8..d.tokens.len() {
        if let Some(h) = d.tokens[i].head {
            assert!((8..d.tokens.len()).contains(&h));
        }
    }
    assert_eq!(d.tokens[9].lemma, "be");
}

#[test]
fn odd_input_never_panics() {
    let m = Model::embedded().expect("embedded model");
    let long = "word ".repeat(600);
    let weird = "☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u{200b} ÉCOLE 123,456.78 :-) ... !!! \u{10FFFF} a-b-c e\u{301}";
    for text in ["", "\n", "x\n", long.as_str(), weird, ". . . . ."] {
        let mut d = doc(text);
        m.annotate(&mut d);
        d.validate().unwrap();
        assert!(d.tokens.iter().all(|t| !t.upos.is_empty()));
    }
    // empty sentences, ranges past the end, tokens with bad offsets
    let mut d = Document::new("t", "abc");
    d.tokens.push(Token {
        start: 2,
        end: 99,
        ..Default::default()
    });
    d.sentences.push(Sentence {
        start: 0,
        end: 3,
        paragraph: 0,
        token_start: 0,
        token_end: 5,
    });
    d.sentences.push(Sentence {
        start: 3,
        end: 3,
        paragraph: 0,
        token_start: 1,
        token_end: 1,
    });
    m.annotate(&mut d);
    // words only: no sentences at all
    let mut d = doc("a b c");
    d.sentences.clear();
    m.annotate(&mut d);
    assert!(d.tokens.iter().all(|t| !t.deprel.is_empty()));
}

#[test]
fn shared_across_threads() {
    let m = std::sync::Arc::new(Model::embedded().expect("embedded model"));
    let hs: Vec<_> = (0..2)
        .map(|_| {
            let m = m.clone();
            std::thread::spawn(move || m.tag(&["They", "agreed", "."]).len())
        })
        .collect();
    for h in hs {
        assert_eq!(h.join().unwrap(), 3);
    }
}

/// UPOS, XPOS, lemma, head (relative to the sentence's first token) and
/// relation of a token.
type Analysis = (String, String, String, Option<usize>, String);

/// Every token's analysis, sentence by sentence.
fn analyses(d: &Document) -> Vec<Vec<Analysis>> {
    d.sentences
        .iter()
        .map(|s| {
            (s.token_start..s.token_end)
                .map(|i| {
                    let t = &d.tokens[i];
                    (
                        t.upos.to_string(),
                        t.xpos.to_string(),
                        t.lemma.to_string(),
                        t.head.map(|h| h.wrapping_sub(s.token_start)),
                        t.deprel.to_string(),
                    )
                })
                .collect()
        })
        .collect()
}

#[test]
fn repeated_sentences_get_the_analysis_of_a_fresh_model() {
    let text = [
        include_str!("../../../examples/stories/congo-rwanda.txt"),
        include_str!("../../../examples/stories/eu-sanctions.txt"),
    ]
    .concat()
    .replace('\n', " ");
    let lines: Vec<&str> = text
        .split(". ")
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert!(lines.len() > 10);
    let first = lines.join(" .\n") + " .\n";
    // the same sentences again, in reverse order and at other offsets,
    // with one new sentence between them
    let mut again: Vec<&str> = lines.iter().rev().copied().collect();
    again.insert(3, "A sentence the cache has not seen yet");
    let second = again.join(" .\n") + " .\n";

    let cached = Model::embedded().expect("embedded model");
    cached.annotate(&mut doc(&first));
    assert_eq!(cached.sentence_cache_hits(), 0);
    let mut d2 = doc(&second);
    cached.annotate(&mut d2);
    let hits = cached.sentence_cache_hits();
    assert!(
        hits >= lines.len() as u64 - 2,
        "{hits} hits for {} repeated sentences",
        lines.len()
    );

    let fresh = Model::embedded().expect("embedded model");
    let mut f2 = doc(&second);
    fresh.annotate(&mut f2);
    assert_eq!(fresh.sentence_cache_hits(), 0);
    assert_eq!(analyses(&d2), analyses(&f2));
    d2.validate().unwrap();

    // forget: the next document starts cold
    cached.forget();
    assert_eq!(cached.sentence_cache_hits(), 0);
}
