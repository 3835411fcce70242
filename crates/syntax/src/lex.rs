//! Per-token lexical features, computed once per token and shared by the
//! tagger, the parser and the labeller: hashes of the lower-cased word
//! (digits folded to `0`), the exact form, suffixes, prefixes and shape.

use crate::hash::{hash_chars, hash_str, key, mix, IdMap};

/// Hashed lexical features of one token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lex {
    /// Lower-cased form, digits folded to `0`.
    pub w: u64,
    /// Exact form.
    pub form: u64,
    /// Suffixes of length 1..=4 of the lower-cased form.
    pub suf: [u64; 4],
    /// Prefixes of length 1..=3.
    pub pre: [u64; 3],
    /// Word shape: `X` upper, `x` lower, `d` digit, other chars kept; runs
    /// longer than 2 cut.
    pub shape: u64,
    /// True when the first char is upper-case.
    pub cap: bool,
    /// Ambiguity class: signature of the tags the word had in training
    /// (0 when unknown); filled by [`AmbLexicon::fill`].
    pub amb: u64,
}

/// Sentinel word hashes for positions outside the sentence.
pub const PAD: u64 = 0x1234_5678_9abc_def1;
pub const ROOT: u64 = 0x0fed_cba9_8765_4321;

/// Compute the lexical features of `word`, using `buf` as scratch.
pub fn lex(word: &str, buf: &mut Vec<char>) -> Lex {
    buf.clear();
    let mut shape = 0x51ed_270b_2705_6a81u64;
    let mut last = '\0';
    let mut run = 0;
    let mut cap = false;
    for (i, c) in word.chars().enumerate() {
        if i >= 64 {
            break;
        }
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if i == 0 {
            cap = class == 'X';
        }
        if class == last {
            run += 1;
        } else {
            run = 1;
            last = class;
        }
        if run <= 2 {
            shape = mix(shape, class as u64);
        }
        if c.is_ascii_digit() {
            buf.push('0');
        } else if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else {
            for l in c.to_lowercase() {
                buf.push(l);
            }
        }
    }
    let n = buf.len();
    let mut suf = [PAD; 4];
    for (k, s) in suf.iter_mut().enumerate() {
        let l = (k + 1).min(n);
        *s = hash_chars(&buf[n - l..]);
    }
    let mut pre = [PAD; 3];
    for (k, p) in pre.iter_mut().enumerate() {
        let l = (k + 1).min(n);
        *p = hash_chars(&buf[..l]);
    }
    Lex {
        w: hash_chars(buf),
        form: hash_str(word),
        suf,
        pre,
        shape,
        cap,
        amb: 0,
    }
}

/// Word -> ambiguity class (the set of tags a word takes in training).
#[derive(Debug, Clone, Default)]
pub struct AmbLexicon {
    map: IdMap<u32, u32>,
}

impl AmbLexicon {
    /// Key of a word in the lexicon.
    #[inline]
    pub fn word_key(l: &Lex) -> u32 {
        key(l.w)
    }

    pub fn insert(&mut self, word: u32, class: u32) {
        self.map.insert(word, class);
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Set `amb` of every token.
    pub fn fill(&self, lex: &mut [Lex]) {
        for l in lex {
            l.amb = self.map.get(&Self::word_key(l)).copied().unwrap_or(0) as u64;
        }
    }

    /// Entries sorted by word key (for serialisation).
    pub fn entries(&self) -> Vec<(u32, u32)> {
        let mut v: Vec<(u32, u32)> = self.map.iter().map(|(&a, &b)| (a, b)).collect();
        v.sort_unstable();
        v
    }
}

/// Lexical features of every word of a sentence.
pub fn lex_all(words: &[&str], out: &mut Vec<Lex>) {
    let mut buf = Vec::with_capacity(32);
    out.clear();
    out.extend(words.iter().map(|w| lex(w, &mut buf)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_and_digits_fold() {
        let mut b = Vec::new();
        assert_eq!(lex("Hello", &mut b).w, lex("hello", &mut b).w);
        assert_ne!(lex("Hello", &mut b).form, lex("hello", &mut b).form);
        assert_eq!(lex("1999", &mut b).w, lex("2024", &mut b).w);
        assert_eq!(lex("Paris", &mut b).shape, lex("London", &mut b).shape);
        assert!(lex("Paris", &mut b).cap);
        let e = lex("", &mut b);
        assert_eq!(e.suf[3], e.suf[0]);
        let _ = lex("ÉCOLE☃\u{0}\u{10FFFF}", &mut b);
    }
}
