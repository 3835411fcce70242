//! The compiled matcher: every lexicon name as a sequence of normalised
//! token ids in a trie, searched leftmost-longest over the document's
//! token ids. Unknown tokens get id 0, which no name contains.

use crate::format::Gender;
use crate::lexicon::Lexicon;
use crate::norm::{norm_into, norm_shape_push, norm_token, tokenize_into, Shape};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A small fast hasher for short token strings (FxHash's mixing step).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        // the tail in one step, zero-padded
        let r = chunks.remainder();
        if !r.is_empty() {
            let mut b = [0u8; 8];
            b[..r.len()].copy_from_slice(r);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        self.0 = h;
    }
    fn write_u8(&mut self, i: u8) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(K);
    }
    fn write_usize(&mut self, i: usize) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(K);
    }
    fn finish(&self) -> u64 {
        // the multiplications mix upwards: bring the well-mixed high bits
        // down to the bucket index bits
        self.0.rotate_left(26)
    }
}

pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FxSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

/// What a matched name refers to (indices into the lexicon's vectors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryRef {
    Country(u32),
    Adjective(u32),
    People(u32),
    Capital(u32),
    Org(u32),
    Person(u32),
    Agent { idx: u32, plural: bool },
    Place(u32),
}

impl EntryRef {
    /// Priority when one name has several readings (lower wins).
    pub fn rank(&self) -> u8 {
        match self {
            EntryRef::Org(_) => 0,
            EntryRef::Country(_) => 1,
            EntryRef::Person(_) => 2,
            EntryRef::Capital(_) => 3,
            EntryRef::People(_) => 4,
            EntryRef::Adjective(_) => 5,
            EntryRef::Agent { .. } => 6,
            EntryRef::Place(_) => 7,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseReq {
    Any,
    Cap,
    Upper,
}

impl CaseReq {
    fn ok(self, s: Shape) -> bool {
        match self {
            CaseReq::Any => true,
            CaseReq::Cap => s.cap || s.noalpha,
            CaseReq::Upper => s.upper,
        }
    }
}

/// One reading of a name: its entry and its case requirements (a range
/// of [`Compiled::cases`], one per word), chained to the next reading of
/// the same name (the readings of a name in the order they were added).
#[derive(Debug, Clone, Copy)]
struct PatEntry {
    entry: EntryRef,
    case_off: u32,
    case_len: u32,
    /// 1 + index into `pats` of the name's next reading (0 = the last).
    next: u32,
}

/// The compiled form of a [`Lexicon`].
pub struct Compiled {
    /// The number of distinct name tokens (their ids are 1..=`ntokens`,
    /// kept in `info`).
    ntokens: u32,
    /// The name trie over token ids: `root[id]` is the node of the
    /// one-token prefix `id` (0 = none), `next[(node, id)]` a child.
    root: Vec<u32>,
    next: FxMap<u64, u32>,
    /// Per trie node: 1 + the index into `names` of the name ending there
    /// (0 = no name ends there).
    term: Vec<u32>,
    /// Per name: the indices into `pats` of its first and last reading.
    names: Vec<(u32, u32)>,
    /// The readings of all names, chained per name (`PatEntry::next`).
    pats: Vec<PatEntry>,
    /// The case requirements of all readings (`PatEntry::case_off`).
    cases: Vec<CaseReq>,
    /// Normalised function words and their class.
    pub words: FxMap<String, String>,
    /// Normalised agent nouns flagged `orghead`, with their sector.
    pub orgheads: FxMap<String, String>,
    /// First names of the lexicon's people (first word of a name of two
    /// or more words), used to tell unknown people from other names.
    pub first_names: FxSet<String>,
    /// One-word singular agent nouns naming one person ("secretary",
    /// "spokesperson"): an organisation name containing one names a person
    /// ("the U.S. Secretary of State").
    pub person_nouns: FxSet<String>,
    pub patterns: usize,
    /// Everything known of a normalised word, in one lookup.
    info: WordTable,
    /// The distinct function-word classes ([`WordInfo::class`] - 1).
    classes: Vec<String>,
    /// The info of each one-byte ASCII word (`info` copied).
    ascii1: [WordInfo; 128],
}

/// What the lexicon knows of one normalised word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// Token id in the name trie (0 = in no name).
    pub id: u32,
    /// 1 + index of its function-word class (0 = none): see
    /// [`Compiled::class_name`].
    pub class: u16,
    /// An agent noun flagged `orghead`.
    pub orghead: bool,
    /// A first name of the lexicon's people.
    pub first: bool,
    /// A one-word singular agent noun naming one person.
    pub person_noun: bool,
}

/// The word table: open addressing with linear probing over a power-of-two
/// slot array at most half full; the keys are slices of one byte arena and
/// each slot keeps a 32-bit tag of its key's hash, so a lookup compares
/// bytes only for a key that is almost surely the one asked for.
#[derive(Default)]
struct WordTable {
    /// `slots.len() - 1` (a power of two minus one); unused when empty.
    mask: usize,
    slots: Vec<Slot>,
    keys: Vec<u8>,
    /// The number of keys.
    len: usize,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    tag: u32,
    /// Key length + 1 (0 = an empty slot).
    len1: u32,
    /// The key's first eight bytes, zero-padded ([`head8`]): a key of up
    /// to eight bytes is compared here, without reading `keys`.
    head: u64,
    /// Key offset in `keys`.
    off: u32,
    info: WordInfo,
}

/// The first eight bytes of `b` as a little-endian number, zero-padded
/// (read in at most two overlapping pieces).
fn head8(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 8 {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[..8]);
        u64::from_le_bytes(w)
    } else if n >= 4 {
        let r4 = |i: usize| {
            let mut w = [0u8; 4];
            w.copy_from_slice(&b[i..i + 4]);
            u64::from(u32::from_le_bytes(w))
        };
        r4(0) | (r4(n - 4) << (8 * (n - 4)))
    } else if n > 0 {
        u64::from(b[0])
            | (u64::from(b[n / 2]) << (8 * (n / 2)))
            | (u64::from(b[n - 1]) << (8 * (n - 1)))
    } else {
        0
    }
}

/// The word hash: FxHash's mixing over 8-byte little-endian chunks (the
/// last one overlapping the one before), a shorter key in one step from
/// overlapping pieces, seeded with the length.
fn word_hash(b: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mix = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let read8 = |i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        u64::from_le_bytes(w)
    };
    let n = b.len();
    let h = (n as u64).wrapping_mul(K);
    if n > 8 {
        let mut h = h;
        let mut i = 0;
        while i + 8 <= n {
            h = mix(h, read8(i));
            i += 8;
        }
        if i < n {
            h = mix(h, read8(n - 8));
        }
        h
    } else {
        mix(h, head8(b))
    }
}

/// `a == b` for two slices of the same length, in word-sized pieces
/// (overlapping at the end) rather than byte by byte.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let r8 = |x: &[u8], i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&x[i..i + 8]);
        u64::from_le_bytes(w)
    };
    let r4 = |x: &[u8], i: usize| {
        let mut w = [0u8; 4];
        w.copy_from_slice(&x[i..i + 4]);
        u32::from_le_bytes(w)
    };
    if n >= 8 {
        let mut i = 0;
        while i + 8 <= n {
            if r8(a, i) != r8(b, i) {
                return false;
            }
            i += 8;
        }
        i == n || r8(a, n - 8) == r8(b, n - 8)
    } else if n >= 4 {
        r4(a, 0) == r4(b, 0) && r4(a, n - 4) == r4(b, n - 4)
    } else {
        a.iter().zip(b).all(|(x, y)| x == y)
    }
}

impl WordTable {
    /// An empty table sized for about `keys` keys of `bytes` bytes in all
    /// (it grows past that).
    fn with_capacity(keys: usize, bytes: usize) -> WordTable {
        let n = (keys * 2).next_power_of_two().max(16);
        WordTable {
            mask: n - 1,
            slots: vec![Slot::default(); n],
            keys: Vec::with_capacity(bytes),
            len: 0,
        }
    }

    #[cfg(test)]
    fn new(map: &FxMap<String, WordInfo>) -> WordTable {
        let mut t = WordTable::with_capacity(map.len(), map.keys().map(String::len).sum());
        for (k, info) in map {
            *t.entry(k.as_bytes()) = *info;
        }
        t
    }

    /// The slot of key `b` (hash `h`): `Ok` where it is, `Err` the empty
    /// slot where it would go. The table must have slots.
    // (always inlined: a lookup per document word, whose call cost as much
    // as a probe)
    #[inline(always)]
    fn find(&self, b: &[u8], h: u64) -> Result<usize, usize> {
        let (tag, len1, head) = (h as u32, b.len() as u32 + 1, head8(b));
        let mut i = (h >> 32) as usize & self.mask;
        loop {
            let s = &self.slots[i];
            if s.len1 == 0 {
                return Err(i);
            }
            if s.tag == tag && s.len1 == len1 && s.head == head {
                // the bytes after the first eight
                let off = s.off as usize;
                if b.len() <= 8
                    || self
                        .keys
                        .get(off + 8..off + b.len())
                        .is_some_and(|k| same_bytes(k, &b[8..]))
                {
                    return Ok(i);
                }
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The info of key `b`, added (all zero) when absent. (Where a key
    /// lands does not change what a lookup finds: the keys are distinct.)
    fn entry(&mut self, b: &[u8]) -> &mut WordInfo {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let h = word_hash(b);
        let i = match self.find(b, h) {
            Ok(i) => i,
            Err(i) => {
                self.slots[i] = Slot {
                    tag: h as u32,
                    len1: b.len() as u32 + 1,
                    head: head8(b),
                    off: self.keys.len() as u32,
                    info: WordInfo::default(),
                };
                self.keys.extend_from_slice(b);
                self.len += 1;
                i
            }
        };
        &mut self.slots[i].info
    }

    /// Doubles the slot array (keeping it at most half full).
    fn grow(&mut self) {
        let n = (self.slots.len() * 2).max(16);
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); n]);
        self.mask = n - 1;
        for s in old.into_iter().filter(|s| s.len1 != 0) {
            let off = s.off as usize;
            let key = &self.keys[off..off + s.len1 as usize - 1];
            let mut i = (word_hash(key) >> 32) as usize & self.mask;
            while self.slots[i].len1 != 0 {
                i = (i + 1) & self.mask;
            }
            self.slots[i] = s;
        }
    }

    /// The info of a key (all zero when absent).
    #[inline]
    fn get(&self, b: &[u8]) -> WordInfo {
        if self.slots.is_empty() {
            return WordInfo::default();
        }
        match self.find(b, word_hash(b)) {
            Ok(i) => self.slots[i].info,
            Err(_) => WordInfo::default(),
        }
    }
}

/// A lexicon hit over words `[start, end)`.
#[derive(Debug, Clone)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub entries: Vec<EntryRef>,
}

fn edge(node: u32, id: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(id)
}

impl Compiled {
    pub fn new(lex: &Lexicon) -> Compiled {
        let names: usize = lex
            .countries
            .iter()
            .map(|k| k.names.len() + k.adjectives.len() + k.people.len() + k.capitals.len())
            .sum::<usize>()
            + lex
                .organisations
                .iter()
                .map(|o| o.names.len())
                .sum::<usize>()
            + lex.people.iter().map(|p| p.names.len()).sum::<usize>()
            + lex.places.iter().map(|p| p.names.len()).sum::<usize>();
        let mut c = Compiled {
            ntokens: 0,
            root: vec![0],
            next: FxMap::default(),
            term: vec![0],
            names: Vec::with_capacity(names),
            pats: Vec::with_capacity(names),
            cases: Vec::with_capacity(names * 2),
            words: FxMap::default(),
            orgheads: FxMap::default(),
            first_names: FxSet::default(),
            person_nouns: FxSet::default(),
            patterns: 0,
            // (about one new token per name, of about eight bytes)
            info: WordTable::with_capacity(names, names * 8),
            classes: Vec::new(),
            ascii1: [WordInfo::default(); 128],
        };
        for (w, cl) in &lex.words {
            c.words.insert(norm_token(w), cl.clone());
        }
        // the function words go into the word table first: at their home
        // slot, the most frequent words of any text are found in one probe
        for w in c.words.keys() {
            c.info.entry(w.as_bytes());
        }
        c.next.reserve(names);
        c.term.reserve(names * 2);
        // scratch buffers reused for every name
        let mut nbuf = String::new();
        let mut toks: Vec<(usize, usize, usize, usize, Shape)> = Vec::new();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut ids: Vec<u32> = Vec::new();
        // `first`: a person's name, whose first word (of two or more) is
        // a first name when capitalised and of two letters or more (taken
        // from the words normalised here: each name is tokenised once)
        let mut add = |c: &mut Compiled, name: &str, entry: EntryRef, proper: bool, first: bool| {
            // (surface start, end, norm start, end, shape) of each word but
            // periods
            nbuf.clear();
            toks.clear();
            tokenize_into(name, &mut spans);
            for &(s, e) in &spans {
                let a = nbuf.len();
                let sh = norm_shape_push(&name[s..e], &mut nbuf);
                if &nbuf[a..] == "." {
                    nbuf.truncate(a);
                } else {
                    toks.push((s, e, a, nbuf.len(), sh));
                }
            }
            if first && spans.len() >= 2 {
                // (a first word that is a period is no first name: its
                // normal form "." has one character)
                if let Some(&(_, _, a, b, sh)) = toks.first().filter(|t| t.0 == spans[0].0) {
                    let f = &nbuf[a..b];
                    if sh.cap && f.chars().nth(1).is_some() && !c.first_names.contains(f) {
                        c.first_names.insert(f.to_string());
                    }
                }
            }
            let skip = usize::from(toks.len() > 1 && &nbuf[toks[0].2..toks[0].3] == "the");
            let toks = &toks[skip..];
            if toks.is_empty() {
                return;
            }
            ids.clear();
            let case_off = c.cases.len() as u32;
            for (k, &(s, e, a, b, sh)) in toks.iter().enumerate() {
                let n = &nbuf[a..b];
                let inf = c.info.entry(n.as_bytes());
                if inf.id == 0 {
                    c.ntokens += 1;
                    inf.id = c.ntokens;
                }
                ids.push(inf.id);
                let t = &name[s..e];
                // "Al-Qaeda" is also written "al-Qaeda": a name opening
                // with a particle and a hyphen matches in either case (its
                // first word only: "Bashar Al-Assad" keeps its case)
                let particle_first = k == 0
                    && t.split_once('-').is_some_and(|(a, _)| {
                        c.words
                            .get(&norm_token(a))
                            .is_some_and(|cl| cl == "particle")
                    });
                c.cases.push(if !proper || particle_first {
                    CaseReq::Any
                } else if sh.upper && t.chars().filter(|c| c.is_alphabetic()).count() <= 5 {
                    CaseReq::Upper
                } else if sh.cap {
                    CaseReq::Cap
                } else {
                    CaseReq::Any
                });
            }
            // walk / grow the trie
            let mut node = 0u32;
            for (k, &id) in ids.iter().enumerate() {
                let child = if k == 0 {
                    if c.root.len() <= id as usize {
                        c.root.resize(id as usize + 1, 0);
                    }
                    c.root[id as usize]
                } else {
                    c.next.get(&edge(node, id)).copied().unwrap_or(0)
                };
                node = if child != 0 {
                    child
                } else {
                    let n = c.term.len() as u32;
                    c.term.push(0);
                    if k == 0 {
                        c.root[id as usize] = n;
                    } else {
                        c.next.insert(edge(node, id), n);
                    }
                    n
                };
            }
            let pat = PatEntry {
                entry,
                case_off,
                case_len: toks.len() as u32,
                next: 0,
            };
            let pi = c.pats.len() as u32;
            match c.term[node as usize] {
                0 => {
                    c.pats.push(pat);
                    c.names.push((pi, pi));
                    c.term[node as usize] = c.names.len() as u32;
                }
                t => {
                    if c.readings(t).any(|p| p.entry == entry) {
                        // (a reading already there: its case requirements
                        // are not kept)
                        c.cases.truncate(case_off as usize);
                        return;
                    }
                    c.pats.push(pat);
                    let list = &mut c.names[t as usize - 1];
                    let last = list.1 as usize;
                    list.1 = pi;
                    c.pats[last].next = pi + 1;
                }
            }
        };
        for (i, k) in lex.countries.iter().enumerate() {
            let i = i as u32;
            for n in &k.names {
                add(&mut c, n, EntryRef::Country(i), true, false);
            }
            for n in &k.adjectives {
                add(&mut c, n, EntryRef::Adjective(i), true, false);
            }
            for n in &k.people {
                add(&mut c, n, EntryRef::People(i), true, false);
            }
            for n in &k.capitals {
                add(&mut c, n, EntryRef::Capital(i), true, false);
            }
        }
        for (i, o) in lex.organisations.iter().enumerate() {
            for n in &o.names {
                add(&mut c, n, EntryRef::Org(i as u32), true, false);
            }
        }
        for (i, p) in lex.people.iter().enumerate() {
            for n in &p.names {
                add(&mut c, n, EntryRef::Person(i as u32), true, true);
            }
        }
        for (i, a) in lex.agents.iter().enumerate() {
            let idx = i as u32;
            if a.flags.person {
                for n in a.singular.iter().filter(|n| !n.contains(' ')) {
                    c.person_nouns.insert(norm_token(n));
                }
            }
            if a.flags.orghead {
                for n in a.singular.iter().chain(&a.plural) {
                    c.orgheads.insert(norm_token(n), a.code.clone());
                }
            }
            // a head word used only inside organisation names is no pattern:
            // it must not break the name ("Center for ...")
            if a.flags.orghead && !a.flags.person && !a.flags.group {
                continue;
            }
            for n in &a.singular {
                add(
                    &mut c,
                    n,
                    EntryRef::Agent { idx, plural: false },
                    false,
                    false,
                );
            }
            for n in &a.plural {
                add(
                    &mut c,
                    n,
                    EntryRef::Agent { idx, plural: true },
                    false,
                    false,
                );
            }
        }
        let mut key = String::new();
        for (i, p) in lex.places.iter().enumerate() {
            for n in &p.names {
                // a one-word place named like a function word ("Central",
                // "Northern", "Most" regions) is left out
                if !n.contains(' ') {
                    norm_into(n, &mut key);
                    if c.words.contains_key(key.as_str()) {
                        continue;
                    }
                }
                add(&mut c, n, EntryRef::Place(i as u32), true, false);
            }
        }
        // a first name that is also a one-word name of something other
        // than a person or place is no first name
        let single = |id: u32| {
            let node = c.root.get(id as usize).copied().unwrap_or(0);
            let t = c.term[node as usize];
            t != 0
                && c.readings(t)
                    .any(|p| !matches!(p.entry, EntryRef::Person(_) | EntryRef::Place(_)))
        };
        // (id 0: no name token)
        let drop: Vec<String> = c
            .first_names
            .iter()
            .filter(|f| {
                let id = c.info.get(f.as_bytes()).id;
                (id != 0 && single(id)) || c.words.contains_key(*f)
            })
            .cloned()
            .collect();
        for f in &drop {
            c.first_names.remove(f);
        }
        c.patterns = c.names.len();
        // the other facts of a word go into the same table
        let mut classes: Vec<String> = c.words.values().cloned().collect();
        classes.sort();
        classes.dedup();
        for (w, cl) in &c.words {
            let k = classes.iter().position(|x| x == cl).unwrap_or(0);
            c.info.entry(w.as_bytes()).class = k as u16 + 1;
        }
        for w in c.orgheads.keys() {
            c.info.entry(w.as_bytes()).orghead = true;
        }
        for w in &c.first_names {
            c.info.entry(w.as_bytes()).first = true;
        }
        for w in &c.person_nouns {
            c.info.entry(w.as_bytes()).person_noun = true;
        }
        for (b, slot) in (0u8..).zip(c.ascii1.iter_mut()) {
            *slot = c.info.get(&[b]);
        }
        c.classes = classes;
        c
    }

    /// The readings of name `t` (1 + its index into `names`), in the order
    /// they were added.
    fn readings(&self, t: u32) -> impl Iterator<Item = &PatEntry> {
        let first = self.names[t as usize - 1].0;
        std::iter::successors(self.pats.get(first as usize), move |p| {
            p.next
                .checked_sub(1)
                .and_then(|i| self.pats.get(i as usize))
        })
    }

    /// Everything known of a normalised word (all zero/false when nothing).
    pub fn info(&self, norm: &str) -> WordInfo {
        // one-byte words (punctuation, "a", digits) are a good part of
        // any text: read from a direct table
        match *norm.as_bytes() {
            [b] if b < 128 => self.ascii1[b as usize],
            _ => self.info.get(norm.as_bytes()),
        }
    }

    /// The function-word class of a [`WordInfo::class`] number.
    pub fn class_name(&self, class: u16) -> Option<&str> {
        (class as usize)
            .checked_sub(1)
            .and_then(|i| self.classes.get(i))
            .map(String::as_str)
    }

    /// The id of a normalised token (0 = not in any name).
    pub fn id(&self, norm: &str) -> u32 {
        self.info(norm).id
    }

    /// Finds lexicon names over a word sequence (normalised forms and
    /// surface shapes), longest match first, checking case requirements.
    pub fn find(&self, norms: &[&str], shapes: &[Shape]) -> Vec<Hit> {
        let ids: Vec<u32> = norms.iter().map(|n| self.id(n)).collect();
        self.find_ids(&ids, shapes)
    }

    /// [`Compiled::find`] over token ids ([`Compiled::id`]): scanning left
    /// to right, the longest name starting at a word is taken and the scan
    /// goes on after it (leftmost-longest, no overlaps); a name whose case
    /// requirements fail there is skipped all the same.
    pub fn find_ids(&self, ids: &[u32], shapes: &[Shape]) -> Vec<Hit> {
        let mut out = Vec::new();
        // the shorter names along a path whose longest name's case failed
        let mut shorter: Vec<(usize, u32)> = Vec::new();
        let mut i = 0;
        while i < ids.len() {
            let mut node = self.root.get(ids[i] as usize).copied().unwrap_or(0);
            if node == 0 {
                i += 1;
                continue;
            }
            let mut best = (0usize, 0u32);
            let mut j = i + 1;
            loop {
                let t = self.term[node as usize];
                if t != 0 {
                    best = (j, t);
                }
                let Some(&id) = ids.get(j) else { break };
                if id == 0 {
                    break;
                }
                match self.next.get(&edge(node, id)) {
                    Some(&n) => node = n,
                    None => break,
                }
                j += 1;
            }
            let (e, t) = best;
            if t == 0 {
                i += 1;
                continue;
            }
            let s = i;
            let mut found = self.case_fits(s, e, t, shapes).map(|en| (e, en));
            if found.is_none() {
                // the longest shorter name whose case fits ("the Assad
                // regime": not the capitalised "Assad Regime", but "Assad")
                shorter.clear();
                let mut node = self.root.get(ids[s] as usize).copied().unwrap_or(0);
                let mut j = s + 1;
                while j < e && node != 0 {
                    let t = self.term[node as usize];
                    if t != 0 {
                        shorter.push((j, t));
                    }
                    node = ids
                        .get(j)
                        .and_then(|&id| self.next.get(&edge(node, id)).copied())
                        .unwrap_or(0);
                    j += 1;
                }
                found = shorter
                    .iter()
                    .rev()
                    .find_map(|&(e2, t2)| self.case_fits(s, e2, t2, shapes).map(|en| (e2, en)));
            }
            let Some((e, mut entries)) = found else {
                // no case fits: go on with the next word ("the Kurdistan
                // regional government": not the capitalised name, but the
                // agents "regional" and "government")
                i += 1;
                continue;
            };
            i = e;
            entries.sort_by_key(|e| {
                let later_first = match e {
                    EntryRef::Person(i) | EntryRef::Org(i) => u32::MAX - i,
                    _ => 0,
                };
                (e.rank(), later_first)
            });
            out.push(Hit {
                start: s,
                end: e,
                entries,
            });
        }
        out
    }

    /// The entries of terminal `t` whose case fits the words `s..e`.
    fn case_fits(&self, s: usize, e: usize, t: u32, shapes: &[Shape]) -> Option<Vec<EntryRef>> {
        let sh = shapes.get(s..e)?;
        let fits = |p: &&PatEntry| {
            let case = &self.cases[p.case_off as usize..][..p.case_len as usize];
            case.iter().zip(sh).all(|(r, s)| r.ok(*s))
        };
        if !self.readings(t).any(|p| fits(&p)) {
            return None;
        }
        Some(self.readings(t).filter(fits).map(|p| p.entry).collect())
    }
}

/// Gender of a pronoun class.
pub fn pron_gender(class: &str) -> Option<Gender> {
    match class {
        "pron:m" | "poss:m" => Some(Gender::Male),
        "pron:f" | "poss:f" => Some(Gender::Female),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_table_finds_exactly_its_keys() {
        let mut m: FxMap<String, WordInfo> = FxMap::default();
        let keys = [
            "a",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "abcdefghijklmnopq",
            "al-qaida",
            "",
            "x'y",
            "abcdefghijklmnopqrstuvw",
        ];
        for (i, k) in keys.iter().enumerate() {
            m.insert(
                k.to_string(),
                WordInfo {
                    id: i as u32 + 1,
                    ..Default::default()
                },
            );
        }
        let t = WordTable::new(&m);
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(t.get(k.as_bytes()).id, i as u32 + 1, "{k}");
        }
        for k in [
            "b",
            "abd",
            "abce",
            "abcdf",
            "abcdefgi",
            "abcdefghj",
            "abcdefghijklmnopr",
            "al-qaidb",
            "abcdefghijklmnopqrstuvx",
            "abcdefghijklmnopqrstuv",
        ] {
            assert_eq!(t.get(k.as_bytes()), WordInfo::default(), "{k}");
        }
        assert_eq!(head8(b"abc"), u64::from_le_bytes(*b"abc\0\0\0\0\0"));
        assert_eq!(head8(b"abcde"), u64::from_le_bytes(*b"abcde\0\0\0"));
        assert_eq!(head8(b"abcdefghij"), u64::from_le_bytes(*b"abcdefgh"));
        assert_eq!(head8(b"ab"), u64::from_le_bytes(*b"ab\0\0\0\0\0\0"));
        assert!(same_bytes(b"abcdefghijk", b"abcdefghijk"));
        assert!(!same_bytes(b"abcdefghijk", b"abcdefghijl"));
        assert!(!same_bytes(b"abcde", b"abcdf"));
        assert!(!same_bytes(b"xbcde", b"abcde"));
    }
}
