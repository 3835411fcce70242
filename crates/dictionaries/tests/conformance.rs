//! The TABARI validation suite and the PETRARCH unit-test records, coded
//! from raw text with their own dictionaries. The bars are asserted here.

mod common;

use common::shared;
use gesta_dictionaries::{run_petrarch, run_tabari};

#[test]
fn tabari_validation_suite() {
    let Some(s) = shared() else { return };
    let r = run_tabari(&s.join("conformance/tabari/Validate.project")).unwrap();
    println!("{r}");
    println!("TABARI: {:.1}% exactly right", 100.0 * r.rate());
    assert!(r.total() > 400);
    assert!(r.rate() >= 0.90, "TABARI validation below the bar");
}

#[test]
fn petrarch_unit_records() {
    let Some(s) = shared() else { return };
    let r = run_petrarch(
        &s.join("conformance/petrarch/PETR.UnitTest.records.xml"),
        &s.join("conformance/petrarch"),
    )
    .unwrap();
    println!("{r}");
    println!("PETRARCH: {:.1}% exactly right", 100.0 * r.rate());
    assert!(r.total() > 200);
    assert!(r.rate() >= 0.80, "PETRARCH unit records below the bar");
}
