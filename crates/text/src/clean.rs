//! Wire-copy cleaning and paragraph assembly.
//!
//! 1. The raw text is cut into lines; whole-line rules (`line` scope in
//!    `data/wire.txt`: credits, rules, follow/newsletter lines, sign-offs,
//!    copyright, page furniture, bylines) remove lines.
//! 2. Remaining lines form blocks (separated by blank or removed lines). A
//!    block whose lines are hard-wrapped (all short, most near the block's
//!    width) is re-joined into paragraphs, broken at indented lines or at
//!    short lines that end a sentence; otherwise each line is a paragraph,
//!    except errant line breaks inside a sentence (a line without final
//!    punctuation followed by a lower-case line) which are joined.
//! 3. Paragraph rules (`para` scope: contributor notes), the title repeated
//!    as first line, and the dateline at the start of the body (`lead`
//!    scope) are removed into metadata.
//! 4. Short single-line paragraphs without final punctuation that start
//!    with a capital and are followed by body text are headings.
//!
//! Every removal is recorded with its raw span and reason.

use gesta_document::{Removal, Span};

use crate::data::{data, lookup_lower};

/// Result of cleaning one raw text.
#[derive(Debug, Default)]
pub(crate) struct Cleaned {
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub headings: Vec<Span>,
    pub removed: Vec<Removal>,
    pub dateline: Option<String>,
    pub dateline_place: Option<String>,
    pub agency: Option<String>,
    pub byline: Option<String>,
    pub contributors: Vec<String>,
    /// First paragraph when it is a heading (a title candidate).
    pub first_heading: Option<String>,
}

#[derive(Debug, Clone)]
struct Line {
    /// Raw byte span of the trimmed content.
    start: usize,
    end: usize,
    /// Leading whitespace width (spaces; a tab counts 4).
    indent: usize,
    chars: usize,
    blank: bool,
    removed: Option<&'static str>,
}

#[derive(Debug)]
struct Para {
    /// Indices of its lines.
    first: usize,
    last: usize,
    text: String,
    single_line: bool,
}

enum Item {
    Para(Para),
    Removed(Removal),
}

const TERMINAL: &[char] = &[
    '.', '!', '?', ':', ';', '"', '”', '’', '\'', '″', '»', ')', '…',
];

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', '"', '”', '’', '\'', '″', '»', '…'])
}

fn scan_lines(raw: &str) -> Vec<Line> {
    let mut lines = Vec::with_capacity(memchr::memchr_iter(b'\n', raw.as_bytes()).count() + 1);
    let mut pos = 0;
    let bytes = raw.as_bytes();
    while pos <= raw.len() {
        let end = memchr::memchr(b'\n', &bytes[pos..]).map_or(raw.len(), |i| pos + i);
        let line = &raw[pos..end];
        let trimmed_start = line.trim_start();
        let lead = line.len() - trimmed_start.len();
        let content = trimmed_start.trim_end();
        let indent: usize = line[..lead]
            .chars()
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum();
        let cs = pos + lead;
        lines.push(Line {
            start: cs,
            end: cs + content.len(),
            indent,
            chars: if content.is_ascii() {
                content.len()
            } else {
                content.chars().count()
            },
            blank: content.is_empty(),
            removed: None,
        });
        if end == raw.len() {
            break;
        }
        pos = end + 1;
    }
    lines
}

/// Normalises whitespace and drops invisible/control characters, appending
/// to `out`; `space` tells whether a separating space is pending.
fn push_normalised(out: &mut String, s: &str) {
    let simple = s.bytes().all(|b| (0x20..0x7F).contains(&b)) && !s.contains("  ");
    if simple {
        out.push_str(s);
        return;
    }
    let mut last_space = out.ends_with(' ') || out.is_empty();
    for c in s.chars() {
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
            continue;
        }
        if matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        ) || c.is_control()
        {
            continue;
        }
        out.push(c);
        last_space = false;
    }
    while out.ends_with(' ') {
        out.pop();
    }
}

/// A line that cannot be complete: it ends with a comma or a function word.
fn ends_open(s: &str) -> bool {
    if s.ends_with(',') {
        return true;
    }
    let last = s.rsplit(char::is_whitespace).next().unwrap_or("");
    last.len() <= 6 && lookup_lower(&data().function_words, last).is_some()
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Hard-wrapped text (Reuters-21578 style): the widest content line is
/// 30-100 chars and at least 60% of the lines that do not end a block are
/// at least 70% of that width. The first line is left out of the count (its
/// start is often cut by the dateline). Returns the width when wrapped.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    let content: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].blank && lines[i].removed.is_none())
        .collect();
    let w = content.iter().map(|&i| lines[i].chars).max()?;
    if !(30..=100).contains(&w) {
        return None;
    }
    let mut inner = 0usize;
    let mut near = 0usize;
    for (k, &i) in content.iter().enumerate().skip(1) {
        let ends_block = content.get(k + 1).is_none_or(|&n| n != i + 1);
        if ends_block {
            continue;
        }
        inner += 1;
        if lines[i].chars * 10 >= w * 7 {
            near += 1;
        }
    }
    (inner >= 1 && near * 10 >= inner * 6).then_some(w)
}

pub(crate) fn clean(raw: &str, title: Option<&str>) -> Cleaned {
    let d = data();
    let mut lines = scan_lines(raw);
    let mut out = Cleaned {
        // the text is at most about as long as the raw text: no regrowth
        text: String::with_capacity(raw.len()),
        ..Default::default()
    };

    // 1. line rules
    let mut content_seen = 0usize;
    for line in lines.iter_mut() {
        if line.blank {
            continue;
        }
        let text = &raw[line.start..line.end];
        if text.len() <= 300 && d.line_set.is_match(text) {
            // rule `i` matches alone exactly when pattern `i` of the set does
            let matched = d.line_set.matches(text);
            for (i, rule) in d.line_rules.iter().enumerate() {
                if rule.reason == "byline" && content_seen >= 3 {
                    continue;
                }
                if matched.matched(i) {
                    line.removed = Some(match rule.reason.as_str() {
                        "credit" => "credit",
                        "rule" => "rule",
                        "follow" => "follow",
                        "signoff" => "signoff",
                        "copyright" => "copyright",
                        "byline" => "byline",
                        _ => "boilerplate",
                    });
                    break;
                }
            }
        }
        if line.removed.is_none() {
            content_seen += 1;
        }
    }
    // sign-offs count only at the end of the story
    let mut tail = true;
    for li in (0..lines.len()).rev() {
        let l = &lines[li];
        if l.blank {
            continue;
        }
        match l.removed {
            Some("signoff") if !tail => lines[li].removed = None,
            Some(_) => {}
            None => tail = false,
        }
    }
    // bylines -> metadata
    for l in &lines {
        if l.removed == Some("byline") && out.byline.is_none() {
            let t = raw[l.start..l.end].trim();
            let t = t
                .strip_prefix("By ")
                .or_else(|| t.strip_prefix("BY "))
                .unwrap_or(t);
            out.byline = Some(t.trim().to_string());
        }
    }

    // 2. blocks and paragraphs
    let wrap = wrap_width(&lines);
    let first_content = lines
        .iter()
        .position(|l| !l.blank && l.removed.is_none())
        .unwrap_or(0);
    let mut items: Vec<Item> = Vec::new();
    let mut block: Vec<usize> = Vec::new();
    let flush = |block: &mut Vec<usize>, items: &mut Vec<Item>, lines: &[Line]| {
        if block.is_empty() {
            return;
        }
        assemble(raw, lines, block, (wrap, first_content), items);
        block.clear();
    };
    for li in 0..lines.len() {
        let l = &lines[li];
        if l.blank {
            flush(&mut block, &mut items, &lines);
        } else if let Some(reason) = l.removed {
            flush(&mut block, &mut items, &lines);
            items.push(Item::Removed(Removal {
                raw_start: l.start,
                raw_end: l.end,
                at: 0,
                text: raw[l.start..l.end].to_string(),
                reason: reason.to_string(),
            }));
        } else {
            block.push(li);
        }
    }
    flush(&mut block, &mut items, &lines);

    // 3. paragraph rules, repeated title, dateline
    let title_key = title.map(norm_key);
    let mut body_seen = 0usize;
    for idx in 0..items.len() {
        let Item::Para(p) = &items[idx] else { continue };
        let (raw_start, raw_end) = (lines[p.first].start, lines[p.last].end);
        let mut reason: Option<String> = None;
        if p.text.len() <= 1000 && d.para_set.is_match(&p.text) {
            let matched = d.para_set.matches(&p.text);
            for (i, rule) in d.para_rules.iter().enumerate() {
                if matched.matched(i) {
                    reason = Some(rule.reason.clone());
                    break;
                }
            }
        }
        if reason.is_none() && body_seen == 0 {
            if let Some(k) = &title_key {
                if !k.is_empty() && same_key(&p.text, k) {
                    reason = Some("title".into());
                }
            }
        }
        if let Some(reason) = reason {
            if reason == "contributors" {
                for (s, e) in crate::sentence::split_sentences(&p.text) {
                    out.contributors.push(p.text[s..e].to_string());
                }
            }
            items[idx] = Item::Removed(Removal {
                raw_start,
                raw_end,
                at: 0,
                text: raw[raw_start..raw_end].to_string(),
                reason,
            });
            continue;
        }
        if body_seen < 2 && out.dateline.is_none() {
            if let Some((len, place, agency)) = match_dateline(&p.text) {
                let matched = p.text[..len].trim_end().to_string();
                let rs = raw_start;
                let re = raw[rs..]
                    .find(matched.as_str())
                    .filter(|&o| o == 0)
                    .map_or(rs + matched.len().min(raw_end - rs), |_| rs + matched.len());
                out.dateline = Some(matched.clone());
                out.dateline_place = Some(place);
                out.agency = agency;
                let removal = Removal {
                    raw_start: rs,
                    raw_end: re,
                    at: 0,
                    text: matched,
                    reason: "dateline".into(),
                };
                let rest = p.text[len..].trim_start().to_string();
                if rest.is_empty() {
                    items[idx] = Item::Removed(removal);
                } else {
                    let Item::Para(pm) = &mut items[idx] else {
                        continue;
                    };
                    pm.text = rest;
                    items.insert(idx, Item::Removed(removal));
                }
                body_seen += 1;
                continue;
            }
        }
        body_seen += 1;
    }

    // 4. headings
    let body: Vec<usize> = items
        .iter()
        .enumerate()
        .filter_map(|(i, it)| matches!(it, Item::Para(_)).then_some(i))
        .collect();
    let candidates: Vec<bool> = body
        .iter()
        .enumerate()
        .map(|(bi, &i)| {
            let Item::Para(p) = &items[i] else {
                return false;
            };
            bi + 1 < body.len() && p.single_line && is_heading(&p.text)
        })
        .collect();
    let all_short = body.iter().all(|&i| match &items[i] {
        Item::Para(p) => {
            p.single_line && (p.text.chars().count() <= 100 && !ends_sentence(&p.text))
        }
        _ => true,
    });

    // 5. emit
    for (n, it) in items.into_iter().enumerate() {
        match it {
            Item::Removed(mut r) => {
                r.at = out.text.len();
                out.removed.push(r);
            }
            Item::Para(p) => {
                if !out.text.is_empty() {
                    out.text.push_str("\n\n");
                }
                let start = out.text.len();
                out.text.push_str(&p.text);
                let span = Span::new(start, out.text.len());
                let bi = body.iter().position(|&b| b == n).unwrap_or(usize::MAX);
                let heading = !all_short && candidates.get(bi).copied().unwrap_or(false);
                if heading {
                    if bi == 0 {
                        out.first_heading = Some(p.text.clone());
                    }
                    out.headings.push(span);
                } else {
                    out.paragraphs.push(span);
                }
            }
        }
    }
    out
}

fn norm_key(s: &str) -> String {
    s.trim()
        .trim_end_matches(TERMINAL)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `norm_key(s) == key`, for a `key` made by `norm_key`. ASCII text is
/// compared word by word without building its key (the first differing
/// word ends the comparison).
fn same_key(s: &str, key: &str) -> bool {
    if !s.is_ascii() {
        return norm_key(s) == key;
    }
    // the words of `key` are the lower-cased words of its text, joined by
    // single spaces; lower-casing keeps an ASCII word's length
    let mut words = s.trim().trim_end_matches(TERMINAL).split_whitespace();
    let mut key_words = key.split(' ').filter(|w| !w.is_empty());
    loop {
        match (words.next(), key_words.next()) {
            (None, None) => return true,
            (Some(w), Some(k)) => {
                let same = w.len() == k.len()
                    && w.bytes()
                        .zip(k.bytes())
                        .all(|(a, b)| a.to_ascii_lowercase() == b);
                if !same {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

fn is_heading(text: &str) -> bool {
    let chars = text.chars().count();
    if chars == 0 || chars > 100 {
        return false;
    }
    let words = text.split_whitespace().count();
    if words == 0 || words > 12 {
        return false;
    }
    let Some(first) = text.chars().next() else {
        return false;
    };
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    if text.ends_with(TERMINAL) || text.ends_with('-') || text.ends_with('—') || ends_open(text) {
        return false;
    }
    // more than one sentence ("... dollars. Sorghum is ...")
    let several = text.match_indices(". ").any(|(i, _)| {
        text[i + 2..].starts_with(char::is_uppercase) && abbr_before(text, i).is_none()
    });
    !several && text.chars().any(char::is_alphabetic)
}

fn abbr_before(text: &str, dot: usize) -> Option<crate::data::AbbrClass> {
    let word = text[..dot].rsplit(char::is_whitespace).next().unwrap_or("");
    crate::sentence::abbr_class(word)
}

/// Matches a dateline at the start of `text`: (length, place, agency).
fn match_dateline(text: &str) -> Option<(usize, String, Option<String>)> {
    let cut = (0..=text.len().min(200))
        .rev()
        .find(|&i| text.is_char_boundary(i))?;
    let head = &text[..cut];
    for re in &data().lead_rules {
        let Some(c) = re.captures(head) else {
            continue;
        };
        let m = c.get(0)?;
        let place = c
            .name("place")?
            .as_str()
            .trim()
            .trim_end_matches(',')
            .to_string();
        let first_part = place.split(',').next().unwrap_or("");
        let upper = first_part.chars().filter(|c| c.is_uppercase()).count();
        if upper < 2 || first_part.chars().any(char::is_lowercase) {
            continue;
        }
        let agency = c.name("agency").map(|a| a.as_str().trim().to_string());
        let date = c.name("date").is_some();
        let matched = m.as_str().trim_end();
        let strong_dash = matched.ends_with('—')
            || matched.ends_with('–')
            || matched.ends_with("--")
            || matched.ends_with('_');
        if agency.is_none() && !date && !strong_dash {
            continue;
        }
        // what follows must look like body text
        let rest = text[m.end()..].trim_start();
        if !rest.is_empty()
            && !rest.starts_with(|c: char| {
                c.is_uppercase() || c.is_ascii_digit() || "\"“‘'(".contains(c)
            })
        {
            continue;
        }
        return Some((m.end(), place, agency));
    }
    None
}

/// Builds paragraphs from a block of consecutive content lines.
fn assemble(
    raw: &str,
    lines: &[Line],
    block: &[usize],
    (wrap, first_content): (Option<usize>, usize),
    items: &mut Vec<Item>,
) {
    let wrapped = wrap.is_some();
    let w = wrap.unwrap_or(0);
    let base_indent = block.iter().map(|&i| lines[i].indent).min().unwrap_or(0);
    // paragraphs are runs of consecutive lines of the block: `block[cur..k]`
    let mut cur = 0usize;
    for k in 1..block.len() {
        let li = block[k];
        let prev = &lines[block[k - 1]];
        let prev_text = &raw[prev.start..prev.end];
        let this = &lines[li];
        let this_text = &raw[this.start..this.end];
        let join = if wrapped {
            let indented = this.indent >= base_indent + 2;
            let short_end = ends_sentence(prev_text) && prev.chars * 10 < w * 8;
            let first_of_doc = k == 1 && k - cur == 1 && block[0] == first_content;
            let short_break = prev.chars * 2 < w
                && !starts_lower(this_text)
                && !first_of_doc
                && !prev_text.ends_with('-');
            !(indented || short_end || short_break)
        } else {
            !prev_text.ends_with(TERMINAL)
                && (starts_lower(this_text) || ends_open(prev_text))
                && sentence_ends_soon(raw, lines, &block[k..])
        };
        if !join {
            push_para(raw, lines, &block[cur..k], items);
            cur = k;
        }
    }
    if cur < block.len() {
        push_para(raw, lines, &block[cur..], items);
    }
}

/// Joins the lines `g` (indices, not empty) into one paragraph.
fn push_para(raw: &str, lines: &[Line], g: &[usize], items: &mut Vec<Item>) {
    // sized for the lines and their joining spaces (one allocation)
    let len: usize = g
        .iter()
        .map(|&li| lines[li].end - lines[li].start + 1)
        .sum();
    let mut text = String::with_capacity(len);
    for (k, &li) in g.iter().enumerate() {
        let t = &raw[lines[li].start..lines[li].end];
        if k > 0 {
            let hyphen_join = text.ends_with('-')
                && text[..text.len() - 1].ends_with(char::is_alphabetic)
                && t.starts_with(char::is_alphabetic);
            if !hyphen_join {
                text.push(' ');
            }
        }
        push_normalised(&mut text, t);
    }
    if text.is_empty() {
        return;
    }
    items.push(Item::Para(Para {
        first: g[0],
        last: g[g.len() - 1],
        single_line: g.len() == 1,
        text,
    }));
}

/// True when one of the next few lines ends a sentence (so a line break
/// before a lower-case line is an errant break, not a list of items).
fn sentence_ends_soon(raw: &str, lines: &[Line], rest: &[usize]) -> bool {
    rest.iter()
        .take(5)
        .any(|&li| ends_sentence(&raw[lines[li].start..lines[li].end]))
}

/// The place of a dateline given on its own ("SALVADOR, Feb 26 -").
pub(crate) fn dateline_place(dateline: &str) -> Option<String> {
    match_dateline(dateline.trim()).map(|(_, place, _)| place)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_key_is_norm_key_equality() {
        let texts = [
            "",
            "  ",
            "Bahia Cocoa Review",
            "BAHIA COCOA REVIEW.",
            "Bahia  cocoa\treview...",
            "Bahia cocoa review extra",
            "Bahia cocoa",
            "Naïve Café Review",
            "NAÏVE CAFÉ REVIEW",
            "İstanbul talks",
            "Title: \"quoted\"",
            "Title:",
            "a\u{a0}b",
            "a b",
            "a\u{b}b\r\n",
        ];
        for title in texts {
            let key = norm_key(title);
            for t in texts {
                assert_eq!(same_key(t, &key), norm_key(t) == key, "{t:?} vs {title:?}");
            }
        }
    }

    #[test]
    fn wrapped_lines_rejoin_and_dateline_goes_to_meta() {
        let raw = "LONDON (Reuters) - The central bank said on Monday it would\nkeep its key rate unchanged at 5.25 pct after a long\nmeeting of its policy committee in the capital.\n    Analysts had expected the decision, traders said.\n REUTER\n";
        let c = clean(raw, None);
        assert_eq!(c.dateline.as_deref(), Some("LONDON (Reuters) -"));
        assert_eq!(c.dateline_place.as_deref(), Some("LONDON"));
        assert_eq!(c.paragraphs.len(), 2, "{:?}", c.text);
        assert!(c
            .text
            .starts_with("The central bank said on Monday it would keep its key rate"));
        assert!(c.removed.iter().any(|r| r.reason == "signoff"));
    }
}
