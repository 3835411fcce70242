//! Prints the entity readings and actors of a text (debugging aid):
//! `cargo run -p gesta-lexicon --example ner -- "TEXT" [--parse]`.
//! With `--parse` the text is split on spaces (one sentence per line) and
//! tagged/parsed by gesta-syntax, as in tests/entities.rs.
use gesta_document::{Annotator, Document, Sentence, Token};
use gesta_lexicon::ActorRecognizer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let parse = args.iter().any(|a| a == "--parse");
    let text = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_default();
    let mut doc = Document::new("ner", text.clone());
    if parse {
        let mut off = 0;
        for line in text.split('\n') {
            let t0 = doc.tokens.len();
            let mut p = off;
            for w in line.split(' ') {
                if !w.is_empty() {
                    doc.tokens.push(Token {
                        start: p,
                        end: p + w.len(),
                        ..Default::default()
                    });
                }
                p += w.len() + 1;
            }
            doc.sentences.push(Sentence {
                start: off,
                end: off + line.len(),
                paragraph: 0,
                token_start: t0,
                token_end: doc.tokens.len(),
            });
            off += line.len() + 1;
        }
        gesta_syntax::Model::embedded()?.annotate(&mut doc);
        for t in &doc.tokens {
            print!("{}/{}/{} ", &text[t.start..t.end], t.upos, t.deprel);
        }
        println!();
    }
    let r = ActorRecognizer::embedded()?;
    let rec = r.recognize(&doc);
    for e in &rec.entities {
        println!(
            "ENT {:<13} [{}] name {} [{}]{}{}{}",
            e.label.name(),
            &text[e.start..e.end],
            e.name_label.name(),
            &text[e.name_start..e.name_end],
            if e.nominal { " nominal" } else { "" },
            if e.pronoun { " pronoun" } else { "" },
            if e.name_only { " name-only" } else { "" }
        );
    }
    for a in &rec.actors {
        println!(
            "ACT {:<30} {:<8} {:?} {} {:?}",
            a.text, a.code, a.kind, a.rule, a.entry
        );
    }
    Ok(())
}
