//! The one data model every gesta stage reads and extends.
//!
//! A [`Document`] holds the cleaned body `text` of one story and layers of
//! annotations over it. Every annotation carries byte offsets (`start`,
//! `end`, half-open) into `text`; offsets always fall on UTF-8 character
//! boundaries. Stages only *add* layers: the text stage fills `text`,
//! `removed`, `paragraphs`, `headings`, `sentences` and `tokens`; the syntax
//! stage fills each token's `upos`, `xpos`, `lemma`, `head`, `deprel`; the
//! lexicon adds `actors`; the coder adds `events`; the attributes stage adds
//! `times`, `places`, `quotes` and fills the event fields `time`, `place`,
//! `killed`, `injured`.
//!
//! The JSON layout is documented in `docs/document.md`.

/// The string type of token annotations (tags, relation, lemma): short
/// strings are stored inline, without a heap allocation per token.
pub use compact_str::CompactString as TokStr;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A half-open byte range `[start, end)` into [`Document::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Story metadata that is not body text: what the cleaner took out and what
/// the input carried.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// Dateline as written ("KYIV, Ukraine (AP) —").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    /// The place named by the dateline ("KYIV, Ukraine"): the story's place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline_place: Option<String>,
    /// Contributor / "reported from" notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributors: Vec<String>,
    /// Input file path, when read from a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Any extra fields of a JSON Lines record, kept as they were.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub extra: Map<String, Value>,
}

/// A piece of the raw input that the cleaner removed from the body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Removal {
    /// Byte offsets into the raw input (after UTF-8 repair), not into `text`.
    pub raw_start: usize,
    pub raw_end: usize,
    /// Byte offset in `text` where the removed piece would have been.
    pub at: usize,
    pub text: String,
    /// Why it was removed: `credit`, `rule`, `follow`, `contributors`,
    /// `dateline`, `boilerplate`, `blank`, ...
    pub reason: String,
}

/// A sentence: its span and the range of its tokens in [`Document::tokens`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph the sentence belongs to.
    #[serde(default)]
    pub paragraph: usize,
    /// First token index (inclusive) in `Document::tokens`.
    #[serde(default)]
    pub token_start: usize,
    /// Last token index (exclusive) in `Document::tokens`.
    #[serde(default)]
    pub token_end: usize,
}

impl Sentence {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A token with its part-of-speech, lemma and dependency arc.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Universal POS tag (UD), empty until tagged.
    #[serde(default, skip_serializing_if = "TokStr::is_empty")]
    pub upos: TokStr,
    /// Penn Treebank tag, empty until tagged.
    #[serde(default, skip_serializing_if = "TokStr::is_empty")]
    pub xpos: TokStr,
    #[serde(default, skip_serializing_if = "TokStr::is_empty")]
    pub lemma: TokStr,
    /// Absolute index of the head token in `Document::tokens`; `None` for
    /// the sentence root (and before parsing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<usize>,
    /// UD dependency relation to the head (`root` for the root).
    #[serde(default, skip_serializing_if = "TokStr::is_empty")]
    pub deprel: TokStr,
}

impl Token {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// What kind of thing an actor mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Country,
    Organisation,
    Person,
    Agent,
    Pronoun,
    #[default]
    Unknown,
}

/// A mention of an actor (person, organisation, state, group) in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ActorMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// CAMEO actor code ("USAGOV", "RUSMIL", "NGO"); empty when unknown.
    pub code: String,
    /// Country part of the code (ISO3/CAMEO), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Sector / agent part ("GOV", "MIL", "NGO"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// Canonical name of the entity ("Donald Trump").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Id of the lexicon entry that resolved it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    #[serde(default)]
    pub kind: ActorKind,
    /// Which rule produced the resolution (`lexicon`, `compose`,
    /// `apposition`, `coref-surname`, `coref-pronoun`, `metonym`, ...).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
    /// Sentence index.
    #[serde(default)]
    pub sentence: usize,
    /// Index (in `Document::actors`) of the mention this one corefers with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antecedent: Option<usize>,
}

/// A span with its text, used for event triggers and attributions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SpanText {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One participant of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct EventActor {
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Index of the actor mention in `Document::actors`, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Plover {
    #[serde(rename = "type")]
    pub event_type: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mode: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub context: String,
}

/// Who an event is attributed to (the speaker of the reported speech).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Attribution {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
}

/// An event's time: a normalised value and its precision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct EventTime {
    /// ISO 8601 value: `2025-04-16`, `2025-W15`, `2025-04`, `2025`, or an
    /// interval `2025-04-16/2025-04-17`; for unresolved expressions a
    /// symbolic value such as `weekday:THU` or `offset:-1W`.
    pub value: String,
    /// `day`, `week`, `month`, `year`, `interval`, `story` or `unresolved`.
    pub precision: String,
    /// Index into `Document::times` when it came from an expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<usize>,
}

/// An event's place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct EventPlace {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonames_id: Option<u64>,
    /// Index into `Document::places`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention: Option<usize>,
}

/// A coded event: who did what to whom, with provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Event {
    /// Sentence index.
    pub sentence: usize,
    pub trigger: SpanText,
    pub source: Vec<EventActor>,
    pub target: Vec<EventActor>,
    /// Full CAMEO event code ("041", "1246").
    pub cameo: String,
    /// CAMEO root ("04").
    pub root: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goldstein: Option<f64>,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quad_class: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plover: Option<Plover>,
    #[serde(default)]
    pub negated: bool,
    /// `will`, `would`, `ready`, ... when the event is only intended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<String>,
    pub attribution: Option<Attribution>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<EventTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<EventPlace>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub killed: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub injured: Option<u32>,
    /// Other counts (missing, arrested, displaced) and lower-bound flags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub casualties: Vec<Casualty>,
    /// Normalised issue of a proposal/demand/refusal ("ceasefire").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue: Option<String>,
    /// Which pattern produced the code (for provenance and debugging).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
}

/// A casualty count attached to an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Casualty {
    /// `killed`, `injured`, `missing`, `arrested`, `displaced`.
    pub kind: String,
    pub count: u32,
    /// True for "at least", "dozens", "more than".
    #[serde(default)]
    pub lower_bound: bool,
    pub start: usize,
    pub end: usize,
}

/// A temporal expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Normalised value (see [`EventTime::value`]).
    pub value: String,
    pub precision: String,
    #[serde(default)]
    pub sentence: usize,
}

/// A place mention resolved against the gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct PlaceMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonames_id: Option<u64>,
    /// `country`, `admin1`, `city`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub feature: String,
    #[serde(default)]
    pub sentence: usize,
}

/// The speaker of a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Speaker {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A direct or indirect quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub direct: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Speaker>,
    /// Span of the cue ("said", "according to").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<SpanText>,
}

/// A problem met while reading or processing this document that did not
/// stop it (lossy UTF-8 repair, a skipped field, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<usize>,
}

/// One story with all its annotation layers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Document {
    pub id: String,
    /// Publication date, ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    pub title: Option<String>,
    #[serde(default)]
    pub meta: Metadata,
    /// The cleaned body text. All spans are byte offsets into it.
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<Removal>,
    #[serde(default)]
    pub paragraphs: Vec<Span>,
    #[serde(default)]
    pub headings: Vec<Span>,
    #[serde(default)]
    pub sentences: Vec<Sentence>,
    #[serde(default)]
    pub tokens: Vec<Token>,
    #[serde(default)]
    pub actors: Vec<ActorMention>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub times: Vec<TimeExpr>,
    #[serde(default)]
    pub places: Vec<PlaceMention>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

impl Document {
    /// A document with just an id and body text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        }
    }

    /// The text of a span. Returns "" for an out-of-range or non-boundary
    /// span rather than panicking.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            Some(t) => self.text.get(t.start..t.end).unwrap_or(""),
            None => "",
        }
    }

    /// The tokens of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> &[Token] {
        match self.sentences.get(s) {
            Some(sent) => self
                .tokens
                .get(sent.token_start..sent.token_end)
                .unwrap_or(&[]),
            None => &[],
        }
    }

    /// Index of the sentence containing byte offset `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        match self.sentences.get(i) {
            Some(s) if s.start <= pos => Some(i),
            _ => None,
        }
    }

    /// Index of the token containing or starting at byte offset `pos`.
    pub fn token_at(&self, pos: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.end <= pos);
        match self.tokens.get(i) {
            Some(t) if t.start <= pos => Some(i),
            _ => None,
        }
    }

    /// Direct dependents of token `i` (absolute indices), in text order.
    pub fn children(&self, i: usize) -> Vec<usize> {
        let Some(s) = self.sentence_at(self.tokens.get(i).map_or(usize::MAX, |t| t.start)) else {
            return Vec::new();
        };
        let sent = self.sentences[s];
        (sent.token_start..sent.token_end)
            .filter(|&j| self.tokens[j].head == Some(i))
            .collect()
    }

    /// Checks the invariants every stage must keep: spans in range, on char
    /// boundaries, sentences and tokens sorted and non-overlapping, token
    /// ranges of sentences consistent, heads inside their sentence.
    pub fn validate(&self) -> Result<(), String> {
        let ok = |s: usize, e: usize, what: &str| -> Result<(), String> {
            if s > e || e > self.text.len() {
                return Err(format!("{what}: span {s}..{e} out of range"));
            }
            if !self.text.is_char_boundary(s) || !self.text.is_char_boundary(e) {
                return Err(format!("{what}: span {s}..{e} not on a char boundary"));
            }
            Ok(())
        };
        for p in &self.paragraphs {
            ok(p.start, p.end, "paragraph")?;
        }
        for h in &self.headings {
            ok(h.start, h.end, "heading")?;
        }
        let mut last = 0;
        for (i, s) in self.sentences.iter().enumerate() {
            ok(s.start, s.end, "sentence")?;
            if s.start < last {
                return Err(format!("sentence {i} overlaps the previous one"));
            }
            last = s.end;
            if s.token_start > s.token_end || s.token_end > self.tokens.len() {
                return Err(format!("sentence {i}: bad token range"));
            }
            for j in s.token_start..s.token_end {
                let t = &self.tokens[j];
                if t.start < s.start || t.end > s.end {
                    return Err(format!("token {j} outside sentence {i}"));
                }
                if let Some(h) = t.head {
                    if h < s.token_start || h >= s.token_end {
                        return Err(format!("token {j}: head {h} outside sentence {i}"));
                    }
                }
            }
        }
        let mut last = 0;
        for (i, t) in self.tokens.iter().enumerate() {
            ok(t.start, t.end, "token")?;
            if t.start < last {
                return Err(format!("token {i} overlaps the previous one"));
            }
            last = t.end;
        }
        for a in &self.actors {
            ok(a.start, a.end, "actor")?;
        }
        for t in &self.times {
            ok(t.start, t.end, "time")?;
        }
        for p in &self.places {
            ok(p.start, p.end, "place")?;
        }
        for q in &self.quotes {
            ok(q.start, q.end, "quote")?;
        }
        for e in &self.events {
            ok(e.trigger.start, e.trigger.end, "event trigger")?;
            if e.sentence >= self.sentences.len() {
                return Err("event sentence out of range".into());
            }
        }
        Ok(())
    }
}

/// A pipeline stage: reads the layers it needs, adds its own.
pub trait Annotator {
    fn annotate(&self, doc: &mut Document);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip_json_and_lookup() {
        let mut d = Document::new("a", "Hello world. Bye.");
        d.sentences.push(Sentence {
            start: 0,
            end: 12,
            paragraph: 0,
            token_start: 0,
            token_end: 3,
        });
        d.sentences.push(Sentence {
            start: 13,
            end: 17,
            paragraph: 0,
            token_start: 3,
            token_end: 5,
        });
        for (s, e) in [(0, 5), (6, 11), (11, 12), (13, 16), (16, 17)] {
            d.tokens.push(Token {
                start: s,
                end: e,
                ..Default::default()
            });
        }
        d.tokens[0].head = Some(1);
        assert!(d.validate().is_ok());
        assert_eq!(d.sentence_at(14), Some(1));
        assert_eq!(d.sentence_at(12), None);
        assert_eq!(d.token_at(7), Some(1));
        assert_eq!(d.token_text(3), "Bye");
        assert_eq!(d.children(1), vec![0]);
        let j = serde_json::to_string(&d).unwrap();
        let back: Document = serde_json::from_str(&j).unwrap();
        assert_eq!(back, d);
    }

    #[test]
    fn validate_rejects_bad_spans() {
        let mut d = Document::new("a", "héllo");
        d.paragraphs.push(Span::new(0, 2)); // inside the 2-byte é
        assert!(d.validate().is_err());
        d.paragraphs[0] = Span::new(0, 99);
        assert!(d.validate().is_err());
    }
}
