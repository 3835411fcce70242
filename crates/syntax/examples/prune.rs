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
    if let Ok(w) = std::env::var("PRUNE_WEIGHTS") {
        let (t, l) = w.split_once(',').ok_or("PRUNE_WEIGHTS=TAGGER,LABELLER")?;
        model.prune_weights(t.parse()?, l.parse()?);
    }
    println!("non-zero weights {:?}", model.weight_counts());
    let t = std::time::Instant::now();
    let s = train::evaluate(&model, &sents);
    let secs = t.elapsed().as_secs_f64();
    let words: usize = sents.iter().map(|s| s.words.len()).sum();
    println!(
        "evaluated {words} words in {secs:.2} s ({:.0} words/s)",
        words as f64 / secs
    );
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
