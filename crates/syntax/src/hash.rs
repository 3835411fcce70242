//! Fast non-cryptographic hashing: FxHash-style mixing of words and affixes
//! (with a SplitMix finaliser for word keys, [`key`]) and the 32-bit
//! feature keys of the templates ([`feature_key`]). 0 is reserved for
//! "empty slot" in the weight tables.

use std::hash::{BuildHasherDefault, Hasher};

pub const K: u64 = 0x517c_c1b7_2722_0a95;

/// Mix one 64-bit value into a running hash.
#[inline(always)]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Hash a sequence of chars.
#[inline]
pub fn hash_chars(cs: &[char]) -> u64 {
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    for &c in cs {
        h = mix(h, c as u64);
    }
    mix(h, cs.len() as u64)
}

/// Hash a string.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    let mut n = 0u64;
    for c in s.chars() {
        h = mix(h, c as u64);
        n += 1;
    }
    mix(h, n)
}

/// Finalise a hash into a non-zero 32-bit key (the word keys of the
/// ambiguity lexicon and tag dictionary; feature keys use [`feature_key`]).
#[inline(always)]
pub fn key(h: u64) -> u32 {
    let mut z = h;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    let k = (z >> 32) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// Multiplier of the feature-key finish (odd, from the golden ratio).
const K2: u64 = 0x9e37_79b9_7f4a_7c15;

/// Feature key of the template start `tk` (`t * K`) and three values.
///
/// The values are folded in by rotation and xor (each at its own
/// rotation, so their order matters) and the sum is finished by one
/// multiply, whose high half is the key (0 is reserved, so it reads 1).
/// Feature values are either well-mixed hashes (words, affixes) or small
/// numbers in distinct bit ranges (tags, labels, counts), so this keeps
/// distinct features apart as well as a full mix of every value does, at
/// a third of the work: it is computed some 50 times per parser step.
#[inline(always)]
pub fn feature_key(tk: u64, a: u64, b: u64, c: u64) -> u32 {
    let h = tk ^ a ^ b.rotate_left(21) ^ c.rotate_left(42);
    ((h.wrapping_mul(K2) >> 32) as u32).max(1)
}

/// Feature key of a template id and up to three values (`f1(t, a)` is
/// `f2(t, a, 0)`, and `f2(t, a, b)` is `f3(t, a, b, 0)`).
#[inline(always)]
pub fn f1(t: u64, a: u64) -> u32 {
    feature_key(t.wrapping_mul(K), a, 0, 0)
}
#[inline(always)]
pub fn f2(t: u64, a: u64, b: u64) -> u32 {
    feature_key(t.wrapping_mul(K), a, b, 0)
}
#[inline(always)]
pub fn f3(t: u64, a: u64, b: u64, c: u64) -> u32 {
    feature_key(t.wrapping_mul(K), a, b, c)
}

/// One feature template as data: the key `f1`/`f2`/`f3` (by `arity`) of
/// its id `t` and up to three atoms, given as indexes `at` into an atom
/// array (index 0 holds the constant 0 and fills unused places). Lets a
/// classifier hash only the templates it needs, with the same keys as
/// calling `f1`/`f2`/`f3` directly.
#[derive(Clone, Copy)]
pub(crate) struct Spec {
    /// `t * K`, the start of the hash.
    tk: u64,
    /// Unused places hold 0 (the constant atom).
    at: [u8; 3],
}

impl Spec {
    pub(crate) const fn new(t: u64, at: [u8; 3], arity: u8) -> Spec {
        // unused places must read atom 0 (the constant 0), so that the
        // key is that of `f1`/`f2`; checked when the tables are compiled
        assert!(arity == 3 || at[2] == 0);
        assert!(arity >= 2 || at[1] == 0);
        Spec {
            tk: t.wrapping_mul(K),
            at,
        }
    }

    /// The atom indexes the template reads (with the constant 0 in the
    /// places its arity leaves unused).
    pub(crate) fn read(&self) -> &[u8] {
        &self.at
    }

    /// The same key as `f1(t, a)`, `f2(t, a, b)` or `f3(t, a, b, c)`
    /// (unused places read atom 0, the constant 0).
    #[inline(always)]
    pub(crate) fn key(&self, atoms: &[u64]) -> u32 {
        let v = |i: u8| atoms.get(i as usize).copied().unwrap_or(0);
        feature_key(self.tk, v(self.at[0]), v(self.at[1]), v(self.at[2]))
    }
}

/// The keys of templates `idx` (indexes into `specs`) for the atoms `at`
/// into `out`; returns how many.
#[inline]
pub(crate) fn keys_of(specs: &[Spec], at: &[u64], idx: &[u8], out: &mut [u32]) -> usize {
    let mut k = 0;
    for (&i, o) in idx.iter().zip(out.iter_mut()) {
        if let Some(sp) = specs.get(i as usize) {
            *o = sp.key(at);
            k += 1;
        }
    }
    k
}

/// A `Hasher` for keys that are already well-mixed hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, b as u64);
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = (i as u64).wrapping_mul(K);
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = i.wrapping_mul(K);
    }
}

pub type IdBuild = BuildHasherDefault<IdHasher>;
pub type IdMap<K, V> = std::collections::HashMap<K, V, IdBuild>;

/// Small deterministic PRNG (xorshift64*) for shuffling in training.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % (n.max(1) as u64)) as usize
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feature keys of structured values (small tags and labels in every
    /// place, word hashes) collide no more than random 32-bit keys would:
    /// a key set with more collisions than twice the birthday expectation
    /// fails.
    #[test]
    fn feature_keys_spread_like_random_keys() {
        let mut keys = Vec::new();
        // every template id with two small values (tags, labels, counts)
        for t in 0..84u64 {
            for a in 0..90u64 {
                for b in 0..90u64 {
                    keys.push(f2(t, a, b));
                }
            }
        }
        // three small values, and word hashes with a tag in the top byte
        for a in 0..60u64 {
            for b in 0..60u64 {
                for c in 0..60u64 {
                    keys.push(f3(200, a, b, c));
                }
            }
        }
        for w in 0..20_000u64 {
            let h = hash_str(&format!("w{w}"));
            keys.push(f1(100, h));
            keys.push(f1(101, h ^ ((w % 50) << 56)));
            keys.push(f2(102, h, w % 50));
        }
        assert!(keys.iter().all(|&k| k != 0));
        let n = keys.len() as f64;
        let expected = n * (n - 1.0) / 2.0 / 4_294_967_296.0;
        keys.sort_unstable();
        let collisions = keys.windows(2).filter(|w| w[0] == w[1]).count() as f64;
        println!("{collisions} collisions among {n} keys, {expected:.0} expected");
        assert!(
            collisions <= 2.0 * expected + 10.0,
            "{collisions} collisions among {n} keys, {expected:.0} expected"
        );
    }

    /// `f1(t, a)` is `f2(t, a, 0)`, `f2(t, a, b)` is `f3(t, a, b, 0)`, and
    /// a `Spec` gives the key of the function its arity names; the order
    /// of the values matters.
    #[test]
    fn spec_keys_match_the_functions() {
        let atoms = [0u64, 17, 0xdead_beef_1234, 3];
        assert_eq!(f1(5, 17), f2(5, 17, 0));
        assert_eq!(f2(5, 17, 3), f3(5, 17, 3, 0));
        assert_eq!(Spec::new(5, [1, 0, 0], 1).key(&atoms), f1(5, 17));
        assert_eq!(Spec::new(5, [1, 3, 0], 2).key(&atoms), f2(5, 17, 3));
        assert_eq!(
            Spec::new(5, [1, 2, 3], 3).key(&atoms),
            f3(5, 17, 0xdead_beef_1234, 3)
        );
        assert_ne!(f2(5, 17, 3), f2(5, 3, 17));
        assert_ne!(f2(5, 17, 3), f2(6, 17, 3));
    }
}
