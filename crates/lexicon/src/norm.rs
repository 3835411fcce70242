//! Token normalisation shared by the lexicon compiler and the matcher.

/// Folds one character: lower case, Latin diacritics removed, typographic
/// apostrophes and dashes made plain. Returns `None` to drop it.
fn fold(c: char, out: &mut String) {
    match c {
        '.' => {}
        '\u{2019}' | '\u{2018}' | '`' | '\u{00b4}' => out.push('\''),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => out.push('-'),
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => out.push('a'),
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => out.push('c'),
        'Ď' | 'ď' | 'Đ' | 'đ' => out.push('d'),
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => {
            out.push('e')
        }
        'Ğ' | 'ğ' => out.push('g'),
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'İ' | 'ı' => out.push('i'),
        'Ł' | 'ł' => out.push('l'),
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' => out.push('n'),
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => out.push('o'),
        'Ř' | 'ř' => out.push('r'),
        'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' | 'ß' => out.push('s'),
        'Ť' | 'ť' | 'Ţ' | 'ţ' => out.push('t'),
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' => out.push('u'),
        'Ý' | 'ý' | 'ÿ' => out.push('y'),
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => out.push('z'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase()),
    }
}

/// The normal form of a token: lower case, no diacritics, no periods
/// (`U.S.` and `US` both become `us`).
pub fn norm_token(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    norm_into(s, &mut out);
    out
}

/// [`norm_token`] into a reused buffer (cleared first).
pub fn norm_into(s: &str, out: &mut String) {
    out.clear();
    norm_push(s, out);
}

/// Appends the normalised form of `s` to `out` (as [`norm_into`] would
/// write it).
pub fn norm_push(s: &str, out: &mut String) {
    let start = out.len();
    if s.is_ascii() {
        if !s.as_bytes().contains(&b'.') {
            // the common case: copied whole, lower-cased in place
            out.push_str(s);
            out[start..].make_ascii_lowercase();
            return;
        }
        for &b in s.as_bytes() {
            if b != b'.' {
                out.push(b.to_ascii_lowercase() as char);
            }
        }
    } else {
        for c in s.chars() {
            fold(c, out);
        }
    }
    if out.len() == start && !s.is_empty() {
        out.push('.');
    }
}

/// Byte classes of ASCII for [`norm_shape_push`] and [`ascii_shape`]: 1
/// upper-case letter, 2 lower-case letter, 4 a period or a non-ASCII byte
/// (the general path), 8 a hyphen, 0 anything else.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [4u8; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'A'..=b'Z' => 1,
            b'a'..=b'z' => 2,
            b'.' => 4,
            b'-' => 8,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// What one pass over an ASCII token without periods tells: its [`shape`],
/// whether it has an upper-case letter (else it is its own normal form)
/// and whether it has a hyphen. `None` for any other token.
pub fn ascii_shape(s: &str) -> Option<(Shape, bool, bool)> {
    let b = s.as_bytes();
    let mut acc = 0u8;
    let mut letters = 0u32;
    for &c in b {
        let k = BYTE_CLASS[c as usize];
        acc |= k;
        letters += u32::from(k & 3 != 0);
    }
    if acc & 4 != 0 {
        return None;
    }
    let first = b
        .iter()
        .map(|&c| BYTE_CLASS[c as usize] & 3)
        .find(|&k| k != 0)
        .unwrap_or(0);
    Some((
        Shape {
            cap: first == 1,
            upper: letters >= 2 && acc & 2 == 0,
            noalpha: letters == 0,
        },
        acc & 1 != 0,
        acc & 8 != 0,
    ))
}

/// [`norm_push`] and [`shape`] of `s` in one pass over its bytes (the
/// same results as calling both).
pub fn norm_shape_push(s: &str, out: &mut String) -> Shape {
    let Some((sh, upper, _)) = ascii_shape(s) else {
        // a period or a non-ASCII character: the general path
        norm_push(s, out);
        return shape(s);
    };
    let start = out.len();
    out.push_str(s);
    if upper {
        out[start..].make_ascii_lowercase();
    }
    sh
}

/// Case shape of a surface token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shape {
    /// First letter is upper case.
    pub cap: bool,
    /// Has letters and none is lower case (with at least two letters).
    pub upper: bool,
    /// Has no letter at all.
    pub noalpha: bool,
}

pub fn shape(s: &str) -> Shape {
    if s.is_ascii() {
        // the same tests on bytes: counts of upper- and lower-case letters,
        // and the case of the first letter
        let b = s.as_bytes();
        let mut k = 0;
        while k < b.len() && !b[k].is_ascii_alphabetic() {
            k += 1;
        }
        let Some(&f) = b.get(k) else {
            return Shape {
                cap: false,
                upper: false,
                noalpha: true,
            };
        };
        let (mut upper, mut lower) = (0u32, 0u32);
        for &c in &b[k..] {
            upper += u32::from(c.is_ascii_uppercase());
            lower += u32::from(c.is_ascii_lowercase());
        }
        return Shape {
            cap: f.is_ascii_uppercase(),
            upper: upper + lower >= 2 && lower == 0,
            noalpha: false,
        };
    }
    let mut letters = 0;
    let mut lower = 0;
    let mut first: Option<bool> = None;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_lowercase() {
                lower += 1;
            }
            if first.is_none() {
                first = Some(c.is_uppercase());
            }
        }
    }
    Shape {
        cap: first == Some(true),
        upper: letters >= 2 && lower == 0,
        noalpha: letters == 0,
    }
}

fn is_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}'
            | '\u{201d}'
            | '\u{201e}'
            | '\u{2033}'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '\u{2014}'
            | '\u{2026}'
            | '*'
    )
}

fn is_quote_like(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}')
}

/// Splits text into word spans (byte offsets): whitespace-separated, with
/// punctuation, a possessive `'s` and a sentence-final period split off.
pub fn tokenize(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    tokenize_into(text, &mut out);
    out
}

/// [`tokenize`] into a reused vector (cleared first).
pub fn tokenize_into(text: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let n = text.len();
    let mut i = 0;
    loop {
        // skip white space to the piece's start
        let start = loop {
            if i >= n {
                return;
            }
            let (white, len) = white_at(text, i);
            if !white {
                break i;
            }
            i += len;
        };
        // the piece runs to the next white space (or the end)
        while i < n {
            let (white, len) = white_at(text, i);
            if white {
                break;
            }
            i += len;
        }
        split_piece(start, &text[start..i], out);
    }
}

/// Is the character at byte `i` of `text` (a character boundary) white
/// space, and its length in bytes. An ASCII byte is tested as it is (the
/// same answer as `char::is_whitespace`); anything else is decoded.
#[inline]
fn white_at(text: &str, i: usize) -> (bool, usize) {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (matches!(b, b'\t'..=b'\r' | b' '), 1),
        _ => match text.get(i..).and_then(|r| r.chars().next()) {
            Some(c) => (c.is_whitespace(), c.len_utf8()),
            // (not reached: `i` is a boundary before the end)
            None => (false, 1),
        },
    }
}

fn split_piece(start: usize, piece: &str, out: &mut Vec<(usize, usize)>) {
    // the common case: opening and closing with an ASCII letter or digit
    // there is no punctuation to split off, and no possessive unless it
    // ends in `s` after an apostrophe (`'`, or the last byte of `’`)
    let b = piece.as_bytes();
    if let (Some(&f), Some(&l)) = (b.first(), b.last()) {
        let poss =
            matches!(l, b's' | b'S') && b.len() >= 2 && matches!(b[b.len() - 2], b'\'' | 0x99);
        if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() && !poss {
            out.push((start, start + piece.len()));
            return;
        }
    }
    let mut s = 0;
    let mut e = piece.len();
    let mut tail = Vec::new();
    // leading punctuation
    while s < e {
        let c = piece[s..e].chars().next().unwrap_or(' ');
        let rest = &piece[s + c.len_utf8()..e];
        if is_punct(c) || (is_quote_like(c) && !rest.is_empty() && rest != "s" && rest != "S") {
            out.push((start + s, start + s + c.len_utf8()));
            s += c.len_utf8();
        } else {
            break;
        }
    }
    // trailing punctuation
    loop {
        if s >= e {
            break;
        }
        let c = piece[s..e].chars().next_back().unwrap_or(' ');
        if is_punct(c) || (c == '.' && !keeps_period(&piece[s..e])) {
            tail.push((start + e - c.len_utf8(), start + e));
            e -= c.len_utf8();
            continue;
        }
        if is_quote_like(c) {
            // plural possessive ("officials'") or a closing quote
            tail.push((start + e - c.len_utf8(), start + e));
            e -= c.len_utf8();
            continue;
        }
        break;
    }
    if s < e {
        let w = &piece[s..e];
        // possessive 's / ’s
        let poss = ["'s", "\u{2019}s", "'S", "\u{2019}S"]
            .iter()
            .find(|p| w.len() > p.len() && w.ends_with(*p));
        match poss {
            Some(p) => {
                let cut = e - p.len();
                out.push((start + s, start + cut));
                out.push((start + cut, start + e));
            }
            None => out.push((start + s, start + e)),
        }
    }
    out.extend(tail.into_iter().rev());
}

/// Does a word ending in `.` keep it (abbreviation) rather than end a
/// sentence? `U.S.`, `Lt.`, `J.`.
fn keeps_period(w: &str) -> bool {
    let body = &w[..w.len() - 1];
    if body.contains('.') {
        return true;
    }
    let n = body.chars().count();
    let cap = body.chars().next().is_some_and(|c| c.is_uppercase());
    cap && n <= 3 && body.chars().all(|c| c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t).into_iter().map(|(s, e)| &t[s..e]).collect()
    }

    #[test]
    fn tokenizes_news_text() {
        assert_eq!(
            words("Trump’s envoy, Lt. Gen. Kellogg, met U.S. officials."),
            vec![
                "Trump",
                "’s",
                "envoy",
                ",",
                "Lt.",
                "Gen.",
                "Kellogg",
                ",",
                "met",
                "U.S.",
                "officials",
                "."
            ]
        );
        assert_eq!(
            words("“Peace,” she said."),
            vec!["“", "Peace", ",", "”", "she", "said", "."]
        );
        for t in [
            "Élysée",
            "U.S.",
            "US",
            "Us",
            "3-0",
            "a",
            "",
            "...",
            "McCain",
            "ÉU",
            "al-Qaida",
            "Ja’afari",
        ] {
            let mut a = String::from("x");
            let sh = norm_shape_push(t, &mut a);
            assert_eq!(a, format!("x{}", norm_token(t)), "{t}");
            assert_eq!(sh, shape(t), "{t}");
            if let Some((sh, upper, hyphen)) = ascii_shape(t) {
                assert_eq!(sh, shape(t), "{t}");
                assert_eq!(!upper, norm_token(t) == t, "{t}");
                assert_eq!(hyphen, t.contains('-'), "{t}");
            }
        }
        assert_eq!(norm_token("Élysée"), "elysee");
        assert_eq!(norm_token("U.S."), "us");
        assert_eq!(norm_token("’s"), "'s");
        assert!(shape("U.S.").upper);
        assert_eq!(
            shape("Élysée"),
            Shape {
                cap: true,
                upper: false,
                noalpha: false
            }
        );
        assert_eq!(shape("ÉU"), shape("EU"));
        assert_eq!(
            shape("3-0"),
            Shape {
                cap: false,
                upper: false,
                noalpha: true
            }
        );
        assert!(!shape("Us").upper);
        // white space of every kind separates; the split-off fast path
        // keeps a possessive and trailing punctuation
        assert_eq!(
            words(" a\u{a0}b\u{2003}c\td\x0be\u{85}f\r\n officials' Syria's 3rd, 42 "),
            vec![
                "a",
                "b",
                "c",
                "d",
                "e",
                "f",
                "officials",
                "'",
                "Syria",
                "'s",
                "3rd",
                ",",
                "42"
            ]
        );
        assert!(tokenize(" \t ").is_empty());
        let t = "a\u{a0}Kyiv b";
        for (s, e) in tokenize(t) {
            assert!(t.get(s..e).is_some());
        }
    }
}
