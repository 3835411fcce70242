//! gesta attributes stage: times, places, casualties, quotes and issues.
//!
//! [`Attributes`] is the pipeline stage; its parts work alone too:
//! [`find_times`], [`Gazetteer`], [`find_quotes`].

pub mod lexicon;
pub mod time;

pub use time::{find_times, Times};

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
