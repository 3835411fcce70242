//! The pattern vocabulary as a flat open-addressing table: the coder looks
//! up every token's form and lemma (and a verb's regular stems), so the
//! lookup avoids the pointer chase of a `HashMap<String, u32>`. Words of up
//! to 16 bytes are stored in the slot itself and compared as two integers;
//! longer ones are compared against a shared byte buffer.

/// A word of up to 16 bytes as two integers: with its length, they tell
/// the word (the first and last 8 bytes, overlapping, cover a word of 8 to
/// 16 bytes; the first and last 4 one of 4 to 7; the first, middle and
/// last byte one of 1 to 3). No copy through a buffer.
#[inline]
fn pack16(w: &[u8]) -> (u64, u64) {
    let n = w.len();
    let le8 = |b: &[u8]| {
        let mut x = [0u8; 8];
        x.copy_from_slice(&b[..8]);
        u64::from_le_bytes(x)
    };
    let le4 = |b: &[u8]| {
        let mut x = [0u8; 4];
        x.copy_from_slice(&b[..4]);
        u64::from(u32::from_le_bytes(x))
    };
    if n >= 8 {
        (le8(w), le8(&w[n - 8..]))
    } else if n >= 4 {
        (le4(w) | (le4(&w[n - 4..]) << 32), 0)
    } else if n > 0 {
        (
            u64::from(w[0]) | (u64::from(w[n / 2]) << 8) | (u64::from(w[n - 1]) << 16),
            0,
        )
    } else {
        (0, 0)
    }
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(K).rotate_left(29)
}

/// Hash of a word (any length).
#[inline]
fn hash(w: &[u8]) -> u64 {
    let mut h = (w.len() as u64).wrapping_mul(K);
    let mut rest = w;
    while rest.len() > 16 {
        let (a, b) = pack16(&rest[..16]);
        h = mix(mix(h, a), b);
        rest = &rest[16..];
    }
    let (a, b) = pack16(rest);
    h = mix(mix(h, a), b);
    h ^ (h >> 31)
}

/// [`hash`] of a word of up to 16 bytes from its [`pack16`] integers.
#[inline]
fn hash16(len: usize, a: u64, b: u64) -> u64 {
    let h = mix(mix((len as u64).wrapping_mul(K), a), b);
    h ^ (h >> 31)
}

/// One slot: the word (inline when short), its length and id.
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(32))]
struct Slot {
    k0: u64,
    k1: u64,
    /// Id + 1 (0: empty).
    id1: u32,
    len: u32,
    /// Start of a long word in [`WordTable::long`].
    off: u32,
}

/// Word -> id, built once from the interned vocabulary.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordTable {
    slots: Vec<Slot>,
    mask: usize,
    /// The bytes of the words longer than 16 bytes.
    long: Vec<u8>,
}

impl WordTable {
    /// The table of `(word, id)` pairs (words distinct).
    pub(crate) fn build<'a>(words: impl ExactSizeIterator<Item = (&'a str, u32)>) -> WordTable {
        let n = words.len();
        let cap = (n * 2 + 2).next_power_of_two();
        let mut t = WordTable {
            slots: vec![Slot::default(); cap],
            mask: cap - 1,
            long: Vec::new(),
        };
        for (w, id) in words {
            let w = w.as_bytes();
            let mut s = Slot {
                id1: id + 1,
                len: w.len() as u32,
                ..Slot::default()
            };
            if w.len() <= 16 {
                (s.k0, s.k1) = pack16(w);
            } else {
                s.off = t.long.len() as u32;
                t.long.extend_from_slice(w);
            }
            let mut i = hash(w) as usize & t.mask;
            while t.slots[i].id1 != 0 {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = s;
        }
        t
    }

    /// The id of a word.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let w = w.as_bytes();
        let len = w.len() as u32;
        if w.len() <= 16 {
            let (a, b) = pack16(w);
            let mut i = hash16(w.len(), a, b) as usize & self.mask;
            loop {
                let s = &self.slots[i];
                if s.id1 == 0 {
                    return None;
                }
                if s.len == len && s.k0 == a && s.k1 == b {
                    return Some(s.id1 - 1);
                }
                i = (i + 1) & self.mask;
            }
        }
        let mut i = hash(w) as usize & self.mask;
        loop {
            let s = &self.slots[i];
            if s.id1 == 0 {
                return None;
            }
            if s.len == len && self.long.get(s.off as usize..(s.off + s.len) as usize) == Some(w) {
                return Some(s.id1 - 1);
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_word_and_no_other() {
        let words: Vec<String> = (0..3000)
            .map(|i| match i % 5 {
                0 => format!("w{i}"),
                1 => format!("a-rather-long-word-number-{i}"),
                2 => format!("x{i:06}"),
                3 => format!("{}", i % 26),
                _ => format!("exactly16bytes{:02}", i % 100),
            })
            .collect();
        let mut uniq = words.clone();
        uniq.sort();
        uniq.dedup();
        let t = WordTable::build(uniq.iter().enumerate().map(|(i, w)| (w.as_str(), i as u32)));
        for (i, w) in uniq.iter().enumerate() {
            assert_eq!(t.get(w), Some(i as u32), "{w}");
        }
        for w in [
            "",
            "w",
            "w1x",
            "a-rather-long-word-number-",
            "exactly16bytes0",
            "x",
            "x00000",
            "x0000000",
        ] {
            assert_eq!(t.get(w), None, "{w}");
        }
        assert_eq!(WordTable::default().get("w0"), None);
        for w in ["", "a", "ab", "abcd", "abcdefgh", "exactly16bytes00"] {
            let (a, b) = pack16(w.as_bytes());
            assert_eq!(hash16(w.len(), a, b), hash(w.as_bytes()), "{w}");
        }
    }
}
