//! Actor recognition on a [`Document`]: lexicon matching, composition of
//! country + agent, appositions, unknown names, metonyms and
//! within-document coreference.

use crate::format::{resolve_codes, Gender};
use crate::lexicon::{Lexicon, LexiconError};
use crate::matcher::{pron_gender, Compiled, EntryRef, Hit};
use crate::matcher::{FxHasher, FxMap};
use crate::norm::{norm_token, shape, tokenize, Shape};
use gesta_document::{ActorKind, ActorMention, Annotator, Document};
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

type FxSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;

/// How many units after its first one [`ActorRecognizer::place_np`] may
/// find its place noun: a determiner, then three modifiers of up to three
/// units each (keep in step with its loop).
const PLACE_NP_REACH: usize = 1 + 3 * 3;

/// Entity classes used to evaluate recognition against NER gold sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityLabel {
    Person,
    Organisation,
    Location,
    Nationality,
}

impl EntityLabel {
    pub fn name(&self) -> &'static str {
        match self {
            EntityLabel::Person => "Person",
            EntityLabel::Organisation => "Organisation",
            EntityLabel::Location => "Location",
            EntityLabel::Nationality => "Nationality",
        }
    }
}

/// A named-entity reading of a span (byte offsets into `doc.text`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub label: EntityLabel,
    /// A pronoun (he, we, they): gold sets differ on whether these count.
    pub pronoun: bool,
    /// Start of the proper name inside the span, without a leading
    /// determiner, title or role ("the Army" -> "Army", "Engineer John
    /// Greiner" -> "John Greiner"): the CoNLL convention. Equals `start`
    /// when the span starts with the name.
    pub name_start: usize,
    /// A common-noun mention with no proper name as its head ("the city",
    /// "civilians", "Iraqi forces"): gold sets like re3d count these,
    /// CoNLL-style ones do not.
    pub nominal: bool,
    /// The type of the name itself, whatever its role here: a country
    /// acting ("France said") is an Organisation in `label` but its name is
    /// a Location (the CoNLL convention).
    pub name_label: EntityLabel,
    /// End of the proper name (the CoNLL span end): "Idlib" in "Idlib
    /// province", "Palmyra" in "Palmyra, Syria". Equals `end` when the
    /// span ends with the name.
    pub name_end: usize,
    /// A name read only under the CoNLL convention: under the whole-phrase
    /// one it is part of a larger entity ("Syria" in "Palmyra, Syria").
    pub name_only: bool,
}

/// What [`ActorRecognizer::recognize`] finds.
#[derive(Debug, Clone, Default)]
pub struct Recognition {
    pub actors: Vec<ActorMention>,
    /// Entity spans (people, organisations, places, nationalities),
    /// including places and adjectives that are not actors.
    pub entities: Vec<Entity>,
}

/// Finds actor mentions and resolves them to CAMEO actor codes as of the
/// document's date.
pub struct ActorRecognizer {
    lex: Lexicon,
    c: Compiled,
    /// The lexicon's country and region codes (`split_code` asks for
    /// every code it splits).
    country_codes: FxSet<String>,
    /// The lexicon's cue words by list.
    cues: Cues,
}

/// The cue lists of the lexicon (`cues.tsv`; `format::CUE_LISTS`).
#[derive(Debug, Default)]
struct Cues {
    /// `place-prep`, and `place-prep:parsed` (with `true`).
    place_prep: FxMap<String, bool>,
    /// `place-of`, and `place-of:parsed` (with `true`).
    place_of: FxMap<String, bool>,
    place_verb: FxSet<String>,
    place_passive: FxSet<String>,
    month: FxSet<String>,
    number: FxSet<String>,
}

impl Cues {
    fn new(lex: &Lexicon) -> Cues {
        let mut c = Cues::default();
        for (w, list) in &lex.cues {
            let w = w.clone();
            match list.as_str() {
                "place-prep" => {
                    c.place_prep.insert(w, false);
                }
                "place-prep:parsed" => {
                    c.place_prep.entry(w).or_insert(true);
                }
                "place-of" => {
                    c.place_of.insert(w, false);
                }
                "place-of:parsed" => {
                    c.place_of.entry(w).or_insert(true);
                }
                "place-verb" => {
                    c.place_verb.insert(w);
                }
                "place-passive" => {
                    c.place_passive.insert(w);
                }
                "month" => {
                    c.month.insert(w);
                }
                "number" => {
                    c.number.insert(w);
                }
                _ => {}
            }
        }
        c
    }

    /// A preposition whose untyped object is a place; `parsed`: the parse
    /// shows the name is its object.
    fn place_prep(&self, w: &str, parsed: bool) -> bool {
        self.place_prep.get(w).is_some_and(|&p| parsed || !p)
    }

    /// A noun whose "of" object is a place; `parsed`: the parse shows
    /// the noun governs the "of" phrase.
    fn place_of(&self, w: &str, parsed: bool) -> bool {
        self.place_of.get(w).is_some_and(|&p| parsed || !p)
    }
}

/// A word of the document: its normalised form is a slice of one buffer
/// per document (no allocation per word).
#[derive(Debug, Clone)]
struct W<'a> {
    start: usize,
    end: usize,
    norm: &'a str,
    shape: Shape,
    tok: Option<usize>,
    sent: usize,
    /// Token id in the lexicon's name trie (0 = in no name).
    id: u32,
    /// Function-word class.
    cl: Option<&'a str>,
    /// An organisation head noun ("council", "ministry").
    orghead: bool,
    /// A first name of a known person.
    first: bool,
    /// A one-word singular agent noun naming one person.
    person_noun: bool,
    /// The normalised form has a hyphen (so may the surface).
    hyphen: bool,
}

/// A word while the words are collected: `norm` is a range of the
/// document's normalised-form buffer.
#[derive(Debug, Clone)]
struct WordDraft {
    start: usize,
    end: usize,
    /// A range of the normal-form buffer, or of the text when `in_text`
    /// (a token that is its own normal form is not copied).
    norm: (usize, usize),
    in_text: bool,
    /// Whether the normal form has a hyphen, when known.
    hyphen: Option<bool>,
    shape: Shape,
    tok: Option<usize>,
    sent: usize,
}

impl WordDraft {
    /// The normal form (`buf` the normal-form buffer).
    fn norm<'a>(&self, buf: &'a str, text: &'a str) -> &'a str {
        let src = if self.in_text { text } else { buf };
        &src[self.norm.0..self.norm.1]
    }
}

// (an explicit tag byte: matching on a unit's kind is one comparison,
// not a decoding of the niche in `Entry`'s vector)
#[derive(Debug, Clone, PartialEq)]
#[repr(u8)]
enum U<'a> {
    Entry(Vec<EntryRef>),
    Name(NameClass),
    Poss,
    Det,
    /// A pronoun, with its class (a slice of the lexicon's classes).
    Pron(&'a str),
    Connector,
    PlacePrep,
    Punct,
    Word,
}

/// Per-unit working arrays of [`ActorRecognizer::chains`] (see there),
/// kept across the sentences of a document: no allocation per sentence
/// or per chain.
#[derive(Debug)]
struct ChainScratch {
    pn_next: Vec<usize>,
    modif: Vec<bool>,
    lead: Vec<u8>,
    /// The units of the chain being collected.
    elems: Vec<usize>,
}

impl ChainScratch {
    fn with_capacity(n: usize) -> ChainScratch {
        ChainScratch {
            pn_next: Vec::with_capacity(n),
            modif: Vec::with_capacity(n),
            lead: Vec::with_capacity(n),
            elems: Vec::with_capacity(8),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameClass {
    Person,
    Org,
    Unknown,
}

#[derive(Debug, Clone)]
struct Unit<'a> {
    ws: usize,
    we: usize,
    u: U<'a>,
}

#[derive(Debug, Clone, Default)]
struct Men {
    ws: usize,
    we: usize,
    code: String,
    name: Option<String>,
    entry: Option<String>,
    kind: ActorKind,
    rule: &'static str,
    sent: usize,
    antecedent: Option<usize>,
    gender: Gender,
    plural: bool,
    person_like: bool,
    actor: bool,
    ner: Option<EntityLabel>,
    head_agent: Option<u32>,
    definite: bool,
    /// Word index of a possessive pronoun inside ("his Russian counterpart").
    poss_pron: Option<usize>,
    inherit: bool,
    country_known: bool,
    subject: bool,
    surname: Option<String>,
    /// First word of the proper name (CoNLL span start), when not `ws`.
    name_ws: Option<usize>,
    /// End of the proper name (CoNLL span end), when not `we`: "Idlib
    /// province", "Palmyra, Syria" (whose CoNLL reading is two names).
    name_we: Option<usize>,
    /// Only a CoNLL name reading: the whole-phrase reading has it inside a
    /// larger entity ("Syria" in "Palmyra, Syria").
    name_only: bool,
    /// A first-order administrative region (a state, a province).
    admin: bool,
    /// A capital named (a city, whatever its role).
    capital: bool,
    /// The entity span when it differs from the actor span (`ws`..`we`):
    /// "all Syrians", "three women and three children", "Palmyra, Syria".
    ews: Option<usize>,
    ewe: Option<usize>,
    /// The label of the whole-phrase reading when it differs from `ner`
    /// (the owner of "the ISIL 's War Committee" reads as the Organisation
    /// of the whole phrase; its CoNLL name stays "ISIL").
    whole_label: Option<EntityLabel>,
    /// Headed by a common noun, not a name.
    nominal: bool,
    /// Defined as a work, event or other `misc` thing ("BayCon is a large
    /// convention"): no entity, and no other mention of the name either.
    misc: bool,
}

impl ActorRecognizer {
    /// A recognizer over a copy of `lex` (see [`ActorRecognizer::from_lexicon`]
    /// to hand the lexicon over without copying it).
    pub fn new(lex: &Lexicon) -> Self {
        Self::from_lexicon(lex.clone())
    }

    /// A recognizer that owns `lex` (no copy: less time and memory than
    /// [`ActorRecognizer::new`]).
    pub fn from_lexicon(lex: Lexicon) -> Self {
        let c = Compiled::new(&lex);
        let country_codes = lex.countries.iter().map(|c| c.code.clone()).collect();
        let cues = Cues::new(&lex);
        ActorRecognizer {
            lex,
            c,
            country_codes,
            cues,
        }
    }

    /// A recognizer over the embedded default lexicon.
    pub fn embedded() -> Result<Self, LexiconError> {
        Ok(Self::from_lexicon(Lexicon::embedded()?))
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// Number of compiled name patterns.
    pub fn patterns(&self) -> usize {
        self.c.patterns
    }

    fn class(&self, norm: &str) -> Option<&str> {
        self.c.words.get(norm).map(String::as_str)
    }

    /// Matches lexicon names over raw text (own tokenizer), without any
    /// composition. Returns the number of hits (used by the benchmark).
    pub fn count_hits(&self, text: &str) -> usize {
        let spans = tokenize(text);
        let mut ids = Vec::with_capacity(spans.len());
        let mut shapes = Vec::with_capacity(spans.len());
        let mut n = String::new();
        for &(s, e) in &spans {
            crate::norm::norm_into(&text[s..e], &mut n);
            ids.push(self.c.id(&n));
            shapes.push(shape(&text[s..e]));
        }
        self.c.find_ids(&ids, &shapes).len()
    }

    /// The document's words and sentences (word ranges), and the buffer
    /// their normalised forms are slices of.
    #[inline(never)]
    fn words(&self, doc: &Document) -> (String, Vec<WordDraft>, Vec<(usize, usize)>) {
        let mut words: Vec<WordDraft> = Vec::with_capacity(doc.tokens.len() + 16);
        let mut sents = Vec::with_capacity(doc.sentences.len() + 1);
        let text = &doc.text;
        let mut buf = String::with_capacity(text.len() + 16);
        if !doc.tokens.is_empty() && !doc.sentences.is_empty() {
            for (si, s) in doc.sentences.iter().enumerate() {
                let w0 = words.len();
                let tend = s.token_end.min(doc.tokens.len());
                // a hyphen the tokenizer split off inside a word ("al-Qaida"
                // -> "al - Qaida", "U.S.-led") is joined back: lexicon names
                // keep their hyphens
                // (with spaces around it after a particle: "al - Qaida"
                // in pre-tokenised text); so is an apostrophe inside a
                // transliterated name ("Da ’ esh", "Ja ’ afari")
                let mut join: Option<char> = None;
                for ti in s.token_start..tend {
                    let t = &doc.tokens[ti];
                    let Some(tt) = text.get(t.start..t.end) else {
                        continue;
                    };
                    if let Some(sep) = join.take() {
                        if let Some(p) = words.last_mut() {
                            let surface = &text[p.start..t.end];
                            // the joined form at the end of the buffer
                            if p.in_text || p.norm.1 != buf.len() {
                                let old = p.norm(&buf, text).to_string();
                                p.norm.0 = buf.len();
                                p.in_text = false;
                                buf.push_str(&old);
                            }
                            buf.push(sep);
                            crate::norm::norm_push(tt, &mut buf);
                            p.norm.1 = buf.len();
                            p.hyphen = None;
                            p.end = t.end;
                            p.shape = shape(surface);
                            // a name's tag is its first part's ("Ja ’ afari")
                            if sep == '-' {
                                p.tok = Some(ti);
                            }
                            continue;
                        }
                    }
                    // an ordinary word (no hyphen or apostrophe to join,
                    // no possessive to split): as it is. One ending in "s"
                    // is ordinary too unless it is the "s" of a split "’ s"
                    // or ends in "'s" or "’s" (its "s" after an apostrophe
                    // or the last byte of "’", 0x99)
                    let b = tt.as_bytes();
                    if b.first().is_some_and(u8::is_ascii_alphanumeric)
                        && (b.last() != Some(&b's')
                            || (b.len() >= 2 && !matches!(b[b.len() - 2], b'\'' | 0x99)))
                    {
                        push_word(&mut words, &mut buf, text, (t.start, t.end), Some(ti), si);
                        continue;
                    }
                    let next_tok = (ti + 1 < tend)
                        .then(|| text.get(doc.tokens[ti + 1].start..doc.tokens[ti + 1].end))
                        .flatten();
                    let prev_same = words.last().filter(|p: &&WordDraft| p.sent == si);
                    let pnorm = |p: &WordDraft| p.norm(&buf, text);
                    if matches!(tt, "-" | "\u{2010}" | "\u{2011}")
                        && prev_same.is_some_and(|p| {
                            !p.shape.cap && self.class(pnorm(p)) == Some("particle")
                        })
                        && next_tok.is_some_and(|n| {
                            n.chars().next().is_some_and(char::is_uppercase)
                                && prev_same.is_some_and(|p| {
                                    self.c.id(&format!("{}-{}", pnorm(p), norm_token(n))) != 0
                                })
                        })
                    {
                        join = Some('-');
                        continue;
                    }
                    if matches!(tt, "'" | "\u{2019}")
                        && prev_same.is_some_and(|p| {
                            p.shape.cap
                                && !p.shape.upper
                                && pnorm(p).chars().all(char::is_alphabetic)
                        })
                        && next_tok.is_some_and(|n| {
                            n.len() >= 2
                                && n.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
                                && !matches!(n, "re" | "ve" | "ll" | "nt")
                        })
                    {
                        join = Some('\'');
                        continue;
                    }
                    if tt == "-"
                        && words.last().is_some_and(|p: &WordDraft| {
                            p.sent == si && p.end == t.start && !p.shape.noalpha
                        })
                        && ti + 1 < tend
                        && doc.tokens[ti + 1].start == t.end
                        && text
                            .get(t.end..doc.tokens[ti + 1].end)
                            .is_some_and(|n| n.chars().next().is_some_and(char::is_alphanumeric))
                    {
                        join = Some('-');
                        continue;
                    }
                    // split a possessive kept inside the token
                    let cut = ["'s", "\u{2019}s"]
                        .iter()
                        .find(|p| tt.len() > p.len() && tt.ends_with(*p))
                        .map(|p| t.end - p.len());
                    match cut {
                        Some(c) => {
                            push_word(&mut words, &mut buf, text, (t.start, c), Some(ti), si);
                            push_word(&mut words, &mut buf, text, (c, t.end), Some(ti), si);
                        }
                        None => {
                            // a possessive split into two tokens: "’ s"
                            let apos = words.last().filter(|p: &&WordDraft| {
                                p.sent == si && p.norm(&buf, text) == "'" && tt == "s"
                            });
                            if apos.is_some() {
                                if let Some(p) = words.last_mut() {
                                    p.end = t.end;
                                    p.norm.0 = buf.len();
                                    p.in_text = false;
                                    buf.push_str("'s");
                                    p.norm.1 = buf.len();
                                    p.hyphen = None;
                                }
                            } else {
                                push_word(
                                    &mut words,
                                    &mut buf,
                                    text,
                                    (t.start, t.end),
                                    Some(ti),
                                    si,
                                )
                            }
                        }
                    }
                }
                sents.push((w0, words.len()));
            }
        } else {
            let spans = tokenize(text);
            let mut si = 0;
            let mut w0 = 0;
            for (k, &(s, e)) in spans.iter().enumerate() {
                push_word(&mut words, &mut buf, text, (s, e), None, si);
                let t = &text[s..e];
                let next_cap = spans
                    .get(k + 1)
                    .map(|&(a, b)| {
                        let n = &text[a..b];
                        shape(n).cap || shape(n).noalpha
                    })
                    .unwrap_or(true);
                let para = spans
                    .get(k + 1)
                    .map(|&(a, _)| text[e..a].contains('\n'))
                    .unwrap_or(false);
                if (matches!(t, "." | "!" | "?") && next_cap) || para {
                    sents.push((w0, words.len()));
                    w0 = words.len();
                    si += 1;
                }
            }
            if w0 < words.len() {
                sents.push((w0, words.len()));
            }
        }
        (buf, words, sents)
    }

    fn upos<'d>(&self, doc: &'d Document, w: &W) -> &'d str {
        w.tok
            .and_then(|t| doc.tokens.get(t))
            .map(|t| t.upos.as_str())
            .unwrap_or("")
    }

    fn deprel<'d>(&self, doc: &'d Document, w: &W) -> &'d str {
        w.tok
            .and_then(|t| doc.tokens.get(t))
            .map(|t| t.deprel.as_str())
            .unwrap_or("")
    }

    /// Code of a country-or-other code: (country, sector).
    fn split_code(&self, code: &str) -> (Option<String>, Option<String>) {
        if code.len() >= 3 {
            let (a, b) = code.split_at(3);
            if self.country_codes.contains(a) {
                let sec = if b.len() >= 3 {
                    Some(b[..3].to_string())
                } else {
                    None
                };
                return (Some(a.to_string()), sec);
            }
            return (None, Some(a.to_string()));
        }
        (None, None)
    }

    fn entry_code(
        &self,
        e: EntryRef,
        date: Option<&str>,
    ) -> (String, Option<String>, Option<String>) {
        // (code, name, entry id)
        let code = self.entry_code_only(e, date);
        match e {
            EntryRef::Country(i)
            | EntryRef::People(i)
            | EntryRef::Adjective(i)
            | EntryRef::Capital(i) => {
                let c = &self.lex.countries[i as usize];
                (
                    code,
                    c.names.first().cloned(),
                    Some(cat("country:", &c.code)),
                )
            }
            EntryRef::Org(i) => {
                let o = &self.lex.organisations[i as usize];
                (code, o.names.first().cloned(), Some(cat("org:", &o.id)))
            }
            EntryRef::Person(i) => {
                let p = &self.lex.people[i as usize];
                (code, p.names.first().cloned(), Some(cat("person:", &p.id)))
            }
            EntryRef::Agent { idx, .. } => {
                let a = &self.lex.agents[idx as usize];
                // (`Agent::id` without its copy)
                let id = a.singular.first().or(a.plural.first());
                (
                    code,
                    None,
                    Some(cat("agent:", id.map_or("", String::as_str))),
                )
            }
            EntryRef::Place(i) => {
                let p = &self.lex.places[i as usize];
                (
                    code,
                    p.names.first().cloned(),
                    Some(cat("place:", &p.names[0])),
                )
            }
        }
    }

    /// The code of [`ActorRecognizer::entry_code`] alone.
    fn entry_code_only(&self, e: EntryRef, date: Option<&str>) -> String {
        match e {
            EntryRef::Country(i)
            | EntryRef::People(i)
            | EntryRef::Adjective(i)
            | EntryRef::Capital(i) => self.lex.countries[i as usize].code.clone(),
            EntryRef::Org(i) => {
                let o = &self.lex.organisations[i as usize];
                resolve_codes(&o.codes, date)
                    .or(o.codes.last())
                    .map(|c| c.code.clone())
                    .unwrap_or_default()
            }
            EntryRef::Person(i) => {
                let p = &self.lex.people[i as usize];
                resolve_codes(&p.roles, date)
                    .map(|c| c.code.clone())
                    .unwrap_or_default()
            }
            EntryRef::Agent { idx, .. } => self.lex.agents[idx as usize].code.clone(),
            EntryRef::Place(i) => self.lex.places[i as usize].country.clone(),
        }
    }

    /// Runs recognition and returns actors and entity readings.
    pub fn recognize(&self, doc: &Document) -> Recognition {
        self.recognize_with(doc, true)
    }

    /// [`ActorRecognizer::recognize`]; `entities`: whether to build the
    /// entity readings (the actors are the same either way: the passes
    /// that find readings run all the same, as they also decide actors).
    fn recognize_with(&self, doc: &Document, entities: bool) -> Recognition {
        let date = doc.date.as_deref();
        let (normbuf, drafts, sents) = self.words(doc);
        let words: Vec<W> = drafts
            .iter()
            .map(|d| {
                let norm = d.norm(&normbuf, &doc.text);
                let inf = self.c.info(norm);
                W {
                    start: d.start,
                    end: d.end,
                    norm,
                    shape: d.shape,
                    tok: d.tok,
                    sent: d.sent,
                    id: inf.id,
                    cl: self.c.class_name(inf.class),
                    orghead: inf.orghead,
                    first: inf.first,
                    person_noun: inf.person_noun,
                    hyphen: d.hyphen.unwrap_or_else(|| norm.bytes().any(|b| b == b'-')),
                }
            })
            .collect();
        let ids: Vec<u32> = words.iter().map(|w| w.id).collect();
        let shapes: Vec<Shape> = words.iter().map(|w| w.shape).collect();
        let hits = self.c.find_ids(&ids, &shapes);
        let has_pos = doc.tokens.iter().any(|t| !t.upos.is_empty());
        // the words seen in lower case (only asked for without POS tags)
        let lower_seen: FxSet<&str> = if has_pos {
            FxSet::default()
        } else {
            words
                .iter()
                .filter(|w| !w.shape.cap && !w.shape.noalpha)
                .map(|w| w.norm)
                .collect()
        };
        // the hit starting at each word (the last one found there), moved
        // into its unit when used
        let mut hit_at: Vec<Option<Hit>> = (0..words.len()).map(|_| None).collect();
        for h in hits {
            if let Some(slot) = hit_at.get_mut(h.start) {
                *slot = Some(h);
            }
        }

        let mut mens: Vec<Men> = Vec::with_capacity(words.len() / 8 + 4);
        // (sized for the longest sentence: a sentence has at most as many
        // units as words)
        let longest = sents.iter().map(|&(s0, s1)| s1 - s0).max().unwrap_or(0);
        let mut scratch = ChainScratch::with_capacity(longest + 1);
        for &(s0, s1) in &sents {
            let units = self.units(doc, &words, s0, s1, &mut hit_at, &lower_seen, has_pos);
            self.chains(doc, &words, &units, date, has_pos, &mut mens, &mut scratch);
        }
        self.appositions(&words, &mut mens);
        self.coref(&words, &mut mens);
        self.place_objects(doc, &words, has_pos, &mut mens);
        self.listed_places(&words, &mut mens);
        self.definitions(&words, &mut mens);
        // "Locomotive # 8 was the heaviest locomotive": a capitalised word
        // opening a sentence and only guessed a person is a common noun
        // when the document also writes it in lower case (with the parse:
        // without it, sentence-initial names already ask `lower_seen`); the
        // lower-case words are collected once, at the first such name
        // (a few names look the word up in the words themselves: building
        // the set costs far more than a scan)
        let mut lower: Option<FxSet<&str>> = None;
        let mut scans = 0;
        let is_lower = |w: &W| !w.shape.cap && !w.shape.noalpha;
        for m in mens.iter_mut().filter(|_| has_pos) {
            if m.we == m.ws + 1
                && m.ner == Some(EntityLabel::Person)
                && m.kind == ActorKind::Unknown
                && m.code.is_empty()
                && m.entry.is_none()
                && !words[m.ws].first
                && m.ws == words_sent_start(&words, m.ws)
            {
                let n = words[m.ws].norm;
                let seen = if lower.is_none() && scans < 8 {
                    scans += 1;
                    words.iter().any(|w| w.norm == n && is_lower(w))
                } else {
                    lower
                        .get_or_insert_with(|| {
                            words
                                .iter()
                                .filter(|w| is_lower(w))
                                .map(|w| w.norm)
                                .collect()
                        })
                        .contains(n)
                };
                if seen {
                    m.ner = None;
                }
            }
        }
        // "in English", "including Scottish neurologist": a one-word name
        // not in the lexicon with an adjective's ending (-ish, -ese, -ian;
        // not -ic: "Atlantic", "Deltasonic") is a language or a people's
        // adjective, no place or person
        for m in mens.iter_mut() {
            if m.we == m.ws + 1
                && m.entry.is_none()
                && m.code.is_empty()
                && matches!(m.kind, ActorKind::Unknown | ActorKind::Person)
                && matches!(
                    m.ner,
                    Some(EntityLabel::Location | EntityLabel::Person) | None
                )
                && words[m.ws].shape.cap
                && !words[m.ws].shape.upper
                && words[m.ws].norm.len() >= 5
                && !words[m.ws].first
                && ["ish", "ese", "ian"]
                    .iter()
                    .any(|s| words[m.ws].norm.ends_with(s))
            {
                m.ner = None;
                m.kind = ActorKind::Unknown;
                m.actor = false;
            }
        }
        // "Sinjar has been liberated", "Tikrit was retaken": a one-word name
        // only guessed a person (as a subject) is a place when its verb is
        // a passive of taking or freeing (the `place-passive` cues)
        for m in mens.iter_mut() {
            let sent = words[m.ws].sent;
            let at = |k: usize| words.get(m.we + k).filter(|w| w.sent == sent);
            if m.we == m.ws + 1
                && m.ner == Some(EntityLabel::Person)
                && m.kind == ActorKind::Unknown
                && m.code.is_empty()
                && !words[m.ws].first
                && at(0).is_some_and(|w| matches!(w.norm, "was" | "is" | "has" | "had" | "were"))
            {
                let k = if at(1).is_some_and(|w| w.norm == "been") {
                    2
                } else {
                    1
                };
                let k = if at(k).is_some_and(|w| w.norm.ends_with("ly")) {
                    k + 1
                } else {
                    k
                };
                if at(k).is_some_and(|w| self.cues.place_passive.contains(w.norm)) {
                    m.ner = Some(EntityLabel::Location);
                    m.actor = false;
                }
            }
        }
        self.one_sense(&words, &mut mens);
        // "Qanbar , who …": an untyped name with a relative "who" after it
        // names a person
        for m in mens.iter_mut() {
            let sent = words[m.ws].sent;
            if m.ner.is_none()
                && m.kind == ActorKind::Unknown
                && m.code.is_empty()
                && !m.misc
                && m.we - m.ws <= 4
                && words[m.ws].shape.cap
                && !words[m.ws].shape.upper
                && words
                    .get(m.we)
                    .is_some_and(|w| w.norm == "," && w.sent == sent)
                && words
                    .get(m.we + 1)
                    .is_some_and(|w| w.norm == "who" && w.sent == sent)
            {
                m.ner = Some(EntityLabel::Person);
                m.person_like = true;
            }
        }
        // "KC - 135R", "AK - 47": an acronym not in the lexicon with a
        // hyphen and a number after it names a model, not a body
        for m in mens.iter_mut() {
            if m.we == m.ws + 1
                && m.entry.is_none()
                && m.code.is_empty()
                && words[m.ws].shape.upper
                && words
                    .get(m.ws + 1)
                    .is_some_and(|w| w.norm == "-" && w.sent == words[m.ws].sent)
                && words.get(m.ws + 2).is_some_and(|w| {
                    w.sent == words[m.ws].sent && w.norm.starts_with(|c: char| c.is_ascii_digit())
                })
            {
                m.ner = None;
                m.actor = false;
            }
        }
        // "Executive Order", "the Criminal Code": a title or person noun
        // before a name ending in a capitalised `misc` word names that
        // thing, not a person
        for m in mens.iter_mut() {
            if m.ner == Some(EntityLabel::Person)
                && m.entry.is_none()
                && m.rule == "compose"
                && words[m.we - 1].shape.cap
                && words[m.we - 1].cl == Some("misc")
            {
                m.ner = None;
                m.actor = false;
            }
        }

        // "northern Iraq", "eastern Aleppo": the compass word belongs to the
        // place; "the Geneva talks": the article belongs to "talks"
        for m in mens.iter_mut() {
            let place = m
                .entry
                .as_deref()
                .is_some_and(|e| e.starts_with("country:") || e.starts_with("place:"));
            let placeish = m.ner == Some(EntityLabel::Location)
                || (place && m.kind == ActorKind::Country && m.ner.is_some());
            if place
                && m.ner == Some(EntityLabel::Location)
                && m.we > m.ws + 1
                && words[m.ws].cl == Some("det")
                && words.get(m.we).is_some_and(|n| {
                    n.sent == words[m.ws].sent
                        && !n.shape.noalpha
                        && self
                            .class(n.norm)
                            .is_none_or(|c| matches!(c, "placenoun" | "misc"))
                })
            {
                m.ws += 1;
            }
            if placeish
                && m.ws > 0
                && words[m.ws - 1].sent == words[m.ws].sent
                && words[m.ws - 1].cl == Some("direction")
            {
                // a capitalised one is part of the name ("West Jersey")
                if !words[m.ws - 1].shape.cap {
                    m.name_ws = m.name_ws.or(Some(m.ws));
                }
                m.ws -= 1;
            }
        }
        // the compass word taken into a place is no entity of its own
        let mut taken: Vec<usize> = Vec::new();
        for m in &mens {
            if m.ner == Some(EntityLabel::Location)
                && m.we > m.ws + 1
                && words[m.ws].cl == Some("direction")
            {
                taken.push(m.ws);
            }
        }
        for m in mens.iter_mut() {
            if m.we == m.ws + 1 && taken.contains(&m.ws) && m.ner.is_some() {
                m.ner = None;
            }
        }
        self.predicates(doc, &words, has_pos, &mut mens);
        if has_pos {
            self.there(doc, &words, &mut mens);
        }
        self.place_phrases(doc, &words, &mut mens);
        coordinates(&doc.text, &words, &sents, &mut mens);
        self.ordinal_units(doc, &words, has_pos, &mut mens);
        self.group_phrases(doc, &words, has_pos, &mut mens);
        self.owned_phrases(&words, &mut mens);
        prefixed_groups(&words, &mut mens);
        // "Shia Arab", "Sunni Kurdish": two group adjectives in a row are
        // one Nationality
        let mut nat: Vec<usize> = (0..mens.len())
            .filter(|&i| mens[i].ner == Some(EntityLabel::Nationality) && !mens[i].name_only)
            .collect();
        if nat.len() > 1 {
            nat.sort_by_key(|&i| mens[i].ws);
            for k in 1..nat.len() {
                let (a, b) = (nat[k - 1], nat[k]);
                if mens[a].ner == Some(EntityLabel::Nationality)
                    && mens[b].ws == mens[a].we
                    && mens[b].sent == mens[a].sent
                    && mens[a].ews.is_none()
                    && mens[b].ewe.is_none()
                {
                    mens[a].ewe = Some(mens[b].we);
                    mens[b].ner = None;
                }
            }
        }
        self.role_of_phrases(&words, &mut mens);
        // "14 ISIL tanks", "al - Qaida vehicles": a body's name before a
        // `platform` word is part of the platform's mention in the
        // whole-phrase reading (its CoNLL name stays)
        for m in mens.iter_mut() {
            if m.ner == Some(EntityLabel::Organisation)
                && !m.nominal
                && m.ewe.is_none()
                && words.get(m.we).is_some_and(|n| {
                    n.sent == words[m.ws].sent && !n.shape.cap && n.cl == Some("platform")
                })
            {
                m.name_only = true;
            }
        }
        let mut rec = Recognition::default();
        let mut map = vec![usize::MAX; mens.len()];
        for (i, m) in mens.iter().enumerate() {
            if let Some(l) = m.ner.filter(|_| entities) {
                let mut nw = m.name_ws.unwrap_or(m.ws).clamp(m.ws, m.we - 1);
                // no determiner in a CoNLL name (but "The Ramones")
                while nw + 1 < m.we
                    && words[nw].cl == Some("det")
                    && !(words[nw].shape.cap && nw > words_sent_start(&words, nw))
                {
                    nw += 1;
                }
                // a composed organisation's CoNLL name keeps its country
                // adjective ("British Council", "Australian League of
                // Rights"; the actor still takes the country's code)
                if l == EntityLabel::Organisation && m.rule == "compose" && !m.nominal {
                    while nw > m.ws
                        && words[nw - 1].shape.cap
                        && !words[nw - 1].shape.noalpha
                        && words[nw - 1].cl.is_none()
                        && words[nw - 1].sent == words[nw].sent
                    {
                        nw -= 1;
                    }
                }
                let ne = m.name_we.unwrap_or(m.we).clamp(nw + 1, m.we);
                let (es, ee) = (m.ews.unwrap_or(m.ws), m.ewe.unwrap_or(m.we));
                let es = self.modifier_start(doc, &words, es, ee, has_pos);
                rec.entities.push(Entity {
                    start: words[es].start,
                    end: words[ee - 1].end,
                    name_end: words[ne - 1].end,
                    name_only: m.name_only,
                    label: m.whole_label.unwrap_or(l),
                    pronoun: m.kind == ActorKind::Pronoun,
                    name_start: words[nw].start,
                    nominal: m.nominal,
                    name_label: if m
                        .entry
                        .as_deref()
                        .is_some_and(|e| e.starts_with("country:"))
                        && m.kind == ActorKind::Country
                    {
                        EntityLabel::Location
                    } else {
                        l
                    },
                });
            }
            if !m.actor {
                continue;
            }
            let keep = !m.code.is_empty()
                || matches!(
                    m.kind,
                    ActorKind::Person | ActorKind::Organisation | ActorKind::Unknown
                );
            if !keep {
                continue;
            }
            map[i] = rec.actors.len();
            let (country, sector) = self.split_code(&m.code);
            let (s, e) = (words[m.ws].start, words[m.we - 1].end);
            rec.actors.push(ActorMention {
                start: s,
                end: e,
                text: doc.text[s..e].to_string(),
                code: m.code.clone(),
                country,
                sector,
                name: m.name.clone(),
                entry: m.entry.clone(),
                kind: m.kind,
                rule: m.rule.to_string(),
                sentence: m.sent,
                antecedent: m.antecedent,
            });
        }
        // antecedents point at mention indices: remap to emitted indices
        for a in rec.actors.iter_mut() {
            a.antecedent = a
                .antecedent
                .and_then(|i| map.get(i).copied())
                .filter(|&i| i != usize::MAX);
        }
        rec
    }

    /// Start of the whole-phrase reading of an entity used as a noun
    /// modifier: the determiner and adjectives before it belong to the
    /// noun it modifies ("the [CENTCOM] vision", "a [Syrian Government]
    /// website", "a lone [ISIL] vehicle", "a [coalition] airstrike"). With
    /// the parse only (without it a verb cannot be told from the noun):
    /// the article must hang on a word after the entity and the entity's
    /// last word modify a noun after it, not one followed by "to".
    fn modifier_start(
        &self,
        doc: &Document,
        words: &[W],
        es: usize,
        ee: usize,
        has_pos: bool,
    ) -> usize {
        if !has_pos
            || ee >= words.len()
            || !matches!(words[es].norm, "the" | "a" | "an")
            || ee - es < 2
        {
            return es;
        }
        let (d, last, next) = (&words[es], &words[ee - 1], &words[ee]);
        if next.sent != d.sent
            || next.shape.cap
            || next.shape.noalpha
            || next.cl.is_some()
            || last.shape.noalpha
        {
            return es;
        }
        let tok_of = |w: &W| w.tok.and_then(|t| doc.tokens.get(t));
        let (Some(dt), Some(lt), Some(nt)) = (tok_of(d), tok_of(last), next.tok) else {
            return es;
        };
        let outside = |h: Option<usize>| h.is_some_and(|h| h >= nt);
        // a verb read as a noun ("The group plans to …") is no head
        let to_after = words.get(ee + 1).is_some_and(|w| w.norm == "to");
        if self.upos(doc, next) != "NOUN"
            || !matches!(self.deprel(doc, last), "compound" | "amod" | "nmod")
            || !outside(lt.head)
            || !outside(dt.head)
            || to_after
        {
            return es;
        }
        // past the determiner and the lower-case words before the name
        let mut s = es + 1;
        while s + 1 < ee && !words[s].shape.cap && !words[s].shape.noalpha && words[s].id == 0 {
            s += 1;
        }
        s
    }

    #[allow(clippy::too_many_arguments)]
    fn units<'w>(
        &self,
        doc: &Document,
        words: &[W<'w>],
        s0: usize,
        s1: usize,
        hit_at: &mut [Option<Hit>],
        lower_seen: &FxSet<&str>,
        has_pos: bool,
    ) -> Vec<Unit<'w>> {
        let mut units: Vec<Unit> = Vec::with_capacity(s1.saturating_sub(s0));
        let mut i = s0;
        // index of the first word of the sentence proper (after quotes)
        let mut first = s0;
        while first < s1 && words[first].shape.noalpha {
            first += 1;
        }
        // "Cook said": a capitalised word before a verb of saying is a
        // name, even at the start of a sentence
        let speaks_next = |i: usize| {
            i + 1 < s1
                && words[i].shape.cap
                && !words[i].shape.upper
                && matches!(
                    words[i + 1].norm,
                    "said" | "says" | "told" | "added" | "noted" | "stressed"
                )
        };
        while i < s1 {
            if let Some(Some(h)) = hit_at.get(i) {
                // a sentence-initial common word that is also a town
                // ("Most", "Battle"): only a place when tagged a proper noun
                let common_initial = i == first
                    && h.end == i + 1
                    && h.entries.iter().all(|e| matches!(e, EntryRef::Place(_)))
                    && if has_pos {
                        self.upos(doc, &words[i]) != "PROPN"
                    } else {
                        lower_seen.contains(words[i].norm)
                    };
                // a given name that is also a town, before a name:
                // "Frederick H. Collier", "Jeff Davis"
                // (also a one-word person of the lexicon that is a given
                // name: "Staff Sgt. Albert Connelly" is not Albert II)
                let given_name = h.end == i + 1
                    && (h.entries.iter().all(|e| matches!(e, EntryRef::Place(_)))
                        || h.entries.iter().all(|e| matches!(e, EntryRef::Person(_))))
                    && words[i].first
                    && words.get(i + 1).is_some_and(|n| {
                        i + 1 < s1
                            && n.shape.cap
                            && !n.shape.noalpha
                            && n.cl.is_none()
                            && hit_at.get(i + 1).is_none_or(|x| {
                                x.as_ref().is_none_or(|x| {
                                    // or a one-word place ending the name:
                                    // "Michael Jordan", "David Irving"
                                    x.end == i + 2
                                        && x.entries.iter().all(|e| {
                                            matches!(
                                                e,
                                                EntryRef::Place(_)
                                                    | EntryRef::Capital(_)
                                                    | EntryRef::Country(_)
                                            )
                                        })
                                        && words.get(i + 2).is_none_or(|n2| {
                                            i + 2 >= s1 || !n2.shape.cap || n2.shape.noalpha
                                        })
                                })
                            })
                    });
                // a capitalised role noun inside a name ("Ben Player",
                // "Gary Player"): a plain agent noun (no title, no
                // organisation head) right after a name word is the name's
                // and so is one without a sector, capitalised inside a
                // sentence ("Player won")
                let plain = |sectorless: bool| {
                    h.entries.iter().all(|e| {
                        matches!(e, EntryRef::Agent { idx, .. } if {
                            let a = &self.lex.agents[*idx as usize];
                            let f = &a.flags;
                            !f.title && !f.orghead && !f.group && !f.modifier
                                && (!sectorless || (a.code.is_empty() && f.person && !f.inherit))
                        })
                    })
                };
                let in_name = h.end == i + 1
                    && words[i].shape.cap
                    && !words[i].shape.upper
                    && ((i > first
                        && plain(false)
                        && units.last().is_some_and(|u| {
                            u.we == i && matches!(u.u, U::Name(NameClass::Unknown))
                        }))
                        || ((i > first
                            || (has_pos && self.upos(doc, &words[i]) == "PROPN")
                            || speaks_next(i))
                            && plain(true)
                            // not a title before a name ("Engineer John Greiner")
                            && words
                                .get(i + 1)
                                .is_none_or(|n| i + 1 >= s1 || !n.shape.cap || n.shape.noalpha)));
                // a date read as a name ("May 15", a Phoenix organisation):
                // a month and a day are a date
                let date_like = h.end == i + 2
                    && self.cues.month.contains(words[i].norm)
                    && (1..=2).contains(&words[i + 1].norm.len())
                    && words[i + 1].norm.bytes().all(|b| b.is_ascii_digit());
                if h.end <= s1 && !common_initial && !given_name && !in_name && !date_like {
                    let (ws, we) = (h.start, h.end);
                    let entries = hit_at[i].take().map(|h| h.entries).unwrap_or_default();
                    units.push(Unit {
                        ws,
                        we,
                        u: U::Entry(entries),
                    });
                    i = we;
                    continue;
                }
            }
            let w = &words[i];
            let cl = w.cl;
            let u = if w.norm == "'s" || w.norm == "'" {
                U::Poss
            } else if w.shape.noalpha {
                U::Punct
            } else if let Some(cl) = cl.filter(|c| c.starts_with("pron") || c.starts_with("poss")) {
                U::Pron(cl)
            } else if cl == Some("det") {
                U::Det
            } else if matches!(cl, Some("connector") | Some("particle")) && !w.shape.cap {
                U::Connector
            } else if cl == Some("placeprep") && !w.shape.cap {
                U::PlacePrep
            } else if (w.shape.cap || (w.hyphen && self.particle_name(&doc.text[w.start..w.end])))
                && cl.is_none_or(|c| {
                    matches!(
                        c,
                        "placenoun" | "misc" | "direction" | "particle" | "platform"
                    )
                })
                && w.norm.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && (!w.hyphen
                    || w.norm.split_once('-').is_none_or(|(a, _)| {
                        self.c.id(a) == 0 || self.class(a) == Some("particle")
                    }))
            {
                let initial = i == first
                    || (i > s0 && matches!(words[i - 1].norm, "\"" | "“" | "(" | ":" | "—" | "-"));
                // "Cook said ...": a capitalised word before a verb of
                // saying is a name even at the start of a sentence
                let speaks = initial && speaks_next(i);
                let keep = speaks
                    || if has_pos {
                        let up = self.upos(doc, w);
                        up == "PROPN" || (!initial && up != "PRON")
                    } else {
                        !initial || !lower_seen.contains(w.norm)
                    };
                if keep {
                    U::Name(NameClass::Unknown)
                } else {
                    U::Word
                }
            } else {
                U::Word
            };
            units.push(Unit {
                ws: i,
                we: i + 1,
                u,
            });
            i += 1;
        }
        // merge runs of capitalised words (joined by connectors or
        // country adjectives inside an organisation name) into names (only
        // with a name: without one the units stay as they are)
        let names = units
            .iter()
            .any(|u| matches!(u.u, U::Name(NameClass::Unknown)));
        let mut out: Vec<Unit> = if names {
            Vec::with_capacity(units.len())
        } else {
            std::mem::take(&mut units)
        };
        let mut k = 0;
        while k < units.len() {
            if !matches!(units[k].u, U::Name(NameClass::Unknown)) {
                out.push(take_unit(&mut units, k));
                k += 1;
                continue;
            }
            let start = units[k].ws;
            let mut end = units[k].we;
            let mut j = k + 1;
            loop {
                if j < units.len() && matches!(units[j].u, U::Name(NameClass::Unknown)) {
                    end = units[j].we;
                    j += 1;
                    continue;
                }
                // a nickname in quotes between a known given name and the
                // surname: "John ' J.D. ' Dorrian", "Richard ' Tex ' Coe",
                // "Harold " Junior " Theriault"
                if end - start == 1 && words[start].first {
                    let quote = |t: usize| {
                        units.get(t).filter(|u| u.we == u.ws + 1).is_some_and(|u| {
                            matches!(words[u.ws].norm, "'" | "\"" | "‘" | "’" | "“" | "”")
                        })
                    };
                    let nick = |t: usize| {
                        units.get(t).is_some_and(|u| {
                            (u.ws..u.we).all(|w| words[w].shape.cap || words[w].norm == ".")
                                && words[u.ws].sent == words[start].sent
                        })
                    };
                    let found = if quote(j) {
                        [j + 2, j + 3]
                            .into_iter()
                            .find(|&c| quote(c) && (j + 1..c).all(nick) && c < units.len())
                    } else {
                        None
                    };
                    if let Some(c) = found {
                        if units
                            .get(c + 1)
                            .is_some_and(|u| matches!(u.u, U::Name(NameClass::Unknown)))
                        {
                            end = units[c + 1].we;
                            j = c + 2;
                            continue;
                        }
                    }
                }
                // inside a person's name: particles ("Bashar al-Assad",
                // "al - Zarqawi"), initials ("Stephen J. Townsend") and a
                // known first name before a word that is also a place
                // ("Jeff Davis")
                if let Some(t) = self.name_join(words, &units, j) {
                    end = units[t].we;
                    j = t + 1;
                    continue;
                }
                let first_name = end - start == 1 && words[start].first;
                let town_after_name = (end - start == 1
                    || (end - start == 2 && words[end - 1].norm.len() == 1))
                    && !(start..end).any(|w| words[w].orghead)
                    && units.get(j).is_some_and(|u| {
                        u.we == u.ws + 1
                            && matches!(&u.u, U::Entry(es) if es.iter().all(|e| matches!(e, EntryRef::Place(_))))
                    });
                if first_name
                    && units.get(j).is_some_and(|u| {
                        u.we == u.ws + 1
                            && matches!(&u.u, U::Entry(es) if es.iter().all(|e| matches!(e, EntryRef::Place(_) | EntryRef::Capital(_) | EntryRef::Country(_))))
                    })
                    || town_after_name
                {
                    end = units[j].we;
                    j += 1;
                    continue;
                }
                // connector / proper adjective followed by a name word
                let mut t = j;
                while t < units.len() {
                    let joinable = match &units[t].u {
                        // "SAFRA Radio and Southern Cross": a complete
                        // organisation name before "and" ends there
                        U::Connector
                            if words[units[t].ws].norm == "and" && words[end - 1].orghead =>
                        {
                            false
                        }
                        U::Connector | U::Det => {
                            !words[units[t].ws].shape.cap || matches!(units[t].u, U::Connector)
                        }
                        U::Entry(es) => {
                            es.iter().all(|e| {
                                matches!(
                                    e,
                                    EntryRef::Adjective(_)
                                        | EntryRef::Country(_)
                                        | EntryRef::Place(_)
                                        | EntryRef::Agent { .. }
                                )
                            }) && (units[t].ws..units[t].we).all(|w| words[w].shape.cap)
                        }
                        _ => false,
                    };
                    if joinable {
                        t += 1;
                    } else {
                        break;
                    }
                }
                let orgish = t > j
                    && ((start..end).any(|w| words[w].orghead)
                        || (t < units.len()
                            && ((units[t].ws..units[t].we)
                            .any(|w| words[w].orghead || words[w].cl == Some("placenoun"))
                            // or a few capitalised words on, over a country
                            // only: "International Syria Support Group"
                            || ((j..t).all(|x| matches!(units[x].u, U::Entry(_)))
                                && (units[t].ws..(units[t].ws + 4).min(s1))
                                .take_while(|&w| words[w].shape.cap)
                                .any(|w| words[w].orghead)))));
                if t > j
                    && t < units.len()
                    && matches!(units[t].u, U::Name(NameClass::Unknown))
                    && (t - j) <= 2
                    && orgish
                {
                    end = units[t].we;
                    j = t + 1;
                    continue;
                }
                // "University of Texas", "Bank of England": an organisation
                // name ending in a place
                if t == j + 2
                    && orgish
                    && matches!(units[j].u, U::Connector)
                    && matches!(words[units[j].ws].norm, "of" | "for")
                    && matches!(units[j + 1].u, U::Entry(_))
                {
                    end = units[j + 1].we;
                    j += 2;
                }
                break;
            }
            let mut class = if (start..end).any(|w| words[w].orghead)
                || (end - start == 1
                    && words[start].shape.upper
                    && words[start].norm.len() >= 2
                    && words[start].cl != Some("misc"))
            {
                NameClass::Org
            } else if (2..=4).contains(&(start..end).filter(|&w| !words[w].shape.noalpha).count())
                && words[start].first
                && words[end - 1].cl != Some("placenoun")
            {
                NameClass::Person
            } else {
                NameClass::Unknown
            };
            // "507th Air Refueling Wing", "3rd Battalion": an ordinal
            // belongs to a unit's name
            let mut start = start;
            // capitalised modifier words before an organisation name are
            // its own ("National Symphony Orchestra", "Special Operations
            // Command", "Regional Initiative")
            if class == NameClass::Org {
                while let Some(prev) = out.last() {
                    let lead = prev.we == start
                        && prev.we == prev.ws + 1
                        && words[prev.ws].shape.cap
                        && !words[prev.ws].shape.upper
                        && matches!(&prev.u, U::Entry(es) if es.iter().all(|e| matches!(e,
                            EntryRef::Agent { idx, .. } if self.lex.agents[*idx as usize].flags.modifier)));
                    if !lead {
                        break;
                    }
                    start = prev.ws;
                    out.pop();
                }
            }
            if class == NameClass::Org {
                if let Some(prev) = out.last() {
                    let w = &words[prev.ws];
                    let digits = w.norm.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                    let ordinal = prev.we == start
                        && prev.we == prev.ws + 1
                        && !digits.is_empty()
                        && digits.chars().all(|c| c.is_ascii_digit())
                        && matches!(&w.norm[digits.len()..], "st" | "nd" | "rd" | "th" | "d");
                    if ordinal {
                        start = prev.ws;
                        out.pop();
                    }
                }
            }
            // "The Ramones", "The Sunday Times": a capitalised article
            // inside a sentence belongs to the name of an organisation
            if class == NameClass::Unknown
                && start > first + 1
                && words[start - 1].norm == "the"
                && words[start - 1].shape.cap
                && out
                    .last()
                    .is_some_and(|u| matches!(u.u, U::Det) && u.we == start)
            {
                out.pop();
                start -= 1;
                class = NameClass::Org;
            }
            // "Mosul Dam", "Tharthar Lake": a place name before a
            // capitalised place noun is part of a larger place name;
            // "Montreal Hockey Club", "St. Louis Eagles": of a club's
            let team = class == NameClass::Org
                || (class == NameClass::Unknown
                    && end == start + 1
                    && words[start].norm.ends_with('s')
                    && !words[start].norm.ends_with("ss")
                    && !words[start].shape.upper);
            if (class == NameClass::Unknown && words[end - 1].cl == Some("placenoun")) || team {
                if let Some(prev) = out.last() {
                    let place = matches!(&prev.u, U::Entry(es) if es.iter().all(|e| matches!(e, EntryRef::Place(_) | EntryRef::Capital(_) | EntryRef::Country(_))))
                        && prev.we == start;
                    if place {
                        start = prev.ws;
                        out.pop();
                        if team {
                            class = NameClass::Org;
                        }
                    }
                }
            }
            out.push(Unit {
                ws: start,
                we: end,
                u: U::Name(class),
            });
            k = j;
        }
        // "ISIL - held buildings", "the U.S.-led coalition": a name joined
        // to a participle is one modifier word (only with a hyphen: without
        // one the units stay as they are)
        let hyphens = out
            .iter()
            .any(|u| u.we == u.ws + 1 && (words[u.ws].hyphen || words[u.ws].norm == "‑"));
        let mut res: Vec<Unit> = if hyphens {
            Vec::with_capacity(out.len())
        } else {
            std::mem::take(&mut out)
        };
        let mut k = 0;
        while k < out.len() {
            let u = &out[k];
            let named = matches!(u.u, U::Name(_) | U::Entry(_));
            let dash = out
                .get(k + 1)
                .is_some_and(|d| d.we == d.ws + 1 && matches!(words[d.ws].norm, "-" | "‑"));
            let part = out.get(k + 2).filter(|p| {
                p.we == p.ws + 1 && matches!(p.u, U::Word) && {
                    let w = &words[p.ws];
                    !w.shape.cap && (w.norm.ends_with("ed") || matches!(w.norm, "held" | "run"))
                }
            });
            if let (true, true, Some(p)) = (named, dash, part) {
                res.push(Unit {
                    ws: u.ws,
                    we: p.we,
                    u: U::Word,
                });
                k += 3;
                continue;
            }
            // "X-led" in one token
            if named && u.we == u.ws + 1 && words[u.ws].hyphen {
                let w = &words[u.ws];
                if let Some((_, b)) = w.norm.rsplit_once('-') {
                    if b.ends_with("ed") && b.len() > 3 {
                        res.push(Unit {
                            ws: u.ws,
                            we: u.we,
                            u: U::Word,
                        });
                        k += 1;
                        continue;
                    }
                }
            }
            res.push(take_unit(&mut out, k));
            k += 1;
        }
        // a lower-case particle before a name belongs to it ("al - Zarqawi",
        // "al-Hilla" split by the tokenizer); a given name before a known
        // person's surname is part of the person's name ("Nouri al - Maliki")
        // (only with a particle: without one the units stay as they are)
        let particles = res.iter().any(|u| words[u.ws].cl == Some("particle"));
        let mut out: Vec<Unit> = if particles {
            Vec::with_capacity(res.len())
        } else {
            std::mem::take(&mut res)
        };
        for u in res {
            let named = match &u.u {
                U::Name(_) => true,
                U::Entry(es) => es.iter().all(|e| {
                    matches!(
                        e,
                        EntryRef::Person(_)
                            | EntryRef::Org(_)
                            | EntryRef::Place(_)
                            | EntryRef::Capital(_)
                    )
                }),
                _ => false,
            };
            if !named || !words[u.ws].shape.cap {
                out.push(u);
                continue;
            }
            let mut u = u;
            let n = out.len();
            let dash = n >= 1
                && out[n - 1].we == u.ws
                && matches!(words[out[n - 1].ws].norm, "-" | "\u{2011}");
            let pi = if dash {
                n.checked_sub(2)
            } else {
                n.checked_sub(1)
            };
            let particle = pi.filter(|&p| {
                let w = &words[out[p].ws];
                // a capitalised one only before a dash ("Al - Raqqa")
                out[p].we == out[p].ws + 1
                    && (matches!(out[p].u, U::Connector)
                        || (dash && matches!(out[p].u, U::Name(NameClass::Unknown))))
                    && (!w.shape.cap || dash)
                    && w.cl == Some("particle")
                    && (dash || w.end < words[u.ws].start)
            });
            if let Some(p) = particle {
                u.ws = out[p].ws;
                out.truncate(p);
                // the given name before it: "Bashar al - Assad"
                let person = matches!(&u.u, U::Entry(es) if matches!(es.first(), Some(EntryRef::Person(_))))
                    || matches!(u.u, U::Name(NameClass::Unknown | NameClass::Person));
                if let Some(prev) = out.last() {
                    if person
                        && prev.we == u.ws
                        && matches!(prev.u, U::Name(NameClass::Unknown | NameClass::Person))
                        && prev.we - prev.ws <= 3
                    {
                        u.ws = prev.ws;
                        if matches!(u.u, U::Name(_)) {
                            u.u = U::Name(NameClass::Person);
                        }
                        out.pop();
                    }
                }
            }
            out.push(u);
        }
        // place names with a capitalised place noun: "Gulf of Oman", "City
        // of Brampton" (place noun of a place), "Arabian Gulf" (a name
        // before a place noun that is itself in the lexicon)
        let cap_placenoun = |u: &Unit| {
            let w = &words[u.we - 1];
            w.shape.cap
                && w.cl == Some("placenoun")
                && !w.orghead
                && match &u.u {
                    U::Name(_) => true,
                    U::Entry(es) => {
                        u.we == u.ws + 1 && !es.iter().any(|e| matches!(e, EntryRef::Agent { .. }))
                    }
                    _ => false,
                }
        };
        let place_unit = |u: &Unit| match &u.u {
            U::Entry(es) => es.iter().all(|e| {
                matches!(
                    e,
                    EntryRef::Place(_) | EntryRef::Country(_) | EntryRef::Capital(_)
                )
            }),
            U::Name(c) => *c != NameClass::Org,
            _ => false,
        };
        // (only with a capitalised place noun or a one-word person: without
        // one the units stay as they are)
        let touched = out.iter().any(|u| {
            cap_placenoun(u)
                || (u.we == u.ws + 1
                    && matches!(&u.u, U::Entry(es) if matches!(es.first(), Some(EntryRef::Person(_)))))
        });
        let mut res: Vec<Unit> = if touched {
            Vec::with_capacity(out.len())
        } else {
            std::mem::take(&mut out)
        };
        let mut k = 0;
        while k < out.len() {
            let u = &out[k];
            if cap_placenoun(u)
                && u.we == u.ws + 1
                && out.get(k + 1).is_some_and(|c| {
                    matches!(c.u, U::Connector) && words[c.ws].norm == "of" && c.ws == u.we
                })
                && out
                    .get(k + 2)
                    .is_some_and(|p| place_unit(p) && words[p.ws].shape.cap)
            {
                res.push(Unit {
                    ws: u.ws,
                    we: out[k + 2].we,
                    u: U::Name(NameClass::Unknown),
                });
                k += 3;
                continue;
            }
            // a given name before a known person's surname: "Tony
            // Blinken", "Nouri Maliki"
            if matches!(&u.u, U::Entry(es) if matches!(es.first(), Some(EntryRef::Person(_))))
                && u.we == u.ws + 1
            {
                if let Some(prev) = res.last_mut() {
                    if prev.we == u.ws
                        && matches!(prev.u, U::Name(NameClass::Unknown | NameClass::Person))
                        && prev.we - prev.ws <= 2
                        && (prev.ws..prev.we).all(|w| {
                            words[w].shape.cap && !words[w].shape.upper && !words[w].orghead
                        })
                    {
                        prev.we = u.we;
                        prev.u = std::mem::replace(&mut out[k].u, U::Punct);
                        k += 1;
                        continue;
                    }
                }
            }
            if cap_placenoun(u) && matches!(u.u, U::Entry(_)) {
                if let Some(prev) = res.last_mut() {
                    if prev.we == u.ws && matches!(prev.u, U::Name(NameClass::Unknown)) {
                        prev.we = u.we;
                        k += 1;
                        continue;
                    }
                }
            }
            res.push(take_unit(&mut out, k));
            k += 1;
        }
        res
    }

    /// A surname without a joined particle ("al-rifa'i" -> "rifa'i").
    fn surname_of(&self, norm: &str) -> String {
        match norm.split_once('-') {
            Some((a, b)) if !b.is_empty() && self.class(a) == Some("particle") => b.to_string(),
            _ => norm.to_string(),
        }
    }

    /// "al-Rifa'i", "bin-Laden": a lower-case particle joined to a
    /// capitalised name in one token.
    fn particle_name(&self, surface: &str) -> bool {
        surface.split_once('-').is_some_and(|(a, b)| {
            self.class(&norm_token(a.trim_end())) == Some("particle")
                && b.trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        })
    }

    /// Does a person-name join start at unit `j` (after a name word)?
    /// Returns the index of the name unit it leads to.
    fn name_join(&self, words: &[W], units: &[Unit], j: usize) -> Option<usize> {
        let is_name = |t: usize| {
            units
                .get(t)
                .is_some_and(|u| matches!(u.u, U::Name(NameClass::Unknown)))
        };
        let word = |t: usize| {
            units
                .get(t)
                .filter(|u| u.we == u.ws + 1)
                .map(|u| &words[u.ws])
        };
        let w = word(j)?;
        let dash = |t: usize| word(t).is_some_and(|w| matches!(w.norm, "-" | "‑"));
        // particle, optionally followed by a dash; the name after it may be
        // a nisba, an adjective or a place ("Abu Jandal al - Kuwaiti",
        // "Abu Bakr al-Baghdadi")
        let nisba = |t: usize| {
            is_name(t)
                || units.get(t).is_some_and(|u| {
                    u.we == u.ws + 1
                        && words[u.ws].shape.cap
                        && matches!(&u.u, U::Entry(es) if es.iter().all(|e| matches!(e,
                            EntryRef::Adjective(_) | EntryRef::Place(_) | EntryRef::Capital(_))))
                })
        };
        if !w.shape.cap && w.cl == Some("particle") {
            if nisba(j + 1) {
                return Some(j + 1);
            }
            if dash(j + 1) && nisba(j + 2) {
                return Some(j + 2);
            }
            return None;
        }
        // "Al - Qaida", "CJTF - OIR"
        if dash(j) && is_name(j + 1) && words[units[j].ws].start > 0 {
            return Some(j + 1);
        }
        // an initial: "J." or "C ."; the surname after it may be a town
        // ("Scott C . Dayton", "Charles B. Davenport")
        let letters = w.norm.chars().filter(|c| c.is_alphabetic()).count();
        let surname = |t: usize| {
            is_name(t)
                || units.get(t).is_some_and(|u| {
                    u.we == u.ws + 1
                        && words[u.ws].shape.cap
                        && matches!(&u.u, U::Entry(es) if es.iter().all(|e| matches!(e, EntryRef::Place(_))))
                })
        };
        if w.shape.cap && letters == 1 && w.norm.len() == 1 {
            if surname(j + 1) {
                return Some(j + 1);
            }
            if word(j + 1).is_some_and(|p| p.norm == ".") && surname(j + 2) {
                return Some(j + 2);
            }
        }
        None
    }

    /// The object of "AGENT of [the] X" that completes the agent: a
    /// country, capital, place, organisation or an unknown name.
    fn of_object(&self, units: &[Unit], t: usize) -> Option<usize> {
        let t = if units.get(t).is_some_and(|u| matches!(u.u, U::Det)) {
            t + 1
        } else {
            t
        };
        let ok = match &units.get(t)?.u {
            U::Entry(es) => matches!(
                es.first(),
                Some(
                    EntryRef::Country(_)
                        | EntryRef::Capital(_)
                        | EntryRef::Place(_)
                        | EntryRef::Org(_)
                )
            ),
            U::Name(c) => *c != NameClass::Person,
            _ => false,
        };
        ok.then_some(t)
    }

    /// A singular agent naming one person ("president", "spokesman").
    fn person_agent(&self, u: &Unit) -> bool {
        matches!(&u.u, U::Entry(es) if matches!(es.first(), Some(EntryRef::Agent { idx, plural: false }) if self.lex.agents[*idx as usize].flags.person))
    }

    fn is_agent_unit(&self, u: &Unit) -> bool {
        match &u.u {
            U::Entry(es) => {
                es.iter().any(|e| matches!(e, EntryRef::Org(_)))
                    || matches!(es.first(), Some(EntryRef::Agent { idx, .. }) if !self.lex.agents[*idx as usize].flags.modifier)
            }
            _ => false,
        }
    }

    fn is_modifier(&self, doc: &Document, words: &[W], u: &Unit, has_pos: bool) -> bool {
        match &u.u {
            U::Entry(es) => {
                matches!(es.first(), Some(EntryRef::Agent { idx, .. }) if self.lex.agents[*idx as usize].flags.modifier)
            }
            U::Word => {
                let w = &words[u.ws];
                // a compound modifier ("ISIL - held", "U.S.-led"), an
                // ethnic or religious adjective ("Kurdish") or an adjective/noun
                u.we > u.ws + 1
                    || w.cl == Some("ethnic")
                    || (has_pos && !w.shape.cap && matches!(self.upos(doc, w), "ADJ" | "NOUN"))
                    || (w.hyphen
                        && w.norm.rsplit_once('-').is_some_and(|(a, b)| {
                            !a.is_empty() && (b.ends_with("ed") || matches!(b, "held" | "run"))
                        }))
            }
            _ => false,
        }
    }

    /// A country or its adjective: may stand between a modifier and its agent.
    fn adjish(u: &Unit) -> bool {
        matches!(&u.u, U::Entry(es) if es.iter().any(|e| matches!(e, EntryRef::Adjective(_) | EntryRef::Country(_))))
    }

    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn chains(
        &self,
        doc: &Document,
        words: &[W],
        units: &[Unit],
        date: Option<&str>,
        has_pos: bool,
        mens: &mut Vec<Men>,
        scratch: &mut ChainScratch,
    ) {
        // the next unit that may head a place noun phrase (a lower-case
        // one-word place noun): `place_np` at `k` looks at most
        // `PLACE_NP_REACH` units on for its head, so it is only asked when
        // one is that near
        //
        // per unit, in the same backward pass: whether it is a modifier
        // (`is_modifier`), and `lead`, how many modifiers (or country
        // adjectives) stand between it and the next agent unit (u8::MAX:
        // none reached through them only). Unit `t` leads to an agent
        // when its `lead <= 3` (at most three such units before it): each
        // unit is classified once, not at every scan passing over it
        let ChainScratch {
            pn_next,
            modif,
            lead,
            elems,
        } = scratch;
        pn_next.clear();
        pn_next.resize(units.len() + 1, usize::MAX);
        modif.clear();
        modif.resize(units.len(), false);
        lead.clear();
        lead.resize(units.len() + 1, u8::MAX);
        // (slices of the lengths the loops below index within)
        let n = units.len();
        let (pn_next, modif, lead) = (&mut pn_next[..=n], &mut modif[..n], &mut lead[..=n]);
        for t in (0..units.len()).rev() {
            let u = &units[t];
            pn_next[t] = if u.we == u.ws + 1
                && !words[u.ws].shape.cap
                && words[u.ws].cl == Some("placenoun")
            {
                t
            } else {
                pn_next[t + 1]
            };
            let m = self.is_modifier(doc, words, u, has_pos);
            modif[t] = m;
            lead[t] = if self.is_agent_unit(u) {
                0
            } else if m || Self::adjish(u) {
                lead[t + 1].saturating_add(1)
            } else {
                u8::MAX
            };
        }
        let leads = |k: usize| lead.get(k).is_some_and(|&d| d <= 3);
        let mut k = 0;
        while k < units.len() {
            if pn_next[k] <= k + PLACE_NP_REACH {
                if let Some(next) = self.place_np(doc, words, units, k, has_pos, mens) {
                    k = next;
                    continue;
                }
            }
            let start = k;
            let mut t = k;
            let mut det = false;
            if matches!(units[t].u, U::Det) && t + 1 < units.len() {
                det = true;
                t += 1;
            }
            // collect chain elements
            elems.clear();
            let mut poss_pron: Option<usize> = None;
            let mut of_end: Option<usize> = None;
            loop {
                if t >= units.len() {
                    break;
                }
                let u = &units[t];
                match &u.u {
                    U::Pron(c)
                        if c.starts_with("poss") && elems.is_empty() && poss_pron.is_none() =>
                    {
                        if leads(t + 1) {
                            poss_pron = Some(u.ws);
                            t += 1;
                            continue;
                        }
                        break;
                    }
                    U::Entry(es) => {
                        let last_is_name =
                            elems.last().is_some_and(|&l| is_name_unit(self, &units[l]));
                        let is_name = is_name_unit(self, u);
                        if last_is_name && is_name {
                            break;
                        }
                        if let Some(&l) = elems.last() {
                            // a country/org/name ends the chain unless what follows continues it
                            let lu = &units[l];
                            let prev_head_like = matches!(&lu.u, U::Entry(pe) if pe.iter().any(|e| matches!(e, EntryRef::Country(_) | EntryRef::Capital(_) | EntryRef::People(_))))
                                && !self.is_agent_unit(u)
                                && !is_name;
                            if prev_head_like && !matches!(es.first(), Some(EntryRef::Agent { .. }))
                            {
                                break;
                            }
                            // "the Kurdistan regional government": modifiers
                            // between a name and its agent
                            if last_is_name
                                && !self.is_agent_unit(u)
                                && !(modif[t]
                                    && leads(t + 1))
                            {
                                break;
                            }
                        }
                        if modif[t]
                            && !leads(t + 1)
                        {
                            break;
                        }
                        // a plain adjective/country not followed by agent material ends here
                        elems.push(t);
                        t += 1;
                    }
                    U::Name(_) => {
                        if elems.last().is_some_and(|&l| is_name_unit(self, &units[l])) {
                            break;
                        }
                        if let Some(&l) = elems.last() {
                            // names follow only titles/agents/modifiers
                            let ok = self.is_agent_unit(&units[l])
                                || matches!(&units[l].u, U::Entry(es) if es.iter().any(|e| matches!(e, EntryRef::Agent{..} | EntryRef::Adjective(_) | EntryRef::Country(_) | EntryRef::Org(_))));
                            if !ok {
                                break;
                            }
                        }
                        elems.push(t);
                        t += 1;
                    }
                    U::Poss => {
                        if elems.is_empty() {
                            break;
                        }
                        elems.push(t);
                        t += 1;
                        // continue only if agent material follows
                        if !leads(t) {
                            break;
                        }
                    }
                    U::Connector
                        if words[u.ws].norm == "of"
                            && elems.last().is_some_and(|&l| self.is_agent_unit(&units[l]))
                            && self.of_object(units, t + 1).is_some_and(|o| {
                                // a person's role "of" an organisation is an
                                // apposition's business ("president of the
                                // Center for ..."); a country completes any agent
                                matches!(&units[o].u, U::Entry(es) if matches!(es.first(), Some(EntryRef::Country(_))))
                                    || elems.last().is_some_and(|&l| !self.person_agent(&units[l]))
                            }) =>
                    {
                        // "the Government of Iraq", "the people of Mosul",
                        // "members of the Security Council": the object
                        // completes the agent
                        let obj = self.of_object(units, t + 1).unwrap_or(t + 1);
                        let head = elems.pop().unwrap_or(t);
                        elems.push(obj);
                        elems.push(head);
                        t = obj + 1;
                        of_end = Some(units[obj].we);
                        // a name's group noun ends the object ("members of
                        // the Al Bu Nimr tribe")
                        if matches!(units[obj].u, U::Name(_))
                            && units.get(obj + 1).is_some_and(|n| {
                                matches!(&n.u, U::Entry(es) if matches!(es.first(), Some(EntryRef::Agent { idx, plural: false }) if self.lex.agents[*idx as usize].flags.group))
                            })
                        {
                            t = obj + 2;
                            of_end = Some(units[obj + 1].we);
                        }
                        break;
                    }
                    U::Connector
                        if matches!(words[u.ws].norm, "for" | "of")
                            && elems.last().is_some_and(|&l| {
                                self.person_agent(&units[l]) && words[units[l].ws].shape.cap
                            })
                            && self.of_object(units, t + 1).is_some_and(|o| {
                                units
                                    .get(o + 1)
                                    .is_some_and(|n| matches!(n.u, U::Name(_)) || is_name_unit(self, n))
                            }) =>
                    {
                        // "Minister for the Middle East Tobias Ellwood": a
                        // title with its portfolio before the name
                        let obj = self.of_object(units, t + 1).unwrap_or(t + 1);
                        elems.push(obj);
                        t = obj + 1;
                        continue;
                    }
                    U::Word => {
                        if modif[t]
                            && leads(t + 1)
                        {
                            elems.push(t);
                            t += 1;
                            continue;
                        }
                        break;
                    }
                    _ => break,
                }
            }
            if elems.is_empty() && poss_pron.is_none() {
                k = start + 1;
                if let U::Pron(c) = &units[start].u {
                    self.pronoun(words, &units[start], c, mens);
                }
                // an ethnic or religious group: "Kurdish" (Nationality),
                // "Yazidis" (a group: Organisation)
                let u = &units[start];
                if matches!(u.u, U::Word) && u.we == u.ws + 1 && words[u.ws].shape.cap {
                    let w = &words[u.ws];
                    let label = match w.cl {
                        Some("ethnic") => Some((EntityLabel::Nationality, false)),
                        Some("ethnic:pl") => Some((EntityLabel::Organisation, true)),
                        _ => None,
                    };
                    if let Some((l, nominal)) = label {
                        mens.push(Men {
                            ws: u.ws,
                            we: u.we,
                            sent: w.sent,
                            ner: Some(l),
                            nominal,
                            ..Default::default()
                        });
                    }
                }
                continue;
            }
            if elems.is_empty() {
                k = t.max(start + 1);
                continue;
            }
            let first_word = if det {
                units[start].ws
            } else {
                elems
                    .iter()
                    .map(|&e| units[e].ws)
                    .min()
                    .unwrap_or(units[start].ws)
            };
            let first_word = poss_pron.map_or(first_word, |p| p.min(first_word));
            self.resolve_chain(
                doc, words, units, elems, first_word, det, poss_pron, of_end, date, mens,
            );
            k = t.max(start + 1);
        }
    }

    /// The entity type of a capitalised name not in the lexicon, from its
    /// shape and context: a place noun at its end ("Atlantic City",
    /// "Tharthar Barrage") makes a Location; two to four words, or one word
    /// acting as a subject, a Person.
    fn guess_unknown(
        &self,
        doc: &Document,
        words: &[W],
        head: &Unit,
        next: Option<&W>,
    ) -> Option<EntityLabel> {
        let last = &words[head.we - 1];
        let first = &words[head.ws];
        if (last.cl == Some("placenoun") && head.we > head.ws + 1)
            || (head.we - head.ws >= 2 && matches!(first.cl, Some("placenoun" | "direction")))
        {
            return Some(EntityLabel::Location);
        }
        // "Music Awards", "Overland Campaign", "EF-111 Raven": names of
        // other things
        let from = if head.ws > 0 && words[head.ws - 1].sent == words[head.ws].sent {
            head.ws - 1
        } else {
            head.ws
        };
        if (from..head.we).any(|w| {
            words[w].cl == Some("misc") || words[w].norm.chars().any(|c| c.is_ascii_digit())
        }) {
            return None;
        }
        // a name in quotes is a title ("“Beautiful Lie”")
        let quote =
            |w: Option<&W>| w.is_some_and(|w| matches!(w.norm, "\"" | "“" | "”" | "''" | "``"));
        if quote(head.ws.checked_sub(1).map(|i| &words[i])) && quote(words.get(head.we)) {
            return None;
        }
        // name words, without particles, dashes and initials ("Abu Ayyub Al
        // - Masri" has three)
        let n = (head.ws..head.we)
            .filter(|&w| {
                let x = &words[w];
                let particle = x.cl == Some("particle")
                    && (!x.shape.cap
                        || words
                            .get(w + 1)
                            .is_some_and(|d| matches!(d.norm, "-" | "\u{2011}")));
                !x.shape.noalpha
                    && !particle
                    && x.norm.chars().filter(|c| c.is_alphabetic()).count() > 1
            })
            .count();
        // a person's name takes no article ("the Azna", "the Scouts"; but
        // "the Exchequer Nigel Lawson" has a first name)
        if head.ws > 0
            && words[head.ws - 1].sent == first.sent
            && matches!(words[head.ws - 1].norm, "the" | "a" | "an")
            && !(head.ws..head.we).any(|w| words[w].first)
        {
            return None;
        }
        let acronyms = (head.ws..head.we).all(|w| words[w].shape.upper || words[w].shape.noalpha);
        let propn = (head.ws..head.we).all(|w| {
            let up = self.upos(doc, &words[w]);
            up.is_empty() || up == "PROPN" || words[w].shape.noalpha
        });
        if (2..=3).contains(&n) && propn && !acronyms {
            return Some(EntityLabel::Person);
        }
        let dep = self.deprel(doc, last);
        let subject = if dep.is_empty() {
            next.is_some_and(|w| w.cl == Some("verb"))
        } else {
            dep.starts_with("nsubj")
        };
        if subject && !last.shape.upper && propn {
            return Some(EntityLabel::Person);
        }
        // "Cook said", "Carter told": a speaker
        if !last.shape.upper
            && n <= 2
            && next.is_some_and(|w| {
                matches!(
                    w.norm,
                    "said" | "says" | "told" | "added" | "noted" | "stressed"
                )
            })
        {
            return Some(EntityLabel::Person);
        }
        // a first name alone ("Ben", "Karim")
        if n == 1 && !last.shape.upper && last.first {
            return Some(EntityLabel::Person);
        }
        None
    }

    /// A common-noun place: `[det|poss] [adjectives] PLACENOUN [of NAME]`
    /// ("the city of Mosul", "a tunnel entrance", "the library"): a
    /// Location entity, not an actor. Returns the unit after it. Its head
    /// is at most [`PLACE_NP_REACH`] units after `k`.
    #[inline(never)]
    fn place_np(
        &self,
        doc: &Document,
        words: &[W],
        units: &[Unit],
        k: usize,
        has_pos: bool,
        mens: &mut Vec<Men>,
    ) -> Option<usize> {
        let single = |t: usize| {
            units
                .get(t)
                .filter(|u| u.we == u.ws + 1)
                .map(|u| &words[u.ws])
        };
        let placenoun = |t: usize| {
            single(t).is_some_and(|w| {
                !w.shape.cap
                    && w.cl == Some("placenoun")
                    && (!has_pos || {
                        let up = self.upos(doc, w);
                        let dep = self.deprel(doc, w);
                        up == "NOUN" && dep != "compound"
                    })
            })
        };
        let mut t = k;
        let lead = match &units.get(t)?.u {
            U::Det => true,
            U::Pron(c) if c.starts_with("poss") => true,
            _ => false,
        };
        if lead {
            t += 1;
        }
        let mut mods = 0;
        // an unknown name modifying the place noun ("Karrada neighbourhood",
        // "the Mezzeh military airport", "a VBIED factory")
        let mut name_mod: Option<(usize, usize)> = None;
        let mut org_mod: Option<(usize, usize)> = None;
        let mut land_mods: Vec<(usize, usize)> = Vec::new();
        while mods < 3 && !placenoun(t) {
            if name_mod.is_none()
                && units.get(t).is_some_and(|u| {
                    matches!(u.u, U::Name(NameClass::Unknown))
                        && u.we - u.ws <= 3
                        && (!has_pos
                            || (u.ws..u.we).all(|w| {
                                words[w].shape.noalpha
                                    || words[w].shape.upper
                                    || self.upos(doc, &words[w]) == "PROPN"
                            }))
                })
            {
                name_mod = Some((units[t].ws, units[t].we));
                mods += 1;
                t += 1;
                continue;
            }
            // an organisation of the lexicon ("a large al - Qaida
            // headquarters", "a Peshmerga frontline position"): its own name
            // stays a CoNLL reading
            if org_mod.is_none()
                && units.get(t).is_some_and(|u| {
                    matches!(&u.u, U::Entry(es) if es.iter().all(|e| matches!(e, EntryRef::Org(_))))
                        && (u.ws..u.we).all(|w| {
                            words[w].shape.cap
                                || words[w].shape.noalpha
                                || words[w].cl == Some("particle")
                        })
                        && (!has_pos
                            || matches!(self.deprel(doc, &words[u.we - 1]), "compound" | "amod"))
                })
            {
                org_mod = Some((units[t].ws, units[t].we));
                mods += 1;
                t += 1;
                continue;
            }
            // "ISIL - held", "Syrian territory", "the Turkish frontier"; a
            // lower-case agent noun modifying the place noun ("a refugee
            // camp", "a military barracks", "an assembly hall")
            if units.get(t).is_some_and(|u| {
                (matches!(u.u, U::Word) && u.we > u.ws + 1)
                    || matches!(&u.u, U::Entry(es) if es.iter().any(|e| matches!(e, EntryRef::Adjective(_))))
                    || (matches!(&u.u, U::Entry(es) if es.iter().all(|e| matches!(e, EntryRef::Agent { .. }))
                        && es.iter().any(|e| matches!(e, EntryRef::Agent { idx, .. }
                            if !self.lex.agents[*idx as usize].flags.modifier)))
                        && u.we == u.ws + 1
                        && !words[u.ws].shape.cap
                        && (!has_pos
                            || matches!(self.deprel(doc, &words[u.ws]), "compound" | "amod")))
            }) {
                mods += 1;
                t += 1;
                continue;
            }
            // a spaced hyphenated modifier ("a bomb - damaged building",
            // "bombed - out buildings", "a Kurdish - controlled town")
            let spaced = |x: usize| {
                single(x).is_some_and(|w| {
                    matches!(units[x].u, U::Word) && !w.shape.noalpha && (!w.shape.cap || x == t)
                })
            };
            // "the Syria - Iraq border": two countries or places
            let land = |x: usize| {
                units.get(x).is_some_and(|u| {
                    matches!(&u.u, U::Entry(es) if es.iter().all(|e| matches!(e,
                        EntryRef::Country(_) | EntryRef::Place(_) | EntryRef::Capital(_))))
                })
            };
            if single(t + 1).is_some_and(|w| w.norm == "-")
                && (spaced(t) && spaced(t + 2) || land(t) && land(t + 2))
                && {
                    if land(t) {
                        land_mods.push((units[t].ws, units[t].we));
                        land_mods.push((units[t + 2].ws, units[t + 2].we));
                    }
                    true
                }
                && words[units[t].we - 1].end + 1 == words[units[t + 1].ws].start
                && words[units[t + 1].ws].end + 1 == words[units[t + 2].ws].start
            {
                mods += 1;
                t += 3;
                continue;
            }
            let w = single(t)?;
            let ok = matches!(units[t].u, U::Word)
                && !w.shape.cap
                && if has_pos {
                    let up = self.upos(doc, w);
                    let dep = self.deprel(doc, w);
                    (matches!(up, "ADJ" | "NOUN" | "NUM") || (up == "VERB" && dep == "amod"))
                        && dep != "nsubj"
                } else {
                    w.cl.is_none()
                };
            if !ok {
                return None;
            }
            mods += 1;
            t += 1;
        }
        if !placenoun(t) {
            return None;
        }
        let head = t;
        // a modifier of a following noun ("the city council") is no place
        if !has_pos
            && single(head + 1).is_some_and(|w| !w.shape.cap && !w.shape.noalpha && w.cl.is_none())
        {
            return None;
        }
        let mut end = units[head].we;
        let mut name_ws = None;
        // "of Mosul"
        if single(head + 1).is_some_and(|w| w.norm == "of") {
            if let Some(u) = units.get(head + 2) {
                let placeish = match &u.u {
                    U::Entry(es) => es.iter().any(|e| {
                        matches!(
                            e,
                            EntryRef::Country(_) | EntryRef::Place(_) | EntryRef::Capital(_)
                        )
                    }),
                    U::Name(c) => *c != NameClass::Person,
                    _ => false,
                };
                if placeish {
                    end = u.we;
                    name_ws = Some(u.ws);
                }
            }
        }
        if !lead && mods == 0 && name_ws.is_none() {
            // a bare place noun ("dozens of villages", "working on farms",
            // "a library, restaurant, gyms and baths") after a function
            // word: not the head of a longer name or compound
            let w = &words[units[head].ws];
            let bare = units[head].ws > 0 && {
                let p = &words[units[head].ws - 1];
                p.sent == w.sent
                    && if has_pos {
                        matches!(
                            self.upos(doc, p),
                            "ADP" | "CCONJ" | "PUNCT" | "VERB" | "AUX" | "SCONJ"
                        ) && !matches!(p.norm, "-" | "'s" | "'")
                    } else {
                        matches!(p.norm, "," | "and" | "or" | "of" | "to" | "on")
                            || p.cl == Some("placeprep")
                    }
            };
            if !bare {
                return None;
            }
        }
        let mut ws = units[k].ws;
        // a number before it is a quantity ("two ISIL - held buildings")
        if !lead {
            while ws < units[head].ws
                && (words[ws].norm.chars().all(|c| c.is_ascii_digit())
                    || self.cues.number.contains(words[ws].norm)
                    || matches!(words[ws].norm, "one" | "eleven" | "twelve"))
            {
                ws += 1;
            }
        }
        // a place's own name before its place noun is its CoNLL name
        // ("Karrada"); an acronym ("VBIED") or a `misc` word is not
        let mut name_we = None;
        if let Some((a, b)) = name_mod.filter(|_| name_ws.is_none()) {
            if (a..b).all(|w| !words[w].shape.upper && words[w].cl != Some("misc")) {
                name_ws = Some(a);
                name_we = Some(b);
            }
        }
        mens.push(Men {
            ws,
            we: end,
            sent: words[ws].sent,
            ner: Some(EntityLabel::Location),
            nominal: name_ws.is_none(),
            name_ws,
            name_we,
            ..Default::default()
        });
        for (a, b) in land_mods {
            mens.push(Men {
                ws: a,
                we: b,
                sent: words[a].sent,
                ner: Some(EntityLabel::Location),
                name_only: true,
                ..Default::default()
            });
        }
        if let Some((a, b)) = org_mod {
            mens.push(Men {
                ws: a,
                we: b,
                sent: words[a].sent,
                ner: Some(EntityLabel::Organisation),
                kind: ActorKind::Organisation,
                name_only: true,
                ..Default::default()
            });
        }
        let mut next = head + 1;
        while next < units.len() && units[next].we <= end {
            next += 1;
        }
        Some(next)
    }

    fn pronoun(&self, words: &[W], u: &Unit, class: &str, mens: &mut Vec<Men>) {
        let w = &words[u.ws];
        let (gender, plural) = match class {
            "pron:m" => (Gender::Male, false),
            "pron:f" => (Gender::Female, false),
            "pron:pl" => (Gender::Unknown, true),
            _ => {
                // "I", "we", "his", "their": entity readings only
                let label = match (class, w.norm) {
                    ("pron:1", "i" | "me" | "my") => Some(EntityLabel::Person),
                    ("pron:1", "we" | "us") => Some(EntityLabel::Organisation),
                    ("pron:loc", _) => Some(EntityLabel::Location),
                    _ => None,
                };
                if label == Some(EntityLabel::Organisation) && w.norm == "us" && w.shape.upper {
                    return;
                }
                if let Some(l) = label {
                    mens.push(Men {
                        ws: u.ws,
                        we: u.we,
                        kind: ActorKind::Pronoun,
                        sent: w.sent,
                        ner: Some(l),
                        ..Default::default()
                    });
                }
                return;
            }
        };
        mens.push(Men {
            ws: u.ws,
            we: u.we,
            kind: ActorKind::Pronoun,
            rule: "coref-pronoun",
            sent: w.sent,
            gender,
            plural,
            person_like: !plural,
            actor: true,
            // an object "them" is left unmarked by the gold sets more often
            // than not (an entity reading only; the actor stays)
            ner: match (plural, w.norm) {
                (true, "them") => None,
                (true, _) => Some(EntityLabel::Organisation),
                _ => Some(EntityLabel::Person),
            },
            ..Default::default()
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn resolve_chain(
        &self,
        doc: &Document,
        words: &[W],
        units: &[Unit],
        elems: &[usize],
        first_word: usize,
        det: bool,
        poss_pron: Option<usize>,
        of_end: Option<usize>,
        date: Option<&str>,
        mens: &mut Vec<Men>,
    ) {
        // strip a trailing possessive marker: the head is what owns
        let mut elems: Vec<usize> = elems.to_vec();
        let mut end_word = of_end.unwrap_or(units[*elems.last().unwrap_or(&0)].we);
        if elems.last().is_some_and(|&l| matches!(units[l].u, U::Poss)) {
            elems.pop();
            if let Some(&l) = elems.last() {
                end_word = units[l].we;
            }
        } else if of_end.is_none() {
            end_word = elems.iter().map(|&e| units[e].we).max().unwrap_or(end_word);
        }
        let Some(&head_i) = elems.last() else { return };
        let head = &units[head_i];
        let sent = words[head.ws].sent;
        let prev_word = first_word.checked_sub(1).map(|p| &words[p]);
        let prev_placeprep = prev_word.is_some_and(|p| p.cl == Some("placeprep"))
            || (det
                && first_word >= 1
                && first_word
                    .checked_sub(1)
                    .and_then(|p| p.checked_sub(0))
                    .is_some_and(|_| false));
        let prev_placeprep = prev_placeprep
            || (first_word >= 1
                && words[first_word].norm == "the"
                && first_word >= 2
                && words[first_word - 1].cl == Some("placeprep"));
        let next = words.get(end_word).filter(|w| w.sent == sent);
        // the relation of the head word; a conjunct shares its first
        // conjunct's ("the US and France agreed")
        let (head_dep, head_tok) = {
            let hw = &words[head.ws.max(head.we - 1)];
            let mut dep = self.deprel(doc, hw);
            let mut tok = hw.tok;
            // an apposition shares its head's ("its backers , notably
            // Russia , are"), and so does a member after "including"
            // ("the international community – including Russia – must")
            let member = |t: Option<usize>| {
                t.and_then(|t| t.checked_sub(1))
                    .and_then(|p| doc.tokens.get(p))
                    .and_then(|p| doc.text.get(p.start..p.end))
                    .is_some_and(|p| {
                        matches!(
                            p.to_lowercase().as_str(),
                            "including" | "notably" | "especially" | "particularly"
                        )
                    })
            };
            for _ in 0..6 {
                if !(dep == "conj" || dep == "appos" || (dep == "nmod" && member(tok))) {
                    break;
                }
                tok = tok.and_then(|t| doc.tokens.get(t)).and_then(|t| t.head);
                dep = tok
                    .and_then(|t| doc.tokens.get(t))
                    .map(|t| t.deprel.as_str())
                    .unwrap_or("");
            }
            (dep, tok)
        };
        // the object of a verb other than one of motion ("warning Israel",
        // "include Australia", not "visit France")
        let verb_object = head_dep == "obj"
            && head_tok
                .and_then(|t| doc.tokens.get(t))
                .and_then(|t| t.head)
                .and_then(|h| doc.tokens.get(h))
                .is_some_and(|v| {
                    v.upos == "VERB"
                        && !matches!(
                            v.lemma.as_str(),
                            "visit"
                                | "leave"
                                | "enter"
                                | "reach"
                                | "cross"
                                | "return"
                                | "travel"
                                | "flee"
                                | "tour"
                                | "invade"
                                | "occupy"
                                | "bomb"
                                | "strike"
                                | "attack"
                                | "liberate"
                                | "control"
                                | "seize"
                                | "capture"
                                | "rule"
                                | "govern"
                                | "call"
                                | "make"
                                | "name"
                                | "rebuild"
                                | "unite"
                                | "destabilize"
                                | "destabilise"
                                | "border"
                                | "neighbour"
                                | "neighbor"
                                | "surround"
                        )
                });
        let subjectish = {
            let dep = head_dep;
            if !dep.is_empty() {
                dep.starts_with("nsubj") || dep == "nmod:poss" || dep == "obl:agent"
            } else {
                next.is_some_and(|n| {
                    n.norm == "'s"
                        || n.norm == "'"
                        || n.cl == Some("verb")
                        || (!n.shape.cap && !n.shape.noalpha && (n.norm.ends_with("ed")))
                })
            }
        };
        // "pressed for Russia to use its influence": the subject of an
        // infinitive after "for"
        let infinitive_subject = prev_word.is_some_and(|p| p.norm == "for" && p.sent == sent)
            && next.is_some_and(|n| n.norm == "to")
            && words
                .get(end_word + 1)
                .filter(|w| w.sent == sent)
                .is_some_and(|w| {
                    if w.tok.is_some() && !self.upos(doc, w).is_empty() {
                        matches!(self.upos(doc, w), "VERB" | "AUX")
                    } else {
                        !w.shape.cap && !w.shape.noalpha && w.cl.is_none_or(|c| c == "verb")
                    }
                });
        let mut m = Men {
            ws: first_word,
            we: end_word,
            sent,
            actor: true,
            definite: det && words[first_word].norm == "the",
            subject: subjectish,
            ..Default::default()
        };
        m.poss_pron = poss_pron;

        // gather modifiers
        let mut country: Option<String> = None;
        let mut owner_sector: Option<String> = None;
        // the full code of an organisation without a country owning the
        // head ("NATO officials" -> NATO's code)
        let mut owner_org: Option<String> = None;
        let mut mod_sector: Option<String> = None;
        let mut nat_spans: Vec<(usize, usize)> = Vec::new();
        for &e in &elems[..elems.len() - 1] {
            let u = &units[e];
            if let U::Entry(es) = &u.u {
                let first = es[0];
                match first {
                    EntryRef::Adjective(i)
                    | EntryRef::Country(i)
                    | EntryRef::Capital(i)
                    | EntryRef::People(i) => {
                        country = Some(self.lex.countries[i as usize].code.clone());
                        if matches!(first, EntryRef::Adjective(_)) {
                            nat_spans.push((u.ws, u.we));
                        }
                    }
                    EntryRef::Org(_) | EntryRef::Person(_) => {
                        let code = self.entry_code_only(first, date);
                        let (c, s) = self.split_code(&code);
                        if c.is_none() && matches!(first, EntryRef::Org(_)) && code.len() >= 6 {
                            owner_org = Some(code.clone());
                        }
                        if c.is_some() {
                            country = c;
                        }
                        if s.is_some() {
                            owner_sector = s;
                        }
                    }
                    EntryRef::Agent { idx, .. } => {
                        let a = &self.lex.agents[idx as usize];
                        if !a.code.is_empty() {
                            mod_sector = Some(a.code.clone());
                        }
                    }
                    EntryRef::Place(i) => {
                        country = Some(self.lex.places[i as usize].country.clone());
                    }
                }
            }
        }
        let has_mods = elems.len() > 1 || poss_pron.is_some();
        let span_ner_start = |m: &Men| m.ws;
        match &head.u {
            U::Name(class) => {
                let surname = self.surname_of(words[head.we - 1].norm);
                m.name = Some(doc.text[words[head.ws].start..words[head.we - 1].end].to_string());
                m.surname = Some(surname);
                // a title or role before the name ("Gen.", "Foreign
                // Minister"); a country or organisation alone is no title
                // ("Iraq War", "UN Security Council Resolution")
                let titled = elems[..elems.len() - 1].iter().any(|&e| {
                    matches!(&units[e].u, U::Entry(es) if matches!(es.first(), Some(EntryRef::Agent { .. })))
                });
                m.name_ws = Some(head.ws);
                // "the German company Züblin": a body's noun (a group or
                // organisation head, not a person's) before the name
                // classifies it; the name alone is the entity
                let classifier = elems.len() >= 2
                    && elems[elems.len() - 2] + 1 == head_i
                    && !words[units[elems[elems.len() - 2]].ws].shape.cap
                    && matches!(&units[elems[elems.len() - 2]].u, U::Entry(es)
                        if matches!(es.first(), Some(EntryRef::Agent { idx, plural: false })
                            if { let f = &self.lex.agents[*idx as usize].flags; !f.person && !f.title && f.group && f.orghead }));
                let class = if classifier {
                    m.ews = Some(head.ws);
                    // its country adjective keeps its own reading
                    for &e in &elems[..elems.len() - 2] {
                        if matches!(&units[e].u, U::Entry(es) if matches!(es.first(), Some(EntryRef::Adjective(_))))
                        {
                            mens.push(Men {
                                ws: units[e].ws,
                                we: units[e].we,
                                sent,
                                ner: Some(EntityLabel::Nationality),
                                ..Default::default()
                            });
                        }
                    }
                    NameClass::Org
                } else if titled && *class != NameClass::Org {
                    NameClass::Person
                } else {
                    *class
                };
                match class {
                    NameClass::Person => {
                        m.kind = ActorKind::Person;
                        m.person_like = true;
                        m.ner = Some(EntityLabel::Person);
                    }
                    NameClass::Org => {
                        m.kind = ActorKind::Organisation;
                        m.ner = Some(EntityLabel::Organisation);
                        m.plural = true;
                    }
                    NameClass::Unknown => {
                        m.kind = ActorKind::Unknown;
                        m.person_like = true;
                        m.ner = self.guess_unknown(doc, words, head, next);
                        match m.ner {
                            // a likely person's name is a person actor; a
                            // place's name ("Tharthar Barrage") is no actor
                            // (a lone word is only guessed: its actor stays unknown)
                            Some(EntityLabel::Person)
                                if head.we - head.ws >= 2 || words[head.ws].first =>
                            {
                                m.kind = ActorKind::Person
                            }
                            Some(EntityLabel::Location) => m.actor = false,
                            _ => {}
                        }
                    }
                }
                let misc = (head.ws..head.we).any(|w| words[w].cl == Some("misc"));
                if prev_placeprep && class == NameClass::Unknown && !titled && !misc {
                    m.actor = false;
                    m.ner = Some(EntityLabel::Location);
                }
                let sector = mod_sector.clone().or(owner_sector.clone());
                if titled || country.is_some() {
                    if let Some(c) = &country {
                        m.code = cat(c, sector.as_deref().unwrap_or_default());
                        m.country_known = true;
                    } else if let Some(s) = &sector {
                        m.code = s.clone();
                    }
                    if !m.code.is_empty() {
                        m.rule = "compose";
                    }
                }
                if m.rule.is_empty() {
                    m.rule = "unknown";
                }
                if class == NameClass::Org && elems.len() == 1 {
                    if let Some(s) = self.orghead_sector(words, head) {
                        m.code = s;
                    }
                }
                // keep the title in the span: "Lt. Gen. X"
                let _ = span_ner_start(&m);
            }
            U::Entry(es) => {
                let e = es[0];
                let (code, name, entry) = self.entry_code(e, date);
                m.entry = entry;
                match e {
                    EntryRef::Person(i) => {
                        let p = &self.lex.people[i as usize];
                        m.name_ws = Some(head.ws);
                        m.code = code;
                        m.name = name;
                        m.rule = "lexicon";
                        // (organisations Phoenix files with dated codes are
                        // organisations of the converted lexicon: see
                        // `convert::actors_to_lexicon`)
                        m.kind = ActorKind::Person;
                        m.gender = p.gender;
                        m.person_like = true;
                        m.ner = Some(EntityLabel::Person);
                        m.surname = Some(self.surname_of(words[head.we - 1].norm));
                    }
                    EntryRef::Org(i) => {
                        let o = &self.lex.organisations[i as usize];
                        m.code = code;
                        m.name = name;
                        m.kind = ActorKind::Organisation;
                        m.rule = if o.kind == "seat" {
                            "metonym"
                        } else {
                            "lexicon"
                        };
                        m.plural = true;
                        // an office held by one person ("the U.S. Secretary
                        // of State", "Spokesperson John Kirby")
                        let office = (first_word..head.we)
                            .any(|w| words[w].shape.cap && words[w].person_noun);
                        m.ner = Some(if o.kind == "seat" {
                            EntityLabel::Location
                        } else if office {
                            EntityLabel::Person
                        } else {
                            EntityLabel::Organisation
                        });
                        if o.kind == "seat" && prev_placeprep {
                            m.actor = false;
                        }
                        // "German government" style: add the country when the org has none
                        if let Some(c) = &country {
                            if self.split_code(&m.code).0.is_none() && !o.kind.contains("igo") {
                                m.code = cat(c, &m.code);
                            }
                        }
                    }
                    EntryRef::Country(_) | EntryRef::People(_) => {
                        m.code = code;
                        m.name = name;
                        m.kind = ActorKind::Country;
                        m.rule = "lexicon";
                        m.plural = true;
                        let people = matches!(e, EntryRef::People(_));
                        if people {
                            // "Syrians", "the Iraqis": a group of people
                            m.kind = ActorKind::Agent;
                            m.ner = Some(EntityLabel::Organisation);
                            m.nominal = true;
                        } else if prev_placeprep {
                            m.actor = false;
                            m.ner = Some(EntityLabel::Location);
                        } else if subjectish
                            || verb_object
                            || (self.deprel(doc, &words[head.we - 1]) == "compound"
                                && words[head.we - 1]
                                    .tok
                                    .and_then(|t| doc.tokens.get(t))
                                    .and_then(|t| t.head)
                                    .and_then(|h| doc.tokens.get(h))
                                    .and_then(|h| doc.text.get(h.start..h.end))
                                    // not a date misread as the head
                                    // ("travel to Turkey November 16")
                                    .is_some_and(|h| {
                                        !self.cues.month.contains(h.to_lowercase().as_str())
                                    }))
                            || infinitive_subject
                        {
                            // a state acting ("the United States said") or
                            // named as a party ("UK - France relationship")
                            m.ner = Some(EntityLabel::Organisation);
                        } else {
                            m.ner = Some(EntityLabel::Location);
                        }
                    }
                    EntryRef::Capital(_) => {
                        m.capital = true;
                        m.name = name;
                        m.kind = ActorKind::Country;
                        m.plural = true;
                        m.ner = Some(EntityLabel::Location);
                        if subjectish && !prev_placeprep && !has_mods {
                            m.code = format!("{code}GOV");
                            m.rule = "metonym";
                        } else {
                            m.actor = false;
                        }
                    }
                    EntryRef::Adjective(_) => {
                        m.actor = false;
                        m.ner = Some(EntityLabel::Nationality);
                        m.ws = head.ws;
                    }
                    EntryRef::Place(i) => {
                        m.admin = self.lex.places[i as usize].feature == "admin1";
                        m.actor = false;
                        m.name = name;
                        // "the Stanley Cup", "the Geneva Convention": a town
                        // naming a cup, a treaty, a war is no place
                        let misc_next = next.is_some_and(|n| n.shape.cap && n.cl == Some("misc"));
                        m.ner = if misc_next {
                            None
                        } else {
                            Some(EntityLabel::Location)
                        };
                        // "Davis said": a town's name that speaks is a person's
                        let speaks = next.is_some_and(|n| {
                            matches!(
                                n.norm,
                                "said" | "says" | "told" | "added" | "explained" | "wrote"
                            )
                        });
                        // "Dayton , who …", "Dayton was mortally wounded",
                        // "Norton died": what only a person is or does
                        let after = |k: usize| words.get(end_word + k).filter(|w| w.sent == sent);
                        let human_verb = |w: Option<&W>| {
                            w.is_some_and(|w| {
                                matches!(w.norm, "wounded" | "injured" | "born" | "died")
                            })
                        };
                        let human = next.is_some_and(|n| {
                            (n.norm == "," && after(1).is_some_and(|w| w.norm == "who"))
                                || n.norm == "died"
                                || (matches!(n.norm, "was" | "is" | "has" | "had")
                                    && (human_verb(after(1))
                                        || (after(1).is_some_and(|w| w.norm.ends_with("ly"))
                                            && human_verb(after(2)))))
                        });
                        let speaks = speaks || human;
                        // "Lord Stanley", "Mr Davis": a person's title before it
                        let title = elems.len() >= 2
                            && elems[elems.len() - 2] + 1 == head_i
                            && matches!(&units[elems[elems.len() - 2]].u, U::Entry(es)
                                if es.iter().any(|e| matches!(e, EntryRef::Agent { idx, .. }
                                    if { let f = &self.lex.agents[*idx as usize].flags; f.title && f.person })));
                        if (speaks && !has_mods && !det && !prev_placeprep || title)
                            && head.we == head.ws + 1
                        {
                            m.ner = Some(EntityLabel::Person);
                            m.kind = ActorKind::Unknown;
                            m.actor = true;
                            m.entry = None;
                            m.person_like = true;
                            m.rule = "unknown";
                            m.code.clear();
                            m.name_ws = Some(head.ws);
                            m.surname = Some(words[head.ws].norm.to_string());
                        }
                    }
                    EntryRef::Agent { idx, plural } => {
                        let a = &self.lex.agents[idx as usize];
                        m.kind = ActorKind::Agent;
                        // "the Army", "the Coalition": a capitalised body is a name
                        let hw0 = &words[head.we - 1];
                        // (a role noun naming one person is no name even
                        // capitalised: "the President", "Defence Secretary")
                        m.nominal = !(hw0.shape.cap
                            && !hw0.shape.upper
                            && head.ws > words_sent_start(words, head.ws))
                            || (a.flags.person && !plural);
                        m.rule = if has_mods { "compose" } else { "agent" };
                        m.plural = plural || a.flags.group;
                        m.person_like = a.flags.person && !plural;
                        m.gender = a.flags.gender;
                        m.head_agent = Some(idx);
                        m.inherit = a.flags.inherit;
                        let sector = if a.code.is_empty() {
                            mod_sector
                                .clone()
                                .or(owner_sector.clone())
                                .unwrap_or_default()
                        } else {
                            a.code.clone()
                        };
                        m.country_known = country.is_some();
                        m.code = cat(country.as_deref().unwrap_or_default(), &sector);
                        // "NATO officials", "al-Qaeda fighters": members of an
                        // international or non-state organisation take its code
                        if country.is_none() && !a.flags.modifier {
                            if let Some(oc) = &owner_org {
                                m.code = oc.clone();
                            }
                        }
                        // "Defence Secretary", "Prime Minister" (a title
                        // of two capitalised words even first in a sentence)
                        let capitalised = (head.ws..head.we).all(|w| words[w].shape.cap)
                            && (head.ws > words_sent_start(words, head.ws)
                                || head.we > head.ws + 1);
                        m.ner = if a.flags.modifier {
                            None
                        } else if a.flags.person && !plural {
                            // a bare role noun ("minister") is no entity; "the
                            // Foreign Secretary", "a senior French official",
                            // "Defence Secretary" are
                            if det || has_mods || poss_pron.is_some() || capitalised {
                                Some(EntityLabel::Person)
                            } else {
                                None
                            }
                        } else if plural || a.flags.group || det || has_mods {
                            // groups and bodies, named or not: "civilians",
                            // "the coalition", "Iraqi forces"
                            Some(EntityLabel::Organisation)
                        } else {
                            None
                        };
                        if a.flags.modifier {
                            m.actor = false;
                        }
                        // an agent noun modifying another noun ("military
                        // offensive") or used as a verb ("to police") is no actor
                        let hw = &words[head.we - 1];
                        let dep = self.deprel(doc, hw);
                        let up = self.upos(doc, hw);
                        // (an owner is no modifier: "The Coalition ’ s strategy")
                        let owner = next.is_some_and(|n| matches!(n.norm, "'s" | "'"));
                        let not_actor = if !dep.is_empty() || !up.is_empty() {
                            (matches!(dep, "compound" | "amod") && !owner)
                                || up == "VERB"
                                || up == "ADJ"
                        } else {
                            let bare = !has_mods && !det;
                            let after_to = bare && prev_word.is_some_and(|p| p.norm == "to");
                            let compound = a.flags.group
                                && !plural
                                && next.is_some_and(|n| {
                                    !n.shape.cap
                                        && !n.shape.noalpha
                                        && n.cl.is_none_or(|c| c == "platform")
                                        && !n.norm.ends_with("ed")
                                        && !n.norm.ends_with('s')
                                });
                            after_to || compound
                        };
                        if not_actor {
                            m.actor = false;
                            // a body without a sector modifying a noun is still
                            // the body ("coalition airstrikes", "Coalition
                            // efforts"); other agents are not ("military
                            // offensive", "police station")
                            let body = a.flags.group
                                && a.flags.orghead
                                && a.code.is_empty()
                                && !plural
                                && dep == "compound"
                                && next.is_some_and(|n| {
                                    !n.shape.cap
                                        && self.c.info(n.norm).id == 0
                                        && !n.orghead
                                        && !n.person_noun
                                        && n.cl != Some("platform")
                                });
                            if !body {
                                m.ner = None;
                            }
                        }
                    }
                }
            }
            _ => return,
        }
        // a bare country adjective modifier not heading anything: nationality
        if m.ner != Some(EntityLabel::Nationality) {
            for (s, e) in &nat_spans {
                // "Russian Foreign Minister Sergei Lavrov" is one Person
                // (its CoNLL name span starts at the name: `name_ws`)
                if m.ner.is_none() {
                    mens.push(Men {
                        ws: *s,
                        we: *e,
                        sent,
                        ner: Some(EntityLabel::Nationality),
                        ..Default::default()
                    });
                }
            }
        }
        // CoNLL readings of the names inside the phrase: an owner ("Carder
        // 's husband", "Atlantic City 's volunteer corps") and a place or
        // organisation before a title ("Texas Coach Darrell Royal", "UN
        // Special Envoy Staffan de Mistura")
        {
            let titled_name = matches!(head.u, U::Name(_))
                && elems.iter().any(|&e| {
                    matches!(&units[e].u, U::Entry(es) if matches!(es.first(), Some(EntryRef::Agent { .. })))
                });
            for (x, &e) in elems[..elems.len() - 1].iter().enumerate() {
                let u = &units[e];
                let owner = units.get(e + 1).is_some_and(|n| matches!(n.u, U::Poss));
                let before_title = titled_name
                    && elems[x + 1..].iter().any(|&f| {
                        matches!(&units[f].u, U::Entry(es) if matches!(es.first(), Some(EntryRef::Agent { .. })))
                    });
                // "U.S. forces", "the Reading engineer": a name before a
                // common-noun head
                let before_noun = matches!(&head.u, U::Entry(es) if matches!(es.first(), Some(EntryRef::Agent { .. })))
                    && !words[head.we - 1].shape.cap
                    && match u.u {
                        U::Entry(_) | U::Name(NameClass::Org) => true,
                        // an acronym ("AFL players"), not an adjective-like
                        // name ("Olympic athletes")
                        U::Name(_) => u.we == u.ws + 1 && words[u.ws].shape.upper,
                        _ => false,
                    };
                if !owner && !before_title && !before_noun {
                    continue;
                }
                let label = match &u.u {
                    U::Entry(es) => match es.first() {
                        Some(EntryRef::Country(_) | EntryRef::Capital(_) | EntryRef::Place(_)) => {
                            Some(EntityLabel::Location)
                        }
                        Some(EntryRef::Org(i)) => {
                            Some(if self.lex.organisations[*i as usize].kind == "seat" {
                                EntityLabel::Location
                            } else {
                                EntityLabel::Organisation
                            })
                        }
                        Some(EntryRef::Person(_)) => Some(EntityLabel::Person),
                        _ => None,
                    },
                    U::Name(NameClass::Person) => Some(EntityLabel::Person),
                    U::Name(NameClass::Org) => Some(EntityLabel::Organisation),
                    U::Name(NameClass::Unknown) => self
                        .guess_unknown(doc, words, u, words.get(u.we))
                        .or(Some(if words[u.ws].shape.upper || !owner {
                            EntityLabel::Organisation
                        } else {
                            EntityLabel::Person
                        })),
                    _ => None,
                };
                if let Some(l) = label {
                    mens.push(Men {
                        ws: u.ws,
                        we: u.we,
                        sent,
                        ner: Some(l),
                        name_only: true,
                        ..Default::default()
                    });
                }
            }
        }
        mens.push(m);
    }

    /// A common noun used as a predicate ("Qanbar was a commander", "Turkey
    /// is a key player") says what something is; it names no entity of its
    /// own.
    #[inline(never)]
    fn predicates(&self, doc: &Document, words: &[W], has_pos: bool, mens: &mut [Men]) {
        if !has_pos {
            // without a parse: "is / was / became a commander"
            for m in mens.iter_mut() {
                // (and a place noun phrase: "is a village in northern Iraq")
                let nominal_role = m.nominal
                    && ((m.kind == ActorKind::Agent
                        && matches!(m.ner, Some(EntityLabel::Person | EntityLabel::Organisation)))
                        || (m.ner == Some(EntityLabel::Location) && m.entry.is_none()));
                if nominal_role
                    && matches!(words[m.ws].norm, "a" | "an")
                    && m.ws > 0
                    && words[m.ws - 1].sent == words[m.ws].sent
                    && matches!(
                        words[m.ws - 1].norm,
                        "is" | "was"
                            | "are"
                            | "were"
                            | "be"
                            | "been"
                            | "being"
                            | "became"
                            | "become"
                            | "becomes"
                            | "remains"
                            | "remained"
                    )
                {
                    m.ner = None;
                }
            }
            return;
        }
        // an indefinite nominal role or place noun phrase: the one kind of
        // mention a copula may untype (the copulas are only collected for
        // a document with one)
        let candidate = |m: &Men| {
            let place = m.ner == Some(EntityLabel::Location) && m.entry.is_none();
            let nominal_role = m.nominal
                && ((m.kind == ActorKind::Agent
                    && matches!(m.ner, Some(EntityLabel::Person | EntityLabel::Organisation)))
                    || place);
            let indefinite = if place {
                matches!(words[m.ws].norm, "a" | "an")
            } else {
                matches!(words[m.ws].norm, "a" | "an") || words[m.ws].cl != Some("det")
            };
            nominal_role && indefinite
        };
        if !mens.iter().any(candidate) {
            return;
        }
        let mut cop: FxSet<usize> = FxSet::default();
        for t in &doc.tokens {
            if t.deprel == "cop" {
                if let Some(h) = t.head {
                    cop.insert(h);
                }
            }
        }
        if cop.is_empty() {
            return;
        }
        for m in mens.iter_mut() {
            if candidate(m) && (m.ws..m.we).any(|w| words[w].tok.is_some_and(|t| cop.contains(&t)))
            {
                m.ner = None;
            }
        }
    }

    /// "there" as a place ("Once there, he ...", "I sit there"), not the
    /// existential "there is": a Location pronoun (an entity reading only).
    #[inline(never)]
    fn there(&self, doc: &Document, words: &[W], mens: &mut Vec<Men>) {
        for (w, x) in words.iter().enumerate() {
            if x.norm == "there" && self.deprel(doc, x) == "advmod" {
                mens.push(Men {
                    ws: w,
                    we: w + 1,
                    kind: ActorKind::Pronoun,
                    sent: x.sent,
                    ner: Some(EntityLabel::Location),
                    ..Default::default()
                });
            }
        }
    }

    /// Whole-phrase place readings: "Palmyra, Syria", "Fort Campbell,
    /// Kentucky" (a place and the country or state it is in) and "Idlib
    /// province", "Mosul district" (a name and its administrative noun) are
    /// one Location; their CoNLL readings stay the names alone.
    #[inline(never)]
    fn place_phrases(&self, doc: &Document, words: &[W], mens: &mut [Men]) {
        let is_loc = |m: &Men| m.ner == Some(EntityLabel::Location) && !m.nominal;
        let country = |m: &Men| {
            !m.capital
                && m.kind == ActorKind::Country
                && m.entry
                    .as_deref()
                    .is_some_and(|e| e.starts_with("country:"))
                && m.ner.is_some()
        };
        // an untyped name (or one only guessed a person) before a comma and
        // a country or a state is a place: "Cibolo, Texas", "Woodbridge,
        // Virginia", "Dayr az Zawr, Syria"
        let candidate = |m: &Men| {
            m.kind == ActorKind::Unknown
                && m.ner != Some(EntityLabel::Location)
                && words
                    .get(m.we)
                    .is_some_and(|w| w.norm == "," && w.sent == m.sent)
        };
        if mens.iter().any(candidate) {
            let mut starts: Vec<(usize, usize)> = mens
                .iter()
                .enumerate()
                .filter(|(_, m)| {
                    m.ner.is_some() && !m.name_only && (country(m) || (m.admin && is_loc(m)))
                })
                .map(|(j, m)| (m.ws, j))
                .collect();
            starts.sort_unstable();
            let loc_starts: FxSet<usize> = mens
                .iter()
                .filter(|m| m.ner == Some(EntityLabel::Location))
                .map(|m| m.ws)
                .collect();
            for i in 0..mens.len() {
                let m = &mens[i];
                let weak = m.kind == ActorKind::Unknown
                    && m.code.is_empty()
                    && m.name.is_some()
                    && (m.ner.is_none()
                        || (m.ner == Some(EntityLabel::Person) && !words[m.ws].first))
                    && m.ews.is_none()
                    && m.we - m.ws <= 3
                    && words[m.ws].shape.cap
                    // not the tail of a longer name ("Hamilton Field", "Dayr az Zawr")
                    && (m.ws == 0
                        || words[m.ws - 1].sent != m.sent
                        || m.ws == words_sent_start(words, m.ws)
                        || !(words[m.ws - 1].shape.cap || words[m.ws - 1].cl == Some("particle")));
                if !weak
                    || words
                        .get(m.we)
                        .is_none_or(|w| w.norm != "," || w.sent != m.sent)
                {
                    continue;
                }
                let Ok(k) = starts.binary_search_by_key(&(m.we + 1), |x| x.0) else {
                    continue;
                };
                let j = starts[k].1;
                let after = mens[j].we;
                let list = words.get(after).is_some_and(|w| {
                    w.sent == m.sent
                        && (matches!(w.norm, "and" | "or" | "of")
                            || (w.norm == "," && loc_starts.contains(&(after + 1))))
                });
                if !list && !mens[j].subject {
                    let (a, b) = (mens[i].ws, mens[i].we);
                    mens[i].ner = Some(EntityLabel::Location);
                    mens[i].actor = false;
                    // the whole capitalised run is the place's name ("Hamilton
                    // Field", not the head "Field" of a chain)
                    if (a..b).all(|w| {
                        words[w].shape.cap
                            || words[w].shape.noalpha
                            || words[w].cl == Some("particle")
                    }) {
                        mens[i].name_ws = Some(a);
                    }
                }
            }
        }
        let mut order: Vec<usize> = (0..mens.len()).filter(|&i| mens[i].ner.is_some()).collect();
        order.sort_by_key(|&i| (mens[i].ws, std::cmp::Reverse(mens[i].we)));
        for k in 0..order.len() {
            let i = order[k];
            if !is_loc(&mens[i]) || mens[i].name_only || country(&mens[i]) {
                continue;
            }
            let we = mens[i].ewe.unwrap_or(mens[i].we);
            // "Idlib province": an administrative noun right after the name
            if let Some(n) = words.get(we) {
                let admin_noun = matches!(
                    n.norm,
                    "province"
                        | "district"
                        | "region"
                        | "governorate"
                        | "municipality"
                        | "county"
                        | "oblast"
                        | "prefecture"
                );
                let then_noun = words.get(we + 1).is_some_and(|a| {
                    a.sent == n.sent
                        && !a.shape.noalpha
                        && !a.shape.cap
                        && (matches!(self.upos(doc, a), "NOUN" | "PROPN")
                            || a.cl == Some("placenoun"))
                });
                if admin_noun && !n.shape.cap && n.sent == mens[i].sent && !then_noun {
                    mens[i].name_we = Some(we);
                    mens[i].ewe = Some(we + 1);
                    continue;
                }
            }
            // "Palmyra, Syria"
            if words.get(we).is_none_or(|w| w.norm != ",") {
                continue;
            }
            let Some(&j) = order[k + 1..].iter().find(|&&j| mens[j].ws > we) else {
                continue;
            };
            let m2 = &mens[j];
            let m2_we = m2.we;
            let whole = m2.ws == we + 1
                && m2.sent == mens[i].sent
                && (country(m2) || (m2.admin && is_loc(m2) && !mens[i].admin));
            // not a list of places: "Syria, Iraq and Jordan", "Gulf of
            // Oman, North Arabian Sea, Gulf of Aden"
            let list = words.get(m2_we).is_some_and(|w| {
                matches!(w.norm, "and" | "or" | "of")
                    || (w.norm == ","
                        && order.iter().any(|&x| {
                            mens[x].ws == m2_we + 1 && mens[x].ner == Some(EntityLabel::Location)
                        }))
            });
            if whole && !list {
                mens[i].name_we = Some(mens[i].name_we.unwrap_or(we));
                mens[i].ewe = Some(mens[j].we);
                mens[j].name_only = true;
            }
        }
    }

    /// Whole-phrase readings of unnamed groups: a quantifier ("all
    /// Syrians", "some members"), coordinated adjectives ("religious and
    /// civic leaders") and coordinated bare nouns ("allies and partners",
    /// "their wives and children") belong to the group; "the families of
    /// the victims" is one group. Actor spans do not change.
    #[inline(never)]
    fn group_phrases(&self, doc: &Document, words: &[W], has_pos: bool, mens: &mut [Men]) {
        let group = |m: &Men| {
            m.ner == Some(EntityLabel::Organisation)
                && m.nominal
                && m.kind != ActorKind::Pronoun
                && !m.name_only
        };
        let same = |a: usize, b: usize| words[a].sent == words[b].sent;
        let lead = |w: &W| w.cl.is_some_and(|c| c == "det" || c.starts_with("poss"));
        let mut order: Vec<usize> = (0..mens.len()).filter(|&i| mens[i].ner.is_some()).collect();
        order.sort_by_key(|&i| (mens[i].ws, std::cmp::Reverse(mens[i].we)));
        for k in 0..order.len() {
            let i = order[k];
            if !group(&mens[i]) {
                continue;
            }
            let es = mens[i].ews.unwrap_or(mens[i].ws);
            // "religious and civic leaders", "local , legitimate ground forces"
            if has_pos
                && es >= 2
                && same(es - 2, es)
                && matches!(words[es - 1].norm, "and" | "or")
                && self.upos(doc, &words[es - 2]) == "ADJ"
                && !words[es - 2].shape.cap
                && self.upos(doc, &words[es]) == "ADJ"
            {
                mens[i].ews = Some(es - 2);
            }
            let es = mens[i].ews.unwrap_or(mens[i].ws);
            // "all Syrians", "some members", "both countries" (not "both X
            // and Y"), "the two leaders"
            let ee0 = mens[i].ewe.unwrap_or(mens[i].we);
            let both_and = words
                .get(ee0)
                .is_some_and(|w| matches!(w.norm, "and" | "or"));
            let number = |w: &W| {
                w.norm.chars().all(|c| c.is_ascii_digit()) || self.cues.number.contains(w.norm)
            };
            if es >= 1
                && same(es - 1, es)
                && (matches!(words[es - 1].norm, "all" | "some")
                    || (words[es - 1].norm == "both" && !both_and))
            {
                mens[i].ews = Some(es - 1);
            } else if es >= 2 && same(es - 2, es) && number(&words[es - 1]) && lead(&words[es - 2])
            {
                mens[i].ews = Some(es - 2);
            }
            let ee = mens[i].ewe.unwrap_or(mens[i].we);
            let Some(sep) = words.get(ee).filter(|w| w.sent == words[es].sent) else {
                continue;
            };
            let Some(&j) = order[k + 1..]
                .iter()
                .find(|&&j| mens[j].ws > ee && mens[j].ner.is_some())
            else {
                continue;
            };
            if mens[j].ws != ee + 1 || !group(&mens[j]) {
                continue;
            }
            let m2 = &mens[j];
            let n2 = m2.we - m2.ws;
            let first2 = &words[m2.ws];
            let ee2 = m2.ewe.unwrap_or(m2.we);
            let join = match sep.norm {
                // "children and women", "musicians and other artists"
                "and" | "or" => {
                    !lead(first2)
                        && (n2 == 1
                            || (n2 == 2
                                && (matches!(first2.norm, "other" | "fellow")
                                    || first2.norm.chars().all(|c| c.is_ascii_digit())
                                    || self.cues.number.contains(first2.norm))))
                }
                // "the families of the victims"
                "of" => matches!(
                    words[mens[i].we - 1].norm,
                    "group" | "groups" | "family" | "families"
                ),
                _ => false,
            };
            if join {
                mens[i].ewe = Some(ee2);
                mens[j].ner = None;
            }
        }
    }

    /// An organisation or group with its owner is one whole-phrase
    /// reading: "the ISIL 's War Committee", "Turkey 's democratically
    /// elected government", "the camp 's residents"; the CoNLL readings stay
    /// the names ("ISIL", "War Committee").
    /// A person's role with its organisation or place is one Person in the
    /// whole-phrase reading: "commander of U.S. Central Command", "the
    /// former leader of Al Qaeda in Iraq", "Minister for the Middle East"
    /// (a capitalised title with "for"); the organisation or place keeps
    /// its CoNLL name. Not a spokesman's "for" ("a spokesman for the UN").
    #[inline(never)]
    fn role_of_phrases(&self, words: &[W], mens: &mut [Men]) {
        // an agent left without an entity reading (a title alone: "Minister
        // for the Middle East , Tobias Ellwood"; an apposition: "Joseph
        // Votel , commander of U.S. Central Command") counts when its
        // object is found
        let bare = |m: &Men| {
            m.ner.is_none()
                && m.kind == ActorKind::Agent
                && m.person_like
                && (words[m.ws].shape.cap
                    || (m.ws > 0
                        && words[m.ws - 1].norm == ","
                        && words[m.ws - 1].sent == words[m.ws].sent))
        };
        let role = |m: &Men| {
            (m.ner == Some(EntityLabel::Person) || bare(m)) && {
                let ee = m.ewe.unwrap_or(m.we);
                words[ee - 1].person_noun
                    && words
                        .get(ee)
                        .is_some_and(|w| matches!(w.norm, "of" | "for"))
            }
        };
        if !mens.iter().any(role) {
            return;
        }
        let mut order: Vec<usize> = (0..mens.len())
            .filter(|&i| (mens[i].ner.is_some() || bare(&mens[i])) && !mens[i].name_only)
            .collect();
        order.sort_by_key(|&i| (mens[i].ws, std::cmp::Reverse(mens[i].we)));
        for k in 0..order.len() {
            let i = order[k];
            if mens[i].kind == ActorKind::Pronoun
                || mens[i]
                    .whole_label
                    .unwrap_or(mens[i].ner.unwrap_or(EntityLabel::Person))
                    != EntityLabel::Person
                || !(mens[i].ner == Some(EntityLabel::Person) || bare(&mens[i]))
            {
                continue;
            }
            let ee = mens[i].ewe.unwrap_or(mens[i].we);
            let head = &words[ee - 1];
            let Some(prep) = words.get(ee).filter(|w| w.sent == head.sent) else {
                continue;
            };
            let ok = head.person_noun
                && !head.norm.starts_with("spokes")
                && match prep.norm {
                    "of" => true,
                    "for" => head.shape.cap,
                    _ => false,
                };
            if !ok {
                continue;
            }
            let Some(&j) = order[k + 1..].iter().find(|&&j| {
                let s = mens[j].ews.unwrap_or(mens[j].ws);
                s == ee + 1 || (s == ee + 2 && words[ee + 1].cl == Some("det"))
            }) else {
                continue;
            };
            let object = mens[j].kind != ActorKind::Pronoun
                && !mens[j].nominal
                && matches!(
                    mens[j].whole_label.or(mens[j].ner),
                    Some(EntityLabel::Organisation | EntityLabel::Location)
                );
            if object {
                mens[i].ner = Some(EntityLabel::Person);
                mens[i].ewe = Some(mens[j].ewe.unwrap_or(mens[j].we));
                mens[j].name_only = true;
            }
        }
    }

    #[inline(never)]
    fn owned_phrases(&self, words: &[W], mens: &mut [Men]) {
        let order = whole_readings_in_order(mens);
        for k in 0..order.len() {
            let i = order[k];
            if mens[i].kind == ActorKind::Pronoun {
                continue;
            }
            let ee = mens[i].ewe.unwrap_or(mens[i].we);
            if !words
                .get(ee)
                .is_some_and(|w| matches!(w.norm, "'s" | "'") && w.sent == mens[i].sent)
            {
                continue;
            }
            let Some(&j) = order[k + 1..].iter().find(|&&j| mens[j].ws > ee) else {
                continue;
            };
            // only lower-case modifiers between ("democratically elected")
            let between_ok = (ee + 1..mens[j].ws).all(|w| {
                let x = &words[w];
                !x.shape.cap && !x.shape.noalpha && x.cl.is_none()
            }) && mens[j].ws - (ee + 1) <= 2;
            // an organisation, or a place noun phrase ("the country 's
            // second - largest city", "the city 's eastern districts")
            let owned = match mens[j].ner {
                Some(EntityLabel::Organisation) => Some(EntityLabel::Organisation),
                Some(EntityLabel::Location) if mens[j].nominal && mens[j].ws == ee + 1 => {
                    Some(EntityLabel::Location)
                }
                _ => None,
            };
            if between_ok && mens[j].sent == mens[i].sent && mens[j].kind != ActorKind::Pronoun {
                let Some(l) = owned else { continue };
                let ewe = mens[j].ewe.unwrap_or(mens[j].we);
                mens[i].ewe = Some(ewe);
                mens[i].whole_label = Some(l);
                mens[j].name_only = true;
            }
        }
    }

    fn orghead_sector(&self, words: &[W], u: &Unit) -> Option<String> {
        (u.ws..u.we)
            .rev()
            .find_map(|w| self.c.orgheads.get(words[w].norm))
            .filter(|s| !s.is_empty())
            .cloned()
    }

    /// "Name, agent of Org [in Place]" and "agent, Name".
    #[inline(never)]
    fn appositions(&self, words: &[W], mens: &mut [Men]) {
        let n = mens.len();
        for i in 0..n {
            let m = &mens[i];
            if !m.actor {
                continue;
            }
            let sep = words.get(m.we).map(|w| w.norm);
            if !matches!(sep, Some(",") | Some("—") | Some("-") | Some("--")) {
                continue;
            }
            // the next actor-ish mention right after the separator
            let Some(j) = (i + 1..n).find(|&j| {
                mens[j].ws > m.we
                    && (mens[j].actor || mens[j].ner.is_some())
                    && mens[j].ner != Some(EntityLabel::Nationality)
            }) else {
                continue;
            };
            if mens[j].ws != m.we + 1 || mens[j].sent != m.sent {
                continue;
            }
            let name_unknown = |x: &Men| {
                matches!(x.kind, ActorKind::Person | ActorKind::Unknown)
                    && x.entry.is_none()
                    && !x.country_known
                    && x.head_agent.is_none()
            };
            // Name, agent ...
            if name_unknown(&mens[i]) && mens[j].head_agent.is_some() {
                let mut code = mens[j].code.clone();
                let mut sector = self.split_code(&code).1;
                let mut country = self.split_code(&code).0;
                // ... of/at/for Org [in Place]
                let after = mens[j].we;
                if words
                    .get(after)
                    .is_some_and(|w| matches!(w.norm, "of" | "at" | "for" | "with" | "from"))
                {
                    if let Some(k) = (j + 1..n).find(|&k| {
                        mens[k].ws > after && mens[k].ner != Some(EntityLabel::Nationality)
                    }) {
                        let gap_ok = mens[k].ws <= after + 2 && mens[k].sent == mens[i].sent;
                        if gap_ok
                            && matches!(mens[k].kind, ActorKind::Organisation | ActorKind::Country)
                            || mens[k].ner == Some(EntityLabel::Organisation)
                            || mens[k].ner == Some(EntityLabel::Location)
                        {
                            let (oc, os) = self.split_code(&mens[k].code);
                            if os.is_some() {
                                sector = os;
                            }
                            if oc.is_some() {
                                country = oc;
                            } else {
                                // "in Washington": the place gives the country
                                let inw = mens[k].we;
                                if words
                                    .get(inw)
                                    .is_some_and(|w| matches!(w.norm, "in" | "based"))
                                {
                                    if let Some(p) = (k + 1..n)
                                        .find(|&p| mens[p].ws > inw && mens[p].ws <= inw + 2)
                                    {
                                        if let Some(e) = &mens[p].entry {
                                            if e.starts_with("country:") || e.starts_with("place:")
                                            {
                                                let (pc, _) = self.split_code(&mens[p].code);
                                                country = pc.or_else(|| {
                                                    let c = mens[p].code.get(..3).unwrap_or("");
                                                    self.country_codes
                                                        .contains(c)
                                                        .then(|| c.to_string())
                                                });
                                            }
                                        }
                                    }
                                }
                            }
                            if mens[k].kind == ActorKind::Organisation && mens[k].code.is_empty() {
                                mens[k].code = format!(
                                    "{}{}",
                                    country.clone().unwrap_or_default(),
                                    sector.clone().unwrap_or_default()
                                );
                                if !mens[k].code.is_empty() {
                                    mens[k].rule = "apposition";
                                }
                            }
                        }
                    }
                }
                code = format!(
                    "{}{}",
                    country.unwrap_or_default(),
                    sector.unwrap_or_default()
                );
                if !code.is_empty() {
                    mens[i].code = code.clone();
                    mens[i].rule = "apposition";
                    mens[i].kind = ActorKind::Person;
                    mens[i].ner = Some(EntityLabel::Person);
                    mens[i].country_known = true;
                    mens[j].code = code;
                    mens[j].antecedent = Some(i);
                    mens[j].rule = "coref-apposition";
                }
                continue;
            }
            // agent, Name
            // (a person: "his Russian counterpart, Sergey Lavrov"; not a
            // body: "5th Special Forces Group, Fort Campbell")
            if mens[i].head_agent.is_some()
                && !mens[i].code.is_empty()
                && mens[i].person_like
                && name_unknown(&mens[j])
            {
                mens[j].code = mens[i].code.clone();
                mens[j].rule = "apposition";
                mens[j].kind = ActorKind::Person;
                mens[j].ner = Some(EntityLabel::Person);
                mens[j].country_known = true;
                mens[j].antecedent = Some(i);
            } else if mens[i].head_agent.is_some()
                && mens[j].entry.is_some()
                && mens[j].kind == ActorKind::Person
            {
                mens[i].antecedent = Some(j);
            }
        }
    }

    #[inline(never)]
    fn coref(&self, words: &[W], mens: &mut [Men]) {
        let n = mens.len();
        for i in 0..n {
            if !mens[i].actor {
                continue;
            }
            // repeated lexicon entity: link to its first mention
            if let Some(e) = mens[i]
                .entry
                .clone()
                .filter(|_| mens[i].head_agent.is_none())
            {
                if mens[i].antecedent.is_none() {
                    if let Some(j) = (0..i)
                        .find(|&j| mens[j].actor && mens[j].entry.as_deref() == Some(e.as_str()))
                    {
                        mens[i].antecedent = Some(j);
                    }
                }
                if mens[i].kind == ActorKind::Organisation
                    && mens[i].rule == "metonym"
                    && mens[i].antecedent.is_none()
                {
                    let code = mens[i].code.clone();
                    if let Some(j) = (0..i)
                        .rev()
                        .find(|&j| mens[j].actor && mens[j].code == code)
                    {
                        mens[i].antecedent = Some(j);
                    }
                }
                continue;
            }
            // surname of an earlier person
            if matches!(mens[i].kind, ActorKind::Unknown | ActorKind::Person)
                && mens[i].code.is_empty()
            {
                let sn = mens[i].surname.clone();
                let full = mens[i].name.clone();
                if let Some(j) = (0..i).rev().find(|&j| {
                    mens[j].actor
                        && mens[j].person_like
                        && (mens[j].kind == ActorKind::Person
                            || mens[j].ner == Some(EntityLabel::Person))
                        && mens[j].we - mens[j].ws >= 1
                        && (mens[j].surname == sn && sn.is_some())
                        && mens[j].name != full
                }) {
                    mens[i].code = mens[j].code.clone();
                    mens[i].name = mens[j].name.clone();
                    mens[i].kind = ActorKind::Person;
                    mens[i].rule = "coref-surname";
                    mens[i].antecedent = Some(j);
                    mens[i].gender = mens[j].gender;
                    mens[i].ner = Some(EntityLabel::Person);
                    continue;
                }
            }
            // definite agent with no country: "the official"
            if mens[i].definite && mens[i].head_agent.is_some() && !mens[i].country_known {
                let h = mens[i].head_agent;
                let pl = mens[i].plural;
                let head_norm = words[mens[i].we - 1].norm.to_string();
                let found = (0..i)
                    .rev()
                    .take(40)
                    .find(|&j| {
                        mens[j].actor
                            && mens[j].head_agent == h
                            && mens[j].plural == pl
                            && mens[j].country_known
                    })
                    .or_else(|| {
                        (0..i).rev().take(40).find(|&j| {
                            mens[j].actor
                                && mens[j].head_agent.is_none()
                                && !mens[j].code.is_empty()
                                && mens[j].we > mens[j].ws + 1
                                && words[mens[j].we - 1].norm == head_norm
                        })
                    });
                if let Some(j) = found {
                    mens[i].code = mens[j].code.clone();
                    mens[i].rule = "coref-definite";
                    mens[i].antecedent = Some(j);
                    mens[i].country_known = true;
                    continue;
                }
            }
            // "his Russian counterpart": sector from the pronoun's antecedent
            if let Some(pw) = mens[i].poss_pron {
                let class = words[pw].cl.unwrap_or("");
                let g = pron_gender(class);
                if let Some(j) = self.antecedent(mens, i, g, class == "poss:pl", words[pw].sent) {
                    let (c, s) = self.split_code(&mens[j].code);
                    if mens[i].inherit || self.split_code(&mens[i].code).1.is_none() {
                        let country = self.split_code(&mens[i].code).0.or(c);
                        mens[i].code = cat(
                            country.as_deref().unwrap_or_default(),
                            s.as_deref().unwrap_or_default(),
                        );
                    } else if !mens[i].country_known {
                        let sec = self.split_code(&mens[i].code).1.unwrap_or_default();
                        mens[i].code = cat(c.as_deref().unwrap_or_default(), &sec);
                    }
                    mens[i].rule = "coref-possessive";
                }
                continue;
            }
            if mens[i].inherit {
                let want = self.split_code(&mens[i].code).0;
                if let Some(j) = (0..i)
                    .rev()
                    .find(|&j| mens[j].actor && mens[j].person_like && !mens[j].code.is_empty())
                {
                    let s = self.split_code(&mens[j].code).1.unwrap_or_default();
                    mens[i].code = cat(want.as_deref().unwrap_or_default(), &s);
                }
            }
            // pronouns
            if mens[i].kind == ActorKind::Pronoun {
                let g = match mens[i].gender {
                    Gender::Unknown => None,
                    g => Some(g),
                };
                if let Some(j) = self.antecedent(mens, i, g, mens[i].plural, mens[i].sent) {
                    mens[i].code = mens[j].code.clone();
                    // a role noun linked to a name ("Alina Polyakova,
                    // president of …") passes that name on
                    let mut k = j;
                    while mens[k].name.is_none() {
                        match mens[k].antecedent {
                            Some(a) if a < k => k = a,
                            _ => break,
                        }
                    }
                    mens[i].name = mens[k].name.clone();
                    mens[i].antecedent = Some(j);
                    if mens[i].gender == Gender::Unknown {
                        mens[i].gender = mens[j].gender;
                    }
                } else {
                    mens[i].actor = false;
                }
            }
        }
    }

    /// One sense per document for names not in the lexicon: an untyped
    /// name takes the type the same name has elsewhere in the document
    /// ("in Tikrit" ... "including Tikrit"), and a one-word name that is
    /// part of a person's name is that person ("Karim Ahmed" ... "Karim").
    #[inline(never)]
    fn one_sense(&self, words: &[W], mens: &mut [Men]) {
        // (the key of a mention's name, [`name_key`], is written into one
        // buffer: no allocation per mention)
        let mut kb = String::new();
        let mut typed: crate::matcher::FxMap<String, EntityLabel> =
            crate::matcher::FxMap::default();
        let mut miscs: FxSet<String> = mens
            .iter()
            .filter(|m| m.misc)
            .map(|m| name_key(words, m, &mut kb).to_string())
            .collect();
        // the name after a capitalised `misc` word that opens it names that
        // thing in its other mentions too ("FS Forbin" ... "Forbin is
        // committed", "Operation Inherent Resolve" ... "Inherent Resolve")
        for m in mens.iter() {
            if m.kind == ActorKind::Unknown
                && m.ner.is_none()
                && m.we > m.ws + 1
                && words[m.ws].cl == Some("misc")
                && words[m.ws].shape.cap
                && words[m.ws + 1..m.we]
                    .iter()
                    .all(|w| w.shape.cap && w.id == 0)
            {
                miscs.insert(
                    words[m.ws + 1..m.we]
                        .iter()
                        .map(|w| w.norm)
                        .collect::<Vec<_>>()
                        .join(" "),
                );
            }
        }
        let mut person_words: FxSet<&str> = FxSet::default();
        for m in mens.iter() {
            let Some(l) = m.ner else { continue };
            if m.nominal || m.kind == ActorKind::Pronoun {
                continue;
            }
            if m.kind == ActorKind::Unknown || m.name.is_some() {
                let k = name_key(words, m, &mut kb);
                if !typed.contains_key(k) {
                    typed.insert(k.to_string(), l);
                }
            }
            if l == EntityLabel::Person {
                let s = m.name_ws.unwrap_or(m.ws);
                for w in &words[s.max(m.ws)..m.we] {
                    if w.shape.cap && !w.shape.upper && w.norm.len() >= 3 {
                        person_words.insert(w.norm);
                    }
                }
            }
        }
        // a town's name that is the surname of a person named in the
        // document is that person ("Scott C. Dayton ... Dayton was"); a
        // one-word name only guessed a person (as a subject) is a place
        // when it is one elsewhere ("the liberation of Sinjar ... Sinjar
        // is free")
        let mut places: FxSet<String> = FxSet::default();
        // the first word of a longer organisation name not in the lexicon
        // ("Alsumaria News" ... "Alsumaria produces"): organisations are
        // shortened to their first word, people to their last
        let mut org_first: FxSet<&str> = FxSet::default();
        for m in mens.iter() {
            if m.ner == Some(EntityLabel::Organisation)
                && m.entry.is_none()
                && !m.nominal
                && m.we > m.ws + 1
                && m.name_ws.is_none_or(|n| n == m.ws)
                && words[m.ws].shape.cap
                && !words[m.ws].shape.upper
                && words[m.ws].cl.is_none()
                && words[m.ws].id == 0
                && !words[m.ws].first
            {
                org_first.insert(words[m.ws].norm);
            }
        }
        if !org_first.is_empty() {
            // not a word of a longer person's name
            for m in mens.iter() {
                if m.ner == Some(EntityLabel::Person) && m.we > m.ws + 1 {
                    for w in &words[m.ws..m.we] {
                        org_first.remove(w.norm);
                    }
                }
            }
        }
        let guessed = mens.iter().any(|m| {
            m.we == m.ws + 1
                && m.ner == Some(EntityLabel::Person)
                && m.kind == ActorKind::Unknown
                && !words[m.ws].first
        });
        for m in mens.iter().filter(|_| guessed) {
            if m.ner == Some(EntityLabel::Location)
                && !m.nominal
                && m.we == m.ws + 1
                && m.name_ws.is_none_or(|n| n == m.ws)
            {
                let k = name_key(words, m, &mut kb);
                if !places.contains(k) {
                    places.insert(k.to_string());
                }
            }
        }
        for m in mens.iter_mut() {
            if !miscs.is_empty()
                && m.entry.is_none()
                && m.code.is_empty()
                && matches!(
                    m.kind,
                    ActorKind::Unknown | ActorKind::Person | ActorKind::Organisation
                )
                && !m.nominal
                && miscs.contains(name_key(words, m, &mut kb))
            {
                m.ner = None;
                m.actor = false;
                continue;
            }
            let one = m.we == m.ws + 1 && m.ews.is_none() && m.ewe.is_none();
            if one
                && m.ner == Some(EntityLabel::Location)
                && m.entry.as_deref().is_some_and(|e| e.starts_with("place:"))
                && !m.capital
                && person_words.contains(words[m.ws].norm)
            {
                m.ner = Some(EntityLabel::Person);
                continue;
            }
            if one
                && m.ner == Some(EntityLabel::Person)
                && m.entry.is_none()
                && matches!(m.kind, ActorKind::Unknown | ActorKind::Person)
                && m.code.is_empty()
                && !words[m.ws].first
                && org_first.contains(words[m.ws].norm)
            {
                m.ner = Some(EntityLabel::Organisation);
                if m.kind == ActorKind::Person {
                    m.kind = ActorKind::Organisation;
                }
                continue;
            }
            if one
                && m.ner == Some(EntityLabel::Person)
                && m.kind == ActorKind::Unknown
                && !words[m.ws].first
                && places.contains(name_key(words, m, &mut kb))
            {
                m.ner = Some(EntityLabel::Location);
                m.actor = false;
                continue;
            }
            if m.ner.is_some() || m.kind != ActorKind::Unknown {
                continue;
            }
            if let Some(&l) = typed.get(name_key(words, m, &mut kb)) {
                m.ner = Some(l);
            } else if m.we == m.ws + 1 && person_words.contains(words[m.ws].norm) {
                m.ner = Some(EntityLabel::Person);
            }
        }
    }

    /// A one-word name left untyped that is the object of a preposition
    /// of direction or extent ("to Madaya", "between Babylonia and ...",
    /// "out of Kobane"), of "of" after a common noun ("the liberation of
    /// Tikrit") or of a verb of taking, freeing or moving ("fled
    /// Karabilah", "including Tikrit") is a place.
    #[inline(never)]
    fn place_objects(&self, doc: &Document, words: &[W], has_pos: bool, mens: &mut [Men]) {
        for m in mens.iter_mut() {
            let untyped = m.kind == ActorKind::Unknown
                && m.ner.is_none()
                && m.name.is_some()
                && m.code.is_empty()
                && m.we == m.ws + 1;
            if !untyped {
                continue;
            }
            let w = &words[m.ws];
            if !w.shape.cap
                || w.shape.upper
                || w.cl.is_some()
                || w.norm.chars().any(|c| c.is_ascii_digit())
                || w.norm.ends_with("ism")
                || m.ws == 0
                || words[m.ws - 1].sent != w.sent
            {
                continue;
            }
            let quoted = |i: usize| {
                words
                    .get(i)
                    .is_some_and(|q| q.sent == w.sent && matches!(q.norm, "\"" | "“" | "”" | "'"))
            };
            if quoted(m.ws - 1) || quoted(m.we) {
                continue;
            }
            let out_of = words[m.ws - 1].norm == "of" && m.ws >= 2 && words[m.ws - 2].norm == "out";
            let place = if has_pos {
                let Some(ti) = w.tok else { continue };
                let toks = &doc.tokens;
                let Some(t) = toks.get(ti) else { continue };
                if t.upos != "PROPN" {
                    continue;
                }
                // the preposition right before it, not inside a title
                // ("30 Seconds to Mars")
                let case = ti
                    .checked_sub(1)
                    .filter(|&c| toks[c].head == Some(ti) && toks[c].deprel == "case")
                    .filter(|_| {
                        m.ws < 2
                            || words[m.ws - 2].sent != w.sent
                            || !words[m.ws - 2].shape.cap
                            || m.ws - 2 == words_sent_start(words, m.ws)
                    })
                    .map(|c| toks[c].lemma.to_lowercase());
                let gov = t.head.and_then(|h| toks.get(h));
                let lower = |g: &gesta_document::Token| {
                    doc.text
                        .get(g.start..g.end)
                        .is_some_and(|x| x.chars().all(|c| c.is_lowercase()))
                };
                match (t.deprel.as_str(), case.as_deref()) {
                    ("obl" | "nmod" | "conj", Some(p)) if self.cues.place_prep(p, true) => true,
                    ("nmod" | "obl", Some("of")) => {
                        out_of
                            || gov.is_some_and(|g| {
                                g.upos == "NOUN"
                                    && lower(g)
                                    && self.cues.place_of(g.lemma.as_str(), true)
                            })
                    }
                    ("obj", None) => gov.is_some_and(|g| {
                        g.upos == "VERB" && self.cues.place_verb.contains(g.lemma.as_str())
                    }),
                    _ => false,
                }
            } else {
                let p = words[m.ws - 1].norm;
                self.cues.place_prep(p, false)
                    || out_of
                    || (p == "of" && m.ws >= 2 && self.cues.place_of(words[m.ws - 2].norm, false))
            };
            if place {
                m.ner = Some(EntityLabel::Location);
                m.actor = false;
            }
        }
    }

    /// A name not in the lexicon that opens a sentence defining it takes
    /// the type of the defining noun: "Aisby is a village in …" (a place
    /// noun: Location), "Alsumaria News ( Arabic : … ) is an independent
    /// Iraqi satellite TV network" (an organisation head: Organisation),
    /// "X was a British architect" (a person noun: Person). The noun is the
    /// last word before a preposition, conjunction, relative word or
    /// punctuation; a noun that is both a place and an organisation head
    /// ("university", "school") decides nothing.
    #[inline(never)]
    fn definitions(&self, words: &[W], mens: &mut [Men]) {
        for m in mens.iter_mut() {
            if !matches!(
                m.kind,
                ActorKind::Unknown | ActorKind::Person | ActorKind::Organisation
            ) || m.entry.is_some()
                || m.nominal
                || m.name.is_none()
                || !m.code.is_empty()
                || m.we >= words.len()
            {
                continue;
            }
            let sent = words[m.ws].sent;
            // at the start of the sentence (after an article or a quote)
            let mut b = m.ws;
            while b > 0
                && words[b - 1].sent == sent
                && (words[b - 1].cl == Some("det") || matches!(words[b - 1].norm, "\"" | "“" | "'"))
            {
                b -= 1;
            }
            if b > 0 && words[b - 1].sent == sent {
                continue;
            }
            let mut k = m.we;
            let at = |k: usize| words.get(k).filter(|w| w.sent == sent);
            // a parenthesis after the name ("( Arabic : … )")
            if at(k).is_some_and(|w| w.norm == "(") {
                let close = (k + 1..(k + 60).min(words.len()))
                    .take_while(|&i| words[i].sent == sent)
                    .find(|&i| words[i].norm == ")");
                let Some(c) = close else { continue };
                k = c + 1;
            }
            if !at(k).is_some_and(|w| matches!(w.norm, "is" | "was")) {
                continue;
            }
            k += 1;
            if at(k).is_some_and(|w| matches!(w.norm, "also" | "now")) {
                k += 1;
            }
            if !at(k).is_some_and(|w| matches!(w.norm, "a" | "an" | "the")) {
                continue;
            }
            k += 1;
            let k0 = k;
            let mut head = None;
            while let Some(w) = at(k) {
                if w.shape.noalpha
                    || k >= k0 + 8
                    || matches!(
                        w.norm,
                        "of" | "in"
                            | "on"
                            | "at"
                            | "near"
                            | "for"
                            | "from"
                            | "with"
                            | "by"
                            | "and"
                            | "or"
                            | "that"
                            | "which"
                            | "who"
                            | "whose"
                            | "where"
                            | "located"
                            | "situated"
                            | "based"
                    )
                {
                    break;
                }
                head = Some(w);
                k += 1;
            }
            let Some(h) = head else { continue };
            if h.shape.cap {
                continue;
            }
            if h.cl == Some("misc") {
                m.ner = None;
                m.actor = false;
                m.misc = true;
                continue;
            }
            let place = h.cl == Some("placenoun");
            let label = if place && !h.orghead {
                EntityLabel::Location
            } else if h.orghead && !place {
                EntityLabel::Organisation
            } else if h.person_noun && !place {
                EntityLabel::Person
            } else {
                continue;
            };
            m.ner = Some(label);
            match label {
                EntityLabel::Location => m.actor = false,
                EntityLabel::Organisation if m.kind == ActorKind::Person => {
                    m.kind = ActorKind::Organisation
                }
                _ => {}
            }
        }
    }

    /// Military and other numbered units: an ordinal right before an
    /// organisation name (or a person named by a unit's title) belongs to
    /// it ("the 65th Air Division", "Jordanian 71st Counter Terrorism
    /// Battalion", "507th Maintenance Group Commander"); once such a unit
    /// is named, "the 65th" alone (as a noun: not before another noun) is
    /// the same Organisation, and so is "the 65th wing" with a lower-case
    /// organisation head.
    #[inline(never)]
    fn ordinal_units(&self, doc: &Document, words: &[W], has_pos: bool, mens: &mut Vec<Men>) {
        let ordinal = |w: &W| -> bool {
            let n = w.norm;
            n.len() >= 3
                // (the first digit first: it rules out almost every word)
                && n.as_bytes()[0].is_ascii_digit()
                && (n.ends_with("st")
                    || n.ends_with("nd")
                    || n.ends_with("rd")
                    || n.ends_with("th"))
                && n[..n.len() - 2].bytes().all(|b| b.is_ascii_digit())
        };
        // a number after an organisation name not in the lexicon is part of
        // it ("CTF 50", "Radio 4"), when no noun follows ("CTF 50 ships")
        for m in mens.iter_mut() {
            let e = m.ewe.unwrap_or(m.we);
            if m.ner != Some(EntityLabel::Organisation)
                || m.nominal
                || m.entry.is_some()
                || m.kind == ActorKind::Pronoun
                || m.name_we.is_some_and(|n| n != m.we)
                || !words[e - 1].shape.cap
            {
                continue;
            }
            let Some(n) = words.get(e).filter(|n| n.sent == words[e - 1].sent) else {
                continue;
            };
            if !(1..=3).contains(&n.norm.len()) || !n.norm.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let free = words.get(e + 1).is_none_or(|a| {
                a.sent != n.sent
                    || a.shape.noalpha
                    || if has_pos {
                        a.tok.and_then(|t| doc.tokens.get(t)).is_some_and(|t| {
                            !matches!(t.upos.as_str(), "NOUN" | "PROPN" | "ADJ" | "NUM")
                        })
                    } else {
                        matches!(a.norm, "and" | "or" | "is" | "was" | "will" | "has")
                    }
            });
            if !free {
                continue;
            }
            if m.ewe.is_some() {
                m.ewe = Some(e + 1);
            }
            if m.we == e {
                m.we = e + 1;
            }
        }
        let mut units: FxSet<&str> = FxSet::default();
        for m in mens.iter_mut() {
            if !matches!(m.ner, Some(EntityLabel::Organisation | EntityLabel::Person)) {
                continue;
            }
            let s = m.ews.unwrap_or(m.ws);
            let w = &words[s];
            if s == 0 || !w.shape.cap || w.cl.is_some() || m.kind == ActorKind::Pronoun {
                continue;
            }
            let o = &words[s - 1];
            if o.sent != w.sent || !ordinal(o) {
                continue;
            }
            if m.ews.is_some() {
                m.ews = Some(s - 1);
            }
            if m.ws == s {
                m.ws = s - 1;
                if m.name_ws == Some(s) {
                    m.name_ws = Some(s - 1);
                }
            }
            if m.ner == Some(EntityLabel::Organisation) {
                units.insert(o.norm);
            }
        }
        // with the parse, "the 139th" as a subject is a unit even when its
        // full name is not in the document ("The 139th was formed at …")
        let subject = |w: &W| {
            has_pos
                && w.tok
                    .and_then(|t| doc.tokens.get(t))
                    .is_some_and(|t| matches!(t.deprel.as_str(), "nsubj" | "nsubj:pass"))
        };
        if units.is_empty() && !(has_pos && words.iter().any(|w| ordinal(w) && subject(w))) {
            return;
        }
        let mut covered = vec![false; words.len()];
        for m in mens.iter() {
            for c in covered
                .iter_mut()
                .take(m.ewe.unwrap_or(m.we).max(m.we))
                .skip(m.ews.unwrap_or(m.ws).min(m.ws))
            {
                *c = true;
            }
        }
        for i in 1..words.len() {
            let w = &words[i];
            if covered[i]
                || covered[i - 1]
                || !(units.contains(w.norm) || (ordinal(w) && subject(w)))
                || words[i - 1].sent != w.sent
                || words[i - 1].norm != "the"
            {
                continue;
            }
            let next = words.get(i + 1).filter(|n| n.sent == w.sent);
            let head = next.is_some_and(|n| n.orghead && !n.shape.cap);
            let alone = match next {
                None => true,
                Some(n) if n.shape.noalpha => true,
                Some(n) => {
                    if has_pos {
                        let up = |x: &W| {
                            x.tok
                                .and_then(|t| doc.tokens.get(t))
                                .map(|t| t.upos.as_str())
                        };
                        matches!(
                            up(n),
                            Some("VERB" | "AUX" | "ADV" | "ADP" | "CCONJ" | "SCONJ")
                        )
                    } else {
                        !n.shape.cap
                            && (n.norm.ends_with("ed")
                                || matches!(
                                    n.norm,
                                    "was"
                                        | "is"
                                        | "were"
                                        | "had"
                                        | "has"
                                        | "also"
                                        | "along"
                                        | "and"
                                ))
                    }
                }
            };
            if !head && !alone {
                continue;
            }
            let we = if head { i + 2 } else { i + 1 };
            mens.push(Men {
                ws: i - 1,
                we,
                name_ws: Some(i),
                sent: w.sent,
                ner: Some(EntityLabel::Organisation),
                ..Default::default()
            });
        }
    }

    /// An untyped name listed right after a place is a place: "in Qamenas,
    /// Sarmin and Talamenes", "between Husaybah and Karabilah".
    #[inline(never)]
    fn listed_places(&self, words: &[W], mens: &mut [Men]) {
        let mut order: Vec<usize> = (0..mens.len()).collect();
        order.sort_by_key(|&i| (mens[i].ws, std::cmp::Reverse(mens[i].we)));
        for k in 1..order.len() {
            let (a, b) = (order[k - 1], order[k]);
            let place = mens[a].ner == Some(EntityLabel::Location) && !mens[a].nominal;
            let untyped = mens[b].kind == ActorKind::Unknown
                && mens[b].ner.is_none()
                && mens[b].name.is_some()
                && mens[b].code.is_empty();
            if !place || !untyped || mens[a].sent != mens[b].sent || mens[b].ws <= mens[a].we {
                continue;
            }
            let gap: Vec<&str> = words[mens[a].we..mens[b].ws]
                .iter()
                .map(|w| w.norm)
                .collect();
            // after a bare comma only inside a list (a comma or
            // conjunction before the place or after the name; "Syria , High Representative
            // Federica Mogherini said" is no list)
            let listy = |w: Option<&W>| {
                w.is_some_and(|w| {
                    w.sent == words[mens[a].ws].sent && matches!(w.norm, "," | "and" | "or")
                })
            };
            // or ending the clause ("Aringay , Pangasinan ( …")
            let sa = words[mens[a].ws].sent;
            let list = gap.as_slice() != [","]
                || listy(mens[a].ws.checked_sub(1).map(|i| &words[i]))
                || listy(words.get(mens[b].we))
                || words
                    .get(mens[b].we)
                    .is_none_or(|w| w.sent != sa || w.shape.noalpha);
            if list
                && matches!(
                    gap.as_slice(),
                    [","] | ["and"] | ["or"] | [",", "and"] | [",", "or"]
                )
            {
                mens[b].ner = Some(EntityLabel::Location);
                mens[b].actor = false;
            }
        }
    }

    /// Nearest compatible antecedent before mention `i`: the current
    /// sentence first (subjects first), then up to two sentences back.
    fn antecedent(
        &self,
        mens: &[Men],
        i: usize,
        g: Option<Gender>,
        plural: bool,
        sent: usize,
    ) -> Option<usize> {
        let compatible = |m: &Men| -> bool {
            if !m.actor || m.code.is_empty() {
                return false;
            }
            if plural {
                m.plural && !m.person_like
            } else {
                m.person_like
                    && !m.plural
                    && match g {
                        Some(g) => m.gender == g || m.gender == Gender::Unknown,
                        None => true,
                    }
            }
        };
        let ws = mens[i].ws;
        for back in 0..3usize {
            let Some(s) = sent.checked_sub(back) else {
                break;
            };
            let cands: Vec<usize> = (0..i)
                .filter(|&j| mens[j].sent == s && mens[j].ws < ws && compatible(&mens[j]))
                .collect();
            if cands.is_empty() {
                continue;
            }
            // prefer a subject, then a named person, then the first one
            if let Some(&j) = cands
                .iter()
                .find(|&&j| mens[j].subject && mens[j].kind != ActorKind::Pronoun)
            {
                return Some(j);
            }
            if back == 0 {
                return cands.first().copied();
            }
            if let Some(&j) = cands.iter().find(|&&j| mens[j].kind == ActorKind::Person) {
                return Some(j);
            }
            return cands.first().copied();
        }
        None
    }
}

/// "the counter - ISIL coalition", "pro - Assad forces": a "pro-", "anti-"
/// or "counter-" prefix split off by the tokenizer belongs to the group it
/// qualifies (whole-phrase reading only).
#[inline(never)]
fn prefixed_groups(words: &[W], mens: &mut [Men]) {
    for m in mens.iter_mut() {
        if m.kind == ActorKind::Pronoun
            || m.whole_label.or(m.ner) != Some(EntityLabel::Organisation)
        {
            continue;
        }
        let s = m.ews.unwrap_or(m.ws);
        // "so - called Islamic State", "the so-called caliphate"
        let so_called = |a: usize| {
            a >= 3
                && words[a - 1].norm == "called"
                && words[a - 2].norm == "-"
                && words[a - 3].norm == "so"
                && words[a - 3].sent == words[s].sent
        };
        if so_called(s) || (s >= 1 && words[s - 1].norm == "so-called") {
            let mut ns = if so_called(s) { s - 3 } else { s - 1 };
            if ns > 0 && words[ns - 1].sent == words[s].sent && words[ns - 1].cl == Some("det") {
                ns -= 1;
            }
            m.ews = Some(ns);
            continue;
        }
        // a group, not a name used as a modifier ("counter - ISIL
        // operations": an adjective, no entity of the whole-phrase reading;
        // its CoNLL name stays)
        if m.ewe.unwrap_or(m.we) < s + 2 {
            let prefixed = s >= 2
                && words[s - 1].norm == "-"
                && words[s - 2].sent == words[s].sent
                && matches!(words[s - 2].norm, "pro" | "anti" | "counter");
            let modifies = words.get(m.ewe.unwrap_or(m.we)).is_some_and(|n| {
                n.sent == words[s].sent && !n.shape.cap && !n.shape.noalpha && n.cl.is_none()
            });
            if prefixed && modifies && !m.nominal {
                m.name_only = true;
            }
            continue;
        }
        if s < 2 || words[s - 1].norm != "-" || words[s - 2].sent != words[s].sent {
            continue;
        }
        if !matches!(words[s - 2].norm, "pro" | "anti" | "counter") {
            continue;
        }
        let mut ns = s - 2;
        if ns > 0 && words[ns - 1].sent == words[s].sent && words[ns - 1].cl == Some("det") {
            ns -= 1;
        }
        m.ews = Some(ns);
    }
}

/// Geographic coordinates are Locations (re3d marks them): a run of
/// numbers, degree/minute/second signs and the hemisphere letters with a
/// degree sign, a latitude letter (N/S) and ending in a longitude letter
/// (E/W): "33 ° 30 ′ 21 ″ N 36 ° 16 ′ 11 ″ E", "33 . 783 ° N 44 . 500 ° E";
/// in a sentence with one, a decimal pair "33 . 783 ; 44 . 500" too. A
/// whole-phrase reading only (not a CoNLL name).
#[inline(never)]
fn coordinates(text: &str, words: &[W], sents: &[(usize, usize)], mens: &mut Vec<Men>) {
    let sf = |w: &W| text.get(w.start..w.end).unwrap_or("");
    let num = |w: &W| !w.norm.is_empty() && w.norm.chars().all(|c| c.is_ascii_digit());
    let sign = |w: &W| matches!(sf(w), "°" | "′" | "″" | "'" | "\"" | "''" | "." | "’" | "”");
    let hemi = |w: &W, ew: bool| {
        if ew {
            matches!(sf(w), "E" | "W")
        } else {
            matches!(sf(w), "N" | "S")
        }
    };
    if !text.contains('°') {
        return;
    }
    for &(s0, s1) in sents {
        if !words[s0..s1].iter().any(|w| sf(w) == "°") {
            continue;
        }
        let mut found = false;
        let mut i = s0;
        while i < s1 {
            if !num(&words[i]) {
                i += 1;
                continue;
            }
            // a run of numbers and signs up to N/S, then again up to E/W
            let mut j = i;
            let mut ok = false;
            let mut lat = false;
            let mut deg = false;
            while j < s1 {
                let w = &words[j];
                if num(w) || sign(w) {
                    deg |= sf(w) == "°";
                    j += 1;
                } else if !lat && hemi(w, false) && deg {
                    lat = true;
                    deg = false;
                    j += 1;
                } else if lat && hemi(w, true) && deg {
                    ok = true;
                    j += 1;
                    break;
                } else {
                    break;
                }
            }
            if ok {
                found = true;
                mens.push(Men {
                    ws: i,
                    we: j,
                    sent: words[i].sent,
                    ner: Some(EntityLabel::Location),
                    nominal: true,
                    ..Default::default()
                });
                i = j;
                continue;
            }
            // "33 . 783 ; 44 . 500" after a coordinate
            let pair = found
                && i + 7 <= s1
                && num(&words[i + 2])
                && num(&words[i + 4])
                && num(&words[i + 6])
                && sf(&words[i + 1]) == "."
                && sf(&words[i + 3]) == ";"
                && sf(&words[i + 5]) == "."
                && words
                    .get(i + 7)
                    .is_none_or(|w| w.sent != words[i].sent || !num(w));
            if pair {
                mens.push(Men {
                    ws: i,
                    we: i + 7,
                    sent: words[i].sent,
                    ner: Some(EntityLabel::Location),
                    nominal: true,
                    ..Default::default()
                });
                i += 7;
                continue;
            }
            i += 1;
        }
    }
}

/// Adds the word `text[s..e]` to `words`, its normal form to `buf` (or
/// none: a word that is its own normal form is a slice of the text).
// (always inlined: for the common word, one that is its own normal form,
// the call cost about as much as the work)
#[inline(always)]
fn push_word(
    words: &mut Vec<WordDraft>,
    buf: &mut String,
    text: &str,
    (s, e): (usize, usize),
    tok: Option<usize>,
    sent: usize,
) {
    let t = &text[s..e];
    let a = buf.len();
    let (shape, norm, in_text, hyphen) = match crate::norm::ascii_shape(t) {
        // its own normal form: a slice of the text
        Some((shape, false, hyphen)) => (shape, (s, e), true, Some(hyphen)),
        Some((shape, true, hyphen)) => {
            buf.push_str(t);
            buf[a..].make_ascii_lowercase();
            (shape, (a, buf.len()), false, Some(hyphen))
        }
        None => {
            crate::norm::norm_push(t, buf);
            (shape(t), (a, buf.len()), false, None)
        }
    };
    words.push(WordDraft {
        start: s,
        end: e,
        norm,
        in_text,
        hyphen,
        shape,
        tok,
        sent,
    });
}

/// The key [`ActorRecognizer::one_sense`] knows a mention's name by: the
/// normal forms of its name's words joined by spaces, written into `buf`.
fn name_key<'b>(words: &[W], m: &Men, buf: &'b mut String) -> &'b str {
    let s = m
        .name_ws
        .unwrap_or(m.ws)
        .clamp(m.ws, m.we.saturating_sub(1));
    buf.clear();
    for (k, w) in words[s..m.we].iter().enumerate() {
        if k > 0 {
            buf.push(' ');
        }
        buf.push_str(w.norm);
    }
    buf
}

/// Indexes of the mentions with a whole-phrase entity reading (typed, not
/// a CoNLL-only name), by start, the longest first at one start.
fn whole_readings_in_order(mens: &[Men]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..mens.len())
        .filter(|&i| mens[i].ner.is_some() && !mens[i].name_only)
        .collect();
    order.sort_by_key(|&i| (mens[i].ws, std::cmp::Reverse(mens[i].we)));
    order
}

/// Index of the first word of the sentence of word `i`.
/// Moves unit `k` out of `v` (leaving a punctuation unit behind).
fn take_unit<'a>(v: &mut [Unit<'a>], k: usize) -> Unit<'a> {
    let u = &mut v[k];
    Unit {
        ws: u.ws,
        we: u.we,
        u: std::mem::replace(&mut u.u, U::Punct),
    }
}

fn words_sent_start(words: &[W], i: usize) -> usize {
    let s = words[i].sent;
    let mut k = i;
    while k > 0 && words[k - 1].sent == s {
        k -= 1;
    }
    while k < i && words[k].shape.noalpha {
        k += 1;
    }
    k
}

fn is_name_unit(r: &ActorRecognizer, u: &Unit) -> bool {
    match &u.u {
        U::Name(_) => true,
        U::Entry(es) => {
            matches!(es.first(), Some(EntryRef::Person(_))) && {
                let _ = r;
                true
            }
        }
        _ => false,
    }
}

/// `a` followed by `b`, in a new string (as `format!("{a}{b}")`).
fn cat(a: &str, b: &str) -> String {
    let mut s = String::with_capacity(a.len() + b.len());
    s.push_str(a);
    s.push_str(b);
    s
}

impl Annotator for ActorRecognizer {
    fn annotate(&self, doc: &mut Document) {
        // (the entity readings are not kept: not built)
        let rec = self.recognize_with(doc, false);
        doc.actors = rec.actors;
    }
}

/// Resolves `text` as of `date` with the recognizer (no parse): the
/// actors found, for `gesta lexicon lookup`.
pub fn lookup(r: &ActorRecognizer, text: &str, date: Option<&str>) -> Vec<ActorMention> {
    let mut d = Document::new("lookup", text);
    d.date = date.map(str::to_string);
    r.recognize_with(&d, false).actors
}
