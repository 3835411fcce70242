//! Prints cleaning statistics over a JSON Lines corpus (default: the shared
//! news corpus): removal reasons, datelines, headings, sentence lengths.
//! `cargo run --release -p gesta-text --example corpus_stats [FILE]`

use std::collections::BTreeMap;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpus/news.jsonl"
        )
        .to_string()
    });
    let show = std::env::var("SHOW").unwrap_or_default();
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    let (mut docs, mut errors, mut sents, mut long, mut headings, mut datelines) =
        (0, 0, 0, 0, 0, 0);
    for r in gesta_text::read_inputs(&[path]) {
        let Ok(d) = r else {
            errors += 1;
            continue;
        };
        docs += 1;
        for rm in &d.removed {
            *reasons.entry(rm.reason.clone()).or_default() += 1;
            if show == rm.reason {
                println!("{}: {:?}", d.id, rm.text);
            }
        }
        if d.meta.dateline.is_some() {
            datelines += 1;
        }
        for h in &d.headings {
            headings += 1;
            if show == "heading" {
                println!("{}: H {:?}", d.id, &d.text[h.start..h.end]);
            }
        }
        for s in &d.sentences {
            sents += 1;
            if s.end - s.start > 600 {
                long += 1;
                if show == "long" {
                    println!("{}: L {:?}", d.id, &d.text[s.start..s.end]);
                }
            }
        }
    }
    println!("docs {docs} errors {errors} sentences {sents} (>600 bytes: {long}) headings {headings} datelines {datelines}");
    println!("removed: {reasons:?}");
}
