//! Composes the gesta stages into one pipeline:
//! text -> syntax -> lexicon -> coder -> attributes.
//!
//! The text stage (`gesta_text`) reads inputs and produces cleaned,
//! segmented, tokenised [`Document`]s; every later stage is an
//! [`Annotator`] that adds its layer. With `--dict tabari:…`/`phoenix:…` the
//! dictionary-driven coder (`gesta_dictionaries::DictCoder`) replaces the
//! default lexicon and coder.

use std::path::PathBuf;

use gesta_document::{Annotator, Document, Metadata};

/// What to build the pipeline from.
#[derive(Debug, Clone, Default)]
pub struct PipelineOptions {
    /// Publication date `YYYY-MM-DD` for inputs that carry none.
    pub date: Option<String>,
    /// A lexicon directory to add to / override the embedded lexicon.
    pub lexicon: Option<PathBuf>,
    /// A field dictionary set replacing the default lexicon and patterns:
    /// `tabari:PATH.project` or `phoenix:DIR`.
    pub dict: Option<String>,
    /// Worker threads for batch processing (0 = all cores).
    pub threads: usize,
    /// Stop after this stage (for benchmarks and `gesta parse`).
    pub until: Stage,
}

/// Pipeline stages, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Stage {
    Text,
    Syntax,
    Actors,
    Events,
    #[default]
    Attributes,
}

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error("syntax model: {0}")]
    Syntax(#[from] gesta_syntax::SyntaxError),
    #[error("lexicon: {0}")]
    Lexicon(#[from] gesta_lexicon::LexiconError),
    #[error("coder: {0}")]
    Coder(#[from] gesta_coder::CoderError),
    #[error("dictionaries: {0}")]
    Dict(#[from] gesta_dictionaries::LoadError),
    #[error("attributes: {0}")]
    Attributes(#[from] gesta_attributes::AttributesError),
    #[error("bad date {0:?}: expected YYYY-MM-DD (or a date like \"17 April 2025\")")]
    BadDate(String),
    #[error("loading the lexicon or dictionaries failed (a bug: the loading thread panicked)")]
    LoadPanicked,
}

/// Actor + event coding: the default lexicon and coder, or a field
/// dictionary set.
enum EventStage {
    Default {
        actors: Box<gesta_lexicon::ActorRecognizer>,
        coder: Box<gesta_coder::Coder>,
    },
    Dict(Box<gesta_dictionaries::DictCoder>),
}

/// The whole pipeline, loaded once and shared across threads.
pub struct Pipeline {
    date: Option<String>,
    until: Stage,
    threads: usize,
    syntax: Option<gesta_syntax::Model>,
    events: Option<EventStage>,
    ontology: gesta_coder::Ontology,
    attributes: Option<gesta_attributes::Attributes>,
}

/// Checks a `YYYY-MM-DD` date (a real calendar day).
pub fn check_date(d: &str) -> Result<(), PipelineError> {
    match gesta_text::normalize_date(d) {
        Some(iso) if iso == d => Ok(()),
        _ => Err(PipelineError::BadDate(d.to_string())),
    }
}

impl Pipeline {
    /// Loads the models, lexicon and patterns the options ask for.
    pub fn new(opts: &PipelineOptions) -> Result<Pipeline, PipelineError> {
        let date = match &opts.date {
            Some(d) => match gesta_text::normalize_date(d) {
                Some(iso) => Some(iso),
                None => return Err(PipelineError::BadDate(d.clone())),
            },
            None => None,
        };
        // The parts load independently (see below).
        let load_syntax = || -> Result<Option<gesta_syntax::Model>, PipelineError> {
            Ok(if opts.until >= Stage::Syntax {
                Some(gesta_syntax::Model::embedded()?)
            } else {
                None
            })
        };
        // Field dictionaries, or the embedded lexicon's actor matcher (the
        // longest part to load).
        enum Actors {
            Dict(Box<gesta_dictionaries::DictCoder>),
            Default(Box<gesta_lexicon::ActorRecognizer>),
        }
        let load_actors = || -> Result<Option<Actors>, PipelineError> {
            if opts.until < Stage::Actors {
                return Ok(None);
            }
            Ok(Some(match &opts.dict {
                Some(spec) => {
                    Actors::Dict(Box::new(gesta_dictionaries::DictCoder::from_spec(spec)?))
                }
                None => {
                    let lexicon = match &opts.lexicon {
                        Some(dir) => gesta_lexicon::Lexicon::embedded_with_dir(dir)?,
                        None => gesta_lexicon::Lexicon::embedded()?,
                    };
                    Actors::Default(Box::new(gesta_lexicon::ActorRecognizer::from_lexicon(
                        lexicon,
                    )))
                }
            }))
        };
        let load_rest = || -> Result<_, PipelineError> {
            let coder = if opts.until >= Stage::Actors && opts.dict.is_none() {
                Some(Box::new(gesta_coder::Coder::embedded()?))
            } else {
                None
            };
            let attributes = if opts.until >= Stage::Attributes {
                Some(gesta_attributes::Attributes::embedded()?)
            } else {
                None
            };
            Ok((
                load_syntax()?,
                coder,
                attributes,
                gesta_coder::Ontology::embedded()?,
            ))
        };
        // The two halves load in parallel unless the caller asked for one
        // thread.
        let (actors, rest) = if opts.threads == 1 {
            (load_actors(), load_rest())
        } else {
            std::thread::scope(|sc| {
                let actors = sc.spawn(load_actors);
                let rest = load_rest();
                let actors = actors
                    .join()
                    .unwrap_or_else(|_| Err(PipelineError::LoadPanicked));
                (actors, rest)
            })
        };
        let (syntax, coder, attributes, ontology) = rest?;
        let events = match (actors?, coder) {
            (Some(Actors::Dict(d)), _) => Some(EventStage::Dict(d)),
            (Some(Actors::Default(actors)), Some(coder)) => {
                Some(EventStage::Default { actors, coder })
            }
            _ => None,
        };
        Ok(Pipeline {
            date,
            until: opts.until,
            threads: opts.threads,
            syntax,
            events,
            ontology,
            attributes,
        })
    }

    /// Forgets what stages keep between documents for speed (the syntax
    /// stage's memos and sentence cache), as a fresh process would start.
    /// Output never depends on it; `gesta bench` calls it between runs.
    pub fn forget(&self) {
        if let Some(m) = &self.syntax {
            m.forget();
        }
    }

    /// Runs every stage after the text stage on a document.
    pub fn process(&self, doc: &mut Document) {
        self.process_chunk(std::slice::from_mut(doc));
    }

    /// Runs every stage after the text stage on a few documents on this
    /// thread, stage by stage: each stage's tables stay in the caches for
    /// the whole chunk instead of being evicted by the next stage's after
    /// every story. The result is that of [`Pipeline::process`] on each.
    pub fn process_chunk(&self, docs: &mut [Document]) {
        for doc in docs.iter_mut() {
            if doc.date.is_none() {
                doc.date = self.date.clone();
            }
        }
        if let Some(m) = &self.syntax {
            docs.iter_mut().for_each(|d| m.annotate(d));
        }
        match &self.events {
            Some(EventStage::Default { actors, coder }) => {
                docs.iter_mut().for_each(|d| actors.annotate(d));
                if self.until >= Stage::Events {
                    docs.iter_mut().for_each(|d| coder.annotate(d));
                }
            }
            Some(EventStage::Dict(dc)) => {
                for doc in docs.iter_mut() {
                    dc.annotate(doc);
                    if self.until < Stage::Events {
                        doc.events.clear();
                    }
                }
            }
            None => {}
        }
        for doc in docs.iter_mut() {
            for e in &mut doc.events {
                gesta_coder::enrich(&self.ontology, e);
            }
        }
        if let Some(a) = &self.attributes {
            docs.iter_mut().for_each(|d| a.annotate(d));
        }
    }

    /// Cleans, segments and codes one raw story.
    pub fn process_text(&self, id: &str, text: &str, date: Option<String>) -> Document {
        let mut doc = gesta_text::process_text(id, text, date, None, Metadata::default());
        self.process(&mut doc);
        doc
    }

    /// Processes a batch on the configured number of threads, keeping order
    /// (in chunks of up to [`CHUNK`] stories per thread, at least four
    /// chunks per thread when the batch allows).
    pub fn process_batch(&self, docs: &mut [Document]) {
        let per = chunk_len(docs.len(), self.threads);
        let mut chunks: Vec<&mut [Document]> = docs.chunks_mut(per).collect();
        parallel_for_each(self.threads, &mut chunks, |c| self.process_chunk(c));
    }

    /// Reads input specs (files, directories, `-`) and yields fully
    /// processed documents in batches of `batch` stories; input errors are
    /// yielded in place and never stop the stream.
    pub fn documents<'a>(
        &'a self,
        specs: &[String],
        batch: usize,
    ) -> impl Iterator<Item = Result<Document, gesta_text::InputError>> + 'a {
        let mut inputs = gesta_text::read_inputs(specs);
        let batch = batch.max(1);
        let mut pending: std::collections::VecDeque<Result<Document, gesta_text::InputError>> =
            std::collections::VecDeque::new();
        std::iter::from_fn(move || {
            if pending.is_empty() {
                let mut items: Vec<Result<Document, gesta_text::InputError>> = Vec::new();
                for item in inputs.by_ref() {
                    items.push(item);
                    if items.len() >= batch {
                        break;
                    }
                }
                let mut docs: Vec<Document> = Vec::new();
                let mut order: Vec<Option<gesta_text::InputError>> = Vec::new();
                for it in items {
                    match it {
                        Ok(d) => {
                            docs.push(d);
                            order.push(None);
                        }
                        Err(e) => order.push(Some(e)),
                    }
                }
                self.process_batch(&mut docs);
                let mut docs = docs.into_iter();
                for o in order {
                    match o {
                        Some(e) => pending.push_back(Err(e)),
                        None => {
                            if let Some(d) = docs.next() {
                                pending.push_back(Ok(d));
                            }
                        }
                    }
                }
            }
            pending.pop_front()
        })
    }

    /// The stage this pipeline stops after.
    pub fn until(&self) -> Stage {
        self.until
    }
}

/// Most stories [`Pipeline::process_batch`] hands one thread at a time.
pub const CHUNK: usize = 16;

/// Stories per chunk for `n` stories on `threads` threads (0 = all
/// cores): at most [`CHUNK`], and small enough for four chunks per thread.
pub fn chunk_len(n: usize, threads: usize) -> usize {
    (n / (resolve_threads(threads) * 4)).clamp(1, CHUNK)
}

fn resolve_threads(threads: usize) -> usize {
    match threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
}

/// Runs `f` on every item on `threads` threads (0 = all cores), stealing
/// work item by item: stories vary a lot in size.
pub fn parallel_for_each<T: Send, F: Fn(&mut T) + Sync>(threads: usize, items: &mut [T], f: F) {
    let threads = resolve_threads(threads);
    if threads <= 1 || items.len() <= 1 {
        items.iter_mut().for_each(f);
        return;
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let slots: Vec<std::sync::Mutex<&mut T>> =
        items.iter_mut().map(std::sync::Mutex::new).collect();
    std::thread::scope(|s| {
        for _ in 0..threads.min(slots.len()) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(slot) = slots.get(i) else { break };
                if let Ok(mut item) = slot.lock() {
                    f(&mut item);
                }
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert!(check_date("2025-04-17").is_ok());
        assert!(check_date("2025-13-01").is_err());
        assert!(check_date("17/04/2025").is_err());
        assert!(check_date("2025-4-17").is_err());
        assert!(check_date("2025-02-30").is_err());
    }

    #[test]
    fn parallel_keeps_every_item() {
        let mut v: Vec<u64> = (0..1000).collect();
        parallel_for_each(2, &mut v, |x| *x *= 2);
        assert_eq!(v, (0..1000).map(|x| x * 2).collect::<Vec<_>>());
    }
}
