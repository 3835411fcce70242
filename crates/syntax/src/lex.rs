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
            l.amb = self.class(l);
        }
    }

    /// The ambiguity class of a token (0 if the word is unknown).
    #[inline]
    pub fn class(&self, l: &Lex) -> u64 {
        self.map.get(&Self::word_key(l)).copied().unwrap_or(0) as u64
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

/// Slots of a [`FormMemo`] (direct-mapped).
const MEMO_SLOTS: usize = 2048;
/// Longest form (in bytes) a [`FormMemo`] keeps; longer ones are computed.
pub(crate) const LEX_FORM: usize = 24;

/// A direct-mapped memo of values that depend on a form, one byte of
/// context (a tag id, or 0) and the model alone: the owner passes the
/// model's id and the memo empties itself when it changes. A slot's key is
/// the form's bytes (zero-padded), its length and the context byte, so a
/// value is only ever returned for its own key and results are exactly
/// those of `compute`. The empty form and forms longer than [`LEX_FORM`]
/// bytes are computed every time.
#[derive(Debug, Default)]
pub(crate) struct FormMemo<V> {
    model: u64,
    /// Form bytes (zero-padded), form length (0 = empty slot), context.
    keys: Vec<([u8; LEX_FORM], u8, u8)>,
    vals: Vec<V>,
}

impl<V: Clone + Default> FormMemo<V> {
    /// The value of (`form`, `context`): kept, or `compute`d and kept.
    #[inline]
    pub(crate) fn get(
        &mut self,
        model: u64,
        form: &str,
        context: u8,
        compute: impl FnOnce() -> V,
    ) -> V {
        let b = form.as_bytes();
        if b.is_empty() || b.len() > LEX_FORM {
            return compute();
        }
        if self.model != model || self.keys.len() != MEMO_SLOTS {
            self.model = model;
            self.keys = vec![([0; LEX_FORM], 0, 0); MEMO_SLOTS];
            self.vals = vec![V::default(); MEMO_SLOTS];
        }
        let mut key = [0u8; LEX_FORM];
        key[..b.len()].copy_from_slice(b);
        let mut h = context as u64;
        for c in key.chunks_exact(8) {
            let mut x = [0u8; 8];
            x.copy_from_slice(c);
            h = mix(h, u64::from_le_bytes(x));
        }
        let slot = (h >> (64 - MEMO_SLOTS.trailing_zeros())) as usize;
        match (self.keys.get_mut(slot), self.vals.get_mut(slot)) {
            (Some(k), Some(v)) => {
                let want = (key, b.len() as u8, context);
                if *k != want {
                    *v = compute();
                    *k = want;
                }
                v.clone()
            }
            // not reached: `slot` < MEMO_SLOTS
            _ => compute(),
        }
    }
}

/// The features ([`Lex`], ambiguity class included) of recently seen
/// forms, so that a frequent word is not lower-cased, shaped and hashed
/// again at every occurrence: results are exactly those of [`lex`] and
/// [`AmbLexicon::fill`].
#[derive(Debug, Default)]
pub struct LexMemo(FormMemo<Lex>);

impl LexMemo {
    /// Features of every word of a sentence into `out`, as [`lex_all`]
    /// then `amb.fill` would give them.
    pub fn lex_all(&mut self, words: &[&str], amb: &AmbLexicon, model: u64, out: &mut Vec<Lex>) {
        let mut buf = Vec::with_capacity(32);
        out.clear();
        for w in words {
            out.push(self.0.get(model, w, 0, || {
                let mut l = lex(w, &mut buf);
                l.amb = amb.class(&l);
                l
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memoised_features_equal_computed_ones() {
        let mut amb = AmbLexicon::default();
        let mut buf = Vec::new();
        for w in ["the", "Paris", "1999"] {
            let l = lex(w, &mut buf);
            amb.insert(AmbLexicon::word_key(&l), 7);
        }
        // repeats, case variants, an empty form, a form past the memo's
        // length limit, non-ASCII, and many forms so that slots collide
        let mut words: Vec<String> = [
            "the", "The", "THE", "", "Paris", "1999", "2024", "École", "naïve",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        words.push("x".repeat(LEX_FORM));
        words.push("y".repeat(LEX_FORM + 1));
        words.extend((0..5000).map(|i| format!("w{i}")));
        let all: Vec<&str> = words.iter().map(|s| s.as_str()).collect();
        let mut plain = Vec::new();
        lex_all(&all, &mut plain);
        amb.fill(&mut plain);
        let mut memo = LexMemo::default();
        let mut got = Vec::new();
        // a first pass fills (and overwrites) slots; the second reads them
        for chunk in all.chunks(7) {
            memo.lex_all(chunk, &amb, 1, &mut got);
        }
        let mut memoised = Vec::new();
        for chunk in all.chunks(7) {
            memo.lex_all(chunk, &amb, 1, &mut got);
            memoised.extend_from_slice(&got);
        }
        assert_eq!(plain, memoised);
        assert!(plain.iter().any(|l| l.amb == 7));
        // another model's lexicon: the memo starts again
        let other = AmbLexicon::default();
        memo.lex_all(&["the"], &other, 2, &mut got);
        assert_eq!(got[0].amb, 0);
    }

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
