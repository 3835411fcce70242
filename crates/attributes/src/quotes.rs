//! Direct and indirect quotes and their speakers.

use crate::lexicon::{
    split_lines, split_sentences, tokenize, tsv_rows, FastMap, FastSet, List, Shapes, Tok, TokKind,
    WordLists,
};
use crate::places::SentenceToks;
use crate::AttributesError;
use gesta_document::{ActorKind, ActorMention, Quote, SpanText, Speaker, Token};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Verb,
    Weak,
    Prep,
    Doc,
    Pron,
}

/// Quote finder (data/quote_cues.tsv).
#[derive(Debug, Clone)]
pub struct QuoteFinder {
    words: FastMap<String, Cue>,
    /// Multi-word prepositional cues ("according to").
    preps: Vec<Vec<String>>,
    /// Verb lemmas whose subject is a source and whose complement is
    /// attributed content, read with the dependency parse.
    alemmas: FastSet<String>,
    /// Noun lemmas whose possessor is a source and whose complement is
    /// attributed content ("his decision to …", "Trump's claim that …").
    anouns: FastSet<String>,
    /// [`Shapes`] of `words`, `alemmas` and `anouns`.
    wshapes: Shapes,
    ashapes: Shapes,
    nshapes: Shapes,
    /// Noun-phrase, cue-adjacent and pronoun word lists
    /// (`data/function_words.tsv`).
    lists: WordLists,
    /// The dependency relations a speaker noun phrase leaves out (the
    /// `np_skip_rel` list), sorted.
    np_skip: Vec<String>,
}

static EMBEDDED: OnceLock<Option<QuoteFinder>> = OnceLock::new();

/// Quotes of a plain text (sentences and paragraphs split here, no actors).
pub fn find_quotes(text: &str) -> Vec<Quote> {
    let Some(q) = EMBEDDED
        .get_or_init(|| QuoteFinder::embedded().ok())
        .as_ref()
    else {
        return Vec::new();
    };
    let sents: Vec<SentenceToks> = split_sentences(text)
        .into_iter()
        .map(|(s, e)| {
            let mut toks = Vec::new();
            tokenize(text, s, e, &mut toks);
            SentenceToks {
                start: s,
                end: e,
                toks,
            }
        })
        .collect();
    q.find(text, &sents, &split_lines(text), &[])
}

fn is_open_ctx(prev: Option<char>) -> bool {
    prev.is_none_or(|c| c.is_whitespace() || "([{—–-/:;,“\"‘«".contains(c))
}

fn is_close_ctx(next: Option<char>) -> bool {
    next.is_none_or(|c| !c.is_alphanumeric())
}

/// A mark found in the text: (byte start, byte end, double?, can open, can close).
#[derive(Debug, Clone, Copy)]
struct Mark {
    start: usize,
    end: usize,
    double: bool,
    open: bool,
    close: bool,
}

fn marks(text: &str, from: usize, to: usize) -> Vec<Mark> {
    let mut out = Vec::new();
    let seg = &text[from..to];
    let bytes = seg.as_bytes();
    let mut b = 0;
    while b < seg.len() {
        // only these bytes start a mark: ASCII quotes, and the lead bytes
        // of the typographic ones (U+2018.., U+00AB/BB); all are char
        // boundaries
        b = next_mark_byte(bytes, b);
        if b >= seg.len() {
            break;
        }
        let mut it = seg[b..].chars();
        let Some(c) = it.next() else { break };
        let c1 = it.next();
        let c2 = it.next();
        let prev = seg[..b].chars().next_back();
        let pair = c1;
        let (len, double, open, close) = match c {
            '“' | '«' | '„' => (1, true, true, false),
            // a paragraph may open with a right mark in careless copy
            '”' | '»' => (1, true, prev.is_none() && b == 0, true),
            '"' | '″' | '`' if pair == Some(c) && c == '`' => (2, true, true, false),
            '"' | '″' => {
                let next = c1;
                let o = is_open_ctx(prev) && next.is_some_and(|n| !n.is_whitespace());
                (1, true, o, !o)
            }
            '’' | '\'' if pair == Some('’') || pair == Some('\'') => {
                let next = c2;
                let o = is_open_ctx(prev) && next.is_some_and(|n| !n.is_whitespace());
                (2, true, o, !o)
            }
            '‘' => {
                let next = c1;
                (
                    1,
                    false,
                    is_open_ctx(prev) && next.is_some_and(char::is_alphanumeric),
                    false,
                )
            }
            '’' | '\'' => {
                let next = c1;
                let o = c == '\'' && is_open_ctx(prev) && next.is_some_and(char::is_alphanumeric);
                let cl = prev.is_some_and(|p| !p.is_whitespace()) && is_close_ctx(next);
                (1, false, o, cl)
            }
            _ => {
                b += c.len_utf8();
                continue;
            }
        };
        let end_b = b
            + c.len_utf8()
            + if len == 2 {
                c1.map_or(0, char::len_utf8)
            } else {
                0
            };
        out.push(Mark {
            start: from + b,
            end: from + end_b,
            double,
            open,
            close,
        });
        b = end_b;
    }
    out
}

/// The first index at or after `b` of a byte that may start a mark
/// (`"`, `'`, `` ` ``, 0xE2, 0xC2), or `bytes.len()`. Eight bytes at a time:
/// a word with no byte >= 0x80 and none of the three ASCII marks is skipped
/// whole (the "has a zero byte" test of `x ^ c`, which may report a false
/// hit but never misses one; the bytes of a hit word are checked one by one).
fn next_mark_byte(bytes: &[u8], mut b: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let zero_in = |x: u64| x.wrapping_sub(LO) & !x & HI;
    let n = bytes.len();
    loop {
        while let Some(w) = bytes.get(b..b + 8) {
            let mut a = [0u8; 8];
            a.copy_from_slice(w);
            let x = u64::from_le_bytes(a);
            let hit = (x & HI)
                | zero_in(x ^ (LO * u64::from(b'"')))
                | zero_in(x ^ (LO * u64::from(b'\'')))
                | zero_in(x ^ (LO * u64::from(b'`')));
            if hit != 0 {
                break;
            }
            b += 8;
        }
        let end = (b + 8).min(n);
        while b < end {
            if matches!(bytes[b], b'"' | b'`' | b'\'' | 0xE2 | 0xC2) {
                return b;
            }
            b += 1;
        }
        if b >= n {
            return n;
        }
    }
}

/// Direct quote content spans (inside the marks), joining paragraphs when
/// a quote runs on and the next paragraph opens again.
pub fn direct_spans(text: &str, paragraphs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut carry: Option<usize> = None; // start of a quote running over paragraphs
    for (pi, &(ps, pe)) in paragraphs.iter().enumerate() {
        let ms = marks(text, ps, pe);
        let mut open: Option<usize> = None; // content start
        let mut first_mark = true;
        for m in ms.iter().filter(|m| m.double) {
            if let Some(c) = carry {
                // continuation paragraph must start with an opening mark
                if first_mark && m.start == ps && m.open {
                    open = Some(c);
                    carry = None;
                    first_mark = false;
                    continue;
                }
                carry = None;
                let _ = c;
            }
            first_mark = false;
            match open {
                None if m.open => open = Some(m.end),
                Some(s) if m.close => {
                    if m.start > s {
                        out.push((s, m.start));
                    }
                    open = None;
                }
                _ => {}
            }
        }
        if carry.is_some() {
            carry = None;
        }
        if let Some(s) = open {
            // runs to the paragraph end: continues if the next paragraph opens
            let next_opens = paragraphs.get(pi + 1).is_some_and(|&(ns, ne)| {
                marks(text, ns, ne)
                    .first()
                    .is_some_and(|m| m.start == ns && m.open && m.double)
            });
            if next_opens {
                carry = Some(s);
            } else if text[s..pe].split_whitespace().nth(2).is_some() {
                out.push((s, pe));
            }
        }
        // single quotes outside double ones
        let singles: Vec<&Mark> = ms.iter().filter(|m| !m.double).collect();
        let mut i = 0;
        while i < singles.len() {
            let m = singles[i];
            if m.open && !out.iter().any(|&(s, e)| m.start >= s && m.start < e) {
                if let Some(c) = singles[i + 1..].iter().find(|c| c.close && c.start > m.end) {
                    let inner = &text[m.end..c.start];
                    if inner.len() < 300 && inner.split_whitespace().next().is_some() {
                        out.push((m.end, c.start));
                        i = singles
                            .iter()
                            .position(|x| x.start == c.start)
                            .map_or(i + 1, |p| p + 1);
                        continue;
                    }
                }
            }
            i += 1;
        }
    }
    out.sort();
    out
}

impl QuoteFinder {
    pub fn embedded() -> Result<QuoteFinder, AttributesError> {
        Self::parse(include_str!("../data/quote_cues.tsv"))
    }

    pub fn parse(text: &str) -> Result<QuoteFinder, AttributesError> {
        let mut words = FastMap::default();
        let mut preps = Vec::new();
        let mut alemmas = FastSet::default();
        let mut anouns = FastSet::default();
        for (line, f) in tsv_rows("quote_cues.tsv", text, 2)? {
            let phrase = f[0].trim().to_lowercase();
            if matches!(f[1].trim(), "lemma" | "wlemma" | "alemma" | "aadj") {
                alemmas.insert(phrase.clone());
            }
            if f[1].trim() == "anoun" {
                anouns.insert(phrase.clone());
                continue;
            }
            if matches!(f[1].trim(), "alemma" | "aadj") {
                continue;
            }
            let lemma_kind = match f[1].trim() {
                "lemma" => Some(Cue::Verb),
                "wlemma" => Some(Cue::Weak),
                _ => None,
            };
            if let Some(k) = lemma_kind {
                for form in inflect(&phrase) {
                    words.entry(form).or_insert(k);
                }
                continue;
            }
            let kind = match f[1].trim() {
                "verb" => Cue::Verb,
                "weak" => Cue::Weak,
                "prep" => Cue::Prep,
                "doc" => Cue::Doc,
                "pron" => Cue::Pron,
                other => {
                    return Err(AttributesError::Data {
                        file: "quote_cues.tsv",
                        line,
                        message: format!("unknown kind {other:?}"),
                    })
                }
            };
            if kind == Cue::Prep {
                preps.push(phrase.split(' ').map(str::to_string).collect());
            } else {
                words.insert(phrase, kind);
            }
        }
        let lists = WordLists::embedded()?;
        let mut np_skip: Vec<String> = lists
            .words_of(List::NpSkipRel)
            .map(str::to_string)
            .collect();
        np_skip.sort_unstable();
        Ok(QuoteFinder {
            wshapes: Shapes::new(words.keys().map(String::as_str)),
            ashapes: Shapes::new(alemmas.iter().map(String::as_str)),
            nshapes: Shapes::new(anouns.iter().map(String::as_str)),
            words,
            preps,
            alemmas,
            anouns,
            lists,
            np_skip,
        })
    }

    /// The cue kind of a lower-case word token.
    fn cue_of(&self, t: &Tok) -> Option<Cue> {
        let w = t.lower.as_str();
        if t.kind != TokKind::Word || t.cap || !self.wshapes.may(w) {
            return None;
        }
        self.words.get(w).copied()
    }

    fn is_verb(&self, t: &Tok) -> bool {
        self.cue_of(t) == Some(Cue::Verb)
    }

    fn is_weak(&self, t: &Tok) -> bool {
        self.cue_of(t) == Some(Cue::Weak)
    }

    /// `is_verb(t) || is_weak(t)` with one look-up.
    fn is_cue(&self, t: &Tok) -> bool {
        matches!(self.cue_of(t), Some(Cue::Verb) | Some(Cue::Weak))
    }

    fn prep_at(&self, t: &[Tok], i: usize) -> Option<usize> {
        self.preps
            .iter()
            .find(|p| {
                p.iter()
                    .enumerate()
                    .all(|(k, w)| t.get(i + k).is_some_and(|x| x.lower == *w))
            })
            .map(Vec::len)
    }

    fn np_word(&self, t: &Tok) -> bool {
        match t.kind {
            TokKind::Word => !self.lists.has(List::NpStop, &t.lower),
            TokKind::Num => true,
            TokKind::Punct => false,
        }
    }

    fn is_name(t: &[Tok]) -> bool {
        !t.is_empty()
            && t.len() <= 5
            && t.iter()
                .all(|x| x.kind == TokKind::Word && (x.cap || x.lower == "of"))
    }

    /// Subject noun phrase before the cue at `cue` (token range), not
    /// reaching before `lo`.
    fn subject_before(&self, t: &[Tok], cue: usize, lo: usize) -> Option<(usize, usize)> {
        let mut j = cue;
        // "Sen. Claire McCaskill (D-Mo.) said": skip the parenthesis
        if j > lo + 1 && t[j - 1].lower == ")" {
            if let Some(o) = (lo..j - 1).rev().take(12).find(|&x| t[x].lower == "(") {
                if o > lo && self.np_word(&t[o - 1]) {
                    let mut k = o;
                    while k > lo && o - k < 10 && self.np_word(&t[k - 1]) {
                        k -= 1;
                    }
                    return (k < o).then_some((k, o));
                }
            }
        }
        while j > lo
            && (self.lists.has(List::SkipCue, &t[j - 1].lower)
                || (t[j - 1].lower.ends_with("ly") && !t[j - 1].cap))
        {
            j -= 1;
        }
        if j == lo {
            return None;
        }
        // "X said Y, saying …" / "…, adding …": the main clause's subject
        if t[j - 1].lower == "," && t[cue].lower.ends_with("ing") {
            let mut k = lo;
            while k < j - 1 && k - lo < 8 && self.np_word(&t[k]) {
                k += 1;
            }
            return (k > lo).then_some((lo, k));
        }
        if t[j - 1].lower == "," {
            // apposition: "Andrii Yermak, adviser, said" / "adviser, Andrii Yermak, said"
            let c2 = j - 1;
            let c1 = (lo..c2).rev().find(|&k| {
                t[k].lower == ","
                    || t[k].kind == TokKind::Punct && t[k].lower != "." && t[k].lower != "'"
            });
            let c1 = c1?;
            if t[c1].lower != "," {
                return None;
            }
            let s2 = (c1 + 1, c2);
            let s1_start = (lo..c1)
                .rev()
                .find(|&k| !self.np_word(&t[k]))
                .map_or(lo, |k| k + 1);
            let s1 = (s1_start, c1);
            if Self::is_name(&t[s2.0..s2.1]) {
                return Some(s2);
            }
            if s1.1 > s1.0
                && s1.1 - s1.0 <= 8
                && s1_start
                    == (lo..c1)
                        .rev()
                        .find(|&k| t[k].kind == TokKind::Punct)
                        .map_or(lo, |k| k + 1)
            {
                return Some(s1);
            }
            return (s2.1 > s2.0).then_some(s2);
        }
        let mut k = j;
        while k > lo && j - k < 10 && self.np_word(&t[k - 1]) {
            k -= 1;
        }
        // drop a leading lowercase non-determiner run ("then Ukrainian...")
        (k < j).then_some((k, j))
    }

    /// Noun phrase after `i` (the speaker after "said", "according to").
    fn np_after(&self, t: &[Tok], i: usize) -> Option<(usize, usize)> {
        let mut k = i;
        while k < t.len() && k - i < 10 && self.np_word(&t[k]) {
            k += 1;
        }
        (k > i).then_some((i, k))
    }

    /// Finds quotes. `paragraphs` are byte spans; `actors` may be empty.
    pub fn find(
        &self,
        text: &str,
        sents: &[SentenceToks],
        paragraphs: &[(usize, usize)],
        actors: &[ActorMention],
    ) -> Vec<Quote> {
        let paras: Vec<(usize, usize)> = if paragraphs.is_empty() {
            split_lines(text)
        } else {
            paragraphs.to_vec()
        };
        let spans = direct_spans(text, &paras);
        let sent_of = |pos: usize| {
            sents
                .iter()
                .position(|s| s.start <= pos && pos < s.end.max(s.start + 1))
        };
        // the union of the spans, sorted: a binary search per token
        let mut union: Vec<(usize, usize)> =
            spans.iter().copied().filter(|&(s, e)| s < e).collect();
        union.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(union.len());
        for (s, e) in union {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        let in_quote = |pos: usize| {
            let k = merged.partition_point(|&(s, _)| s <= pos);
            k > 0 && pos < merged[k - 1].1
        };
        let para_of = |pos: usize| paras.iter().position(|&(s, e)| s <= pos && pos <= e);

        struct Found {
            span: (usize, usize),
            direct: bool,
            speaker: Option<(usize, usize)>,
            cue: Option<(usize, usize)>,
        }
        let mut found: Vec<Found> = Vec::new();
        let mut used_cues: Vec<usize> = Vec::new();

        for (qi, &(qs, qe)) in spans.iter().enumerate() {
            let mut speaker = None;
            let mut cue = None;
            // after the closing mark: ", she said" / ", said X" / "the statement says"
            // (not after a full stop inside the marks: `….” France announced`
            // starts a new sentence; a "― Name" signature still counts)
            let full_stop = text[qs..qe].trim_end().ends_with('.')
                && !text[qe..]
                    .trim_start_matches(['”', '"', '’', '\'', '»', '″'])
                    .trim_start()
                    .starts_with(['―', '—', '–', '-']);
            if let Some(mut si) =
                sent_of(qe.min(text.len().saturating_sub(1))).filter(|_| !full_stop)
            {
                // nothing after the mark in its sentence: the next sentence
                // on the same line ("…” ― Sonya Herridge" split off)
                if sents[si]
                    .toks
                    .iter()
                    .all(|x| x.start < qe || (x.kind == TokKind::Punct && x.start < qe + 4))
                    && sents.get(si + 1).is_some_and(|n| {
                        n.start >= qe && n.start <= qe + 8 && !text[qe..n.start].contains('\n')
                    })
                {
                    si += 1;
                }
                let t = &sents[si].toks;
                let mut k = t.iter().position(|x| x.start >= qe).unwrap_or(t.len());
                while k < t.len()
                    && t[k].kind == TokKind::Punct
                    && !in_quote(t[k].start)
                    && t[k].start < qe + 10
                {
                    k += 1;
                }
                if k < t.len() && !in_quote(t[k].start) {
                    // "” ― Sonya Herridge"
                    let dash = k > 0 && matches!(t[k - 1].lower.as_str(), "―" | "—" | "–");
                    if self.is_cue(&t[k]) {
                        if let Some((a, b)) = self.np_after(t, k + 1) {
                            if !self.lists.has(List::Object, &t[a].lower) {
                                speaker = Some((t[a].start, t[b - 1].end));
                                cue = Some((t[k].start, t[k].end));
                            }
                        }
                    } else if let Some((a, b)) = self.np_after(t, k) {
                        // the noun phrase ends at a cue verb ("Mr. Clarke recalled")
                        let b = (a + 1..b).find(|&x| self.is_cue(&t[x])).unwrap_or(b);
                        // "…,” Douglas Holtz-Eakin, an economist, told me"
                        let mut v = b;
                        // "Rep. Gwen Moore (D-Wis.) said"
                        if v < t.len() && t[v].lower == "(" {
                            if let Some(c) =
                                (v + 1..t.len().min(v + 12)).find(|&x| t[x].lower == ")")
                            {
                                v = c + 1;
                            }
                        }
                        // up to three appositions: "Scott Pruitt, the attorney
                        // general of Oklahoma, one of the states suing, said"
                        let skip_adv = |mut v: usize| {
                            while v < t.len() && self.lists.has(List::SkipCue, &t[v].lower) {
                                v += 1;
                            }
                            v
                        };
                        for _ in 0..3 {
                            if v >= t.len() || t[v].lower != "," {
                                break;
                            }
                            let Some(c2) =
                                (v + 1..t.len().min(v + 30)).find(|&x| t[x].lower == ",")
                            else {
                                break;
                            };
                            v = c2 + 1;
                            let w = skip_adv(v);
                            if w < t.len() && self.is_cue(&t[w]) {
                                break;
                            }
                            v = c2;
                        }
                        if v < t.len() && t[v].lower == "," {
                            v += 1;
                        }
                        v = skip_adv(v);
                        // "a narrator in the Clinton ad says"
                        if v < t.len()
                            && matches!(
                                t[v].lower.as_str(),
                                "in" | "of" | "at" | "for" | "from" | "with"
                            )
                        {
                            if let Some(w) = (v + 1..t.len().min(v + 8))
                                .take_while(|&w| t[w].kind != TokKind::Punct)
                                .find(|&w| self.is_cue(&t[w]))
                            {
                                v = w;
                            }
                        }
                        if v < t.len() && self.is_cue(&t[v]) && b - a <= 8 {
                            speaker = Some((t[a].start, t[b - 1].end));
                            cue = Some((t[v].start, t[v].end));
                        } else if dash && Self::is_name(&t[a..b]) {
                            speaker = Some((t[a].start, t[b - 1].end));
                        }
                    }
                }
            }
            // before the opening mark in the same sentence: "X said that ... “
            if speaker.is_none() {
                if let Some(si) = sent_of(qs) {
                    let t = &sents[si].toks;
                    let open_k = t.iter().position(|x| x.start >= qs).unwrap_or(t.len());
                    let lo = t[..open_k]
                        .iter()
                        .rposition(|x| in_quote(x.start) || x.end <= sents[si].start)
                        .map_or(0, |p| p + 1);
                    let lo = lo.max(
                        t[..open_k]
                            .iter()
                            .rposition(|x| {
                                x.end <= qs
                                    && spans[..qi]
                                        .iter()
                                        .any(|&(_, e)| x.start >= e && x.start <= e + 3)
                            })
                            .map_or(0, |p| p + 1),
                    );
                    'tiers: for weak in [false, true] {
                        for c in (lo..open_k).rev() {
                            let is_cue = if weak {
                                self.is_weak(&t[c])
                            } else {
                                self.is_verb(&t[c])
                            };
                            if is_cue {
                                if let Some((a, b)) = self.subject_before(t, c, lo) {
                                    speaker = Some((t[a].start, t[b - 1].end));
                                    cue = Some((t[c].start, t[c].end));
                                    break 'tiers;
                                }
                                // "said X:" / "told by X"
                                if let Some((a, b)) = self.np_after(t, c + 1) {
                                    if t.get(b).is_some_and(|x| x.lower == ":" || x.start >= qs)
                                        && b > a
                                    {
                                        speaker = Some((t[a].start, t[b - 1].end));
                                        cue = Some((t[c].start, t[c].end));
                                        break 'tiers;
                                    }
                                }
                            }
                            if weak {
                                continue;
                            }
                            if let Some(n) = self.prep_at(t, c) {
                                if let Some((a, b)) = self.np_after(t, c + n) {
                                    speaker = Some((t[a].start, t[b - 1].end));
                                    cue = Some((t[c].start, t[c + n - 1].end));
                                    break 'tiers;
                                }
                            }
                        }
                        // "Sen. X: “…”"
                        let mut colon = open_k;
                        while colon > lo + 1
                            && t[colon - 1].kind == TokKind::Punct
                            && t[colon - 1].lower != ":"
                            && t[colon - 1].start >= qs.saturating_sub(4)
                        {
                            colon -= 1;
                        }
                        if !weak && colon > lo + 1 && t[colon - 1].lower == ":" {
                            let b = colon - 1;
                            let mut a = b;
                            while a > lo
                                && b - a < 8
                                && (self.np_word(&t[a - 1]) || t[a - 1].lower == ",")
                            {
                                a -= 1;
                            }
                            if a < b && a == lo {
                                speaker = Some((t[a].start, t[b - 1].end));
                                cue = Some((t[b].start, t[b].end));
                                break 'tiers;
                            }
                        }
                    }
                }
            }
            // a cue closing the sentence: "..., she said."
            if speaker.is_none() {
                if let Some(si) = sent_of(qs) {
                    let t = &sents[si].toks;
                    let mut end = t.len();
                    while end > 0 && t[end - 1].kind == TokKind::Punct {
                        end -= 1;
                    }
                    let comma = (0..end)
                        .rev()
                        .find(|&k| t[k].lower == "," && !in_quote(t[k].start));
                    if let Some(c) = comma.filter(|&c| end - c <= 9 && t[c].start >= qe) {
                        let (a, b) = (c + 1, end);
                        if b > a && self.is_cue(&t[b - 1]) && b - a >= 2 {
                            speaker = Some((t[a].start, t[b - 2].end));
                            cue = Some((t[b - 1].start, t[b - 1].end));
                        } else if b > a + 1
                            && self.is_verb(&t[a])
                            && !self.lists.has(List::Object, &t[a + 1].lower)
                        {
                            speaker = Some((t[a + 1].start, t[b - 1].end));
                            cue = Some((t[a].start, t[a].end));
                        }
                    }
                }
            }
            // the sentence before ends with a colon: "He said:" ¶ "“…”"
            if speaker.is_none() {
                if let Some(si) = sent_of(qs).filter(|&si| si > 0) {
                    let p = &sents[si - 1];
                    let t = &p.toks;
                    let close = text[p.end..qs].trim_start_matches(['"', '“', '\'', '‘', ' ']);
                    if t.last().is_some_and(|x| x.lower == ":")
                        && !close.contains(|c: char| c.is_alphanumeric())
                    {
                        for c in (0..t.len()).rev() {
                            if !self.is_cue(&t[c]) || in_quote(t[c].start) {
                                continue;
                            }
                            if let Some((a, b)) = self.subject_before(t, c, 0) {
                                speaker = Some((t[a].start, t[b - 1].end));
                                cue = Some((t[c].start, t[c].end));
                            } else if let Some((a, b)) = self.np_after(t, c + 1) {
                                speaker = Some((t[a].start, t[b - 1].end));
                                cue = Some((t[c].start, t[c].end));
                            }
                            break;
                        }
                    }
                }
            }
            // a title-case headline: "Chris Christie Calls Hillary Clinton ‘A Disgrace’"
            if speaker.is_none() {
                if let Some(pi) = para_of(qs) {
                    if let Some((a, b, c)) = self.headline_speaker(text, paras[pi], qs) {
                        speaker = Some((a, b));
                        cue = Some(c);
                    }
                }
            }
            // continuation: same or previous paragraph's last quote speaker
            if speaker.is_none() {
                if let Some(prev) = found.iter().rev().find(|f| f.direct) {
                    let (pp, cp) = (para_of(prev.span.0), para_of(qs));
                    if let (Some(pp), Some(cp)) = (pp, cp) {
                        if cp == pp || cp == pp + 1 {
                            speaker = prev.speaker;
                            cue = prev.cue;
                        }
                    }
                }
            }
            if let Some((cs, _)) = cue {
                used_cues.push(cs);
            }
            found.push(Found {
                span: (qs, qe),
                direct: true,
                speaker,
                cue,
            });
        }

        // transcripts and headlines: a paragraph (or a quote) opening with
        // "NAME:" / "Sen. Name:" is that speaker's
        for &(ps, pe) in &paras {
            let body = &text[ps..pe];
            let lead = body.len() - body.trim_start_matches(['"', '“', '\'', ' ']).len();
            let Some(colon) = body[lead..].find(':').map(|c| c + lead) else {
                continue;
            };
            let name = &body[lead..colon];
            let words: Vec<&str> = name.split_whitespace().collect();
            let ok = !words.is_empty()
                && words.len() <= 4
                && name.len() <= 40
                && words.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || c == '.' || c == '\'' || c == '-')
                });
            let (cs, ce) = trim_span(text, ps + colon + 1, pe);
            if !ok || ce <= cs || text[cs..ce].split_whitespace().nth(2).is_none() {
                continue;
            }
            let sp = (ps + lead, ps + colon);
            if let Some(f) = found
                .iter_mut()
                .find(|f| f.direct && f.span.0 <= sp.0 && sp.1 <= f.span.1 && f.speaker.is_none())
            {
                f.speaker = Some(sp);
                f.cue = Some((ps + colon, ps + colon + 1));
            }
            if !found.iter().any(|f| f.speaker == Some(sp)) {
                found.push(Found {
                    span: (cs, ce),
                    direct: false,
                    speaker: Some(sp),
                    cue: Some((ps + colon, ps + colon + 1)),
                });
            }
        }

        // indirect speech (the used cues sorted: a binary search per token)
        used_cues.sort_unstable();
        for s in sents {
            let t = &s.toks;
            let n = t.len();
            let mut c = 0;
            while c < n {
                // only the first word of a prepositional cue or a cue verb
                // starts anything below (both look-ups are cheap misses)
                if !self.preps.iter().any(|p| p.first() == Some(&t[c].lower)) && !self.is_cue(&t[c])
                {
                    c += 1;
                    continue;
                }
                if in_quote(t[c].start) || used_cues.binary_search(&t[c].start).is_ok() {
                    c += 1;
                    continue;
                }
                // "according to X, ..." / "..., according to X."
                if let Some(len) = self.prep_at(t, c) {
                    if let Some((a, b)) = self.np_after(t, c + len) {
                        let (cs, ce) = if c == 0 {
                            // content after "according to X ,"
                            let st = if b < n && t[b].lower == "," { b + 1 } else { b };
                            (t.get(st).map_or(s.end, |x| x.start), s.end)
                        } else {
                            let mut e = c;
                            while e > 0 && t[e - 1].kind == TokKind::Punct {
                                e -= 1;
                            }
                            (s.start, t[e.max(1) - 1].end)
                        };
                        if ce > cs && !spans.iter().any(|&(qs, qe)| qs < ce && cs < qe) {
                            found.push(Found {
                                span: trim_span(text, cs, ce),
                                direct: false,
                                speaker: Some((t[a].start, t[b - 1].end)),
                                cue: Some((t[c].start, t[c + len - 1].end)),
                            });
                        }
                    }
                    c += len;
                    continue;
                }
                if !self.is_cue(&t[c]) {
                    c += 1;
                    continue;
                }
                let Some((a, b)) = self.subject_before(t, c, 0) else {
                    c += 1;
                    continue;
                };
                // content: after the cue ("that ..."), or before the subject (", X said.")
                // at most four words after the cue (counted up to five)
                let short = t[c + 1..]
                    .iter()
                    .filter(|x| x.kind != TokKind::Punct)
                    .take(5)
                    .count()
                    <= 4;
                let content = if short && a > 1 && t[a - 1].lower == "," {
                    let e = a - 1;
                    (s.start, t[e.max(1) - 1].end)
                } else {
                    let mut k = c + 1;
                    let addressee = self.lists.has(List::Addressee, &t[c].lower);
                    let pp = t
                        .get(k)
                        .is_some_and(|x| self.lists.has(List::PpStart, &x.lower));
                    if t.get(k).is_some_and(|x| x.lower == "that") {
                        k += 1;
                    } else if pp || addressee {
                        // skip "on Thursday", "in a statement", "reporters" up to "that" or a clause start
                        let lim = (k + 7).min(n);
                        let mut j = k + 1;
                        while j < lim
                            && t[j].lower != "that"
                            && !(self.lists.has(List::ClauseStart, &t[j].lower)
                                && j > k + 1
                                && !self.lists.has(List::PpHead, &t[j - 1].lower))
                            && t[j].lower != ","
                        {
                            j += 1;
                        }
                        if j < lim {
                            k = if t[j].lower == "that" || t[j].lower == "," {
                                j + 1
                            } else {
                                j
                            };
                        }
                    }
                    if k >= n {
                        c += 1;
                        continue;
                    }
                    (t[k].start, s.end)
                };
                let (cs, ce) = trim_span(text, content.0, content.1);
                if ce > cs
                    && text[cs..ce].split_whitespace().nth(2).is_some()
                    && !spans.iter().any(|&(qs, qe)| qs <= cs && ce <= qe)
                    && !found
                        .iter()
                        .any(|f| !f.direct && f.span.0 < ce && cs < f.span.1)
                {
                    found.push(Found {
                        span: (cs, ce),
                        direct: false,
                        speaker: Some((t[a].start, t[b - 1].end)),
                        cue: Some((t[c].start, t[c].end)),
                    });
                }
                c += 1;
            }
        }
        found.sort_by_key(|f| f.span.0);

        // resolve speakers
        let mut out = Vec::new();
        let mut history: Vec<Speaker> = Vec::new();
        for f in found {
            let speaker = f
                .speaker
                .map(|(a, b)| self.resolve(text, a, b, actors, &history, sents));
            if let Some(sp) = &speaker {
                history.push(sp.clone());
            }
            out.push(Quote {
                start: f.span.0,
                end: f.span.1,
                text: text[f.span.0..f.span.1].to_string(),
                direct: f.direct,
                speaker,
                cue: f.cue.map(|(s, e)| SpanText {
                    start: s,
                    end: e,
                    text: text[s..e].to_string(),
                }),
            });
        }
        out
    }

    /// Is `w` in `alemmas`?
    fn has_alemma(&self, w: &str) -> bool {
        self.ashapes.may(w) && self.alemmas.contains(w)
    }

    /// Is the verb (lemma, lowercase form) an attribution cue? The form is
    /// de-inflected too, for lemmatiser slips ("endorsing" -> "endors").
    fn is_alemma(&self, lemma: &str, form: &str) -> bool {
        if self.has_alemma(lemma) {
            return true;
        }
        // the lemma with an "e", and the stems of the form (one buffer, no
        // candidate list)
        let mut buf = String::with_capacity(lemma.len().max(form.len()) + 1);
        let mut joined = |a: &str, b: char| {
            buf.clear();
            buf.push_str(a);
            buf.push(b);
            self.has_alemma(buf.as_str())
        };
        if joined(lemma, 'e') {
            return true;
        }
        for suf in ["ing", "ed", "es", "s", "d"] {
            if let Some(stem) = form.strip_suffix(suf) {
                if self.has_alemma(stem) || joined(stem, 'e') {
                    return true;
                }
                if stem.strip_suffix('i').is_some_and(|s2| joined(s2, 'y')) {
                    return true;
                }
                let b = stem.as_bytes();
                if b.len() > 2
                    && b[b.len() - 1] == b[b.len() - 2]
                    && stem
                        .get(..stem.len() - 1)
                        .is_some_and(|s| self.has_alemma(s))
                {
                    return true;
                }
            }
        }
        false
    }

    /// In a title-case headline line, the capitalised run before a cue verb
    /// form ("Says", "Calls", "Reveals") that precedes the quote at `qs`:
    /// (speaker start, end, cue span).
    fn headline_speaker(
        &self,
        text: &str,
        (ps, pe): (usize, usize),
        qs: usize,
    ) -> Option<(usize, usize, (usize, usize))> {
        let line = &text[ps..pe];
        if line.len() > 200 {
            return None;
        }
        let words: Vec<(usize, &str)> = line
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        let alpha: Vec<&(usize, &str)> = words
            .iter()
            .filter(|(_, w)| w.chars().next().is_some_and(char::is_alphabetic) && w.len() > 3)
            .collect();
        let caps = alpha
            .iter()
            .filter(|(_, w)| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        if alpha.len() < 3 || caps * 10 < alpha.len() * 8 {
            return None;
        }
        for (i, &(off, w)) in words.iter().enumerate() {
            if off >= qs {
                break;
            }
            let lw = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            let is_cue = matches!(
                self.words.get(lw.as_str()),
                Some(Cue::Verb) | Some(Cue::Weak)
            ) || lw
                .strip_suffix('s')
                .is_some_and(|l| self.alemmas.contains(l) || self.words.contains_key(l));
            if is_cue && (1..=6).contains(&i) {
                let name = &words[..i];
                if name
                    .iter()
                    .all(|(_, w)| w.chars().next().is_some_and(char::is_uppercase))
                {
                    let a = name[0].0;
                    let b = name[i - 1].0 + name[i - 1].1.len();
                    return Some((a, b, (off, off + w.len())));
                }
                return None;
            }
        }
        None
    }

    /// Attributions read off the dependency parse (PolNeAR style): a cue
    /// verb (`alemma` rows and all speech lemmas) with a subject and a
    /// clausal or nominal complement gives an indirect quote: content = the
    /// complement's subtree, speaker = the subject's noun phrase ("who" and
    /// "which" stay as they are). Subjects of `xcomp`/`conj`/`advcl` verbs
    /// come from their head ("refused to pledge …", "…, saying …"); a
    /// passive cue with a "by" agent takes the agent as source and its
    /// subject as content. Cues already used by `existing` are skipped.
    pub fn parse_attributions(
        &self,
        text: &str,
        tokens: &[Token],
        sents: &[SentenceToks],
        actors: &[ActorMention],
        existing: &mut [Quote],
    ) -> Vec<Quote> {
        let n = tokens.len();
        if n == 0 || !tokens.iter().any(|t| t.head.is_some()) {
            return Vec::new();
        }
        let kids = Kids::new(tokens);
        let sorted = tokens.is_sorted_by_key(|t| t.start);
        // subtree span of a token, optionally without some relations
        let span = |root: usize, skip: &[&str]| -> (usize, usize) {
            let (mut a, mut b) = (tokens[root].start, tokens[root].end);
            let mut stack: Vec<usize> = kids[root]
                .iter()
                .copied()
                .filter(|&k| !skip.contains(&tokens[k].deprel.as_str()))
                .collect();
            let mut guard = 0;
            while let Some(k) = stack.pop() {
                guard += 1;
                if guard > 400 {
                    break;
                }
                if tokens[k].upos == "PUNCT" && kids[k].is_empty() {
                    continue;
                }
                a = a.min(tokens[k].start);
                b = b.max(tokens[k].end);
                stack.extend(kids[k].iter().copied());
            }
            (a, b)
        };
        let child = |v: usize, rels: &[&str]| -> Option<usize> {
            rels.iter().find_map(|r| {
                kids[v]
                    .iter()
                    .copied()
                    .find(|&k| tokens[k].deprel.as_str() == *r)
            })
        };
        // (sorted: a binary search per verb)
        let mut used: Vec<usize> = existing
            .iter()
            .filter_map(|q| q.cue.as_ref().map(|c| c.start))
            .collect();
        used.sort_unstable();
        // (the relations as a slice of `&str`, as `span` takes them)
        let np_skip: Vec<&str> = self.np_skip.iter().map(String::as_str).collect();
        let mut out: Vec<Quote> = Vec::new();
        let mut history: Vec<Speaker> = existing.iter().filter_map(|q| q.speaker.clone()).collect();
        for v in 0..n {
            let t = &tokens[v];
            // only nouns, verbs and adjectives are cues (one compare of the
            // tag for the other tokens)
            let upos = t.upos.as_str();
            if !matches!(upos, "NOUN" | "VERB" | "ADJ") {
                continue;
            }
            if upos == "NOUN" && {
                let l = lower(&t.lemma);
                self.nshapes.may(&l) && self.anouns.contains(l.as_ref())
            } {
                // "his decision to …", "Trump's claim that …", "a statement by X"
                let src = child(v, &["nmod:poss"]).or_else(|| {
                    kids[v].iter().copied().find(|&k| {
                        k > v
                            && tokens[k].deprel == "nmod"
                            && kids[k].iter().any(|&c| {
                                text[tokens[c].start..tokens[c].end].eq_ignore_ascii_case("by")
                            })
                    })
                });
                let con = kids[v].iter().copied().find(|&k| {
                    k > v
                        && Some(k) != src
                        && matches!(
                            tokens[k].deprel.as_str(),
                            "acl" | "ccomp" | "nmod" | "appos"
                        )
                });
                if let (Some(src), Some(con)) = (src, con) {
                    let (ca, cb) = span(con, &[]);
                    let (ca, cb) = trim_span(text, ca, cb);
                    let (sa, sb) = span(src, &np_skip);
                    let (mut sa, sb) = trim_span(text, sa, sb);
                    if tokens[src].deprel == "nmod" {
                        if let Some(&c) = kids[src].iter().find(|&&c| tokens[c].deprel == "case") {
                            sa = sa.max(tokens[c].end);
                            (sa, _) = trim_span(text, sa, sb);
                        }
                    }
                    if cb > ca && sb > sa && !(sa < cb && ca < sb) {
                        let speaker = self.resolve(text, sa, sb, actors, &history, sents);
                        history.push(speaker.clone());
                        out.push(Quote {
                            start: ca,
                            end: cb,
                            text: text[ca..cb].to_string(),
                            direct: false,
                            speaker: Some(speaker),
                            cue: Some(SpanText {
                                start: t.start,
                                end: t.end,
                                text: text[t.start..t.end].to_string(),
                            }),
                        });
                    }
                }
                continue;
            }
            // verbs, and stance adjectives ("was sure that …", "is against …")
            if upos != "VERB"
                && !(upos == "ADJ" && {
                    let l = lower(&t.lemma);
                    self.ashapes.may(&l) && self.alemmas.contains(l.as_ref())
                })
            {
                continue;
            }
            // a cue already used by a quote whose speaker is no noun phrase
            // ("now", "left little", "late August"): the parse's subject
            if used.binary_search(&t.start).is_ok() {
                let Some(subj) = child(v, &["nsubj"]) else {
                    continue;
                };
                let (sa, sb) = span(subj, &np_skip);
                let (sa, sb) = trim_span(text, sa, sb);
                for q in existing.iter_mut() {
                    if sb <= sa
                        || q.cue.as_ref().is_none_or(|c| c.start != t.start)
                        || (sa < q.end && q.start < sb)
                    {
                        continue;
                    }
                    let bad = q.speaker.as_ref().is_none_or(|p| {
                        // the tokens are in text order: from the first
                        // starting at the speaker to the last starting in it
                        let from = if sorted {
                            tokens.partition_point(|x| x.start < p.start)
                        } else {
                            0
                        };
                        let inside: Vec<usize> = (from..n)
                            .take_while(|&x| !sorted || tokens[x].start <= p.end)
                            .filter(|&x| tokens[x].start >= p.start && tokens[x].end <= p.end)
                            .collect();
                        // a token of the speaker reaches the cue through its
                        // subject (or "by" agent) relation
                        let attached = |x: usize| {
                            let mut c = x;
                            for _ in 0..8 {
                                match tokens[c].head {
                                    Some(h) if h == v => {
                                        let r = tokens[c].deprel.as_str();
                                        return r.starts_with("nsubj") || r == "obl:agent";
                                    }
                                    Some(h) if h < n => c = h,
                                    _ => return false,
                                }
                            }
                            false
                        };
                        !inside.is_empty()
                            && (!inside.iter().any(|&x| {
                                matches!(tokens[x].upos.as_str(), "NOUN" | "PROPN" | "PRON")
                            }) || inside
                                .iter()
                                .any(|&x| matches!(tokens[x].upos.as_str(), "VERB" | "AUX"))
                                || (!q.direct && !inside.iter().any(|&x| attached(x))))
                    });
                    if bad {
                        let sp = self.resolve(text, sa, sb, actors, &history, sents);
                        q.speaker = Some(sp);
                    }
                }
                continue;
            }
            let lemma = lower(&t.lemma);
            // any verb with a topic ("spoke of …", "talked about …", "ruled
            // against …"): the topic is the content
            let case_of = |k: usize| {
                kids[k]
                    .iter()
                    .find(|&&c| tokens[c].deprel == "case")
                    .map(|&c| lower(&text[tokens[c].start..tokens[c].end]))
            };
            let topic = kids[v].iter().copied().find(|&k| {
                k > v
                    && tokens[k].deprel == "obl"
                    && case_of(k).is_some_and(|c| {
                        matches!(c.as_ref(), "about" | "against" | "of")
                            || (t.upos == "ADJ" && matches!(c.as_ref(), "with" | "on" | "to"))
                    })
            });
            // a clausal complement is a proposition held by the subject
            let clausal = child(v, &["ccomp"]).or_else(|| {
                // an intention or stance of a named or pronoun subject:
                // "Trump refused to disclose …", "she plans to …"
                child(v, &["xcomp"]).filter(|_| {
                    child(v, &["nsubj"]).is_some_and(|s| {
                        matches!(tokens[s].upos.as_str(), "PROPN" | "PRON")
                            || actors
                                .iter()
                                .any(|a| a.start <= tokens[s].start && tokens[s].end <= a.end)
                    })
                })
            });
            // (the clause first: it spares the look-ups of `is_alemma`)
            let cue_verb = clausal.is_some() || {
                let form = lower(&text[t.start..t.end]);
                self.is_alemma(&lemma, &form)
            };
            if !cue_verb && topic.is_none() {
                continue;
            }
            let passive = child(v, &["nsubj:pass"]);
            let agent = kids[v].iter().copied().find(|&k| {
                tokens[k].deprel.starts_with("obl")
                    && kids[k]
                        .iter()
                        .any(|&c| text[tokens[c].start..tokens[c].end].eq_ignore_ascii_case("by"))
            });
            let (source, content) = if let (Some(p), Some(ag)) = (passive, agent) {
                (Some(ag), Some(p))
            } else {
                // the subject nearest the verb ("Justice Frank Nervo rejected")
                let mut subj = kids[v]
                    .iter()
                    .copied()
                    .filter(|&k| tokens[k].deprel == "nsubj")
                    .min_by_key(|&k| k.abs_diff(v));
                let mut cur = v;
                for _ in 0..2 {
                    if subj.is_some() {
                        break;
                    }
                    // "groups pushing for …": the noun a participle modifies
                    if tokens[cur].deprel == "acl" {
                        subj = tokens[cur].head.filter(|&h| {
                            h < n && matches!(tokens[h].upos.as_str(), "NOUN" | "PROPN" | "PRON")
                        });
                        break;
                    }
                    if !matches!(tokens[cur].deprel.as_str(), "xcomp" | "conj" | "advcl") {
                        break;
                    }
                    let Some(h) = tokens[cur].head.filter(|&h| h < n) else {
                        break;
                    };
                    subj = child(h, &["nsubj"]);
                    cur = h;
                }
                let content = if !cue_verb {
                    topic
                } else {
                    // a following clause, else the first following object
                    // or open complement, else a fronted clause
                    let after = |rels: &[&str]| {
                        kids[v]
                            .iter()
                            .copied()
                            .find(|&k| k > v && rels.contains(&tokens[k].deprel.as_str()))
                    };
                    after(&["ccomp"])
                        .or_else(|| after(&["xcomp", "obj"]))
                        .or_else(|| child(v, &["ccomp"]))
                        .or(topic)
                };
                // "…, the Journal reports": the clause the cue comments on
                let content = content.or_else(|| {
                    (tokens[v].deprel == "parataxis")
                        .then_some(tokens[v].head)
                        .flatten()
                        .filter(|&h| h < n && h < v)
                });

                (subj, content)
            };
            // else a prepositional object that states a stance or target
            // ("pleads for …", "called on …", "voted against …"), not a
            // place, time or company ("in London", "with Zelenskyy")
            let content = content.or_else(|| {
                kids[v].iter().copied().find(|&k| {
                    k > v
                        && tokens[k].deprel == "obl"
                        && case_of(k).is_some_and(|c| {
                            matches!(
                                c.as_ref(),
                                "for" | "on" | "over" | "to" | "at" | "into" | "with" | "as"
                            )
                        })
                })
            });
            let (Some(src), Some(con)) = (source, content) else {
                continue;
            };
            let (ca, cb) = if tokens[v].head == Some(con) {
                span(con, &["parataxis", "punct"])
            } else {
                let (a, mut b) = span(con, &[]);
                // "likened her to a “vicious snake”", "called him a liar":
                // the complements after the content belong to it
                for &k in &kids[v] {
                    if k > con
                        && matches!(tokens[k].deprel.as_str(), "obl" | "xcomp" | "obj")
                        && tokens[k].start >= b
                    {
                        b = b.max(span(k, &[]).1);
                    }
                }
                (a, b)
            };
            let (ca, cb) = trim_span(text, ca, cb);
            let (mut sa, mut sb) = span(src, &np_skip);
            if tokens[src].deprel.starts_with("obl") {
                // the agent without its "by"
                if let Some(&c) = kids[src].iter().find(|&&c| tokens[c].deprel == "case") {
                    sa = sa.max(tokens[c].end);
                }
            }
            let (sa2, sb2) = trim_span(text, sa, sb);
            (sa, sb) = (sa2, sb2);
            if cb <= ca || sb <= sa || (sa < cb && ca < sb) {
                continue;
            }
            let speaker = self.resolve(text, sa, sb, actors, &history, sents);
            history.push(speaker.clone());
            out.push(Quote {
                start: ca,
                end: cb,
                text: text[ca..cb].to_string(),
                direct: false,
                speaker: Some(speaker),
                cue: Some(SpanText {
                    start: t.start,
                    end: t.end,
                    text: text[t.start..t.end].to_string(),
                }),
            });
        }
        out
    }

    /// A speaker mention with its code and name: from an overlapping actor
    /// mention (following antecedents), else from earlier speakers for
    /// pronouns and "the statement"/"the official".
    fn resolve(
        &self,
        text: &str,
        a: usize,
        b: usize,
        actors: &[ActorMention],
        history: &[Speaker],
        sents: &[SentenceToks],
    ) -> Speaker {
        let surface = text[a..b].to_string();
        let mut sp = Speaker {
            start: a,
            end: b,
            text: surface.clone(),
            ..Default::default()
        };
        // an actor mention inside the speaker phrase (largest overlap)
        let best = actors
            .iter()
            .enumerate()
            .filter(|(_, m)| m.start < b && a < m.end)
            .max_by_key(|(_, m)| (m.end.min(b) - m.start.max(a), m.end));
        if let Some((mut idx, _)) = best {
            let mut guard = 0;
            while let Some(ant) = actors[idx].antecedent {
                if ant >= actors.len() || guard > 20 {
                    break;
                }
                if actors[idx].name.is_some() && actors[idx].kind != ActorKind::Pronoun {
                    break;
                }
                idx = ant;
                guard += 1;
            }
            let m = &actors[idx];
            sp.code = (!m.code.is_empty()).then(|| m.code.clone());
            sp.country = m.country.clone();
            sp.name = m
                .name
                .clone()
                .or_else(|| (m.kind != ActorKind::Pronoun).then(|| m.text.clone()));
            if sp.name.is_some() || sp.code.is_some() {
                return sp;
            }
        }
        // the first and last words, trimmed and lower-cased (the words
        // between are not needed)
        let norm = |w: &str| lower(w.trim_matches(|c: char| !c.is_alphanumeric())).into_owned();
        let mut ws = surface.split_whitespace();
        let first = ws.next();
        let last = ws.next_back();
        let one_word = first.is_some() && last.is_none();
        let head = last.or(first).map(norm).unwrap_or_default();
        let pronoun = one_word && self.lists.has(List::Pronoun, &head);
        let doc_noun = self.words.get(head.as_str()) == Some(&Cue::Doc);
        let definite = first.is_some_and(|w| norm(w) == "the")
            && !surface.chars().skip(4).any(char::is_uppercase);
        if pronoun || doc_noun || definite {
            let prev = history.iter().rev().find(|h| {
                if pronoun || doc_noun {
                    h.name.is_some()
                } else {
                    // "the official" -> an earlier "a senior French official"
                    // (the last word lower-cased: the same as the last word
                    // of the lower-cased text, with no copy of all of it)
                    h.text
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| lower(w) == head.as_str())
                }
            });
            if let Some(h) = prev {
                sp.name = h.name.clone();
                sp.code = h.code.clone();
                sp.country = h.country.clone();
                return sp;
            }
            if pronoun {
                // the last multi-word capitalised name before it
                if let Some(n) = last_name_before(text, a, sents) {
                    sp.name = Some(n);
                }
                return sp;
            }
        }
        // the trailing capitalised run is the name ("spokeswoman Tammy Bruce")
        let toks: Vec<&str> = surface.split_whitespace().collect();
        let mut k = toks.len();
        while k > 0 && toks[k - 1].chars().next().is_some_and(char::is_uppercase) {
            k -= 1;
        }
        if k < toks.len() {
            let name = toks[k..].join(" ");
            let name = name
                .trim_end_matches("'s")
                .trim_end_matches('’')
                .to_string();
            sp.name = Some(name);
        } else {
            sp.name = Some(surface);
        }
        sp
    }
}

/// Past and -ing forms of a verb lemma (the base and -s forms are too
/// often nouns: "attack", "states", "reports"; list them as `verb` when wanted).
/// `s.to_lowercase()`, borrowed when `s` is ASCII without capitals.
fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

fn inflect(l: &str) -> Vec<String> {
    let mut v = Vec::new();
    let stem_y = l
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']));
    if let Some(s) = stem_y {
        v.push(format!("{s}ied"));
        v.push(format!("{l}ing"));
    } else if let Some(stem) = l.strip_suffix('e') {
        v.push(format!("{l}d"));
        v.push(format!("{stem}ing"));
    } else {
        v.push(format!("{l}ed"));
        v.push(format!("{l}ing"));
    }
    v
}

fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let seg = &text[s..e];
    let l = seg.len() - seg.trim_start().len();
    let t = seg.trim_end_matches(|c: char| c.is_whitespace() || c == '.' || c == ',');
    (s + l, s + t.len().max(l))
}

/// The last name of two or more capitalised words before `pos`.
fn last_name_before(text: &str, pos: usize, sents: &[SentenceToks]) -> Option<String> {
    for s in sents.iter().rev().filter(|s| s.start < pos).take(4) {
        let t: Vec<&Tok> = s.toks.iter().filter(|x| x.end <= pos).collect();
        let mut k = t.len();
        while k > 0 {
            if t[k - 1].cap && t[k - 1].kind == TokKind::Word {
                let e = k;
                while k > 0 && t[k - 1].cap && t[k - 1].kind == TokKind::Word {
                    k -= 1;
                }
                if e - k >= 2 && k > 0 {
                    return Some(text[t[k].start..t[e - 1].end].to_string());
                }
            } else {
                k -= 1;
            }
        }
    }
    None
}

/// The dependents of each token in text order, in one flat array:
/// `kids[h]` is the slice of the dependents of token `h`.
struct Kids {
    off: Vec<usize>,
    all: Vec<usize>,
}

impl Kids {
    fn new(tokens: &[Token]) -> Kids {
        let n = tokens.len();
        let head = |i: usize| tokens[i].head.filter(|&h| h < n && h != i);
        let mut off = vec![0usize; n + 1];
        for i in 0..n {
            if let Some(h) = head(i) {
                off[h + 1] += 1;
            }
        }
        for k in 1..off.len() {
            off[k] += off[k - 1];
        }
        let mut fill = off.clone();
        let mut all = vec![0usize; off[n]];
        for i in 0..n {
            if let Some(h) = head(i) {
                all[fill[h]] = i;
                fill[h] += 1;
            }
        }
        Kids { off, all }
    }
}

impl std::ops::Index<usize> for Kids {
    type Output = [usize];
    fn index(&self, h: usize) -> &[usize] {
        &self.all[self.off[h]..self.off[h + 1]]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direct_quotes_in_many_glyphs() {
        let t = "Macron called it an important “convergence.\" Officials were ’’ready to talk,″ he said.\n“We continue our work,” Andrii Yermak wrote.";
        let q = find_quotes(t);
        let texts: Vec<&str> = q
            .iter()
            .filter(|x| x.direct)
            .map(|x| x.text.as_str())
            .collect();
        assert_eq!(
            texts,
            vec!["convergence.", "ready to talk,", "We continue our work,"]
        );
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "Macron");
        let last = q.iter().find(|x| x.text.starts_with("We")).unwrap();
        assert_eq!(
            last.speaker.as_ref().unwrap().name.as_deref(),
            Some("Andrii Yermak")
        );
    }

    #[test]
    fn multi_paragraph_and_pronoun() {
        let t = "Jane Doe, a lawyer, said the deal was fair.\n“It is a start.\n“We will keep going,” she said.";
        let q = find_quotes(t);
        let d: Vec<&Quote> = q.iter().filter(|x| x.direct).collect();
        assert_eq!(d.len(), 1, "{q:?}");
        assert!(d[0].text.contains("start") && d[0].text.contains("going"));
        assert_eq!(
            d[0].speaker.as_ref().unwrap().name.as_deref(),
            Some("Jane Doe")
        );
        let ind = q.iter().find(|x| !x.direct).unwrap();
        assert_eq!(ind.text, "the deal was fair");
        assert_eq!(ind.speaker.as_ref().unwrap().text, "Jane Doe");
    }

    #[test]
    fn mark_bytes_found_word_by_word_as_byte_by_byte() {
        let t = "He said: \"no\" and ‘yes’, `ok' — «fin» é, plain text without any marks here at all.\u{a0}'x";
        let b = t.as_bytes();
        for from in 0..b.len() {
            let naive = (from..b.len())
                .find(|&k| matches!(b[k], b'"' | b'`' | b'\'' | 0xE2 | 0xC2))
                .unwrap_or(b.len());
            assert_eq!(next_mark_byte(b, from), naive, "from {from}");
        }
    }

    #[test]
    fn according_to() {
        let q = find_quotes("Three people died, according to regional officials.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "regional officials");
        assert_eq!(q[0].text, "Three people died");
    }
}
