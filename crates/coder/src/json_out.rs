//! Compact JSON written straight into a byte buffer, for the `events`
//! output format: the same bytes as `serde_json` prints for the record's
//! `Value` (see [`crate::formats::event_record`]), without building it.
//!
//! `serde_json` is built without `preserve_order`, so the keys of every
//! object of such a `Value` are in byte order (a `BTreeMap`): the writers
//! below emit them in that order.

use gesta_document::{Attribution, Casualty, Document, Event, EventActor, EventPlace, SpanText};

/// Writes `s` as a JSON string: quoted, with `"` and `\` escaped by a
/// backslash and control characters as `\b \t \n \f \r` or `\u00xx`
/// (lower-case hex), everything else (non-ASCII included) as is, as
/// `serde_json` does.
pub(crate) fn string(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let b = s.as_bytes();
    // runs of bytes that need no escape are copied at once
    let mut run = 0;
    for (i, &c) in b.iter().enumerate() {
        if c >= 0x20 && c != b'"' && c != b'\\' {
            continue;
        }
        out.extend_from_slice(&b[run..i]);
        run = i + 1;
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(c >> 4)],
                HEX[usize::from(c & 0xf)],
            ]),
        }
    }
    out.extend_from_slice(&b[run..]);
    out.push(b'"');
}

/// Writes an unsigned integer in decimal.
pub(crate) fn uint(out: &mut Vec<u8>, n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

/// Writes a float as `serde_json` does (`null` when not finite): rare
/// enough in a record to leave to it.
pub(crate) fn float(out: &mut Vec<u8>, x: f64) {
    if serde_json::to_writer(&mut *out, &x).is_err() {
        // (writing to a `Vec` does not fail)
        out.extend_from_slice(b"null");
    }
}

fn boolean(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

/// `,"key":` (`key` needs no escaping); no comma for the first key of an
/// object (right after its `{`).
fn key(out: &mut Vec<u8>, k: &str) {
    if out.last() != Some(&b'{') {
        out.push(b',');
    }
    out.push(b'"');
    out.extend_from_slice(k.as_bytes());
    out.extend_from_slice(b"\":");
}

fn opt_str(out: &mut Vec<u8>, k: &str, v: &Option<String>) {
    if let Some(v) = v {
        key(out, k);
        string(out, v);
    }
}

fn opt_uint(out: &mut Vec<u8>, k: &str, v: Option<u64>) {
    if let Some(v) = v {
        key(out, k);
        uint(out, v);
    }
}

fn opt_float(out: &mut Vec<u8>, k: &str, v: Option<f64>) {
    if let Some(v) = v {
        key(out, k);
        float(out, v);
    }
}

fn actor(out: &mut Vec<u8>, a: &EventActor) {
    out.push(b'{');
    key(out, "code");
    string(out, &a.code);
    opt_str(out, "country", &a.country);
    key(out, "end");
    uint(out, a.end as u64);
    opt_uint(out, "mention", a.mention.map(|m| m as u64));
    opt_str(out, "sector", &a.sector);
    key(out, "start");
    uint(out, a.start as u64);
    key(out, "text");
    string(out, &a.text);
    out.push(b'}');
}

fn actors(out: &mut Vec<u8>, v: &[EventActor]) {
    out.push(b'[');
    for (i, a) in v.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        actor(out, a);
    }
    out.push(b']');
}

fn attribution(out: &mut Vec<u8>, a: &Attribution) {
    out.push(b'{');
    opt_str(out, "code", &a.code);
    span_fields(out, a.start, a.end, &a.text);
    out.push(b'}');
}

fn casualty(out: &mut Vec<u8>, c: &Casualty) {
    out.push(b'{');
    key(out, "count");
    uint(out, u64::from(c.count));
    key(out, "end");
    uint(out, c.end as u64);
    key(out, "kind");
    string(out, &c.kind);
    key(out, "lower_bound");
    boolean(out, c.lower_bound);
    key(out, "start");
    uint(out, c.start as u64);
    out.push(b'}');
}

fn place(out: &mut Vec<u8>, p: &EventPlace) {
    out.push(b'{');
    opt_str(out, "country", &p.country);
    opt_uint(out, "geonames_id", p.geonames_id);
    opt_float(out, "lat", p.lat);
    opt_float(out, "lon", p.lon);
    opt_uint(out, "mention", p.mention.map(|m| m as u64));
    key(out, "name");
    string(out, &p.name);
    out.push(b'}');
}

fn span(out: &mut Vec<u8>, s: &SpanText) {
    out.push(b'{');
    span_fields(out, s.start, s.end, &s.text);
    out.push(b'}');
}

/// The `end`, `start` and `text` keys of a text span (in byte order).
fn span_fields(out: &mut Vec<u8>, start: usize, end: usize, text: &str) {
    key(out, "end");
    uint(out, end as u64);
    key(out, "start");
    uint(out, start as u64);
    key(out, "text");
    string(out, text);
}

/// Appends one `events` record (the event's fields plus `doc_id` and
/// `date`, keys in byte order) without the line end.
pub(crate) fn event_record(out: &mut Vec<u8>, doc: &Document, e: &Event) {
    out.push(b'{');
    key(out, "attribution");
    match &e.attribution {
        Some(a) => attribution(out, a),
        None => out.extend_from_slice(b"null"),
    }
    key(out, "cameo");
    string(out, &e.cameo);
    if !e.casualties.is_empty() {
        key(out, "casualties");
        out.push(b'[');
        for (i, c) in e.casualties.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            casualty(out, c);
        }
        out.push(b']');
    }
    key(out, "date");
    match &doc.date {
        Some(d) => string(out, d),
        None => out.extend_from_slice(b"null"),
    }
    key(out, "doc_id");
    string(out, &doc.id);
    opt_float(out, "goldstein", e.goldstein);
    opt_uint(out, "injured", e.injured.map(u64::from));
    opt_str(out, "issue", &e.issue);
    opt_uint(out, "killed", e.killed.map(u64::from));
    opt_str(out, "modality", &e.modality);
    key(out, "negated");
    boolean(out, e.negated);
    opt_str(out, "pattern", &e.pattern);
    if let Some(p) = &e.place {
        key(out, "place");
        place(out, p);
    }
    if let Some(p) = &e.plover {
        key(out, "plover");
        out.push(b'{');
        if !p.context.is_empty() {
            key(out, "context");
            string(out, &p.context);
        }
        if !p.mode.is_empty() {
            key(out, "mode");
            string(out, &p.mode);
        }
        key(out, "type");
        string(out, &p.event_type);
        out.push(b'}');
    }
    opt_uint(out, "quad_class", e.quad_class.map(u64::from));
    key(out, "root");
    string(out, &e.root);
    key(out, "sentence");
    uint(out, e.sentence as u64);
    key(out, "source");
    actors(out, &e.source);
    key(out, "target");
    actors(out, &e.target);
    if let Some(t) = &e.time {
        key(out, "time");
        out.push(b'{');
        opt_uint(out, "expression", t.expression.map(|x| x as u64));
        key(out, "precision");
        string(out, &t.precision);
        key(out, "value");
        string(out, &t.value);
        out.push(b'}');
    }
    key(out, "trigger");
    span(out, &e.trigger);
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use gesta_document::{EventTime, Plover};

    fn json_str(s: &str) -> String {
        let mut out = Vec::new();
        string(&mut out, s);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_escape_as_serde_json() {
        let mut all_bytes: String = (0u8..0x80).map(char::from).collect();
        all_bytes.push_str("é€😀\u{7f}\u{80}\u{2028}");
        for s in [
            "",
            "plain",
            "say \"no\"",
            "back\\slash\\",
            "\"",
            "\\",
            "tab\there\nline\r\u{8}\u{c}",
            "\u{0}\u{1}\u{1f} end",
            "Zürich — “quoted” ’s",
            &all_bytes,
        ] {
            assert_eq!(json_str(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn numbers_as_serde_json() {
        for n in [0u64, 7, 10, 99, 100, 12345, u64::from(u32::MAX), u64::MAX] {
            let mut out = Vec::new();
            uint(&mut out, n);
            assert_eq!(out, serde_json::to_vec(&n).unwrap());
        }
        for x in [
            0.0,
            -0.0,
            1.0,
            -10.0,
            48.85,
            2.35,
            1e21,
            1e-7,
            f64::NAN,
            f64::INFINITY,
        ] {
            let mut out = Vec::new();
            float(&mut out, x);
            let v = serde_json::to_value(x).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), v.to_string());
        }
    }

    fn actor(code: &str, text: &str, full: bool) -> EventActor {
        EventActor {
            code: code.into(),
            country: full.then(|| "US\"A".into()),
            sector: full.then(|| "GOV".into()),
            text: text.into(),
            start: 3,
            end: 17,
            mention: full.then_some(4),
        }
    }

    /// Records with every field set, none set, and odd values: the same
    /// bytes as the `Value` of [`crate::formats::event_record`].
    #[test]
    fn records_as_serde_json() {
        let mut doc = Document::new("d\"1\\é", "text");
        let full = Event {
            sentence: 2,
            trigger: SpanText {
                start: 1,
                end: 5,
                text: "met\n".into(),
            },
            source: vec![actor("USAGOV", "Rubio", true), actor("", "x\u{1}", false)],
            target: vec![actor("RUSGOV", "Lavrov “L”", true)],
            cameo: "042".into(),
            root: "04".into(),
            goldstein: Some(1.9),
            quad_class: Some(1),
            plover: Some(Plover {
                event_type: "CONSULT".into(),
                mode: "visit".into(),
                context: "diplomatic".into(),
            }),
            negated: true,
            modality: Some("will".into()),
            attribution: Some(Attribution {
                text: "he said".into(),
                code: Some("USA".into()),
                start: 9,
                end: 11,
            }),
            time: Some(EventTime {
                value: "2025-04-16".into(),
                precision: "day".into(),
                expression: Some(0),
            }),
            place: Some(EventPlace {
                name: "Paris".into(),
                country: Some("FRA".into()),
                lat: Some(48.85),
                lon: Some(f64::NAN),
                geonames_id: Some(2988507),
                mention: Some(1),
            }),
            killed: Some(3),
            injured: Some(0),
            casualties: vec![
                Casualty {
                    kind: "missing".into(),
                    count: 12,
                    lower_bound: true,
                    start: 20,
                    end: 30,
                },
                Casualty::default(),
            ],
            issue: Some("ceasefire".into()),
            pattern: Some("core.pat:12 \\d".into()),
        };
        let mut partial = full.clone();
        partial.plover = Some(Plover {
            event_type: "AID".into(),
            ..Default::default()
        });
        partial.place = Some(EventPlace {
            name: "Nowhere".into(),
            ..Default::default()
        });
        partial.time = Some(EventTime::default());
        partial.attribution = Some(Attribution::default());
        for date in [None, Some("2025-04-17".to_string())] {
            doc.date = date;
            for e in [&full, &partial, &Event::default()] {
                let mut out = Vec::new();
                event_record(&mut out, &doc, e);
                let want = crate::formats::event_record(&doc, e).to_string();
                assert_eq!(String::from_utf8(out).unwrap(), want);
            }
        }
    }
}
