//! Greedy left-to-right averaged-perceptron tagger over joint UPOS+XPOS
//! tags.

use crate::conllu::Sentence;
use crate::dict::ClassDict;
use crate::hash::{keys_of, Rng, Spec};
use crate::lex::{lex_all, AmbLexicon, Lex, PAD};
use crate::templates::gather;
use crate::weights::{argmax, SumMemo, Table, Trainer};
use std::collections::HashMap;

/// Number of feature templates per token.
pub const NF: usize = 38;
const START1: u64 = 254;
const START2: u64 = 253;

/// A joint tag set: class id -> (UPOS, XPOS).
#[derive(Debug, Clone, Default)]
pub struct TagSet {
    pub tags: Vec<(String, String)>,
    index: HashMap<(String, String), u8>,
    /// UPOS -> fallback class for rare (UPOS, XPOS) pairs.
    by_upos: HashMap<String, u8>,
}

impl TagSet {
    /// Build from training data: pairs seen at least `min` times are
    /// classes; rarer pairs map to the most frequent class with their UPOS.
    pub fn build(sents: &[Sentence], min: usize) -> TagSet {
        let mut counts: HashMap<(String, String), usize> = HashMap::new();
        for s in sents {
            for w in &s.words {
                *counts.entry((w.upos.clone(), w.xpos.clone())).or_default() += 1;
            }
        }
        let mut pairs: Vec<_> = counts.into_iter().collect();
        pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let tags: Vec<(String, String)> = pairs
            .iter()
            .filter(|p| p.1 >= min)
            .take(250)
            .map(|p| p.0.clone())
            .collect();
        TagSet::from_tags(tags)
    }

    pub fn from_tags(tags: Vec<(String, String)>) -> TagSet {
        let mut index = HashMap::new();
        let mut by_upos = HashMap::new();
        for (i, t) in tags.iter().enumerate() {
            index.insert(t.clone(), i as u8);
            by_upos.entry(t.0.clone()).or_insert(i as u8);
        }
        TagSet {
            tags,
            index,
            by_upos,
        }
    }

    /// Class of a gold (UPOS, XPOS) pair.
    pub fn id(&self, upos: &str, xpos: &str) -> u8 {
        if let Some(&i) = self.index.get(&(upos.to_string(), xpos.to_string())) {
            return i;
        }
        self.by_upos.get(upos).copied().unwrap_or(0)
    }

    pub fn len(&self) -> usize {
        self.tags.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tags.is_empty()
    }
}

/// How often each word (keyed like the ambiguity lexicon) took each joint
/// tag in `sents`.
fn tag_counts(sents: &[&Sentence], tagset: &TagSet) -> HashMap<u32, HashMap<u8, usize>> {
    let mut counts: HashMap<u32, HashMap<u8, usize>> = HashMap::new();
    let mut buf = Vec::new();
    for s in sents {
        for w in &s.words {
            let l = crate::lex::lex(&w.form, &mut buf);
            *counts
                .entry(AmbLexicon::word_key(&l))
                .or_default()
                .entry(tagset.id(&w.upos, &w.xpos))
                .or_default() += 1;
        }
    }
    counts
}

/// Build the ambiguity-class lexicon: words seen at least `min_count`
/// times map to a signature of the tags that make up at least 5% of their
/// occurrences.
pub fn build_lexicon(sents: &[&Sentence], tagset: &TagSet, min_count: usize) -> AmbLexicon {
    let counts = tag_counts(sents, tagset);
    let mut lexicon = AmbLexicon::default();
    for (k, tags) in counts {
        let total: usize = tags.values().sum();
        if total < min_count {
            continue;
        }
        let mut set: Vec<u8> = tags
            .iter()
            .filter(|(_, &c)| c * 20 >= total)
            .map(|(&t, _)| t)
            .collect();
        set.sort_unstable();
        let mut h = 0xabcdu64;
        for t in set {
            h = crate::hash::mix(h, t as u64 + 1);
        }
        lexicon.insert(k, crate::hash::key(h));
    }
    lexicon
}

/// Number of tagger atoms (the values templates combine), including
/// atom 0 = 0.
const NTA: usize = 27;

/// The atoms of position `i` given the two previous predicted tags: 0,
/// then (1..) w, form, suf1-4, pre1-3, shape, w-1, w-2, w+1, w+2, p1, p2,
/// suf-1, suf+1, shape+1, first, shape-1, amb, amb+1, amb+2, form-1,
/// form+1.
#[inline]
fn atoms(lex: &[Lex], i: usize, p1: u64, p2: u64, out: &mut [u64; NTA]) {
    let n = lex.len();
    let Some(c) = lex.get(i) else {
        *out = [0; NTA];
        return;
    };
    let get = |j: isize| -> Option<&Lex> {
        if j < 0 || j as usize >= n {
            None
        } else {
            lex.get(j as usize)
        }
    };
    let ii = i as isize;
    let (wm1, sm1, shm1, fm1) =
        get(ii - 1).map_or((PAD, PAD, PAD, PAD), |l| (l.w, l.suf[2], l.shape, l.form));
    let fp1 = get(ii + 1).map_or(PAD, |l| l.form);
    let wm2 = get(ii - 2).map_or(PAD ^ 1, |l| l.w);
    let (wp1, sp1, shp1, ap1) =
        get(ii + 1).map_or((PAD ^ 2, PAD, PAD, 1), |l| (l.w, l.suf[2], l.shape, l.amb));
    let (wp2, ap2) = get(ii + 2).map_or((PAD ^ 3, 1), |l| (l.w, l.amb));
    *out = [
        0,
        c.w,
        c.form,
        c.suf[0],
        c.suf[1],
        c.suf[2],
        c.suf[3],
        c.pre[0],
        c.pre[1],
        c.pre[2],
        c.shape,
        wm1,
        wm2,
        wp1,
        wp2,
        p1,
        p2,
        sm1,
        sp1,
        shp1,
        (i == 0) as u64,
        shm1,
        c.amb,
        ap1,
        ap2,
        fm1,
        fp1,
    ];
}

/// The tagger templates as data (template id = index): `Spec::new(t,
/// atoms, arity)` is `f1`/`f2`/`f3(t, atoms...)` over the atoms of
/// [`atoms`].
const SPECS: [Spec; NF] = [
    Spec::new(0, [0, 0, 0], 1),     // bias
    Spec::new(1, [1, 0, 0], 1),     // w
    Spec::new(2, [2, 0, 0], 1),     // form
    Spec::new(3, [3, 0, 0], 1),     // suf1
    Spec::new(4, [4, 0, 0], 1),     // suf2
    Spec::new(5, [5, 0, 0], 1),     // suf3
    Spec::new(6, [6, 0, 0], 1),     // suf4
    Spec::new(7, [7, 0, 0], 1),     // pre1
    Spec::new(8, [8, 0, 0], 1),     // pre2
    Spec::new(9, [9, 0, 0], 1),     // pre3
    Spec::new(10, [10, 0, 0], 1),   // shape
    Spec::new(11, [11, 0, 0], 1),   // w-1
    Spec::new(12, [12, 0, 0], 1),   // w-2
    Spec::new(13, [13, 0, 0], 1),   // w+1
    Spec::new(14, [14, 0, 0], 1),   // w+2
    Spec::new(15, [15, 0, 0], 1),   // p1
    Spec::new(16, [16, 0, 0], 1),   // p2
    Spec::new(17, [15, 16, 0], 2),  // p1 p2
    Spec::new(18, [15, 1, 0], 2),   // p1 w
    Spec::new(19, [11, 1, 0], 2),   // w-1 w
    Spec::new(20, [1, 13, 0], 2),   // w w+1
    Spec::new(21, [17, 0, 0], 1),   // suf-1
    Spec::new(22, [18, 0, 0], 1),   // suf+1
    Spec::new(23, [19, 0, 0], 1),   // shape+1
    Spec::new(24, [15, 5, 0], 2),   // p1 suf3
    Spec::new(25, [20, 10, 0], 2),  // first shape
    Spec::new(26, [21, 10, 19], 3), // shape-1 shape shape+1
    Spec::new(27, [22, 0, 0], 1),   // amb
    Spec::new(28, [15, 22, 0], 2),  // p1 amb
    Spec::new(29, [23, 0, 0], 1),   // amb+1
    Spec::new(30, [23, 24, 0], 2),  // amb+1 amb+2
    Spec::new(31, [22, 23, 0], 2),  // amb amb+1
    Spec::new(32, [1, 23, 0], 2),   // w amb+1
    Spec::new(33, [25, 0, 0], 1),   // form-1
    Spec::new(34, [26, 0, 0], 1),   // form+1
    Spec::new(35, [15, 13, 0], 2),  // p1 w+1
    Spec::new(36, [16, 15, 1], 3),  // p2 p1 w
    Spec::new(37, [5, 23, 0], 2),   // suf3 amb+1
];

/// Features of position `i` given the two previous predicted tags (the
/// keys of all `NF` templates).
#[inline]
pub fn features(lex: &[Lex], i: usize, p1: u64, p2: u64, out: &mut [u32; NF]) {
    let mut at = [0u64; NTA];
    atoms(lex, i, p1, p2, &mut at);
    for (o, sp) in out.iter_mut().zip(&SPECS) {
        *o = sp.key(&at);
    }
}

/// Tag dictionary: frequent training words that (almost) always took one
/// tag get it without running the tagger (word key -> tag class).
#[derive(Debug, Clone, Default)]
pub struct TagDict(pub(crate) ClassDict);

impl TagDict {
    /// Words seen at least `min_count` times whose most frequent tag has
    /// a share of at least `min_share`.
    pub fn build(sents: &[&Sentence], tagset: &TagSet, min_count: usize, min_share: f64) -> Self {
        TagDict(ClassDict::from_counts(
            tag_counts(sents, tagset),
            min_count,
            min_share,
        ))
    }

    /// The tag of a word, if the dictionary has it.
    #[inline]
    fn tag_of(&self, l: &Lex) -> Option<u8> {
        if self.0.is_empty() {
            return None;
        }
        self.0.get(AmbLexicon::word_key(l))
    }
}

/// The dictionary's entries (word key -> tag class).
impl std::ops::Deref for TagDict {
    type Target = ClassDict;
    fn deref(&self) -> &ClassDict {
        &self.0
    }
}

impl std::ops::DerefMut for TagDict {
    fn deref_mut(&mut self) -> &mut ClassDict {
        &mut self.0
    }
}

/// Memo groups of tagger templates, by the atoms they read (see
/// [`template_group`]): the sums of a group's templates are kept per value
/// of its key in a [`WordMemo`] (exact integer sums: tags are the same
/// with or without the memo). [`WORD`]: the word's own form (key: the
/// form).
pub const WORD: usize = 0;
/// Next word's form only (key: the next form).
pub const NEXT: usize = 1;
/// The two previous tags only (key: the tag pair; a dense table).
pub const HIST: usize = 2;
/// Everything else: looked up at every word.
pub const CONTEXT: usize = 3;
/// Number of groups.
pub const GROUPS: usize = 4;

/// Atoms of the word's own form (see [`atoms`]): w, form, suffixes,
/// prefixes, shape, ambiguity class (and the constant 0).
const WORD_ATOMS: &[u8] = &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 22];

/// The atoms each memo group's key determines, by group.
const GROUP_ATOMS: [&[u8]; CONTEXT] = [WORD_ATOMS, &[0, 13, 18, 19, 23, 26], &[0, 15, 16]];

/// Memo group of tagger template `i`: the first group whose key
/// determines every atom the template reads, else [`CONTEXT`].
pub fn template_group(i: usize) -> usize {
    let Some(sp) = SPECS.get(i) else {
        return CONTEXT;
    };
    let used = sp.read();
    GROUP_ATOMS
        .iter()
        .position(|atoms| used.iter().all(|a| atoms.contains(a)))
        .unwrap_or(CONTEXT)
}

/// Memo key of group `g` ([`WORD`] or [`NEXT`]) for a word whose form
/// hash is `form` and the next word's `next` (0 at the end of the
/// sentence).
#[inline]
fn group_key(g: usize, form: u64, next: u64) -> u64 {
    if g == WORD {
        form
    } else {
        next
    }
}

/// Per-thread memo of tagger template sums by group ([`WORD`], [`NEXT`],
/// [`HIST`]). Tied to one model by its id; reset when used with another.
#[derive(Debug, Default)]
pub struct WordMemo {
    model: u64,
    nc: usize,
    /// Direct-mapped memos of the groups [`WORD`] and [`NEXT`] (index =
    /// group; the [`HIST`] slot is unused).
    sums: [SumMemo; CONTEXT],
    /// Per previous-tag pair (`hist_slot`): filled yet, and the sums of
    /// the [`HIST`] group.
    hist_done: Vec<bool>,
    hist_sums: Vec<i32>,
    /// Lexical features of recent forms.
    pub(crate) lex: crate::lex::LexMemo,
}

impl WordMemo {
    fn prepare(&mut self, model: u64, nc: usize, groups: &[Vec<u8>; GROUPS]) {
        let ready = (0..CONTEXT)
            .filter(|&g| g != HIST)
            .all(|g| groups[g].is_empty() || self.sums[g].ready(nc));
        if self.model != model || self.nc != nc || !ready {
            self.model = model;
            self.nc = nc;
            for (g, (memo, idx)) in self.sums.iter_mut().zip(groups).enumerate() {
                *memo = if g != HIST && !idx.is_empty() {
                    SumMemo::new(nc)
                } else {
                    SumMemo::default()
                };
            }
            let pairs = (nc + 2) * (nc + 2);
            self.hist_done = vec![false; pairs];
            // zeroed pages are only touched for the pairs that occur
            self.hist_sums = vec![0; pairs * nc];
        }
    }
}

/// Memo slot of a previous-tag pair: tags are classes `< nc` or the
/// sentence-start markers.
#[inline]
fn hist_slot(p1: u64, p2: u64, nc: usize) -> Option<usize> {
    let m = |p: u64| -> Option<usize> {
        match p {
            START1 => Some(nc),
            START2 => Some(nc + 1),
            p if (p as usize) < nc => Some(p as usize),
            _ => None,
        }
    };
    Some(m(p1)? * (nc + 2) + m(p2)?)
}

/// Tag a sentence with quantised weights; `out` gets one class per word.
/// Words in the tag dictionary get their tag without scoring; the sums of
/// each memo group's templates (`groups`, by [`template_group`]) come
/// from `memo` when their key was seen; only the [`CONTEXT`] templates are
/// looked up at every word.
pub fn tag_with_dict(
    table: &Table,
    dict: &TagDict,
    groups: &[Vec<u8>; GROUPS],
    memo: (&mut WordMemo, u64),
    lex: &[Lex],
    out: &mut Vec<u8>,
) {
    #[cfg(target_arch = "x86_64")]
    if crate::weights::has_v3() {
        // SAFETY: the CPU has every feature `tag_v3` is compiled for
        // (checked just above).
        unsafe { tag_v3(table, dict, groups, memo, lex, out) };
        return;
    }
    tag_scored(table, dict, groups, memo, lex, out, |_| ());
}

/// [`tag_with_dict`] compiled for x86-64-v3 (the same results: integer
/// sums; about 9 % fewer instructions).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,bmi1,bmi2,fma,lzcnt,popcnt,movbe")]
unsafe fn tag_v3(
    table: &Table,
    dict: &TagDict,
    groups: &[Vec<u8>; GROUPS],
    memo: (&mut WordMemo, u64),
    lex: &[Lex],
    out: &mut Vec<u8>,
) {
    tag_scored(table, dict, groups, memo, lex, out, |_| ());
}

/// [`tag_with_dict`], showing `seen` the scores of every word it scores.
// (always inlined: so that `tag_v3` compiles its own copy)
#[inline(always)]
pub(crate) fn tag_scored(
    table: &Table,
    dict: &TagDict,
    groups: &[Vec<u8>; GROUPS],
    (memo, model): (&mut WordMemo, u64),
    lex: &[Lex],
    out: &mut Vec<u8>,
    mut seen: impl FnMut(&[i32]),
) {
    out.clear();
    let nc = table.classes();
    memo.prepare(model, nc, groups);
    let mut scores = [0i32; 256];
    let mut at = [0u64; NTA];
    let mut g = [0u32; NF];
    let (mut p1, mut p2) = (START1, START2);
    for (i, l) in lex.iter().enumerate() {
        let t = match dict.tag_of(l) {
            Some(t) => t as usize,
            None => {
                // only the keys of templates not taken from a memo are hashed
                atoms(lex, i, p1, p2, &mut at);
                let s = &mut scores[..nc];
                s.iter_mut().for_each(|x| *x = 0);
                let next = lex.get(i + 1).map_or(0, |n| n.form);
                for (grp, idx) in groups.iter().enumerate().take(CONTEXT) {
                    if idx.is_empty() || grp == HIST {
                        continue;
                    }
                    let key = group_key(grp, l.form, next);
                    memo.sums[grp].add(key, s, |out| {
                        let k = keys_of(&SPECS, &at, idx, &mut g);
                        table.add(&g[..k], out);
                    });
                }
                let hist = &groups[HIST];
                let h = hist_slot(p1, p2, nc).map(|h| (h, h * nc..(h + 1) * nc));
                match h.and_then(|(h, row)| {
                    Some((memo.hist_done.get_mut(h)?, memo.hist_sums.get_mut(row)?))
                }) {
                    Some((done, sums)) => {
                        if !*done {
                            let k = keys_of(&SPECS, &at, hist, &mut g);
                            table.add(&g[..k], sums);
                            *done = true;
                        }
                        for (o, &x) in s.iter_mut().zip(sums.iter()) {
                            *o += x;
                        }
                    }
                    None => {
                        let k = keys_of(&SPECS, &at, hist, &mut g);
                        table.add(&g[..k], s);
                    }
                }
                let k = keys_of(&SPECS, &at, &groups[CONTEXT], &mut g);
                // the whole array: sums without bounds checks
                table.add(&g[..k], &mut scores);
                let s = &scores[..nc];
                seen(s);
                argmax(s)
            }
        };
        out.push(t as u8);
        p2 = p1;
        p1 = t as u64;
    }
}

/// Tag a sentence with quantised weights; `out` gets one class per word.
pub fn tag(table: &Table, active: &[u8], lex: &[Lex], out: &mut Vec<u8>) {
    tag_plain(table, active, lex, out, |_| ());
}

/// [`tag`], showing `seen` the scores of every word.
pub(crate) fn tag_plain(
    table: &Table,
    active: &[u8],
    lex: &[Lex],
    out: &mut Vec<u8>,
    mut seen: impl FnMut(&[i32]),
) {
    out.clear();
    let nc = table.classes();
    let mut scores = [0i32; 256];
    let mut feats = [0u32; NF];
    let mut g = [0u32; NF];
    let (mut p1, mut p2) = (START1, START2);
    for i in 0..lex.len() {
        features(lex, i, p1, p2, &mut feats);
        let k = gather(&feats, active, &mut g);
        let s = &mut scores[..nc];
        s.iter_mut().for_each(|x| *x = 0);
        table.add(&g[..k], s);
        seen(s);
        let t = argmax(s);
        out.push(t as u8);
        p2 = p1;
        p1 = t as u64;
    }
}

/// Train the tagger for `epochs` passes; returns the quantised table.
pub fn train(
    sents: &[&Sentence],
    tagset: &TagSet,
    amb: &AmbLexicon,
    active: &[u8],
    epochs: usize,
    seed: u64,
    mut report: impl FnMut(usize, &Trainer),
) -> Trainer {
    let nc = tagset.len();
    let mut tr = Trainer::new(nc);
    let data: Vec<(Vec<Lex>, Vec<u8>)> = sents
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let mut lex = Vec::new();
            lex_all(&words, &mut lex);
            amb.fill(&mut lex);
            let gold = s
                .words
                .iter()
                .map(|w| tagset.id(&w.upos, &w.xpos))
                .collect();
            (lex, gold)
        })
        .collect();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(seed);
    let mut scores = vec![0i32; nc];
    let mut feats = [0u32; NF];
    let mut g = [0u32; NF];
    for e in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let (lex, gold) = &data[k];
            let (mut p1, mut p2) = (START1, START2);
            for (i, &t) in gold.iter().enumerate() {
                features(lex, i, p1, p2, &mut feats);
                let k = gather(&feats, active, &mut g);
                let f = &g[..k];
                tr.scores(f, &mut scores);
                let best = argmax(&scores);
                let t = t as usize;
                if best != t {
                    tr.update(f, t, best);
                }
                tr.tick();
                p2 = p1;
                p1 = best as u64;
            }
        }
        report(e, &tr);
    }
    tr
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::{f1, f2, f3};
    use crate::lex::lex_all;

    /// The templates written out by hand (the keys the models were
    /// trained with).
    fn reference(lex: &[Lex], i: usize, p1: u64, p2: u64, out: &mut [u32; NF]) {
        let n = lex.len();
        let c = &lex[i];
        let get = |j: isize| -> Option<&Lex> {
            if j < 0 || j as usize >= n {
                None
            } else {
                Some(&lex[j as usize])
            }
        };
        let ii = i as isize;
        let (wm1, sm1, shm1, fm1) =
            get(ii - 1).map_or((PAD, PAD, PAD, PAD), |l| (l.w, l.suf[2], l.shape, l.form));
        let fp1 = get(ii + 1).map_or(PAD, |l| l.form);
        let wm2 = get(ii - 2).map_or(PAD ^ 1, |l| l.w);
        let (wp1, sp1, shp1, ap1) =
            get(ii + 1).map_or((PAD ^ 2, PAD, PAD, 1), |l| (l.w, l.suf[2], l.shape, l.amb));
        let (wp2, ap2) = get(ii + 2).map_or((PAD ^ 3, 1), |l| (l.w, l.amb));
        out[0] = f1(0, 0);
        out[1] = f1(1, c.w);
        out[2] = f1(2, c.form);
        out[3] = f1(3, c.suf[0]);
        out[4] = f1(4, c.suf[1]);
        out[5] = f1(5, c.suf[2]);
        out[6] = f1(6, c.suf[3]);
        out[7] = f1(7, c.pre[0]);
        out[8] = f1(8, c.pre[1]);
        out[9] = f1(9, c.pre[2]);
        out[10] = f1(10, c.shape);
        out[11] = f1(11, wm1);
        out[12] = f1(12, wm2);
        out[13] = f1(13, wp1);
        out[14] = f1(14, wp2);
        out[15] = f1(15, p1);
        out[16] = f1(16, p2);
        out[17] = f2(17, p1, p2);
        out[18] = f2(18, p1, c.w);
        out[19] = f2(19, wm1, c.w);
        out[20] = f2(20, c.w, wp1);
        out[21] = f1(21, sm1);
        out[22] = f1(22, sp1);
        out[23] = f1(23, shp1);
        out[24] = f2(24, p1, c.suf[2]);
        out[25] = f2(25, (i == 0) as u64, c.shape);
        out[26] = f3(26, shm1, c.shape, shp1);
        out[27] = f1(27, c.amb);
        out[28] = f2(28, p1, c.amb);
        out[29] = f1(29, ap1);
        out[30] = f2(30, ap1, ap2);
        out[31] = f2(31, c.amb, ap1);
        out[32] = f2(32, c.w, ap1);
        out[33] = f1(33, fm1);
        out[34] = f1(34, fp1);
        out[35] = f2(35, p1, wp1);
        out[36] = f3(36, p2, p1, c.w);
        out[37] = f2(37, c.suf[2], ap1);
    }

    #[test]
    fn template_specs_give_the_hand_written_keys() {
        let words = [
            "Russia",
            "struck",
            "Kyiv",
            "'s",
            "grid",
            "overnight",
            ",",
            "officials",
            "said",
            "on",
            "12",
            "May",
            ".",
        ];
        let mut lex = Vec::new();
        lex_all(&words, &mut lex);
        for (k, l) in lex.iter_mut().enumerate() {
            l.amb = 3 + k as u64;
        }
        for i in 0..lex.len() {
            for (p1, p2) in [(START1, START2), (4, START1), (17, 3)] {
                let (mut a, mut b) = ([0u32; NF], [0u32; NF]);
                features(&lex, i, p1, p2, &mut a);
                reference(&lex, i, p1, p2, &mut b);
                assert_eq!(a, b, "word {i}");
            }
        }
    }

    #[test]
    fn memo_groups_follow_the_atoms_templates_read() {
        let groups: Vec<Vec<usize>> = (0..GROUPS)
            .map(|g| (0..NF).filter(|&i| template_group(i) == g).collect())
            .collect();
        assert_eq!(groups[WORD], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 27]);
        assert_eq!(groups[NEXT], [13, 22, 23, 29, 34]);
        assert_eq!(groups[HIST], [15, 16, 17]);
        assert_eq!(
            groups[CONTEXT],
            [11, 12, 14, 18, 19, 20, 21, 24, 25, 26, 28, 30, 31, 32, 33, 35, 36, 37]
        );
    }
}
