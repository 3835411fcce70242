//! Size/accuracy trade-off of pruning a trained model:
//! `cargo run --release --example prune -- MODEL_DIR DEV.conllu T A L [OUT_DIR]`.

use gesta_syntax::{conllu, train, Model};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a: Vec<String> = std::env::args().collect();
    if a.len() < 6 {
        eprintln!("usage: prune MODEL_DIR FILE.conllu TAGGER_Q ACTION_Q LABEL_Q [OUT_DIR]");
        std::process::exit(2);
    }
    let mut model = Model::load(&a[1])?;
    let sents = conllu::read_file(std::path::Path::new(&a[2]))?;
    model.prune(a[3].parse()?, a[4].parse()?, a[5].parse()?);
    let s = train::evaluate(&model, &sents);
    println!(
        "{s}; rows {:?}; {:.2} MB",
        model.sizes(),
        model.to_bytes().len() as f64 / 1e6
    );
    if let Some(out) = a.get(6) {
        model.save(std::path::Path::new(out))?;
    }
    Ok(())
}
