//! Add (or rebuild) the tag dictionary of an existing model without
//! retraining: words seen >= MIN_COUNT times in the given CoNLL-U files
//! with one tag >= MIN_SHARE of the time.
//! `cargo run --release -p gesta-syntax --example tagdict -- MODEL_DIR MIN_COUNT MIN_SHARE FILE.conllu...`
use gesta_syntax::{conllu, Model, TagDict};
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a: Vec<String> = std::env::args().collect();
    if a.len() < 5 {
        return Err("usage: tagdict MODEL_DIR MIN_COUNT MIN_SHARE FILE.conllu...".into());
    }
    let dir = std::path::Path::new(&a[1]);
    let mut model = Model::load(dir)?;
    let mut sents = Vec::new();
    for f in &a[4..] {
        sents.extend(conllu::read_file(std::path::Path::new(f))?);
    }
    let refs: Vec<&conllu::Sentence> = sents.iter().collect();
    let d = TagDict::build(&refs, model.tagset(), a[2].parse()?, a[3].parse()?);
    println!("{} words in the tag dictionary", d.len());
    model.set_tag_dict(d);
    model.save(dir)?;
    Ok(())
}
