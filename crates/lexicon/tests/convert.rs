//! Converting the field's dictionaries into our format, and reading it back.
use gesta_lexicon::{convert, Lexicon};
use std::collections::HashSet;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

fn countries() -> HashSet<String> {
    Lexicon::embedded()
        .expect("embedded lexicon")
        .countries
        .iter()
        .map(|c| c.code.clone())
        .collect()
}

fn roundtrip(lex: &Lexicon, name: &str) -> Lexicon {
    let dir =
        std::env::temp_dir().join(format!("gesta-lexicon-test-{name}-{}", std::process::id()));
    lex.write_dir(&dir, name).expect("write");
    let back = Lexicon::load_dir(&dir).expect("converted files read back without errors");
    let _ = std::fs::remove_dir_all(&dir);
    back
}

#[test]
fn phoenix_converts_and_reads_back() {
    let dir = format!("{SHARED}/dictionaries/phoenix");
    if !std::path::Path::new(&dir).exists() {
        println!("skipping: ../shared not found");
        return;
    }
    let (lex, rep) =
        convert::convert_spec(&format!("phoenix:{dir}"), &countries()).expect("convert");
    for s in &rep.skipped {
        println!("skipped: {s}");
    }
    // every skipped line is listed with its file:line and the reason (malformed
    // dates, brackets, run-together synonyms in the source files)
    assert!(
        rep.skipped.len() <= 20,
        "{} skipped lines",
        rep.skipped.len()
    );
    assert!(rep.skipped.iter().all(|s| s.contains(".txt:")
        && s.split(".txt:")
            .nth(1)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))));
    assert!(lex.people.len() > 15_000 && lex.organisations.len() > 8_000);
    let putin = lex.person("vladimir-putin").expect("Putin converted");
    assert!(putin
        .roles
        .iter()
        .any(|r| r.code == "RUSGOV" && r.from.as_deref() == Some("2008-05-08")));
    // organisations Phoenix files with dated codes are organisations, the
    // leaders listed among their names stay people, and so do people whose
    // surname is an organisation head word
    let org_named = |n: &str| {
        lex.organisations
            .iter()
            .any(|o| o.names.iter().any(|x| x == n))
    };
    let person_named = |n: &str| lex.people.iter().any(|p| p.names.iter().any(|x| x == n));
    for n in [
        "Tawhid Brigade",
        "Syrian National Council",
        "AQI",
        "Mujahideen Shura Council",
    ] {
        assert!(
            org_named(n) && !person_named(n),
            "{n} should be an organisation"
        );
    }
    for n in ["Abu Bakr al Baghdadi", "Michael Church", "Zarqawi"] {
        assert!(person_named(n) && !org_named(n), "{n} should be a person");
    }
    let back = roundtrip(&lex, "phoenix");
    assert_eq!(back.people.len(), lex.people.len());
    assert_eq!(back.organisations.len(), lex.organisations.len());
}

#[test]
fn tabari_demo_converts_without_errors() {
    let project = format!("{SHARED}/conformance/tabari/Validate.project");
    if !std::path::Path::new(&project).exists() {
        println!("skipping: ../shared not found");
        return;
    }
    let (lex, rep) =
        convert::convert_spec(&format!("tabari:{project}"), &countries()).expect("convert");
    assert!(rep.skipped.is_empty(), "{:?}", rep.skipped);
    assert!(!lex.organisations.is_empty() && !lex.agents.is_empty());
    let back = roundtrip(&lex, "tabari");
    assert_eq!(back.agents.len(), lex.agents.len());
}

#[test]
fn mledoze_converts() {
    let file = format!("{SHARED}/gazetteer/countries/mledoze-countries.json");
    if !std::path::Path::new(&file).exists() {
        println!("skipping: ../shared not found");
        return;
    }
    let (lex, _) =
        convert::convert_spec(&format!("mledoze:{file}"), &HashSet::new()).expect("convert");
    let ukr = lex.country("UKR").expect("Ukraine");
    assert!(ukr.adjectives.iter().any(|a| a == "Ukrainian"));
    assert!(ukr.capitals.iter().any(|a| a == "Kyiv"));
    // "American" belongs to the USA, not to dependent territories
    let n = lex
        .countries
        .iter()
        .filter(|c| c.adjectives.iter().any(|a| a == "American"))
        .count();
    assert_eq!(n, 1);
}
