//! Template ablation: accuracy of a model on a treebank file with each
//! feature template switched off in turn (inference only; no retraining).
//! A guide for choosing `gesta train --drop-*` sets; measure on dev with a
//! model trained without dev, never on test.
//! `cargo run --release -p gesta-syntax --example ablate -- MODEL_DIR DEV.conllu [PART:LIST ...]`
//! (optional base drops, e.g. `parser:50-61 labeller:20`).
use gesta_syntax::{conllu, parser, tagger, train, Model};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a: Vec<String> = std::env::args().collect();
    if a.len() < 3 {
        eprintln!("usage: ablate MODEL_DIR FILE.conllu [PART:LIST ...]");
        std::process::exit(2);
    }
    let mut model = Model::load(&a[1])?;
    let sents = conllu::read_file(std::path::Path::new(&a[2]))?;
    let mut base = model.templates();
    for spec in &a[3..] {
        let (part, list) = spec.split_once(':').ok_or("PART:LIST expected")?;
        base.drop_list(part, list)?;
    }
    model.set_templates(base);
    let b = train::evaluate(&model, &sents);
    println!("base ({}): {b}", base.describe_dropped());
    for (part, n) in [
        ("tagger", tagger::NF),
        ("parser", parser::NF),
        ("labeller", parser::NLF),
    ] {
        for i in 0..n {
            let mut t = base;
            t.drop_list(part, &i.to_string())?;
            if t == base {
                continue;
            }
            model.set_templates(t);
            let s = train::evaluate(&model, &sents);
            println!(
                "{part}\t{i}\tUPOS {:+.2}\tUAS {:+.2}\tLAS {:+.2}",
                100.0 * (s.upos - b.upos),
                100.0 * (s.uas - b.uas),
                100.0 * (s.las - b.las)
            );
        }
    }
    Ok(())
}
