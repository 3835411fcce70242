//! Quick profile helper: tag+parse the EWT test set N times.
//! `cargo run --release -p gesta-syntax --example speed -- UD_DIR [N] [MODEL_DIR]`
//! (the embedded model unless MODEL_DIR is given)
use gesta_syntax::{conllu, train, Model, Scratch};
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a: Vec<String> = std::env::args().collect();
    let dir = a.get(1).ok_or("usage: speed UD_DIR [N]")?;
    let n: usize = a.get(2).and_then(|s| s.parse().ok()).unwrap_or(5);
    let model = match a.get(3) {
        Some(m) => Model::load(m)?,
        None => Model::embedded()?,
    };
    let test = conllu::read_file(&train::split_file(std::path::Path::new(dir), "test")?)?;
    let sents: Vec<Vec<&str>> = test
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
        .collect();
    let mut sc = Scratch::default();
    let cpu = || -> f64 {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1e9
    };
    let c0 = cpu();
    let t = std::time::Instant::now();
    let mut k = 0;
    for _ in 0..n {
        for s in &sents {
            k += model.tag_parse_with(s, &mut sc);
        }
    }
    let c = cpu() - c0;
    println!(
        "{k} in {:?}; CPU {c:.3} s, {:.0} tokens per CPU-second",
        t.elapsed(),
        (test.iter().map(|s| s.words.len()).sum::<usize>() * n) as f64 / c
    );
    Ok(())
}
