//! Add (or rebuild) the label dictionary of an existing model without
//! retraining, and show what it does on a test file: arcs whose (head tag,
//! dependent tag, direction, distance) was seen >= MIN_COUNT times in the
//! given training files with one label >= MIN_SHARE of the time.
//! `cargo run --release -p gesta-syntax --example labeldict -- MODEL_DIR MIN_COUNT MIN_SHARE TEST.conllu TRAIN.conllu... [--save]`
use gesta_syntax::{conllu, train::evaluate, Model};
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut a: Vec<String> = std::env::args().collect();
    let save = a.iter().any(|x| x == "--save");
    a.retain(|x| x != "--save");
    if a.len() < 6 {
        return Err(
            "usage: labeldict MODEL_DIR MIN_COUNT MIN_SHARE TEST.conllu TRAIN.conllu... [--save]"
                .into(),
        );
    }
    let dir = std::path::Path::new(&a[1]);
    let mut model = Model::load(dir)?;
    let test = conllu::read_file(std::path::Path::new(&a[4]))?;
    let mut sents = Vec::new();
    for f in &a[5..] {
        sents.extend(conllu::read_file(std::path::Path::new(f))?);
    }
    let refs: Vec<&conllu::Sentence> = sents.iter().collect();
    let d = model.build_label_dict(&refs, a[2].parse()?, a[3].parse()?);
    println!("{} entries in the label dictionary", d.len());
    model.set_label_dict(Default::default());
    println!("without: {}", evaluate(&model, &test));
    model.set_label_dict(d);
    println!("with:    {}", evaluate(&model, &test));
    if save {
        model.save(dir)?;
    }
    Ok(())
}
