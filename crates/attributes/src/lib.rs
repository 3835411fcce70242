//! gesta attributes stage: times, places, casualties, quotes and issues.
//!
//! [`Attributes`] is the pipeline stage (an [`Annotator`]); its parts work
//! alone too: [`find_times`], [`Gazetteer`], [`PlaceFinder`], [`find_quotes`].
//! All word lists and the gazetteer are data files under `data/`, embedded
//! in the binary; their formats are in `docs/attributes.md`.

pub mod gazetteer;
pub mod lexicon;
pub mod casualties;
pub mod issues;
pub mod places;
pub mod time;

pub use gazetteer::{Gazetteer, Place};
pub use places::{PlaceFinder, SentenceToks};
pub use time::{find_times, Times};

use gesta_document::{Annotator, Document};
use lexicon::{parse_iso_date, split_sentences, tokenize};

/// Errors of the attributes stage (bad embedded or user data files).
#[derive(Debug, thiserror::Error)]
pub enum AttributesError {
    #[error("{file}:{line}: {message}")]
    Data {
        file: &'static str,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Other(String),
}

/// The attributes stage.
#[derive(Debug, Clone)]
pub struct Attributes {
    pub times: Times,
    pub places: PlaceFinder,
}

impl Attributes {
    /// The stage with its embedded data.
    pub fn embedded() -> Result<Attributes, AttributesError> {
        Ok(Attributes {
            times: Times::embedded()?,
            places: PlaceFinder::embedded()?,
        })
    }

    /// Sentences of the document with light tokens (from the sentence layer
    /// when there is one, else split here).
    pub fn sentences(doc: &Document) -> Vec<SentenceToks> {
        let spans: Vec<(usize, usize)> = if doc.sentences.is_empty() {
            split_sentences(&doc.text)
        } else {
            doc.sentences.iter().map(|s| (s.start, s.end)).collect()
        };
        spans
            .into_iter()
            .filter(|&(s, e)| s <= e && e <= doc.text.len() && doc.text.is_char_boundary(s) && doc.text.is_char_boundary(e))
            .map(|(s, e)| {
                let mut toks = Vec::new();
                tokenize(&doc.text, s, e, &mut toks);
                SentenceToks { start: s, end: e, toks }
            })
            .collect()
    }
}

impl Annotator for Attributes {
    fn annotate(&self, doc: &mut Document) {
        let sents = Self::sentences(doc);
        let anchor = doc.date.as_deref().and_then(parse_iso_date);
        // times
        let mut times = Vec::new();
        for (si, s) in sents.iter().enumerate() {
            let xpos: Option<Vec<&str>> = (!doc.tokens.is_empty()).then(|| {
                s.toks
                    .iter()
                    .map(|t| match doc.token_at(t.start) {
                        Some(k) if doc.tokens[k].start == t.start => doc.tokens[k].xpos.as_str(),
                        _ => "",
                    })
                    .collect()
            });
            for f in self.times.find_in(&s.toks, anchor, time::TimeOptions::default(), xpos.as_deref()) {
                times.push(gesta_document::TimeExpr {
                    start: f.start,
                    end: f.end,
                    text: doc.text[f.start..f.end].to_string(),
                    value: f.value,
                    precision: f.precision,
                    sentence: si,
                });
            }
        }
        doc.times = times;
        // places
        doc.places = self.places.find(&doc.text, &sents, &doc.actors, doc.meta.dateline_place.as_deref());
    }
}
