//! Re-ingests every story of one store into a fresh store, so that a
//! changed grouping rule can be measured on already coded stories (e.g. the
//! ECB+ evaluation, crates/store/eval/ecbplus.py) without re-running the
//! pipeline.
//!
//! `cargo run -p gesta-store --example regroup -- FROM.db TO.db [MIN_SHARED [nouns,first [ONE_SIDED_MIN]]]`
//! (the grouping rule: shared content terms required, and whether common
//! nouns count (`-` for neither), `first`: compare with the first
//! report's terms only; terms required for one-sided events; default: the
//! store's default rule).

use gesta_store::{GroupingRule, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (from, to) = match args.as_slice() {
        [from, to, ..] if args.len() <= 5 => (from, to),
        _ => {
            eprintln!("usage: regroup FROM.db TO.db [MIN_SHARED [nouns,first [ONE_SIDED_MIN]]]");
            std::process::exit(2);
        }
    };
    let mut rule = GroupingRule::default();
    if let Some(n) = args.get(2) {
        rule.min_shared_terms = n.parse()?;
        let opts = args.get(3).map(String::as_str).unwrap_or("");
        rule.nouns = opts.contains("nouns");
        rule.merge_terms = !opts.contains("first");
        rule.one_sided_min_shared = match args.get(4) {
            Some(n) => n.parse()?,
            None => rule.min_shared_terms,
        };
    }
    if std::path::Path::new(to).exists() {
        return Err(format!("{to} exists; give a new path").into());
    }
    let src = Store::open(from)?;
    let ids: Vec<String> = src
        .connection()
        .prepare("SELECT story_id FROM documents ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut dst = Store::open(to)?;
    dst.set_grouping(rule.clone());
    let (mut added, mut mentions, mut grouped) = (0, 0, 0);
    for chunk in ids.chunks(64) {
        let mut docs = Vec::with_capacity(chunk.len());
        for id in chunk {
            if let Some(d) = src.story(id)? {
                docs.push(d);
            }
        }
        let r = dst.ingest(&docs)?;
        added += r.stories_added;
        mentions += r.mentions_added;
        grouped += r.mentions_grouped;
    }
    let events: i64 = dst
        .connection()
        .query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0))?;
    println!("{rule:?}: {added} stories, {mentions} mentions, {events} events ({grouped} mentions grouped)");
    Ok(())
}
