//! Converts a PETRARCH-2 verb dictionary (Phoenix `CAMEO.2.0.txt`, read by
//! `gesta-dictionaries`) into gesta's pattern format (`docs/patterns.md`).
//!
//! The reading chosen for each PETRARCH construct:
//!
//! | PETRARCH | gesta |
//! |---|---|
//! | `&SYN` synset | `&SYN` synset (members joined with `_`) |
//! | `--- NAME [code] ---` block | synset `&V_NAME` of the block's verbs; the block code applies to verbs without their own |
//! | `VERB [code]` | `code verb` |
//! | `+CALL_OFF`, `TAKE_LEAVE` | head `call_off` (verb + particle/object word) |
//! | nouns before `*` | `subj=` (head = last word) |
//! | first noun after `*` | `obj=`; particles (`OUT`, `OFF`, ...) give `prt=` |
//! | `{FINANCIAL AID}` | phrase `financial_aid` (head `aid`, modifier `financial`) |
//! | `(FOR AID)`, `(FOR)` | `pp:for=aid`, `pp:for` |
//! | `+` in a PP / after the verb | `target=pp:PREP` / `target=obj` |
//! | `[x:y]` | code `x`, `pair=y` (reverse event) |
//! | `[:y]` | code `y`, `reverse` (target -> source only) |
//! | `[x?]` | `weak` |
//! | `[---]`, `[###]` | `---`, `###` |
//! | (every coded line) | `full`: PETRARCH codes an event only with both a source and a target |
//!
//! Synset names become `[A-Z0-9-]` (a `_` in a name would read as a phrase
//! joint). Not converted (counted in [`Conversion`]): `[+++]`, patterns with `$`, `%`, a pre-verb `+`, or TABARI alternatives,
//! and the verb-verb transformations (`~ ...`).

use std::collections::HashSet;
use std::fmt::Write as _;

use gesta_dictionaries::verbs::{Element, Item, VerbBlock, VerbCode, VerbDict};

/// Result of a conversion: the pattern file text and what was skipped.
#[derive(Debug, Clone, Default)]
pub struct Conversion {
    pub text: String,
    pub synsets: usize,
    pub verbs: usize,
    pub patterns: usize,
    pub skipped: Vec<String>,
}

const PARTICLES: &[&str] = &[
    "up", "down", "off", "out", "back", "away", "over", "in", "on", "through", "around", "along",
    "aside", "forward", "together", "apart",
];

fn clean(w: &str) -> String {
    w.trim_matches(|c: char| c == '_' || c == '~' || c == '=')
        .to_lowercase()
}

fn valid_word(w: &str) -> bool {
    !w.is_empty()
        && !w.contains(|c: char| c.is_whitespace() || matches!(c, '|' | '#' | '=' | '&' | '*'))
}

fn synset_name(n: &str) -> String {
    n.trim_start_matches('&')
        .trim_end_matches('_')
        .to_uppercase()
        .replace(|c: char| !c.is_ascii_alphanumeric(), "-")
}

/// A sequence of items as one word/phrase alternative (`financial_aid`,
/// `&CURRENCY`), or `None` if it holds actors or nested structures.
fn phrase_of(items: &[Item]) -> Option<String> {
    let mut parts = Vec::new();
    for it in items {
        match &it.element {
            Element::Word { text, .. } => {
                let w = clean(text);
                if !valid_word(&w) {
                    return None;
                }
                parts.push(w);
            }
            Element::Synset { name } => parts.push(format!("&{}", synset_name(name))),
            Element::NounPhrase { items } => parts.push(phrase_of(items)?),
            _ => return None,
        }
    }
    if parts.is_empty() {
        None
    } else {
        Some(parts.join("_"))
    }
}

fn code_of(c: &VerbCode) -> Result<(String, Vec<String>), String> {
    match c {
        VerbCode::Null => Ok(("---".into(), vec![])),
        VerbCode::Discard => Ok(("###".into(), vec![])),
        VerbCode::Complex => Err("[+++] complex".into()),
        VerbCode::Event {
            code, paired, weak, ..
        } => {
            let ok = |c: &str| (2..=4).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit());
            let Some(code) = code else {
                // `[:y]`: only the reversed event target -> source.
                return match paired {
                    Some(p) if ok(p) => Ok((p.clone(), vec!["reverse".into(), "full".into()])),
                    _ => Err("reverse-only code without a valid code".into()),
                };
            };
            if !ok(code) {
                return Err(format!("code {code} is not a CAMEO code"));
            }
            let mut flags = vec!["full".to_string()];
            if let Some(p) = paired {
                if ok(p) {
                    flags.push(format!("pair={p}"));
                }
            }
            if *weak {
                flags.push("weak".into());
            }
            Ok((code.clone(), flags))
        }
    }
}

/// Head words of a block's verbs (`call_off`, `take_leave`).
fn verb_heads(b: &VerbBlock) -> Vec<(String, Option<VerbCode>)> {
    let mut out = Vec::new();
    for v in &b.verbs {
        let words: Vec<String> = v.phrase.words.iter().map(|w| clean(&w.text)).collect();
        if words.is_empty() || v.verb_word >= words.len() || v.verb_word > 0 {
            // Words before the verb ("WIRE +TAP") cannot be expressed.
            if v.verb_word > 0 {
                continue;
            }
        }
        if words.iter().any(|w| !valid_word(w)) {
            continue;
        }
        out.push((words.join("_"), v.code.clone()));
    }
    out
}

/// Converts one pattern; returns the constraint text.
fn pattern_constraints(items: &[Item]) -> Result<String, String> {
    let Some(vp) = items.iter().position(|i| i.element == Element::Verb) else {
        return Err("no verb (*) in pattern".into());
    };
    let mut c: Vec<String> = Vec::new();
    let mut pre: Vec<String> = Vec::new();
    for it in &items[..vp] {
        match &it.element {
            Element::Word { .. } | Element::Synset { .. } | Element::NounPhrase { .. } => {
                pre.push(phrase_of(std::slice::from_ref(it)).ok_or("unsupported pre-verb item")?)
            }
            Element::Prep { .. } => return Err("pre-verb prepositional phrase".into()),
            e => return Err(format!("unsupported pre-verb element {e:?}")),
        }
    }
    if !pre.is_empty() {
        c.push(format!("subj={}", pre.join("_")));
    }
    let mut obj: Option<String> = None;
    let mut prt: Option<String> = None;
    let mut targets: Vec<String> = Vec::new();
    for it in &items[vp + 1..] {
        match &it.element {
            Element::Word { text, .. }
                if obj.is_none() && prt.is_none() && PARTICLES.contains(&clean(text).as_str()) =>
            {
                prt = Some(clean(text));
            }
            Element::Word { .. } | Element::Synset { .. } | Element::NounPhrase { .. } => {
                let w = phrase_of(std::slice::from_ref(it)).ok_or("unsupported noun")?;
                obj = Some(match obj {
                    // Two nouns in a row: the last is the head.
                    Some(o) => format!("{o}_{w}"),
                    None => w,
                });
            }
            Element::Prep { items: pi } => {
                let Some(first) = pi.first() else {
                    return Err("empty prepositional phrase".into());
                };
                let Element::Word { text, .. } = &first.element else {
                    return Err("prepositional phrase without a preposition".into());
                };
                let prep = clean(text);
                if !valid_word(&prep) {
                    return Err("bad preposition".into());
                }
                let rest = &pi[1..];
                if rest.iter().any(|i| matches!(i.element, Element::Target)) {
                    targets.push(format!("pp:{prep}"));
                }
                if rest
                    .iter()
                    .any(|i| matches!(i.element, Element::Source | Element::Compound))
                {
                    return Err("source/compound actor inside a phrase".into());
                }
                let nouns: Vec<Item> = rest
                    .iter()
                    .filter(|i| !matches!(i.element, Element::Target | Element::Skip))
                    .cloned()
                    .collect();
                if nouns.is_empty() {
                    c.push(format!("pp:{prep}"));
                } else {
                    let w = phrase_of(&nouns).ok_or("unsupported phrase in PP")?;
                    c.push(format!("pp:{prep}={w}"));
                }
            }
            Element::Target => targets.push("obj".into()),
            Element::Skip => {}
            Element::Source | Element::Compound => {
                return Err("source/compound actor after the verb".into())
            }
            e => return Err(format!("unsupported element {e:?}")),
        }
    }
    if let Some(o) = obj {
        c.insert(0, format!("obj={o}"));
    }
    if let Some(p) = prt {
        c.push(format!("prt={p}"));
    }
    if !targets.is_empty() {
        c.push(format!("target={}", targets.join(",")));
    }
    Ok(c.join(" "))
}

/// Converts a PETRARCH-2 verb dictionary into gesta pattern-file text.
pub fn convert(dict: &VerbDict, source_name: &str) -> Conversion {
    let mut out = Conversion::default();
    let mut t = String::new();
    let _ = writeln!(
        t,
        "# Converted by gesta-coder (src/phoenix.rs) from {source_name}:\n\
         # the PETRARCH2/Phoenix CAMEO verb dictionary, Copyright (c) 2015 Open Event\n\
         # Data Alliance, MIT licence. Do not edit: re-run the converter\n\
         # (cargo test -p gesta-coder --test phoenix_convert -- --ignored).\n\
         # Format: docs/patterns.md."
    );
    let _ = writeln!(t, "\n############ synsets ############");
    let mut defined: HashSet<String> = HashSet::new();
    for s in &dict.synsets {
        let name = synset_name(&s.name);
        let members: Vec<String> = s.members.iter().filter_map(|m| phrase_of(m)).collect();
        let members: Vec<String> = members
            .into_iter()
            .filter(|m| !m.starts_with('&'))
            .collect();
        if name.is_empty() || members.is_empty() {
            out.skipped.push(format!(
                "line {}: synset {} has no usable member",
                s.line, s.name
            ));
            continue;
        }
        defined.insert(name.clone());
        out.synsets += 1;
        for chunk in members.chunks(12) {
            let _ = writeln!(t, "&{name} {}", chunk.join(" "));
        }
    }
    let refs_ok = |c: &str| {
        c.split([' ', '=', '|', '_'])
            .filter_map(|w| w.strip_prefix('&'))
            .all(|n| defined.contains(n))
    };
    for b in &dict.blocks {
        let heads = verb_heads(b);
        if heads.is_empty() {
            continue;
        }
        let bname = b
            .name
            .as_deref()
            .map(synset_name)
            .unwrap_or_else(|| synset_name(&heads[0].0));
        let _ = writeln!(t, "\n############ {bname} (line {}) ############", b.line);
        let vname = format!("V-{bname}-{}", b.line);
        let words: Vec<&str> = heads.iter().map(|h| h.0.as_str()).collect();
        // Heads with particles cannot go into a synset head list; list them
        // one by one.
        let simple: Vec<&str> = words.iter().copied().filter(|w| !w.contains('_')).collect();
        if !simple.is_empty() {
            let _ = writeln!(t, "&{vname} {}", simple.join(" "));
        }
        for (h, code) in &heads {
            let code = code.as_ref().or(b.code.as_ref());
            let Some(code) = code else { continue };
            match code_of(code) {
                Ok((c, flags)) => {
                    let _ = writeln!(t, "{c} {h} {}", flags.join(" "));
                    out.verbs += 1;
                }
                Err(e) => out.skipped.push(format!("line {}: verb {h}: {e}", b.line)),
            }
        }
        let phrasal: Vec<&str> = words.iter().copied().filter(|w| w.contains('_')).collect();
        for p in &b.patterns {
            let code = match code_of(&p.code) {
                Ok(c) => c,
                Err(e) => {
                    out.skipped.push(format!("line {}: {}: {e}", p.line, p.raw));
                    continue;
                }
            };
            let cons = match pattern_constraints(&p.items) {
                Ok(c) => c,
                Err(e) => {
                    out.skipped.push(format!("line {}: {}: {e}", p.line, p.raw));
                    continue;
                }
            };
            if !refs_ok(&cons) {
                out.skipped
                    .push(format!("line {}: {}: unknown synset", p.line, p.raw));
                continue;
            }
            let mut heads_txt: Vec<String> = Vec::new();
            if !simple.is_empty() {
                heads_txt.push(format!("&{vname}"));
            }
            heads_txt.extend(phrasal.iter().map(|s| s.to_string()));
            let _ = writeln!(
                t,
                "{} {} {} {}",
                code.0,
                heads_txt.join("|"),
                cons,
                code.1.join(" ")
            );
            out.patterns += 1;
        }
    }
    // Tidy trailing blanks.
    out.text = t
        .lines()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    out
}
