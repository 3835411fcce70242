//! Traces how a conformance record is coded (word tags, actors, removed
//! words, clauses, expected and got):
//!
//! `cargo run -p gesta-dictionaries --example explain -- tabari DEMO-01 PATTERN-02`
//! `cargo run -p gesta-dictionaries --example explain -- petrarch DEMO-02`

use std::path::PathBuf;

fn main() {
    let shared = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    let mut args = std::env::args().skip(1);
    let suite = args.next().unwrap_or_default();
    for id in args {
        let out = match suite.as_str() {
            "tabari" => gesta_dictionaries::explain_tabari(
                &shared.join("conformance/tabari/Validate.project"),
                &id,
            ),
            "petrarch" => gesta_dictionaries::explain_petrarch(
                &shared.join("conformance/petrarch/PETR.UnitTest.records.xml"),
                &shared.join("conformance/petrarch"),
                &id,
            ),
            _ => {
                eprintln!("usage: explain tabari|petrarch ID...");
                std::process::exit(2);
            }
        };
        match out {
            Ok(s) => println!("== {id}\n{s}\n"),
            Err(e) => eprintln!("{id}: {e}"),
        }
    }
}
