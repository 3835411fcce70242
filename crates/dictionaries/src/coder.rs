//! A dictionary-driven event coder implementing TABARI's shallow,
//! sequence-based algorithm (TABARI 0.8 manual, chapters 5-7) over gesta
//! tokens.
//!
//! Per sentence: words are upper-cased and filtered like TABARI's input
//! filter; every word is classified against the actors, agents, verbs,
//! nouns and adjectives (longest phrase first); verbs after a determiner
//! or capitalised mid-sentence become nouns; null-coded actors (at the
//! document date) become nouns; agents compose with an adjacent actor;
//! parsed compound actors are found; pronouns are coreferenced;
//! comma-delimited nonrestrictive clauses are removed; the sentence is
//! split into clauses at conjunctions; in each clause the verbs are tried
//! left to right and each verb's patterns longest first; the source and
//! target come from `$ + %` or TABARI's default search; passive voice
//! swaps them; paired codes and compounds multiply the events.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use gesta_document::{ActorKind, ActorMention, Annotator, Document, Event, EventActor, SpanText};

use crate::actors::{read_actors, ActorEntry};
use crate::agents::{compose_codes, read_agents, AgentEntry, Compose};
use crate::common::{resolve_codes, DictDate, Link, Phrase};
use crate::error::{DictError, LoadError};
use crate::lists::{read_discards, Discard};
use crate::tabari::{read_project, CodeBy, TabariOptions};
use crate::verbs::{read_verbs, Element, Item, VerbCode, VerbDict};

/// A compiled dictionary word.
#[derive(Debug, Clone, PartialEq)]
struct CWord {
    text: String,
    stem: bool,
    no_endings: bool,
    next: Link,
}

/// A compiled pattern element.
#[derive(Debug, Clone, PartialEq)]
enum CElem {
    Word(CWord),
    Synset(usize),
    Verb,
    Source,
    Target,
    Compound,
    Skip,
    Alt(Vec<Vec<CItem>>),
}

#[derive(Debug, Clone, PartialEq)]
struct CItem {
    elem: CElem,
    next: Link,
}

#[derive(Debug, Clone)]
struct CPattern {
    pre: Vec<CItem>,
    /// Link from the verb to the first post item.
    verb_next: Link,
    post: Vec<CItem>,
    code: VerbCode,
    raw: String,
    length: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Actor,
    Agent,
    Verb,
    Noun,
    Adj,
}

/// A dictionary phrase that can tag text words.
#[derive(Debug, Clone)]
struct Entry {
    words: Vec<CWord>,
    kind: Kind,
    /// Index into actors / agents / verb blocks.
    index: usize,
    /// Match priority: character length.
    len: usize,
}

/// The TABARI-style coder. Build with [`DictCoder::from_spec`].
pub struct DictCoder {
    actors: Vec<ActorEntry>,
    agents: Vec<AgentEntry>,
    verbs: VerbDict,
    /// Per verb block: compiled patterns (longest first) and root code.
    blocks: Vec<(Vec<CPattern>, Option<VerbCode>)>,
    synsets: Vec<Vec<Vec<CItem>>>,
    entries: Vec<Entry>,
    index: HashMap<String, Vec<usize>>,
    discards: Vec<Discard>,
    /// Coding options (TABARI `.options`; defaults for Phoenix).
    pub options: TabariOptions,
    /// Problems met while loading (skipped dictionary lines).
    pub load_errors: Vec<DictError>,
    /// PETRARCH/Phoenix dictionaries: PETRARCH's noun-phrase readings
    /// (agents distribute over compounds, `AGENT FROM ACTOR`, a
    /// possessive actor is absorbed by the actor noun phrase it
    /// modifies, unknown modifiers allowed inside compounds).
    pub petrarch: bool,
}

/// Why a sentence produced no event, or that it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Coded,
    /// A discard phrase or code was found.
    Discard,
    /// A complex code or a complexity condition.
    Complex,
    /// Fewer words than `SET: MINIMUM WORDS`.
    TooShort,
}

/// One coded event of a sentence, with word positions.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedEvent {
    pub source: String,
    pub target: String,
    pub code: String,
    /// Word index (in the sentence's filtered words) of the verb.
    pub verb: usize,
    pub source_word: Option<usize>,
    pub target_word: Option<usize>,
    pub pattern: Option<String>,
}

/// The result of coding one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceCoding {
    pub outcome: Outcome,
    pub events: Vec<CodedEvent>,
    /// The filtered words with the document token range of each.
    pub words: Vec<(String, usize, usize)>,
    /// Actor mentions found: (first word, end word, codes).
    pub actors: Vec<(usize, usize, Vec<String>)>,
    /// The code to forward to a following sentence's leading pronoun
    /// (`FORWARD:`): the first code of the first actor before a verb,
    /// without its agents.
    pub forward: Option<String>,
}

const ENDINGS: [&str; 8] = ["S", "ES", "ED", "EN", "ING", "'S", "'", "S'"];

fn word_match(w: &CWord, t: &str) -> bool {
    word_match_at(w, t, true)
}

/// Pattern literals: a stem matches a prefix, a word closed by `_` (or
/// `=`) only itself (no regular endings in patterns: TABARI validation
/// SYNSET-19b, SYNSET-21b, NOUNEND-13).
fn pattern_word_match(w: &CWord, t: &str) -> bool {
    if w.stem {
        t.starts_with(w.text.as_str())
    } else {
        t == w.text
    }
}

/// Verb roots take verb endings only (S, ES, ED, EN, ING), not the
/// possessive (NOUNEND-12).
fn verb_word_match(w: &CWord, t: &str, last: bool) -> bool {
    if t.contains('\'') && !w.text.contains('\'') {
        return false;
    }
    word_match_at(w, t, last)
}

/// Regular endings apply only to the last word of a phrase (TABARI 5.2.3).
fn word_match_at(w: &CWord, t: &str, last: bool) -> bool {
    if t == w.text {
        return true;
    }
    match t.strip_prefix(w.text.as_str()) {
        None => {
            // DEPLORE_ -> DEPLORING
            if last && !w.no_endings && !w.stem {
                if let Some(stem) = w.text.strip_suffix('E') {
                    return t.strip_prefix(stem).is_some_and(|r| r == "ING");
                }
            }
            false
        }
        Some(_) if w.stem => true,
        Some(_) if w.no_endings || !last => false,
        Some(rest) => ENDINGS.contains(&rest) || (rest == "D" && w.text.ends_with('E')),
    }
}

/// Splits dictionary words on hyphens (TABARI turns text hyphens into
/// blanks, and dictionary hyphens into `_`).
fn compile_words(p: &Phrase) -> Vec<CWord> {
    let mut out = Vec::new();
    for w in &p.words {
        push_word(&mut out, &w.text, w.stem, w.no_endings, w.next);
    }
    out
}

fn push_word(out: &mut Vec<CWord>, text: &str, stem: bool, no_endings: bool, next: Link) {
    // Treebank-style clitics written as words (`DID N'T`) join the previous
    // word, as the text filter joins them.
    if text.starts_with('\'') || text == "N'T" {
        if let Some(prev) = out.last_mut() {
            prev.text.push_str(text);
            prev.stem = stem;
            prev.no_endings = no_endings;
            prev.next = next;
            return;
        }
    }
    let parts: Vec<&str> = text.split('-').collect();
    let n = parts.len();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == n;
        if part.is_empty() {
            // Trailing hyphen: the previous part is exact and adjacent.
            if let Some(prev) = out.last_mut() {
                if i > 0 {
                    prev.stem = false;
                    prev.next = Link::Adjacent;
                }
            }
            continue;
        }
        out.push(CWord {
            text: part.to_string(),
            stem: if last { stem } else { false },
            no_endings: if last { no_endings } else { false },
            next: if last { next } else { Link::Adjacent },
        });
    }
}

fn phrase_len(words: &[CWord]) -> usize {
    let mut n = 0;
    for (i, w) in words.iter().enumerate() {
        n += w.text.chars().count();
        if i + 1 < words.len() && w.next == Link::Adjacent {
            n += 1;
        }
    }
    n
}

fn index_keys(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    (1..=chars.len().min(3))
        .map(|k| chars[..k].iter().collect())
        .collect()
}

fn entry_key(w: &CWord) -> String {
    w.text.chars().take(3).collect()
}

impl DictCoder {
    /// `tabari:PATH/TO/X.project` or `phoenix:DIR`.
    pub fn from_spec(spec: &str) -> Result<DictCoder, LoadError> {
        if let Some(p) = spec.strip_prefix("tabari:") {
            DictCoder::from_tabari_project(Path::new(p))
        } else if let Some(d) = spec.strip_prefix("phoenix:") {
            DictCoder::from_phoenix_dir(Path::new(d))
        } else {
            Err(LoadError::Spec(spec.to_string()))
        }
    }

    pub fn from_tabari_project(path: &Path) -> Result<DictCoder, LoadError> {
        let (project, mut errors) = read_project(path)?;
        let mut actors = Vec::new();
        let mut nouns = Vec::new();
        let mut adjs = Vec::new();
        for a in &project.actors {
            let (d, e) = read_actors(a)?;
            errors.extend(e);
            actors.extend(d.entries);
            nouns.extend(d.nouns);
            adjs.extend(d.adjectives);
        }
        let mut agents = Vec::new();
        for a in &project.agents {
            let (d, e) = read_agents(a)?;
            errors.extend(e);
            agents.extend(d.entries);
        }
        let mut verbs = VerbDict::default();
        for v in &project.verbs {
            let (d, e) = read_verbs(v)?;
            errors.extend(e);
            verbs.synsets.extend(d.synsets);
            verbs.blocks.extend(d.blocks);
            verbs.times.extend(d.times);
        }
        let options = match &project.options {
            Some(o) => {
                let (o, e) = TabariOptions::read(o)?;
                errors.extend(e);
                o
            }
            None => TabariOptions::default(),
        };
        Ok(DictCoder::build(
            actors,
            agents,
            verbs,
            nouns,
            adjs,
            Vec::new(),
            options,
            errors,
        ))
    }

    /// Phoenix dictionaries: the three actor files, the agents, the
    /// sequence patterns `CAMEO.verbpatterns.*.txt` (TABARI-style; the
    /// PETRARCH-2 `CAMEO.2.0.txt` needs a parse tree) and the discards.
    /// Also accepts a PETRARCH validation folder (`PETR.Validate.*`).
    pub fn from_phoenix_dir(dir: &Path) -> Result<DictCoder, LoadError> {
        let list = std::fs::read_dir(dir).map_err(|e| LoadError::io(dir, e))?;
        let mut files: Vec<PathBuf> = list.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        let name = |p: &PathBuf| {
            p.file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default()
        };
        let mut errors = Vec::new();
        let mut actors = Vec::new();
        let mut agents = Vec::new();
        let mut verbs = VerbDict::default();
        let mut discards = Vec::new();
        for f in &files {
            let n = name(f);
            if n.ends_with("actors.txt") {
                let (d, e) = read_actors(f)?;
                errors.extend(e);
                actors.extend(d.entries);
            } else if n.ends_with("agents.txt") {
                let (d, e) = read_agents(f)?;
                errors.extend(e);
                agents.extend(d.entries);
            } else if n.starts_with("CAMEO.verbpatterns") || n.ends_with("Validate.verbs.txt") {
                let (d, e) = read_verbs(f)?;
                errors.extend(e);
                verbs.synsets.extend(d.synsets);
                verbs.blocks.extend(d.blocks);
            } else if n.ends_with("discards.txt") {
                let (d, e) = read_discards(f)?;
                errors.extend(e);
                discards.extend(d);
            }
        }
        if actors.is_empty() || verbs.blocks.is_empty() {
            return Err(LoadError::Format {
                path: dir.to_path_buf(),
                message: "no *actors.txt or no verb patterns found".into(),
            });
        }
        let options = TabariOptions {
            minimum_words: 0,
            ..TabariOptions::default()
        };
        let mut c = DictCoder::build(
            actors,
            agents,
            verbs,
            Vec::new(),
            Vec::new(),
            discards,
            options,
            errors,
        );
        c.petrarch = true;
        Ok(c)
    }

    #[allow(clippy::too_many_arguments)]
    fn build(
        actors: Vec<ActorEntry>,
        agents: Vec<AgentEntry>,
        verbs: VerbDict,
        nouns: Vec<Phrase>,
        adjs: Vec<Phrase>,
        discards: Vec<Discard>,
        options: TabariOptions,
        load_errors: Vec<DictError>,
    ) -> DictCoder {
        let synset_ids: HashMap<String, usize> = verbs
            .synsets
            .iter()
            .enumerate()
            .map(|(i, s)| (s.name.clone(), i))
            .collect();
        let synsets: Vec<Vec<Vec<CItem>>> = verbs
            .synsets
            .iter()
            .map(|s| {
                s.members
                    .iter()
                    .map(|m| compile_items(m, &synset_ids))
                    .collect()
            })
            .collect();
        let mut entries = Vec::new();
        let mut add = |words: Vec<CWord>, kind: Kind, index: usize| {
            if words.is_empty() {
                return;
            }
            let len = phrase_len(&words);
            entries.push(Entry {
                words,
                kind,
                index,
                len,
            });
        };
        for (i, a) in actors.iter().enumerate() {
            for n in &a.names {
                add(compile_words(n), Kind::Actor, i);
            }
        }
        for (i, a) in agents.iter().enumerate() {
            // Every form, automatic plurals included (PETRARCH matches
            // them exactly; TABARI's endings would find them anyway).
            let forms = a.forms();
            for f in &forms {
                add(compile_words(f), Kind::Agent, i);
            }
        }
        let mut blocks = Vec::new();
        // A verb phrase listed in several blocks (PETRARCH: `--- SHOT [---]`
        // and `--- SHOT [223]`) is one verb whose patterns are the union.
        let mut seen_verbs: HashMap<Vec<String>, usize> = HashMap::new();
        let mut aliases: Vec<(usize, usize)> = Vec::new();
        let mut add_verb =
            |words: Vec<CWord>, bi: usize, add: &mut dyn FnMut(Vec<CWord>, Kind, usize)| {
                let key: Vec<String> = words.iter().map(|w| w.text.clone()).collect();
                match seen_verbs.get(&key) {
                    Some(&first) if first != bi => aliases.push((first, bi)),
                    Some(_) => {}
                    None => {
                        seen_verbs.insert(key, bi);
                        add(words, Kind::Verb, bi);
                    }
                }
            };
        for (bi, b) in verbs.blocks.iter().enumerate() {
            // A PETRARCH block without verb lines: its name is the verb
            // (PETR.Validate.verbs.txt).
            if b.verbs.is_empty() {
                if let Some(p) = b.name.as_deref().and_then(|n| Phrase::parse(n).ok()) {
                    add_verb(compile_words(&p), bi, &mut add);
                }
            }
            for v in &b.verbs {
                add_verb(compile_words(&v.phrase), bi, &mut add);
                for f in v.forms.iter().flatten() {
                    add_verb(compile_words(f), bi, &mut add);
                }
            }
            let patterns: Vec<CPattern> = b
                .patterns
                .iter()
                .filter_map(|p| {
                    let items = compile_items(&p.items, &synset_ids);
                    let vpos = items.iter().position(|i| i.elem == CElem::Verb)?;
                    Some(CPattern {
                        pre: items[..vpos].to_vec(),
                        verb_next: items[vpos].next,
                        post: items[vpos + 1..].to_vec(),
                        code: p.code.clone(),
                        raw: p.raw.clone(),
                        length: p.length,
                    })
                })
                .collect();
            let code = b
                .verbs
                .first()
                .and_then(|v| v.code.clone())
                .or_else(|| b.code.clone());
            blocks.push((patterns, code));
        }
        aliases.sort_unstable();
        aliases.dedup();
        for (first, other) in aliases {
            let extra = blocks[other].0.clone();
            let other_code: Option<VerbCode> = blocks[other].1.clone();
            let (pats, code): &mut (Vec<CPattern>, Option<VerbCode>) = &mut blocks[first];
            pats.extend(extra);
            pats.sort_by_key(|p| std::cmp::Reverse(p.length));
            if matches!(code, None | Some(VerbCode::Null)) {
                if let Some(c @ VerbCode::Event { .. }) = other_code {
                    *code = Some(c);
                }
            }
        }
        for (i, n) in nouns.iter().enumerate() {
            add(compile_words(n), Kind::Noun, i);
        }
        for (i, n) in adjs.iter().enumerate() {
            add(compile_words(n), Kind::Adj, i);
        }
        let mut index: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            index.entry(entry_key(&e.words[0])).or_default().push(i);
        }
        DictCoder {
            actors,
            agents,
            verbs,
            blocks,
            synsets,
            entries,
            index,
            discards,
            options,
            load_errors,
            petrarch: false,
        }
    }

    /// The verb dictionary in use.
    pub fn verb_dict(&self) -> &VerbDict {
        &self.verbs
    }
}

fn compile_items(items: &[Item], ids: &HashMap<String, usize>) -> Vec<CItem> {
    let mut out = Vec::new();
    for it in items {
        // The elements that compile to one item; the others push their
        // items themselves and go on.
        let elem = match &it.element {
            Element::Word {
                text,
                stem,
                no_endings,
            } => {
                if text.starts_with('\'') || text == "N'T" {
                    if let Some(CItem {
                        elem: CElem::Word(prev),
                        next,
                    }) = out.last_mut()
                    {
                        prev.text.push_str(text);
                        prev.stem = *stem;
                        prev.next = it.next;
                        *next = it.next;
                        continue;
                    }
                }
                let mut ws = Vec::new();
                push_word(&mut ws, text, *stem, *no_endings, it.next);
                for w in ws {
                    let next = w.next;
                    out.push(CItem {
                        elem: CElem::Word(w),
                        next,
                    });
                }
                continue;
            }
            Element::Synset { name } => match ids.get(name) {
                Some(&i) => CElem::Synset(i),
                None => continue,
            },
            Element::Verb => CElem::Verb,
            Element::Source => CElem::Source,
            Element::Target => CElem::Target,
            Element::Compound => CElem::Compound,
            Element::Skip => CElem::Skip,
            Element::Alternatives { options } => {
                CElem::Alt(options.iter().map(|o| compile_items(o, ids)).collect())
            }
            Element::NounPhrase { items } => {
                let mut inner = compile_items(items, ids);
                let n = inner.len();
                for (k, x) in inner.iter_mut().enumerate() {
                    x.next = if k + 1 == n { it.next } else { Link::Adjacent };
                }
                out.extend(inner);
                continue;
            }
            Element::Prep { items } => {
                let mut inner = compile_items(items, ids);
                if let Some(last) = inner.last_mut() {
                    last.next = it.next;
                }
                out.extend(inner);
                continue;
            }
        };
        out.push(CItem {
            elem,
            next: it.next,
        });
    }
    out
}

// ---------------------------------------------------------------------
// Sentence analysis

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Null,
    Actor,
    Agent,
    Verb,
    Noun,
    Adj,
    Determ,
    Pronoun,
    Conj,
    Comma,
    Auxil,
    By,
}

/// One actor (possibly composed with agents, possibly compound).
#[derive(Debug, Clone)]
struct ActorRef {
    start: usize,
    end: usize,
    codes: Vec<String>,
    /// The agent composed into it, if any.
    agent: Option<(String, Compose)>,
    /// Codes before any agent was composed.
    base: Vec<String>,
}

struct Sent<'a> {
    words: Vec<String>,
    caps: Vec<bool>,
    tags: Vec<Tag>,
    /// For a verb word: (block, end word of the root).
    verb_at: HashMap<usize, (usize, usize)>,
    /// Actor units, sorted by start.
    actors: Vec<ActorRef>,
    /// Compound groups: ranges of indices into `actors`.
    compounds: Vec<(usize, usize)>,
    active: Vec<bool>,
    coder: &'a DictCoder,
    complex: bool,
    discard: bool,
    forward: Option<String>,
}

impl<'a> Sent<'a> {
    /// A sentence of words (upper case) and their capitalisation, not yet
    /// analysed: every word untagged and active.
    fn new(coder: &'a DictCoder, words: Vec<String>, caps: Vec<bool>) -> Self {
        let n = words.len();
        Sent {
            words,
            caps,
            tags: vec![Tag::Null; n],
            verb_at: HashMap::new(),
            actors: Vec::new(),
            compounds: Vec::new(),
            active: vec![true; n],
            coder,
            complex: false,
            discard: false,
            forward: None,
        }
    }

    /// The actor units as (first word, end word, codes).
    fn actor_spans(&self) -> Vec<(usize, usize, Vec<String>)> {
        self.actors
            .iter()
            .map(|a| (a.start, a.end, a.codes.clone()))
            .collect()
    }
}

const PRONOUNS: [&str; 10] = [
    "HE", "SHE", "IT", "ITS", "HIS", "HER", "THEY", "THEM", "THEIR", "HIM",
];

impl DictCoder {
    /// Filters document tokens into TABARI words: upper case, clitics
    /// (`'s`, `n't`) joined to their word, hyphens and other punctuation
    /// dropped (commas and semicolons kept as `,`), commas in numbers
    /// removed. Returns (word, first token, last token).
    fn words_of(doc: &Document, from: usize, to: usize) -> Vec<(String, usize, usize, bool)> {
        let mut out: Vec<(String, usize, usize, bool)> = Vec::new();
        let mut prev_end = usize::MAX;
        for i in from..to {
            let t = &doc.tokens[i];
            let raw = doc.text.get(t.start..t.end).unwrap_or("");
            let attached = t.start == prev_end;
            prev_end = t.end;
            let norm: String = raw
                .chars()
                .map(|c| match c {
                    '’' | '‘' | '`' => '\'',
                    c => c,
                })
                .collect();
            let upper = fold(&norm.to_uppercase());
            if upper == "," || upper == ";" {
                out.push((",".into(), i, i, false));
                continue;
            }
            let is_clitic = upper.starts_with('\'') || upper == "N'T";
            if is_clitic && attached {
                if let Some(last) = out.last_mut() {
                    if last.0 != "," {
                        last.0.push_str(&upper);
                        last.2 = i;
                        continue;
                    }
                }
            }
            // Keep letters, digits and word-internal . ' & /.
            let cleaned: String = upper
                .chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '&' | '/' | '-' | '_'))
                .collect();
            let cleaned = if cleaned.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                cleaned.replace(',', "")
            } else {
                cleaned
            };
            let trimmed = cleaned.trim_matches(|c| c == '.' || c == '\'' || c == '-');
            // Keep the final period of an abbreviation (U.S.).
            let keep = if cleaned.ends_with('.') && trimmed.contains('.') {
                format!("{trimmed}.")
            } else {
                trimmed.to_string()
            };
            if keep.is_empty() {
                continue;
            }
            let cap = raw.chars().next().is_some_and(|c| c.is_uppercase());
            for (k, part) in keep.split(['-', '_']).filter(|p| !p.is_empty()).enumerate() {
                out.push((part.to_string(), i, i, cap && k == 0));
            }
        }
        out
    }

    /// Codes one sentence given as document token range.
    pub fn code_tokens(&self, doc: &Document, from: usize, to: usize) -> SentenceCoding {
        self.code_tokens_with(doc, from, to, None)
    }

    /// Like [`DictCoder::code_tokens`], with the actor code forwarded from
    /// the previous sentence (`FORWARD:`).
    pub fn code_tokens_with(
        &self,
        doc: &Document,
        from: usize,
        to: usize,
        forward: Option<&str>,
    ) -> SentenceCoding {
        let date = doc.date.as_deref().and_then(DictDate::parse_iso);
        let ws = DictCoder::words_of(doc, from, to);
        let words: Vec<String> = ws.iter().map(|w| w.0.clone()).collect();
        let caps: Vec<bool> = ws.iter().map(|w| w.3).collect();
        let mut result = self.code_words_with(&words, &caps, date, forward);
        result.words = ws.iter().map(|w| (w.0.clone(), w.1, w.2)).collect();
        result
    }

    /// Codes one sentence of words (upper case) with their capitalisation.
    pub fn code_words(
        &self,
        words: &[String],
        caps: &[bool],
        date: Option<DictDate>,
    ) -> SentenceCoding {
        self.code_words_with(words, caps, date, None)
    }

    fn code_words_with(
        &self,
        words: &[String],
        caps: &[bool],
        date: Option<DictDate>,
        forward: Option<&str>,
    ) -> SentenceCoding {
        let n = words.len();
        let mut s = Sent::new(self, words.to_vec(), caps.to_vec());
        s.forward = forward.map(str::to_string);
        let empty = |outcome| SentenceCoding {
            outcome,
            events: Vec::new(),
            words: Vec::new(),
            actors: Vec::new(),
            forward: None,
        };
        if self.options.minimum_words > 0 && n < self.options.minimum_words {
            return empty(Outcome::TooShort);
        }
        if self.discard_phrase(words) {
            return empty(Outcome::Discard);
        }
        let agents = s.classify(date);
        for a in &mut s.actors {
            a.base = a.codes.clone();
        }
        s.compose_agents(&agents);
        s.find_compounds();
        s.coreference();
        s.remove_comma_clauses();
        let first_verb = s.verb_at.keys().min().copied().unwrap_or(n);
        let forward_out = s
            .actors
            .iter()
            .find(|a| a.start < first_verb)
            .and_then(|a| a.base.first().cloned());
        if s.discard {
            return empty(Outcome::Discard);
        }
        if s.complex || s.complexity() {
            let mut r = empty(Outcome::Complex);
            r.actors = s.actor_spans();
            return r;
        }
        let events = s.code_clauses();
        SentenceCoding {
            outcome: Outcome::Coded,
            events,
            forward: forward_out,
            words: Vec::new(),
            actors: s.actor_spans(),
        }
    }

    /// A trace of the analysis of a token range (words, tags, actors,
    /// removed words, clauses) for debugging dictionaries.
    pub fn explain(&self, doc: &Document, from: usize, to: usize) -> String {
        let date = doc.date.as_deref().and_then(DictDate::parse_iso);
        let ws = DictCoder::words_of(doc, from, to);
        let n = ws.len();
        let mut s = Sent::new(
            self,
            ws.iter().map(|w| w.0.clone()).collect(),
            ws.iter().map(|w| w.3).collect(),
        );
        let agents = s.classify(date);
        s.compose_agents(&agents);
        s.find_compounds();
        s.coreference();
        s.remove_comma_clauses();
        let mut out = String::new();
        for i in 0..n {
            out.push_str(&format!(
                "{i}:{}/{:?}{}{} ",
                s.words[i],
                s.tags[i],
                if s.active[i] { "" } else { "(x)" },
                s.verb_at
                    .get(&i)
                    .map(|v| format!("[v{}]", v.0))
                    .unwrap_or_default()
            ));
        }
        out.push_str(&format!(
            "\nactors: {:?}\ncompounds: {:?}\nclauses: {:?}\ncomplex: {}",
            s.actors,
            s.compounds,
            s.clauses(),
            s.complexity()
        ));
        out
    }

    fn discard_phrase(&self, words: &[String]) -> bool {
        self.discards.iter().any(|d| {
            let ws = compile_words(&d.phrase);
            (0..words.len()).any(|i| {
                ws.iter().enumerate().all(|(k, w)| {
                    words.get(i + k).is_some_and(|t| {
                        if k + 1 == ws.len() && d.phrase.raw.ends_with('_') {
                            word_match(
                                &CWord {
                                    stem: false,
                                    ..w.clone()
                                },
                                t,
                            )
                        } else {
                            t == &w.text || (k + 1 == ws.len() && t.starts_with(&w.text))
                        }
                    })
                })
            })
        })
    }

    /// Matches an entry's words starting at word `i`; returns the matched
    /// word positions.
    fn match_entry(&self, e: &Entry, words: &[String], i: usize) -> Option<Vec<usize>> {
        let mut pos = Vec::with_capacity(e.words.len());
        let mut at = i;
        let nw = e.words.len();
        for (k, w) in e.words.iter().enumerate() {
            let verb = e.kind == Kind::Verb;
            // PETRARCH agents: the listed forms only (`POLICE {}` does not
            // match POLICES), plus the possessive.
            let exact_agent = self.petrarch && e.kind == Kind::Agent;
            let word_match = |w: &CWord, t: &str| {
                if exact_agent {
                    t == w.text || t.strip_prefix(w.text.as_str()) == Some("'S")
                } else if verb {
                    verb_word_match(w, t, k + 1 == nw)
                } else {
                    word_match_at(w, t, k + 1 == nw)
                }
            };
            if k == 0 {
                if !word_match(w, &words[at]) {
                    return None;
                }
            } else {
                let link = e.words[k - 1].next;
                match link {
                    Link::Adjacent => {
                        at += 1;
                        if at >= words.len() || !word_match(w, &words[at]) {
                            return None;
                        }
                    }
                    Link::Gap => {
                        let mut j = at + 1;
                        loop {
                            // Gaps may cross conjunctions (DEBUG-01) but
                            // not commas.
                            if j >= words.len() || words[j] == "," {
                                return None;
                            }
                            if word_match(w, &words[j]) {
                                break;
                            }
                            j += 1;
                        }
                        at = j;
                    }
                }
            }
            pos.push(at);
        }
        Some(pos)
    }
}

/// Removes diacritics from the common Latin letters.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'À'..='Å' => 'A',
            'Ç' => 'C',
            'È'..='Ë' => 'E',
            'Ì'..='Ï' => 'I',
            'Ñ' => 'N',
            'Ò'..='Ö' | 'Ø' => 'O',
            'Ù'..='Ü' => 'U',
            'Ý' => 'Y',
            c => c,
        })
        .collect()
}

impl Sent<'_> {
    /// Tags every word; returns the agent units (start, end, agent index).
    fn classify(&mut self, date: Option<DictDate>) -> Vec<(usize, usize, usize)> {
        let n = self.words.len();
        let all_caps = self
            .caps
            .iter()
            .zip(&self.words)
            .all(|(c, w)| *c || !w.chars().any(|ch| ch.is_alphabetic()));
        let mut agents = Vec::new();
        let mut i = 0;
        let mut taken = vec![false; n];
        while i < n {
            if taken[i] {
                i += 1;
                continue;
            }
            let w = self.words[i].clone();
            if w == "," {
                self.tags[i] = Tag::Comma;
                i += 1;
                continue;
            }
            // Builtin classes first for function words.
            let builtin = match w.as_str() {
                "A" | "AN" | "THE" => Some(Tag::Determ),
                "AND" | "BUT" | "OR" | "NOR" => Some(Tag::Conj),
                "WAS" | "WERE" | "BEEN" => Some(Tag::Auxil),
                "BY" => Some(Tag::By),
                x if PRONOUNS.contains(&x) => Some(Tag::Pronoun),
                _ => None,
            };
            // Longest dictionary match.
            let mut best: Option<(usize, Vec<usize>)> = None;
            for key in index_keys(&w) {
                if let Some(list) = self.coder.index.get(&key) {
                    for &ei in list {
                        let e = &self.coder.entries[ei];
                        if best.as_ref().is_some_and(|(b, _)| {
                            let be = &self.coder.entries[*b];
                            be.len > e.len
                                || (be.len == e.len && kind_rank(be.kind) <= kind_rank(e.kind))
                        }) {
                            continue;
                        }
                        if let Some(pos) = self.coder.match_entry(e, &self.words, i) {
                            if pos.iter().any(|&p| taken[p]) {
                                continue;
                            }
                            best = Some((ei, pos));
                        }
                    }
                }
            }
            let Some((ei, pos)) = best else {
                if let Some(t) = builtin {
                    self.tags[i] = t;
                }
                i += 1;
                continue;
            };
            if builtin.is_some() && pos.len() == 1 {
                self.tags[i] = builtin.unwrap_or(Tag::Null);
                i += 1;
                continue;
            }
            let e = &self.coder.entries[ei];
            let last = *pos.last().unwrap_or(&i);
            match e.kind {
                Kind::Actor => {
                    let entry = &self.coder.actors[e.index];
                    let codes = resolve_codes(&entry.codes, date);
                    match codes {
                        Some(c) if c.is_discard() => {
                            self.discard = true;
                            self.tags[i] = Tag::Noun;
                        }
                        Some(c) if c.is_complex() => {
                            self.complex = true;
                            self.tags[i] = Tag::Noun;
                        }
                        Some(c) if !c.is_null() => {
                            tag_words(&mut self.tags, &mut taken, &pos, Tag::Actor);
                            self.actors.push(ActorRef {
                                start: i,
                                end: last + 1,
                                codes: c.codes.iter().filter(|x| *x != "---").cloned().collect(),
                                agent: None,
                                base: Vec::new(),
                            });
                        }
                        _ => {
                            tag_words(&mut self.tags, &mut taken, &pos, Tag::Noun);
                        }
                    }
                }
                Kind::Agent => {
                    tag_words(&mut self.tags, &mut taken, &pos, Tag::Agent);
                    agents.push((i, last + 1, e.index));
                }
                Kind::Verb => {
                    let prev_det =
                        i > 0 && matches!(self.words[i - 1].as_str(), "A" | "AN" | "THE");
                    let capital = i > 0 && self.caps[i] && !all_caps;
                    let (patterns, code) = &self.coder.blocks[e.index];
                    let null_root =
                        patterns.is_empty() && matches!(code, Some(VerbCode::Null) | None);
                    if patterns.is_empty() {
                        match code {
                            Some(VerbCode::Discard) => self.discard = true,
                            Some(VerbCode::Complex) => self.complex = true,
                            _ => {}
                        }
                    }
                    if prev_det || capital || null_root {
                        self.tags[i] = Tag::Noun;
                    } else {
                        self.tags[i] = Tag::Verb;
                        self.verb_at.insert(i, (e.index, last));
                        tag_words(&mut self.tags, &mut taken, &pos[1..], Tag::Verb);
                        if matches!(code, Some(VerbCode::Discard)) && patterns.is_empty() {
                            self.discard = true;
                        }
                        if matches!(code, Some(VerbCode::Complex)) && patterns.is_empty() {
                            self.complex = true;
                        }
                    }
                    taken[i] = true;
                }
                Kind::Noun => {
                    tag_words(&mut self.tags, &mut taken, &pos, Tag::Noun);
                }
                Kind::Adj => {
                    tag_words(&mut self.tags, &mut taken, &pos, Tag::Adj);
                }
            }
            i += 1;
        }
        self.actors.sort_by_key(|a| a.start);
        agents
    }

    /// Composes agents with an actor right before or after them, or after
    /// `OF`/`IN` (+ determiners). "FORMER" turns the agent into ELI.
    fn compose_agents(&mut self, agents: &[(usize, usize, usize)]) {
        let petrarch = self.coder.petrarch;
        let mut dropped: Vec<usize> = Vec::new();
        for &(s, e, ai) in agents {
            let agent = &self.coder.agents[ai];
            let former = s > 0 && self.words[s - 1] == "FORMER";
            let (code, compose) = if former {
                ("ELI".to_string(), Compose::Suffix)
            } else {
                (agent.code.clone(), agent.compose)
            };
            // Actor immediately before (possibly with 'S).
            let mut before = self.actors.iter().position(|a| a.end == s);
            // PETRARCH: `X's [modifiers] AGENT [Name]` is X+AGENT; the name
            // after the agent is part of the same noun phrase.
            if petrarch && before.is_none() {
                before = self.actors.iter().position(|a| {
                    a.end <= s
                        && s - a.end <= 4
                        && self.words[a.end - 1].ends_with("'S")
                        && (a.end..s).all(|j| {
                            matches!(
                                self.tags[j],
                                Tag::Null | Tag::Adj | Tag::Conj | Tag::Noun | Tag::Determ
                            )
                        })
                });
                if before.is_some() {
                    if let Some(name) = self.actors.iter().position(|a| a.start == e) {
                        dropped.push(name);
                    }
                }
            }
            // Actor immediately after, skipping nothing.
            let after = self.actors.iter().position(|a| a.start == e);
            // Agent OF/IN (THE) actor.
            let via_prep = || {
                let mut j = e;
                let prep = matches!(self.words.get(j).map(String::as_str), Some("OF" | "IN"))
                    || (petrarch && matches!(self.words.get(j).map(String::as_str), Some("FROM")));
                if prep {
                    j += 1;
                    while j < self.words.len() && self.tags[j] == Tag::Determ {
                        j += 1;
                    }
                    self.actors.iter().position(|a| a.start == j)
                } else {
                    None
                }
            };
            let target = before.or(after).or_else(via_prep);
            match target {
                Some(k) => {
                    let a = &mut self.actors[k];
                    a.codes = a
                        .codes
                        .iter()
                        .map(|c| compose_codes(c, &code, compose))
                        .collect();
                    a.start = a.start.min(s);
                    a.end = a.end.max(e);
                    a.agent = Some((code.clone(), compose));
                }
                None if self.coder.options.convert_agents => {
                    self.actors.push(ActorRef {
                        start: s,
                        end: e,
                        codes: vec![match compose {
                            Compose::Suffix => format!("~{code}"),
                            Compose::Prefix => format!("{code}~"),
                        }],
                        agent: None,
                        base: Vec::new(),
                    });
                    for p in s..e {
                        self.tags[p] = Tag::Actor;
                    }
                }
                None => {}
            }
        }
        dropped.sort_unstable();
        dropped.dedup();
        for k in dropped.into_iter().rev() {
            let a = self.actors.remove(k);
            for p in a.start..a.end {
                self.tags[p] = Tag::Noun;
            }
        }
        self.actors.sort_by_key(|a| a.start);
        // Merge actors swallowed into one another by composition.
        let mut merged: Vec<ActorRef> = Vec::new();
        for a in self.actors.drain(..) {
            if let Some(last) = merged.last_mut() {
                if a.start < last.end {
                    last.end = last.end.max(a.end);
                    continue;
                }
            }
            merged.push(a);
        }
        self.actors = merged;
        for a in &self.actors {
            for p in a.start..a.end {
                if matches!(self.tags[p], Tag::Agent) {
                    self.tags[p] = Tag::Actor;
                }
            }
        }
    }

    fn actor_starting(&self, i: usize) -> Option<usize> {
        self.actors.iter().position(|a| a.start == i)
    }

    /// Parsed compounds: np (, np)* (,)? AND np, with np = (DETERM|ADJ)*
    /// actor.
    fn find_compounds(&mut self) {
        let n = self.words.len();
        // Start position of np at word i: skip determiners/adjectives.
        let petrarch = self.coder.petrarch;
        let np = |s: &Sent, mut i: usize| -> Option<usize> {
            let mut unknown = 0;
            while i < n {
                match s.tags[i] {
                    Tag::Determ | Tag::Adj => {}
                    // PETRARCH has no adjective list: allow two unknown
                    // modifiers ("the evil awful Gondor").
                    Tag::Null if petrarch && unknown < 2 => unknown += 1,
                    _ => break,
                }
                i += 1;
            }
            s.actor_starting(i)
        };
        let mut k = 0;
        while k < self.actors.len() {
            let mut members = vec![k];
            let mut cur = k;
            let mut saw_and = false;
            loop {
                let end = self.actors[cur].end;
                let mut j = end;
                let mut sep = false;
                if j < n && self.words[j] == "," {
                    j += 1;
                    sep = true;
                }
                if j < n && self.words[j] == "AND" {
                    j += 1;
                    sep = true;
                    saw_and = true;
                }
                if !sep {
                    break;
                }
                match np(self, j) {
                    Some(next) => {
                        members.push(next);
                        cur = next;
                        if saw_and {
                            break;
                        }
                    }
                    None => break,
                }
            }
            if members.len() > 1 && saw_and {
                let first = k;
                let last = *members.last().unwrap_or(&k);
                self.compounds.push((first, last + 1));
                // PETRARCH: an agent of one member applies to all of them
                // ("the ambassadors of Arnor, Osgiliath and Gondor").
                if petrarch {
                    let agents: Vec<(String, Compose)> = self.actors[first..=last]
                        .iter()
                        .filter_map(|a| a.agent.clone())
                        .collect();
                    if agents.len() == 1 {
                        let (code, compose) = &agents[0];
                        for a in &mut self.actors[first..=last] {
                            if a.agent.is_none() {
                                a.codes = a
                                    .codes
                                    .iter()
                                    .map(|c| compose_codes(c, code, *compose))
                                    .collect();
                                a.agent = Some((code.clone(), *compose));
                            }
                        }
                    }
                }
                // Conjunctions and commas inside compounds do not split.
                for p in self.actors[first].start..self.actors[last].end {
                    if matches!(self.tags[p], Tag::Conj | Tag::Comma) {
                        self.tags[p] = Tag::Null;
                    }
                }
                k = last + 1;
            } else {
                k += 1;
            }
        }
        // Compound noun / adjective phrases: <noun> <conj> <adj>* <noun>,
        // <adj> <conj> <adj>: the conjunction does not split clauses.
        for i in 1..n.saturating_sub(1) {
            if self.tags[i] != Tag::Conj {
                continue;
            }
            let prev = self.tags[i - 1];
            let mut j = i + 1;
            while j < n && self.tags[j] == Tag::Adj {
                j += 1;
            }
            let noun_phrase = prev == Tag::Noun && j < n && self.tags[j] == Tag::Noun;
            let adj_phrase = prev == Tag::Adj && self.tags[i + 1] == Tag::Adj;
            if noun_phrase || adj_phrase {
                self.tags[i] = Tag::Null;
            }
        }
    }

    fn compound_of(&self, actor: usize) -> Option<(usize, usize)> {
        self.compounds
            .iter()
            .copied()
            .find(|&(a, b)| a <= actor && actor < b)
    }

    /// Pronoun coreference: HE/SHE/IT -> first actor of the sentence;
    /// ITS/HIS/HER -> first actor before the pronoun; THEY/THEM/THEIR ->
    /// first compound actor, else first actor.
    fn coreference(&mut self) {
        let mut add = Vec::new();
        for i in 0..self.words.len() {
            if self.tags[i] != Tag::Pronoun {
                continue;
            }
            let w = self.words[i].trim_end_matches("'S").to_string();
            // FORWARD: a pronoun before any actor refers to the actor
            // forwarded from the previous sentence.
            if let Some(f) = &self.forward {
                if !self.actors.iter().any(|a| a.start < i) {
                    add.push(ActorRef {
                        start: i,
                        end: i + 1,
                        codes: vec![f.clone()],
                        agent: None,
                        base: vec![f.clone()],
                    });
                    continue;
                }
            }
            let referent: Option<Vec<String>> = match w.as_str() {
                "HE" | "SHE" | "IT" | "HIM" => self.actors.first().map(|a| a.codes.clone()),
                "ITS" | "HIS" | "HER" => self
                    .actors
                    .iter()
                    .find(|a| a.end <= i)
                    .map(|a| a.codes.clone()),
                _ => match self.compounds.first() {
                    Some(&(a, b)) => Some(
                        self.actors[a..b]
                            .iter()
                            .flat_map(|x| x.codes.clone())
                            .collect(),
                    ),
                    None => self.actors.first().map(|a| a.codes.clone()),
                },
            };
            if let Some(codes) = referent {
                if !codes.is_empty() {
                    add.push(ActorRef {
                        start: i,
                        end: i + 1,
                        base: codes.clone(),
                        codes,
                        agent: None,
                    });
                }
            }
        }
        for a in add {
            self.tags[a.start] = Tag::Actor;
            self.actors.push(a);
        }
        // Keep compound indices valid: re-sort and shift.
        let mut order: Vec<usize> = (0..self.actors.len()).collect();
        order.sort_by_key(|&k| self.actors[k].start);
        let new_pos: HashMap<usize, usize> = order
            .iter()
            .enumerate()
            .map(|(new, &old)| (old, new))
            .collect();
        let actors: Vec<ActorRef> = order.iter().map(|&k| self.actors[k].clone()).collect();
        self.actors = actors;
        self.compounds = self
            .compounds
            .iter()
            .map(|&(a, b)| {
                let na = new_pos.get(&a).copied().unwrap_or(a);
                let nb = new_pos.get(&(b - 1)).copied().unwrap_or(b - 1) + 1;
                (na, nb)
            })
            .collect();
    }

    /// Removes comma-delimited nonrestrictive clauses (TABARI 7.8).
    fn remove_comma_clauses(&mut self) {
        let c = &self.coder.options.comma;
        if !c.active {
            return;
        }
        let n = self.words.len();
        let commas: Vec<usize> = (0..n).filter(|&i| self.tags[i] == Tag::Comma).collect();
        if commas.is_empty() {
            return;
        }
        let mut bounds = vec![None];
        bounds.extend(commas.iter().map(|&c| Some(c)));
        bounds.push(None);
        // Chained: a removed phrase uses up the comma that closes it, so
        // the next phrase starts at the comma after that one.
        let mut k = 0;
        while k + 1 < bounds.len() {
            let (a, b) = (bounds[k], bounds[k + 1]);
            let start = a.map_or(0, |x| x + 1);
            let end = b.unwrap_or(n);
            let len = end.saturating_sub(start);
            let (min, max) = match (a, b) {
                (None, _) => (c.bmin, c.bmax),
                (Some(_), None) => (c.emin, c.emax),
                _ => (c.min, c.max),
            };
            if len > min && len <= max {
                for p in start..end {
                    self.active[p] = false;
                }
                if let Some(x) = a {
                    self.active[x] = false;
                }
                k += 2;
            } else {
                k += 1;
            }
        }
    }

    fn complexity(&self) -> bool {
        let c = &self.coder.options.complex;
        let verbs: Vec<usize> = (0..self.words.len())
            .filter(|&i| self.active[i] && self.verb_at.contains_key(&i))
            .collect();
        if c.verbs > 0 && verbs.len() >= c.verbs {
            return true;
        }
        let conj = (0..self.words.len())
            .filter(|&i| self.active[i] && self.tags[i] == Tag::Conj)
            .count();
        if c.conj > 0 && conj >= c.conj {
            return true;
        }
        if c.actors > 0 && self.actors.len() >= c.actors {
            return true;
        }
        if c.noverb && verbs.is_empty() {
            return true;
        }
        if c.noactprior {
            if let Some(&v) = verbs.first() {
                if !self
                    .actors
                    .iter()
                    .any(|a| a.end <= v && self.active[a.start])
                {
                    return true;
                }
            }
        }
        if c.noactafter {
            if let Some(&v) = verbs.first() {
                if !self
                    .actors
                    .iter()
                    .any(|a| a.start > v && self.active[a.start])
                {
                    return true;
                }
            }
        }
        false
    }

    /// The clause word lists (active words), split at conjunctions.
    fn clauses(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new()];
        for i in 0..self.words.len() {
            if !self.active[i] {
                continue;
            }
            if self.tags[i] == Tag::Conj {
                out.push(Vec::new());
                continue;
            }
            if let Some(last) = out.last_mut() {
                last.push(i);
            }
        }
        out.retain(|c| !c.is_empty());
        out
    }

    fn code_clauses(&self) -> Vec<CodedEvent> {
        let clauses = self.clauses();
        let code_by = self.coder.options.code_by;
        let mut events = Vec::new();
        let mut weak: Vec<CodedEvent> = Vec::new();
        let mut source: Option<(usize, Vec<String>)> = None;
        let mut any_strong = false;
        for (ci, clause) in clauses.iter().enumerate() {
            // An actor right after the conjunction resets the source.
            if ci > 0 {
                if let Some(&first) = clause.first() {
                    if let Some(k) = self.actor_starting(first) {
                        source = Some((k, self.unit_codes(k)));
                    }
                }
            }
            let mut clause_events = Vec::new();
            let mut clause_weak = Vec::new();
            for (pos, &w) in clause.iter().enumerate() {
                let Some(&(block, root_end)) = self.verb_at.get(&w) else {
                    continue;
                };
                let found = self.code_verb(clause, pos, block, root_end, ci == 0, &mut source);
                let Some((evs, is_weak)) = found else {
                    continue;
                };
                if is_weak {
                    clause_weak.extend(evs);
                    continue;
                }
                clause_events.extend(evs);
                if code_by != CodeBy::All {
                    break;
                }
            }
            if ci == 0 && clause_events.is_empty() && clause_weak.is_empty() && source.is_none() {
                if let Some(k) = self.actors.iter().position(|a| clause.contains(&a.start)) {
                    source = Some((k, self.unit_codes(k)));
                }
            }
            if !clause_events.is_empty() {
                any_strong = true;
            }
            match code_by {
                CodeBy::Clause => {
                    if clause_events.is_empty() {
                        events.extend(clause_weak);
                    } else {
                        events.extend(clause_events);
                    }
                }
                CodeBy::Sentence => {
                    if events.is_empty() && !clause_events.is_empty() {
                        events.extend(clause_events);
                    }
                    weak.extend(clause_weak);
                }
                CodeBy::All => {
                    events.extend(clause_events);
                    weak.extend(clause_weak);
                }
            }
        }
        if code_by != CodeBy::Clause && !any_strong {
            if code_by == CodeBy::Sentence {
                weak.truncate(weak.iter().position(|_| true).map_or(0, |_| {
                    let v = weak.first().map(|e| e.verb);
                    weak.iter().take_while(|e| Some(e.verb) == v).count()
                }));
            }
            events.extend(weak);
        }
        events
    }

    /// Codes of an actor unit, expanded to its compound.
    fn unit_codes(&self, k: usize) -> Vec<String> {
        match self.compound_of(k) {
            Some((a, b)) => self.actors[a..b]
                .iter()
                .flat_map(|x| x.codes.clone())
                .collect(),
            None => self.actors[k].codes.clone(),
        }
    }

    /// Tries the patterns of a verb; returns its events and whether they
    /// are weak.
    fn code_verb(
        &self,
        clause: &[usize],
        vpos: usize,
        block: usize,
        root_end: usize,
        first_clause: bool,
        carried: &mut Option<(usize, Vec<String>)>,
    ) -> Option<(Vec<CodedEvent>, bool)> {
        let (patterns, root_code) = &self.coder.blocks[block];
        // Position in the clause after the root (multi-word roots).
        let vend = clause.iter().position(|&w| w == root_end).unwrap_or(vpos);
        let mut chosen: Option<(&CPattern, Binding)> = None;
        for p in patterns {
            if let Some(b) = self.match_pattern(p, clause, vpos, vend) {
                chosen = Some((p, b));
                break;
            }
        }
        let (code, binding, raw) = match &chosen {
            Some((p, b)) => (p.code.clone(), b.clone(), Some(p.raw.clone())),
            None => (root_code.clone()?, Binding::default(), None),
        };
        let (code, paired, weak) = match &code {
            VerbCode::Event {
                code, paired, weak, ..
            } => (code.clone(), paired.clone(), *weak),
            _ => return None,
        };
        let verb_word = clause[vpos];
        // Sources and targets.
        let mut src: Option<(Option<usize>, Vec<String>)> =
            binding.source.map(|k| (Some(k), self.unit_codes(k)));
        let mut tgt: Option<(Option<usize>, Vec<String>)> =
            binding.target.map(|k| (Some(k), self.unit_codes(k)));
        if let Some(k) = binding.compound {
            let codes = self.unit_codes(k);
            src = Some((Some(k), codes.clone()));
            tgt = Some((Some(k), codes));
        }
        let designated =
            binding.source.is_some() || binding.target.is_some() || binding.compound.is_some();
        let in_clause = |k: usize| clause.contains(&self.actors[k].start);
        let actors_before: Vec<usize> = (0..self.actors.len())
            .filter(|&k| self.actors[k].end <= verb_word && self.active[self.actors[k].start])
            .collect();
        let actors_after: Vec<usize> = (0..self.actors.len())
            .filter(|&k| {
                self.actors[k].start > clause[vend]
                    && in_clause(k)
                    && self.active[self.actors[k].start]
            })
            .collect();
        if src.is_none() {
            let tcodes = tgt.as_ref().map(|t| t.1.clone());
            let distinct = |k: usize| tcodes.as_ref().is_none_or(|t| self.unit_codes(k) != *t);
            let from_clause = actors_before
                .iter()
                .copied()
                .find(|&k| in_clause(k) && distinct(k));
            let pick = if first_clause {
                actors_before.iter().copied().find(|&k| distinct(k))
            } else {
                from_clause.or_else(|| carried.as_ref().map(|c| c.0))
            };
            // Greedy: no source before the verb -> the first actor after it
            // (not when a DEFAULT source PRIOR is to be used).
            let o = &self.coder.options;
            let prior_default = o.default_source.is_some() && o.default_source_prior;
            let pick = pick.or_else(|| {
                if prior_default {
                    None
                } else {
                    actors_after.iter().copied().find(|&k| distinct(k))
                }
            });
            src = pick.map(|k| (Some(k), self.unit_codes(k)));
        }
        if tgt.is_none() {
            let scodes = src.as_ref().map(|s| s.1.clone()).unwrap_or_default();
            let src_k = src.as_ref().and_then(|s| s.0);
            let distinct = |k: usize| {
                Some(k) != src_k
                    && self
                        .compound_of(k)
                        .is_none_or(|c| src_k.is_none_or(|s| self.compound_of(s) != Some(c)))
                    && self.unit_codes(k) != scodes
            };
            let after = actors_after.iter().copied().find(|&k| distinct(k));
            let before = actors_before
                .iter()
                .copied()
                .find(|&k| in_clause(k) && distinct(k));
            tgt = after.or(before).map(|k| (Some(k), self.unit_codes(k)));
            // A DEFAULT target comes before the compound-as-target rule.
            if tgt.is_none() {
                if let Some(d) = &self.coder.options.default_target {
                    tgt = Some((None, vec![d.clone()]));
                }
            }
            if tgt.is_none() {
                if let Some(k) = src_k {
                    if self.compound_of(k).is_some() {
                        tgt = Some((Some(k), self.unit_codes(k)));
                    }
                }
            }
        }
        // Passive voice.
        if !designated {
            let auxil = (1..=2).any(|d| vpos >= d && self.tags[clause[vpos - d]] == Tag::Auxil);
            // BY right after the verb, or after one modifier (PASV-04).
            let by = (1..=2).any(|d| {
                clause
                    .get(vend + d)
                    .is_some_and(|&w| self.tags[w] == Tag::By)
            });
            if auxil && by {
                std::mem::swap(&mut src, &mut tgt);
            }
        }
        // Defaults.
        let o = &self.coder.options;
        if let Some(d) = &o.default_source {
            let none_prior = actors_before.is_empty();
            if src.is_none() || (o.default_source_prior && none_prior) {
                src = Some((None, vec![d.clone()]));
            }
        }
        if let Some(d) = &o.default_target {
            if tgt.is_none() || (o.default_target_after && actors_after.is_empty()) {
                tgt = Some((None, vec![d.clone()]));
            }
        }
        if first_clause || binding.source.is_some() {
            if let Some((Some(k), codes)) = &src {
                *carried = Some((*k, codes.clone()));
            }
        }
        let (Some(src), Some(tgt)) = (src, tgt) else {
            return None;
        };
        let mut evs = Vec::new();
        let sw = src.0.map(|k| self.actors[k].start);
        let tw = tgt.0.map(|k| self.actors[k].start);
        for s in &src.1 {
            for t in &tgt.1 {
                if s == t {
                    continue;
                }
                if let Some(c) = &code {
                    evs.push(CodedEvent {
                        source: s.clone(),
                        target: t.clone(),
                        code: c.clone(),
                        verb: verb_word,
                        source_word: sw,
                        target_word: tw,
                        pattern: raw.clone(),
                    });
                }
                if let Some(pc) = &paired {
                    evs.push(CodedEvent {
                        source: t.clone(),
                        target: s.clone(),
                        code: pc.clone(),
                        verb: verb_word,
                        source_word: tw,
                        target_word: sw,
                        pattern: raw.clone(),
                    });
                }
            }
        }
        if evs.is_empty() {
            return None;
        }
        Some((evs, weak))
    }

    fn match_pattern(
        &self,
        p: &CPattern,
        clause: &[usize],
        vpos: usize,
        vend: usize,
    ) -> Option<Binding> {
        // Pre-verb items: matched forward from the clause start; they end
        // before the verb, right before it when linked to it by `_`.
        let mut b = Binding::default();
        if !p.pre.is_empty() {
            let last_link = p.pre.last().map(|i| i.next).unwrap_or(Link::Gap);
            let ok = self.match_from(&p.pre, 0, clause, 0, false, vpos, last_link, true, &mut b)
                // The infinitive marker TO does not break `WORD_ *`.
                || (last_link == Link::Adjacent
                    && vpos > 0
                    && self.words[clause[vpos - 1]] == "TO"
                    && self.match_from(&p.pre, 0, clause, 0, false, vpos - 1, last_link, true, &mut b));
            if !ok {
                return None;
            }
        }
        if !p.post.is_empty() {
            let adjacent = p.verb_next == Link::Adjacent;
            if !self.match_from(
                &p.post,
                0,
                clause,
                vend + 1,
                adjacent,
                clause.len(),
                Link::Gap,
                false,
                &mut b,
            ) {
                return None;
            }
        }
        Some(b)
    }

    /// Matches `items[k..]` from clause position `at` (exactly there when
    /// `adjacent`, else at the first position where it fits), inside
    /// `clause[..limit]`; with `last_link` adjacent the match must end at
    /// `limit`. Backtracks over alternative placements.
    #[allow(clippy::too_many_arguments)]
    fn match_from(
        &self,
        items: &[CItem],
        k: usize,
        clause: &[usize],
        at: usize,
        adjacent: bool,
        limit: usize,
        last_link: Link,
        rev: bool,
        b: &mut Binding,
    ) -> bool {
        if k == items.len() {
            return last_link == Link::Gap || at == limit;
        }
        // `$ + % ^` take the first actor found, whatever the connector.
        let actor_token = matches!(
            items[k].elem,
            CElem::Source | CElem::Target | CElem::Compound | CElem::Skip
        );
        let last = if adjacent && !actor_token {
            at + 1
        } else {
            limit
        };
        // Before the verb, the placement nearest the verb is preferred
        // (`$ HOSTING ^ *`: $ is the actor right before HOSTING).
        let mut starts: Vec<usize> = (at..last.min(limit)).collect();
        if rev {
            starts.reverse();
        }
        for s in starts {
            let mut b2 = b.clone();
            for end in self.match_elem(&items[k].elem, clause, s, limit, &mut b2) {
                let mut b3 = b2.clone();
                let adj = items[k].next == Link::Adjacent;
                if self.match_from(
                    items,
                    k + 1,
                    clause,
                    end,
                    adj,
                    limit,
                    last_link,
                    rev,
                    &mut b3,
                ) {
                    *b = b3;
                    return true;
                }
            }
        }
        false
    }

    /// Possible end positions (exclusive, in clause indices) of an element
    /// matched starting exactly at clause position `s`.
    fn match_elem(
        &self,
        e: &CElem,
        clause: &[usize],
        s: usize,
        limit: usize,
        b: &mut Binding,
    ) -> Vec<usize> {
        let w = clause[s];
        match e {
            CElem::Word(cw) => {
                // PETRARCH does not stem pattern words.
                let ok = if self.coder.petrarch {
                    self.words[w] == cw.text
                } else {
                    pattern_word_match(cw, &self.words[w])
                };
                if ok {
                    vec![s + 1]
                } else {
                    vec![]
                }
            }
            CElem::Verb => vec![],
            CElem::Source | CElem::Target | CElem::Compound | CElem::Skip => {
                let Some(k) = self.actor_starting(w) else {
                    return vec![];
                };
                // The unit: the compound if any, else the actor.
                let (unit_end_word, is_compound) = match self.compound_of(k) {
                    Some((_, bnd)) => (self.actors[bnd - 1].end, true),
                    None => (self.actors[k].end, false),
                };
                if matches!(e, CElem::Compound) && !is_compound {
                    return vec![];
                }
                match e {
                    CElem::Source => b.source = Some(k),
                    CElem::Target => b.target = Some(k),
                    CElem::Compound => b.compound = Some(k),
                    _ => {}
                }
                let end = clause
                    .iter()
                    .position(|&x| x >= unit_end_word)
                    .unwrap_or(clause.len())
                    .min(limit);
                vec![end]
            }
            CElem::Synset(i) => self.match_any_seq(&self.coder.synsets[*i], clause, s, limit, b),
            CElem::Alt(options) => self.match_any_seq(options, clause, s, limit, b),
        }
    }

    /// The ends of those of `seqs` (synset members, alternatives) that match
    /// starting exactly at `s`, longest first. Each is tried on a copy of
    /// `b`, which is left unchanged.
    fn match_any_seq(
        &self,
        seqs: &[Vec<CItem>],
        clause: &[usize],
        s: usize,
        limit: usize,
        b: &Binding,
    ) -> Vec<usize> {
        let mut ends = Vec::new();
        for seq in seqs {
            let mut bb = b.clone();
            if let Some(end) = self.match_exact_seq(seq, clause, s, limit, &mut bb) {
                ends.push(end);
            }
        }
        ends.sort_unstable_by(|a, b| b.cmp(a));
        ends
    }

    /// A sequence starting exactly at `s`; returns its end.
    fn match_exact_seq(
        &self,
        items: &[CItem],
        clause: &[usize],
        s: usize,
        limit: usize,
        b: &mut Binding,
    ) -> Option<usize> {
        let mut at = s;
        for (k, it) in items.iter().enumerate() {
            let adjacent = k == 0 || items[k - 1].next == Link::Adjacent;
            let mut found = None;
            let range: Vec<usize> = if adjacent {
                vec![at]
            } else {
                (at..limit).collect()
            };
            for st in range {
                if st >= limit {
                    break;
                }
                if let Some(&end) = self.match_elem(&it.elem, clause, st, limit, b).first() {
                    found = Some(end);
                    break;
                }
            }
            at = found?;
        }
        Some(at)
    }
}

/// Tags the words at `pos` and marks them taken by a dictionary match.
fn tag_words(tags: &mut [Tag], taken: &mut [bool], pos: &[usize], tag: Tag) {
    for &p in pos {
        taken[p] = true;
        tags[p] = tag;
    }
}

fn kind_rank(k: Kind) -> u8 {
    match k {
        Kind::Actor => 0,
        Kind::Agent => 1,
        Kind::Verb => 2,
        Kind::Noun => 3,
        Kind::Adj => 4,
    }
}

#[derive(Debug, Clone, Default)]
struct Binding {
    source: Option<usize>,
    target: Option<usize>,
    compound: Option<usize>,
}

impl Annotator for DictCoder {
    /// Adds `doc.actors` (dictionary actor mentions) and `doc.events`, one
    /// sentence at a time, from the document's tokens.
    fn annotate(&self, doc: &mut Document) {
        let sentences = doc.sentences.clone();
        let mut forward: Option<String> = None;
        for (si, sent) in sentences.iter().enumerate() {
            if sent.token_end <= sent.token_start || sent.token_end > doc.tokens.len() {
                continue;
            }
            let fwd = if self.options.forward.is_some() {
                forward.as_deref()
            } else {
                None
            };
            let r = self.code_tokens_with(doc, sent.token_start, sent.token_end, fwd);
            forward = r.forward.clone();
            let span = |w0: usize, w1: usize| -> Option<(usize, usize)> {
                let a = r.words.get(w0)?;
                let b = r.words.get(w1.checked_sub(1)?)?;
                Some((doc.tokens[a.1].start, doc.tokens[b.2].end))
            };
            let first_mention = doc.actors.len();
            let mut mention_at: HashMap<usize, usize> = HashMap::new();
            for (w0, w1, codes) in &r.actors {
                let Some((s, e)) = span(*w0, *w1) else {
                    continue;
                };
                for code in codes {
                    mention_at.entry(*w0).or_insert(doc.actors.len());
                    doc.actors.push(ActorMention {
                        start: s,
                        end: e,
                        text: doc.text.get(s..e).unwrap_or("").to_string(),
                        code: code.clone(),
                        country: code
                            .get(..3)
                            .map(str::to_string)
                            .filter(|c| c.chars().all(|x| x.is_ascii_alphabetic())),
                        sector: code.get(3..6).map(str::to_string).filter(|c| c.len() == 3),
                        kind: ActorKind::Unknown,
                        rule: "dictionary".into(),
                        sentence: si,
                        ..Default::default()
                    });
                }
            }
            let _ = first_mention;
            for ev in &r.events {
                let Some((ts, te)) = span(ev.verb, ev.verb + 1) else {
                    continue;
                };
                let actor = |w: Option<usize>, code: &str| -> EventActor {
                    let (s, e) = w
                        .and_then(|w0| {
                            r.actors
                                .iter()
                                .find(|a| a.0 == w0)
                                .and_then(|a| span(a.0, a.1))
                        })
                        .unwrap_or((0, 0));
                    EventActor {
                        code: code.to_string(),
                        country: code.get(..3).map(str::to_string),
                        sector: code.get(3..6).map(str::to_string).filter(|c| c.len() == 3),
                        text: doc.text.get(s..e).unwrap_or("").to_string(),
                        start: s,
                        end: e,
                        mention: w.and_then(|w0| mention_at.get(&w0).copied()),
                    }
                };
                doc.events.push(Event {
                    sentence: si,
                    trigger: SpanText {
                        start: ts,
                        end: te,
                        text: doc.text.get(ts..te).unwrap_or("").to_string(),
                    },
                    source: vec![actor(ev.source_word, &ev.source)],
                    target: vec![actor(ev.target_word, &ev.target)],
                    cameo: ev.code.clone(),
                    root: ev.code.chars().take(2).collect(),
                    pattern: ev.pattern.clone(),
                    ..Default::default()
                });
            }
        }
    }
}
