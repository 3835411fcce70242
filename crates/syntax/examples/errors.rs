//! Error breakdown of a model directory on a CoNLL-U file:
//! `cargo run --release --example errors -- MODEL_DIR FILE.conllu [gold]`.

use gesta_syntax::{conllu, Model};
use std::collections::BTreeMap;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: errors MODEL_DIR FILE.conllu [gold]");
        std::process::exit(2);
    }
    let model = Model::load(&args[1])?;
    let sents = conllu::read_file(std::path::Path::new(&args[2]))?;
    let gold = args.get(3).is_some_and(|a| a == "gold");
    let mut by: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut n, mut ok, mut root_ok, mut nroot) = (0, 0, 0, 0);
    for s in &sents {
        let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let arcs = if gold {
            let tags: Vec<(&str, &str)> = s
                .words
                .iter()
                .map(|w| (w.upos.as_str(), w.xpos.as_str()))
                .collect();
            model.parse(&words, &tags)
        } else {
            model
                .analyse(&words)
                .into_iter()
                .map(|a| (a.head, a.deprel))
                .collect()
        };
        for (w, (h, _)) in s.words.iter().zip(&arcs) {
            let gh = if w.head == 0 { None } else { Some(w.head - 1) };
            let e = by.entry(w.upos.clone()).or_default();
            e.0 += 1;
            n += 1;
            if gh == *h {
                e.1 += 1;
                ok += 1;
            }
            if w.head == 0 {
                nroot += 1;
                root_ok += (h.is_none()) as usize;
            }
        }
    }
    println!(
        "UAS {:.2}% ({} words); root recall {:.2}%",
        100.0 * ok as f64 / n as f64,
        n,
        100.0 * root_ok as f64 / nroot as f64
    );
    for (k, (t, c)) in by {
        println!(
            "{k:6} {t:6} {:.2}%  errors {}",
            100.0 * c as f64 / t as f64,
            t - c
        );
    }
    Ok(())
}
