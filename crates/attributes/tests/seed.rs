//! The reference story (../shared/seed): every place, time and quote row of
//! EXPECTED.md, and the Dnipro event's attributes. The text is read from
//! ../shared only (never copied). Events are built here as the coder would
//! emit them (trigger + root), since this crate runs after the coder.

use gesta_attributes::Attributes;
use gesta_document::{Annotator, Document, Event, SpanText};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

fn seed(date: Option<&str>) -> Option<Document> {
    let raw = std::fs::read_to_string(format!("{SHARED}/seed/paris-talks.txt")).ok()?;
    let mut d = Document::new("seed", raw);
    d.date = date.map(str::to_string);
    Some(d)
}

#[test]
fn seed_places() {
    let Some(mut d) = seed(Some("2025-04-17")) else {
        println!("skipping: ../shared not found");
        return;
    };
    Attributes::embedded().expect("stage").annotate(&mut d);
    for (name, cc) in [
        ("Paris", "FRA"),
        ("London", "GBR"),
        ("Dnipro", "UKR"),
        ("Saudi Arabia", "SAU"),
        ("Washington", "USA"),
        ("Kyiv", "UKR"),
    ] {
        let ms: Vec<_> = d.places.iter().filter(|p| p.text == name).collect();
        assert!(
            !ms.is_empty(),
            "{name} not found; places: {:?}",
            d.places.iter().map(|p| &p.text).collect::<Vec<_>>()
        );
        for m in ms {
            assert_eq!(m.country.as_deref(), Some(cc), "{name} at {}", m.start);
        }
    }
    let dn = d
        .places
        .iter()
        .find(|p| p.text == "Dnipro")
        .expect("Dnipro");
    assert!(
        (dn.lat.unwrap_or(0.0) - 48.45).abs() < 0.2 && (dn.lon.unwrap_or(0.0) - 35.05).abs() < 0.2
    );
}

#[test]
fn seed_times() {
    let Some(mut d) = seed(Some("2025-04-17")) else {
        println!("skipping: ../shared not found");
        return;
    };
    Attributes::embedded().expect("stage").annotate(&mut d);
    let want = [
        ("Thursday", "2025-04-17"),
        ("Wednesday night", "2025-04-16"),
        ("next week", "2025-W17"),
        ("last week", "2025-W15"),
        ("Hours earlier", "2025-04-16/2025-04-17"),
    ];
    for (text, value) in want {
        let ms: Vec<_> = d
            .times
            .iter()
            .filter(|t| t.text.trim_end_matches("’s").trim_end_matches("'s") == text)
            .collect();
        assert!(!ms.is_empty(), "{text} not found: {:?}", d.times);
        for m in ms {
            assert_eq!(m.value, value, "{text}");
        }
    }
    // without a publication date nothing relative becomes a calendar date
    let Some(mut u) = seed(None) else { return };
    Attributes::embedded().expect("stage").annotate(&mut u);
    for t in &u.times {
        if want.iter().any(|(w, _)| t.text.starts_with(w)) {
            assert!(
                !t.value.starts_with(|c: char| c.is_ascii_digit()),
                "{} -> {}",
                t.text,
                t.value
            );
        }
    }
}

#[test]
fn seed_quotes() {
    let Some(mut d) = seed(Some("2025-04-17")) else {
        println!("skipping: ../shared not found");
        return;
    };
    Attributes::embedded().expect("stage").annotate(&mut d);
    let rows = [
        ("convergence.", "Macron"),
        ("secure real, practical solutions", "Rubio"),
        (
            "President Trump and the United States want this war to end",
            "Tammy Bruce",
        ),
        ("really, really important. And I think", "Alina Polyakova"),
        ("This is not just about a swath of territory", "Polyakova"),
        ("This is about broader questions", "Polyakova"),
        (
            "ready to discuss security guarantees",
            "senior French official",
        ),
        ("just and lasting peace", "Andrii Yermak"),
        (
            "It was a very substantive conversation. We continue our work",
            "Andrii Yermak",
        ),
        ("lots of carrots", "Polyakova"),
        ("very few sticks", "Polyakova"),
        ("is whether these talks", "Polyakova"),
    ];
    for (start, who) in rows {
        let q = d
            .quotes
            .iter()
            .find(|q| q.direct && q.text.starts_with(start))
            .unwrap_or_else(|| panic!("no quote starting {start:?}"));
        let sp = q
            .speaker
            .as_ref()
            .unwrap_or_else(|| panic!("no speaker for {start:?}"));
        let named = sp.name.as_deref().unwrap_or("").contains(who) || sp.text.contains(who);
        assert!(named, "{start:?}: speaker {sp:?}, want {who}");
    }
}

#[test]
fn seed_dnipro_event() {
    let Some(mut d) = seed(Some("2025-04-17")) else {
        println!("skipping: ../shared not found");
        return;
    };
    // the coder's event: "a massive drone attack hit the Ukrainian city of Dnipro"
    let at = d.text.find("drone attack hit").expect("sentence") + "drone attack ".len();
    let mut sents = gesta_attributes::lexicon::split_sentences(&d.text);
    sents.retain(|&(s, e)| s <= at && at < e);
    let _ = sents;
    d.events.push(Event {
        sentence: 0,
        trigger: SpanText {
            start: at,
            end: at + 3,
            text: "hit".into(),
        },
        cameo: "190".into(),
        root: "19".into(),
        ..Default::default()
    });
    Attributes::embedded().expect("stage").annotate(&mut d);
    let e = &d.events[0];
    let p = e.place.as_ref().expect("place");
    assert_eq!(
        (p.name.as_str(), p.country.as_deref()),
        ("Dnipro", Some("UKR"))
    );
    assert!(
        (p.lat.unwrap_or(0.0) - 48.45).abs() < 0.2 && (p.lon.unwrap_or(0.0) - 35.05).abs() < 0.2
    );
    let t = e.time.as_ref().expect("time");
    assert_eq!(t.value, "2025-04-16");
    assert_eq!(e.killed, Some(3));
}
