//! Rule-based sentence splitting inside one paragraph.
//!
//! A boundary candidate is a cluster of terminal marks (`.`, `!`, `?`, `…`,
//! spaced ellipses `. . .`) followed by closing quotes/brackets. Whether it
//! ends a sentence depends on the word before it (abbreviation classes from
//! `data/abbreviations.txt`, initials, list markers, URLs and e-mail
//! addresses) and on the word after it (lower case never starts a sentence;
//! after an ambiguous abbreviation only a listed sentence starter does).
//! Lists (`1.`, `2)`, `a.`, bullets) force boundaries before each item.

use crate::data::{data, lookup_lower, AbbrClass};

/// Terminal punctuation that can end a sentence.
#[inline]
fn is_terminal_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes()[i];
    match b {
        b'.' | b'!' | b'?' => Some(1),
        0xE2 if text[i..].starts_with('…') => Some('…'.len_utf8()),
        0xE2 if text[i..].starts_with('‼') || text[i..].starts_with('⁇') => Some(3),
        _ => None,
    }
}

/// Closing quotes and brackets that may follow a sentence's final mark.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '″' | '»' | '›' | ')' | ']' | '}' | '‚'
    )
}

/// Opening quotes and brackets that may precede a sentence's first word.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '`' | '¿' | '¡' | '„' | '’' | '″'
    )
}

pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '▪' | '◦' | '‣' | '●' | '■' | '►')
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

fn skip_ws(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        if b[i] == b' ' || b[i] == b'\t' || b[i] == b'\n' || b[i] == b'\r' {
            i += 1;
            continue;
        }
        if b[i] < 0x80 {
            break;
        }
        match text[i..].chars().next() {
            Some(c) if is_space(c) => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

fn trim_end_at(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// Returns the abbreviation class of a word (without its final period).
pub(crate) fn abbr_class(word: &str) -> Option<AbbrClass> {
    if word.is_empty() {
        return None;
    }
    let mut chars = word.chars();
    let first = chars.next()?;
    // Single letters: initials ("E."), "p.", "a."
    if chars.next().is_none() && first.is_alphabetic() {
        return Some(
            lookup_lower(&data().abbreviations, word)
                .copied()
                .unwrap_or(AbbrClass::General),
        );
    }
    if word.len() <= 12 {
        if let Some(c) = lookup_lower(&data().abbreviations, word) {
            return Some(*c);
        }
    }
    // Dotted letter sequences: U.S, e.g, a.m, U.S.A
    if word.contains('.') && is_dotted(word) {
        return Some(AbbrClass::General);
    }
    None
}

/// `U.S`, `e.g`, `U.S.A`, `D.C` (letters separated by single periods).
fn is_dotted(word: &str) -> bool {
    let mut expect_letter = true;
    let mut letters = 0;
    for c in word.chars() {
        if expect_letter {
            if !c.is_alphabetic() {
                return false;
            }
            letters += 1;
            expect_letter = false;
        } else if c == '.' {
            expect_letter = true;
        } else if c.is_alphabetic() && letters == 1 {
            // allow two-letter parts only at the start? keep strict: single letters
            return false;
        } else {
            return false;
        }
    }
    !expect_letter && letters >= 2
}

fn strip_openers(s: &str) -> &str {
    s.trim_start_matches(|c: char| is_opener(c) || is_bullet(c))
}

enum Decision {
    Boundary { end: usize, next: usize },
    NoBoundary { resume: usize },
}

struct RunInfo {
    start: usize,
    end: usize,
    /// End of the run without trailing terminal marks and closers.
    core_end: usize,
    protected: bool,
}

fn run_info(text: &str, start: usize) -> RunInfo {
    let rest = &text[start..];
    let len = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
    let run = &rest[..len];
    let core = run.trim_end_matches(|c: char| {
        is_closer(c) || matches!(c, '.' | '!' | '?' | '…' | ',' | ';' | ':')
    });
    let body = strip_openers(core);
    let protected = run.len() > 3
        && (body.contains("://")
            || body.starts_with("www.")
            || body.starts_with("WWW.")
            || body
                .find('@')
                .is_some_and(|at| at > 0 && body[at..].contains('.')));
    RunInfo {
        start,
        end: start + len,
        core_end: start + core.len(),
        protected,
    }
}

/// List items: if the paragraph starts with a marker (`1.`, `1)`, `1.)`,
/// `a.`), the following markers of the same style (`2.`, `b.`, ...) start
/// new sentences. Bullets always start new sentences.
fn forced_boundaries(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    // bullets preceded by whitespace; every bullet is a three-byte
    // character starting with 0xE2, so only those bytes are looked at
    for i in memchr::memchr_iter(0xE2, text.as_bytes()) {
        let is_bullet_here = text
            .get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(is_bullet);
        if is_bullet_here && i > 0 && text[..i].ends_with(char::is_whitespace) {
            out.push(i);
        }
    }
    let head = text.trim_start_matches(|c: char| is_bullet(c) || c.is_whitespace());
    let mut chars = head.char_indices();
    let mut value: Option<Marker> = None;
    if let Some((_, c0)) = chars.next() {
        let digits: String = head.chars().take_while(|c| c.is_ascii_digit()).collect();
        let (m, rest) = if !digits.is_empty() && digits.len() <= 2 {
            (
                digits.parse::<u32>().ok().map(Marker::Num),
                &head[digits.len()..],
            )
        } else if c0.is_ascii_lowercase() {
            (Some(Marker::Letter(c0)), &head[1..])
        } else {
            (None, head)
        };
        if let Some(m) = m {
            for style in [".)", ")", "."] {
                if let Some(after) = rest.strip_prefix(style) {
                    if after.starts_with(char::is_whitespace) {
                        value = Some(m);
                        let mut pos = text.len() - head.len();
                        let mut cur = m;
                        while let Some(next) = cur.next() {
                            let pat = format!("{}{}", next.label(), style);
                            let mut found = None;
                            let mut from = pos + 1;
                            while let Some(off) = text[from..].find(pat.as_str()) {
                                let p = from + off;
                                let before_ok = text[..p]
                                    .ends_with(|c: char| c.is_whitespace() || is_bullet(c));
                                let after_ok =
                                    text[p + pat.len()..].starts_with(char::is_whitespace);
                                if before_ok && after_ok {
                                    found = Some(p);
                                    break;
                                }
                                from = p + pat.len();
                            }
                            let Some(p) = found else { break };
                            let mut start = p;
                            let before = text[..p].trim_end_matches(char::is_whitespace);
                            if before.ends_with(is_bullet) {
                                start = before.char_indices().next_back().map_or(p, |(i, _)| i);
                            }
                            out.push(start);
                            pos = p;
                            cur = next;
                        }
                        break;
                    }
                }
            }
        }
    }
    let _ = value;
    out.sort_unstable();
    out.dedup();
    out
}

#[derive(Clone, Copy)]
enum Marker {
    Num(u32),
    Letter(char),
}

impl Marker {
    fn next(self) -> Option<Marker> {
        match self {
            Marker::Num(n) if n < 99 => Some(Marker::Num(n + 1)),
            Marker::Letter(c) if c < 'z' => char::from_u32(c as u32 + 1).map(Marker::Letter),
            _ => None,
        }
    }
    fn label(self) -> String {
        match self {
            Marker::Num(n) => n.to_string(),
            Marker::Letter(c) => c.to_string(),
        }
    }
}

/// Splits a paragraph into sentences: byte spans relative to `text`, trimmed
/// of surrounding whitespace, in order, never empty.
pub fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let n = b.len();
    let forced = forced_boundaries(text);
    let mut fi = 0;
    let mut out = Vec::new();
    let mut sent_start = skip_ws(text, 0);
    let mut word_start = sent_start;
    let mut run: Option<RunInfo> = None;
    let mut i = sent_start;
    while i < n {
        // skip plain bytes up to the next forced boundary: for them the
        // loop below would only step on
        let stop = forced.get(fi).copied().unwrap_or(n).min(n);
        while i < stop && PLAIN[usize::from(b[i])] {
            i += 1;
        }
        if i >= n {
            break;
        }
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            word_start = i;
            continue;
        }
        if c >= 0x80 {
            if let Some(ch) = text[i..].chars().next() {
                if ch.is_whitespace() {
                    i += ch.len_utf8();
                    word_start = i;
                    continue;
                }
            }
        }
        while fi < forced.len() && forced[fi] < i {
            fi += 1;
        }
        if fi < forced.len() && forced[fi] == i {
            fi += 1;
            if i > sent_start {
                let end = trim_end_at(text, sent_start, i);
                if end > sent_start {
                    out.push((sent_start, end));
                }
                sent_start = i;
            }
        }
        if let Some(tlen) = is_terminal_at(text, i) {
            if run.as_ref().is_none_or(|r| r.start != word_start) {
                run = Some(run_info(text, word_start));
            }
            if let Some(r) = &run {
                if r.protected && i < r.core_end {
                    i += tlen;
                    continue;
                }
            }
            match decide(text, sent_start, word_start, i) {
                Decision::Boundary { end, next } => {
                    if end > sent_start {
                        out.push((sent_start, end));
                    }
                    sent_start = next;
                    word_start = next;
                    i = next;
                }
                Decision::NoBoundary { resume } => i = resume.max(i + tlen),
            }
            continue;
        }
        i += utf8_len(c);
    }
    if sent_start < n {
        let end = trim_end_at(text, sent_start, n);
        if end > sent_start {
            out.push((sent_start, end));
        }
    }
    let _ = run.map(|r| r.end);
    out
}

/// ASCII bytes that are neither whitespace (any that `char::is_whitespace`
/// accepts) nor a terminal mark: the main loop of `split_sentences` just
/// steps over them.
const PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x80 {
        let b = i as u8;
        t[i] = !matches!(
            b,
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' | b'.' | b'!' | b'?'
        );
        i += 1;
    }
    t
};

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

fn decide(text: &str, sent_start: usize, word_start: usize, i: usize) -> Decision {
    let d = data();
    let b = text.as_bytes();
    let n = b.len();
    // 1. the cluster of terminal marks
    let mut j = i;
    let mut dots = 0usize;
    let mut bang = false;
    let mut ell = false;
    loop {
        if j < n && b[j] == b'.' {
            dots += 1;
            j += 1;
        } else if j < n && (b[j] == b'!' || b[j] == b'?') {
            bang = true;
            j += 1;
        } else if j < n && text[j..].starts_with('…') {
            ell = true;
            j += '…'.len_utf8();
        } else if let Some(l) = (j < n).then(|| is_terminal_at(text, j)).flatten() {
            bang = true;
            j += l;
        } else if j + 1 < n && b[j] == b' ' && b[j + 1] == b'.' && dots >= 1 && !bang {
            // spaced ellipsis ". . ."
            let after = b.get(j + 2).copied();
            if matches!(after, None | Some(b' ') | Some(b'.'))
                || after.is_some_and(|a| a >= 0x80 || a == b'"' || a == b'\'')
            {
                dots += 1;
                j += 2;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    let ellipsis = ell || dots >= 2;
    // 2. closing quotes and brackets
    let mut k = j;
    while k < n {
        match text[k..].chars().next() {
            Some(c) if is_closer(c) => k += c.len_utf8(),
            _ => break,
        }
    }
    if k >= n {
        return Decision::Boundary { end: n, next: n };
    }
    let prev = strip_openers(&text[word_start.min(i)..i]);
    let ws_end = skip_ws(text, k);
    if ws_end == k {
        // no whitespace after the cluster: "world.Today" splits, "5.93" and "U.S" do not
        let mut rest = text[k..].chars();
        let c1 = rest.next();
        let c2 = rest.next();
        let upper_then_lower =
            c1.is_some_and(char::is_uppercase) && c2.is_some_and(char::is_lowercase);
        if upper_then_lower && !ellipsis && k == j {
            if bang {
                return Decision::Boundary { end: k, next: k };
            }
            let last = prev.chars().next_back();
            if dots == 1
                && prev.chars().count() >= 2
                && last.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                && abbr_class(prev).is_none()
            {
                return Decision::Boundary { end: k, next: k };
            }
        }
        return Decision::NoBoundary { resume: j };
    }
    if ws_end >= n {
        return Decision::Boundary { end: k, next: n };
    }
    // 3. the next word
    let mut q = ws_end;
    while q < n {
        match text[q..].chars().next() {
            Some(c) if is_opener(c) => q += c.len_utf8(),
            _ => break,
        }
    }
    let opened = q > ws_end;
    let Some(nc) = text[q..].chars().next() else {
        return Decision::Boundary {
            end: k,
            next: ws_end,
        };
    };
    if nc.is_lowercase() {
        // "(b) Next item" after a finished sentence starts a new one
        let item = text[ws_end..].starts_with('(')
            && q == ws_end + 1
            && text[q..].chars().nth(1) == Some(')')
            && !ellipsis;
        if item {
            return Decision::Boundary {
                end: k,
                next: ws_end,
            };
        }
        return Decision::NoBoundary { resume: j };
    }
    let next_word: &str = {
        let rest = &text[q..];
        let l = rest
            .find(|c: char| !(c.is_alphanumeric()))
            .unwrap_or(rest.len());
        &rest[..l]
    };
    let boundary = Decision::Boundary {
        end: k,
        next: ws_end,
    };
    let no = Decision::NoBoundary { resume: j };
    let starter = nc.is_uppercase() && d.starters.contains(next_word);
    if bang && dots == 0 && !ell {
        return boundary;
    }
    if ellipsis {
        if text[..i].ends_with('[') || text[..i].ends_with('(') {
            return no;
        }
        if dots >= 4 || (dots >= 1 && ell) {
            return if nc.is_uppercase() || nc.is_ascii_digit() || opened {
                boundary
            } else {
                no
            };
        }
        return if opened || (starter && next_word != "I") {
            boundary
        } else {
            no
        };
    }
    if bang {
        return boundary;
    }
    // a single period
    if prev.is_empty() {
        return boundary;
    }
    // list marker at the start of a sentence: "1. The first item"
    if word_start <= sent_start
        || text[sent_start..word_start]
            .chars()
            .all(|c| c.is_whitespace() || is_bullet(c) || is_opener(c))
    {
        let marker = (prev.len() <= 2 && prev.chars().all(|c| c.is_ascii_digit()))
            || (prev.chars().count() == 1 && prev.chars().all(char::is_alphabetic));
        if marker {
            return no;
        }
    }
    match abbr_class(prev) {
        Some(AbbrClass::Title) => no,
        Some(AbbrClass::Number) => {
            if nc.is_ascii_digit() {
                no
            } else {
                boundary
            }
        }
        Some(AbbrClass::Time) => {
            if nc.is_ascii_digit() || (nc.is_uppercase() && d.time_words.contains(next_word)) {
                no
            } else {
                boundary
            }
        }
        Some(AbbrClass::Month) | Some(AbbrClass::General) => {
            if nc.is_ascii_digit() {
                no
            } else if opened || starter {
                boundary
            } else {
                no
            }
        }
        None => boundary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_bytes_and_bullets() {
        // the bytes the main loop skips: ASCII, not whitespace, not a mark
        for b in 0..=255u8 {
            let plain = b < 0x80
                && !char::from(b).is_whitespace()
                && !b.is_ascii_whitespace()
                && !matches!(b, b'.' | b'!' | b'?');
            assert_eq!(PLAIN[usize::from(b)], plain, "{b:#x}");
        }
        // bullets are found by their first byte
        for c in ['•', '⁃', '▪', '◦', '‣', '●', '■', '►'] {
            assert!(is_bullet(c));
            assert_eq!(c.to_string().as_bytes()[0], 0xE2, "{c}");
        }
        for t in [
            "• One. • Two ▪ three\r\n► four",
            "x •y  ● z\u{a0}■ w — “q” …",
            "1. One thing 2. Another • third",
            "",
        ] {
            let reference: Vec<usize> = t
                .char_indices()
                .filter(|&(i, c)| is_bullet(c) && i > 0 && t[..i].ends_with(char::is_whitespace))
                .map(|(i, _)| i)
                .collect();
            let forced = forced_boundaries(t);
            assert!(reference.iter().all(|i| forced.contains(i)), "{t:?}");
        }
    }

    #[test]
    fn tricky_paragraphs() {
        assert_eq!(
            sents("One\u{a0}two.\u{3000}Three!\r\nFour?\u{b}Five. • Six ▪ seven"),
            vec![
                "One\u{a0}two.",
                "Three!",
                "Four?\u{b}Five.",
                "• Six",
                "▪ seven"
            ]
        );
        assert_eq!(sents(""), Vec::<&str>::new());
        assert_eq!(sents(" \r\n "), Vec::<&str>::new());
    }

    fn sents(t: &str) -> Vec<&str> {
        split_sentences(t)
            .into_iter()
            .map(|(s, e)| &t[s..e])
            .collect()
    }

    #[test]
    fn abbreviations_and_quotes() {
        assert_eq!(
            sents("Lt. Gen. Keith Kellogg joined the talks in the U.S. capital. Then he left."),
            vec![
                "Lt. Gen. Keith Kellogg joined the talks in the U.S. capital.",
                "Then he left."
            ]
        );
        assert_eq!(
            sents("He called it “progress.\" Others disagreed.’’ Fine.″ Done."),
            vec![
                "He called it “progress.\"",
                "Others disagreed.’’",
                "Fine.″",
                "Done."
            ]
        );
        assert_eq!(
            sents("It rose 5.93 pct on Jan. 5. It fell."),
            vec!["It rose 5.93 pct on Jan. 5.", "It fell."]
        );
        assert_eq!(
            sents("\"Go!\" she said. Fine"),
            vec!["\"Go!\" she said.", "Fine"]
        );
        assert_eq!(
            sents("the U.S. process has stalled and ... they left"),
            vec!["the U.S. process has stalled and ... they left"]
        );
    }

    #[test]
    fn urls_lists_and_no_space() {
        assert_eq!(
            sents("Mail jane.doe@example.org. Visit www.example.com/a.b now."),
            vec![
                "Mail jane.doe@example.org.",
                "Visit www.example.com/a.b now."
            ]
        );
        assert_eq!(
            sents("1. One thing 2. Another thing"),
            vec!["1. One thing", "2. Another thing"]
        );
        assert_eq!(
            sents("It ended.Then it began."),
            vec!["It ended.", "Then it began."]
        );
    }
}
