//! gesta syntax stage: part-of-speech tagging (UPOS + Penn XPOS), rule
//! lemmatization and labelled dependency parsing, with models trained by
//! gesta itself on UD English EWT.
//!
//! * Tagger: greedy left-to-right averaged perceptron over joint
//!   UPOS/XPOS classes ([`tagger`]).
//! * Parser: greedy arc-eager transition parser, averaged perceptron,
//!   dynamic oracle; a separate perceptron labels each arc ([`parser`]).
//! * Lemmatizer: exception table + suffix rules ([`lemma`]).
//!
//! [`Model::embedded`] loads the weights compiled into the binary;
//! [`Model::load`] loads a model directory written by `gesta train`.
//! The model file format is documented in `docs/syntax.md`.

pub mod conllu;
pub mod dict;
pub mod hash;
pub mod lemma;
pub mod lex;
pub mod parser;
pub mod tagger;
pub mod templates;
pub mod train;
pub mod weights;

use gesta_document::{Annotator, Document, TokStr};
use std::path::Path;
use weights::{write_string, Reader, Table};

pub use lemma::Lemmatizer;
pub use tagger::{TagDict, TagSet};
pub use templates::Templates;

/// Errors of the syntax crate.
#[derive(Debug, thiserror::Error)]
pub enum SyntaxError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}: {message}")]
    Format {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}: byte {offset}: {message}")]
    Model {
        file: String,
        offset: usize,
        message: String,
    },
    #[error("{0}")]
    Data(String),
}

const MAGIC: &[u8; 8] = b"GSYNTAX5";
/// The fourth format (no label dictionary), still readable.
const MAGIC_V4: &[u8; 8] = b"GSYNTAX4";
/// The third format (every template active), still readable.
const MAGIC_V3: &[u8; 8] = b"GSYNTAX3";
/// The second format (no tag dictionary), still readable.
const MAGIC_V2: &[u8; 8] = b"GSYNTAX2";
/// The first format (plain keys, sparse rows), still readable.
const MAGIC_V1: &[u8; 8] = b"GSYNTAX1";
/// Version of the feature templates and of their keys (4: keys by
/// `hash::feature_key`); a model trained with others is refused.
pub const FEATURES_VERSION: u32 = 4;
/// File name of the weights inside a model directory.
pub const MODEL_FILE: &str = "syntax.bin";
/// File name of the lemma exception table.
pub const LEMMA_FILE: &str = "lemmas.tsv";

static EMBEDDED_MODEL: &[u8] = include_bytes!("../model/syntax.bin");
static EMBEDDED_LEMMAS: &str = include_str!("../data/lemmas.tsv");

/// A trained tagger + parser + lemmatizer. `Send + Sync`; share it across
/// threads by reference or `Arc`.
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) tagset: TagSet,
    pub(crate) amb: lex::AmbLexicon,
    pub(crate) labels: Vec<String>,
    pub(crate) root_label: u8,
    pub(crate) tagger: Table,
    pub(crate) actions: Table,
    pub(crate) labeller: Table,
    pub(crate) lemmatizer: Lemmatizer,
    pub(crate) dict: tagger::TagDict,
    /// Arcs labelled without the labeller.
    pub(crate) label_dict: parser::LabelDict,
    /// The feature templates the weights were trained with.
    pub(crate) templates: Templates,
    /// Index lists derived from `templates`.
    pub(crate) active: templates::Active,
    /// Process-unique id, renewed whenever weights or templates change.
    pub(crate) id: u64,
    /// Spare scratches for [`Annotator::annotate`].
    pub(crate) scratches: ScratchPool,
}

/// The scratches `annotate` uses, kept by the model rather than by the
/// thread: their memos then outlive the threads (the pipeline runs every
/// batch on fresh scoped threads). One per concurrent caller at most.
#[derive(Default)]
pub(crate) struct ScratchPool(std::sync::Mutex<Vec<Scratch>>);

impl ScratchPool {
    /// Drop the spare scratches (their memos and sentence caches).
    fn clear(&self) {
        if let Ok(mut v) = self.0.lock() {
            v.clear();
        }
    }

    /// A spare scratch, or a new one.
    fn take(&self) -> Scratch {
        self.0
            .lock()
            .ok()
            .and_then(|mut v| v.pop())
            .unwrap_or_default()
    }

    /// Keep `sc` for the next caller.
    fn give(&self, sc: Scratch) {
        if let Ok(mut v) = self.0.lock() {
            v.push(sc);
        }
    }
}

impl Clone for ScratchPool {
    /// A clone starts with no spare scratch.
    fn clone(&self) -> Self {
        ScratchPool::default()
    }
}

impl std::fmt::Debug for ScratchPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ScratchPool")
    }
}

/// Full analysis of one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis<'m> {
    pub upos: &'m str,
    pub xpos: &'m str,
    pub lemma: TokStr,
    /// 0-based index of the head word in the sentence; `None` for the root.
    pub head: Option<usize>,
    pub deprel: &'m str,
}

/// Reusable buffers for [`Model::analyse_with`]; one per thread.
#[derive(Default)]
pub struct Scratch {
    lex: Vec<lex::Lex>,
    tags: Vec<u8>,
    state: parser::State,
    memo: tagger::WordMemo,
    /// Sentences parsed together by `annotate` (see [`parser::parse_many`]).
    batch: Vec<Slot>,
    work: parser::Works,
    /// Analyses of recent sentences, by their words (see [`SentCache`]).
    sents: SentCache,
    /// Lemmas of recent (form, tag) pairs.
    lemmas: lemma::LemmaMemo,
}

/// Slots of a [`SentCache`] (direct-mapped by the hash of the words).
const SENT_SLOTS: usize = 4096;

/// The analyses (tags, heads, labels, lemmas) of recently seen sentences,
/// keyed by their words. Tagging, parsing and lemmatizing depend on a
/// sentence's words alone, so a sentence seen before (wire boilerplate,
/// a story sent twice, a paragraph quoted by several outlets: 4.6 % of
/// the sentence bytes of the first 10 MB of the news corpus) gets the
/// same analysis without running the models. Exact: a hit compares the
/// words themselves, not only their hash. Tied to one model (`model`).
#[derive(Default)]
struct SentCache {
    model: u64,
    slots: Vec<CachedSent>,
    /// Sentences found here so far.
    hits: u64,
}

/// One sentence of a [`SentCache`]; `words` empty = free slot.
#[derive(Default)]
struct CachedSent {
    hash: u64,
    /// The words, each followed by a 0 byte.
    words: String,
    tags: Vec<u8>,
    /// Head of each word (1-based; 0 = none) and its label.
    heads: Vec<u32>,
    labels: Vec<u8>,
    lemmas: Vec<TokStr>,
}

impl SentCache {
    fn hash(words: &[&str]) -> u64 {
        let mut h = 0x9e37_79b9_7f4a_7c15u64;
        for w in words {
            for b in w.bytes() {
                h = hash::mix(h, b as u64);
            }
            h = hash::mix(h, 0x100);
        }
        h
    }

    fn same(c: &CachedSent, hash: u64, words: &[&str]) -> bool {
        if c.hash != hash || c.tags.len() != words.len() {
            return false;
        }
        let mut rest = c.words.as_str();
        for w in words {
            match rest.strip_prefix(w).and_then(|r| r.strip_prefix('\0')) {
                Some(r) => rest = r,
                None => return false,
            }
        }
        rest.is_empty()
    }

    /// The cached analysis of `words`, if any.
    fn get(&mut self, model: u64, hash: u64, words: &[&str]) -> Option<&CachedSent> {
        if self.model != model {
            self.model = model;
            self.slots.clear();
        }
        let c = self.slots.get(hash as usize % SENT_SLOTS)?;
        let hit = Self::same(c, hash, words);
        self.hits += hit as u64;
        hit.then_some(c)
    }

    /// The slot for `hash`, emptied, to be filled by the caller.
    fn slot(&mut self, hash: u64) -> Option<&mut CachedSent> {
        if self.slots.is_empty() {
            self.slots.resize_with(SENT_SLOTS, CachedSent::default);
        }
        let c = self.slots.get_mut(hash as usize % SENT_SLOTS)?;
        c.hash = hash;
        c.words.clear();
        c.tags.clear();
        c.heads.clear();
        c.labels.clear();
        c.lemmas.clear();
        Some(c)
    }
}

/// One sentence of a batch: its words, tags and parse.
#[derive(Default)]
struct Slot {
    lex: Vec<lex::Lex>,
    tags: Vec<u8>,
    state: parser::State,
}

/// Sentences `annotate` parses in lockstep.
const BATCH: usize = 8;

/// A process-unique id for every model built or changed (ties a
/// [`tagger::WordMemo`] to the weights it summed).
fn next_model_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Model {
    /// The model compiled into the binary.
    pub fn embedded() -> Result<Model, SyntaxError> {
        let lem = Lemmatizer::from_tsv(EMBEDDED_LEMMAS, "embedded lemmas.tsv")?;
        Model::from_bytes(EMBEDDED_MODEL, lem, "embedded syntax.bin")
    }

    /// Load a model directory: `syntax.bin` and, if present, `lemmas.tsv`
    /// (else `../data/lemmas.tsv`, else the embedded table).
    pub fn load(dir: impl AsRef<Path>) -> Result<Model, SyntaxError> {
        let dir = dir.as_ref();
        let path = dir.join(MODEL_FILE);
        let bin = std::fs::read(&path).map_err(|e| SyntaxError::Io {
            path: path.display().to_string(),
            source: e,
        })?;
        let mut lem = None;
        for p in [dir.join(LEMMA_FILE), dir.join("../data").join(LEMMA_FILE)] {
            if p.is_file() {
                let t = std::fs::read_to_string(&p).map_err(|e| SyntaxError::Io {
                    path: p.display().to_string(),
                    source: e,
                })?;
                lem = Some(Lemmatizer::from_tsv(&t, &p.display().to_string())?);
                break;
            }
        }
        let lem = match lem {
            Some(l) => l,
            None => Lemmatizer::from_tsv(EMBEDDED_LEMMAS, "embedded lemmas.tsv")?,
        };
        Model::from_bytes(&bin, lem, &path.display().to_string())
    }

    /// Decode a model file.
    pub fn from_bytes(
        bin: &[u8],
        lemmatizer: Lemmatizer,
        name: &str,
    ) -> Result<Model, SyntaxError> {
        let mut r = Reader::new(bin, name);
        if bin.is_empty() {
            return Err(r.err("empty model file (not trained yet?)".into()));
        }
        let magic = r.bytes(8)?;
        let with_label_dict = magic == MAGIC;
        let with_templates = with_label_dict || magic == MAGIC_V4;
        let with_dict = with_templates || magic == MAGIC_V3;
        let compact = with_dict || magic == MAGIC_V2;
        if !compact && magic != MAGIC_V1 {
            return Err(r.err("not a gesta syntax model (bad magic)".into()));
        }
        let fv = r.u32()?;
        if fv != FEATURES_VERSION {
            return Err(r.err(format!(
                "model built for feature version {fv}, this code uses {FEATURES_VERSION}; retrain with `gesta train`"
            )));
        }
        let mut templates = Templates::all();
        if with_templates {
            let t = r.u64()?;
            let p = r.u128()?;
            let l = r.u32()?;
            let all = Templates::all();
            if t & !all.tagger != 0 || p & !all.parser != 0 || l & !all.labeller != 0 {
                return Err(r.err("template set names templates this code does not have".into()));
            }
            templates = Templates {
                tagger: t,
                parser: p,
                labeller: l,
            };
        }
        let nt = r.u32()? as usize;
        if nt == 0 || nt > 250 {
            return Err(r.err(format!("bad tag count {nt}")));
        }
        let mut tags = Vec::with_capacity(nt);
        for _ in 0..nt {
            let u = r.string()?;
            let x = r.string()?;
            tags.push((u, x));
        }
        let na = r.u32()? as usize;
        if na > r.remaining() / 8 {
            return Err(r.err(format!("lexicon size {na} larger than the file")));
        }
        let mut amb = lex::AmbLexicon::default();
        for _ in 0..na {
            let k = r.u32()?;
            let c = r.u32()?;
            amb.insert(k, c);
        }
        let nl = r.u32()? as usize;
        if nl == 0 || nl > 64 {
            return Err(r.err(format!("bad label count {nl}")));
        }
        let mut labels = Vec::with_capacity(nl);
        for _ in 0..nl {
            labels.push(r.string()?);
        }
        let root_label = r.u8()?;
        if root_label as usize >= nl {
            return Err(r.err("root label out of range".into()));
        }
        let tagger = Table::read(&mut r, compact)?;
        let actions = Table::read(&mut r, compact)?;
        let labeller = Table::read(&mut r, compact)?;
        let dict = if with_dict {
            tagger::TagDict(dict::ClassDict::read(&mut r, "tag dictionary", |_, t| {
                (t as usize) < nt
            })?)
        } else {
            tagger::TagDict::default()
        };
        let label_dict = if with_label_dict {
            parser::LabelDict(dict::ClassDict::read(
                &mut r,
                "label dictionary",
                |k, l| parser::LabelDict::valid_key(k, nt) && (l as usize) < nl && l != root_label,
            )?)
        } else {
            parser::LabelDict::default()
        };
        if tagger.classes() != nt || actions.classes() != parser::NA || labeller.classes() != nl {
            return Err(r.err("table class counts do not match the tag/label sets".into()));
        }
        Ok(Model {
            dict,
            label_dict,
            id: next_model_id(),
            scratches: ScratchPool::default(),
            active: templates.active(),
            templates,
            tagset: TagSet::from_tags(tags),
            amb,
            labels,
            root_label,
            tagger,
            actions,
            labeller,
            lemmatizer,
        })
    }

    /// Encode the weights (not the lemma table) as a model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FEATURES_VERSION.to_le_bytes());
        self.templates.write(&mut out);
        out.extend_from_slice(&(self.tagset.len() as u32).to_le_bytes());
        for (u, x) in &self.tagset.tags {
            write_string(&mut out, u);
            write_string(&mut out, x);
        }
        let entries = self.amb.entries();
        out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        for (k, c) in entries {
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        out.extend_from_slice(&(self.labels.len() as u32).to_le_bytes());
        for l in &self.labels {
            write_string(&mut out, l);
        }
        out.push(self.root_label);
        self.tagger.write(&mut out);
        self.actions.write(&mut out);
        self.labeller.write(&mut out);
        self.dict.0.write(&mut out);
        self.label_dict.0.write(&mut out);
        out
    }

    /// Write `syntax.bin` into `dir`.
    pub fn save(&self, dir: &Path) -> Result<(), SyntaxError> {
        std::fs::create_dir_all(dir).map_err(|e| SyntaxError::Io {
            path: dir.display().to_string(),
            source: e,
        })?;
        let p = dir.join(MODEL_FILE);
        std::fs::write(&p, self.to_bytes()).map_err(|e| SyntaxError::Io {
            path: p.display().to_string(),
            source: e,
        })
    }

    /// Sentences `annotate` took from its sentence cache since the last
    /// [`Model::forget`] (in the scratches not in use now).
    pub fn sentence_cache_hits(&self) -> u64 {
        self.scratches
            .0
            .lock()
            .map_or(0, |v| v.iter().map(|s| s.sents.hits).sum())
    }

    /// Forget what `annotate` keeps between calls (word memos, the
    /// sentence cache): the next call starts cold, as in a fresh process.
    /// Results never depend on it; benchmarks call it between runs.
    pub fn forget(&self) {
        self.scratches.clear();
    }

    /// Replace the tag dictionary (words tagged without the tagger).
    pub fn set_tag_dict(&mut self, dict: tagger::TagDict) {
        self.dict = dict;
    }

    /// Replace the label dictionary (arcs labelled without the labeller;
    /// an empty one labels every arc with the labeller).
    pub fn set_label_dict(&mut self, dict: parser::LabelDict) {
        self.label_dict = dict;
    }

    /// A label dictionary from gold trees (see [`parser::LabelDict`]),
    /// with this model's tag and label numbers.
    pub fn build_label_dict(
        &self,
        sents: &[&conllu::Sentence],
        min_count: usize,
        min_share: f64,
    ) -> parser::LabelDict {
        let root = self.root_label as usize;
        let id = |l: &str| {
            self.labels
                .iter()
                .position(|x| x == l)
                .filter(|&i| i != root)
                .map(|i| i as u8)
        };
        parser::LabelDict::build(sents, &self.tagset, id, min_count, min_share)
    }

    /// Number of entries in the label dictionary.
    pub fn label_dict_len(&self) -> usize {
        self.label_dict.len()
    }

    /// The labeller's weights and dictionary.
    pub(crate) fn labels(&self) -> parser::Labels<'_> {
        parser::Labels {
            table: &self.labeller,
            dict: &self.label_dict,
        }
    }

    /// The feature templates the model uses.
    pub fn templates(&self) -> Templates {
        self.templates
    }

    /// Use only the given templates (for ablation studies: weights of
    /// other templates are then ignored; a model trained without them is
    /// better, see `gesta train --drop-*`).
    pub fn set_templates(&mut self, t: Templates) {
        self.templates = t;
        self.active = t.active();
        self.id = next_model_id();
    }

    /// The joint UPOS/XPOS tag set.
    pub fn tagset(&self) -> &TagSet {
        &self.tagset
    }

    /// Number of words in the tag dictionary.
    pub fn tag_dict_len(&self) -> usize {
        self.dict.len()
    }

    pub fn lemmatizer(&self) -> &Lemmatizer {
        &self.lemmatizer
    }

    /// Drop weight rows whose largest |quantised weight| is below the
    /// given thresholds (tagger, actions, labeller).
    pub fn prune(&mut self, tagger: i16, actions: i16, labeller: i16) {
        self.id = next_model_id();
        self.tagger = self.tagger.pruned(tagger);
        self.actions = self.actions.pruned(actions);
        self.labeller = self.labeller.pruned(labeller);
    }

    /// Drop single weights below the given |quantised weight| from the
    /// tagger and labeller rows (size/speed against accuracy).
    pub fn prune_weights(&mut self, tagger: i16, labeller: i16) {
        self.id = next_model_id();
        self.tagger = self.tagger.pruned_weights(tagger);
        self.labeller = self.labeller.pruned_weights(labeller);
    }

    /// The weight average of models trained with the same recipe and
    /// different seeds (same tag set, labels and templates; the first
    /// model's lexicons, lemmas and tag dictionary are kept). `None` when
    /// they do not match.
    pub fn soup(models: &[Model], min_q: i16) -> Option<Model> {
        let first = models.first()?;
        if models.iter().any(|m| {
            m.tagset.tags != first.tagset.tags
                || m.labels != first.labels
                || m.templates != first.templates
        }) {
            return None;
        }
        let avg = |f: fn(&Model) -> &Table| -> Option<Table> {
            let ts: Vec<&Table> = models.iter().map(f).collect();
            Table::average(&ts, min_q)
        };
        let mut m = first.clone();
        m.tagger = avg(|m| &m.tagger)?;
        m.actions = avg(|m| &m.actions)?;
        m.labeller = avg(|m| &m.labeller)?;
        m.id = next_model_id();
        Some(m)
    }

    /// Number of non-zero weights (tagger, actions, labeller).
    pub fn weight_counts(&self) -> (usize, usize, usize) {
        (
            self.tagger.weights(),
            self.actions.weights(),
            self.labeller.weights(),
        )
    }

    /// Number of weight rows (tagger, actions, labeller).
    pub fn sizes(&self) -> (usize, usize, usize) {
        (self.tagger.len(), self.actions.len(), self.labeller.len())
    }

    /// (UPOS, XPOS) of every word.
    pub fn tag(&self, words: &[&str]) -> Vec<(&str, &str)> {
        let mut sc = Scratch::default();
        self.tag_ids(words, &mut sc);
        sc.tags.iter().map(|&t| self.tag_str(t)).collect()
    }

    fn tag_str(&self, t: u8) -> (&str, &str) {
        match self.tagset.tags.get(t as usize) {
            Some((u, x)) => (u.as_str(), x.as_str()),
            None => ("X", "FW"),
        }
    }

    fn tag_ids(&self, words: &[&str], sc: &mut Scratch) {
        self.tag_into(words, &mut sc.memo, &mut sc.lex, &mut sc.tags);
    }

    fn tag_into(
        &self,
        words: &[&str],
        memo: &mut tagger::WordMemo,
        lex: &mut Vec<lex::Lex>,
        tags: &mut Vec<u8>,
    ) {
        memo.lex.lex_all(words, &self.amb, self.id, lex);
        tagger::tag_with_dict(
            &self.tagger,
            &self.dict,
            &self.active.tagger_groups,
            (memo, self.id),
            lex,
            tags,
        );
    }

    fn parse_ids(&self, sc: &mut Scratch) {
        let ws = parser::Words {
            lex: &sc.lex,
            tags: &sc.tags,
        };
        // the scratch's memos serve the next sentence too
        parser::parse_many(
            &self.actions,
            self.labels(),
            &self.active,
            self.root_label,
            &mut [parser::Job {
                ws,
                st: &mut sc.state,
            }],
            &mut sc.work,
            self.id,
        );
    }

    fn label_str(&self, l: u8) -> &str {
        self.labels.get(l as usize).map_or("dep", |s| s.as_str())
    }

    /// Parse words with the given (UPOS, XPOS) tags: (head, deprel) per
    /// word, head 0-based, `None` for the root.
    pub fn parse(&self, words: &[&str], tags: &[(&str, &str)]) -> Vec<(Option<usize>, &str)> {
        let mut sc = Scratch::default();
        lex::lex_all(words, &mut sc.lex);
        self.amb.fill(&mut sc.lex);
        sc.tags = (0..words.len())
            .map(|i| tags.get(i).map_or(0, |(u, x)| self.tagset.id(u, x)))
            .collect();
        self.parse_ids(&mut sc);
        self.arcs(&sc)
    }

    fn arcs(&self, sc: &Scratch) -> Vec<(Option<usize>, &str)> {
        (0..sc.lex.len()).map(|i| self.arc(&sc.state, i)).collect()
    }

    /// Head (0-based, `None` for the root) and relation of word `i`.
    fn arc(&self, st: &parser::State, i: usize) -> (Option<usize>, &str) {
        let (head, l) = self.arc_id(st, i);
        (head, self.label_str(l))
    }

    /// [`Model::arc`] with the relation's index in the labels.
    fn arc_id(&self, st: &parser::State, i: usize) -> (Option<usize>, u8) {
        let n = st.n;
        let d = i + 1;
        let h = st.head.get(d).copied().unwrap_or(0) as usize;
        let head = if h == 0 || h > n { None } else { Some(h - 1) };
        let l = st.label.get(d).copied().unwrap_or(self.root_label);
        let l = if head.is_none() { self.root_label } else { l };
        (head, l)
    }

    /// Tag, lemmatize and parse one sentence.
    pub fn analyse(&self, words: &[&str]) -> Vec<Analysis<'_>> {
        let mut sc = Scratch::default();
        self.analyse_with(words, &mut sc)
    }

    /// [`Model::analyse`] with reusable buffers.
    pub fn analyse_with(&self, words: &[&str], sc: &mut Scratch) -> Vec<Analysis<'_>> {
        self.tag_ids(words, sc);
        self.parse_ids(sc);
        let arcs = self.arcs(sc);
        words
            .iter()
            .zip(&sc.tags)
            .zip(arcs)
            .map(|((w, &t), (head, deprel))| {
                let (upos, xpos) = self.tag_str(t);
                Analysis {
                    upos,
                    xpos,
                    lemma: self.lemmatizer.lemma(w, xpos),
                    head,
                    deprel,
                }
            })
            .collect()
    }

    /// Tag and parse only (no lemmas); returns tag ids, heads (1-based,
    /// 0 = root) and label ids in the scratch. For benchmarks.
    pub fn tag_parse_with(&self, words: &[&str], sc: &mut Scratch) -> usize {
        self.tag_ids(words, sc);
        self.parse_ids(sc);
        sc.state.head.len()
    }
}

impl Annotator for Model {
    fn annotate(&self, doc: &mut Document) {
        let mut sc = self.scratches.take();
        self.annotate_with(doc, &mut sc);
        self.scratches.give(sc);
    }
}

/// The parser jobs of tagged sentences: each slot's words, tags and the
/// state that receives its arcs.
fn jobs_of(slots: &mut [Slot]) -> Vec<parser::Job<'_, '_>> {
    slots
        .iter_mut()
        .map(|Slot { lex, tags, state }| parser::Job {
            ws: parser::Words { lex, tags },
            st: state,
        })
        .collect()
}

impl Model {
    /// Parse the tagged sentences of `slots` together.
    fn parse_slots(&self, slots: &mut [Slot], work: &mut parser::Works) {
        let mut jobs = jobs_of(slots);
        parser::parse_many(
            &self.actions,
            self.labels(),
            &self.active,
            self.root_label,
            &mut jobs,
            work,
            self.id,
        );
    }

    fn annotate_with(&self, doc: &mut Document, sc: &mut Scratch) {
        let ntok = doc.tokens.len();
        let mut ranges: Vec<(usize, usize)> = doc
            .sentences
            .iter()
            .map(|s| (s.token_start.min(ntok), s.token_end.min(ntok)))
            .filter(|(a, b)| a < b)
            .collect();
        if ranges.is_empty() && ntok > 0 {
            ranges.push((0, ntok));
        }
        // the words of every sentence, one after another
        let text = doc.text.as_str();
        let tokens = &mut doc.tokens;
        let mut words: Vec<&str> = Vec::new();
        // sentences not in the cache (token range, hash, offset of their
        // words in `words`), parsed BATCH at a time
        let mut todo: Vec<(usize, usize, u64, usize)> = Vec::with_capacity(BATCH);
        for (k, &(a, b)) in ranges.iter().enumerate() {
            if todo.is_empty() {
                words.clear();
            }
            let w0 = words.len();
            words.extend(
                tokens[a..b]
                    .iter()
                    .map(|t| text.get(t.start..t.end).unwrap_or("")),
            );
            let h = SentCache::hash(&words[w0..]);
            match sc.sents.get(self.id, h, &words[w0..]) {
                Some(c) => {
                    for (i, t) in tokens[a..b].iter_mut().enumerate() {
                        let head = match c.heads.get(i).copied().unwrap_or(0) {
                            0 => None,
                            h => Some(h as usize - 1 + a),
                        };
                        let label = c.labels.get(i).copied().unwrap_or(self.root_label);
                        let tag = c.tags.get(i).copied().unwrap_or(0);
                        let lemma = c.lemmas.get(i).cloned().unwrap_or_default();
                        self.fill_token(t, tag, head, label, lemma);
                    }
                    words.truncate(w0);
                }
                None => todo.push((a, b, h, w0)),
            }
            if todo.len() == BATCH || (k + 1 == ranges.len() && !todo.is_empty()) {
                self.analyse_batch(&words, tokens, &todo, sc);
                todo.clear();
            }
        }
    }

    /// Tag, parse and lemmatize the sentences `group` (token ranges, the
    /// hashes of their words and where their words start in `words`)
    /// together, then cache them.
    fn analyse_batch(
        &self,
        words: &[&str],
        tokens: &mut [gesta_document::Token],
        group: &[(usize, usize, u64, usize)],
        sc: &mut Scratch,
    ) {
        if sc.batch.len() < group.len() {
            sc.batch.resize_with(group.len(), Slot::default);
        }
        let sentence = |&(a, b, _, w0): &(usize, usize, u64, usize)| -> &[&str] {
            words.get(w0..w0 + (b - a)).unwrap_or(&[])
        };
        for (slot, g) in sc.batch.iter_mut().zip(group) {
            self.tag_into(sentence(g), &mut sc.memo, &mut slot.lex, &mut slot.tags);
        }
        self.parse_slots(&mut sc.batch[..group.len()], &mut sc.work);
        for (slot, g) in sc.batch.iter().zip(group) {
            let &(a, b, h, _) = g;
            let ws = sentence(g);
            let mut cache = sc.sents.slot(h);
            let mut cacheable = true;
            for (i, t) in tokens[a..b].iter_mut().enumerate() {
                let tag = slot.tags.get(i).copied().unwrap_or(0);
                let (head, label) = self.arc_id(&slot.state, i);
                let w = ws.get(i).copied().unwrap_or("");
                let lemma = sc
                    .lemmas
                    .lemma(&self.lemmatizer, self.id, w, tag, self.tag_str(tag).1);
                if let Some(c) = cache.as_deref_mut() {
                    // a word with a 0 byte would be ambiguous in `words`
                    cacheable &= !w.contains('\0');
                    c.words.push_str(w);
                    c.words.push('\0');
                    c.tags.push(tag);
                    c.heads.push(head.map_or(0, |h| h as u32 + 1));
                    c.labels.push(label);
                    c.lemmas.push(lemma.clone());
                }
                self.fill_token(t, tag, head.map(|h| h + a), label, lemma);
            }
            if let (Some(c), false) = (cache, cacheable) {
                c.words.clear();
                c.tags.clear();
            }
        }
    }

    /// Set a token's analysis: tag id, absolute head, label id, lemma.
    fn fill_token(
        &self,
        t: &mut gesta_document::Token,
        tag: u8,
        head: Option<usize>,
        label: u8,
        lemma: TokStr,
    ) {
        let (upos, xpos) = self.tag_str(tag);
        t.lemma = lemma;
        t.upos = TokStr::new(upos);
        t.xpos = TokStr::new(xpos);
        t.head = head;
        t.deprel = TokStr::new(self.label_str(label));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    const STRUCK: &[&str] = &[
        "Russia",
        "struck",
        "Kyiv",
        "and",
        "Kharkiv",
        "overnight",
        ".",
    ];

    #[test]
    fn model_is_shareable() {
        assert_send_sync::<Model>();
    }

    /// Our bundled example stories split at full stops, plus two short
    /// sentences: enough words for a stale memo row to change some tag or
    /// arc.
    fn example_sentences() -> Vec<Vec<&'static str>> {
        let stories = [
            include_str!("../../../examples/stories/congo-rwanda.txt"),
            include_str!("../../../examples/stories/eu-sanctions.txt"),
        ];
        let mut sents: Vec<Vec<&str>> = vec![STRUCK.to_vec(), vec!["Paris"]];
        for text in stories {
            for s in text.split(". ") {
                sents.push(s.split_whitespace().collect());
            }
        }
        sents
    }

    #[test]
    fn memoised_tagging_equals_plain_tagging() {
        // every memo group against summing every active template for
        // every word (no tag dictionary either way): the same scores, not
        // just the same tags
        let m = Model::embedded().unwrap();
        let none = tagger::TagDict::default();
        let mut memo = tagger::WordMemo::default();
        let sents = example_sentences();
        let mut words_scored = 0;
        for words in &sents {
            let mut lex = Vec::new();
            lex::lex_all(words, &mut lex);
            m.amb.fill(&mut lex);
            let mut plain = Vec::new();
            let mut plain_scores: Vec<Vec<i32>> = Vec::new();
            tagger::tag_plain(&m.tagger, &m.active.tagger, &lex, &mut plain, |s| {
                plain_scores.push(s.to_vec())
            });
            for _ in 0..2 {
                let mut memoised = Vec::new();
                let mut scores: Vec<Vec<i32>> = Vec::new();
                tagger::tag_scored(
                    &m.tagger,
                    &none,
                    &m.active.tagger_groups,
                    (&mut memo, m.id),
                    &lex,
                    &mut memoised,
                    |s| scores.push(s.to_vec()),
                );
                assert_eq!(plain, memoised, "{words:?}");
                assert_eq!(plain_scores, scores, "{words:?}");
                words_scored += scores.len();
            }
        }
        assert!(words_scored > 300, "{words_scored}");
    }

    #[test]
    fn word_memo_never_changes_tags() {
        let m = Model::embedded().unwrap();
        let mut lean = m.clone();
        let mut t = lean.templates();
        t.drop_list("tagger", "1-5").unwrap();
        lean.set_templates(t);
        let sents: [&[&str]; 3] = [
            STRUCK,
            &["Kyiv", "said", "Russia", "struck", "its", "grid", "."],
            &[
                "The", "talks", "in", "Paris", "were", "useful", ",", "Kyiv", "said", ".",
            ],
        ];
        // one scratch for every sentence and both models (warm memo, and a
        // memo filled by the other model) against a fresh one each time
        let mut shared = Scratch::default();
        for model in [&m, &lean, &m] {
            for words in sents {
                let mut fresh = Scratch::default();
                model.tag_ids(words, &mut fresh);
                model.tag_ids(words, &mut shared);
                assert_eq!(fresh.tags, shared.tags, "{words:?}");
            }
        }
    }

    #[test]
    fn sentences_parsed_together_parse_as_alone() {
        let m = Model::embedded().unwrap();
        let sents: [&[&str]; 4] = [
            STRUCK,
            &["Talks", "."],
            &[
                "The",
                "talks",
                "in",
                "Paris",
                ",",
                "which",
                "Ukraine",
                "had",
                "sought",
                ",",
                "were",
                "useful",
                ",",
                "officials",
                "said",
                ".",
            ],
            &["Kyiv", "said", "Russia", "struck", "its", "grid", "."],
        ];
        let mut alone = Vec::new();
        let mut sc = Scratch::default();
        for words in sents {
            m.tag_parse_with(words, &mut sc);
            alone.push((sc.state.head.clone(), sc.state.label.clone()));
        }
        let mut slots: Vec<Slot> = sents.iter().map(|_| Slot::default()).collect();
        for (slot, words) in slots.iter_mut().zip(sents) {
            m.tag_into(words, &mut sc.memo, &mut slot.lex, &mut slot.tags);
        }
        m.parse_slots(&mut slots, &mut parser::Works::default());
        for (slot, (head, label)) in slots.iter().zip(&alone) {
            assert_eq!(&slot.state.head, head);
            assert_eq!(&slot.state.label, label);
        }
    }

    #[test]
    fn lockstep_memoised_parse_equals_plain_parse() {
        // parse_many (node sums, buffer-group memo, lockstep) against
        // summing every active template at every state, on our bundled
        // example stories split at full stops
        let m = Model::embedded().unwrap();
        let sents = example_sentences();
        let mut slots: Vec<Slot> = sents.iter().map(|_| Slot::default()).collect();
        let mut sc = Scratch::default();
        for (slot, words) in slots.iter_mut().zip(&sents) {
            m.tag_into(words, &mut sc.memo, &mut slot.lex, &mut slot.tags);
        }
        m.parse_slots(&mut slots, &mut parser::Works::default());
        let mut arcs = 0;
        for slot in &slots {
            let ws = parser::Words {
                lex: &slot.lex,
                tags: &slot.tags,
            };
            let mut plain = parser::State::new();
            parser::tests::parse_plain(
                &m.actions,
                m.labels(),
                &m.active,
                m.root_label,
                &ws,
                &mut plain,
            );
            assert_eq!(slot.state.head, plain.head);
            assert_eq!(slot.state.label, plain.label);
            arcs += plain.head.len();
        }
        assert!(arcs > 300, "{arcs}");
    }

    #[test]
    fn portable_and_v3_copies_agree() {
        // `tag_with_dict` and `parse_many` run their x86-64-v3 copies
        // when the CPU has the features; the portable bodies must give
        // the same tags and arcs (on a CPU without them both are portable)
        let m = Model::embedded().unwrap();
        let sents = example_sentences();
        let mut sc = Scratch::default();
        let mut slots: Vec<Slot> = sents.iter().map(|_| Slot::default()).collect();
        let mut portable: Vec<Slot> = sents.iter().map(|_| Slot::default()).collect();
        for ((slot, other), words) in slots.iter_mut().zip(portable.iter_mut()).zip(&sents) {
            m.tag_into(words, &mut sc.memo, &mut slot.lex, &mut slot.tags);
            sc.memo.lex.lex_all(words, &m.amb, m.id, &mut other.lex);
            tagger::tag_scored(
                &m.tagger,
                &m.dict,
                &m.active.tagger_groups,
                (&mut tagger::WordMemo::default(), m.id),
                &other.lex,
                &mut other.tags,
                |_| (),
            );
            assert_eq!(slot.tags, other.tags);
        }
        m.parse_slots(&mut slots, &mut parser::Works::default());
        let mut jobs = jobs_of(&mut portable);
        parser::parse_many_in(
            &m.actions,
            m.labels(),
            &m.active,
            m.root_label,
            &mut jobs,
            &mut parser::Works::default(),
            m.id,
        );
        drop(jobs);
        for (a, b) in slots.iter().zip(&portable) {
            assert_eq!(a.state.head, b.state.head);
            assert_eq!(a.state.label, b.state.label);
        }
    }

    #[test]
    fn bad_model_bytes_are_errors() {
        let lem = Lemmatizer::default();
        assert!(Model::from_bytes(b"", lem.clone(), "x").is_err());
        assert!(Model::from_bytes(b"GSYNTAX1\x05", lem.clone(), "x").is_err());
        assert!(Model::from_bytes(b"nonsense-file", lem, "x").is_err());
    }

    /// `n` copies of "the dogs bark"; every `odd_every`-th labels the arc
    /// "bark -> dogs" `obj` instead of `nsubj`.
    fn toy_trees(n: usize, odd_every: usize) -> Vec<conllu::Sentence> {
        let w = |form: &str, upos: &str, xpos: &str, head: usize, rel: &str| conllu::Word {
            form: form.into(),
            lemma: form.into(),
            upos: upos.into(),
            xpos: xpos.into(),
            head,
            deprel: rel.into(),
        };
        (0..n)
            .map(|i| conllu::Sentence {
                words: vec![
                    w("the", "DET", "DT", 2, "det"),
                    w(
                        "dogs",
                        "NOUN",
                        "NNS",
                        3,
                        if i % odd_every == 0 { "obj" } else { "nsubj" },
                    ),
                    w("bark", "VERB", "VBP", 0, "root"),
                ],
            })
            .collect()
    }

    #[test]
    fn label_dictionary_keeps_only_near_certain_arcs() {
        let m = Model::embedded().unwrap();
        let label = |l: &str| m.labels.iter().position(|x| x == l).unwrap() as u8;
        let tag = |u: &str, x: &str| m.tagset.id(u, x) as u64;
        // det is always det; nsubj is 9 in 10: too uncertain at 0.99
        let trees = toy_trees(100, 10);
        let refs: Vec<&conllu::Sentence> = trees.iter().collect();
        let d = m.build_label_dict(&refs, 50, 0.99);
        assert_eq!(d.len(), 1);
        let det_key = parser::pair_key(tag("NOUN", "NNS"), tag("DET", "DT"), 2, 1);
        assert_eq!(d.get(det_key), Some(label("det")));
        let subj_key = parser::pair_key(tag("VERB", "VBP"), tag("NOUN", "NNS"), 3, 2);
        assert_eq!(d.get(subj_key), None);
        // at 0.9 both are in; below the count neither is
        assert_eq!(
            m.build_label_dict(&refs, 50, 0.9).get(subj_key),
            Some(label("nsubj"))
        );
        assert!(m.build_label_dict(&refs, 101, 0.5).is_empty());
    }

    #[test]
    fn label_dictionary_decides_the_arcs_it_holds() {
        let mut m = Model::embedded().unwrap();
        assert!(m.label_dict_len() > 100, "{}", m.label_dict_len());
        let sents = example_sentences();
        // every tag pair of these sentences at every distance gets `dep`
        // (a label the labeller rarely picks)
        let dep = m.labels.iter().position(|x| x == "dep").unwrap() as u8;
        let mut d = parser::LabelDict::default();
        let mut sc = Scratch::default();
        for words in &sents {
            m.tag_ids(words, &mut sc);
            for (h, &hp) in sc.tags.iter().enumerate() {
                for (i, &dp) in sc.tags.iter().enumerate() {
                    if h != i {
                        d.insert(parser::pair_key(hp as u64, dp as u64, h + 1, i + 1), dep);
                    }
                }
            }
        }
        m.set_label_dict(d);
        let mut arcs = 0;
        for words in &sents {
            m.tag_ids(words, &mut sc);
            m.parse_ids(&mut sc);
            let n = words.len();
            for x in 1..=n {
                if (sc.state.head[x] as usize) <= n {
                    assert_eq!(sc.state.label[x], dep);
                    arcs += 1;
                }
            }
        }
        assert!(arcs > 300, "{arcs}");
    }

    #[test]
    fn label_dictionary_survives_the_file_and_old_files_load() {
        let m = Model::embedded().unwrap();
        let bytes = m.to_bytes();
        // the embedded file is what the model writes
        assert!(bytes == EMBEDDED_MODEL, "to_bytes differs from syntax.bin");
        let back = Model::from_bytes(&bytes, Lemmatizer::default(), "x").unwrap();
        assert_eq!(back.label_dict.entries(), m.label_dict.entries());
        // the same file as GSYNTAX4 (no dictionary section) still loads
        let n = m.label_dict.len();
        let mut v4 = bytes[..bytes.len() - 4 - 5 * n].to_vec();
        v4[..8].copy_from_slice(MAGIC_V4);
        let old = Model::from_bytes(&v4, Lemmatizer::default(), "x").unwrap();
        assert!(old.label_dict.is_empty());
        assert_eq!(old.sizes(), m.sizes());
        // an entry with a label out of range is refused, with its offset
        let mut bad = bytes.clone();
        let last = bad.len() - 1;
        bad[last] = 250;
        let e = Model::from_bytes(&bad, Lemmatizer::default(), "x").unwrap_err();
        assert!(e.to_string().contains("label dictionary"), "{e}");
    }
}
