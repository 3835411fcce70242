//! Average models trained with different seeds and evaluate the average:
//! `cargo run --release --example soup -- OUT_DIR EVAL.conllu MODEL_DIR...`
//! (`MIN_Q=300` by default: rows whose largest quantised weight is below it
//! are dropped, as in training).

use gesta_syntax::{conllu, train, Model};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a: Vec<String> = std::env::args().collect();
    if a.len() < 5 {
        eprintln!("usage: soup OUT_DIR EVAL.conllu MODEL_DIR MODEL_DIR...");
        std::process::exit(2);
    }
    let min_q: i16 = std::env::var("MIN_Q")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let sents = conllu::read_file(std::path::Path::new(&a[2]))?;
    let mut models = Vec::new();
    for dir in &a[3..] {
        let m = Model::load(dir)?;
        println!("{dir}: {}", train::evaluate(&m, &sents));
        models.push(m);
    }
    let soup = Model::soup(&models, min_q).ok_or("the models do not match")?;
    println!(
        "soup: {}; rows {:?}",
        train::evaluate(&soup, &sents),
        soup.sizes()
    );
    soup.save(std::path::Path::new(&a[1]))?;
    Ok(())
}
