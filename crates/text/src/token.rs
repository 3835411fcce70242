//! Tokenization following the UD English EWT conventions.
//!
//! - whitespace separates tokens; punctuation comes off words (`(`, `"`,
//!   `,`, `.`, `!!`, `...`), except inside numbers (`155,221`, `5.93`),
//!   URLs and e-mail addresses, and at the end of abbreviations (`U.S.`,
//!   `Mr.`, `Jan.`, initials);
//! - clitics split: `'s 'm 'd 're 've 'll n't` (also with `’`), so
//!   `can't` -> `ca n't`; apostrophe-less forms from `data/tokens.txt`
//!   (`cannot` -> `can not`, `dont` -> `do nt`);
//! - hyphens split compounds (`search-engine` -> `search - engine`) except
//!   after the prefixes listed in `data/tokens.txt` (`e-mail`, `non-stop`)
//!   and in digit groups (`713-853-3989`); dashes always split;
//! - slashes split words (`and/or`) but not numbers (`9/11`, `11/28/2000`);
//! - currency symbols and `%` come off numbers (`$ 100`, `20 %`).

use crate::data::{data, lookup_lower};
use crate::sentence::{abbr_class, is_bullet};

/// Tokenizes `text[start..end]`, appending absolute byte spans to `out`.
pub fn tokenize_into(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[start..end];
    let bytes = s.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    // a byte scan: only non-ASCII characters are decoded (for Unicode
    // spaces); a chunk of ASCII letters and digits is seen on the way
    'chunks: loop {
        // whitespace before the chunk
        while i < n {
            match BYTE_CLASS[usize::from(bytes[i])] {
                SPACE => i += 1,
                NON_ASCII => match s[i..].chars().next() {
                    Some(c) if c.is_whitespace() => i += c.len_utf8(),
                    _ => break,
                },
                _ => break,
            }
        }
        if i >= n {
            break;
        }
        let a = i;
        let mut plain = true;
        while i < n {
            match BYTE_CLASS[usize::from(bytes[i])] {
                ALNUM => i += 1,
                OTHER => {
                    plain = false;
                    i += 1;
                }
                SPACE => break,
                _ => match s[i..].chars().next() {
                    Some(c) if c.is_whitespace() => break,
                    Some(c) => {
                        plain = false;
                        i += c.len_utf8();
                    }
                    None => break 'chunks,
                },
            }
        }
        if plain {
            plain_chunk(text, start + a, start + i, out);
        } else {
            chunk(text, start + a, start + i, out);
        }
    }
}

const SPACE: u8 = 0;
const ALNUM: u8 = 1;
const OTHER: u8 = 2;
const NON_ASCII: u8 = 3;

/// Class of each byte for `tokenize_into`: ASCII whitespace (as
/// `char::is_whitespace` has it), ASCII letter or digit, other ASCII, or
/// part of a non-ASCII character.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut i = 0;
    while i < 0x80 {
        let b = i as u8;
        t[i] = if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            SPACE
        } else if b.is_ascii_alphanumeric() {
            ALNUM
        } else {
            OTHER
        };
        i += 1;
    }
    t
};

/// A chunk of ASCII letters and digits only: one token, unless it is a
/// listed split ("cannot", "gonna"). This is what `chunk` does with it,
/// without its punctuation tests.
#[inline]
fn plain_chunk(text: &str, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let last = text.as_bytes()[b - 1].to_ascii_lowercase();
    // a single character is a token as it is (as in `chunk`)
    if b - a == 1 || b - a > 12 || !data().split_last[usize::from(last)] {
        out.push((a, b));
    } else {
        word(text, a, b, out);
    }
}

/// Tokenizes a string into token strings (convenience for tests and tools).
pub fn tokenize(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    tokenize_into(text, 0, text.len(), &mut out);
    out.into_iter().map(|(s, e)| &text[s..e]).collect()
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

fn is_url_or_email(body: &str) -> bool {
    // a scheme or "www." in the first 8 bytes, in any letter case (no
    // lower-cased copy)
    if let Some(start) = body.get(..8) {
        let start = start.as_bytes();
        if ["http://", "https://", "ftp://", "www."]
            .iter()
            .any(|p| start[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
        {
            return true;
        }
    }
    if let Some(at) = body.find('@') {
        return at > 0
            && body[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric())
            && body[at + 1..].contains('.');
    }
    false
}

fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '¿' | '¡' | '„' | '`' | '*' | '<'
    )
}

fn is_close_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '”' | '’' | '\'' | '″' | '»' | '›' | '‘' | '“' | '*'
    )
}

fn is_currency(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥' | '#' | '₹' | '₽')
}

/// One whitespace-free chunk `text[a..b]`.
fn chunk(text: &str, mut a: usize, mut b: usize, out: &mut Vec<(usize, usize)>) {
    // a plain ASCII word or number without punctuation
    if text.as_bytes()[a..b].iter().all(u8::is_ascii_alphanumeric) {
        plain_chunk(text, a, b, out);
        return;
    }
    // leading punctuation
    loop {
        let s = &text[a..b];
        let Some(c) = first_char(s) else { return };
        if s.len() == c.len_utf8() {
            out.push((a, b));
            return;
        }
        if s.starts_with("``") || s.starts_with("''") || s.starts_with("’’") {
            let l = if s.starts_with("’’") { 6 } else { 2 };
            out.push((a, a + l));
            a += l;
            continue;
        }
        let rest = &s[c.len_utf8()..];
        let next = first_char(rest);
        let take = if is_open_punct(c) || is_bullet(c) {
            true
        } else if c == '\'' || c == '’' {
            // 's, 'll, '90s stay words; otherwise an opening quote
            let r = rest.to_lowercase();
            let clitic = ["s", "m", "d", "re", "ve", "ll"].contains(&r.as_str());
            !(clitic || next.is_some_and(|n| n.is_ascii_digit()))
        } else if is_currency(c) {
            next.is_some_and(|n| n.is_ascii_digit() || n == '.')
        } else if c == '—' || c == '–' || c == '-' {
            // dash runs at the start: "--" or "—word"
            let run = s.chars().take_while(|&x| x == c).count();
            if c == '-' && run == 1 && next.is_some_and(|n| n.is_ascii_digit()) {
                false // negative number
            } else {
                let l = run * c.len_utf8();
                if l < s.len() {
                    out.push((a, a + l));
                    a += l;
                    continue;
                }
                false
            }
        } else {
            false
        };
        if take {
            out.push((a, a + c.len_utf8()));
            a += c.len_utf8();
        } else {
            break;
        }
    }
    // URLs and e-mail addresses: only trailing sentence punctuation comes off
    let protected = is_url_or_email(&text[a..b]);
    // trailing punctuation, pushed to `out` in reverse (last token first);
    // moved behind the word's tokens at the end (no buffer of its own)
    let mark = out.len();
    loop {
        let s = &text[a..b];
        let Some(c) = last_char(s) else { break };
        if s.len() == c.len_utf8() {
            break;
        }
        let cl = c.len_utf8();
        if (s.ends_with("''") || s.ends_with("’’")) && s.len() > 2 * cl {
            out.push((b - 2 * cl, b));
            b -= 2 * cl;
            continue;
        }
        if is_close_quote(c) {
            if c == '\'' || c == '’' {
                // keep the apostrophe of a clitic-less word only when the word is
                // nothing else ("'"); plural possessive "parents'" splits too.
            }
            out.push((b - cl, b));
            b -= cl;
            continue;
        }
        if matches!(c, ')' | ']' | '}' | '>') {
            let open = match c {
                ')' => '(',
                ']' => '[',
                '}' => '{',
                _ => '<',
            };
            let inner = &s[..s.len() - 1];
            if inner.matches(open).count() > inner.matches(c).count() && !protected {
                break;
            }
            out.push((b - 1, b));
            b -= 1;
            continue;
        }
        if matches!(c, ',' | ';' | ':') {
            out.push((b - 1, b));
            b -= 1;
            continue;
        }
        if c == '!' || c == '?' {
            let run = s
                .chars()
                .rev()
                .take_while(|&x| x == '!' || x == '?')
                .count();
            if run == s.len() {
                break;
            }
            out.push((b - run, b));
            b -= run;
            continue;
        }
        if c == '-' || c == '—' || c == '–' {
            let run = s.chars().rev().take_while(|&x| x == c).count();
            if run * cl < s.len() && (run >= 2 || c != '-') {
                out.push((b - run * cl, b));
                b -= run * cl;
                continue;
            }
            break;
        }
        if c == '…' {
            out.push((b - cl, b));
            b -= cl;
            continue;
        }
        if c == '%' && s.len() > 1 {
            out.push((b - 1, b));
            b -= 1;
            continue;
        }
        if c == '.' {
            let run = s.bytes().rev().take_while(|&x| x == b'.').count();
            if run == s.len() {
                break;
            }
            if run >= 2 {
                out.push((b - run, b));
                b -= run;
                continue;
            }
            let word = &s[..s.len() - 1];
            if !protected && abbr_class(word).is_some() {
                break;
            }
            out.push((b - 1, b));
            b -= 1;
            continue;
        }
        break;
    }
    let tail_len = out.len() - mark;
    if a < b {
        if protected {
            out.push((a, b));
        } else {
            word(text, a, b, out);
        }
    }
    if tail_len > 0 {
        // [tail reversed, word] -> [word, tail in text order]
        let rest = &mut out[mark..];
        rest.rotate_left(tail_len);
        let n = rest.len();
        rest[n - tail_len..].reverse();
    }
}

const CLITICS: [&str; 14] = [
    "n't", "n’t", "'s", "’s", "'m", "’m", "'d", "’d", "'re", "’re", "'ve", "’ve", "'ll", "’ll",
];

/// A word without outer punctuation: clitics, listed splits, inner punctuation.
fn word(text: &str, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[a..b];
    let d = data();
    let bytes = s.as_bytes();
    let last = bytes.last().map_or(0, u8::to_ascii_lowercase);
    if s.len() <= 12 && d.split_last[usize::from(last)] && s.is_ascii() {
        if let Some(parts) = lookup_lower(&d.splits, s) {
            let mut p = a;
            for l in parts {
                out.push((p, p + l));
                p += l;
            }
            return;
        }
    }
    // clitics at the end; each has an apostrophe (`'`, or `’` which starts
    // with byte 0xE2) in its last 5 bytes
    if !may_have_clitic(bytes) {
        inner(text, a, b, out);
        return;
    }
    for cl in CLITICS {
        if s.len() > cl.len() && s.is_char_boundary(s.len() - cl.len()) {
            let tail = &s[s.len() - cl.len()..];
            let matches = if cl.is_ascii() {
                tail.eq_ignore_ascii_case(cl)
            } else {
                let mut x = tail.chars();
                let mut y = cl.chars();
                x.next() == y.next() && x.as_str().eq_ignore_ascii_case(y.as_str())
            };
            if matches {
                let stem_end = b - cl.len();
                let stem = &text[a..stem_end];
                if stem
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric())
                {
                    inner(text, a, stem_end, out);
                    out.push((stem_end, b));
                    return;
                }
            }
        }
    }
    inner(text, a, b, out);
}

/// False when a word cannot end with one of `CLITICS`: each has an
/// apostrophe (`'`, or `’` which starts with byte 0xE2) in its last 5 bytes.
fn may_have_clitic(word: &[u8]) -> bool {
    let tail5 = &word[word.len().saturating_sub(5)..];
    tail5.iter().any(|&c| c == b'\'' || c == 0xE2)
}

/// Splits inner hyphens, dashes, slashes, ellipses and commas.
fn inner(text: &str, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[a..b];
    // the loop below splits only at dashes and ellipses (0xE2...), `-`,
    // `/`, `,` and a `.` followed by another `.`
    if !s.bytes().any(|c| matches!(c, b'-' | b'/' | b',' | 0xE2)) && !s.contains("..") {
        out.push((a, b));
        return;
    }
    inner_split(text, a, b, out);
}

/// The general path of `inner`.
fn inner_split(text: &str, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[a..b];
    let d = data();
    // digit groups joined by hyphens or slashes stay whole (phone numbers, dates)
    let all_digit_groups = |sep: char| {
        let groups: Vec<&str> = s.split(sep).collect();
        groups.len() >= 2
            && groups
                .iter()
                .all(|g| !g.is_empty() && g.bytes().all(|c| c.is_ascii_digit() || c == b'.'))
    };
    let phone = {
        let g: Vec<usize> = s.split('-').map(str::len).collect();
        g == [3, 4] || g == [5, 4]
    };
    let keep_hyphens = (s.split('-').count() >= 3 || phone) && all_digit_groups('-');
    let keep_slashes = all_digit_groups('/');
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut seg_start = 0usize;
    let mut k = 0usize;
    let mut first_hyphen = true;
    let push_seg = |out: &mut Vec<(usize, usize)>, x: usize, y: usize| {
        if y > x {
            out.push((a + x, a + y));
        }
    };
    while k < chars.len() {
        let (pos, c) = chars[k];
        let prev = if k > 0 { Some(chars[k - 1].1) } else { None };
        let next = chars.get(k + 1).map(|x| x.1);
        let next_pos = chars.get(k + 1).map_or(s.len(), |x| x.0);
        match c {
            '—' | '–' => {
                push_seg(out, seg_start, pos);
                let mut e = k;
                while e < chars.len() && chars[e].1 == c {
                    e += 1;
                }
                let end = chars.get(e).map_or(s.len(), |x| x.0);
                push_seg(out, pos, end);
                seg_start = end;
                k = e;
                continue;
            }
            '-' if k > 0 && next.is_some() => {
                if next == Some('-') {
                    let mut e = k;
                    while e < chars.len() && chars[e].1 == '-' {
                        e += 1;
                    }
                    if e < chars.len() {
                        push_seg(out, seg_start, pos);
                        let end = chars[e].0;
                        push_seg(out, pos, end);
                        seg_start = end;
                    }
                    k = e;
                    continue;
                }
                let alnum_around = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                if alnum_around && !keep_hyphens {
                    let part = &s[seg_start..pos];
                    let is_prefix = first_hyphen && d.prefixes.contains(&part.to_lowercase());
                    first_hyphen = false;
                    if !is_prefix {
                        push_seg(out, seg_start, pos);
                        push_seg(out, pos, next_pos);
                        seg_start = next_pos;
                    }
                }
            }
            '/' if k > 0 && next.is_some() && !keep_slashes => {
                let words_around = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                let left = &s[seg_start..pos];
                let right_len = s[next_pos..]
                    .find(|x: char| !x.is_alphanumeric())
                    .unwrap_or(s.len() - next_pos);
                if words_around && left.chars().count() >= 2 && right_len >= 2 {
                    push_seg(out, seg_start, pos);
                    push_seg(out, pos, next_pos);
                    seg_start = next_pos;
                }
            }
            ',' if k > 0 && next.is_some() => {
                let digits = prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit());
                if !digits {
                    push_seg(out, seg_start, pos);
                    push_seg(out, pos, next_pos);
                    seg_start = next_pos;
                }
            }
            '.' if k > 0 && next == Some('.') => {
                let mut e = k;
                while e < chars.len() && chars[e].1 == '.' {
                    e += 1;
                }
                if e < chars.len() {
                    push_seg(out, seg_start, pos);
                    let end = chars[e].0;
                    push_seg(out, pos, end);
                    seg_start = end;
                }
                k = e;
                continue;
            }
            '…' if k > 0 && next.is_some() => {
                push_seg(out, seg_start, pos);
                push_seg(out, pos, next_pos);
                seg_start = next_pos;
            }
            _ => {}
        }
        k += 1;
    }
    push_seg(out, seg_start, s.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRICKY: &[&str] = &[
        "",
        " ",
        "\r\n\r\n",
        "a\u{a0}b\u{2028}c\u{3000}d\u{85}e\u{b}f\u{c}g\th\r\ni",
        "  Don't  CAN’T won't y'all o'clock rock'n'roll '90s parents' ’tis  ",
        "cannot Cannot CANNOT gonna wanna dont aint a t at ta cat Cat canNOT",
        "supercalifragilistic 1234567890123 abcdefghijklmnopqrstuvwxyz",
        "U.S. e.g. 5.93 155,221 a..b ... wait...what 713-853-3989 9/11 and/or",
        "“Quoted,” she said—then left… (really) [x] {y} <z> ¿qué? ¡sí!",
        "$100 £5 €3.50 20% -5 --x x-- -- — – ‼ ⁇ ?! !!",
        "http://x.co/a.b. www.example.com, a.b@c.org! @handle #tag",
        "e-mail non-stop search-engine co-op anti-war Post-War",
        "naïve café İstanbul ß Σίσυφος ǅemal x\u{301} 日本語 😀.",
        "&amp; &#8217; &nbsp; <p> ''quoted'' ``quoted'' ’’ ″",
        "• bullet ▪ item ► next ●x",
    ];

    /// The character-by-character split into whitespace-free chunks that
    /// `tokenize_into` replaces with a byte scan; every chunk through `chunk`.
    fn tokenize_general(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                if let Some(a) = start.take() {
                    chunk(text, a, i, &mut out);
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(a) = start {
            chunk(text, a, text.len(), &mut out);
        }
        out
    }

    #[test]
    fn byte_scan_matches_char_scan() {
        for t in TRICKY {
            let mut fast = Vec::new();
            tokenize_into(t, 0, t.len(), &mut fast);
            assert_eq!(fast, tokenize_general(t), "{t:?}");
        }
        for b in 0..0x80u8 {
            let c = char::from(b);
            let class = BYTE_CLASS[usize::from(b)];
            assert_eq!(class == SPACE, c.is_whitespace(), "{b:#x}");
            assert_eq!(class == ALNUM, c.is_ascii_alphanumeric(), "{b:#x}");
        }
        assert!(BYTE_CLASS[0x80..].iter().all(|&c| c == NON_ASCII));
    }

    #[test]
    fn fast_paths_match_general_paths() {
        let words = TRICKY.iter().flat_map(|t| t.split_whitespace());
        for w in words {
            // `plain_chunk` is `word` for plain ASCII words
            if w.bytes().all(|c| c.is_ascii_alphanumeric()) {
                let (mut x, mut y) = (Vec::new(), Vec::new());
                plain_chunk(w, 0, w.len(), &mut x);
                word(w, 0, w.len(), &mut y);
                assert_eq!(x, y, "{w:?}");
            }
            // `inner` without its quick test
            let (mut x, mut y) = (Vec::new(), Vec::new());
            inner(w, 0, w.len(), &mut x);
            inner_split(w, 0, w.len(), &mut y);
            assert_eq!(x, y, "{w:?}");
            // no clitic where `may_have_clitic` says so
            if !may_have_clitic(w.as_bytes()) {
                let lower = w.to_lowercase();
                assert!(
                    !CLITICS.iter().any(|c| lower.ends_with(c)),
                    "{w:?} ends with a clitic"
                );
            }
        }
    }

    #[test]
    fn ewt_conventions() {
        assert_eq!(
            tokenize("I can't go, don't you see?"),
            vec!["I", "ca", "n't", "go", ",", "do", "n't", "you", "see", "?"]
        );
        assert_eq!(
            tokenize("Trump’s U.S. envoy met Mr. Putin."),
            vec!["Trump", "’s", "U.S.", "envoy", "met", "Mr.", "Putin", "."]
        );
        assert_eq!(
            tokenize("(155,221 bags, 5.93 mln)"),
            vec!["(", "155,221", "bags", ",", "5.93", "mln", ")"]
        );
        assert_eq!(
            tokenize("a search-engine e-mail, call 713-853-3989"),
            vec![
                "a",
                "search",
                "-",
                "engine",
                "e-mail",
                ",",
                "call",
                "713-853-3989"
            ]
        );
        assert_eq!(
            tokenize("“convergence.\" ’’ready,″"),
            vec!["“", "convergence", ".", "\"", "’’", "ready", ",", "″"]
        );
        assert_eq!(
            tokenize("See https://apnews.com/hub/x. Or mail a.b@c.org!"),
            vec![
                "See",
                "https://apnews.com/hub/x",
                ".",
                "Or",
                "mail",
                "a.b@c.org",
                "!"
            ]
        );
        assert_eq!(
            tokenize("$100 and 20% and/or cannot"),
            vec!["$", "100", "and", "20", "%", "and", "/", "or", "can", "not"]
        );
        assert_eq!(
            tokenize("Witkoff — Trump's envoy...wait"),
            vec!["Witkoff", "—", "Trump", "'s", "envoy", "...", "wait"]
        );
        assert_eq!(
            tokenize("the parents' game.''"),
            vec!["the", "parents", "'", "game", ".", "''"]
        );
    }
}
