//! Prints the place mentions of the text on standard input, one per line:
//! `cargo run -p gesta-attributes --example places < story.txt`
//! (set PLACE_DEBUG=1 to see the candidates' scores on standard error).
use gesta_attributes::{Attributes, PlaceFinder};
use std::io::Read;

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("could not read standard input as UTF-8");
        std::process::exit(1);
    }
    let finder = match PlaceFinder::embedded() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let doc = gesta_document::Document::new("stdin", text.clone());
    let sents = Attributes::sentences(&doc);
    for p in finder.find(&text, &sents, &[], None) {
        println!(
            "{}..{} {:?} -> {} {} {} ({:?}, {:?})",
            p.start,
            p.end,
            p.text,
            p.name,
            p.country.as_deref().unwrap_or(""),
            p.feature,
            p.lat,
            p.lon
        );
    }
}
