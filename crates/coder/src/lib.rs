//! gesta coder stage: CAMEO/PLOVER events from parsed, actor-annotated
//! documents.
//!
//! - [`Ontology`]: CAMEO codes with description, Goldstein score, quad class
//!   and PLOVER type/mode/context (`data/ontology/`), and [`enrich`] to fill
//!   those fields of any event.
//! - [`PatternSet`]: gesta's predicate patterns (`docs/patterns.md`,
//!   `data/patterns/`).
//! - [`Coder`]: the [`Annotator`] that turns the clauses of each sentence into
//!   [`gesta_document::Event`]s with source, target, negation, modality and
//!   attribution.
//! - [`formats`]: the `events`, `gdelt`, `plover` and `csv` output formats
//!   (`docs/formats.md`).

use std::path::{Path, PathBuf};

use gesta_document::{Annotator, Document};

mod extract;
pub mod formats;
mod json_out;
pub mod ontology;
pub mod patterns;
pub mod phoenix;
mod tags;
mod wordtable;

pub use ontology::{enrich, CameoCode, Counterpart, Ontology};
pub use patterns::{PatternSet, Slot};

/// The embedded default pattern files, in load order.
pub const DEFAULT_PATTERN_FILES: &[(&str, &str)] = &[
    ("core.pat", include_str!("../data/patterns/core.pat")),
    ("phoenix.pat", include_str!("../data/patterns/phoenix.pat")),
];

#[derive(Debug, thiserror::Error)]
pub enum CoderError {
    #[error("{file}, line {line}: {message}")]
    Data {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Other(String),
}

thread_local! {
    /// The sentence buffers of the coder on this thread.
    static BUFS: std::cell::RefCell<extract::Bufs> = std::cell::RefCell::default();
}

/// The default event coder.
#[derive(Debug, Clone)]
pub struct Coder {
    patterns: PatternSet,
    ontology: Ontology,
}

impl Coder {
    /// The coder with the embedded ontology and default patterns.
    pub fn embedded() -> Result<Coder, CoderError> {
        let mut patterns = PatternSet::new();
        patterns.add_files(DEFAULT_PATTERN_FILES)?;
        Ok(Coder {
            patterns,
            ontology: Ontology::embedded()?,
        })
    }

    /// A coder with the pattern files (`*.pat`, loaded in name order) of a
    /// directory and the embedded ontology.
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Coder, CoderError> {
        let dir = dir.as_ref();
        let io = |source| CoderError::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "pat"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(CoderError::Other(format!(
                "{}: no pattern files (*.pat)",
                dir.display()
            )));
        }
        let mut texts = Vec::with_capacity(files.len());
        for f in files {
            let text = std::fs::read_to_string(&f).map_err(|source| CoderError::Io {
                path: f.clone(),
                source,
            })?;
            texts.push((f.display().to_string(), text));
        }
        let mut patterns = PatternSet::new();
        patterns.add_files(&texts)?;
        Ok(Coder {
            patterns,
            ontology: Ontology::embedded()?,
        })
    }

    /// A coder from an explicit pattern set and ontology.
    pub fn new(patterns: PatternSet, ontology: Ontology) -> Coder {
        Coder { patterns, ontology }
    }

    pub fn patterns(&self) -> &PatternSet {
        &self.patterns
    }

    pub fn ontology(&self) -> &Ontology {
        &self.ontology
    }

    /// Codes one sentence of a document, appending to `doc.events`.
    pub fn code_sentence(&self, doc: &mut Document, sentence: usize) {
        let mut events = std::mem::take(&mut doc.events);
        let coded = extract::coded_actors(doc);
        extract::code_sentence(
            doc,
            &self.patterns,
            &self.ontology,
            &coded,
            sentence,
            &mut events,
            &mut extract::Bufs::default(),
        );
        doc.events = events;
    }
}

impl Annotator for Coder {
    fn annotate(&self, doc: &mut Document) {
        let mut events = std::mem::take(&mut doc.events);
        let coded = extract::coded_actors(doc);
        BUFS.with(|b| {
            let mut bufs = b.take();
            for s in 0..doc.sentences.len() {
                extract::code_sentence(
                    doc,
                    &self.patterns,
                    &self.ontology,
                    &coded,
                    s,
                    &mut events,
                    &mut bufs,
                );
            }
            b.replace(bufs);
        });
        doc.events = events;
    }
}
