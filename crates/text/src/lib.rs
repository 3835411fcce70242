//! gesta text stage: read inputs, clean wire copy, split paragraphs,
//! headings, sentences and tokens.
//!
//! - [`read_inputs`] turns input specs (files, directories, `-` for stdin)
//!   into a lazy stream of [`Document`]s or [`InputError`]s; one bad input
//!   never stops the others.
//! - [`process_text`] / [`process_html`] clean and segment one text.
//!
//! Documents come out with `text`, `removed`, `paragraphs`, `headings`,
//! `sentences` (with token ranges) and `tokens` (byte spans, untagged).
//! Rules live in `data/*.txt`; see `docs/text.md`.

mod clean;
mod data;
mod html;
mod input;
pub mod sentence;
pub mod token;

pub use data::check_data;
pub use input::{normalize_date, read_inputs, InputError, Inputs};
pub use sentence::split_sentences;

use gesta_document::{Document, Metadata, Sentence, Span, Token};

/// Cleans, segments and tokenizes one plain text.
///
/// `date` is kept as given (see [`normalize_date`]); `title`, when absent,
/// is taken from a heading on the first line.
pub fn process_text(
    id: &str,
    raw: &str,
    date: Option<String>,
    title: Option<String>,
    meta: Metadata,
) -> Document {
    let c = clean::clean(raw, title.as_deref());
    let mut doc = Document {
        id: id.to_string(),
        date,
        title: title.or_else(|| c.first_heading.clone()),
        meta,
        ..Default::default()
    };
    if c.dateline.is_some() {
        doc.meta.dateline = c.dateline;
        doc.meta.dateline_place = c.dateline_place;
    }
    if doc.meta.source.is_none() {
        doc.meta.source = c.agency;
    }
    if doc.meta.byline.is_none() {
        doc.meta.byline = c.byline;
    }
    doc.meta.contributors.extend(c.contributors);
    doc.text = c.text;
    doc.removed = c.removed;
    doc.paragraphs = c.paragraphs;
    doc.headings = c.headings;
    segment(&mut doc);
    doc
}

/// Splits the paragraphs of `doc` into sentences and tokens.
fn segment(doc: &mut Document) {
    let mut tokens: Vec<(usize, usize)> = Vec::with_capacity(doc.text.len() / 5);
    let mut sentences = Vec::with_capacity(doc.text.len() / 100);
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        let ptext = &doc.text[p.start..p.end];
        for (s, e) in split_sentences(ptext) {
            let (s, e) = (p.start + s, p.start + e);
            let token_start = tokens.len();
            token::tokenize_into(&doc.text, s, e, &mut tokens);
            sentences.push(Sentence {
                start: s,
                end: e,
                paragraph: pi,
                token_start,
                token_end: tokens.len(),
            });
        }
    }
    doc.sentences = sentences;
    doc.tokens = tokens
        .into_iter()
        .map(|(start, end)| Token {
            start,
            end,
            ..Default::default()
        })
        .collect();
}

/// Extracts the main text of an HTML page (boilerplate removed by the
/// `trafilatura` crate; title, date, author and URL from the page's
/// metadata) and processes it like [`process_text`]. A page without any
/// body text gives a document with empty text and a warning.
pub fn process_html(
    id: &str,
    html: &str,
    date: Option<String>,
    title: Option<String>,
    meta: Metadata,
) -> Document {
    html::process(id, html, date, title, meta)
}

/// The paragraphs and headings of a document in text order, with a flag
/// telling which are headings.
pub fn blocks(doc: &Document) -> Vec<(Span, bool)> {
    let mut v: Vec<(Span, bool)> = doc
        .paragraphs
        .iter()
        .map(|&p| (p, false))
        .chain(doc.headings.iter().map(|&h| (h, true)))
        .collect();
    v.sort_by_key(|(s, _)| s.start);
    v
}
