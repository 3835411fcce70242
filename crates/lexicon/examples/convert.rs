//! Regenerates converted lexicon files: `cargo run -p gesta-lexicon
//! --example convert -- SPEC OUTDIR PREFIX` (same as `gesta lexicon convert`).
use gesta_lexicon::{convert, Lexicon};
use std::collections::HashSet;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a: Vec<String> = std::env::args().skip(1).collect();
    if a.len() < 2 {
        return Err("usage: convert SPEC OUTDIR [PREFIX]".into());
    }
    let base = Lexicon::embedded().unwrap_or_default();
    let codes: HashSet<String> = base.countries.iter().map(|c| c.code.clone()).collect();
    let (lex, rep) = convert::convert_spec(&a[0], &codes)?;
    for s in &rep.skipped {
        eprintln!("skipped: {s}");
    }
    let files = lex.write_dir(Path::new(&a[1]), a.get(2).map(String::as_str).unwrap_or(""))?;
    for f in files {
        println!("{f}");
    }
    Ok(())
}
