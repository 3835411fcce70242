//! Prints the quotes of the text on standard input, one per line:
//! `cargo run -p gesta-attributes --example quotes < story.txt`
//! With `--parse` the text is first segmented, parsed and actor-tagged by
//! the real upstream stages (gesta-text, gesta-syntax, gesta-lexicon), as in
//! the pipeline, and the parse is printed too.
use gesta_attributes::Attributes;
use gesta_document::{Annotator, Metadata};
use std::io::Read;

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("could not read standard input as UTF-8");
        std::process::exit(1);
    }
    let quotes = if std::env::args().any(|a| a == "--parse") {
        let mut doc = gesta_text::process_text("stdin", &text, None, None, Metadata::default());
        let (Ok(syntax), Ok(lexicon), Ok(stage)) = (
            gesta_syntax::Model::embedded(),
            gesta_lexicon::Lexicon::embedded(),
            Attributes::embedded(),
        ) else {
            eprintln!("could not load the stages");
            std::process::exit(1);
        };
        syntax.annotate(&mut doc);
        gesta_lexicon::ActorRecognizer::new(&lexicon).annotate(&mut doc);
        stage.annotate(&mut doc);
        for (i, t) in doc.tokens.iter().enumerate() {
            println!(
                "{i}\t{}\t{}\t{}\t{:?}\t{}",
                &doc.text[t.start..t.end],
                t.lemma,
                t.upos,
                t.head,
                t.deprel
            );
        }
        doc.quotes
    } else {
        gesta_attributes::find_quotes(&text)
    };
    for q in quotes {
        let sp = q
            .speaker
            .as_ref()
            .map(|s| format!("{} ({})", s.text, s.name.as_deref().unwrap_or("")));
        println!(
            "{} {:?} <- {:?} [{:?}]",
            if q.direct { "D" } else { "I" },
            q.text,
            sp,
            q.cue.map(|c| c.text)
        );
    }
}
