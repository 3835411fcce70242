//! The seed story through the real upstream stages (text, syntax, lexicon,
//! coder) and then this stage: the Dnipro attack event gets place Dnipro,
//! time 2025-04-16 and three killed; every direct quote row has a speaker.

use gesta_attributes::Attributes;
use gesta_document::{Annotator, Metadata};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

#[test]
fn seed_through_the_pipeline() {
    let Ok(raw) = std::fs::read_to_string(format!("{SHARED}/seed/paris-talks.txt")) else {
        println!("skipping: ../shared not found");
        return;
    };
    let mut doc = gesta_text::process_text(
        "seed",
        &raw,
        Some("2025-04-17".into()),
        None,
        Metadata::default(),
    );
    gesta_syntax::Model::embedded()
        .expect("syntax")
        .annotate(&mut doc);
    let lexicon = gesta_lexicon::Lexicon::embedded().expect("lexicon");
    gesta_lexicon::ActorRecognizer::new(&lexicon).annotate(&mut doc);
    gesta_coder::Coder::embedded()
        .expect("coder")
        .annotate(&mut doc);
    Attributes::embedded()
        .expect("attributes")
        .annotate(&mut doc);
    assert!(doc.validate().is_ok(), "{:?}", doc.validate());

    if std::env::var("SEED_DEBUG").is_ok() {
        for e in &doc.events {
            println!(
                "{} {:?} time={:?} place={:?} killed={:?} issue={:?}",
                e.cameo,
                e.trigger.text,
                e.time.as_ref().map(|t| &t.value),
                e.place.as_ref().map(|p| &p.name),
                e.killed,
                e.issue
            );
        }
        for q in &doc.quotes {
            println!(
                "Q {:?} <- {:?}",
                q.text.chars().take(40).collect::<String>(),
                q.speaker.as_ref().map(|s| (&s.text, &s.name, &s.code))
            );
        }
    }
    // the Dnipro attack: whichever event the coder hangs on that sentence
    let dn = doc
        .events
        .iter()
        .filter(|e| e.place.as_ref().is_some_and(|p| p.name == "Dnipro"))
        .find(|e| e.killed == Some(3));
    let Some(dn) = dn else {
        panic!(
            "no event with place Dnipro and killed 3: {:?}",
            doc.events
                .iter()
                .map(|e| (&e.trigger.text, &e.cameo))
                .collect::<Vec<_>>()
        );
    };
    let p = dn.place.as_ref().expect("place");
    assert_eq!(p.country.as_deref(), Some("UKR"));
    assert!(
        (p.lat.unwrap_or(0.0) - 48.45).abs() < 0.2 && (p.lon.unwrap_or(0.0) - 35.05).abs() < 0.2
    );
    assert_eq!(
        dn.time.as_ref().map(|t| t.value.as_str()),
        Some("2025-04-16")
    );
    for start in [
        "convergence.",
        "secure real, practical solutions",
        "just and lasting peace",
        "lots of carrots",
    ] {
        let q = doc
            .quotes
            .iter()
            .find(|q| q.direct && q.text.starts_with(start));
        assert!(
            q.is_some_and(|q| q.speaker.is_some()),
            "quote {start:?} without speaker"
        );
    }
}
