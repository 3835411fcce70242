//! gesta lexicon stage: who is who in the news, as of the story's date.
//!
//! * [`Lexicon`]: countries, organisations, people with dated roles,
//!   agent nouns, places and function words, read from gesta's own
//!   tab-separated format (`docs/lexicon.md`). The default lexicon is
//!   embedded ([`Lexicon::embedded`]); a directory adds to or overrides it
//!   ([`Lexicon::add_dir`], [`Lexicon::load_dir`]).
//! * [`ActorRecognizer`]: an [`gesta_document::Annotator`] that fills
//!   `doc.actors` with CAMEO-coded actor mentions.
//! * [`convert`]: builds lexicon files from mledoze countries, Phoenix
//!   and TABARI dictionaries.

pub mod convert;
pub mod format;
mod lexicon;
pub mod matcher;
pub mod norm;
mod recognize;

pub use format::{Agent, Country, DatedCode, Gender, Organisation, ParseError, Person, Place};
pub use lexicon::{Lexicon, LexiconError, EMBEDDED};
pub use recognize::{lookup, ActorRecognizer, Entity, EntityLabel, Recognition};
