//! Training without the CLI (same as `gesta train`):
//! `cargo run --release -p gesta-syntax --example train -- UD_DIR OUT_DIR [parser_epochs] [verbose] [with-dev] [seed=N] [drop-PART=LIST ...]`
//! (`drop-parser=12-14,30`: train without those parser templates instead of the default
//! recipe's, see `Templates::drop_list`; `drop-parser=` keeps them all).

use gesta_syntax::train::{train, Options};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a: Vec<String> = std::env::args().collect();
    if a.len() < 3 {
        eprintln!("usage: train UD_DIR OUT_DIR [parser_epochs] [verbose]");
        std::process::exit(2);
    }
    let mut o = Options::default();
    if let Some(e) = a.get(3) {
        o.parser_epochs = e.parse()?;
    }
    o.verbose = a.iter().any(|v| v == "verbose");
    o.with_dev = a.iter().any(|v| v == "with-dev");
    for v in &a[3..] {
        if let Some(n) = v.strip_prefix("seed=") {
            o.seed = n.parse()?;
        }
        if let Some((part, list)) = v.strip_prefix("drop-").and_then(|x| x.split_once('=')) {
            o.templates.restore(part)?;
            o.templates.drop_list(part, list)?;
        }
    }
    let t = train(Path::new(&a[1]), &o, |m| eprintln!("{m}"))?;
    let out = Path::new(&a[2]);
    t.model.save(out)?;
    std::fs::write(out.join(gesta_syntax::LEMMA_FILE), &t.lemmas_tsv)?;
    println!("dev:  {}\ntest: {}", t.dev, t.test);
    Ok(())
}
