//! Deterministic synthetic documents for benchmarks and crash tests (not
//! used by the store itself). Every document is valid (`Document::validate`)
//! and carries sentences, actor mentions, coded events with dates, places
//! and sometimes issues, times and quotes.

use gesta_document::{
    ActorKind, ActorMention, Document, Event, EventActor, EventPlace, EventTime, Plover, Quote,
    Sentence, SpanText,
};

const ACTORS: &[(&str, &str)] = &[
    ("USAGOV", "Washington"),
    ("RUSGOV", "Moscow"),
    ("UKRGOV", "Kyiv"),
    ("UKRMIL", "Ukrainian forces"),
    ("RUSMIL", "Russian troops"),
    ("FRAGOV", "Paris"),
    ("DEUGOV", "Berlin"),
    ("GBRGOV", "London"),
    ("CHNGOV", "Beijing"),
    ("TURGOV", "Ankara"),
    ("ISRGOV", "Israel"),
    ("ISRMIL", "Israeli troops"),
    ("PSEREB", "Hamas"),
    ("IRNGOV", "Tehran"),
    ("SYRGOV", "Damascus"),
    ("EGYGOV", "Cairo"),
    ("QATGOV", "Doha"),
    ("SAUGOV", "Riyadh"),
    ("INDGOV", "New Delhi"),
    ("PAKGOV", "Islamabad"),
    ("IGOUNO", "the United Nations"),
    ("IGOEUR", "the European Union"),
    ("NGO", "aid groups"),
    ("USAMIL", "the Pentagon"),
    ("JPNGOV", "Tokyo"),
    ("KORGOV", "Seoul"),
    ("PRKGOV", "Pyongyang"),
    ("BRAGOV", "Brasilia"),
    ("MEXGOV", "Mexico City"),
    ("VENGOV", "Caracas"),
];

const CODES: &[(&str, u8, f64, &str, &str)] = &[
    ("010", 1, 0.0, "make a statement", "OTHER"),
    ("020", 1, 3.0, "appealed to", "REQUEST"),
    ("036", 1, 4.0, "offered talks with", "AGREE"),
    ("040", 1, 1.0, "consulted", "CONSULT"),
    ("042", 1, 1.9, "visited", "CONSULT"),
    ("043", 1, 2.8, "hosted", "CONSULT"),
    ("051", 1, 3.4, "praised", "SUPPORT"),
    ("057", 1, 8.0, "signed a deal with", "AGREE"),
    ("061", 2, 6.4, "cooperated with", "COOPERATE"),
    ("070", 2, 7.0, "sent aid to", "AID"),
    ("0871", 2, 9.0, "declared a truce with", "RETREAT"),
    ("100", 3, -5.0, "demanded from", "DEMAND"),
    ("111", 3, -2.0, "criticised", "DISAPPROVE"),
    ("125", 3, -5.0, "refused talks with", "REJECT"),
    ("130", 3, -4.4, "threatened", "THREATEN"),
    ("160", 3, -4.0, "cut ties with", "REDUCE"),
    ("173", 4, -5.0, "arrested members of", "COERCE"),
    ("190", 4, -10.0, "attacked", "FIGHT"),
    ("193", 4, -10.0, "fought", "FIGHT"),
    ("195", 4, -10.0, "bombed", "FIGHT"),
];

const PLACES: &[(&str, &str, f64, f64)] = &[
    ("Paris", "FRA", 48.85, 2.35),
    ("Kyiv", "UKR", 50.45, 30.52),
    ("Kharkiv", "UKR", 49.99, 36.23),
    ("Moscow", "RUS", 55.75, 37.62),
    ("Geneva", "CHE", 46.2, 6.15),
    ("Gaza", "PSE", 31.5, 34.47),
    ("Doha", "QAT", 25.29, 51.53),
    ("Cairo", "EGY", 30.04, 31.24),
    ("Istanbul", "TUR", 41.01, 28.98),
    ("Beijing", "CHN", 39.9, 116.4),
    ("Washington", "USA", 38.9, -77.04),
    ("Damascus", "SYR", 33.51, 36.29),
    ("Tehran", "IRN", 35.69, 51.39),
    ("Riyadh", "SAU", 24.71, 46.68),
    ("Seoul", "KOR", 37.57, 126.98),
    ("Caracas", "VEN", 10.48, -66.9),
];

const ISSUES: &[&str] = &[
    "ceasefire",
    "security guarantees",
    "territorial integrity",
    "prisoner exchange",
    "sanctions relief",
    "humanitarian access",
];

const FILLER: &[&str] = &[
    "officials",
    "said",
    "on",
    "Tuesday",
    "the",
    "talks",
    "were",
    "expected",
    "to",
    "resume",
    "after",
    "weeks",
    "of",
    "fighting",
    "negotiators",
    "border",
    "agreement",
    "statement",
    "minister",
    "envoy",
    "summit",
    "pressure",
    "energy",
    "grain",
    "exports",
    "elections",
    "parliament",
    "protest",
    "refugees",
    "shelling",
    "convoy",
    "drones",
    "markets",
    "inflation",
];

/// A small deterministic PRNG (xorshift64*).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// Story `i` of a synthetic corpus: `events` coded events (one per
/// sentence) plus `filler` plain sentences, dated within `days` days from
/// 2024-01-01.
pub fn document(i: u64, events: usize, filler: usize, days: u32) -> Document {
    let mut rng = Rng::new(i + 1);
    let base = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let story_day = base + chrono::Duration::days(rng.below(days.max(1) as usize) as i64);
    let mut text = String::new();
    let mut doc = Document::new(format!("synth-{i}"), "");
    doc.date = Some(story_day.to_string());
    doc.title = Some(format!("Synthetic report {i}"));
    doc.meta.source = Some(format!("outlet-{}", rng.below(40)));
    let n_sent = events + filler;
    for s in 0..n_sent {
        let start = text.len();
        if s < events {
            let (src, src_name) = ACTORS[rng.below(ACTORS.len())];
            let (tgt, tgt_name) = ACTORS[rng.below(ACTORS.len())];
            let (cameo, quad, gold, verb, plover) = CODES[rng.below(CODES.len())];
            let place = PLACES[rng.below(PLACES.len())];
            let offset = rng.below(3) as i64 - 1;
            let day = story_day + chrono::Duration::days(offset);
            text.push_str(src_name);
            let src_span = (start, text.len());
            text.push(' ');
            let trig_start = text.len();
            text.push_str(verb);
            let trig = (trig_start, text.len());
            text.push(' ');
            let tgt_start = text.len();
            text.push_str(tgt_name);
            let tgt_span = (tgt_start, text.len());
            text.push_str(&format!(
                " in {} on {} about {} {}.",
                place.0,
                day,
                FILLER[rng.below(FILLER.len())],
                FILLER[rng.below(FILLER.len())]
            ));
            let end = text.len();
            doc.sentences.push(Sentence {
                start,
                end,
                paragraph: s / 4,
                token_start: 0,
                token_end: 0,
            });
            let a = doc.actors.len();
            for (code, name, span) in [(src, src_name, src_span), (tgt, tgt_name, tgt_span)] {
                doc.actors.push(ActorMention {
                    start: span.0,
                    end: span.1,
                    text: name.to_string(),
                    code: code.to_string(),
                    country: code.get(0..3).map(str::to_string),
                    sector: code.get(3..6).map(str::to_string),
                    name: Some(name.to_string()),
                    entry: None,
                    kind: ActorKind::Organisation,
                    rule: "lexicon".into(),
                    sentence: s,
                    antecedent: None,
                });
            }
            let ea = |code: &str, name: &str, span: (usize, usize), m: usize| EventActor {
                code: code.to_string(),
                country: code.get(0..3).map(str::to_string),
                sector: code.get(3..6).map(str::to_string),
                text: name.to_string(),
                start: span.0,
                end: span.1,
                mention: Some(m),
            };
            let issue = (rng.below(8) == 0).then(|| ISSUES[rng.below(ISSUES.len())].to_string());
            doc.events.push(Event {
                sentence: s,
                trigger: SpanText {
                    start: trig.0,
                    end: trig.1,
                    text: verb.to_string(),
                },
                source: vec![ea(src, src_name, src_span, a)],
                target: vec![ea(tgt, tgt_name, tgt_span, a + 1)],
                cameo: cameo.to_string(),
                root: cameo[..2].to_string(),
                goldstein: Some(gold),
                quad_class: Some(quad),
                plover: Some(Plover {
                    event_type: plover.to_string(),
                    mode: String::new(),
                    context: String::new(),
                }),
                negated: rng.below(20) == 0,
                modality: None,
                attribution: None,
                time: Some(EventTime {
                    value: day.to_string(),
                    precision: "day".into(),
                    expression: None,
                }),
                place: Some(EventPlace {
                    name: place.0.to_string(),
                    country: Some(place.1.to_string()),
                    lat: Some(place.2),
                    lon: Some(place.3),
                    geonames_id: None,
                    mention: None,
                }),
                killed: (quad == 4 && rng.below(3) == 0).then(|| rng.below(30) as u32),
                injured: None,
                casualties: Vec::new(),
                issue,
                pattern: Some("synthetic".into()),
            });
        } else {
            let n = 8 + rng.below(12);
            let words: Vec<&str> = (0..n).map(|_| FILLER[rng.below(FILLER.len())]).collect();
            text.push('"');
            text.push_str(&words.join(" "));
            text.push_str(&format!(" {i}-{s}.\""));
            let end = text.len();
            doc.sentences.push(Sentence {
                start,
                end,
                paragraph: s / 4,
                token_start: 0,
                token_end: 0,
            });
            if rng.below(3) == 0 {
                doc.quotes.push(Quote {
                    start,
                    end,
                    text: text[start..end].to_string(),
                    direct: true,
                    speaker: None,
                    cue: None,
                });
            }
        }
        text.push(' ');
    }
    // Unique text per story id.
    text.push_str(&format!("(synth-{i})"));
    doc.text = text;
    doc.paragraphs = Vec::new();
    doc
}
