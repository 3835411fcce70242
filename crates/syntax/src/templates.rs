//! Which feature templates a model uses.
//!
//! The feature extractors ([`crate::tagger::features`],
//! [`crate::parser::features`], [`crate::parser::label_features`]) define a
//! fixed, numbered list of templates each. A model may use a subset: the
//! set is chosen at training time (`gesta train --drop-…`), stored in the
//! model file and applied at inference, so that a leaner model also does
//! fewer lookups. Bit `i` of a mask stands for template `i`.

use crate::{parser, tagger};

/// Active templates of the tagger, the parser's action classifier and the
/// arc labeller (bit `i` = template `i`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Templates {
    pub tagger: u64,
    pub parser: u128,
    pub labeller: u32,
}

impl Default for Templates {
    fn default() -> Self {
        Templates::all()
    }
}

fn low_bits_u64(n: usize) -> u64 {
    if n >= 64 {
        u64::MAX
    } else {
        (1u64 << n) - 1
    }
}

/// Number of templates of a component (`tagger`, `parser`, `labeller`).
fn part_len(part: &str) -> Result<usize, String> {
    match part {
        "tagger" => Ok(tagger::NF),
        "parser" => Ok(parser::NF),
        "labeller" => Ok(parser::NLF),
        _ => Err(format!(
            "unknown component {part:?} (tagger, parser, labeller)"
        )),
    }
}

impl Templates {
    /// Every template.
    pub fn all() -> Templates {
        Templates {
            tagger: low_bits_u64(tagger::NF),
            parser: if parser::NF >= 128 {
                u128::MAX
            } else {
                (1u128 << parser::NF) - 1
            },
            labeller: low_bits_u64(parser::NLF) as u32,
        }
    }

    /// Remove templates: `which` is a comma-separated list of template
    /// numbers or ranges (`3,5,60-65`) for the component `part`
    /// (`tagger`, `parser` or `labeller`).
    pub fn drop_list(&mut self, part: &str, which: &str) -> Result<(), String> {
        let max = part_len(part)?;
        for item in which.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let (a, b) = match item.split_once('-') {
                Some((a, b)) => (a.trim(), b.trim()),
                None => (item, item),
            };
            let a: usize = a
                .parse()
                .map_err(|_| format!("bad template number {a:?} in {which:?}"))?;
            let b: usize = b
                .parse()
                .map_err(|_| format!("bad template number {b:?} in {which:?}"))?;
            if a > b || b >= max {
                return Err(format!(
                    "template range {item:?} outside 0..{max} for the {part}"
                ));
            }
            for i in a..=b {
                match part {
                    "tagger" => self.tagger &= !(1u64 << i),
                    "parser" => self.parser &= !(1u128 << i),
                    _ => self.labeller &= !(1u32 << i),
                }
            }
        }
        Ok(())
    }

    /// Make every template of `part` active again.
    pub fn restore(&mut self, part: &str) -> Result<(), String> {
        part_len(part)?;
        let all = Templates::all();
        match part {
            "tagger" => self.tagger = all.tagger,
            "parser" => self.parser = all.parser,
            _ => self.labeller = all.labeller,
        }
        Ok(())
    }

    /// Number of active templates (tagger, parser, labeller).
    pub fn counts(&self) -> (u32, u32, u32) {
        (
            self.tagger.count_ones(),
            self.parser.count_ones(),
            self.labeller.count_ones(),
        )
    }

    /// Inactive template numbers, as `tagger: …; parser: …; labeller: …`.
    pub fn describe_dropped(&self) -> String {
        let list = |n: usize, on: &dyn Fn(usize) -> bool| -> String {
            let v: Vec<String> = (0..n).filter(|&i| !on(i)).map(|i| i.to_string()).collect();
            if v.is_empty() {
                "none".into()
            } else {
                v.join(",")
            }
        };
        format!(
            "tagger: {}; parser: {}; labeller: {}",
            list(tagger::NF, &|i| self.tagger >> i & 1 == 1),
            list(parser::NF, &|i| self.parser >> i & 1 == 1),
            list(parser::NLF, &|i| self.labeller >> i & 1 == 1),
        )
    }

    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.tagger.to_le_bytes());
        out.extend_from_slice(&self.parser.to_le_bytes());
        out.extend_from_slice(&self.labeller.to_le_bytes());
    }

    /// Index lists used by the feature code.
    pub(crate) fn active(&self) -> Active {
        let t: Vec<u8> = (0..tagger::NF)
            .filter(|&i| self.tagger >> i & 1 == 1)
            .map(|i| i as u8)
            .collect();
        let on = |i: usize| self.parser >> i & 1 == 1;
        let is_node = |i: usize| parser::NODE_TEMPLATES.iter().any(|l| l.contains(&i));
        let all_p: Vec<u8> = (0..parser::NF)
            .filter(|&i| on(i))
            .map(|i| i as u8)
            .collect();
        let rest: Vec<u8> = (0..parser::NF)
            .filter(|&i| on(i) && !is_node(i))
            .map(|i| i as u8)
            .collect();
        let mut node = [[0u8; 4]; 4];
        let mut node_len = [0u8; 4];
        for (r, list) in parser::NODE_TEMPLATES.iter().enumerate() {
            for &i in list.iter() {
                if on(i) {
                    node[r][node_len[r] as usize] = i as u8;
                    node_len[r] += 1;
                }
            }
        }
        let l: Vec<u8> = (0..parser::NLF)
            .filter(|&i| self.labeller >> i & 1 == 1)
            .map(|i| i as u8)
            .collect();
        let tagger_groups: [Vec<u8>; tagger::GROUPS] = std::array::from_fn(|grp| {
            t.iter()
                .copied()
                .filter(|&i| tagger::template_group(i as usize) == grp)
                .collect()
        });
        let (labeller_pair, labeller_rest): (Vec<u8>, Vec<u8>) = l
            .iter()
            .partition(|&&i| parser::LABEL_PAIR_TEMPLATES.contains(&(i as usize)));
        Active {
            tagger_groups,
            tagger: t,
            parser: all_p,
            rest_groups: [0u8, 1, 2].map(|g| {
                rest.iter()
                    .copied()
                    .filter(|&i| parser::template_group(i as usize) == g)
                    .collect()
            }),
            rest,
            node,
            node_len,
            labeller_pair,
            labeller_rest,
            labeller: l,
        }
    }
}

/// Active template indices, ready for gathering feature keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Active {
    pub tagger: Vec<u8>,
    /// The active tagger templates by memo group
    /// ([`tagger::template_group`]).
    pub tagger_groups: [Vec<u8>; tagger::GROUPS],
    /// Every active parser template (training scores them all at once).
    pub parser: Vec<u8>,
    /// Parser templates scored per state (not per node).
    pub rest: Vec<u8>,
    /// `rest` split by [`parser::template_group`]: the stack's, the
    /// buffer's, the buffer's and n0's left children's.
    pub rest_groups: [Vec<u8>; 3],
    /// Per-node parser templates by role (s0, n0, n1, n2): indices into
    /// the full feature array, `node_len[r]` of them.
    pub node: [[u8; 4]; 4],
    pub node_len: [u8; 4],
    pub labeller: Vec<u8>,
    /// `labeller` split: the [`parser::LABEL_PAIR_TEMPLATES`] (memoised)
    /// and the others.
    pub labeller_pair: Vec<u8>,
    pub labeller_rest: Vec<u8>,
}

impl Default for Active {
    fn default() -> Self {
        Templates::all().active()
    }
}

/// Copy the keys of the active templates `idx` of `feats` into `out`;
/// returns how many.
#[inline(always)]
pub fn gather(feats: &[u32], idx: &[u8], out: &mut [u32]) -> usize {
    let mut n = 0;
    for (o, &i) in out.iter_mut().zip(idx) {
        *o = feats.get(i as usize).copied().unwrap_or(0);
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drop_lists_and_index_sets() {
        let mut t = Templates::all();
        assert_eq!(t.counts(), (38, 84, 22));
        let a = t.active();
        assert_eq!(a.tagger.len(), 38);
        assert_eq!(a.rest.len(), 70);
        assert_eq!(a.node_len, [4, 4, 3, 3]);
        t.drop_list("parser", "0, 12-14,83").unwrap();
        t.drop_list("tagger", "0").unwrap();
        t.drop_list("labeller", "21").unwrap();
        assert_eq!(t.counts(), (37, 79, 21));
        let a = t.active();
        assert_eq!(a.rest.len(), 66);
        assert_eq!(a.node_len, [3, 4, 3, 3]);
        assert!(!a.rest.contains(&13) && a.rest.contains(&15));
        assert_eq!(
            t.describe_dropped(),
            "tagger: 0; parser: 0,12,13,14,83; labeller: 21"
        );
        assert!(t.drop_list("parser", "84").is_err());
        assert!(t.drop_list("parser", "5-3").is_err());
        assert!(t.drop_list("parser", "x").is_err());
        assert!(t.drop_list("other", "1").is_err());
    }

    #[test]
    fn default_recipe_lists_are_valid() {
        use crate::train::*;
        let mut t = Templates::all();
        t.drop_list("tagger", DEFAULT_DROP_TAGGER).unwrap();
        t.drop_list("parser", DEFAULT_DROP_PARSER).unwrap();
        t.drop_list("labeller", DEFAULT_DROP_LABELLER).unwrap();
        assert_eq!(t, default_templates());
        assert_eq!(t.counts(), (31, 50, 14));
    }

    #[test]
    fn gather_copies_the_active_keys() {
        let f = [10, 11, 12, 13];
        let mut out = [0u32; 4];
        assert_eq!(gather(&f, &[1, 3], &mut out), 2);
        assert_eq!(&out[..2], &[11, 13]);
    }
}
