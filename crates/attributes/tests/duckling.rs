//! Duckling's English time corpus (../shared/nlp/dates), for the expression
//! kinds this stage is built for. Asserts >= 90% exact over those kinds.

use gesta_attributes::lexicon::{days_from_civil, fmt_day};
use gesta_attributes::time::{Tense, TimeOptions, Times};
use std::collections::BTreeMap;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

/// The kind of a phrase, or None when it is outside what we count
/// (holidays, times of day, ordinals of weeks, "upcoming two weeks", ...).
fn kind(text: &str) -> Option<&'static str> {
    let t = text.to_lowercase();
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let months = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ];
    let weekdays = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    ];
    let excluded = [
        "first",
        "second",
        "third",
        "fifth",
        "last",
        "day",
        "ides",
        "upcoming",
        "christmas",
        "easter",
        "closest",
        "of",
        "from",
        "back",
        "after",
        "around",
        "at",
        "ad",
        "bc",
        "a",
        "b",
        "c",
        "d",
        "hence",
    ];
    let rel_unit = ["week", "month", "year", "yr"];
    let rel_mod = [
        "this",
        "last",
        "next",
        "past",
        "previous",
        "current",
        "coming",
        "following",
    ];
    if words
        .iter()
        .any(|w| ["yesterday", "today", "tomorrow"].contains(w))
        && words.len() <= 2
    {
        return Some("relative day");
    }
    if words.len() == 2 && rel_mod.contains(&words[0]) && rel_unit.contains(&words[1])
        || words.len() == 3
            && words[0] == "the"
            && rel_mod.contains(&words[1])
            && rel_unit.contains(&words[2])
    {
        return Some("last/next/this unit");
    }
    if words.last() == Some(&"ago") && words.len() == 3 {
        return Some("N units ago");
    }
    let weekday = words.iter().any(|w| weekdays.contains(w));
    let month = words.iter().any(|w| {
        months.contains(w) || w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with("april")
    });
    if words
        .iter()
        .any(|w| excluded.contains(w) && !(*w == "last" && words.len() == 2 && weekday))
    {
        return None;
    }
    if weekday && !month && words.len() <= 3 {
        return Some("weekday");
    }
    if month {
        return Some("month-name date or month");
    }
    let numeric = t.chars().any(|c| c.is_ascii_digit());
    if numeric && (t.contains('/') || t.contains('-') || t.contains('.')) {
        // "2/15" style without a year is not a news style; count full dates
        let digits = t
            .split(['/', '-', '.', ' '])
            .filter(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
            .count();
        if digits >= 3
            || t.split(['/', '-'])
                .any(|p| p.trim().len() == 4 && p.trim().chars().all(|c| c.is_ascii_digit()))
        {
            return Some("numeric date");
        }
        return None;
    }
    if numeric
        && words
            .iter()
            .all(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) || *w == "in")
    {
        return Some("year");
    }
    None
}

#[test]
fn duckling_time_corpus() {
    let path = format!("{SHARED}/nlp/dates/duckling_en_time_corpus.json");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        println!("skipping: ../shared not found");
        return;
    };
    let v: serde_json::Value = serde_json::from_str(&raw).expect("corpus json");
    let times = Times::embedded().expect("time lexicon");
    let opt = TimeOptions {
        strict_case: false,
        default_tense: Tense::Future,
    };
    let mut per: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for e in v["examples"].as_array().expect("examples") {
        let (Some(text), Some(kindv), Some(grain)) =
            (e["text"].as_str(), e["kind"].as_str(), e["grain"].as_str())
        else {
            continue;
        };
        if kindv != "datetime" || !["day", "week", "month", "year"].contains(&grain) {
            continue;
        }
        let Some(k) = kind(text) else { continue };
        let value = e["value"].as_str().unwrap_or("");
        let reference = e["reference_time"].as_str().unwrap_or("");
        let found = times.find_text(text, Some(&reference[..10.min(reference.len())]), opt);
        let got = found.first().map(|f| match f.precision.as_str() {
            "week" => {
                // ISO week -> its Monday
                let (y, w) = f.value.split_once("-W").unwrap_or(("0", "0"));
                let y: i32 = y.parse().unwrap_or(0);
                let w: i32 = w.parse().unwrap_or(0);
                let jan4 = days_from_civil(y, 1, 4);
                let wd = gesta_attributes::lexicon::weekday(jan4) as i32;
                (fmt_day(jan4 - wd + 1 + 7 * (w - 1)), "week".to_string())
            }
            "month" => (format!("{}-01", f.value), "month".into()),
            "year" => (format!("{}-01-01", f.value), "year".into()),
            p => (f.value.clone(), p.to_string()),
        });
        let want = (value.get(..10).unwrap_or("").to_string(), grain.to_string());
        let ok = got.as_ref() == Some(&want) && found.len() == 1;
        let c = per.entry(k).or_default();
        c.1 += 1;
        if ok {
            c.0 += 1;
        } else {
            misses.push(format!(
                "{k}: {text:?} want {want:?} got {got:?} ({} found)",
                found.len()
            ));
        }
    }
    let (mut ok, mut all) = (0, 0);
    for (k, (o, n)) in &per {
        println!("duckling {k}: {o}/{n}");
        ok += o;
        all += n;
    }
    for m in &misses {
        println!("miss {m}");
    }
    let acc = ok as f64 / all.max(1) as f64;
    println!(
        "duckling counted kinds: {ok}/{all} = {:.1}% exact",
        acc * 100.0
    );
    assert!(all >= 80, "too few cases counted: {all}");
    assert!(acc >= 0.90, "duckling accuracy {acc:.3} below 0.90");
}
