//! Parse and code sentences (one per stdin line) with the embedded models
//! and print each token's parse, the actor mentions and the events:
//! `cargo run --release -p gesta-coder --example explain_parse < sentences.txt`
use gesta_coder::Coder;
use gesta_document::{Annotator, Metadata};
use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let syntax = gesta_syntax::Model::embedded()?;
    let lexicon = gesta_lexicon::ActorRecognizer::embedded()?;
    let coder = Coder::embedded()?;
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let mut doc = gesta_text::process_text("stdin", &line, None, None, Metadata::default());
        syntax.annotate(&mut doc);
        lexicon.annotate(&mut doc);
        coder.annotate(&mut doc);
        for (i, t) in doc.tokens.iter().enumerate() {
            let head = t.head.map_or(0, |h| h + 1);
            println!(
                "{}\t{}\t{}\t{}\t{}\t{head}\t{}",
                i + 1,
                doc.token_text(i),
                t.lemma,
                t.upos,
                t.xpos,
                t.deprel
            );
        }
        for a in &doc.actors {
            println!("# actor {:?} {}", a.text, a.code);
        }
        for e in &doc.events {
            let who = |v: &[gesta_document::EventActor]| {
                v.iter()
                    .map(|a| a.code.clone())
                    .collect::<Vec<_>>()
                    .join("+")
            };
            println!(
                "# event {} -> {} {} {:?}",
                who(&e.source),
                who(&e.target),
                e.cameo,
                e.pattern
            );
        }
        println!();
    }
    Ok(())
}
