//! gesta's predicate pattern format (`docs/patterns.md`) and its matcher.
//!
//! A pattern file is line based:
//!
//! ```text
//! # comment
//! &NAME  word word two_words         synonym set (lemmas; `_` joins a phrase)
//! %speech say tell announce          word list used by the clause analysis
//! CODE  HEAD  [constraint ...]  [# comment]
//! ```
//!
//! `CODE` is a CAMEO code, `---` (null: known construction, no event) or
//! `###` (discard the whole sentence). `HEAD` is a verb lemma, `verb_particle`
//! or `&SYN`. Constraints: `subj=W`, `obj=W`, `xcomp=W`, `pp:PREP` or
//! `pp:PREP=W`, and the flags `neg`, `claim`, `actorless`, `deep`,
//! `pair=CODE`, `target=SLOT,SLOT`. `W` is `word|two_words|&SYN|*`.

// FxHash: the sets are probed for every candidate pattern of every
// predicate; SipHash was a visible share of the coder's time.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use crate::wordtable::WordTable;
use crate::CoderError;

/// One alternative of a word constraint: a head word and modifier words that
/// must modify it (`drone_attack` = head `attack` with modifier `drone`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// Alternatives for the head word.
    pub head: HashSet<String>,
    /// Modifiers that must all be present, each with its alternatives.
    pub mods: Vec<HashSet<String>>,
}

/// A word constraint: any of the phrases (empty = any word).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WordSet {
    pub any: bool,
    pub phrases: Vec<Phrase>,
}

impl WordSet {
    fn specificity(&self) -> u32 {
        // the modifier words of the phrase that matched count at match time
        if self.any {
            1
        } else {
            2
        }
    }

    /// Does an argument match? Returns the number of modifier words used.
    pub fn matches(&self, arg: &Arg) -> Option<u32> {
        if self.any {
            return Some(0);
        }
        let mut best: Option<u32> = None;
        for p in &self.phrases {
            if arg.words.iter().any(|w| p.head.contains(w))
                && p.mods
                    .iter()
                    .all(|m| arg.mods.iter().any(|x| m.contains(x)))
            {
                let n = p.mods.len() as u32;
                if best.is_none_or(|b| n > b) {
                    best = Some(n);
                }
            }
        }
        best
    }
}

/// Where a pattern looks for the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    Obj,
    Iobj,
    Subj,
    Pp(String),
    None,
}

impl fmt::Display for Slot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Slot::Obj => write!(f, "obj"),
            Slot::Iobj => write!(f, "iobj"),
            Slot::Subj => write!(f, "subj"),
            Slot::Pp(p) => write!(f, "pp:{p}"),
            Slot::None => write!(f, "none"),
        }
    }
}

/// What a pattern yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Code(String),
    /// `---`: a known construction that is not an event.
    Null,
    /// `###`: the sentence is not coded at all.
    Discard,
}

/// The head lemmas of a pattern, each optionally with a particle.
pub type Heads = Arc<[(String, Option<String>)]>;

/// One pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// `file:line` provenance.
    pub id: String,
    pub outcome: Outcome,
    /// Head lemmas (alternatives), each optionally with a particle.
    /// (Word sets and head lists are shared between the patterns of a file
    /// that spell them the same: a synonym set is expanded once per file.)
    pub heads: Heads,
    pub subj: Option<Arc<WordSet>>,
    pub obj: Option<Arc<WordSet>>,
    pub xcomp: Option<Arc<WordSet>>,
    /// Particle or adverb of the verb ("set out", "call off").
    pub prt: Option<Arc<WordSet>>,
    pub pps: Vec<(String, Arc<WordSet>)>,
    /// Weak code (`[023?]` in PETRARCH): kept only when the sentence yields
    /// no other event.
    pub weak: bool,
    /// Matches only negated predicates (the negation is part of the meaning).
    pub neg: bool,
    /// Evaluative claim: in reported speech the speaker is the source and the
    /// clause subject the target ("X said Y is stalling" -> X accuses Y).
    pub claim: bool,
    /// Coded even when no actor is found (nominal events: "talks were held").
    pub actorless: bool,
    /// Search the whole target phrase for an actor, not just its head.
    pub deep: bool,
    /// Reverse-only: the event goes from the target to the subject.
    pub reverse: bool,
    /// Coded only with both a source and a target actor (PETRARCH's rule;
    /// set on all converted Phoenix patterns).
    pub full: bool,
    /// Paired code: also emit target -> source with this code.
    pub pair: Option<String>,
    /// Target slots in order; empty = the default order.
    pub target: Vec<Slot>,
    pub score: u32,
    pub order: usize,
}

/// Named word lists (`%name word ...`) that steer the clause analysis.
#[derive(Debug, Clone, Default)]
pub struct Lists {
    map: HashMap<String, HashSet<String>>,
}

impl Lists {
    pub fn has(&self, list: &str, word: &str) -> bool {
        self.map.get(list).is_some_and(|s| s.contains(word))
    }
    pub fn get(&self, list: &str) -> Option<&HashSet<String>> {
        self.map.get(list)
    }
    fn add(&mut self, list: &str, words: impl IntoIterator<Item = String>) {
        self.map.entry(list.to_string()).or_default().extend(words);
    }
}

/// An argument of a predicate as the matcher sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Arg {
    /// Token index in the document.
    pub token: usize,
    /// Lemma and lower-case form (and the noun behind a partitive: "rounds of
    /// negotiations" -> also "negotiation").
    pub words: Vec<String>,
    /// Lemmas/forms of its modifiers (amod, compound, nmod:poss, ...).
    pub mods: Vec<String>,
}

/// A predicate with its arguments, built from the dependency parse.
#[derive(Debug, Clone, Default)]
pub struct Frame {
    pub token: usize,
    /// Lemma and lower-case form of the predicate.
    pub words: Vec<String>,
    pub particles: Vec<String>,
    pub subj: Option<Arg>,
    pub obj: Option<Arg>,
    pub iobj: Option<Arg>,
    /// Complement chain (outermost first).
    pub xcomp: Vec<Arg>,
    pub pps: Vec<(String, Arg)>,
    pub negated: bool,
}

/// Which parts of a frame a pattern used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Match {
    pub pattern: usize,
    pub used_subj: bool,
    pub used_obj: bool,
    pub used_xcomp: Option<usize>,
    pub used_pps: Vec<usize>,
    /// The used PPs whose noun the pattern names (event nouns, not targets).
    pub word_pps: Vec<usize>,
    pub score: u32,
}

/// A set of patterns with synonym sets and word lists.
#[derive(Debug, Clone, Default)]
pub struct PatternSet {
    pub patterns: Vec<Pattern>,
    pub lists: Lists,
    synsets: HashMap<String, Vec<String>>,
    by_head: HashMap<String, Vec<usize>>,
    /// The patterns and lists with their words as ids (rebuilt after each
    /// file): the matcher compares integers, not strings.
    compiled: Compiled,
}

thread_local! {
    /// The candidate list of [`PatternSet::best_ids_where`], kept from call
    /// to call on this thread (a head with many patterns grew it anew at
    /// every predicate).
    static CANDS: std::cell::RefCell<Vec<(u32, bool, bool)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Id of a word that no pattern or list names (never matches).
pub(crate) const NO_WORD: u32 = u32::MAX;

/// The word lists the clause analysis asks about, as bits of
/// [`PatternSet::list_mask`].
pub(crate) const LIST_NAMES: &[&str] = &[
    "speech",
    "negator",
    "intent",
    "modal",
    "hypothetical",
    "partitive",
    "negation",
    "objcontrol",
    "temporal",
    "protestnoun",
];

/// Bit of a list of [`LIST_NAMES`].
pub(crate) const fn list_bit(i: usize) -> u16 {
    1 << i
}

/// A word set with word ids (sorted, for binary search).
#[derive(Debug, Clone, Default)]
struct IdWordSet {
    any: bool,
    /// (head alternatives, modifiers each with alternatives)
    phrases: Vec<(Vec<u32>, Vec<Vec<u32>>)>,
    /// The head alternatives of all phrases (sorted): an argument with
    /// none of them matches no phrase.
    heads: Vec<u32>,
}

impl IdWordSet {
    fn matches(&self, arg: &IdArg<'_>) -> Option<u32> {
        if self.any {
            return Some(0);
        }
        if !arg
            .words
            .iter()
            .any(|w| self.heads.binary_search(w).is_ok())
        {
            return None;
        }
        let mut best: Option<u32> = None;
        for (head, mods) in &self.phrases {
            if arg.words.iter().any(|w| head.binary_search(w).is_ok())
                && mods
                    .iter()
                    .all(|m| arg.mods.iter().any(|x| m.binary_search(x).is_ok()))
            {
                let n = mods.len() as u32;
                if best.is_none_or(|b| n > b) {
                    best = Some(n);
                }
            }
        }
        best
    }
}

/// A pattern's constraints with word ids.
#[derive(Debug, Clone, Default)]
struct IdPattern {
    subj: Option<Arc<IdWordSet>>,
    obj: Option<Arc<IdWordSet>>,
    xcomp: Option<Arc<IdWordSet>>,
    prt: Option<Arc<IdWordSet>>,
    pps: Vec<(u32, Arc<IdWordSet>)>,
    /// No head of the pattern has a particle.
    all_plain: bool,
}

/// A pattern in the head index.
#[derive(Debug, Clone, Copy, Default)]
struct HeadEntry {
    pattern: u32,
    /// The particle of this head, or [`NO_WORD`].
    prt: u32,
    /// The frame parts the pattern needs ([`NEED_NEG`] ...).
    needs: u8,
    /// The number of PPs the pattern needs.
    pps: u8,
}

const NEED_NEG: u8 = 1;
const NEED_SUBJ: u8 = 2;
const NEED_OBJ: u8 = 4;
const NEED_XCOMP: u8 = 8;

/// Frame slots a pattern can be anchored on ([`Compiled::anchored`]): a
/// pattern with a word constraint on one of them can only match a frame
/// whose argument in that slot has one of the constraint's head words.
const ANCHOR_OBJ: u32 = 0;
const ANCHOR_XCOMP: u32 = 1;
const ANCHOR_PP: u32 = 2;
const ANCHOR_SUBJ: u32 = 3;

/// Key of [`Compiled::anchored`]: head word id, slot, word id.
fn anchor_key(head: u32, slot: u32, word: u32) -> u64 {
    (u64::from(head) << 32) | (u64::from(slot) << 30) | u64::from(word)
}

#[derive(Debug, Clone, Default)]
struct Compiled {
    vocab: HashMap<String, u32>,
    /// [`Compiled::vocab`] as a flat table for the lookups of matching.
    table: WordTable,
    /// Per word id: the patterns with that head word and no word
    /// constraint to anchor on, in pattern order.
    heads: Vec<Vec<HeadEntry>>,
    /// [`anchor_key`] (head word, slot, word) -> the patterns
    /// with that head word whose anchor constraint (the first word
    /// constraint of obj, xcomp, a PP, subj) names that word, in pattern
    /// order. Only frames with the word in that slot look them up.
    anchored: HashMap<u64, (u32, u32)>,
    /// The entries of [`Compiled::anchored`]: `(start, len)` ranges of this.
    anchored_entries: Vec<HeadEntry>,
    /// Per word id: bits (1 << slot) of the slots anchored under that head.
    anchor_slots: Vec<u8>,
    /// Per word id: the bits of the [`LIST_NAMES`] lists holding it.
    lists: Vec<u16>,
    /// Per word id: heads a pattern without `full` (the fallback of
    /// [`PatternSet::best_ids_where`]).
    nonfull_head: Vec<bool>,
    pats: Vec<IdPattern>,
}

impl Compiled {
    fn intern(&mut self, w: &str) -> u32 {
        if let Some(&i) = self.vocab.get(w) {
            return i;
        }
        let i = self.vocab.len() as u32;
        self.vocab.insert(w.to_string(), i);
        self.heads.push(Vec::new());
        self.anchor_slots.push(0);
        self.lists.push(0);
        self.nonfull_head.push(false);
        i
    }

    fn set(&mut self, words: &HashSet<String>) -> Vec<u32> {
        let mut v: Vec<u32> = words.iter().map(|w| self.intern(w)).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    fn wordset(&mut self, ws: &WordSet) -> IdWordSet {
        let phrases: Vec<(Vec<u32>, Vec<Vec<u32>>)> = ws
            .phrases
            .iter()
            .map(|p| {
                let head = self.set(&p.head);
                let mods = p.mods.iter().map(|m| self.set(m)).collect();
                (head, mods)
            })
            .collect();
        let mut heads: Vec<u32> = phrases
            .iter()
            .flat_map(|(h, _)| h.iter().copied())
            .collect();
        heads.sort_unstable();
        heads.dedup();
        IdWordSet {
            any: ws.any,
            phrases,
            heads,
        }
    }

    fn build(patterns: &[Pattern], lists: &Lists) -> Compiled {
        let mut c = Compiled::default();
        // (key, entry), in pattern order; grouped by key below
        let mut anchored: Vec<(u64, HeadEntry)> = Vec::new();
        // a word set shared by several patterns is compiled once (keyed by
        // its address: the patterns hold it while this runs)
        let mut done: HashMap<*const WordSet, Arc<IdWordSet>> = HashMap::default();
        let mut idset = |c: &mut Compiled, w: &Arc<WordSet>| -> Arc<IdWordSet> {
            done.entry(Arc::as_ptr(w))
                .or_insert_with(|| Arc::new(c.wordset(w)))
                .clone()
        };
        for (pi, p) in patterns.iter().enumerate() {
            let subj = p.subj.as_ref().map(|w| idset(&mut c, w));
            let obj = p.obj.as_ref().map(|w| idset(&mut c, w));
            let xcomp = p.xcomp.as_ref().map(|w| idset(&mut c, w));
            let prt = p.prt.as_ref().map(|w| idset(&mut c, w));
            let pps: Vec<(u32, Arc<IdWordSet>)> = p
                .pps
                .iter()
                .map(|(q, w)| (c.intern(q), idset(&mut c, w)))
                .collect();
            fn specific(w: &Option<Arc<IdWordSet>>) -> Option<&IdWordSet> {
                w.as_deref().filter(|w| !w.any)
            }
            let anchor: Option<(u32, Vec<u32>)> = specific(&obj)
                .map(|w| (ANCHOR_OBJ, w.heads.clone()))
                .or_else(|| specific(&xcomp).map(|w| (ANCHOR_XCOMP, w.heads.clone())))
                .or_else(|| {
                    pps.iter()
                        .find(|(_, w)| !w.any)
                        .map(|(_, w)| (ANCHOR_PP, w.heads.clone()))
                })
                .or_else(|| specific(&subj).map(|w| (ANCHOR_SUBJ, w.heads.clone())));
            for (h, prt) in p.heads.iter() {
                let hid = c.intern(h);
                if !p.full {
                    c.nonfull_head[hid as usize] = true;
                }
                let pid = prt.as_deref().map_or(NO_WORD, |x| c.intern(x));
                let needs = (p.neg as u8 * NEED_NEG)
                    | (p.subj.is_some() as u8 * NEED_SUBJ)
                    | (p.obj.is_some() as u8 * NEED_OBJ)
                    | (p.xcomp.is_some() as u8 * NEED_XCOMP);
                let e = HeadEntry {
                    pattern: pi as u32,
                    prt: pid,
                    needs,
                    pps: p.pps.len().min(255) as u8,
                };
                match &anchor {
                    Some((slot, words)) => {
                        c.anchor_slots[hid as usize] |= 1 << slot;
                        for &w in words {
                            anchored.push((anchor_key(hid, *slot, w), e));
                        }
                    }
                    None => c.heads[hid as usize].push(e),
                }
            }
            c.pats.push(IdPattern {
                subj,
                obj,
                xcomp,
                prt,
                pps,
                all_plain: p.heads.iter().all(|(_, prt)| prt.is_none()),
            });
        }
        // Group the entries by key without sorting them (a sort of the
        // ~185,000 entries was a fifth of the load): count per key, give each
        // key its range, fill the ranges in pattern order.
        c.anchored.reserve(anchored.len());
        for (k, _) in &anchored {
            c.anchored.entry(*k).or_insert((0, 0)).1 += 1;
        }
        let mut next = 0u32;
        for r in c.anchored.values_mut() {
            let n = r.1;
            *r = (next, 0);
            next += n;
        }
        c.anchored_entries = vec![HeadEntry::default(); anchored.len()];
        for (k, e) in &anchored {
            if let Some(r) = c.anchored.get_mut(k) {
                c.anchored_entries[(r.0 + r.1) as usize] = *e;
                r.1 += 1;
            }
        }
        for (bit, name) in LIST_NAMES.iter().enumerate() {
            if let Some(words) = lists.get(name) {
                for w in words {
                    let id = c.intern(w);
                    c.lists[id as usize] |= list_bit(bit);
                }
            }
        }
        c.table = WordTable::build(c.vocab.iter().map(|(w, &i)| (w.as_str(), i)));
        c
    }
}

/// An argument with word ids (words no pattern names left out). The ids
/// are mostly a token's own, borrowed from the coder's sentence: a copy only
/// when several tokens' words are joined.
#[derive(Debug, Clone, Default)]
pub(crate) struct IdArg<'a> {
    pub words: Cow<'a, [u32]>,
    pub mods: Cow<'a, [u32]>,
}

/// A [`Frame`] with word ids. Particles and prepositions no pattern names
/// stay as [`NO_WORD`] (their number and positions count).
#[derive(Debug, Clone, Default)]
pub(crate) struct IdFrame<'a> {
    pub words: Cow<'a, [u32]>,
    pub particles: Vec<u32>,
    pub subj: Option<IdArg<'a>>,
    pub obj: Option<IdArg<'a>>,
    pub xcomp: Vec<IdArg<'a>>,
    pub pps: Vec<(u32, IdArg<'a>)>,
    pub negated: bool,
}

/// Word sets and head lists already parsed in a file, by their spelling.
#[derive(Default)]
struct Memo {
    sets: HashMap<String, Arc<WordSet>>,
    heads: HashMap<String, Heads>,
}

fn norm(w: &str) -> String {
    w.trim().to_lowercase()
}

fn is_code(s: &str) -> bool {
    (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

impl PatternSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one pattern file's text. Synonym sets are visible to the files
    /// added after the one defining them, and within it to later lines.
    pub fn add_file(&mut self, name: &str, text: &str) -> Result<(), CoderError> {
        self.parse_file(name, text)?;
        self.compiled = Compiled::build(&self.patterns, &self.lists);
        Ok(())
    }

    /// Adds pattern files `(name, text)` in order, as [`PatternSet::add_file`]
    /// one by one, compiling the matcher once at the end.
    pub fn add_files<N: AsRef<str>, T: AsRef<str>>(
        &mut self,
        files: &[(N, T)],
    ) -> Result<(), CoderError> {
        for (name, text) in files {
            self.parse_file(name.as_ref(), text.as_ref())?;
        }
        self.compiled = Compiled::build(&self.patterns, &self.lists);
        Ok(())
    }

    fn parse_file(&mut self, name: &str, text: &str) -> Result<(), CoderError> {
        let err = |line: usize, message: String| CoderError::Data {
            file: name.to_string(),
            line,
            message,
        };
        // First pass: synonym sets and lists (so order inside a file is free).
        for (i, raw) in text.lines().enumerate() {
            let line = strip_comment(raw);
            if let Some(rest) = line.strip_prefix('&') {
                let mut it = rest.split_whitespace();
                let Some(nm) = it.next() else {
                    return Err(err(i + 1, "synonym set without a name".into()));
                };
                let words: Vec<String> = it.map(norm).collect();
                if words.is_empty() {
                    return Err(err(i + 1, format!("synonym set &{nm} has no words")));
                }
                self.synsets
                    .entry(nm.to_uppercase())
                    .or_default()
                    .extend(words);
            } else if let Some(rest) = line.strip_prefix('%') {
                let mut it = rest.split_whitespace();
                let Some(nm) = it.next() else {
                    return Err(err(i + 1, "word list without a name".into()));
                };
                let nm = nm.to_lowercase();
                let words: Vec<String> = it.map(norm).collect();
                self.lists.add(&nm, words);
            }
        }
        // the synonym sets are complete for this file now: the word sets
        // and heads its patterns spell alike are parsed once
        let mut memo = Memo::default();
        for (i, raw) in text.lines().enumerate() {
            let line = strip_comment(raw);
            if line.is_empty() || line.starts_with('&') || line.starts_with('%') {
                continue;
            }
            let p = self
                .parse_pattern(line, format!("{name}:{}", i + 1), &mut memo)
                .map_err(|m| err(i + 1, m))?;
            let idx = self.patterns.len();
            for (h, _) in p.heads.iter() {
                match self.by_head.get_mut(h) {
                    Some(v) => v.push(idx),
                    None => {
                        self.by_head.insert(h.clone(), vec![idx]);
                    }
                }
            }
            self.patterns.push(p);
        }
        Ok(())
    }

    /// The id of a (lower-case) word; [`NO_WORD`] when no pattern or list
    /// names it.
    pub(crate) fn word_id(&self, w: &str) -> u32 {
        self.compiled.table.get(w).unwrap_or(NO_WORD)
    }

    /// Bits of the [`LIST_NAMES`] lists holding a word id.
    pub(crate) fn list_mask(&self, id: u32) -> u16 {
        self.compiled.lists.get(id as usize).copied().unwrap_or(0)
    }

    /// Does a pattern without `full` have one of these head word ids?
    pub(crate) fn has_nonfull_head(&self, ids: &[u32]) -> bool {
        ids.iter().any(|&w| {
            self.compiled
                .nonfull_head
                .get(w as usize)
                .copied()
                .unwrap_or(false)
        })
    }

    /// Is any pattern headed by this word id?
    pub(crate) fn has_head_id(&self, id: u32) -> bool {
        self.compiled
            .heads
            .get(id as usize)
            .is_some_and(|v| !v.is_empty())
            || self
                .compiled
                .anchor_slots
                .get(id as usize)
                .is_some_and(|&s| s != 0)
    }

    fn id_arg(&self, a: &Arg) -> IdArg<'static> {
        let ids = |v: &[String]| {
            Cow::Owned(
                v.iter()
                    .map(|w| self.word_id(w))
                    .filter(|&i| i != NO_WORD)
                    .collect(),
            )
        };
        IdArg {
            words: ids(&a.words),
            mods: ids(&a.mods),
        }
    }

    fn expand(&self, w: &str, depth: usize) -> Result<Vec<String>, String> {
        let mut out = Vec::new();
        self.expand_into(w, depth, &mut out)?;
        Ok(out)
    }

    /// [`PatternSet::expand`] appending to `out`. Synonym set members are
    /// stored normalised ([`norm`]): they are copied as they are.
    fn expand_into(&self, w: &str, depth: usize, out: &mut Vec<String>) -> Result<(), String> {
        if let Some(nm) = w.strip_prefix('&') {
            let Some(words) = self.synsets.get(&nm.to_uppercase()) else {
                return Err(format!("unknown synonym set &{nm}"));
            };
            if depth > 8 {
                return Err(format!("synonym set &{nm} nests too deep"));
            }
            for x in words {
                if x.starts_with('&') {
                    self.expand_into(x, depth + 1, out)?;
                } else {
                    out.push(x.clone());
                }
            }
        } else {
            out.push(norm(w));
        }
        Ok(())
    }

    fn wordset(&self, spec: &str) -> Result<WordSet, String> {
        if spec == "*" || spec.is_empty() {
            return Ok(WordSet {
                any: true,
                phrases: vec![],
            });
        }
        // Single-word alternatives go into one set (fast lookups), first;
        // phrases follow in order.
        let mut single: HashSet<String> = HashSet::default();
        let mut phrases = Vec::new();
        let mut expanded = Vec::new();
        for alt in spec.split('|') {
            // `_` joins the words of a phrase; the last is the head. Each
            // word may be a synset (its members are alternatives); a plain
            // synset reference may hold multi-word members.
            let parts: Vec<&str> = alt.split('_').filter(|s| !s.is_empty()).collect();
            if parts.is_empty() {
                return Err(format!("empty word in '{spec}'"));
            }
            if parts.len() == 1 {
                expanded.clear();
                self.expand_into(parts[0], 0, &mut expanded)?;
                for w in expanded.drain(..) {
                    if !w.contains('_') {
                        if !w.is_empty() {
                            single.insert(w);
                        }
                        continue;
                    }
                    let ws: Vec<&str> = w.split('_').filter(|s| !s.is_empty()).collect();
                    let Some((head, mods)) = ws.split_last() else {
                        continue;
                    };
                    if mods.is_empty() {
                        single.insert(head.to_string());
                        continue;
                    }
                    phrases.push(Phrase {
                        head: [head.to_string()].into_iter().collect(),
                        mods: mods
                            .iter()
                            .map(|m| [m.to_string()].into_iter().collect())
                            .collect(),
                    });
                }
                continue;
            }
            let mut sets: Vec<HashSet<String>> = Vec::new();
            for part in parts {
                // Multi-word synset members inside a phrase: use their last word.
                let opts: HashSet<String> = self
                    .expand(part, 0)?
                    .into_iter()
                    .filter_map(|w| w.rsplit('_').next().map(String::from))
                    .collect();
                sets.push(opts);
            }
            let Some((head, mods)) = sets.split_last() else {
                continue;
            };
            phrases.push(Phrase {
                head: head.clone(),
                mods: mods.to_vec(),
            });
        }
        if !single.is_empty() {
            phrases.insert(
                0,
                Phrase {
                    head: single,
                    mods: vec![],
                },
            );
        }
        Ok(WordSet {
            any: false,
            phrases,
        })
    }

    /// [`PatternSet::wordset`], shared with earlier patterns of the file
    /// that spell it the same.
    fn wordset_memo(&self, spec: &str, memo: &mut Memo) -> Result<Arc<WordSet>, String> {
        if let Some(w) = memo.sets.get(spec) {
            return Ok(w.clone());
        }
        let w = Arc::new(self.wordset(spec)?);
        memo.sets.insert(spec.to_string(), w.clone());
        Ok(w)
    }

    fn parse_pattern(&self, line: &str, id: String, memo: &mut Memo) -> Result<Pattern, String> {
        let mut it = line.split_whitespace();
        let code = it.next().ok_or("empty pattern")?;
        let outcome = match code {
            "---" => Outcome::Null,
            "###" => Outcome::Discard,
            c if is_code(c) => Outcome::Code(c.to_string()),
            c => return Err(format!("'{c}' is not a CAMEO code, --- or ###")),
        };
        let head = it.next().ok_or("pattern without a head")?;
        let heads = match memo.heads.get(head) {
            Some(h) => h.clone(),
            None => {
                let mut heads = Vec::new();
                for alt in head.split('|') {
                    for w in self.expand(alt, 0)? {
                        // `call_off`: verb + particle; longer phrases keep the
                        // first word as the verb and the last as the particle.
                        match w.split_once('_') {
                            Some((v, prt)) if !prt.is_empty() => {
                                heads.push((v.to_string(), Some(prt.replace('_', " "))))
                            }
                            _ => heads.push((w, None)),
                        }
                    }
                }
                let heads: Heads = heads.into();
                memo.heads.insert(head.to_string(), heads.clone());
                heads
            }
        };
        let mut p = Pattern {
            id,
            outcome,
            heads,
            subj: None,
            obj: None,
            xcomp: None,
            prt: None,
            pps: vec![],
            weak: false,
            reverse: false,
            full: false,
            neg: false,
            claim: false,
            actorless: false,
            deep: false,
            pair: None,
            target: vec![],
            score: 1,
            order: self.patterns.len(),
        };
        for c in it {
            let (key, val) = match c.split_once('=') {
                Some((k, v)) => (k, Some(v)),
                None => (c, None),
            };
            match (key, val) {
                ("subj", Some(v)) => p.subj = Some(self.wordset_memo(v, memo)?),
                ("obj", Some(v)) => p.obj = Some(self.wordset_memo(v, memo)?),
                ("xcomp", Some(v)) => p.xcomp = Some(self.wordset_memo(v, memo)?),
                ("prt", Some(v)) => p.prt = Some(self.wordset_memo(v, memo)?),
                ("weak", None) => p.weak = true,
                ("reverse", None) => p.reverse = true,
                ("full", None) => p.full = true,
                ("neg", None) => p.neg = true,
                ("claim", None) => p.claim = true,
                ("actorless", None) => p.actorless = true,
                ("deep", None) => p.deep = true,
                ("pair", Some(v)) if is_code(v) => p.pair = Some(v.to_string()),
                ("target", Some(v)) => {
                    for s in v.split(',') {
                        p.target.push(match s {
                            "obj" => Slot::Obj,
                            "iobj" => Slot::Iobj,
                            "subj" => Slot::Subj,
                            "none" => Slot::None,
                            s => match s.strip_prefix("pp:") {
                                Some(prep) if !prep.is_empty() => Slot::Pp(norm(prep)),
                                _ => return Err(format!("unknown target slot '{s}'")),
                            },
                        });
                    }
                }
                (k, v) if k.starts_with("pp:") => {
                    let prep = norm(&k[3..]);
                    if prep.is_empty() {
                        return Err("pp: without a preposition".into());
                    }
                    let ws = self.wordset_memo(v.unwrap_or("*"), memo)?;
                    p.pps.push((prep, ws));
                }
                _ => return Err(format!("unknown constraint '{c}'")),
            }
        }
        p.score = 1
            + p.subj.as_ref().map_or(0, |w| w.specificity())
            + p.obj.as_ref().map_or(0, |w| w.specificity())
            + p.xcomp.as_ref().map_or(0, |w| w.specificity())
            + p.prt.as_ref().map_or(0, |w| w.specificity())
            + p.pps.iter().map(|(_, w)| w.specificity()).sum::<u32>()
            + p.neg as u32;
        Ok(p)
    }

    /// Is any pattern headed by this word?
    pub fn has_head(&self, word: &str) -> bool {
        self.by_head.contains_key(word)
    }

    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// The most specific pattern matching the frame (ties: the earliest).
    pub fn best(&self, frame: &Frame) -> Option<Match> {
        let ids = |v: &[String]| -> Vec<u32> { v.iter().map(|w| self.word_id(w)).collect() };
        let f = IdFrame {
            words: ids(&frame.words)
                .into_iter()
                .filter(|&i| i != NO_WORD)
                .collect::<Vec<u32>>()
                .into(),
            particles: ids(&frame.particles),
            subj: frame.subj.as_ref().map(|a| self.id_arg(a)),
            obj: frame.obj.as_ref().map(|a| self.id_arg(a)),
            xcomp: frame.xcomp.iter().map(|a| self.id_arg(a)).collect(),
            pps: frame
                .pps
                .iter()
                .map(|(q, a)| (self.word_id(q), self.id_arg(a)))
                .collect(),
            negated: frame.negated,
        };
        self.best_ids(&f)
    }

    /// [`PatternSet::best`] on a frame of word ids.
    pub(crate) fn best_ids(&self, f: &IdFrame<'_>) -> Option<Match> {
        self.best_ids_where(f, false)
    }

    /// [`PatternSet::best_ids`], leaving out the `full` patterns when
    /// `no_full` (the fallback when the best one lacks an actor).
    pub(crate) fn best_ids_where(&self, f: &IdFrame<'_>, no_full: bool) -> Option<Match> {
        CANDS.with(|c| match c.try_borrow_mut() {
            Ok(mut cands) => self.best_ids_in(f, no_full, &mut cands),
            // (not reentrant; a fresh list if it ever were)
            Err(_) => self.best_ids_in(f, no_full, &mut Vec::new()),
        })
    }

    fn best_ids_in(
        &self,
        f: &IdFrame<'_>,
        no_full: bool,
        cands: &mut Vec<(u32, bool, bool)>,
    ) -> Option<Match> {
        cands.clear();
        // Candidates from the head index: (pattern, a head with a particle
        // the frame has, a head without particle).
        // Patterns needing a part the frame lacks are left out here (the
        // cheap rejections of `try_match`).
        let has = (f.negated as u8 * NEED_NEG)
            | (f.subj.is_some() as u8 * NEED_SUBJ)
            | (f.obj.is_some() as u8 * NEED_OBJ)
            | (!f.xcomp.is_empty() as u8 * NEED_XCOMP);
        let n_pps = f.pps.len();
        let mut add = |v: &[HeadEntry]| {
            cands.extend(
                v.iter()
                    .filter(|e| e.needs & !has == 0 && (e.pps as usize) <= n_pps)
                    .map(|e| {
                        if e.prt == NO_WORD {
                            (e.pattern, false, true)
                        } else {
                            (e.pattern, f.particles.contains(&e.prt), false)
                        }
                    }),
            );
        };
        for &w in f.words.iter() {
            if let Some(v) = self.compiled.heads.get(w as usize) {
                add(v);
            }
            let slots = self
                .compiled
                .anchor_slots
                .get(w as usize)
                .copied()
                .unwrap_or(0);
            if slots == 0 {
                continue;
            }
            let mut probe = |slot: u32, words: &[u32]| {
                if slots & (1 << slot) != 0 {
                    for &x in words {
                        if let Some(&(a, n)) = self.compiled.anchored.get(&anchor_key(w, slot, x)) {
                            add(&self.compiled.anchored_entries[a as usize..(a + n) as usize]);
                        }
                    }
                }
            };
            if let Some(a) = &f.obj {
                probe(ANCHOR_OBJ, &a.words);
            }
            for a in &f.xcomp {
                probe(ANCHOR_XCOMP, &a.words);
            }
            for (_, a) in &f.pps {
                probe(ANCHOR_PP, &a.words);
            }
            if let Some(a) = &f.subj {
                probe(ANCHOR_SUBJ, &a.words);
            }
        }
        cands.sort_unstable_by_key(|c| c.0);
        let mut best: Option<Match> = None;
        let mut k = 0;
        while k < cands.len() {
            let (pi, mut prt_hit, mut plain_hit) = cands[k];
            k += 1;
            while k < cands.len() && cands[k].0 == pi {
                prt_hit |= cands[k].1;
                plain_hit |= cands[k].2;
                k += 1;
            }
            if no_full && self.patterns[pi as usize].full {
                continue;
            }
            if let Some(m) = self.try_match(pi as usize, prt_hit, plain_hit, f) {
                if best.as_ref().is_none_or(|b| m.score > b.score) {
                    best = Some(m);
                }
            }
        }
        best
    }

    fn try_match(
        &self,
        i: usize,
        prt_hit: bool,
        plain_hit: bool,
        f: &IdFrame<'_>,
    ) -> Option<Match> {
        let p = &self.patterns[i];
        let c = &self.compiled.pats[i];
        // cheap rejections first: a slot the pattern needs is missing
        if (p.neg && !f.negated)
            || (c.subj.is_some() && f.subj.is_none())
            || (c.obj.is_some() && f.obj.is_none())
            || (c.xcomp.is_some() && f.xcomp.is_empty())
            || c.pps.len() > f.pps.len()
        {
            return None;
        }
        // Candidates come from the head index, so only particles need a
        // check; a particle of the matched head also counts as specificity.
        let head_ok = prt_hit || c.all_plain || plain_hit;
        if !head_ok {
            return None;
        }
        let mut m = Match {
            pattern: i,
            ..Default::default()
        };
        // specificity of what actually matched: the particle, the modifier
        // words of the matched phrases
        let mut extra = prt_hit as u32;
        if let Some(ws) = &c.subj {
            let a = f.subj.as_ref()?;
            extra += ws.matches(a)?;
            m.used_subj = !ws.any;
        }
        if let Some(ws) = &c.obj {
            let a = f.obj.as_ref()?;
            extra += ws.matches(a)?;
            m.used_obj = !ws.any;
        }
        if let Some(ws) = &c.prt {
            if !ws.any {
                let ok = f.particles.iter().any(|q| {
                    ws.phrases
                        .iter()
                        .any(|(head, mods)| mods.is_empty() && head.binary_search(q).is_ok())
                });
                if !ok {
                    return None;
                }
            } else if f.particles.is_empty() {
                return None;
            }
        }
        if let Some(ws) = &c.xcomp {
            let (k, mods) = f
                .xcomp
                .iter()
                .enumerate()
                .find_map(|(k, a)| ws.matches(a).map(|n| (k, n)))?;
            extra += mods;
            m.used_xcomp = Some(k);
        }
        for (prep, ws) in &c.pps {
            let (k, mods) = f.pps.iter().enumerate().find_map(|(j, (q, a))| {
                if q == prep && !m.used_pps.contains(&j) {
                    ws.matches(a).map(|n| (j, n))
                } else {
                    None
                }
            })?;
            extra += mods;
            m.used_pps.push(k);
            if !ws.any {
                m.word_pps.push(k);
            }
        }
        m.score = p.score + extra;
        Some(m)
    }
}

fn strip_comment(line: &str) -> &str {
    let t = line.trim();
    // `###` as a code is not a comment.
    let skip = if t.starts_with("### ") || t == "###" {
        3
    } else {
        0
    };
    match t[skip..].find('#') {
        Some(i) => t[..skip + i].trim(),
        None => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arg(w: &[&str], mods: &[&str]) -> Arg {
        Arg {
            token: 0,
            words: w.iter().map(|s| s.to_string()).collect(),
            mods: mods.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn set(text: &str) -> PatternSet {
        let mut s = PatternSet::new();
        s.add_file("t.pat", text).unwrap();
        s
    }

    #[test]
    fn most_specific_wins() {
        let s = set("&TALK talk negotiation\n\
             040 speak\n\
             041 speak pp:by=phone|telephone\n\
             046 hold obj=&TALK\n\
             ### hold obj=hostage # not really, just a test\n\
             195 hit subj=drone_attack\n\
             190 hit subj=attack\n");
        let mut f = Frame {
            words: vec!["speak".into(), "spoke".into()],
            ..Default::default()
        };
        assert_eq!(
            s.patterns[s.best(&f).unwrap().pattern].outcome,
            Outcome::Code("040".into())
        );
        f.pps.push(("by".into(), arg(&["phone"], &[])));
        let m = s.best(&f).unwrap();
        assert_eq!(s.patterns[m.pattern].outcome, Outcome::Code("041".into()));
        assert_eq!(m.used_pps, vec![0]);

        let f = Frame {
            words: vec!["hold".into()],
            obj: Some(arg(&["negotiation", "negotiations"], &[])),
            ..Default::default()
        };
        assert_eq!(
            s.patterns[s.best(&f).unwrap().pattern].outcome,
            Outcome::Code("046".into())
        );
        let f = Frame {
            words: vec!["hold".into()],
            obj: Some(arg(&["hostage"], &[])),
            ..Default::default()
        };
        assert_eq!(
            s.patterns[s.best(&f).unwrap().pattern].outcome,
            Outcome::Discard
        );

        let mut f = Frame {
            words: vec!["hit".into()],
            subj: Some(arg(&["attack"], &["massive", "drone"])),
            ..Default::default()
        };
        assert_eq!(
            s.patterns[s.best(&f).unwrap().pattern].outcome,
            Outcome::Code("195".into())
        );
        f.subj = Some(arg(&["attack"], &["massive"]));
        assert_eq!(
            s.patterns[s.best(&f).unwrap().pattern].outcome,
            Outcome::Code("190".into())
        );
        f.subj = Some(arg(&["storm"], &[]));
        assert!(s.best(&f).is_none());
    }

    #[test]
    fn particles_negation_and_flags() {
        let s = set("%speech say tell\n\
             160 call_off\n\
             112 want obj=ceasefire neg claim\n\
             100 make xcomp=conditional pp:on deep target=pp:on\n");
        assert!(s.lists.has("speech", "tell"));
        let mut f = Frame {
            words: vec!["call".into()],
            ..Default::default()
        };
        assert!(s.best(&f).is_none());
        f.particles.push("off".into());
        assert!(s.best(&f).is_some());
        let mut f = Frame {
            words: vec!["want".into()],
            obj: Some(arg(&["ceasefire"], &[])),
            ..Default::default()
        };
        assert!(s.best(&f).is_none());
        f.negated = true;
        let m = s.best(&f).unwrap();
        assert!(s.patterns[m.pattern].claim);
        let p = &s.patterns[2];
        assert!(p.deep);
        assert_eq!(p.target, vec![Slot::Pp("on".into())]);
    }

    #[test]
    fn errors_name_the_line() {
        let mut s = PatternSet::new();
        let e = s.add_file("x.pat", "040 meet\n04x meet\n").unwrap_err();
        assert!(
            e.to_string().contains("x.pat") && e.to_string().contains("line 2"),
            "{e}"
        );
        let e = s.add_file("y.pat", "040 meet obj=&NOPE\n").unwrap_err();
        assert!(e.to_string().contains("NOPE"));
        let e = s.add_file("z.pat", "040 meet frobnicate\n").unwrap_err();
        assert!(e.to_string().contains("frobnicate"));
    }
}
