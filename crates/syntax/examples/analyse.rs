//! Tag and parse whitespace-separated sentences (one per stdin line) with
//! a model directory and print CoNLL-U, e.g. to compare two models:
//! `cargo run --release -p gesta-syntax --example analyse -- MODEL_DIR < sentences.txt`
use gesta_syntax::Model;
use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .ok_or("usage: analyse MODEL_DIR < text")?;
    let model = Model::load(&dir)?;
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let words: Vec<&str> = line.split_whitespace().collect();
        for (i, (w, a)) in words.iter().zip(model.analyse(&words)).enumerate() {
            let head = a.head.map_or(0, |h| h + 1);
            println!(
                "{}\t{w}\t{}\t{}\t{}\t_\t{head}\t{}\t_\t_",
                i + 1,
                a.lemma,
                a.upos,
                a.xpos,
                a.deprel
            );
        }
        println!();
    }
    Ok(())
}
