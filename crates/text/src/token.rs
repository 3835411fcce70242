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
    let mut chunk_start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if let Some(a) = chunk_start.take() {
                chunk(text, start + a, start + i, out);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    if let Some(a) = chunk_start {
        chunk(text, start + a, end, out);
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
    // fast path: a plain ASCII word or number without punctuation
    let bytes = &text.as_bytes()[a..b];
    if bytes.iter().all(u8::is_ascii_alphanumeric) {
        let last = bytes[bytes.len() - 1].to_ascii_lowercase();
        if !(last == b't' || last == b'a') || bytes.len() > 12 {
            out.push((a, b));
            return;
        }
        // it may be a listed split ("cannot", "gonna"): with no outer
        // punctuation to strip, straight to `word` (a single character is
        // a token as it is, as in the loop below)
        if bytes.len() == 1 {
            out.push((a, b));
        } else {
            word(text, a, b, out);
        }
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
    // trailing punctuation (collected in reverse)
    let mut tail: Vec<(usize, usize)> = Vec::new();
    loop {
        let s = &text[a..b];
        let Some(c) = last_char(s) else { break };
        if s.len() == c.len_utf8() {
            break;
        }
        let cl = c.len_utf8();
        if (s.ends_with("''") || s.ends_with("’’")) && s.len() > 2 * cl {
            tail.push((b - 2 * cl, b));
            b -= 2 * cl;
            continue;
        }
        if is_close_quote(c) {
            if c == '\'' || c == '’' {
                // keep the apostrophe of a clitic-less word only when the word is
                // nothing else ("'"); plural possessive "parents'" splits too.
            }
            tail.push((b - cl, b));
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
            tail.push((b - 1, b));
            b -= 1;
            continue;
        }
        if matches!(c, ',' | ';' | ':') {
            tail.push((b - 1, b));
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
            tail.push((b - run, b));
            b -= run;
            continue;
        }
        if c == '-' || c == '—' || c == '–' {
            let run = s.chars().rev().take_while(|&x| x == c).count();
            if run * cl < s.len() && (run >= 2 || c != '-') {
                tail.push((b - run * cl, b));
                b -= run * cl;
                continue;
            }
            break;
        }
        if c == '…' {
            tail.push((b - cl, b));
            b -= cl;
            continue;
        }
        if c == '%' && s.len() > 1 {
            tail.push((b - 1, b));
            b -= 1;
            continue;
        }
        if c == '.' {
            let run = s.bytes().rev().take_while(|&x| x == b'.').count();
            if run == s.len() {
                break;
            }
            if run >= 2 {
                tail.push((b - run, b));
                b -= run;
                continue;
            }
            let word = &s[..s.len() - 1];
            if !protected && abbr_class(word).is_some() {
                break;
            }
            tail.push((b - 1, b));
            b -= 1;
            continue;
        }
        break;
    }
    if a < b {
        if protected {
            out.push((a, b));
        } else {
            word(text, a, b, out);
        }
    }
    out.extend(tail.into_iter().rev());
}

const CLITICS: [&str; 14] = [
    "n't", "n’t", "'s", "’s", "'m", "’m", "'d", "’d", "'re", "’re", "'ve", "’ve", "'ll", "’ll",
];

/// A word without outer punctuation: clitics, listed splits, inner punctuation.
fn word(text: &str, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[a..b];
    let d = data();
    if s.len() <= 12 && s.is_ascii() {
        if let Some(parts) = lookup_lower(&d.splits, s) {
            let mut p = a;
            for l in parts {
                out.push((p, p + l));
                p += l;
            }
            return;
        }
    }
    // clitics at the end
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

/// Splits inner hyphens, dashes, slashes, ellipses and commas.
fn inner(text: &str, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[a..b];
    if !s
        .bytes()
        .any(|c| matches!(c, b'-' | b'/' | b',' | b'.' | 0xE2))
    {
        out.push((a, b));
        return;
    }
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
