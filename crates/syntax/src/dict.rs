//! Class dictionaries: keys that took one class (almost) always in the
//! training data get it without running a classifier. The tag dictionary
//! (`tagger::TagDict`: word key -> tag) and the label dictionary
//! (`parser::LabelDict`: arc pair key -> label) are both one of these.

use std::collections::HashMap;

use crate::hash::IdMap;
use crate::weights::Reader;
use crate::SyntaxError;

/// A map from a 32-bit key to a class.
#[derive(Debug, Clone, Default)]
pub struct ClassDict {
    map: IdMap<u32, u8>,
}

impl ClassDict {
    /// The keys seen at least `min_count` times whose most frequent class
    /// (the lowest of tied ones) has a share of at least `min_share`.
    pub fn from_counts(
        counts: HashMap<u32, HashMap<u8, usize>>,
        min_count: usize,
        min_share: f64,
    ) -> Self {
        let mut d = ClassDict::default();
        for (k, classes) in counts {
            let total: usize = classes.values().sum();
            let best = classes
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)));
            if let Some((&c, &n)) = best {
                if total >= min_count && n as f64 >= min_share * total as f64 {
                    d.map.insert(k, c);
                }
            }
        }
        d
    }

    pub fn insert(&mut self, key: u32, class: u8) {
        self.map.insert(key, class);
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Entries sorted by key (for serialisation).
    pub fn entries(&self) -> Vec<(u32, u8)> {
        let mut v: Vec<(u32, u8)> = self.map.iter().map(|(&a, &b)| (a, b)).collect();
        v.sort_unstable();
        v
    }

    #[inline]
    pub fn get(&self, key: u32) -> Option<u8> {
        if self.map.is_empty() {
            return None;
        }
        self.map.get(&key).copied()
    }

    /// Append the dictionary in the model file's form: `n u32`, then `n x
    /// (key u32, class u8)`, sorted by key.
    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        let entries = self.entries();
        out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        for (k, c) in entries {
            out.extend_from_slice(&k.to_le_bytes());
            out.push(c);
        }
    }

    /// Read what [`ClassDict::write`] wrote; `what` names the dictionary
    /// in errors, and an entry `valid` refuses is an error (with its
    /// offset).
    pub(crate) fn read(
        r: &mut Reader<'_>,
        what: &str,
        valid: impl Fn(u32, u8) -> bool,
    ) -> Result<Self, SyntaxError> {
        let n = r.u32()? as usize;
        if n > r.remaining() / 5 {
            return Err(r.err(format!("{what} size {n} larger than the file")));
        }
        let mut d = ClassDict::default();
        for _ in 0..n {
            let k = r.u32()?;
            let c = r.u8()?;
            if !valid(k, c) {
                return Err(r.err(format!("{what} entry {k:#x} -> {c} out of range")));
            }
            d.insert(k, c);
        }
        Ok(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_frequent_near_certain_keys_are_kept() {
        let mut counts: HashMap<u32, HashMap<u8, usize>> = HashMap::new();
        counts.insert(1, [(3, 99), (4, 1)].into_iter().collect());
        counts.insert(2, [(3, 90), (4, 10)].into_iter().collect());
        counts.insert(5, [(7, 9)].into_iter().collect());
        // a tie goes to the lower class
        counts.insert(6, [(2, 50), (1, 50)].into_iter().collect());
        let d = ClassDict::from_counts(counts.clone(), 10, 0.99);
        assert_eq!(d.entries(), vec![(1, 3)]);
        let d = ClassDict::from_counts(counts, 9, 0.5);
        assert_eq!(d.entries(), vec![(1, 3), (2, 3), (5, 7), (6, 1)]);
        let mut out = Vec::new();
        d.write(&mut out);
        let mut r = Reader::new(&out, "x");
        let back = ClassDict::read(&mut r, "test dictionary", |_, c| c < 7).unwrap_err();
        assert!(
            back.to_string().contains("test dictionary entry 0x5 -> 7"),
            "{back}"
        );
        let mut r = Reader::new(&out, "x");
        let back = ClassDict::read(&mut r, "test dictionary", |_, _| true).unwrap();
        assert_eq!(back.entries(), d.entries());
    }
}
