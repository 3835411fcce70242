//! Loads the embedded lexicon and compiles the recognizer once (for
//! instruction counts of the load under callgrind):
//! `cargo run --release -p gesta-lexicon --example load_cost [TEXT_FILE]`.
//! With a text file, also prints the number of lexicon hits in it.

use gesta_lexicon::ActorRecognizer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let r = ActorRecognizer::embedded()?;
    println!("patterns {}", r.patterns());
    if let Some(path) = std::env::args().nth(1) {
        let text = std::fs::read_to_string(path)?;
        println!("hits {}", r.count_hits(&text));
    }
    Ok(())
}
