//! Greedy arc-eager transition parser (ROOT at the end of the buffer, as
//! in Ballesteros & Nivre 2013) with an averaged-perceptron action classifier (4 actions) and a
//! separate labeller that names each arc when it is built. Trained with the
//! dynamic oracle of Goldberg & Nivre (2012) and error exploration.

use crate::conllu::Sentence;
use crate::hash::{f1, f2, f3, Rng};
use crate::lex::{Lex, PAD, ROOT};
use crate::templates::{gather, Active};
use crate::weights::{argmax, Table, Trainer};

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
pub struct Words<'a> {
    pub lex: &'a [Lex],
    pub tags: &'a [u8],
}

impl Words<'_> {
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

#[inline]
fn opt(x: u32, n: usize) -> u32 {
    if x != NONE && (x as usize) <= n + 1 {
        x
    } else {
        NONE
    }
}

/// Action features (after Zhang & Nivre 2011): the keys of all `NF`
/// templates (a model uses those of its [`Active`] set).
pub fn features(st: &State, ws: &Words<'_>, out: &mut [u32; NF]) {
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
    let o = out;
    // single words
    o[0] = f1(100, s0wp);
    o[1] = f1(101, s0w);
    o[2] = f1(102, s0p);
    o[3] = f1(103, n0wp);
    o[4] = f1(104, n0w);
    o[5] = f1(105, n0p);
    o[6] = f1(106, n1wp);
    o[7] = f1(107, n1w);
    o[8] = f1(108, n1p);
    o[9] = f1(109, n2wp);
    o[10] = f1(110, n2w);
    o[11] = f1(111, n2p);
    // pairs
    o[12] = f2(112, s0wp, n0wp);
    o[13] = f2(113, s0wp, n0w);
    o[14] = f2(114, s0w, n0wp);
    o[15] = f2(115, s0wp, n0p);
    o[16] = f2(116, s0p, n0wp);
    o[17] = f2(117, s0w, n0w);
    o[18] = f2(118, s0p, n0p);
    o[19] = f2(119, n0p, n1p);
    // triples
    o[20] = f3(120, n0p, n1p, n2p);
    o[21] = f3(121, s0p, n0p, n1p);
    o[22] = f3(122, s0hp, s0p, n0p);
    o[23] = f3(123, s0p, s0lp, n0p);
    o[24] = f3(124, s0p, s0rp, n0p);
    o[25] = f3(125, s0p, n0p, n0lp);
    // distance
    o[26] = f2(126, s0w, dist);
    o[27] = f2(127, s0p, dist);
    o[28] = f2(128, n0w, dist);
    o[29] = f2(129, n0p, dist);
    o[30] = f3(130, s0w, n0w, dist);
    o[31] = f3(131, s0p, n0p, dist);
    // valency
    o[32] = f2(132, s0w, s0vr);
    o[33] = f2(133, s0p, s0vr);
    o[34] = f2(134, s0w, s0vl);
    o[35] = f2(135, s0p, s0vl);
    o[36] = f2(136, n0w, n0vl);
    o[37] = f2(137, n0p, n0vl);
    // unigrams of the second order
    o[38] = f1(138, ws.w(s0h));
    o[39] = f1(139, s0hp);
    o[40] = f1(140, st.lab(s0));
    o[41] = f1(141, ws.w(s0l));
    o[42] = f1(142, s0lp);
    o[43] = f1(143, st.lab(s0l));
    o[44] = f1(144, ws.w(s0r));
    o[45] = f1(145, s0rp);
    o[46] = f1(146, st.lab(s0r));
    o[47] = f1(147, ws.w(n0l));
    o[48] = f1(148, n0lp);
    o[49] = f1(149, st.lab(n0l));
    // third order
    o[50] = f1(150, ws.w(s0h2));
    o[51] = f1(151, s0h2p);
    o[52] = f1(152, st.lab(s0h));
    o[53] = f1(153, ws.w(s0l2));
    o[54] = f1(154, s0l2p);
    o[55] = f1(155, st.lab(s0l2));
    o[56] = f1(156, ws.w(s0r2));
    o[57] = f1(157, s0r2p);
    o[58] = f1(158, st.lab(s0r2));
    o[59] = f1(159, ws.w(n0l2));
    o[60] = f1(160, n0l2p);
    o[61] = f1(161, st.lab(n0l2));
    o[62] = f3(162, s0p, s0lp, s0l2p);
    o[63] = f3(163, s0p, s0rp, s0r2p);
    o[64] = f3(164, s0p, s0hp, s0h2p);
    o[65] = f3(165, n0p, n0lp, n0l2p);
    // label sets
    o[66] = f2(166, s0w, s0sr);
    o[67] = f2(167, s0p, s0sr);
    o[68] = f2(168, s0w, s0sl);
    o[69] = f2(169, s0p, s0sl);
    o[70] = f2(170, n0w, n0sl);
    o[71] = f2(171, n0p, n0sl);
    // second stack word
    let s1 = if st.stack.len() >= 2 {
        st.stack[st.stack.len() - 2]
    } else {
        NONE
    };
    let (s1w, s1p) = (ws.w(s1), ws.p(s1));
    o[72] = f1(172, s1p);
    o[73] = f2(173, s1w, s1p);
    o[74] = f3(174, s1p, s0p, n0p);
    o[75] = f3(175, s1p, s0p, st.lab(s0));
    // ambiguity classes and suffixes: robust to tagging errors
    let (s0a, n0a, n1a) = (ws.a(s0), ws.a(n0), ws.a(n1));
    o[76] = f1(176, n0a);
    o[77] = f1(177, s0a);
    o[78] = f2(178, s0p, n0a);
    o[79] = f2(179, s0a, n0p);
    o[80] = f3(180, s0a, n0a, n1a);
    o[81] = f2(181, ws.suf(n0), s0p);
    o[82] = f2(182, ws.suf(s0), n0p);
    o[83] = f2(183, n0a, n1p);
}

/// Labeller features for the arc `h -> d`.
pub fn label_features(st: &State, ws: &Words<'_>, h: usize, d: usize, out: &mut [u32; NLF]) {
    let n = st.n;
    let (hu, du) = (h as u32, d as u32);
    let hw = ws.w(hu);
    let hp = ws.p(hu);
    let dw = ws.w(du);
    let dp = ws.p(du);
    let dir = (d < h) as u64;
    let dist = (h.abs_diff(d)).min(8) as u64 + 16 * dir;
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

#[inline]
fn best_valid(s: &[i32; NA], v: &[bool; NA]) -> usize {
    let mut best = usize::MAX;
    for a in 0..NA {
        if v[a] && (best == usize::MAX || s[a] > s[best]) {
            best = a;
        }
    }
    best
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
/// looking the features up in every state.
fn node_scores(
    actions: &Table,
    act: &Active,
    ws: &Words<'_>,
    n: usize,
    out: &mut Vec<[[i32; NA]; 4]>,
) {
    out.clear();
    let per: usize = act.node_len.iter().map(|&l| l as usize).sum();
    let mut feats: Vec<u32> = Vec::with_capacity((n + 3) * per);
    for x in 0..n + 3 {
        let x = if x == n + 2 { NONE } else { x as u32 };
        let (w, p, a) = (ws.w(x), ws.p(x), ws.a(x));
        for r in 0..4 {
            for &i in &act.node[r][..act.node_len[r] as usize] {
                feats.push(node_feature(i as usize, w, p, a));
            }
        }
    }
    actions.warm(&feats);
    if per == 0 {
        out.resize(n + 3, [[0; NA]; 4]);
        return;
    }
    for f in feats.chunks(per) {
        let mut r = [[0i32; NA]; 4];
        let mut k = 0;
        for (role, sc) in r.iter_mut().enumerate() {
            let l = act.node_len[role] as usize;
            actions.add4(&f[k..k + l], sc);
            k += l;
        }
        out.push(r);
    }
}

/// Parse with quantised tables. Fills `st.head` / `st.label` (1-based,
/// 0 = ROOT).
pub fn parse(
    actions: &Table,
    labels: &Table,
    act: &Active,
    root_label: u8,
    ws: &Words<'_>,
    st: &mut State,
) {
    let n = ws.lex.len();
    st.reset(n);
    let mut nodes = Vec::new();
    node_scores(actions, act, ws, n, &mut nodes);
    let node = |x: u32, role: usize| -> [i32; NA] {
        let i = if x == NONE { n + 2 } else { x as usize };
        nodes.get(i).map_or([0; NA], |r| r[role])
    };
    let nl = labels.classes();
    let mut feats = [0u32; NF];
    let mut rest = [0u32; NF];
    let mut lf = [0u32; NLF];
    let mut ls = [0i32; 256];
    let label = |st: &State, h: usize, d: usize, lf: &mut [u32; NLF], ls: &mut [i32; 256]| -> u8 {
        if h > st.n {
            return root_label;
        }
        label_features(st, ws, h, d, lf);
        let mut g = [0u32; NLF];
        let k = gather(&lf[..], &act.labeller, &mut g);
        let s = &mut ls[..nl];
        s.iter_mut().for_each(|x| *x = 0);
        labels.add(&g[..k], s);
        s[root_label as usize] = i32::MIN;
        argmax(s) as u8
    };
    while !st.terminal() {
        let v = st.valid();
        // a forced move (one valid action: empty stack, or only ROOT left
        // in the buffer with s0 already attached) needs no scoring
        let a = if v.iter().filter(|&&x| x).count() == 1 {
            v.iter().position(|&x| x).unwrap_or(SHIFT)
        } else {
            features(st, ws, &mut feats);
            // the single-node templates come from `nodes`
            let k = gather(&feats, &act.rest, &mut rest);
            let mut s = [0i32; NA];
            actions.add4(&rest[..k], &mut s);
            let s0 = st.s0();
            let b = st.b as u32;
            for (x, role) in [
                (s0, 0),
                (opt(b, n), 1),
                (opt(b + 1, n), 2),
                (opt(b + 2, n), 3),
            ] {
                let r = node(x, role);
                for k in 0..NA {
                    s[k] += r[k];
                }
            }
            best_valid(&s, &v)
        };
        if a == usize::MAX {
            break;
        }
        let l = match st.arc_of(a) {
            Some((h, d)) => label(st, h, d, &mut lf, &mut ls),
            None => 0,
        };
        st.apply(a, l);
    }
    let mut lf2 = [0u32; NLF];
    let mut ls2 = [0i32; 256];
    finish_tree(
        st,
        |st, h, d| label(st, h, d, &mut lf2, &mut ls2),
        root_label,
    );
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
