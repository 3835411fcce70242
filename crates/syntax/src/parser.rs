//! Greedy arc-eager transition parser (ROOT at the end of the buffer, as
//! in Ballesteros & Nivre 2013) with an averaged-perceptron action classifier (4 actions) and a
//! separate labeller that names each arc when it is built. Trained with the
//! dynamic oracle of Goldberg & Nivre (2012) and error exploration.

use crate::conllu::Sentence;
use crate::dict::ClassDict;
use crate::hash::{f1, Rng, Spec};
use crate::lex::{Lex, PAD, ROOT};
use crate::templates::{gather, Active};
use crate::weights::{argmax, SumMemo, Table, Trainer};

pub const SHIFT: usize = 0;
pub const REDUCE: usize = 1;
pub const LEFT: usize = 2;
pub const RIGHT: usize = 3;
pub const NA: usize = 4;

const NONE: u32 = u32::MAX;
const NOLAB: u64 = 255;
const P_NONE: u64 = 250;
const P_ROOT: u64 = 251;

/// Number of action feature templates.
pub const NF: usize = 84;
/// Number of label feature templates.
pub const NLF: usize = 22;

/// Parser state over words 1..=n; ROOT is n+1, the last buffer item.
pub struct State {
    pub n: usize,
    pub stack: Vec<u32>,
    pub b: usize,
    pub head: Vec<u32>,
    pub label: Vec<u8>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
    on_stack: Vec<bool>,
}

impl Default for State {
    fn default() -> Self {
        State::new()
    }
}

impl State {
    pub fn new() -> Self {
        State {
            n: 0,
            stack: Vec::new(),
            b: 1,
            head: Vec::new(),
            label: Vec::new(),
            lc1: Vec::new(),
            lc2: Vec::new(),
            rc1: Vec::new(),
            rc2: Vec::new(),
            nl: Vec::new(),
            nr: Vec::new(),
            lset: Vec::new(),
            rset: Vec::new(),
            on_stack: Vec::new(),
        }
    }

    pub fn reset(&mut self, n: usize) {
        self.n = n;
        self.stack.clear();
        self.b = 1;
        for v in [
            &mut self.head,
            &mut self.lc1,
            &mut self.lc2,
            &mut self.rc1,
            &mut self.rc2,
        ] {
            v.clear();
            v.resize(n + 2, NONE);
        }
        self.label.clear();
        self.label.resize(n + 2, NOLAB as u8);
        self.nl.clear();
        self.nl.resize(n + 2, 0);
        self.nr.clear();
        self.nr.resize(n + 2, 0);
        self.lset.clear();
        self.lset.resize(n + 2, 0);
        self.rset.clear();
        self.rset.resize(n + 2, 0);
        self.on_stack.clear();
        self.on_stack.resize(n + 2, false);
    }

    #[inline]
    /// n0's leftmost child as the features see it (`NONE` without n0 or
    /// child).
    fn n0_leftmost(&self) -> u32 {
        let n0 = opt(self.b as u32, self.n);
        if n0 == NONE {
            NONE
        } else {
            self.lc1.get(n0 as usize).copied().unwrap_or(NONE)
        }
    }

    pub fn terminal(&self) -> bool {
        self.b > self.n && self.stack.is_empty()
    }

    /// Index of the ROOT node.
    #[inline]
    pub fn root(&self) -> usize {
        self.n + 1
    }

    #[inline]
    fn s0(&self) -> u32 {
        self.stack.last().copied().unwrap_or(NONE)
    }

    /// Valid actions as a bitmask.
    pub fn valid(&self) -> [bool; NA] {
        let mut v = [false; NA];
        if self.terminal() {
            return v;
        }
        let s0 = self.s0();
        let at_root = self.b > self.n;
        v[SHIFT] = !at_root;
        if s0 != NONE {
            let s = s0 as usize;
            v[RIGHT] = !at_root;
            if self.head[s] == NONE {
                v[LEFT] = true;
            } else {
                v[REDUCE] = true;
            }
        }
        v
    }

    fn add_arc(&mut self, h: usize, d: usize, l: u8) {
        self.head[d] = h as u32;
        self.label[d] = l;
        let du = d as u32;
        if d < h {
            if self.lc1[h] == NONE || du < self.lc1[h] {
                self.lc2[h] = self.lc1[h];
                self.lc1[h] = du;
            } else if self.lc2[h] == NONE || du < self.lc2[h] {
                self.lc2[h] = du;
            }
            self.nl[h] = self.nl[h].saturating_add(1);
            self.lset[h] |= 1u64 << (l & 63);
        } else {
            if self.rc1[h] == NONE || du > self.rc1[h] {
                self.rc2[h] = self.rc1[h];
                self.rc1[h] = du;
            } else if self.rc2[h] == NONE || du > self.rc2[h] {
                self.rc2[h] = du;
            }
            self.nr[h] = self.nr[h].saturating_add(1);
            self.rset[h] |= 1u64 << (l & 63);
        }
    }

    /// The (head, dependent) of the arc an action would build.
    #[inline]
    pub fn arc_of(&self, a: usize) -> Option<(usize, usize)> {
        let s0 = self.s0();
        if s0 == NONE {
            return None;
        }
        match a {
            LEFT => Some((self.b, s0 as usize)),
            RIGHT => Some((s0 as usize, self.b)),
            _ => None,
        }
    }

    /// Apply an action; `l` is the label for arc actions.
    pub fn apply(&mut self, a: usize, l: u8) {
        match a {
            SHIFT => {
                self.stack.push(self.b as u32);
                self.on_stack[self.b] = true;
                self.b += 1;
            }
            REDUCE => {
                if let Some(s) = self.stack.pop() {
                    self.on_stack[s as usize] = false;
                }
            }
            LEFT => {
                if let Some(s) = self.stack.pop() {
                    self.on_stack[s as usize] = false;
                    self.add_arc(self.b, s as usize, l);
                }
            }
            _ => {
                let s = self.s0() as usize;
                self.add_arc(s, self.b, l);
                self.stack.push(self.b as u32);
                self.on_stack[self.b] = true;
                self.b += 1;
            }
        }
    }

    /// Dynamic-oracle cost of each action against gold heads `gh`
    /// (`gh[d]` for d in 1..=n, index 0 unused).
    pub fn costs(&self, gh: &[u32]) -> [u32; NA] {
        let mut c = [0u32; NA];
        let b = self.b;
        let n = self.n;
        if b > n {
            // only LEFT (to ROOT) or REDUCE remain; nothing more to lose
            return c;
        }
        let s0 = self.s0();
        // dependents of b0 still headless on the stack
        let mut b_deps_on_stack = 0;
        for &k in &self.stack {
            let k = k as usize;
            if self.head[k] == NONE && gh[k] as usize == b {
                b_deps_on_stack += 1;
            }
        }
        let gb = gh[b] as usize;
        // SHIFT
        c[SHIFT] = (self.on_stack[gb] as u32) + b_deps_on_stack;
        // RIGHT
        if s0 != NONE {
            let s = s0 as usize;
            let mut r = 0;
            if gb != s && (self.on_stack[gb] || gb > b) {
                r += 1;
            }
            c[RIGHT] = r + b_deps_on_stack;
            let deps_in_buf = gh[b..=n].iter().filter(|&&g| g as usize == s).count() as u32;
            c[REDUCE] = deps_in_buf;
            let gs = gh[s] as usize;
            c[LEFT] = deps_in_buf + (gs > b) as u32;
        }
        c
    }

    #[inline]
    fn lab(&self, x: u32) -> u64 {
        if x == NONE {
            NOLAB
        } else {
            self.label[x as usize] as u64
        }
    }
}

/// Read-only view of the words and tags for feature extraction.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub lex: &'a [Lex],
    pub tags: &'a [u8],
}

impl Nodes for Words<'_> {
    #[inline]
    fn w(&self, x: u32) -> u64 {
        if x == NONE || x == 0 {
            PAD
        } else if x as usize > self.lex.len() {
            ROOT
        } else {
            self.lex[x as usize - 1].w
        }
    }
    /// Ambiguity class of the word (0 if unknown or not a word).
    #[inline]
    fn a(&self, x: u32) -> u64 {
        if x == NONE || x == 0 || x as usize > self.lex.len() {
            7
        } else {
            self.lex[x as usize - 1].amb
        }
    }
    /// Suffix (3 chars) of the word.
    #[inline]
    fn suf(&self, x: u32) -> u64 {
        if x == NONE || x == 0 || x as usize > self.lex.len() {
            PAD
        } else {
            self.lex[x as usize - 1].suf[2]
        }
    }
    #[inline]
    fn p(&self, x: u32) -> u64 {
        if x == NONE || x == 0 {
            P_NONE
        } else if x as usize > self.tags.len() {
            P_ROOT
        } else {
            self.tags[x as usize - 1] as u64
        }
    }
}

/// What the feature functions read of the word at a position (0 and
/// `NONE` for no word, `1..=n` the words, `n + 1` ROOT): implemented by
/// [`Words`] itself and by a sentence's [`NodeTable`], which gives the
/// same values without branching on the kind of position.
pub(crate) trait Nodes {
    fn w(&self, x: u32) -> u64;
    fn p(&self, x: u32) -> u64;
    fn a(&self, x: u32) -> u64;
    fn suf(&self, x: u32) -> u64;
}

/// A sentence's [`Nodes`] values by position: row `x` for `x` in
/// `0..=n+1`, row `n + 2` for `NONE` (positions are never past `n + 1`
/// otherwise), each `[w, p, a, suf]` as [`Words`] gives them.
#[derive(Default)]
pub(crate) struct NodeTable {
    rows: Vec<[u64; 4]>,
}

impl NodeTable {
    fn fill(&mut self, ws: &Words<'_>, n: usize) {
        self.rows.clear();
        self.rows.extend((0..n + 3).map(|x| {
            let x = if x == n + 2 { NONE } else { x as u32 };
            [ws.w(x), ws.p(x), ws.a(x), ws.suf(x)]
        }));
    }

    #[inline(always)]
    fn row(&self, x: u32) -> [u64; 4] {
        let last = self.rows.len().saturating_sub(1);
        self.rows
            .get((x as usize).min(last))
            .copied()
            .unwrap_or([PAD, P_NONE, 7, PAD])
    }
}

impl Nodes for NodeTable {
    #[inline(always)]
    fn w(&self, x: u32) -> u64 {
        self.row(x)[0]
    }
    #[inline(always)]
    fn p(&self, x: u32) -> u64 {
        self.row(x)[1]
    }
    #[inline(always)]
    fn a(&self, x: u32) -> u64 {
        self.row(x)[2]
    }
    #[inline(always)]
    fn suf(&self, x: u32) -> u64 {
        self.row(x)[3]
    }
}

#[inline]
fn opt(x: u32, n: usize) -> u32 {
    if x != NONE && (x as usize) <= n + 1 {
        x
    } else {
        NONE
    }
}

/// Number of atoms (the values templates combine), including atom 0 = 0.
const NATOM: usize = 51;

/// The action templates (after Zhang & Nivre 2011), numbered as in the
/// model's template masks; atoms as listed in [`atoms`].
const SPECS: [Spec; NF] = [
    Spec::new(100, [1, 0, 0], 1),    // 0: f1(100, s0wp)
    Spec::new(101, [2, 0, 0], 1),    // 1: f1(101, s0w)
    Spec::new(102, [3, 0, 0], 1),    // 2: f1(102, s0p)
    Spec::new(103, [4, 0, 0], 1),    // 3: f1(103, n0wp)
    Spec::new(104, [5, 0, 0], 1),    // 4: f1(104, n0w)
    Spec::new(105, [6, 0, 0], 1),    // 5: f1(105, n0p)
    Spec::new(106, [7, 0, 0], 1),    // 6: f1(106, n1wp)
    Spec::new(107, [8, 0, 0], 1),    // 7: f1(107, n1w)
    Spec::new(108, [9, 0, 0], 1),    // 8: f1(108, n1p)
    Spec::new(109, [10, 0, 0], 1),   // 9: f1(109, n2wp)
    Spec::new(110, [11, 0, 0], 1),   // 10: f1(110, n2w)
    Spec::new(111, [12, 0, 0], 1),   // 11: f1(111, n2p)
    Spec::new(112, [1, 4, 0], 2),    // 12: f2(112, s0wp, n0wp)
    Spec::new(113, [1, 5, 0], 2),    // 13: f2(113, s0wp, n0w)
    Spec::new(114, [2, 4, 0], 2),    // 14: f2(114, s0w, n0wp)
    Spec::new(115, [1, 6, 0], 2),    // 15: f2(115, s0wp, n0p)
    Spec::new(116, [3, 4, 0], 2),    // 16: f2(116, s0p, n0wp)
    Spec::new(117, [2, 5, 0], 2),    // 17: f2(117, s0w, n0w)
    Spec::new(118, [3, 6, 0], 2),    // 18: f2(118, s0p, n0p)
    Spec::new(119, [6, 9, 0], 2),    // 19: f2(119, n0p, n1p)
    Spec::new(120, [6, 9, 12], 3),   // 20: f3(120, n0p, n1p, n2p)
    Spec::new(121, [3, 6, 9], 3),    // 21: f3(121, s0p, n0p, n1p)
    Spec::new(122, [13, 3, 6], 3),   // 22: f3(122, s0hp, s0p, n0p)
    Spec::new(123, [3, 14, 6], 3),   // 23: f3(123, s0p, s0lp, n0p)
    Spec::new(124, [3, 15, 6], 3),   // 24: f3(124, s0p, s0rp, n0p)
    Spec::new(125, [3, 6, 16], 3),   // 25: f3(125, s0p, n0p, n0lp)
    Spec::new(126, [2, 17, 0], 2),   // 26: f2(126, s0w, dist)
    Spec::new(127, [3, 17, 0], 2),   // 27: f2(127, s0p, dist)
    Spec::new(128, [5, 17, 0], 2),   // 28: f2(128, n0w, dist)
    Spec::new(129, [6, 17, 0], 2),   // 29: f2(129, n0p, dist)
    Spec::new(130, [2, 5, 17], 3),   // 30: f3(130, s0w, n0w, dist)
    Spec::new(131, [3, 6, 17], 3),   // 31: f3(131, s0p, n0p, dist)
    Spec::new(132, [2, 18, 0], 2),   // 32: f2(132, s0w, s0vr)
    Spec::new(133, [3, 18, 0], 2),   // 33: f2(133, s0p, s0vr)
    Spec::new(134, [2, 19, 0], 2),   // 34: f2(134, s0w, s0vl)
    Spec::new(135, [3, 19, 0], 2),   // 35: f2(135, s0p, s0vl)
    Spec::new(136, [5, 20, 0], 2),   // 36: f2(136, n0w, n0vl)
    Spec::new(137, [6, 20, 0], 2),   // 37: f2(137, n0p, n0vl)
    Spec::new(138, [21, 0, 0], 1),   // 38: f1(138, ws.w(s0h))
    Spec::new(139, [13, 0, 0], 1),   // 39: f1(139, s0hp)
    Spec::new(140, [22, 0, 0], 1),   // 40: f1(140, st.lab(s0))
    Spec::new(141, [23, 0, 0], 1),   // 41: f1(141, ws.w(s0l))
    Spec::new(142, [14, 0, 0], 1),   // 42: f1(142, s0lp)
    Spec::new(143, [24, 0, 0], 1),   // 43: f1(143, st.lab(s0l))
    Spec::new(144, [25, 0, 0], 1),   // 44: f1(144, ws.w(s0r))
    Spec::new(145, [15, 0, 0], 1),   // 45: f1(145, s0rp)
    Spec::new(146, [26, 0, 0], 1),   // 46: f1(146, st.lab(s0r))
    Spec::new(147, [27, 0, 0], 1),   // 47: f1(147, ws.w(n0l))
    Spec::new(148, [16, 0, 0], 1),   // 48: f1(148, n0lp)
    Spec::new(149, [28, 0, 0], 1),   // 49: f1(149, st.lab(n0l))
    Spec::new(150, [29, 0, 0], 1),   // 50: f1(150, ws.w(s0h2))
    Spec::new(151, [30, 0, 0], 1),   // 51: f1(151, s0h2p)
    Spec::new(152, [31, 0, 0], 1),   // 52: f1(152, st.lab(s0h))
    Spec::new(153, [32, 0, 0], 1),   // 53: f1(153, ws.w(s0l2))
    Spec::new(154, [33, 0, 0], 1),   // 54: f1(154, s0l2p)
    Spec::new(155, [34, 0, 0], 1),   // 55: f1(155, st.lab(s0l2))
    Spec::new(156, [35, 0, 0], 1),   // 56: f1(156, ws.w(s0r2))
    Spec::new(157, [36, 0, 0], 1),   // 57: f1(157, s0r2p)
    Spec::new(158, [37, 0, 0], 1),   // 58: f1(158, st.lab(s0r2))
    Spec::new(159, [38, 0, 0], 1),   // 59: f1(159, ws.w(n0l2))
    Spec::new(160, [39, 0, 0], 1),   // 60: f1(160, n0l2p)
    Spec::new(161, [40, 0, 0], 1),   // 61: f1(161, st.lab(n0l2))
    Spec::new(162, [3, 14, 33], 3),  // 62: f3(162, s0p, s0lp, s0l2p)
    Spec::new(163, [3, 15, 36], 3),  // 63: f3(163, s0p, s0rp, s0r2p)
    Spec::new(164, [3, 13, 30], 3),  // 64: f3(164, s0p, s0hp, s0h2p)
    Spec::new(165, [6, 16, 39], 3),  // 65: f3(165, n0p, n0lp, n0l2p)
    Spec::new(166, [2, 41, 0], 2),   // 66: f2(166, s0w, s0sr)
    Spec::new(167, [3, 41, 0], 2),   // 67: f2(167, s0p, s0sr)
    Spec::new(168, [2, 42, 0], 2),   // 68: f2(168, s0w, s0sl)
    Spec::new(169, [3, 42, 0], 2),   // 69: f2(169, s0p, s0sl)
    Spec::new(170, [5, 43, 0], 2),   // 70: f2(170, n0w, n0sl)
    Spec::new(171, [6, 43, 0], 2),   // 71: f2(171, n0p, n0sl)
    Spec::new(172, [44, 0, 0], 1),   // 72: f1(172, s1p)
    Spec::new(173, [45, 44, 0], 2),  // 73: f2(173, s1w, s1p)
    Spec::new(174, [44, 3, 6], 3),   // 74: f3(174, s1p, s0p, n0p)
    Spec::new(175, [44, 3, 22], 3),  // 75: f3(175, s1p, s0p, st.lab(s0))
    Spec::new(176, [46, 0, 0], 1),   // 76: f1(176, n0a)
    Spec::new(177, [47, 0, 0], 1),   // 77: f1(177, s0a)
    Spec::new(178, [3, 46, 0], 2),   // 78: f2(178, s0p, n0a)
    Spec::new(179, [47, 6, 0], 2),   // 79: f2(179, s0a, n0p)
    Spec::new(180, [47, 46, 48], 3), // 80: f3(180, s0a, n0a, n1a)
    Spec::new(181, [49, 3, 0], 2),   // 81: f2(181, ws.suf(n0), s0p)
    Spec::new(182, [50, 6, 0], 2),   // 82: f2(182, ws.suf(s0), n0p)
    Spec::new(183, [46, 9, 0], 2),   // 83: f2(183, n0a, n1p)
];

/// Atoms of the buffer alone (n0, n1, n2: words, tags, classes, suffix;
/// 0 is the constant atom): fixed while the buffer front `b` is.
const BUFFER_ATOMS: [u8; 13] = [0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 46, 48, 49];
/// Atoms of n0's left children (their words, tags, labels, count, label
/// set): these change only when LEFT-ARC gives n0 a new leftmost child.
const N0_LEFT_ATOMS: [u8; 8] = [16, 20, 27, 28, 38, 39, 40, 43];

/// Memo group of action template `i`: 1 if it reads the buffer alone, 2
/// if it reads the buffer and n0's left children, 0 otherwise (the stack).
/// While `b` stays, group 1 sums stay; while `b` and n0's leftmost child
/// stay, group 2 sums stay (REDUCE and LEFT-ARC keep `b`).
pub fn template_group(i: usize) -> u8 {
    let Some(sp) = SPECS.get(i) else {
        return 0;
    };
    let used = sp.read();
    if used.iter().all(|a| BUFFER_ATOMS.contains(a)) {
        1
    } else if used
        .iter()
        .all(|a| BUFFER_ATOMS.contains(a) || N0_LEFT_ATOMS.contains(a))
    {
        2
    } else {
        0
    }
}

/// The atoms of a state: 0, then (1..) s0wp, s0w, s0p, n0wp, n0w, n0p, n1wp, n1w, n1p, n2wp, n2w, n2p, s0hp, s0lp, s0rp, n0lp, dist, s0vr, s0vl, n0vl, w_s0h, lab_s0, w_s0l, lab_s0l, w_s0r, lab_s0r, w_n0l, lab_n0l, w_s0h2, s0h2p, lab_s0h, w_s0l2, s0l2p, lab_s0l2, w_s0r2, s0r2p, lab_s0r2, w_n0l2, n0l2p, lab_n0l2, s0sr, s0sl, n0sl, s1p, s1w, n0a, s0a, n1a, suf_n0, suf_s0.
#[inline]
fn atoms<V: Nodes>(st: &State, ws: &V, out: &mut [u64; NATOM]) {
    let n = st.n;
    let s0 = st.s0();
    let n0 = opt(st.b as u32, n);
    let n1 = opt(st.b as u32 + 1, n);
    let n2 = opt(st.b as u32 + 2, n);
    let (s0h, s0h2, s0l, s0r, s0l2, s0r2) = if s0 == NONE {
        (NONE, NONE, NONE, NONE, NONE, NONE)
    } else {
        let s = s0 as usize;
        let h = st.head[s];
        let h2 = if h != NONE { st.head[h as usize] } else { NONE };
        (h, h2, st.lc1[s], st.rc1[s], st.lc2[s], st.rc2[s])
    };
    let (n0l, n0l2) = if n0 == NONE {
        (NONE, NONE)
    } else {
        (st.lc1[n0 as usize], st.lc2[n0 as usize])
    };
    let (s0w, s0p) = (ws.w(s0), ws.p(s0));
    let (n0w, n0p) = (ws.w(n0), ws.p(n0));
    let (n1w, n1p) = (ws.w(n1), ws.p(n1));
    let (n2w, n2p) = (ws.w(n2), ws.p(n2));
    let dist = if s0 == NONE || n0 == NONE {
        0
    } else {
        (n0 - s0).min(10) as u64
    };
    let (s0vl, s0vr, s0sl, s0sr) = if s0 == NONE {
        (0, 0, 0, 0)
    } else {
        let s = s0 as usize;
        (st.nl[s] as u64, st.nr[s] as u64, st.lset[s], st.rset[s])
    };
    let (n0vl, n0sl) = if n0 == NONE {
        (0, 0)
    } else {
        (st.nl[n0 as usize] as u64, st.lset[n0 as usize])
    };
    let s0wp = s0w ^ (s0p << 56);
    let n0wp = n0w ^ (n0p << 56);
    let n1wp = n1w ^ (n1p << 56);
    let n2wp = n2w ^ (n2p << 56);
    let s0hp = ws.p(s0h);
    let s0lp = ws.p(s0l);
    let s0rp = ws.p(s0r);
    let n0lp = ws.p(n0l);
    let s0h2p = ws.p(s0h2);
    let s0l2p = ws.p(s0l2);
    let s0r2p = ws.p(s0r2);
    let n0l2p = ws.p(n0l2);
    let s1 = if st.stack.len() >= 2 {
        st.stack[st.stack.len() - 2]
    } else {
        NONE
    };
    let (s1w, s1p) = (ws.w(s1), ws.p(s1));
    let (s0a, n0a, n1a) = (ws.a(s0), ws.a(n0), ws.a(n1));
    *out = [
        0,
        s0wp,
        s0w,
        s0p,
        n0wp,
        n0w,
        n0p,
        n1wp,
        n1w,
        n1p,
        n2wp,
        n2w,
        n2p,
        s0hp,
        s0lp,
        s0rp,
        n0lp,
        dist,
        s0vr,
        s0vl,
        n0vl,
        ws.w(s0h),
        st.lab(s0),
        ws.w(s0l),
        st.lab(s0l),
        ws.w(s0r),
        st.lab(s0r),
        ws.w(n0l),
        st.lab(n0l),
        ws.w(s0h2),
        s0h2p,
        st.lab(s0h),
        ws.w(s0l2),
        s0l2p,
        st.lab(s0l2),
        ws.w(s0r2),
        s0r2p,
        st.lab(s0r2),
        ws.w(n0l2),
        n0l2p,
        st.lab(n0l2),
        s0sr,
        s0sl,
        n0sl,
        s1p,
        s1w,
        n0a,
        s0a,
        n1a,
        ws.suf(n0),
        ws.suf(s0),
    ];
}

/// Action features: the keys of all `NF` templates (training; a model
/// uses those of its [`Active`] set, see [`keys_of`]).
pub fn features(st: &State, ws: &Words<'_>, out: &mut [u32; NF]) {
    let mut at = [0u64; NATOM];
    atoms(st, ws, &mut at);
    for (o, sp) in out.iter_mut().zip(&SPECS) {
        *o = sp.key(&at);
    }
}

/// The keys of templates `idx` for the atoms `at` into `out`; returns how
/// many.
#[inline]
fn keys_of(at: &[u64; NATOM], idx: &[u8], out: &mut [u32; NF]) -> usize {
    crate::hash::keys_of(&SPECS, at, idx, out)
}

/// The labeller's distance atom of the arc `h -> d`: the distance cut at
/// 8, plus 16 for a left dependent (it carries the direction).
#[inline]
fn arc_dist(h: usize, d: usize) -> u64 {
    (h.abs_diff(d)).min(8) as u64 + 16 * (d < h) as u64
}

/// Number of labeller atoms, including atom 0 = 0.
const NLA: usize = 19;

/// The labeller's atoms of the arc `h -> d`: 0, then (1..) dir, dw, dp,
/// hw, hp, dist, lset(d), lset(h)|rset(h), p(d-1), p(d+1), p(h-1),
/// p(h+1), w(d's leftmost child), p(d's leftmost child), nl(d), suf(d),
/// label(h), rset(d).
#[inline]
fn label_atoms<V: Nodes>(st: &State, ws: &V, h: usize, d: usize, out: &mut [u64; NLA]) {
    let n = st.n;
    let (hu, du) = (h as u32, d as u32);
    let dl = st.lc1.get(d).copied().unwrap_or(NONE);
    let prev = |x: usize| -> u64 {
        if x <= 1 {
            P_NONE
        } else {
            ws.p(x as u32 - 1)
        }
    };
    let next = |x: usize| -> u64 {
        if x == 0 || x >= n {
            P_NONE
        } else {
            ws.p(x as u32 + 1)
        }
    };
    let dsuf = if d >= 1 && d <= n { ws.suf(du) } else { PAD };
    let set = |v: &[u64], x: usize| v.get(x).copied().unwrap_or(0);
    *out = [
        0,
        (d < h) as u64,
        ws.w(du),
        ws.p(du),
        ws.w(hu),
        ws.p(hu),
        arc_dist(h, d),
        set(&st.lset, d),
        set(&st.lset, h) | set(&st.rset, h),
        prev(d),
        next(d),
        prev(h),
        next(h),
        ws.w(dl),
        ws.p(dl),
        st.nl.get(d).map_or(0, |&x| x as u64),
        dsuf,
        st.lab(hu),
        set(&st.rset, d),
    ];
}

/// The labeller templates as data (template `i` has id `200 + i`), over
/// the atoms of [`label_atoms`].
const LABEL_SPECS: [Spec; NLF] = [
    Spec::new(200, [1, 0, 0], 1),   // dir
    Spec::new(201, [2, 1, 0], 2),   // dw dir
    Spec::new(202, [3, 1, 0], 2),   // dp dir
    Spec::new(203, [4, 1, 0], 2),   // hw dir
    Spec::new(204, [5, 1, 0], 2),   // hp dir
    Spec::new(205, [5, 3, 1], 3),   // hp dp dir
    Spec::new(206, [4, 3, 1], 3),   // hw dp dir
    Spec::new(207, [5, 2, 1], 3),   // hp dw dir
    Spec::new(208, [4, 2, 1], 3),   // hw dw dir
    Spec::new(209, [5, 3, 6], 3),   // hp dp dist
    Spec::new(210, [3, 7, 1], 3),   // dp lset(d) dir
    Spec::new(211, [5, 8, 1], 3),   // hp set(h) dir
    Spec::new(212, [3, 9, 10], 3),  // dp p(d-1) p(d+1)
    Spec::new(213, [5, 11, 12], 3), // hp p(h-1) p(h+1)
    Spec::new(214, [3, 13, 5], 3),  // dp w(dl) hp
    Spec::new(215, [3, 14, 5], 3),  // dp p(dl) hp
    Spec::new(216, [3, 15, 1], 3),  // dp nl(d) dir
    Spec::new(217, [16, 5, 1], 3),  // suf(d) hp dir
    Spec::new(218, [3, 17, 5], 3),  // dp label(h) hp
    Spec::new(219, [5, 3, 8], 3),   // hp dp set(h)
    Spec::new(220, [13, 1, 0], 2),  // w(dl) dir
    Spec::new(221, [3, 18, 1], 3),  // dp rset(d) dir
];

/// Labeller features for the arc `h -> d` (the keys of all `NLF`
/// templates).
pub fn label_features(st: &State, ws: &Words<'_>, h: usize, d: usize, out: &mut [u32; NLF]) {
    let mut at = [0u64; NLA];
    label_atoms(st, ws, h, d, &mut at);
    for (o, sp) in out.iter_mut().zip(&LABEL_SPECS) {
        *o = sp.key(&at);
    }
}

#[inline]
/// The highest-scoring label for the labeller keys `keys` (never the
/// root label: the root's arc is labelled apart); `ls` is scratch.
fn best_label(labels: &Table, keys: &[u32], root_label: u8, ls: &mut [i32; 256]) -> u8 {
    let nl = labels.classes();
    ls[..nl].iter_mut().for_each(|x| *x = 0);
    // the whole array: sums without bounds checks
    labels.add(keys, ls);
    pick_label(&mut ls[..nl], root_label)
}

/// The highest-scoring label of the scores `s`, never the root label.
fn pick_label(s: &mut [i32], root_label: u8) -> u8 {
    if let Some(r) = s.get_mut(root_label as usize) {
        *r = i32::MIN;
    }
    argmax(s) as u8
}

fn best_valid(s: &[i32; NA], v: &[bool; NA]) -> usize {
    let mut best = usize::MAX;
    for a in 0..NA {
        if v[a] && (best == usize::MAX || s[a] > s[best]) {
            best = a;
        }
    }
    best
}

/// Label dictionary: arcs whose label the training data fixes by the
/// tags alone. Keyed like the labeller's pair memo ([`label_pair_key`]:
/// head tag, dependent tag, direction and distance up to 8): a
/// combination seen at least `min_count` times in the gold training trees
/// with one label at least `min_share` of the time gets that label
/// without running the labeller (about 45 % of the arcs of news text;
/// see `docs/syntax.md`, "Label dictionary").
#[derive(Debug, Clone, Default)]
pub struct LabelDict(pub(crate) ClassDict);

impl LabelDict {
    /// Count the gold labels of every (head tag, dependent tag, direction,
    /// distance) of `sents` (tags as `tagset` numbers them, labels by
    /// `label_id`; arcs to the root and unknown labels are left out).
    pub fn build(
        sents: &[&Sentence],
        tagset: &crate::TagSet,
        label_id: impl Fn(&str) -> Option<u8>,
        min_count: usize,
        min_share: f64,
    ) -> LabelDict {
        let mut counts: std::collections::HashMap<u32, std::collections::HashMap<u8, usize>> =
            Default::default();
        for s in sents {
            let tags: Vec<u8> = s
                .words
                .iter()
                .map(|w| tagset.id(&w.upos, &w.xpos))
                .collect();
            for (i, w) in s.words.iter().enumerate() {
                let (h, d) = (w.head, i + 1);
                if h == 0 || h > tags.len() {
                    continue;
                }
                let Some(l) = label_id(&w.deprel) else {
                    continue;
                };
                let key = pair_key(tags[h - 1] as u64, tags[d - 1] as u64, h, d);
                if key != 0 {
                    *counts.entry(key).or_default().entry(l).or_default() += 1;
                }
            }
        }
        LabelDict(ClassDict::from_counts(counts, min_count, min_share))
    }

    /// Is `key` a well-formed pair key for `ntags` tags?
    pub fn valid_key(key: u32, ntags: usize) -> bool {
        let (h, dp, dist) = ((key >> 16) as usize, (key >> 8) & 0xff, key & 0xff);
        (1..=ntags).contains(&h)
            && (dp as usize) < ntags
            && ((1..=8).contains(&dist) || (17..=24).contains(&dist))
    }
}

/// The dictionary's entries (pair key -> label).
impl std::ops::Deref for LabelDict {
    type Target = ClassDict;
    fn deref(&self) -> &ClassDict {
        &self.0
    }
}

impl std::ops::DerefMut for LabelDict {
    fn deref_mut(&mut self) -> &mut ClassDict {
        &mut self.0
    }
}

/// The labeller: its weights and its label dictionary.
#[derive(Clone, Copy)]
pub struct Labels<'a> {
    pub table: &'a Table,
    pub dict: &'a LabelDict,
}

impl Labels<'_> {
    /// The dictionary's label of the arc `h -> d` (`h` a word), if any.
    #[inline]
    fn fixed(&self, ws: &Words<'_>, h: usize, d: usize) -> Option<u8> {
        if self.dict.is_empty() {
            return None;
        }
        self.dict.get(label_pair_key(ws, h, d))
    }
}

/// Make the tree single-rooted: the leftmost word attached to ROOT stays
/// the root, other ROOT dependents (and any headless word) attach to it.
fn finish_tree(st: &mut State, mut label: impl FnMut(&State, usize, usize) -> u8, root_label: u8) {
    let n = st.n;
    let root = n + 1;
    let main = (1..=n).find(|&x| st.head[x] as usize == root);
    let main = match main {
        Some(m) => m,
        None => match (1..=n).find(|&x| st.head[x] == NONE) {
            Some(m) => {
                st.add_arc(root, m, root_label);
                m
            }
            None => return,
        },
    };
    for k in 1..=n {
        if k != main && (st.head[k] == NONE || st.head[k] as usize == root) {
            let l = label(st, main, k);
            st.add_arc(main, k, l);
        }
    }
}

/// The action templates that depend on one node only (word, tag,
/// word+tag, ambiguity class), by the node's role: s0, n0, n1, n2.
/// Template `i` of these is `f1(100 + i, atom)`; see [`node_feature`].
pub const NODE_TEMPLATES: [&[usize]; 4] =
    [&[0, 1, 2, 77], &[3, 4, 5, 76], &[6, 7, 8], &[9, 10, 11]];

/// Key of single-node template `i` (one of [`NODE_TEMPLATES`]) for the
/// node with word `w`, tag `p` and ambiguity class `a` (the same key
/// [`features`] computes).
#[inline]
fn node_feature(i: usize, w: u64, p: u64, a: u64) -> u32 {
    let atom = match i {
        76 | 77 => a,
        _ => match i % 3 {
            0 => w ^ (p << 56),
            1 => w,
            _ => p,
        },
    };
    f1(100 + i as u64, atom)
}

/// Per-node action scores of the active single-node templates, by role,
/// for every node `0..=n+1` and NONE (index `n+2`). Integer sums are
/// exact, so adding these cached partial sums gives the same scores as
/// looking the features up in every state. A node's rows depend only on
/// its word, tag and ambiguity class: they come from `memo` when that
/// triple was seen (in this sentence or an earlier one).
fn node_scores(
    actions: &Table,
    act: &Active,
    ws: &Words<'_>,
    n: usize,
    out: &mut Vec<[[i32; NA]; 4]>,
    memo: &mut NodeMemo,
) {
    out.clear();
    out.resize(n + 3, [[0; NA]; 4]);
    let per: usize = act.node_len.iter().map(|&l| l as usize).sum();
    if per == 0 {
        return;
    }
    let NodeMemo {
        keys,
        rows,
        feats,
        misses,
        ..
    } = memo;
    feats.clear();
    misses.clear();
    for (xi, o) in out.iter_mut().enumerate() {
        let x = if xi == n + 2 { NONE } else { xi as u32 };
        let key = [ws.w(x), ws.p(x), ws.a(x)];
        let slot = NodeMemo::slot(&key);
        match (keys.get(slot), rows.get(slot)) {
            (Some(Some(k)), Some(r)) if *k == key => *o = *r,
            _ => {
                misses.push((xi, slot, key));
                let [w, p, a] = key;
                for r in 0..4 {
                    for &i in &act.node[r][..act.node_len[r] as usize] {
                        feats.push(node_feature(i as usize, w, p, a));
                    }
                }
            }
        }
    }
    actions.warm(feats);
    for (&(xi, slot, key), f) in misses.iter().zip(feats.chunks(per)) {
        let mut r = [[0i32; NA]; 4];
        let mut k = 0;
        for (role, sc) in r.iter_mut().enumerate() {
            let l = act.node_len[role] as usize;
            actions.add4_warmed(&f[k..k + l], sc);
            k += l;
        }
        if let Some(o) = out.get_mut(xi) {
            *o = r;
        }
        if let (Some(ks), Some(rs)) = (keys.get_mut(slot), rows.get_mut(slot)) {
            *ks = Some(key);
            *rs = r;
        }
    }
}

/// Slots of a [`NodeMemo`]: `1 << NODE_MEMO_BITS`, direct-mapped.
const NODE_MEMO_BITS: u32 = 12;

/// Per-thread memo of [`node_scores`] rows under the node's exact (word,
/// tag, ambiguity class) values, with the scratch `node_scores` uses. Tied
/// to one model by its id; reset when used with another.
#[derive(Default)]
pub(crate) struct NodeMemo {
    model: u64,
    keys: Vec<Option<[u64; 3]>>,
    rows: Vec<[[i32; NA]; 4]>,
    feats: Vec<u32>,
    misses: Vec<(usize, usize, [u64; 3])>,
}

impl NodeMemo {
    /// Ready for `model`'s rows (model 0, a one-off parse: no memo).
    fn prepare(&mut self, model: u64) {
        let n = if model == 0 {
            0
        } else {
            1usize << NODE_MEMO_BITS
        };
        if self.model != model || self.keys.len() != n {
            self.model = model;
            self.keys = vec![None; n];
            self.rows = vec![[[0; NA]; 4]; n];
        }
    }

    #[inline]
    fn slot(key: &[u64; 3]) -> usize {
        let h = key[0] ^ key[1].rotate_left(21) ^ key[2].rotate_left(42);
        (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - NODE_MEMO_BITS)) as usize
    }
}

/// One sentence for [`parse_many`]: its words and the state that receives
/// the parse.
pub struct Job<'w, 's> {
    pub ws: Words<'w>,
    pub st: &'s mut State,
}

/// Per-job working data of [`parse_many`].
pub struct Work {
    nodes: Vec<[[i32; NA]; 4]>,
    /// The sentence's word values by position, for [`atoms`].
    table: NodeTable,
    /// Keys of the state's templates (`k` of them) or of the pending
    /// arc's labeller templates.
    keys: [u32; NF],
    k: usize,
    /// Valid actions of the state this step.
    valid: [bool; NA],
    /// Action chosen this step, `usize::MAX` when none.
    act: usize,
    /// The arc of `act`, waiting for its label.
    arc: Option<(usize, usize)>,
    done: bool,
    /// Per memo group (buffer; buffer and n0's left children, see
    /// [`template_group`]): the state it was summed for (`b`, n0's
    /// leftmost child), its keys (`gk` of them) when they must be summed
    /// this step, and the sums.
    gtag: [(u32, u32); 2],
    gkeys: [[u32; NF]; 2],
    gk: [usize; 2],
    gfresh: [bool; 2],
    gsum: [[i32; NA]; 2],
    /// The pending arc's labeller memo key and pair-template keys.
    lkey: u32,
    /// The pending arc's label when the label dictionary fixes it.
    fixed: Option<u8>,
    /// The pending arc's labeller atoms (its pair templates are hashed
    /// only on a memo miss).
    lat: [u64; NLA],
}

impl Default for Work {
    fn default() -> Self {
        Work {
            nodes: Vec::new(),
            table: NodeTable::default(),
            keys: [0; NF],
            k: 0,
            valid: [false; NA],
            act: usize::MAX,
            arc: None,
            done: true,
            gtag: [(u32::MAX, u32::MAX); 2],
            gkeys: [[0; NF]; 2],
            gk: [0; 2],
            gfresh: [false; 2],
            gsum: [[0; NA]; 2],
            lkey: 0,
            fixed: None,
            lat: [0; NLA],
        }
    }
}

/// Labeller templates that read only the head's and dependent's tags
/// and the arc's direction and distance: their sums per
/// (head tag, dependent tag, distance) are memoised in [`Works`].
pub const LABEL_PAIR_TEMPLATES: [usize; 5] = [0, 2, 4, 5, 9];

/// Reusable parser buffers, one per thread: per-sentence work for
/// [`parse_many`] and the labeller memo (exact integer sums; tied to one
/// model by its id, reset when used with another).
#[derive(Default)]
pub struct Works {
    jobs: Vec<Work>,
    labels: LabelMemo,
    nodes: NodeMemo,
}

/// The labeller memo of [`Works`].
#[derive(Default)]
struct LabelMemo {
    model: u64,
    nl: usize,
    sums: SumMemo,
}

impl LabelMemo {
    fn prepare(&mut self, model: u64, nl: usize) {
        if self.model != model || self.nl != nl || !self.sums.ready(nl) {
            self.model = model;
            self.nl = nl;
            self.sums = SumMemo::new(nl);
        }
    }
}

/// Memo key of the arc `h -> d` for [`LABEL_PAIR_TEMPLATES`] (never 0),
/// or 0 when its tags do not fit the key.
#[inline]
fn label_pair_key(ws: &Words<'_>, h: usize, d: usize) -> u32 {
    pair_key(ws.p(h as u32), ws.p(d as u32), h, d)
}

/// The pair key of an arc `h -> d` whose words have tags `hp` and `dp`
/// (0 for tags past 254: ROOT, no word).
#[inline]
pub(crate) fn pair_key(hp: u64, dp: u64, h: usize, d: usize) -> u32 {
    if hp >= 255 || dp >= 255 {
        return 0;
    }
    ((hp as u32 + 1) << 16) | ((dp as u32) << 8) | arc_dist(h, d) as u32
}

/// The keys of labeller templates `idx` for the atoms `at`.
#[inline]
fn keys_of_labels(at: &[u64; NLA], idx: &[u8], out: &mut [u32]) -> usize {
    crate::hash::keys_of(&LABEL_SPECS, at, idx, out)
}

/// [`best_label`] with the pair templates' sums taken from the memo under
/// `key` (computed on a miss from the atoms and the pair templates' ids in
/// `pair`; key 0: not memoised).
#[allow(clippy::too_many_arguments)]
fn best_label_memo(
    labels: &Table,
    rest: &[u32],
    (at, pair): (&[u64; NLA], &[u8]),
    key: u32,
    memo: &mut LabelMemo,
    root_label: u8,
    ls: &mut [i32; 256],
) -> u8 {
    let nl = labels.classes();
    ls[..nl].iter_mut().for_each(|x| *x = 0);
    let fill = |row: &mut [i32; 256]| {
        let mut g = [0u32; NLF];
        let k = keys_of_labels(at, pair, &mut g);
        labels.add(&g[..k], row);
    };
    if memo.nl == nl {
        memo.sums.add(key as u64, &mut ls[..nl], fill);
    } else {
        fill(ls);
    }
    // `rest` was warmed when the arc was chosen
    labels.add_warmed(rest, ls);
    pick_label(&mut ls[..nl], root_label)
}

/// Parse with quantised tables. Fills `st.head` / `st.label` (1-based,
/// 0 = ROOT).
pub fn parse(
    actions: &Table,
    labels: Labels<'_>,
    act: &Active,
    root_label: u8,
    ws: &Words<'_>,
    st: &mut State,
) {
    parse_many(
        actions,
        labels,
        act,
        root_label,
        &mut [Job { ws: *ws, st }],
        &mut Works::default(),
        0,
    );
}

/// Parse several sentences in lockstep, with exactly the result of
/// parsing each alone. Every step first computes the features of all
/// sentences and prefetches their rows, then scores; then it does the
/// same for the labels of the arcs built. A greedy parser waits on a chain
/// of dependent cache misses (features, scores, action, next features);
/// interleaved sentences keep several chains in flight at once.
pub fn parse_many(
    actions: &Table,
    labels: Labels<'_>,
    act: &Active,
    root_label: u8,
    jobs: &mut [Job<'_, '_>],
    works: &mut Works,
    model: u64,
) {
    #[cfg(target_arch = "x86_64")]
    if crate::weights::has_v3() {
        // SAFETY: the CPU has every feature `parse_many_v3` is compiled
        // for (checked just above).
        unsafe { parse_many_v3(actions, labels, act, root_label, jobs, works, model) };
        return;
    }
    parse_many_in(actions, labels, act, root_label, jobs, works, model);
}

/// [`parse_many`] compiled for x86-64-v3 (the same results: integer
/// sums; about 5 % fewer instructions).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,bmi1,bmi2,fma,lzcnt,popcnt,movbe")]
unsafe fn parse_many_v3(
    actions: &Table,
    labels: Labels<'_>,
    act: &Active,
    root_label: u8,
    jobs: &mut [Job<'_, '_>],
    works: &mut Works,
    model: u64,
) {
    parse_many_in(actions, labels, act, root_label, jobs, works, model);
}

/// The body of [`parse_many`] (always inlined: so that `parse_many_v3`
/// compiles its own copy).
#[inline(always)]
pub(crate) fn parse_many_in(
    actions: &Table,
    labels: Labels<'_>,
    act: &Active,
    root_label: u8,
    jobs: &mut [Job<'_, '_>],
    works: &mut Works,
    model: u64,
) {
    works.labels.prepare(model, labels.table.classes());
    works.nodes.prepare(model);
    let Works {
        jobs: work,
        labels: memo,
        nodes: node_memo,
    } = works;
    if work.len() < jobs.len() {
        work.resize_with(jobs.len(), Work::default);
    }
    let work = &mut work[..jobs.len()];
    for (j, w) in jobs.iter_mut().zip(work.iter_mut()) {
        let n = j.ws.lex.len();
        j.st.reset(n);
        w.table.fill(&j.ws, n);
        node_scores(actions, act, &j.ws, n, &mut w.nodes, node_memo);
        w.done = false;
        w.gtag = [(u32::MAX, u32::MAX); 2];
    }
    let mut ls = [0i32; 256];
    let mut left = jobs.len();
    while left > 0 {
        // features of every state, their buckets prefetched
        for (j, w) in jobs.iter_mut().zip(work.iter_mut()) {
            w.act = usize::MAX;
            w.arc = None;
            w.k = 0;
            w.fixed = None;
            if w.done {
                continue;
            }
            if j.st.terminal() {
                w.done = true;
                left -= 1;
                continue;
            }
            w.valid = j.st.valid();
            let v = &w.valid;
            // a forced move (one valid action: empty stack, or only ROOT
            // left in the buffer with s0 already attached) needs no scoring
            if v.iter().filter(|&&x| x).count() == 1 {
                w.act = v.iter().position(|&x| x).unwrap_or(SHIFT);
            } else {
                // the single-node templates come from `nodes`, the buffer
                // groups from the memo while their state parts stay
                let mut at = [0u64; NATOM];
                atoms(j.st, &w.table, &mut at);
                w.k = keys_of(&at, &act.rest_groups[0], &mut w.keys);
                actions.warm(&w.keys[..w.k]);
                let tags = [(j.st.b as u32, 0), (j.st.b as u32, j.st.n0_leftmost())];
                for (g, tag) in tags.into_iter().enumerate() {
                    w.gfresh[g] = w.gtag[g] != tag;
                    if w.gfresh[g] {
                        w.gtag[g] = tag;
                        w.gk[g] = keys_of(&at, &act.rest_groups[g + 1], &mut w.gkeys[g]);
                        actions.warm(&w.gkeys[g][..w.gk[g]]);
                    }
                }
            }
        }
        // scores and actions; the labeller rows of new arcs prefetched
        for (j, w) in jobs.iter_mut().zip(work.iter_mut()) {
            if w.done {
                continue;
            }
            if w.act == usize::MAX {
                let n = j.ws.lex.len();
                let mut s = [0i32; NA];
                actions.add4_warmed(&w.keys[..w.k], &mut s);
                for g in 0..2 {
                    if w.gfresh[g] {
                        w.gsum[g] = [0; NA];
                        actions.add4_warmed(&w.gkeys[g][..w.gk[g]], &mut w.gsum[g]);
                    }
                    for (o, x) in s.iter_mut().zip(w.gsum[g]) {
                        *o += x;
                    }
                }
                let s0 = j.st.s0();
                let b = j.st.b as u32;
                for (x, role) in [
                    (s0, 0),
                    (opt(b, n), 1),
                    (opt(b + 1, n), 2),
                    (opt(b + 2, n), 3),
                ] {
                    let i = if x == NONE { n + 2 } else { x as usize };
                    let r = w.nodes.get(i).map_or([0; NA], |r| r[role]);
                    for k in 0..NA {
                        s[k] += r[k];
                    }
                }
                w.act = best_valid(&s, &w.valid);
                if w.act == usize::MAX {
                    w.done = true;
                    left -= 1;
                    continue;
                }
            }
            w.arc = j.st.arc_of(w.act);
            match w.arc {
                Some((h, d)) if h <= j.st.n => {
                    w.lkey = label_pair_key(&j.ws, h, d);
                    w.fixed = labels.dict.get(w.lkey);
                    if w.fixed.is_none() {
                        label_atoms(j.st, &w.table, h, d, &mut w.lat);
                        w.k = keys_of_labels(&w.lat, &act.labeller_rest, &mut w.keys);
                        labels.table.warm(&w.keys[..w.k]);
                    } else {
                        w.k = 0;
                    }
                }
                _ => w.k = 0,
            }
        }
        // labels, then the actions applied
        for (j, w) in jobs.iter_mut().zip(work.iter_mut()) {
            if w.done || w.act == usize::MAX {
                continue;
            }
            let l = match (w.arc, w.fixed) {
                (Some((h, _)), _) if h > j.st.n => root_label,
                (Some(_), Some(l)) => l,
                (Some(_), None) => best_label_memo(
                    labels.table,
                    &w.keys[..w.k],
                    (&w.lat, &act.labeller_pair),
                    w.lkey,
                    memo,
                    root_label,
                    &mut ls,
                ),
                (None, _) => 0,
            };
            j.st.apply(w.act, l);
        }
    }
    for j in jobs.iter_mut() {
        let ws = &j.ws;
        let mut lf2 = [0u32; NLF];
        let mut ls2 = [0i32; 256];
        finish_tree(
            j.st,
            |st, h, d| {
                if h > st.n {
                    return root_label;
                }
                if let Some(l) = labels.fixed(ws, h, d) {
                    return l;
                }
                label_features(st, ws, h, d, &mut lf2);
                let mut g = [0u32; NLF];
                let k = gather(&lf2[..], &act.labeller, &mut g);
                best_label(labels.table, &g[..k], root_label, &mut ls2)
            },
            root_label,
        );
    }
}

/// A training sentence prepared for the parser.
pub struct TrainSent {
    pub lex: Vec<Lex>,
    pub tags: Vec<u8>,
    /// Gold heads, index 0 unused; the root's head is n+1.
    pub heads: Vec<u32>,
    /// Gold labels, index 0 unused.
    pub labels: Vec<u8>,
}

/// Train parser and labeller; `report(epoch, actions, labeller)` is called
/// after each epoch.
pub fn train(
    data: &[TrainSent],
    act_set: &Active,
    nlabels: usize,
    root_label: u8,
    epochs: usize,
    seed: u64,
    mut report: impl FnMut(usize, &Trainer, &Trainer),
) -> (Trainer, Trainer) {
    let mut act = Trainer::new(NA);
    let mut lab = Trainer::new(nlabels);
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut st = State::new();
    let mut feats = [0u32; NF];
    let mut lf = [0u32; NLF];
    let mut ls = vec![0i32; nlabels];
    let mut g = [0u32; NF];
    let mut lg = [0u32; NLF];
    for e in 0..epochs {
        rng.shuffle(&mut order);
        let explore = e > 0;
        for &k in &order {
            let ts = &data[k];
            let ws = Words {
                lex: &ts.lex,
                tags: &ts.tags,
            };
            st.reset(ts.lex.len());
            while !st.terminal() {
                let v = st.valid();
                features(&st, &ws, &mut feats);
                let k = gather(&feats, &act_set.parser, &mut g);
                let feats = &g[..k];
                let mut s = [0i32; NA];
                act.scores(feats, &mut s);
                let c = st.costs(&ts.heads);
                let pred = best_valid(&s, &v);
                if pred == usize::MAX {
                    break;
                }
                let minc = (0..NA).filter(|&a| v[a]).map(|a| c[a]).min().unwrap_or(0);
                let mut good = usize::MAX;
                for a in 0..NA {
                    if v[a] && c[a] == minc && (good == usize::MAX || s[a] > s[good]) {
                        good = a;
                    }
                }
                if c[pred] > minc {
                    act.update(feats, good, pred);
                }
                act.tick();
                let a = if c[pred] == minc || (explore && rng.below(10) < 9) {
                    pred
                } else {
                    good
                };
                let mut l = 0u8;
                if let Some((h, d)) = st.arc_of(a) {
                    if h > st.n {
                        l = root_label;
                    } else {
                        label_features(&st, &ws, h, d, &mut lf);
                        let k = gather(&lf, &act_set.labeller, &mut lg);
                        let lf = &lg[..k];
                        lab.scores(lf, &mut ls);
                        ls[root_label as usize] = i32::MIN;
                        let pl = argmax(&ls);
                        if ts.heads[d] as usize == h {
                            let gl = ts.labels[d] as usize;
                            if pl != gl {
                                lab.update(lf, gl, pl);
                            }
                            lab.tick();
                            l = if explore { pl as u8 } else { gl as u8 };
                        } else {
                            l = pl as u8;
                        }
                    }
                }
                st.apply(a, l);
            }
        }
        report(e, &act, &lab);
    }
    (act, lab)
}

/// True if every tree of the sentence is projective (trainable with the
/// arc-eager dynamic oracle).
pub fn trainable(s: &Sentence) -> bool {
    s.is_projective()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::hash::{f2, f3};

    /// The labeller templates written out by hand (the keys the models
    /// were trained with).
    fn label_reference(st: &State, ws: &Words<'_>, h: usize, d: usize, out: &mut [u32; NLF]) {
        let n = st.n;
        let (hu, du) = (h as u32, d as u32);
        let hw = ws.w(hu);
        let hp = ws.p(hu);
        let dw = ws.w(du);
        let dp = ws.p(du);
        let dir = (d < h) as u64;
        let dist = arc_dist(h, d);
        let dl = st.lc1[d];
        let dlw = ws.w(dl);
        let dlp = ws.p(dl);
        let prev = |x: usize| -> u64 {
            if x <= 1 {
                P_NONE
            } else {
                ws.p(x as u32 - 1)
            }
        };
        let next = |x: usize| -> u64 {
            if x == 0 || x >= n {
                P_NONE
            } else {
                ws.p(x as u32 + 1)
            }
        };
        let dsuf = if d >= 1 && d <= n {
            ws.lex[d - 1].suf[2]
        } else {
            PAD
        };
        let hset = st.lset[h] | st.rset[h];
        let o = out;
        o[0] = f1(200, dir);
        o[1] = f2(201, dw, dir);
        o[2] = f2(202, dp, dir);
        o[3] = f2(203, hw, dir);
        o[4] = f2(204, hp, dir);
        o[5] = f3(205, hp, dp, dir);
        o[6] = f3(206, hw, dp, dir);
        o[7] = f3(207, hp, dw, dir);
        o[8] = f3(208, hw, dw, dir);
        o[9] = f3(209, hp, dp, dist);
        o[10] = f3(210, dp, st.lset[d], dir);
        o[11] = f3(211, hp, hset, dir);
        o[12] = f3(212, dp, prev(d), next(d));
        o[13] = f3(213, hp, prev(h), next(h));
        o[14] = f3(214, dp, dlw, hp);
        o[15] = f3(215, dp, dlp, hp);
        o[16] = f3(216, dp, st.nl[d] as u64, dir);
        o[17] = f3(217, dsuf, hp, dir);
        o[18] = f3(218, dp, st.lab(hu), hp);
        o[19] = f3(219, hp, dp, hset);
        o[20] = f2(220, dlw, dir);
        o[21] = f3(221, dp, st.rset[d], dir);
    }

    /// The greedy parse with every active template summed from scratch at
    /// every state (no node sums, no buffer memo, no lockstep): what
    /// [`parse_many`] must reproduce exactly.
    pub(crate) fn parse_plain(
        actions: &Table,
        labels: Labels<'_>,
        act: &Active,
        root_label: u8,
        ws: &Words<'_>,
        st: &mut State,
    ) {
        st.reset(ws.lex.len());
        let mut f = [0u32; NF];
        let mut g = [0u32; NF];
        let mut lf = [0u32; NLF];
        let mut lg = [0u32; NLF];
        let mut ls = [0i32; 256];
        while !st.terminal() {
            let valid = st.valid();
            let a = if valid.iter().filter(|&&x| x).count() == 1 {
                valid.iter().position(|&x| x).unwrap_or(SHIFT)
            } else {
                features(st, ws, &mut f);
                let k = gather(&f, &act.parser, &mut g);
                let mut s = [0i32; NA];
                actions.add4(&g[..k], &mut s);
                best_valid(&s, &valid)
            };
            if a == usize::MAX {
                break;
            }
            let l = match st.arc_of(a) {
                Some((h, _)) if h > st.n => root_label,
                Some((h, d)) => match labels.fixed(ws, h, d) {
                    Some(l) => l,
                    None => {
                        label_features(st, ws, h, d, &mut lf);
                        let k = gather(&lf, &act.labeller, &mut lg);
                        best_label(labels.table, &lg[..k], root_label, &mut ls)
                    }
                },
                None => 0,
            };
            st.apply(a, l);
        }
        finish_tree(
            st,
            |st, h, d| {
                if h > st.n {
                    return root_label;
                }
                if let Some(l) = labels.fixed(ws, h, d) {
                    return l;
                }
                let mut lf = [0u32; NLF];
                let mut lg = [0u32; NLF];
                label_features(st, ws, h, d, &mut lf);
                let k = gather(&lf, &act.labeller, &mut lg);
                best_label(labels.table, &lg[..k], root_label, &mut [0i32; 256])
            },
            root_label,
        );
    }

    #[test]
    fn node_memo_gives_the_rows_of_a_fresh_computation() {
        // the same words come back with other tags (and tags with other
        // words): a memo keyed on less than the whole node would give
        // stale rows
        let m = crate::Model::embedded().unwrap();
        let text = [
            include_str!("../../../examples/stories/eu-sanctions.txt"),
            include_str!("../../../examples/stories/congo-rwanda.txt"),
        ]
        .concat();
        let words: Vec<&str> = text.split_whitespace().collect();
        let n = words.len();
        assert!(n > 300, "{n}");
        let mut sc = crate::Scratch::default();
        m.tag_ids(&words, &mut sc);
        let lex = sc.lex.clone();
        let tags = sc.tags.clone();
        let mut memo = NodeMemo::default();
        memo.prepare(m.id);
        let (mut got, mut want) = (Vec::new(), Vec::new());
        let mut hits = 0;
        for shift in 0..4 {
            let mut t = tags.clone();
            t.rotate_left(shift * 7 % tags.len());
            for (a, b) in [(0, 150), (100, 260), (0, n), (37, 90)] {
                let ws = Words {
                    lex: &lex[a..b],
                    tags: &t[a..b],
                };
                node_scores(&m.actions, &m.active, &ws, b - a, &mut got, &mut memo);
                let mut fresh = NodeMemo::default();
                fresh.prepare(0);
                node_scores(&m.actions, &m.active, &ws, b - a, &mut want, &mut fresh);
                assert_eq!(got, want, "shift {shift}, words {a}..{b}");
                hits += (b - a + 3) - memo.misses.len();
            }
        }
        assert!(hits > 1000, "{hits}");
    }

    #[test]
    fn template_groups_read_only_their_part_of_the_state() {
        // n0p+n1p and n0p+n1p+n2p read the buffer; n0's leftmost child's
        // tag and n0's left valency read its left children; s0-n0 pairs
        // read the stack
        assert_eq!(template_group(19), 1);
        assert_eq!(template_group(20), 1);
        assert_eq!(template_group(48), 2);
        assert_eq!(template_group(37), 2);
        assert_eq!(template_group(18), 0);
        assert_eq!(template_group(31), 0);
        assert_eq!(template_group(NF), 0);
    }

    #[test]
    fn label_specs_give_the_hand_written_keys() {
        // every arc of a parse built by valid actions (taken in turn), on
        // made-up words and tags, with children, labels and label sets
        let words = [
            "Russia",
            "struck",
            "Kyiv",
            "'s",
            "power",
            "grid",
            "overnight",
            ",",
            "officials",
            "said",
            ".",
        ];
        let mut lex = Vec::new();
        crate::lex::lex_all(&words, &mut lex);
        let tags: Vec<u8> = (0..words.len() as u8).map(|i| (i * 7) % 40).collect();
        let ws = Words {
            lex: &lex,
            tags: &tags,
        };
        let mut st = State::new();
        st.reset(words.len());
        let mut arcs = 0;
        let mut step = 0usize;
        while !st.terminal() {
            let v = st.valid();
            let a = (0..NA).cycle().skip(step % NA).find(|&a| v[a]).unwrap();
            step += 1;
            if let Some((h, d)) = st.arc_of(a) {
                if h <= st.n {
                    let (mut x, mut y) = ([0u32; NLF], [0u32; NLF]);
                    label_features(&st, &ws, h, d, &mut x);
                    label_reference(&st, &ws, h, d, &mut y);
                    assert_eq!(x, y, "arc {h} -> {d}");
                    arcs += 1;
                }
            }
            st.apply(a, (step % 30) as u8);
        }
        assert!(arcs >= 5, "{arcs}");
    }
}
