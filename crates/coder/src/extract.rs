//! Events from the clauses of a dependency-parsed document.
//!
//! See `docs/patterns.md` ("How clauses become events") for the rules.

use std::borrow::Cow;

use rustc_hash::FxHashSet as HashSet;

use gesta_document::{Attribution, Document, Event, EventActor, SpanText};

use crate::ontology::{enrich, Counterpart, Ontology};
use crate::patterns::{list_bit, IdArg, IdFrame, Match, Outcome, PatternSet, Slot, NO_WORD};
use crate::tags::{Rel, Tags, Upos, Xpos};

// Bits of the word lists (`patterns::LIST_NAMES` order).
const SPEECH: u16 = list_bit(0);
const NEGATOR: u16 = list_bit(1);
const INTENT: u16 = list_bit(2);
const MODAL: u16 = list_bit(3);
const HYPOTHETICAL: u16 = list_bit(4);
const PARTITIVE: u16 = list_bit(5);
const NEGATION: u16 = list_bit(6);
const OBJCONTROL: u16 = list_bit(7);
const TEMPORAL: u16 = list_bit(8);
const PROTESTNOUN: u16 = list_bit(9);

/// Default target slots when a pattern names none.
const DEFAULT_TARGETS: &[&str] = &[
    "obj", "iobj", "with", "to", "against", "toward", "towards", "on", "into",
];

const MAX_DEPTH: usize = 12;

/// Appends word ids to a list that is mostly one token's (borrowed until
/// a second token adds to it).
fn join<'a>(ids: &mut Cow<'a, [u32]>, more: &'a [u32]) {
    if ids.is_empty() {
        *ids = Cow::Borrowed(more);
    } else if !more.is_empty() {
        ids.to_mut().extend_from_slice(more);
    }
}

/// One sentence's view of the document.
struct Sent<'a> {
    doc: &'a Document,
    index: usize,
    pats: &'a PatternSet,
    start: usize,
    end: usize,
    /// Dependents of each token in text order: `kids[kid_off[i]..kid_off[i + 1]]`.
    kids: Vec<usize>,
    kid_off: Vec<usize>,
    /// Token -> actor mention index (longest mention with a code).
    actor_at: Vec<Option<usize>>,
    /// Per token: its relation as codes ([`Sent::tags`]).
    tags: Vec<Tags>,
    /// Lower-cased forms and lemmas of the sentence's tokens: byte ranges
    /// of `words`.
    words: String,
    /// (form start, form end, lemma start, lemma end) per token.
    spans: Vec<(usize, usize, usize, usize)>,
    /// Per token: the id of its lemma and the word lists its lemma or
    /// form is in.
    lemma_lists: Vec<(u32, u16)>,
    /// Per token: the ids of its words ([`Sent::words`]) that patterns
    /// name, `word_ids[word_off[i]..word_off[i + 1]]`.
    word_ids: Vec<u32>,
    word_off: Vec<usize>,
    /// Per token: the noun the parser hung on a preceding verb as `conj`
    /// that is really this verb's subject ([`Sent::stray_subject`]).
    lent_subj: Vec<Option<usize>>,
    /// Per token: lent as a subject to a later verb (not a conjunct of its
    /// head).
    lent: Vec<bool>,
    /// Conjuncts the parser did not attach as `conj` of their noun:
    /// (anchor, conjunct) ("Poland and it signed": two `nsubj`; "said it
    /// and Poland have signed": "it" the object of "said"). Usually empty.
    extra: Vec<(usize, usize)>,
    /// Nesting of [`Sent::pronoun_speaker`] (a speaker may be a pronoun).
    pron_depth: std::cell::Cell<u8>,
    /// Some time noun of the sentence is a subject ([`Sent::roles`]).
    temporal_subj: bool,
    /// Results of [`Sent::pronoun_speaker`] at the top level, per token.
    pron_memo: std::cell::RefCell<Vec<(usize, Vec<usize>)>>,
}

#[derive(Debug, Clone, Default)]
struct Roles<'s> {
    subj: Option<usize>,
    obj: Option<usize>,
    iobj: Option<usize>,
    chain: Vec<usize>,
    pps: Vec<(Cow<'s, str>, usize)>,
    passive: bool,
}

/// Context handed from a governing verb to the complement it codes instead.
#[derive(Debug, Clone, Default)]
struct Gov {
    negate: bool,
    modality: Option<String>,
    subj: Option<usize>,
    /// Actor mentions found by the fallback subject search of the governor.
    fallback: Vec<usize>,
}

struct Pending {
    event: Event,
    /// The trigger token (the event's `trigger` span).
    trigger: usize,
    /// The speech verb whose complement holds the event.
    speech: Option<usize>,
    /// From a weak pattern: kept only if the sentence has no other event.
    weak: bool,
}

/// Token -> the longest coded mention holding it, for the tokens
/// `start..end` of a sentence (see [`Sent::actor_at`]).
#[inline(never)]
fn mark_actors(
    doc: &Document,
    coded: &[(usize, usize, usize)],
    start: usize,
    end: usize,
    actor_at: &mut [Option<usize>],
) {
    let (s0, s1) = (doc.tokens[start].start, doc.tokens[end - 1].end);
    // tokens in text order (as gesta-text makes them): a mention's
    // tokens start at a binary-searched position and end before the
    // first token starting past it
    let toks = &doc.tokens[start..end];
    let ordered = toks.is_sorted_by_key(|t| t.start);
    for &(m_start, m_end, mi) in coded {
        if m_end <= s0 || m_start >= s1 {
            continue;
        }
        let from = if ordered {
            start + toks.partition_point(|t| t.start < m_start)
        } else {
            start
        };
        for i in from..end {
            let t = &doc.tokens[i];
            if ordered && t.start > m_end {
                break;
            }
            if t.start >= m_start && t.end <= m_end {
                let better = match actor_at[i - start] {
                    None => true,
                    Some(o) => {
                        let om = &doc.actors[o];
                        (m_end - m_start) > (om.end - om.start)
                    }
                };
                if better {
                    actor_at[i - start] = Some(mi);
                }
            }
        }
    }
}

/// Buffers of [`Sent`] kept from one sentence to the next (no allocation
/// per sentence once they have grown).
#[derive(Default)]
pub(crate) struct Bufs {
    kids: Vec<usize>,
    kid_off: Vec<usize>,
    fill: Vec<usize>,
    actor_at: Vec<Option<usize>>,
    tags: Vec<Tags>,
    words: String,
    spans: Vec<(usize, usize, usize, usize)>,
    lemma_lists: Vec<(u32, u16)>,
    word_ids: Vec<u32>,
    word_off: Vec<usize>,
    lent_subj: Vec<Option<usize>>,
    lent: Vec<bool>,
    extra: Vec<(usize, usize)>,
    pron_memo: Vec<(usize, Vec<usize>)>,
    buf: String,
    preds: Vec<(usize, usize)>,
    deferred: Vec<usize>,
    /// Predicate candidates of the sentence, in text order.
    cands: Vec<usize>,
    /// The sentence's VERB tokens, in text order.
    verbs: Vec<usize>,
    /// Predicates already coded (or consumed by another's pattern).
    consumed: HashSet<usize>,
}

/// The actor mentions with a code, in mention order: (start, end, index).
pub(crate) fn coded_actors(doc: &Document) -> Vec<(usize, usize, usize)> {
    doc.actors
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.code.trim().is_empty())
        .map(|(mi, m)| (m.start, m.end, mi))
        .collect()
}

impl<'a> Sent<'a> {
    fn new(
        doc: &'a Document,
        pats: &'a PatternSet,
        coded: &[(usize, usize, usize)],
        s: usize,
        bufs: &mut Bufs,
    ) -> Option<Self> {
        let sent = doc.sentences.get(s)?;
        let (start, end) = (sent.token_start, sent.token_end.min(doc.tokens.len()));
        if start >= end {
            return None;
        }
        let head_in = |i: usize| {
            doc.tokens[i]
                .head
                .filter(|&h| h >= start && h < end && h != i)
        };
        let mut kid_off = std::mem::take(&mut bufs.kid_off);
        kid_off.clear();
        kid_off.resize(end - start + 1, 0);
        for i in start..end {
            if let Some(h) = head_in(i) {
                kid_off[h - start + 1] += 1;
            }
        }
        for k in 1..kid_off.len() {
            kid_off[k] += kid_off[k - 1];
        }
        let fill = &mut bufs.fill;
        fill.clear();
        fill.extend_from_slice(&kid_off);
        let mut kids = std::mem::take(&mut bufs.kids);
        kids.clear();
        kids.resize(kid_off[end - start], 0);
        for i in start..end {
            if let Some(h) = head_in(i) {
                kids[fill[h - start]] = i;
                fill[h - start] += 1;
            }
        }
        let mut actor_at = std::mem::take(&mut bufs.actor_at);
        actor_at.clear();
        actor_at.resize(end - start, None);
        mark_actors(doc, coded, start, end, &mut actor_at);
        // Lower-cased forms and lemmas, in one buffer (kept from sentence
        // to sentence: no reservation needed).
        let mut words = std::mem::take(&mut bufs.words);
        words.clear();
        bufs.cands.clear();
        bufs.verbs.clear();
        let mut spans = std::mem::take(&mut bufs.spans);
        spans.clear();
        let push_lower = |words: &mut String, w: &str| {
            let a = words.len();
            words.push_str(w);
            if w.bytes().any(|b| b >= 0x80 || b.is_ascii_uppercase()) {
                // (most words are lower-case ASCII already: nothing to do)
                if w.is_ascii() {
                    words[a..].make_ascii_lowercase();
                } else {
                    words.truncate(a);
                    words.push_str(&w.to_lowercase());
                }
            }
            (a, words.len())
        };
        let mut lemma_lists = std::mem::take(&mut bufs.lemma_lists);
        lemma_lists.clear();
        let mut word_ids = std::mem::take(&mut bufs.word_ids);
        word_ids.clear();
        let mut word_off = std::mem::take(&mut bufs.word_off);
        word_off.clear();
        let mut tags = std::mem::take(&mut bufs.tags);
        tags.clear();
        let buf = &mut bufs.buf;
        let (mut pron_subj, mut pron_obj, mut temporal_subj) = (false, false, false);
        for i in start..end {
            let t = &doc.tokens[i];
            let (fa, fb) = push_lower(&mut words, doc.token_text(i));
            let raw = t.lemma.as_str();
            // `trim` only when an end byte may be white space
            let l = match (raw.as_bytes().first(), raw.as_bytes().last()) {
                (Some(x), Some(y)) if x.is_ascii_graphic() && y.is_ascii_graphic() => raw,
                _ => raw.trim(),
            };
            // (a byte compare first: most lemmas are the lower-cased form
            // exactly, and it is cheaper than the case-folding one)
            let lower_form = &words.as_bytes()[fa..fb];
            let (la, lb) = if l.is_empty()
                || (l.len() == fb - fa
                    && l.is_ascii()
                    && (l.as_bytes() == lower_form
                        || l.as_bytes().eq_ignore_ascii_case(lower_form)))
            {
                // the lemma is the form (checked before copying it: most
                // lemmas are); a non-ASCII one is compared lower-cased below
                (fa, fb)
            } else {
                let (la, lb) = push_lower(&mut words, l);
                if words[la..lb] == words[fa..fb] {
                    // the lemma is the form: one copy, one lookup
                    words.truncate(la);
                    (fa, fb)
                } else {
                    (la, lb)
                }
            };
            spans.push((fa, fb, la, lb));
            let f = &words[fa..fb];
            let fid = pats.word_id(f);
            let lid = if (la, lb) == (fa, fb) {
                fid
            } else {
                pats.word_id(&words[la..lb])
            };
            let mask = pats.list_mask(lid) | pats.list_mask(fid);
            lemma_lists.push((lid, mask));
            // Which of the rare repairs can apply (cheap tests).
            // (first bytes before whole strings: no string compare for
            // most tokens)
            let tg = Tags::of(t);
            tags.push(tg);
            let d = t.deprel.as_bytes();
            let pron = || tg.upos == Upos::Pron;
            match d.first() {
                Some(b'n') if d.starts_with(b"nsubj") => {
                    pron_subj |= pron();
                    temporal_subj |= mask & TEMPORAL != 0;
                }
                Some(b'o') if d == b"obj" && pron() => pron_obj = true,
                _ => {}
            }
            word_off.push(word_ids.len());
            let first = word_ids.len();
            let add = |id: u32, ids: &mut Vec<u32>| {
                if id != NO_WORD && !ids[first..].contains(&id) {
                    ids.push(id);
                }
            };
            // (`add` for the first two: the list is empty, then holds `lid`)
            if lid != NO_WORD {
                word_ids.push(lid);
            }
            if fid != NO_WORD && fid != lid {
                word_ids.push(fid);
            }
            // Guard against lemmatizer slips on inflected verbs ("endorsed"
            // -> "endors"): add the regular stems of the form.
            // (a stem equal to the lemma is not looked up: its id is the
            // lemma's, in the list already or no word at all)
            if t.xpos.starts_with("VB") && f.len() > 4 {
                let lemma = &words[la..lb];
                let stem = |x: &str, ids: &mut Vec<u32>| {
                    if x != lemma {
                        add(pats.word_id(x), ids);
                    }
                };
                for suffix in ["ed", "ing"] {
                    if let Some(x) = f.strip_suffix(suffix) {
                        stem(x, &mut word_ids);
                        buf.clear();
                        buf.push_str(x);
                        buf.push('e');
                        stem(buf, &mut word_ids);
                    }
                }
                if let Some(x) = f.strip_suffix("es") {
                    stem(x, &mut word_ids);
                }
                if let Some(x) = f.strip_suffix('s') {
                    stem(x, &mut word_ids);
                }
            }
            // a predicate candidate of [`code_sentence`] (while the token
            // is at hand)
            if matches!(tg.upos, Upos::Verb | Upos::Adj | Upos::None)
                && (word_ids[first..].iter().any(|&w| pats.has_head_id(w))
                    || mask & (NEGATOR | INTENT) != 0)
            {
                bufs.cands.push(i);
            }
            if tg.upos == Upos::Verb {
                bufs.verbs.push(i);
            }
        }
        word_off.push(word_ids.len());
        let mut st = Sent {
            doc,
            index: s,
            words,
            spans,
            lemma_lists,
            word_ids,
            word_off,
            pats,
            start,
            end,
            kids,
            kid_off,
            actor_at,
            tags,
            lent_subj: std::mem::take(&mut bufs.lent_subj),
            lent: std::mem::take(&mut bufs.lent),
            extra: std::mem::take(&mut bufs.extra),
            pron_depth: std::cell::Cell::new(0),
            temporal_subj,
            pron_memo: std::cell::RefCell::new(std::mem::take(&mut bufs.pron_memo)),
        };
        st.lent_subj.clear();
        st.lent.clear();
        st.extra.clear();
        st.pron_memo.get_mut().clear();
        st.repair_stray_subjects(&bufs.verbs);
        if pron_subj {
            st.repair_split_subjects();
        }
        if pron_obj {
            st.repair_said_pronoun();
        }
        Some(st)
    }

    /// Gives the buffers back for the next sentence.
    fn recycle(self, bufs: &mut Bufs) {
        bufs.kids = self.kids;
        bufs.kid_off = self.kid_off;
        bufs.actor_at = self.actor_at;
        bufs.tags = self.tags;
        bufs.words = self.words;
        bufs.spans = self.spans;
        bufs.lemma_lists = self.lemma_lists;
        bufs.word_ids = self.word_ids;
        bufs.word_off = self.word_off;
        bufs.lent_subj = self.lent_subj;
        bufs.lent = self.lent;
        bufs.extra = self.extra;
        bufs.pron_memo = self.pron_memo.into_inner();
    }

    /// Coordinated subjects the parser split: a verb with two or more
    /// `nsubj`, one of them a pronoun, and a coordinator between them
    /// ("Poland and it signed"): the later ones become conjuncts of the
    /// first.
    #[inline(never)]
    fn repair_split_subjects(&mut self) {
        for v in self.start..self.end {
            let mut subj = self
                .kids(v)
                .iter()
                .copied()
                .filter(|&k| self.rel(k) == Rel::Nsubj);
            let Some(first) = subj.next() else {
                continue;
            };
            let rest: Vec<usize> = subj.collect();
            for c in rest {
                let coordinated = (first + 1..c).any(|j| {
                    self.rel(j) == Rel::Cc && matches!(self.lemma_ref(j), "and" | "or" | "&")
                });
                // names on both sides are left alone ("American Telephone
                // and Telegraph Co said": a name the parser split)
                let pronoun = self.upos(first) == Upos::Pron || self.upos(c) == Upos::Pron;
                if coordinated && pronoun {
                    self.extra.push((first, c));
                }
            }
        }
    }

    /// "X said it and Y had arrested ...": the parser made the pronoun the
    /// object of the verb of saying and "Y had arrested" a clause
    /// coordinated with it. The pronoun becomes a conjunct of Y.
    #[inline(never)]
    fn repair_said_pronoun(&mut self) {
        for v in self.start..self.end {
            if self.rel(v) != Rel::Conj || !matches!(self.upos(v), Upos::Verb | Upos::Aux) {
                continue;
            }
            let Some(h) = self.head(v).filter(|&h| h < v && self.in_list(SPEECH, h)) else {
                continue;
            };
            let Some(n) = self
                .kids(v)
                .iter()
                .copied()
                .find(|&k| self.rel(k) == Rel::Nsubj)
            else {
                continue;
            };
            let Some(c) = self
                .kids(v)
                .iter()
                .copied()
                .find(|&k| k < n && self.rel(k) == Rel::Cc)
            else {
                continue;
            };
            if c <= self.start || !(c + 1..n).all(|j| self.head(j) == Some(n)) {
                continue;
            }
            let j = c - 1;
            if self.head(j) == Some(h)
                && self.rel(j) == Rel::Obj
                && self.upos(j) == Upos::Pron
                && matches!(self.form_ref(j), "it" | "they" | "we" | "he" | "she")
            {
                self.extra.push((n, j));
            }
        }
    }

    /// Is `t` a conjunct recorded in [`Sent::extra`]?
    fn is_extra(&self, t: usize) -> bool {
        !self.extra.is_empty() && self.extra.iter().any(|&(_, c)| c == t)
    }

    /// Finds the subjects the parser hung on a preceding verb (see
    /// [`Sent::stray_subject`]) and records them.
    #[inline(never)]
    /// `verbs`: the sentence's tokens tagged VERB, in text order (the only
    /// ones [`Sent::stray_subject`] takes).
    fn repair_stray_subjects(&mut self, verbs: &[usize]) {
        for &v in verbs {
            if let Some(s) = self.stray_subject(v) {
                let n = self.end - self.start;
                if self.lent.is_empty() {
                    self.lent_subj.resize(n, None);
                    self.lent.resize(n, false);
                }
                self.lent_subj[v - self.start] = Some(s);
                self.lent[s - self.start] = true;
                if let Some(l) = self.stray_left_conjunct(s) {
                    self.extra.push((s, l));
                }
            }
        }
    }

    /// The first conjunct of a stray subject that the parser made an
    /// object of the preceding verb: "X said **it** and Y have signed",
    /// "... told **they** and Y ...". The object must end right before the
    /// coordinator, and either the verb takes clauses (`speech`) or the
    /// object is a subject-case pronoun.
    fn stray_left_conjunct(&self, n: usize) -> Option<usize> {
        let h = self.head(n)?;
        let c = self
            .kids(n)
            .iter()
            .copied()
            .find(|&k| k < n && self.rel(k) == Rel::Cc)?;
        if c <= self.start {
            return None;
        }
        let mut j = c - 1;
        for _ in 0..4 {
            if self.head(j) == Some(h) {
                break;
            }
            j = self.head(j)?;
        }
        if self.head(j) != Some(h) || j >= c || !matches!(self.rel(j), Rel::Obj | Rel::Iobj) {
            return None;
        }
        let nominative = self.upos(j) == Upos::Pron
            && matches!(self.form_ref(j), "he" | "she" | "they" | "we" | "i");
        if !(self.in_list(SPEECH, h) || nominative) {
            return None;
        }
        Some(j)
    }

    /// A frequent parser slip in coordinated clauses: in "a truce that X
    /// has proposed and Y has endorsed", "Y" becomes a `conj` of the verb
    /// "proposed" and "endorsed" a subjectless `conj` of another verb. For
    /// a finite verb with no subject of its own whose nearest token to the
    /// left (past its own auxiliaries and adverbs) is a noun or an actor
    /// mention attached as `conj` to a preceding verb after a `cc`: that
    /// noun. Noun coordinations ("X and Y have discussed", "met X and Y")
    /// attach the conjunct to a noun and are left alone.
    fn stray_subject(&self, v: usize) -> Option<usize> {
        if self.upos(v) != Upos::Verb || !self.finite(v) {
            return None;
        }
        if self
            .kids(v)
            .iter()
            .any(|&k| matches!(self.rel_base(k), Rel::Nsubj | Rel::Csubj | Rel::Expl))
        {
            return None;
        }
        let mut j = v;
        loop {
            if j <= self.start {
                return None;
            }
            j -= 1;
            if !(self.head(j) == Some(v) && matches!(self.rel_base(j), Rel::Aux | Rel::Advmod)) {
                break;
            }
        }
        if !(matches!(self.upos(j), Upos::Noun | Upos::Propn) || self.actor(j).is_some()) {
            return None;
        }
        // The head of a name ("Vladimir Putin": "Putin" is `flat`).
        let mut n = j;
        for _ in 0..4 {
            match self.head(n) {
                Some(h) if h < n && matches!(self.rel_base(n), Rel::Flat | Rel::Fixed) => n = h,
                _ => break,
            }
        }
        if self.rel(n) != Rel::Conj {
            return None;
        }
        let h = self.head(n)?;
        if h >= n || h == v || !matches!(self.upos(h), Upos::Verb | Upos::Aux) {
            return None;
        }
        if !self
            .kids(n)
            .iter()
            .any(|&k| k < n && self.rel(k) == Rel::Cc)
        {
            return None;
        }
        // Not a verb inside the noun's own phrase.
        if self.dominates(n, v) {
            return None;
        }
        Some(n)
    }

    /// The subject lent to `v` by the stray-subject repair.
    fn lent_subject(&self, v: usize) -> Option<usize> {
        self.lent_subj
            .get(v.wrapping_sub(self.start))
            .copied()
            .flatten()
    }

    /// Was `t` lent as a subject to a later verb?
    fn is_lent(&self, t: usize) -> bool {
        self.lent
            .get(t.wrapping_sub(self.start))
            .copied()
            .unwrap_or(false)
    }

    /// The actor mention at a token of the sentence.
    fn actor(&self, i: usize) -> Option<usize> {
        self.actor_at
            .get(i.wrapping_sub(self.start))
            .copied()
            .flatten()
    }
    fn kids(&self, i: usize) -> &[usize] {
        let k = i.wrapping_sub(self.start);
        match (self.kid_off.get(k), self.kid_off.get(k + 1)) {
            (Some(&a), Some(&b)) => &self.kids[a..b],
            _ => &[],
        }
    }
    fn head(&self, i: usize) -> Option<usize> {
        self.doc.tokens[i]
            .head
            .filter(|&h| h >= self.start && h < self.end && h != i)
    }
    /// The coded tags of a token (of the sentence: coded by [`Sent::new`]).
    fn tags(&self, i: usize) -> Tags {
        match self.tags.get(i.wrapping_sub(self.start)) {
            Some(&t) => t,
            None => Tags::of(&self.doc.tokens[i]),
        }
    }
    fn rel(&self, i: usize) -> Rel {
        self.tags(i).rel
    }
    /// The relation without its subtype (`nsubj:pass` -> `nsubj`).
    fn rel_base(&self, i: usize) -> Rel {
        self.tags(i).base
    }
    /// The relation starts with `acl`.
    fn rel_acl(&self, i: usize) -> bool {
        self.tags(i).acl
    }
    fn upos(&self, i: usize) -> Upos {
        self.tags(i).upos
    }
    fn xpos(&self, i: usize) -> Xpos {
        Xpos::of_token(&self.doc.tokens[i])
    }
    fn form_ref(&self, i: usize) -> &str {
        self.spans
            .get(i.wrapping_sub(self.start))
            .map_or("", |&(a, b, _, _)| &self.words[a..b])
    }
    fn lemma(&self, i: usize) -> String {
        self.lemma_ref(i).to_string()
    }
    fn lemma_ref(&self, i: usize) -> &str {
        self.spans
            .get(i.wrapping_sub(self.start))
            .map_or("", |&(_, _, a, b)| &self.words[a..b])
    }
    /// Ids of the words of a token that patterns name: its lemma, its
    /// form and, for verbs, the regular stems of the form.
    fn words(&self, i: usize) -> &[u32] {
        let k = i.wrapping_sub(self.start);
        match (self.word_off.get(k), self.word_off.get(k + 1)) {
            (Some(&a), Some(&b)) => &self.word_ids[a..b],
            _ => &[],
        }
    }

    /// A finite verb: past/present tense or with an auxiliary.
    fn finite(&self, v: usize) -> bool {
        self.xpos(v).is_finite()
            || self.kids(v).iter().any(|&k| {
                let t = self.tags(k);
                t.base == Rel::Aux || (t.rel == Rel::Cop && self.xpos(k).is_finite())
            })
    }
    /// The noun of a reduced relative that heads the whole sentence ("Two
    /// gunmen opened ...", the root a noun or the noun after its "of",
    /// the verb an -ed `acl` with
    /// no auxiliary, no agent and no object of its own): the sentence may be
    /// a finite clause the tagger misread (see `code_predicate`).
    fn root_reduced(&self, v: usize) -> Option<usize> {
        if self.rel(v) != Rel::Acl || self.xpos(v) != Xpos::Vbn {
            return None;
        }
        let n = self.head(v)?;
        // the root noun itself, or the noun after its "of" ("Thousands of
        // protesters marched")
        let root = match self.head(n) {
            None => true,
            Some(h) => {
                self.head(h).is_none()
                    && self.rel_base(n) == Rel::Nmod
                    && self.case_of(n).is_some_and(|c| c == "of")
            }
        };
        if !root || !self.is_nominal(n) || n > v {
            return None;
        }
        let blocked = self.kids(v).iter().any(|&k| {
            matches!(
                self.rel(k),
                Rel::Aux
                    | Rel::AuxPass
                    | Rel::OblAgent
                    | Rel::Nsubj
                    | Rel::NsubjPass
                    | Rel::Obj
                    | Rel::Mark
            ) || (self.rel_base(k) == Rel::Obl && self.case_of(k).is_some_and(|p| p == "by"))
        });
        // the verb must be the first one after the noun's own phrase
        let between = (n + 1..v).any(|i| matches!(self.upos(i), Upos::Verb | Upos::Aux));
        (!blocked && !between).then_some(n)
    }

    fn in_list(&self, list: u16, i: usize) -> bool {
        self.lemma_lists
            .get(i.wrapping_sub(self.start))
            .is_some_and(|&(_, m)| m & list != 0)
    }
    fn kids_rel(&self, i: usize, rel: Rel) -> impl Iterator<Item = usize> + '_ {
        self.kids(i)
            .iter()
            .copied()
            .filter(move |&k| self.rel(k) == rel)
    }

    /// The preposition of an oblique/nominal modifier ("according_to").
    fn case_of(&self, i: usize) -> Option<Cow<'_, str>> {
        for &k in self.kids(i) {
            if matches!(self.rel(k), Rel::Case | Rel::Mark) {
                let mut p = Cow::Borrowed(self.form_ref(k));
                for f in self.kids_rel(k, Rel::Fixed) {
                    let p = p.to_mut();
                    p.push('_');
                    p.push_str(self.form_ref(f));
                }
                return Some(p);
            }
        }
        None
    }

    fn is_nominal(&self, i: usize) -> bool {
        matches!(
            self.upos(i),
            Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num | Upos::X | Upos::None
        )
    }

    fn is_relativizer(&self, i: usize) -> bool {
        matches!(self.lemma_ref(i), "who" | "which" | "that" | "whom")
            && matches!(
                self.upos(i),
                Upos::Pron | Upos::Det | Upos::Sconj | Upos::None
            )
    }

    fn arg<'s>(&'s self, i: usize) -> IdArg<'s> {
        let mut a = IdArg {
            words: Cow::Borrowed(self.words(i)),
            mods: Cow::Borrowed(&[]),
        };
        let add_mods = |a: &mut IdArg<'s>, t: usize| {
            for &k in self.kids(t) {
                if matches!(
                    self.rel(k),
                    Rel::Amod
                        | Rel::Compound
                        | Rel::NmodPoss
                        | Rel::Nummod
                        | Rel::NmodNpmod
                        | Rel::OblNpmod
                ) {
                    join(&mut a.mods, self.words(k));
                }
            }
        };
        add_mods(&mut a, i);
        if self.in_list(PARTITIVE, i) {
            for &k in self.kids(i) {
                if self.rel_base(k) == Rel::Nmod && self.case_of(k).as_deref() == Some("of") {
                    join(&mut a.words, self.words(k));
                    add_mods(&mut a, k);
                }
            }
        }
        a
    }

    fn negated(&self, i: usize) -> bool {
        self.kids(i).iter().any(|&k| {
            (matches!(self.rel_base(k), Rel::Advmod | Rel::Neg | Rel::Det)
                && self.in_list(NEGATION, k))
                || (self.rel(k) == Rel::Mark && self.lemma_ref(k) == "without")
        })
    }

    /// Roles of a verb from its own dependents (no inheritance).
    fn roles(&self, v: usize) -> Roles<'_> {
        self.roles_of(v, false)
    }

    /// The subject of [`Sent::roles`] alone (no complement chain, no
    /// prepositional phrases: they do not change it).
    fn roles_subj(&self, v: usize) -> Option<usize> {
        self.roles_of(v, true).subj
    }

    fn roles_of(&self, v: usize, subj_only: bool) -> Roles<'_> {
        let reduced = self.rel_acl(v) && self.rel(v) != Rel::AclRelcl && self.xpos(v) == Xpos::Vbn;
        // A time noun the parser made a subject ("militants tonight carried
        // out", "soldiers Sunday suppressed") is not one; an `nsubj:pass`
        // beside such a subject and an object of the verb is the active
        // subject ("soldiers" above).
        let temporal = |k: usize| {
            matches!(self.rel(k), Rel::Nsubj | Rel::NsubjPass) && self.in_list(TEMPORAL, k)
        };
        let mut has_temporal = false;
        let mut active_pass = false;
        let passive = if self.temporal_subj {
            let (mut aux_pass, mut subj_pass, mut has_obj) = (false, false, false);
            for &k in self.kids(v) {
                match self.rel(k) {
                    _ if temporal(k) => has_temporal = true,
                    Rel::AuxPass | Rel::CsubjPass => aux_pass = true,
                    Rel::NsubjPass => subj_pass = true,
                    Rel::Obj | Rel::Dobj => has_obj = true,
                    _ => {}
                }
            }
            active_pass = has_temporal && subj_pass && !aux_pass && has_obj;
            aux_pass || (subj_pass && !active_pass)
        } else {
            self.kids(v)
                .iter()
                .any(|&k| matches!(self.rel(k), Rel::AuxPass | Rel::NsubjPass | Rel::CsubjPass))
        };
        let mut r = Roles {
            passive: reduced || passive,
            ..Default::default()
        };
        for &k in self.kids(v) {
            let rel = self.rel(k);
            if self.is_extra(k) || (has_temporal && temporal(k)) {
                continue;
            }
            match rel {
                Rel::Nsubj => r.subj = Some(k),
                Rel::NsubjPass if active_pass => r.subj = Some(k),
                Rel::NsubjPass => r.obj = Some(k),
                Rel::Obj | Rel::Dobj if r.obj.is_none() => r.obj = Some(k),
                Rel::Iobj => r.iobj = Some(k),
                Rel::OblAgent => r.subj = Some(k),
                _ if matches!(self.rel_base(k), Rel::Obl | Rel::Nmod) => {
                    if subj_only && !(r.passive && r.subj.is_none()) {
                        continue;
                    }
                    if let Some(p) = self.case_of(k) {
                        if p == "by" && r.passive && r.subj.is_none() {
                            r.subj = Some(k);
                        } else if !subj_only {
                            r.pps.push((p, k));
                        }
                    }
                }
                _ => {}
            }
        }
        if let Some(n) = self.lent_subject(v) {
            if r.passive && r.obj.is_none() {
                r.obj = Some(n);
            } else if !r.passive && r.subj.is_none() {
                r.subj = Some(n);
            }
        }
        // Relative clauses: the relativizer stands for the noun modified.
        if self.rel_acl(v) {
            if let Some(n) = self.head(v) {
                let rc = self.rel(v) == Rel::AclRelcl;
                for slot in [&mut r.subj, &mut r.obj] {
                    if let Some(s) = *slot {
                        if self.is_relativizer(s) {
                            *slot = Some(n);
                        }
                    }
                }
                let participle = self.xpos(v);
                if rc {
                    if r.obj.is_none() && r.subj.is_some() && r.subj != Some(n) {
                        r.obj = Some(n);
                    } else if r.subj.is_none() && r.obj.is_some() && r.obj != Some(n) {
                        r.subj = Some(n);
                    }
                } else if participle == Xpos::Vbn
                    && reduced
                    && r.subj.is_none()
                    && self
                        .kids(v)
                        .iter()
                        .any(|&k| matches!(self.rel(k), Rel::Obj | Rel::Dobj))
                    && !self
                        .kids(v)
                        .iter()
                        .any(|&k| matches!(self.rel(k), Rel::NsubjPass | Rel::Aux | Rel::AuxPass))
                {
                    // a reduced relative cannot have an object of its own: an
                    // -ed verb with one is the noun's finite verb the tagger
                    // misread ("security forces abused and assaulted
                    // civilians"); `passive` stays set, so that a subject
                    // naming no actor still lets the object's actor be
                    // coded as before ("four jets struck PKK targets")
                    r.subj = Some(n);
                } else if participle == Xpos::Vbn || r.passive {
                    if r.obj.is_none() {
                        r.obj = Some(n);
                    }
                } else if r.subj.is_none() {
                    r.subj = Some(n);
                }
            }
        }
        if subj_only {
            return r;
        }
        // Complement chain: "refused to accept", "ready to discuss".
        let mut cur = v;
        for _ in 0..4 {
            let Some(x) = self.kids_rel(cur, Rel::Xcomp).next() else {
                break;
            };
            r.chain.push(x);
            for &k in self.kids(x) {
                let rel = self.rel(k);
                if matches!(rel, Rel::Obj | Rel::Dobj | Rel::NsubjPass) && r.obj.is_none() {
                    r.obj = Some(k);
                } else if matches!(self.rel_base(k), Rel::Obl | Rel::Nmod) {
                    if let Some(p) = self.case_of(k) {
                        r.pps.push((p, k));
                    }
                }
            }
            cur = x;
        }
        // Prepositional modifiers of the object ("held talks with X") and
        // of the obliques ("by phone Thursday with X").
        // (the object, then the PPs found so far, by index: no list)
        let n_pp = r.pps.len();
        let first = r.obj;
        for hi in 0..first.is_some() as usize + n_pp {
            let o = match first {
                Some(ob) if hi == 0 => ob,
                Some(_) => r.pps[hi - 1].1,
                None => r.pps[hi].1,
            };
            for &k in self.kids(o) {
                if self.rel_base(k) == Rel::Nmod {
                    if let Some(p) = self.case_of(k) {
                        if p != "of" {
                            r.pps.push((p, k));
                        }
                    }
                }
            }
        }
        r
    }

    /// The (logical) subject of a verb, inherited from coordinated or
    /// governing verbs when it has none of its own.
    fn subject(&self, v: usize, depth: usize) -> Option<usize> {
        if depth > MAX_DEPTH {
            return None;
        }
        let subj = self.roles_subj(v);
        if subj.is_some() {
            return subj;
        }
        self.inherited_subject(v, depth)
    }

    /// [`Sent::subject`] of a verb known to have no subject of its own
    /// (`roles_subj(v)` is `None`: the caller's [`Sent::roles`] said so, no
    /// need to read the dependents again).
    fn inherited_subject(&self, v: usize, depth: usize) -> Option<usize> {
        let h = self.head(v)?;
        if self.rel(v) != Rel::Conj && self.finite(v) {
            // A finite clause has its own subject; the parse lost it.
            return None;
        }
        if self.rel(v) == Rel::Xcomp && self.in_list(SPEECH, h) {
            // Verbs of saying take clauses, not controlled complements.
            return None;
        }
        match self.rel(v) {
            Rel::Conj => self.subject(h, depth + 1),
            Rel::Xcomp => {
                if self.in_list(OBJCONTROL, h) {
                    let hr = self.roles(h);
                    if hr.obj.is_some() {
                        return hr.obj;
                    }
                }
                self.subject(h, depth + 1)
            }
            Rel::Advcl => {
                if matches!(self.xpos(v), Xpos::Vbg | Xpos::Vbn) {
                    self.subject(h, depth + 1)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// Modality of a verb: a modal auxiliary or an intent governor.
    /// Returns (modality, hypothetical).
    fn modality(&self, v: usize, depth: usize) -> (Option<String>, bool) {
        if depth > MAX_DEPTH {
            return (None, false);
        }
        let mut own_aux = false;
        for &k in self.kids(v) {
            if self.rel_base(k) == Rel::Aux {
                own_aux = true;
                if self.in_list(MODAL, k) {
                    let l = self.lemma(k);
                    let l = if l == "'ll" || l == "wo" {
                        "will".into()
                    } else {
                        l
                    };
                    return (Some(l), false);
                }
                if self.in_list(HYPOTHETICAL, k) {
                    return (None, true);
                }
            }
        }
        if let Some(h) = self.head(v) {
            match self.rel(v) {
                Rel::Conj if !own_aux && self.roles_subj(v).is_none() => {
                    return self.modality(h, depth + 1)
                }
                Rel::Xcomp if self.in_list(INTENT, h) => return (Some(self.lemma(h)), false),
                Rel::Xcomp => return self.modality(h, depth + 1),
                _ => {}
            }
        }
        (None, false)
    }

    /// The actor mention for a nominal head: its own mention, an apposition,
    /// or a modifier naming an actor.
    fn head_actor(&self, t: usize) -> Option<usize> {
        let own = self.actor(t);
        let appos = self.kids_rel(t, Rel::Appos).find_map(|k| self.actor(k));
        match (own, appos) {
            (Some(o), Some(a)) => {
                let (oc, ac) = (&self.doc.actors[o].code, &self.doc.actors[a].code);
                return Some(if ac.len() > oc.len() { a } else { o });
            }
            (Some(o), None) => return Some(o),
            (None, Some(a)) => return Some(a),
            _ => {}
        }
        for &k in self.kids(t) {
            let rel = self.rel(k);
            let ok = matches!(
                rel,
                Rel::Amod | Rel::Compound | Rel::Flat | Rel::NmodPoss | Rel::FlatName
            ) || (self.rel_base(k) == Rel::Nmod
                && self.case_of(k).as_deref() == Some("of"));
            if ok {
                if let Some(m) = self.actor(k) {
                    return Some(m);
                }
            }
        }
        None
    }

    /// Actors named by a nominal argument (compounds expanded).
    fn resolve(&self, t: usize, deep: bool) -> Vec<usize> {
        let mut out = Vec::new();
        let push = |m: usize, out: &mut Vec<usize>| {
            if !out.contains(&m) {
                out.push(m)
            }
        };
        match self.head_actor(t) {
            Some(m) => push(m, &mut out),
            None => {
                for m in self.pronoun_speaker(t) {
                    push(m, &mut out);
                }
            }
        }
        let extra = self.extra.iter().filter(|&&(a, _)| a == t).map(|&(_, c)| c);
        for c in self.kids_rel(t, Rel::Conj).chain(extra) {
            if self.is_lent(c) && !self.is_extra(c) {
                continue;
            }
            if self.is_nominal(c) || self.actor(c).is_some() {
                match self.head_actor(c) {
                    Some(m) => push(m, &mut out),
                    None => {
                        for m in self.pronoun_speaker(c) {
                            push(m, &mut out);
                        }
                    }
                }
            }
        }
        if out.is_empty() {
            // "countries led by Britain and France"
            for a in self.kids_rel(t, Rel::Acl) {
                for &g in self.kids(a) {
                    if self.rel(g) == Rel::OblAgent
                        || (self.rel_base(g) == Rel::Obl
                            && self.case_of(g).as_deref() == Some("by"))
                    {
                        for m in self.resolve(g, false) {
                            push(m, &mut out);
                        }
                    }
                }
            }
        }
        if out.is_empty() && deep {
            let mut queue = vec![t];
            let mut seen = HashSet::default();
            while let Some(x) = queue.first().copied() {
                queue.remove(0);
                if !seen.insert(x) || seen.len() > 64 {
                    break;
                }
                if x != t {
                    let found = self.resolve(x, false);
                    if !found.is_empty() {
                        return found;
                    }
                }
                for &k in self.kids(x) {
                    if !matches!(
                        self.rel_base(k),
                        Rel::Acl
                            | Rel::Advcl
                            | Rel::Ccomp
                            | Rel::Xcomp
                            | Rel::Parataxis
                            | Rel::Punct
                    ) && !self.is_lent(k)
                    {
                        queue.push(k);
                    }
                }
            }
        }
        out
    }

    /// The verb whose subject the nominal `t` is (through noun
    /// coordination, the stray-subject repair and [`Sent::extra`]).
    fn subject_of(&self, t: usize) -> Option<usize> {
        let mut x = t;
        for _ in 0..4 {
            if let Some(&(a, _)) = self.extra.iter().find(|&&(_, c)| c == x) {
                x = a;
                continue;
            }
            if self.is_lent(x) {
                return (self.start..self.end).find(|&v| self.lent_subject(v) == Some(x));
            }
            match self.rel(x) {
                Rel::Conj => x = self.head(x).filter(|&h| self.is_nominal(h))?,
                Rel::Nsubj | Rel::NsubjPass => return self.head(x),
                _ => return None,
            }
        }
        None
    }

    /// A subject pronoun the lexicon left unresolved ("it", "they", "we")
    /// in a clause reported by a speaker stands for the speaker: "Ukraine
    /// said **it** had signed", "the ministry said **it** and the army
    /// had ...", "'We will ...,' the group said" (a postposed speaker only
    /// for "we"). "it" needs one speaker
    /// that is not a person nor a plural noun, "they" a plural one (two
    /// actors or a plural noun); "we" takes any.
    fn pronoun_speaker(&self, t: usize) -> Vec<usize> {
        let f = self.form_ref(t).as_bytes();
        if !matches!(f, b"it" | b"they" | b"we")
            || self.upos(t) != Upos::Pron
            || self.actor(t).is_some()
        {
            return Vec::new();
        }
        if self.pron_depth.get() > 0 {
            return self.pronoun_speaker_uncached(t);
        }
        if let Some((_, found)) = self.pron_memo.borrow().iter().find(|(x, _)| *x == t) {
            return found.clone();
        }
        let found = self.pronoun_speaker_uncached(t);
        self.pron_memo.borrow_mut().push((t, found.clone()));
        found
    }

    fn pronoun_speaker_uncached(&self, t: usize) -> Vec<usize> {
        let p = self.form_ref(t);
        let Some(v) = self.subject_of(t) else {
            return Vec::new();
        };
        // The verb of saying: climbing coordinated verbs and complements;
        // a pronoun the parser made the object of a verb of saying ("said
        // it and Y have ...") belongs to that verb's report.
        let mut cur = v;
        let mut speech = self
            .head(t)
            .filter(|&h| self.is_extra(t) && self.in_list(SPEECH, h));
        for _ in 0..MAX_DEPTH {
            if speech.is_some() {
                break;
            }
            // a postposed speaker ("'We ...,' X said"): only for "we" ("it"
            // in a quote is mostly a thing: "'It condemns Japan,' X said")
            if let Some(k) = self
                .kids_rel(cur, Rel::Parataxis)
                .find(|&k| p == "we" && self.in_list(SPEECH, k))
            {
                speech = Some(k);
                break;
            }
            let Some(h) = self.head(cur) else {
                break;
            };
            match self.rel(cur) {
                Rel::Conj | Rel::Xcomp => cur = h,
                Rel::Ccomp if self.upos(h) == Upos::Verb => {
                    speech = Some(h);
                    break;
                }
                Rel::Parataxis if self.in_list(SPEECH, h) => {
                    speech = Some(h);
                    break;
                }
                _ => break,
            }
        }
        let Some(s) = speech.and_then(|h| self.subject(h, 0)) else {
            return Vec::new();
        };
        // "it"/"they" follow their speaker ("X said it ..."); before it
        // ("'It condemns Y,' X said") they are mostly a thing
        if s == t || self.dominates(t, s) || (p != "we" && s > t) {
            return Vec::new();
        }
        if self.pron_depth.get() >= 3 {
            return Vec::new();
        }
        if !speech.is_some_and(|h| self.dominates(h, t))
            && self.upos(s) == Upos::Pron
            && self.actor(s).is_none()
        {
            // a postposed speaker that is itself a pronoun: no second hop
            return Vec::new();
        }
        self.pron_depth.set(self.pron_depth.get() + 1);
        let found = self.resolve(s, false);
        self.pron_depth.set(self.pron_depth.get() - 1);
        let plural_noun = matches!(self.xpos(s), Xpos::Nns | Xpos::Nnps);
        let person = |m: usize| {
            let mut a = &self.doc.actors[m];
            for _ in 0..4 {
                match (a.kind, a.antecedent) {
                    (gesta_document::ActorKind::Pronoun, Some(x)) if x < self.doc.actors.len() => {
                        a = &self.doc.actors[x]
                    }
                    _ => break,
                }
            }
            a.kind == gesta_document::ActorKind::Person
        };
        let ok = match p {
            "it" => found.len() == 1 && !plural_noun && !person(found[0]),
            "they" => found.len() >= 2 || plural_noun,
            _ => !found.is_empty(),
        };
        if ok {
            found
        } else {
            Vec::new()
        }
    }

    /// Actors in the modifiers of an event noun ("a Russian drone attack",
    /// "Israel's strikes", "an attack by rebels").
    fn noun_actors(&self, n: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for &k in self.kids(n) {
            let rel = self.rel(k);
            let ok = matches!(rel, Rel::Amod | Rel::Compound | Rel::NmodPoss)
                || (self.rel_base(k) == Rel::Nmod
                    && matches!(self.case_of(k).as_deref(), Some("by" | "from")));
            if ok {
                for m in self.resolve(k, false) {
                    if !out.contains(&m) {
                        out.push(m);
                    }
                }
            }
        }
        out
    }

    /// For a finite verb the parser left without a subject: the nearest actor
    /// mention to its left, skipping dash/bracket parentheticals, with a
    /// surface coordination ("X and Y discussed") expanded.
    fn fallback_subject(&self, v: usize) -> Vec<usize> {
        let under_speech =
            self.rel(v) == Rel::Xcomp && self.head(v).is_some_and(|h| self.in_list(SPEECH, h));
        if self.rel(v) == Rel::Conj || self.rel_acl(v) || !(self.finite(v) || under_speech) {
            return Vec::new();
        }
        self.fallback_actor_left(v)
    }

    /// The nearest actor mention left of `v` (see [`Sent::fallback_subject`]).
    fn fallback_actor_left(&self, v: usize) -> Vec<usize> {
        let mut j = v;
        let mut steps = 0;
        while j > self.start && steps < 15 {
            j -= 1;
            steps += 1;
            let f = self.doc.token_text(j);
            if matches!(f, "—" | "–" | ")") {
                let open = if f == ")" { "(" } else { f };
                let mut k = j;
                let mut found = false;
                while k > self.start {
                    k -= 1;
                    if self.doc.token_text(k) == open {
                        found = true;
                        break;
                    }
                }
                if !found {
                    return Vec::new();
                }
                j = k;
                continue;
            }
            if self.in_list(SPEECH, j) || matches!(self.upos(j), Upos::Verb) {
                return Vec::new();
            }
            if let Some(m) = self.actor(j) {
                let mut out = vec![m];
                // "X and Y": the mention before a coordinator.
                let ms = self.doc.token_at(self.doc.actors[m].start).unwrap_or(j);
                if ms > self.start + 1 {
                    let c = self.doc.token_text(ms - 1);
                    if c == "and" {
                        if let Some(m2) = self.actor(ms - 2) {
                            if m2 != m {
                                out.insert(0, m2);
                            }
                        }
                    }
                }
                return out;
            }
        }
        Vec::new()
    }

    /// The span of a noun phrase without its clauses.
    fn phrase_span(&self, t: usize) -> (usize, usize) {
        let tok = &self.doc.tokens[t];
        let (mut s, mut e) = (tok.start, tok.end);
        let mut stack = vec![(t, 0)];
        while let Some((x, d)) = stack.pop() {
            if d > 6 {
                continue;
            }
            for &k in self.kids(x) {
                if (x == t && matches!(self.rel(k), Rel::Case | Rel::Cc)) || self.is_lent(k) {
                    continue;
                }
                if matches!(
                    self.rel_base(k),
                    Rel::Det
                        | Rel::Amod
                        | Rel::Compound
                        | Rel::Flat
                        | Rel::Nmod
                        | Rel::Nummod
                        | Rel::Case
                        | Rel::Conj
                        | Rel::Cc
                ) {
                    let kt = &self.doc.tokens[k];
                    s = s.min(kt.start);
                    e = e.max(kt.end);
                    stack.push((k, d + 1));
                }
            }
        }
        (s, e)
    }

    /// Who the clause is attributed to: (speech verb, speaker token).
    fn attribution(&self, v: usize) -> Option<(Option<usize>, usize)> {
        let mut cur = v;
        for _ in 0..MAX_DEPTH {
            for &k in self.kids(cur) {
                if self.rel(k) == Rel::Parataxis && self.in_list(SPEECH, k) {
                    if let Some(s) = self.subject(k, 0) {
                        return Some((Some(k), s));
                    }
                }
                if self.rel_base(k) == Rel::Obl
                    && self.case_of(k).as_deref() == Some("according_to")
                {
                    return Some((None, k));
                }
            }
            let Some(h) = self.head(cur) else {
                break;
            };
            if matches!(self.rel(cur), Rel::Ccomp | Rel::Parataxis | Rel::Xcomp)
                && self.in_list(SPEECH, h)
            {
                if let Some(s) = self.subject(h, 0) {
                    return Some((Some(h), s));
                }
            }
            cur = h;
        }
        // The parse did not link the clause to a verb of saying in the
        // sentence ("X, from Y, suggested Z failed because ..."): take one
        // that is not inside the predicate's own clause, and its subject (or
        // the nearest actor before it).
        for s in self.start..self.end {
            if s == v || !self.in_list(SPEECH, s) || !self.xpos(s).is_verb() {
                continue;
            }
            if self.dominates(v, s) && !self.postposed_report(s) {
                continue;
            }
            if let Some(subj) = self.subject(s, 0) {
                return Some((Some(s), subj));
            }
            if let Some(&m) = self.fallback_actor_left(s).first() {
                let t = self.doc.token_at(self.doc.actors[m].start).unwrap_or(s);
                return Some((Some(s), t));
            }
        }
        None
    }

    /// "..., regional authorities said (in a statement)." at the end of the
    /// sentence, whatever the parser attached it to.
    fn postposed_report(&self, s: usize) -> bool {
        let tail_ok =
            (s + 1..self.end).all(|j| self.upos(j) == Upos::Punct || self.dominates(s, j));
        let comma_before = (s.saturating_sub(6).max(self.start)..s)
            .any(|j| matches!(self.doc.token_text(j), "," | "”" | "\"" | "’’" | "″" | "''"));
        tail_ok && comma_before
    }

    /// Is `a` an ancestor of `b` (or `b` itself)?
    fn dominates(&self, a: usize, b: usize) -> bool {
        let mut c = b;
        for _ in 0..64 {
            if c == a {
                return true;
            }
            match self.head(c) {
                Some(h) => c = h,
                None => return false,
            }
        }
        false
    }

    fn event_actor(&self, m: usize) -> EventActor {
        let a = &self.doc.actors[m];
        EventActor {
            code: a.code.clone(),
            country: a.country.clone(),
            sector: a.sector.clone(),
            text: a.text.clone(),
            start: a.start,
            end: a.end,
            mention: Some(m),
        }
    }

    fn frame(&self, v: usize, r: &Roles, negated: bool) -> IdFrame<'_> {
        IdFrame {
            words: Cow::Borrowed(self.words(v)),
            particles: self
                .kids(v)
                .iter()
                .filter(|&&k| {
                    matches!(
                        self.rel(k),
                        Rel::CompoundPrt | Rel::Advmod | Rel::Obj | Rel::Dobj
                    )
                })
                .map(|&k| {
                    self.lemma_lists
                        .get(k.wrapping_sub(self.start))
                        .map_or(NO_WORD, |&(id, _)| id)
                })
                .collect(),
            subj: r.subj.map(|s| self.arg(s)),
            obj: r.obj.map(|s| self.arg(s)),
            xcomp: r.chain.iter().map(|&x| self.arg(x)).collect(),
            pps: r
                .pps
                .iter()
                .map(|(p, k)| {
                    // "by phone Thursday": a compound noun may carry the sense.
                    let mut a = self.arg(*k);
                    for c in self.kids_rel(*k, Rel::Compound) {
                        join(&mut a.words, self.words(c));
                    }
                    (self.pats.word_id(p), a)
                })
                .collect(),
            negated,
        }
    }

    /// The source actors of the clause that governs `v` (for reactions:
    /// "demands rejected by Ukraine" -> the demands' author).
    fn governing_source(&self, v: usize) -> Vec<usize> {
        let mut cur = v;
        for _ in 0..MAX_DEPTH {
            let Some(h) = self.head(cur) else {
                return Vec::new();
            };
            if matches!(self.upos(h), Upos::Verb | Upos::Aux) && self.rel_base(cur) != Rel::Conj {
                if let Some(s) = self.subject(h, 0) {
                    let found = self.resolve(s, false);
                    if !found.is_empty() {
                        return found;
                    }
                }
            }
            cur = h;
        }
        Vec::new()
    }
}

/// Codes the sentence `s` and appends its events to `out`.
/// `coded` is [`coded_actors`] of the document.
pub(crate) fn code_sentence(
    doc: &Document,
    pats: &PatternSet,
    onto: &Ontology,
    coded: &[(usize, usize, usize)],
    s: usize,
    out: &mut Vec<Event>,
    bufs: &mut Bufs,
) {
    let Some(st) = Sent::new(doc, pats, coded, s, bufs) else {
        return;
    };
    code_sent(&st, onto, s, out, bufs);
    st.recycle(bufs);
}

fn code_sent(st: &Sent<'_>, onto: &Ontology, s: usize, out: &mut Vec<Event>, bufs: &mut Bufs) {
    // Predicates in top-down order (by depth), then text order.
    let depth = |i: usize| {
        let mut d = 0;
        let mut c = i;
        while let Some(h) = st.head(c) {
            d += 1;
            c = h;
            if d > 64 {
                break;
            }
        }
        d
    };
    let preds = &mut bufs.preds;
    preds.clear();
    // (the candidates were found by `Sent::new`)
    preds.extend(bufs.cands.iter().map(|&i| (depth(i), i)));
    preds.sort();
    // (the set is kept from sentence to sentence: no allocation)
    let consumed = &mut bufs.consumed;
    consumed.clear();
    let mut pending: Vec<Pending> = Vec::new();
    let deferred = &mut bufs.deferred;
    deferred.clear();
    let mut discard = false;
    for &(_, v) in preds.iter() {
        if consumed.contains(&v) {
            continue;
        }
        if st.in_list(SPEECH, v) {
            deferred.push(v);
            continue;
        }
        code_predicate(
            st,
            onto,
            v,
            Gov::default(),
            consumed,
            &mut pending,
            &mut discard,
        );
    }
    // speech verbs of the events found so far (few events per sentence: a
    // scan, no set)
    let n_spoken = pending.len();
    for &v in deferred.iter() {
        if consumed.contains(&v) || pending[..n_spoken].iter().any(|p| p.speech == Some(v)) {
            continue;
        }
        code_predicate(
            st,
            onto,
            v,
            Gov::default(),
            consumed,
            &mut pending,
            &mut discard,
        );
    }
    if discard || pending.is_empty() {
        return;
    }
    if pending.iter().any(|p| !p.weak) {
        pending.retain(|p| !p.weak);
    }
    drop_restated(st, &mut pending);
    protest_setting(st, onto, &mut pending);
    if pending.len() == 1 && !out.iter().any(|e| e.sentence == s) {
        // one event, none before in the sentence: nothing it can repeat
        // (no key needed)
        out.extend(pending.into_iter().map(|p| p.event));
        return;
    }
    let mut seen: HashSet<String> = out
        .iter()
        .filter(|e| e.sentence == s)
        .map(event_key)
        .collect();
    for p in pending {
        if seen.insert(event_key(&p.event)) {
            out.push(p.event);
        }
    }
}

/// A protest named as the setting of a coercive or violent act ("police
/// detained protesters **during a protest**", "suppressed a peaceful
/// student **demonstration**") is itself an event: the protest (141), by the
/// protest noun's own actors ("student demonstration", "protests by X") or,
/// for a protest in a PP, else by the side of the act that is not the
/// state's force (the protesters detained; the farmers who battled police
/// during a march). Added only when it names who protested (the act alone says
/// no more than "dispersed a peaceful march"), once per sentence, and only
/// when no protest event was coded from it.
fn protest_setting(st: &Sent<'_>, onto: &Ontology, pending: &mut Vec<Pending>) {
    if pending.iter().any(|p| p.event.cameo.starts_with("14")) {
        return;
    }
    let mut found: Option<(usize, Vec<EventActor>, usize)> = None;
    for (pi, p) in pending.iter().enumerate() {
        if !matches!(code_root(&p.event.cameo), "17" | "18" | "19") {
            continue;
        }
        let v = p.trigger;
        for &k in st.kids(v) {
            let rel = st.rel(k);
            let setting = match st.rel_base(k) {
                Rel::Obj => true,
                Rel::Obl | Rel::Nmod => st
                    .case_of(k)
                    .is_some_and(|c| matches!(c.as_ref(), "during" | "at" | "amid" | "in")),
                _ => rel == Rel::NsubjPass,
            };
            if !setting || !st.in_list(PROTESTNOUN, k) {
                continue;
            }
            let own: Vec<EventActor> = st
                .noun_actors(k)
                .into_iter()
                .map(|m| st.event_actor(m))
                .collect();
            // without actors of its own: the side of the act that is not
            // the state's force (police, military, intelligence) — the
            // target of an arrest or dispersal (17x), either side of a
            // fight ("farmers battled police during a march")
            let state = |v: &[EventActor]| {
                v.iter().any(|a| {
                    a.code.contains("COP") || a.code.contains("MIL") || a.code.contains("SPY")
                })
            };
            let src = if own.is_empty() && st.rel_base(k) != Rel::Obj && rel != Rel::NsubjPass {
                let (s, t) = (&p.event.source, &p.event.target);
                if !t.is_empty() && !state(t) && (code_root(&p.event.cameo) == "17" || state(s)) {
                    t.clone()
                } else if !s.is_empty() && !state(s) && state(t) {
                    s.clone()
                } else {
                    Vec::new()
                }
            } else {
                own
            };
            if src.is_empty() {
                continue;
            }
            found = Some((k, src, pi));
            break;
        }
        if found.is_some() {
            break;
        }
    }
    let Some((k, source, pi)) = found else {
        return;
    };
    let tok = &st.doc.tokens[k];
    let first = &pending[pi];
    let mut e = Event {
        sentence: first.event.sentence,
        trigger: SpanText {
            start: tok.start,
            end: tok.end,
            text: st.doc.token_text(k).to_string(),
        },
        attribution: first.event.attribution.clone(),
        pattern: Some("rule:protest-setting".to_string()),
        cameo: "141".to_string(),
        source,
        ..Default::default()
    };
    enrich(onto, &mut e);
    let speech = first.speech;
    pending.push(Pending {
        event: e,
        trigger: k,
        speech,
        weak: false,
    });
}

/// Drops an event coded on an -ing participle clause that restates the
/// event it modifies with the same CAMEO root and no other source ("a
/// drone attack hit Dnipro, killing three people": one attack, coded on
/// "hit"; the toll is the attributes stage's). Two events would split the
/// place from the casualties and count the attack twice.
fn drop_restated(st: &Sent<'_>, pending: &mut Vec<Pending>) {
    if pending.len() < 2 {
        return;
    }
    fn codes(v: &[EventActor]) -> Vec<&str> {
        let mut k: Vec<&str> = v.iter().map(|a| a.code.as_str()).collect();
        k.sort_unstable();
        k
    }
    let mut gone = vec![false; pending.len()];
    for j in 0..pending.len() {
        let t = pending[j].trigger;
        if st.rel(t) != Rel::Advcl || st.xpos(t) != Xpos::Vbg {
            continue;
        }
        let Some(h) = st.head(t) else { continue };
        let e = &pending[j].event;
        let governs = (0..pending.len()).any(|i| {
            i != j
                && !gone[i]
                && pending[i].trigger == h
                && code_root(&pending[i].event.cameo) == code_root(&e.cameo)
                && (e.source.is_empty() || codes(&e.source) == codes(&pending[i].event.source))
        });
        if governs {
            gone[j] = true;
        }
    }
    let mut k = 0;
    pending.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

fn event_key(e: &Event) -> String {
    let who = |v: &[EventActor]| {
        let mut k: Vec<String> = v
            .iter()
            .map(|a| {
                if a.code.is_empty() {
                    a.text.to_lowercase()
                } else {
                    a.code.clone()
                }
            })
            .collect();
        k.sort();
        k.dedup();
        k.join("+")
    };
    format!(
        "{}|{}|{}|{}",
        e.sentence,
        who(&e.source),
        who(&e.target),
        e.cameo
    )
}

fn code_predicate(
    st: &Sent<'_>,
    onto: &Ontology,
    v: usize,
    gov: Gov,
    consumed: &mut HashSet<usize>,
    pending: &mut Vec<Pending>,
    discard: &mut bool,
) {
    consumed.insert(v);
    let mut gov = gov;
    if !gov.negate && st.rel(v) == Rel::Xcomp {
        if let Some(h) = st.head(v) {
            gov.negate = st.in_list(NEGATOR, h);
        }
    }
    let mut roles = st.roles(v);
    if roles.subj.is_none() {
        // (`roles` has no subject: the inherited one)
        roles.subj = gov.subj.or_else(|| st.inherited_subject(v, 0));
    }
    let negated = st.negated(v);
    let mut frame = st.frame(v, &roles, negated);
    let mut m = st.pats.best_ids(&frame);
    // A sentence the parser read as a noun phrase with a reduced relative
    // ("Thousands of people marched in ...", "Violent protests erupted
    // in ..."): the -ed form may be a finite verb with the noun as its
    // subject. Both readings are matched; the active one codes the clause
    // when its pattern is more specific (an intransitive "erupted", a
    // "march" by protesters) and the passive one otherwise ("two people
    // killed in ...").
    if let Some(n) = st.root_reduced(v) {
        let mut alt = roles.clone();
        alt.subj = Some(n);
        // a bare noun right after the verb that the parser hung on the
        // subject noun is the verb's object ("two gunmen opened fire")
        alt.obj = Some(v + 1).filter(|&o| {
            o < st.end
                && st.head(o) == Some(n)
                && st.upos(o) == Upos::Noun
                && matches!(
                    st.rel(o),
                    Rel::NmodUnmarked | Rel::OblUnmarked | Rel::Appos | Rel::Obj
                )
        });
        alt.passive = false;
        let af = st.frame(v, &alt, negated);
        if let Some(am) = st.pats.best_ids(&af) {
            if m.as_ref().is_none_or(|m| am.score > m.score) {
                roles = alt;
                frame = af;
                m = Some(am);
            }
        }
    }
    let uses_chain = m.as_ref().is_some_and(|m| m.used_xcomp.is_some());
    // Negators and intent governors hand their complement the coding.
    if !uses_chain {
        if let Some(&x) = roles.chain.first() {
            let negator = st.in_list(NEGATOR, v);
            let intent = st.in_list(INTENT, v);
            if (negator || intent) && !consumed.contains(&x) {
                let before = pending.len();
                let g = Gov {
                    negate: gov.negate || negator,
                    modality: if intent {
                        Some(st.lemma(v))
                    } else {
                        gov.modality.clone()
                    },
                    subj: roles.subj,
                    fallback: if roles.subj.is_none() && gov.fallback.is_empty() {
                        st.fallback_subject(v)
                    } else {
                        gov.fallback.clone()
                    },
                };
                let xr = st.roles(x);
                let mut xr2 = xr.clone();
                if xr2.subj.is_none() {
                    xr2.subj = roles.subj;
                }
                let xf = st.frame(x, &xr2, st.negated(x));
                if let Some(xm) = st.pats.best_ids(&xf) {
                    if !matches!(st.pats.patterns[xm.pattern].outcome, Outcome::Null) {
                        code_predicate(st, onto, x, g, consumed, pending, discard);
                        if pending.len() > before || negator {
                            return;
                        }
                    }
                }
            }
        }
    }
    let Some(m) = m else {
        return;
    };
    if let Some(k) = m.used_xcomp {
        consumed.extend(roles.chain.iter().take(k + 1));
    }
    // "accused X of supporting Y": the charge is not an event of its own.
    if let Outcome::Code(c) = &st.pats.patterns[m.pattern].outcome {
        if c.starts_with("11") {
            for &k in st.kids(v) {
                if matches!(st.rel(k), Rel::Advcl | Rel::Xcomp)
                    && st
                        .kids(k)
                        .iter()
                        .any(|&g| st.rel(g) == Rel::Mark && matches!(st.form_ref(g), "of" | "for"))
                {
                    consumed.insert(k);
                }
            }
        }
    }
    if emit(st, onto, v, &roles, &frame, &m, &gov, pending, discard)
        && st.pats.has_nonfull_head(&frame.words)
    {
        // The best pattern needs a source and a target the clause lacks
        // (a converted Phoenix pattern): the best one without that need
        // codes the clause, as PETRARCH's matching would, if it reads the
        // same sense (same CAMEO root: "arrested activists" 173 -> 173,
        // but not "striking deals" 057 -> "strike" 190).
        let root_of = |m: &Match| match &st.pats.patterns[m.pattern].outcome {
            Outcome::Code(c) => Some(code_root(c).to_string()),
            _ => None,
        };
        if let Some(m2) = st.pats.best_ids_where(&frame, true) {
            if m2.used_xcomp.is_none() && root_of(&m2).is_some() && root_of(&m2) == root_of(&m) {
                emit(st, onto, v, &roles, &frame, &m2, &gov, pending, discard);
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn emit<'a>(
    st: &Sent<'a>,
    onto: &Ontology,
    v: usize,
    roles: &Roles,
    frame: &IdFrame<'_>,
    m: &Match,
    gov: &Gov,
    pending: &mut Vec<Pending>,
    discard: &mut bool,
) -> bool {
    let p = &st.pats.patterns[m.pattern];
    let code = match &p.outcome {
        Outcome::Null => return false,
        Outcome::Discard => {
            *discard = true;
            return false;
        }
        Outcome::Code(c) => c.as_str(),
    };
    let (own_modality, hypothetical) = st.modality(v, 0);
    if hypothetical && gov.modality.is_none() {
        return false;
    }
    let modality = gov.modality.clone().or(own_modality);
    // Negation: the predicate's own ("not", "no commitment"), or a negating
    // governor ("refused to").
    let mut negated = (frame.negated && !p.neg) || gov.negate;
    if !negated && m.used_obj {
        if let Some(o) = roles.obj {
            negated = st.negated(o);
        }
    }
    if !negated && m.used_subj {
        if let Some(o) = roles.subj {
            negated = st.negated(o);
        }
    }
    // (the pattern's code borrowed, unless a counterpart replaces it)
    let transform = |code: &'a str| -> Option<Cow<'a, str>> {
        let mut code = Cow::Borrowed(code);
        if modality.is_some() {
            match onto.intent_of(&code) {
                Counterpart::Drop => return None,
                Counterpart::Same => {}
                Counterpart::Code(c) => code = Cow::Owned(c),
            }
        }
        if negated {
            match onto.negation_of(&code) {
                Counterpart::Drop => return None,
                Counterpart::Same => {}
                Counterpart::Code(c) => code = Cow::Owned(c),
            }
        }
        Some(code)
    };
    let Some(code) = transform(code) else {
        return false;
    };
    // The reverse of a paired code is only a fact when the act is: an
    // intention or refusal belongs to the source alone.
    let pair_code = if modality.is_some() || negated {
        None
    } else {
        p.pair.clone()
    };
    // The attribution and the speaker's actors, found when first needed:
    // most clauses are dropped before (a pattern that needs actors the
    // clause lacks), and the search is not cheap. (It reads the sentence
    // only: when it runs does not change what it finds.)
    let attribution_memo = std::cell::OnceCell::new();
    let attr_speaker = || {
        attribution_memo.get_or_init(|| {
            let attr = st.attribution(v);
            let speaker: Vec<usize> = attr.map(|(_, t)| st.resolve(t, false)).unwrap_or_default();
            (attr, speaker)
        })
    };

    let mut sources: Vec<usize>;
    let mut targets: Vec<usize> = Vec::new();
    if p.claim {
        let (attr, speaker) = attr_speaker();
        let Some((_, _)) = attr else {
            return false;
        };
        sources = speaker.clone();
        if let Some(sj) = roles.subj {
            targets = st.resolve(sj, false);
        }
        if sources.is_empty() || targets.is_empty() {
            return false;
        }
    } else {
        sources = match roles.subj {
            // a named subject noun: its modifiers ("a Russian drone attack");
            // a named noun that is itself an actor ("police arrested") acts
            Some(sj) if m.used_subj => {
                let mods = st.noun_actors(sj);
                if mods.is_empty() && st.actor(sj).is_some() {
                    st.resolve(sj, false)
                } else {
                    mods
                }
            }
            Some(sj) => st.resolve(sj, false),
            None if !gov.fallback.is_empty() => gov.fallback.clone(),
            None if !roles.passive => st.fallback_subject(v),
            None => Vec::new(),
        };
        let slots: &[Slot] = if p.target.is_empty() {
            default_slots()
        } else {
            &p.target
        };
        let explicit = !p.target.is_empty();
        let mut toks: Vec<usize> = Vec::new();
        for slot in slots {
            // (one buffer for all slots: most slots hold one token or none)
            toks.clear();
            match slot {
                Slot::None => break,
                Slot::Obj if !m.used_obj || explicit => toks.extend(roles.obj),
                Slot::Iobj => toks.extend(roles.iobj),
                Slot::Subj if !m.used_subj || explicit => toks.extend(roles.subj),
                Slot::Pp(prep) => toks.extend(
                    roles
                        .pps
                        .iter()
                        .enumerate()
                        .filter(|(j, (q, _))| {
                            q.as_ref() == prep.as_str() && (explicit || !m.word_pps.contains(j))
                        })
                        .map(|(_, (_, k))| *k),
                ),
                _ => {}
            }
            for &t in &toks {
                let found: Vec<usize> = st
                    .resolve(t, p.deep)
                    .into_iter()
                    .filter(|x| !sources.contains(x))
                    .collect();
                if !found.is_empty() {
                    targets = found;
                    break;
                }
            }
            if !targets.is_empty() {
                break;
            }
        }
        // A pattern that names its object noun ("arrest protesters",
        // "arrest members") skips that slot as a target, for event nouns
        // ("held talks"); when the noun itself is an actor, it is the target.
        if targets.is_empty() && !explicit && m.used_obj {
            if let Some(o) = roles.obj {
                if st.head_actor(o).is_some() {
                    targets = st
                        .resolve(o, false)
                        .into_iter()
                        .filter(|x| !sources.contains(x))
                        .collect();
                }
            }
        }
        let root = code_root(&code);
        if targets.is_empty() && (root == "11" || root == "12") {
            // "rejected the plan that X proposed" / "demands rejected by Y".
            if let Some(o) = roles.obj {
                for rc in st.kids_rel(o, Rel::AclRelcl) {
                    if let Some(s) = st.roles_subj(rc) {
                        if !st.is_relativizer(s) {
                            targets = st.resolve(s, false);
                        }
                    }
                }
            }
            if targets.is_empty() && st.rel_acl(v) {
                targets = st.governing_source(v);
            }
            targets.retain(|x| !sources.contains(x));
        }
        // Announced intentions are the speaker's ("France announced talks
        // would continue").
        if sources.is_empty() && modality.is_some() && !attr_speaker().1.is_empty() {
            sources = attr_speaker().1.clone();
            targets.retain(|x| !sources.contains(x));
        }
        if sources.is_empty() {
            let nominal = m.used_subj || (roles.passive && m.used_obj);
            if !(roles.passive || nominal || p.actorless) {
                return false;
            }
            if targets.is_empty() && !(nominal || p.actorless) {
                return false;
            }
        }
    }
    if p.reverse {
        if targets.is_empty() {
            return false;
        }
        std::mem::swap(&mut sources, &mut targets);
    }
    if p.full && (sources.is_empty() || targets.is_empty()) {
        return true;
    }
    let tok = &st.doc.tokens[v];
    let (attr, speaker) = attr_speaker();
    let attribution = attr.map(|(_, t)| {
        let (s, e) = match speaker.first() {
            Some(&mi) => (st.doc.actors[mi].start, st.doc.actors[mi].end),
            None => st.phrase_span(t),
        };
        Attribution {
            text: st.doc.text.get(s..e).unwrap_or("").to_string(),
            code: speaker.first().map(|&mi| st.doc.actors[mi].code.clone()),
            start: s,
            end: e,
        }
    });
    let speech = attr.and_then(|(sv, _)| sv);
    let base_event = Event {
        sentence: sentence_index(st),
        trigger: SpanText {
            start: tok.start,
            end: tok.end,
            text: st.doc.token_text(v).to_string(),
        },
        negated,
        modality: modality.clone(),
        attribution,
        pattern: Some(p.id.clone()),
        ..Default::default()
    };
    let mk = |src: &[usize], tgt: &[usize], code: &str| {
        let mut e = base_event.clone();
        e.cameo = code.to_string();
        e.source = src.iter().map(|&x| st.event_actor(x)).collect();
        e.target = tgt.iter().map(|&x| st.event_actor(x)).collect();
        enrich(onto, &mut e);
        e
    };
    if code_root(&code) == "04" && targets.is_empty() && sources.len() >= 2 {
        // "X and Y discussed": each consults the other.
        for &a in &sources {
            for &b in &sources {
                if a != b {
                    pending.push(Pending {
                        event: mk(&[a], &[b], &code),
                        trigger: v,
                        speech,
                        weak: p.weak,
                    });
                }
            }
        }
        return false;
    }
    pending.push(Pending {
        event: mk(&sources, &targets, &code),
        trigger: v,
        speech,
        weak: p.weak,
    });
    if let Some(pc) = &pair_code {
        if !targets.is_empty() && !sources.is_empty() {
            pending.push(Pending {
                event: mk(&targets, &sources, pc),
                trigger: v,
                speech,
                weak: p.weak,
            });
        }
    }
    false
}

/// The default target slots ([`DEFAULT_TARGETS`]), built once.
fn default_slots() -> &'static [Slot] {
    static SLOTS: std::sync::OnceLock<Vec<Slot>> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| {
        DEFAULT_TARGETS
            .iter()
            .map(|s| match *s {
                "obj" => Slot::Obj,
                "iobj" => Slot::Iobj,
                p => Slot::Pp(p.to_string()),
            })
            .collect()
    })
}

/// The first two characters of a code (its CAMEO root).
fn code_root(code: &str) -> &str {
    match code.char_indices().nth(2) {
        Some((i, _)) => &code[..i],
        None => code,
    }
}

fn sentence_index(st: &Sent<'_>) -> usize {
    st.index
}
