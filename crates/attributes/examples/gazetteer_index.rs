//! Writes `crates/attributes/data/gazetteer.idx`, the precomputed name index
//! of the embedded gazetteer, from `data/gazetteer.tsv` and
//! `data/place_aliases.tsv` (run it after changing either; the test
//! `embedded_index_matches_tsv` fails until then). Format: docs/attributes.md.
//!
//! Usage: `cargo run -p gesta-attributes --release --example gazetteer_index -- [OUT]`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| format!("{data}/gazetteer.idx"));
    let gazetteer = std::fs::read_to_string(format!("{data}/gazetteer.tsv"))?;
    let aliases = std::fs::read_to_string(format!("{data}/place_aliases.tsv"))?;
    let bytes = gesta_attributes::Gazetteer::compile_index(&gazetteer, &aliases)?;
    std::fs::write(&out, &bytes)?;
    println!("{} bytes written to {out}", bytes.len());
    Ok(())
}
