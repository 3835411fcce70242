//! The compiled matcher: every lexicon name as a sequence of normalised
//! token ids, searched with Aho-Corasick (leftmost-longest) over the
//! document's token-id string.
//!
//! Each token id is written as three bytes, the first with its high bit
//! set and the others without, so a match can only start on a token
//! boundary. Unknown tokens get id 0, which no pattern contains.

use crate::format::Gender;
use crate::lexicon::Lexicon;
use crate::norm::{norm_token, shape, tokenize, Shape};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
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
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
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

#[derive(Debug, Clone)]
struct PatEntry {
    entry: EntryRef,
    case: Vec<CaseReq>,
}

/// The compiled form of a [`Lexicon`].
pub struct Compiled {
    vocab: FxMap<String, u32>,
    ac: Option<AhoCorasick>,
    pats: Vec<Vec<PatEntry>>,
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
}

/// A lexicon hit over words `[start, end)`.
#[derive(Debug, Clone)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub entries: Vec<EntryRef>,
}

fn encode(id: u32, out: &mut Vec<u8>) {
    out.push(0x80 | ((id >> 14) & 0x7f) as u8);
    out.push(((id >> 7) & 0x7f) as u8);
    out.push((id & 0x7f) as u8);
}

impl Compiled {
    pub fn new(lex: &Lexicon) -> Compiled {
        let mut c = Compiled {
            vocab: FxMap::default(),
            ac: None,
            pats: Vec::new(),
            words: FxMap::default(),
            orgheads: FxMap::default(),
            first_names: FxSet::default(),
            person_nouns: FxSet::default(),
            patterns: 0,
        };
        for (w, cl) in &lex.words {
            c.words.insert(norm_token(w), cl.clone());
        }
        let mut index: HashMap<Vec<u32>, usize> = HashMap::new();
        let mut add = |c: &mut Compiled, name: &str, entry: EntryRef, proper: bool| {
            let spans = tokenize(name);
            let mut toks: Vec<&str> = spans
                .iter()
                .map(|&(s, e)| &name[s..e])
                .filter(|t| norm_token(t) != ".")
                .collect();
            if toks.len() > 1 && norm_token(toks[0]) == "the" {
                toks.remove(0);
            }
            if toks.is_empty() {
                return;
            }
            let mut ids = Vec::with_capacity(toks.len());
            let mut case = Vec::with_capacity(toks.len());
            for t in &toks {
                let n = norm_token(t);
                let next = c.vocab.len() as u32 + 1;
                let id = *c.vocab.entry(n).or_insert(next);
                ids.push(id);
                let sh = shape(t);
                case.push(if !proper {
                    CaseReq::Any
                } else if sh.upper && t.chars().filter(|c| c.is_alphabetic()).count() <= 5 {
                    CaseReq::Upper
                } else if sh.cap {
                    CaseReq::Cap
                } else {
                    CaseReq::Any
                });
            }
            let pi = *index.entry(ids).or_insert_with(|| {
                c.pats.push(Vec::new());
                c.pats.len() - 1
            });
            let list = &mut c.pats[pi];
            if !list.iter().any(|p| p.entry == entry) {
                list.push(PatEntry { entry, case });
            }
        };
        for (i, k) in lex.countries.iter().enumerate() {
            let i = i as u32;
            for n in &k.names {
                add(&mut c, n, EntryRef::Country(i), true);
            }
            for n in &k.adjectives {
                add(&mut c, n, EntryRef::Adjective(i), true);
            }
            for n in &k.people {
                add(&mut c, n, EntryRef::People(i), true);
            }
            for n in &k.capitals {
                add(&mut c, n, EntryRef::Capital(i), true);
            }
        }
        for (i, o) in lex.organisations.iter().enumerate() {
            for n in &o.names {
                add(&mut c, n, EntryRef::Org(i as u32), true);
            }
        }
        for (i, p) in lex.people.iter().enumerate() {
            for n in &p.names {
                add(&mut c, n, EntryRef::Person(i as u32), true);
                let toks = tokenize(n);
                if toks.len() >= 2 {
                    let (s, e) = toks[0];
                    let f = norm_token(&n[s..e]);
                    if f.chars().count() >= 2 && shape(&n[s..e]).cap {
                        c.first_names.insert(f);
                    }
                }
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
                add(&mut c, n, EntryRef::Agent { idx, plural: false }, false);
            }
            for n in &a.plural {
                add(&mut c, n, EntryRef::Agent { idx, plural: true }, false);
            }
        }
        for (i, p) in lex.places.iter().enumerate() {
            for n in &p.names {
                // a one-word place named like a function word ("Central",
                // "Northern", "Most" regions) is left out
                if !n.contains(' ') && c.words.contains_key(&norm_token(n)) {
                    continue;
                }
                add(&mut c, n, EntryRef::Place(i as u32), true);
            }
        }
        let single: std::collections::HashSet<u32> = index
            .iter()
            .filter(|(ids, pi)| {
                ids.len() == 1
                    && c.pats[**pi]
                        .iter()
                        .any(|p| !matches!(p.entry, EntryRef::Person(_) | EntryRef::Place(_)))
            })
            .map(|(ids, _)| ids[0])
            .collect();
        let vocab = &c.vocab;
        let words = &c.words;
        c.first_names.retain(|f| {
            vocab.get(f).is_none_or(|id| !single.contains(id)) && !words.contains_key(f)
        });
        let mut keyed: Vec<(&Vec<u32>, &usize)> = index.iter().collect();
        keyed.sort_by_key(|(_, &i)| i);
        let bytes: Vec<Vec<u8>> = keyed
            .iter()
            .map(|(ids, _)| {
                let mut b = Vec::with_capacity(ids.len() * 3);
                for &id in ids.iter() {
                    encode(id, &mut b);
                }
                b
            })
            .collect();
        c.patterns = bytes.len();
        c.ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&bytes)
            .ok();
        c
    }

    /// The id of a normalised token (0 = not in any name).
    pub fn id(&self, norm: &str) -> u32 {
        self.vocab.get(norm).copied().unwrap_or(0)
    }

    /// Finds lexicon names over a word sequence (normalised forms and
    /// surface shapes), longest match first, checking case requirements.
    pub fn find(&self, norms: &[&str], shapes: &[Shape]) -> Vec<Hit> {
        let mut buf = Vec::with_capacity(norms.len() * 3);
        for n in norms {
            encode(self.id(n), &mut buf);
        }
        self.find_encoded(&buf, shapes)
    }

    pub fn find_encoded(&self, buf: &[u8], shapes: &[Shape]) -> Vec<Hit> {
        let mut out = Vec::new();
        let Some(ac) = &self.ac else { return out };
        for m in ac.find_iter(buf) {
            let (s, e) = (m.start() / 3, m.end() / 3);
            let Some(sh) = shapes.get(s..e) else { continue };
            let mut entries: Vec<EntryRef> = self.pats[m.pattern().as_usize()]
                .iter()
                .filter(|p| p.case.iter().zip(sh).all(|(r, s)| r.ok(*s)))
                .map(|p| p.entry)
                .collect();
            if entries.is_empty() {
                continue;
            }
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

    /// Encodes one token (normalised) onto `buf`.
    pub fn push_token(&self, norm: &str, buf: &mut Vec<u8>) {
        encode(self.id(norm), buf);
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
