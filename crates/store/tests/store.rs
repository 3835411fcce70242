//! Store behaviour on hand-built documents.

use gesta_document::{
    Attribution, Document, Event, EventActor, EventPlace, EventTime, Plover, Quote, Sentence,
    SpanText, Speaker,
};
use gesta_store::{EventFilter, ExportFormat, HitKind, Stance, Store};

/// A one-sentence-per-line story; each event is (sentence, source, target,
/// cameo, day, place, issue, negated, modality).
struct Ev<'a> {
    sentence: usize,
    src: &'a str,
    tgt: &'a str,
    cameo: &'a str,
    day: Option<&'a str>,
    place: Option<&'a str>,
    issue: Option<&'a str>,
    negated: bool,
    modality: Option<&'a str>,
}

fn ev<'a>(sentence: usize, src: &'a str, tgt: &'a str, cameo: &'a str) -> Ev<'a> {
    Ev {
        sentence,
        src,
        tgt,
        cameo,
        day: None,
        place: None,
        issue: None,
        negated: false,
        modality: None,
    }
}

fn actor(code: &str, s: usize, e: usize, text: &str) -> EventActor {
    EventActor {
        code: code.to_string(),
        country: (code.len() >= 3).then(|| code[..3].to_string()),
        sector: None,
        text: text.to_string(),
        start: s,
        end: e,
        mention: None,
    }
}

fn doc(id: &str, date: &str, source: &str, sentences: &[&str], events: &[Ev]) -> Document {
    let mut d = Document::new(id, sentences.join(" "));
    d.date = Some(date.to_string());
    d.title = Some(format!("Story {id}"));
    d.meta.source = Some(source.to_string());
    let mut pos = 0;
    for s in sentences {
        d.sentences.push(Sentence {
            start: pos,
            end: pos + s.len(),
            paragraph: 0,
            token_start: 0,
            token_end: 0,
        });
        pos += s.len() + 1;
    }
    for e in events {
        let sent = d.sentences[e.sentence];
        let cameo_root = e.cameo[..2].to_string();
        d.events.push(Event {
            sentence: e.sentence,
            trigger: SpanText {
                start: sent.start,
                end: sent.start + 1,
                text: d.text[sent.start..sent.start + 1].to_string(),
            },
            source: if e.src.is_empty() {
                vec![]
            } else {
                vec![actor(e.src, sent.start, sent.start + 1, e.src)]
            },
            target: if e.tgt.is_empty() {
                vec![]
            } else {
                vec![actor(e.tgt, sent.start, sent.start + 1, e.tgt)]
            },
            cameo: e.cameo.to_string(),
            root: cameo_root.clone(),
            goldstein: Some(if cameo_root.as_str() < "10" {
                3.0
            } else {
                -4.0
            }),
            quad_class: Some(if cameo_root.as_str() < "06" {
                1
            } else if cameo_root.as_str() < "10" {
                2
            } else if cameo_root.as_str() < "14" {
                3
            } else {
                4
            }),
            plover: Some(Plover {
                event_type: "CONSULT".into(),
                mode: String::new(),
                context: String::new(),
            }),
            negated: e.negated,
            modality: e.modality.map(str::to_string),
            attribution: Some(Attribution {
                text: "officials".into(),
                code: None,
                start: 0,
                end: 0,
            }),
            time: e.day.map(|v| EventTime {
                value: v.to_string(),
                precision: "day".into(),
                expression: None,
            }),
            place: e.place.map(|p| EventPlace {
                name: p.to_string(),
                country: Some("FRA".into()),
                lat: Some(48.85),
                lon: Some(2.35),
                geonames_id: None,
                mention: None,
            }),
            killed: None,
            injured: None,
            casualties: vec![],
            issue: e.issue.map(str::to_string),
            pattern: Some("test".into()),
        });
    }
    d
}

fn count(store: &Store, table: &str) -> i64 {
    store
        .connection()
        .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

const TABLES: [&str; 9] = [
    "documents",
    "sentences",
    "actors",
    "times",
    "places",
    "quotes",
    "events",
    "mentions",
    "stories_fts",
];

#[test]
fn reingest_adds_nothing_and_story_round_trips() {
    let mut s = Store::open_in_memory().unwrap();
    let mut a = doc(
        "a",
        "2025-04-17",
        "AP",
        &["Washington proposed a ceasefire.", "Moscow refused."],
        &[
            ev(0, "USAGOV", "RUSGOV", "036"),
            ev(1, "RUSGOV", "USAGOV", "125"),
        ],
    );
    a.quotes.push(Quote {
        start: 0,
        end: 10,
        text: "Washington".into(),
        direct: true,
        speaker: Some(Speaker {
            start: 0,
            end: 10,
            text: "Washington".into(),
            code: Some("USAGOV".into()),
            country: Some("USA".into()),
            name: None,
        }),
        cue: None,
    });
    let b = doc(
        "b",
        "2025-04-18",
        "Reuters",
        &["Kyiv welcomed it."],
        &[ev(0, "UKRGOV", "USAGOV", "051")],
    );
    let r = s.ingest(&[a.clone(), b.clone()]).unwrap();
    assert_eq!(r.stories_added, 2);
    assert_eq!(r.mentions_added, 3);
    let before: Vec<i64> = TABLES.iter().map(|t| count(&s, t)).collect();
    let r2 = s.ingest(&[a.clone(), b]).unwrap();
    assert_eq!(r2.stories_added, 0);
    assert_eq!(r2.stories_duplicate, 2);
    let after: Vec<i64> = TABLES.iter().map(|t| count(&s, t)).collect();
    assert_eq!(before, after);
    // Same text under another id is the same story.
    let mut a2 = a.clone();
    a2.id = "a-copy".into();
    assert_eq!(s.ingest(&[a2]).unwrap().stories_duplicate, 1);
    assert_eq!(s.story("a").unwrap().unwrap(), a);
    assert!(s.story("zzz").unwrap().is_none());
}

#[test]
fn bad_story_is_rejected_rest_written() {
    let mut s = Store::open_in_memory().unwrap();
    let good = doc("g", "2025-04-17", "AP", &["Fine."], &[]);
    let mut bad = doc("b", "2025-04-17", "AP", &["Broken."], &[]);
    bad.sentences[0].end = 999;
    let mut clash = doc("g", "2025-04-17", "AP", &["Other text, same id."], &[]);
    clash.title = None;
    let r = s.ingest(&[bad, good, clash]).unwrap();
    assert_eq!(r.stories_added, 1);
    assert_eq!(r.rejected.len(), 2);
    assert_eq!(r.rejected[0].index, 0);
    assert!(
        r.rejected[0].reason.contains("out of range"),
        "{:?}",
        r.rejected
    );
    assert!(
        r.rejected[1].reason.contains("different text"),
        "{:?}",
        r.rejected
    );
}

#[test]
fn reports_of_one_happening_are_grouped() {
    let mut s = Store::open_in_memory().unwrap();
    let mut e1 = ev(0, "USAGOV", "RUSGOV", "036");
    e1.day = Some("2025-04-16");
    e1.place = Some("Paris");
    let mut e2 = ev(0, "USAGOV", "RUSGOV", "031"); // same root 03, next day, no place
    e2.day = Some("2025-04-17");
    let mut e3 = ev(0, "USAGOV", "RUSGOV", "036"); // same outlet as e1, different story
    e3.day = Some("2025-04-16");
    let mut e4 = ev(0, "USAGOV", "RUSGOV", "036"); // other place: another happening
    e4.day = Some("2025-04-16");
    e4.place = Some("Geneva");
    let mut e5 = ev(0, "USAGOV", "RUSGOV", "036"); // three days later
    e5.day = Some("2025-04-19");
    let mut e6 = ev(0, "USAGOV", "RUSGOV", "036"); // negated
    e6.day = Some("2025-04-16");
    e6.negated = true;
    let docs = [
        doc("1", "2025-04-17", "AP", &["One."], &[e1]),
        doc("2", "2025-04-17", "Reuters", &["Two."], &[e2]),
        doc("3", "2025-04-17", "AP", &["Three."], &[e3]),
        doc("4", "2025-04-17", "AFP", &["Four."], &[e4]),
        doc("5", "2025-04-19", "AFP", &["Five."], &[e5]),
        doc("6", "2025-04-17", "AFP", &["Six."], &[e6]),
    ];
    // Ingest in two batches: grouping works across batches.
    let r1 = s.ingest(&docs[..2]).unwrap();
    let r2 = s.ingest(&docs[2..]).unwrap();
    assert_eq!(r1.events_created + r2.events_created, 4);
    assert_eq!(r1.mentions_grouped + r2.mentions_grouped, 2);
    let rows = s.events(&EventFilter::default()).unwrap();
    assert_eq!(rows.len(), 4);
    let big = rows
        .iter()
        .find(|r| r.num_mentions == 3)
        .expect("grouped event");
    assert_eq!(big.num_sources, 2); // AP twice, Reuters
    assert_eq!(big.num_stories, 3);
    assert_eq!(big.place.as_deref(), Some("Paris"));
    let detail = s.event(big.id).unwrap().unwrap();
    assert_eq!(detail.mentions.len(), 3);
    let stories: Vec<&str> = detail
        .mentions
        .iter()
        .map(|m| m.story_id.as_str())
        .collect();
    assert!(stories.contains(&"1") && stories.contains(&"2") && stories.contains(&"3"));
    assert_eq!(detail.mentions[0].sentence, "One.");
}

#[test]
fn filters_aggregates_search_and_exports() {
    let mut s = Store::open_in_memory().unwrap();
    let mut e1 = ev(0, "USAGOV", "RUSGOV", "036");
    e1.place = Some("Paris");
    let e2 = ev(1, "RUSMIL", "UKRMIL", "190");
    let mut q = doc(
        "q",
        "2025-04-17",
        "AP",
        &[
            "Envoys met in Paris about a ceasefire.",
            "Shelling hit Kharkiv overnight.",
        ],
        &[e1, e2],
    );
    q.quotes.push(Quote {
        start: 0,
        end: 38,
        text: q.text[0..38].to_string(),
        direct: false,
        speaker: None,
        cue: None,
    });
    let e3 = ev(0, "UKRGOV", "USAGOV", "051");
    let r = doc(
        "r",
        "2025-04-18",
        "AFP",
        &["Kyiv praised Washington's push."],
        &[e3],
    );
    s.ingest(&[q, r]).unwrap();

    let f = |f: EventFilter| s.events(&f).unwrap();
    assert_eq!(
        f(EventFilter {
            actor: Some("USA".into()),
            ..Default::default()
        })
        .len(),
        2
    );
    assert_eq!(
        f(EventFilter {
            source: Some("RUSMIL".into()),
            ..Default::default()
        })
        .len(),
        1
    );
    assert_eq!(
        f(EventFilter {
            cameo: Some("03*".into()),
            ..Default::default()
        })
        .len(),
        1
    );
    assert_eq!(
        f(EventFilter {
            quad_class: Some(4),
            ..Default::default()
        })
        .len(),
        1
    );
    assert_eq!(
        f(EventFilter {
            date_from: Some("2025-04-18".into()),
            ..Default::default()
        })
        .len(),
        1
    );
    assert_eq!(
        f(EventFilter {
            place: Some("paris".into()),
            ..Default::default()
        })
        .len(),
        1
    );
    assert_eq!(
        f(EventFilter {
            text: Some("kharkiv".into()),
            ..Default::default()
        })
        .len(),
        2
    );
    assert_eq!(
        f(EventFilter {
            text: Some("\"\" ()".into()),
            ..Default::default()
        })
        .len(),
        0
    );
    assert_eq!(
        f(EventFilter {
            story: Some("r".into()),
            ..Default::default()
        })
        .len(),
        1
    );
    assert!(s
        .events(&EventFilter {
            date_from: Some("yesterday".into()),
            ..Default::default()
        })
        .is_err());
    assert!(s
        .events(&EventFilter {
            quad_class: Some(9),
            ..Default::default()
        })
        .is_err());
    // Hostile strings are data, not SQL.
    assert_eq!(
        f(EventFilter {
            actor: Some("X' OR 1=1 --".into()),
            ..Default::default()
        })
        .len(),
        0
    );

    let tl = s.timeline(&EventFilter::default()).unwrap();
    assert_eq!(tl.len(), 2);
    assert_eq!(tl[0].date, "2025-04-17");
    assert_eq!(tl[0].quad, [1, 0, 0, 1]);
    assert_eq!(tl[0].mean_goldstein, Some(-0.5));
    let net = s.network(&EventFilter::default()).unwrap();
    assert_eq!(net.len(), 3);
    let pl = s.places(&EventFilter::default()).unwrap();
    assert_eq!(pl.len(), 1);
    assert_eq!(pl[0].name, "Paris");

    let hits = s.search("ceasefire", 10).unwrap();
    assert!(hits.iter().any(|h| h.kind == HitKind::Story
        && h.story_id == "q"
        && h.snippet.contains("[ceasefire]")));
    assert!(hits
        .iter()
        .any(|h| h.kind == HitKind::Quote && h.start == Some(0)));
    assert!(s.search("NEAR(\" AND OR *", 10).is_ok());
    assert_eq!(s.stories(10, 0).unwrap().len(), 2);
    assert_eq!(s.story_mentions("q").unwrap().len(), 2);

    let all = EventFilter::default();
    let mut csv = Vec::new();
    assert_eq!(s.export(&all, ExportFormat::Csv, &mut csv).unwrap(), 3);
    assert_eq!(String::from_utf8(csv).unwrap().lines().count(), 4);
    let mut tsv = Vec::new();
    s.export(&all, ExportFormat::Gdelt, &mut tsv).unwrap();
    for line in String::from_utf8(tsv).unwrap().lines() {
        assert_eq!(line.split('\t').count(), 58, "{line}");
    }
    let mut pj = Vec::new();
    s.export(&all, ExportFormat::Plover, &mut pj).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&pj).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3);
    let mut jl = Vec::new();
    s.export(&all, ExportFormat::Jsonl, &mut jl).unwrap();
    assert_eq!(String::from_utf8(jl).unwrap().lines().count(), 3);
    let mut pq = Vec::new();
    s.export(&all, ExportFormat::Parquet, &mut pq).unwrap();
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let pq_path = std::env::temp_dir().join(format!("gesta-store-{}.parquet", std::process::id()));
    std::fs::write(&pq_path, &pq).unwrap();
    let reader = SerializedFileReader::new(std::fs::File::open(&pq_path).unwrap()).unwrap();
    assert_eq!(reader.metadata().file_metadata().num_rows(), 3);
    let rows: Vec<String> = reader
        .get_row_iter(None)
        .unwrap()
        .map(|r| r.unwrap().to_string())
        .collect();
    assert!(rows.iter().any(|r| r.contains("Paris")), "{rows:?}");
    let _ = std::fs::remove_file(&pq_path);
}

#[test]
fn board_shows_latest_stance_per_actor_and_issue() {
    let mut s = Store::open_in_memory().unwrap();
    let mut a = ev(0, "USAGOV", "RUSGOV", "036");
    a.issue = Some("Ceasefire");
    let mut b = ev(1, "RUSGOV", "USAGOV", "125");
    b.issue = Some("ceasefire");
    let mut c = ev(2, "RUSGOV", "USAGOV", "100");
    c.issue = Some("ceasefire");
    c.modality = Some("conditional");
    let mut d = ev(3, "UKRGOV", "", "043");
    d.issue = Some("territorial integrity");
    d.negated = true;
    let mut e = ev(4, "UKRGOV", "USAGOV", "051");
    e.issue = Some("ceasefire");
    let story = doc(
        "seedlike",
        "2025-04-17",
        "AP",
        &[
            "US proposed a truce.",
            "Russia refused talks.",
            "Russia set conditions.",
            "Kyiv will not discuss land.",
            "Kyiv endorsed the truce.",
        ],
        &[a, b, c, d, e],
    );
    s.ingest(&[story]).unwrap();
    let board = s.board(&EventFilter::default()).unwrap();
    let cf = board.iter().find(|b| b.issue == "ceasefire").unwrap();
    let st = |who: &str| cf.actors.iter().find(|a| a.actor == who).map(|a| a.stance);
    assert_eq!(st("USA"), Some(Stance::Proposes));
    assert_eq!(st("RUS"), Some(Stance::Conditions));
    assert_eq!(st("UKR"), Some(Stance::Supports));
    let rus = cf.actors.iter().find(|a| a.actor == "RUS").unwrap();
    assert_eq!(rus.evidence.len(), 2);
    assert_eq!(rus.evidence[0].stance, Stance::RefusesToDiscuss);
    assert_eq!(rus.evidence[1].sentence, "Russia set conditions.");
    let ti = board
        .iter()
        .find(|b| b.issue == "territorial integrity")
        .unwrap();
    assert_eq!(ti.actors[0].stance, Stance::RefusesToDiscuss);
    let only = s
        .board(&EventFilter {
            issue: Some("territorial integrity".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(only.len(), 1);
}

#[test]
fn file_database_reopens_with_schema_version() {
    let dir = std::env::temp_dir().join(format!("gesta-store-reopen-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = dir.join("sub").join("t.db");
    {
        let mut s = Store::open(&path).unwrap();
        s.ingest(&[doc("x", "2025-01-01", "AP", &["Hello."], &[])])
            .unwrap();
    }
    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), gesta_store::SCHEMA_VERSION);
    assert_eq!(s.stats().unwrap().stories, 1);
    let mode: String = s
        .connection()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Tags a test story: one token per word, capitalised words (not first in
/// their sentence) and numbers are proper nouns / numbers, the rest nouns.
fn tag(d: &mut Document) {
    let text = d.text.clone();
    let mut sentences = d.sentences.clone();
    for s in sentences.iter_mut() {
        s.token_start = d.tokens.len();
        let mut pos = s.start;
        for (i, w) in text[s.start..s.end].split(' ').enumerate() {
            let start = pos;
            pos += w.len() + 1;
            if w.is_empty() {
                continue;
            }
            let word = w.trim_end_matches('.');
            let upos = if word.chars().all(|c| c.is_ascii_digit()) {
                "NUM"
            } else if i > 0 && word.chars().next().is_some_and(char::is_uppercase) {
                "PROPN"
            } else {
                "NOUN"
            };
            d.tokens.push(gesta_document::Token {
                start,
                end: start + word.len(),
                upos: upos.into(),
                xpos: Default::default(),
                lemma: word.to_lowercase().into(),
                head: None,
                deprel: Default::default(),
            });
        }
        s.token_end = d.tokens.len();
    }
    d.sentences = sentences;
}

#[test]
fn grouping_needs_shared_names_when_sentences_are_tagged() {
    let mut s = Store::open_in_memory().unwrap();
    assert_eq!(s.grouping().min_shared_terms, 2);
    let day = |mut e: Ev<'static>| {
        e.day = Some("2025-04-16");
        e
    };
    let two = || day(ev(0, "USAGOV", "RUSGOV", "036"));
    let one = || day(ev(0, "", "RUSGOV", "190"));
    let mut docs = vec![
        doc(
            "a",
            "2025-04-17",
            "AP",
            &["Envoy Witkoff met Lavrov in Paris on 17 April."],
            &[two()],
        ),
        // Shares Witkoff, Lavrov, Paris: the same meeting.
        doc(
            "b",
            "2025-04-17",
            "Reuters",
            &["Talks Witkoff and Lavrov held in Paris went well."],
            &[two()],
        ),
        // Shares only Paris: another meeting of the same actors.
        doc(
            "c",
            "2025-04-17",
            "AFP",
            &["Officials Rubio said Kellogg would host Shoigu in Paris."],
            &[two()],
        ),
        // One-sided: the first attack report.
        doc(
            "d",
            "2025-04-17",
            "AP",
            &["Strikes hit Kharkiv and Sumy overnight killing 12."],
            &[one()],
        ),
        // Shares Kharkiv and Sumy only (2 < 3 for a one-sided event).
        doc(
            "e",
            "2025-04-17",
            "Reuters",
            &["Drones hit Kharkiv and Sumy again."],
            &[one()],
        ),
        // Shares Kharkiv, Sumy and 12.
        doc(
            "f",
            "2025-04-17",
            "AFP",
            &["Attack on Kharkiv and Sumy left 12 dead."],
            &[one()],
        ),
    ];
    for d in docs.iter_mut() {
        tag(d);
    }
    let r = s.ingest(&docs).unwrap();
    assert!(r.rejected.is_empty(), "{:?}", r.rejected);
    let group_of = |story: &str| -> i64 { s.story_mentions(story).unwrap()[0].event_id };
    assert_eq!(group_of("a"), group_of("b"));
    assert_ne!(group_of("a"), group_of("c"));
    assert_ne!(group_of("d"), group_of("e"));
    assert_eq!(group_of("d"), group_of("f"));
    assert_eq!(r.events_created, 4);
    // Without text evidence (untagged stories) the structured rule alone
    // decides, as before.
    let mut s2 = Store::open_in_memory().unwrap();
    let untagged: Vec<Document> = docs
        .iter()
        .map(|d| {
            let mut d = d.clone();
            d.tokens.clear();
            for x in d.sentences.iter_mut() {
                x.token_start = 0;
                x.token_end = 0;
            }
            d
        })
        .collect();
    let r2 = s2.ingest(&untagged).unwrap();
    assert_eq!(r2.events_created, 2);
}

/// A tagged one-sided arrest report by police coded `code` (country
/// `country`) in a story whose actor mentions name `names`.
fn police_story(id: &str, code: &str, country: Option<&str>, names: &[&str]) -> Document {
    let mut e = ev(0, code, "", "173");
    e.day = Some("2025-04-16");
    // Distinct texts (a story is identified by its text) sharing 3 terms.
    let text = format!("Police arrested Dupont in Lyon with 12 others story {id}.");
    let mut d = doc(id, "2025-04-17", id, &[text.as_str()], &[e]);
    d.events[0].source[0].country = country.map(str::to_string);
    for c in names {
        d.actors.push(gesta_document::ActorMention {
            start: 0,
            end: 6,
            text: "Police".into(),
            code: format!("{c}COP"),
            country: Some(c.to_string()),
            ..Default::default()
        });
    }
    tag(&mut d);
    d
}

#[test]
fn generic_actor_groups_with_the_same_agent_of_a_named_country() {
    let a = police_story("a", "FRACOP", Some("FRA"), &["FRA"]);
    let b = police_story("b", "COP", None, &["FRA"]);
    let b2 = police_story("b2", "COP", None, &["FRA", "DEU"]);
    let c = police_story("c", "DEUCOP", Some("DEU"), &["DEU"]);
    let x = police_story("x", "COP", None, &[]);
    let events = |docs: &[&Document]| -> (i64, Store) {
        let mut s = Store::open_in_memory().unwrap();
        let docs: Vec<Document> = docs.iter().map(|d| (*d).clone()).collect();
        let r = s.ingest(&docs).unwrap();
        assert!(r.rejected.is_empty(), "{:?}", r.rejected);
        (r.events_created as i64, s)
    };
    // `COP` in a story naming France and `FRACOP`: one event, either order.
    assert_eq!(events(&[&a, &b]).0, 1);
    assert_eq!(events(&[&b, &a]).0, 1);
    // The story of `COP` does not name Germany: not `DEUCOP`, either order.
    assert_eq!(events(&[&b, &c]).0, 2);
    assert_eq!(events(&[&c, &b]).0, 2);
    // A story naming no country: the generic code stays apart.
    assert_eq!(events(&[&x, &a]).0, 2);
    assert_eq!(events(&[&a, &x]).0, 2);
    // A generic event joined by French police is not joined by German
    // police too, although its first story names both countries.
    for order in [[&b2, &a, &c], [&b2, &c, &a]] {
        let (n, s) = events(&order);
        assert_eq!(n, 2);
        let group_of = |story: &str| -> i64 { s.story_mentions(story).unwrap()[0].event_id };
        assert_ne!(group_of("a"), group_of("c"));
    }
}
