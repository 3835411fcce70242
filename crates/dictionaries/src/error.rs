//! Errors of the dictionary readers.

use std::fmt;
use std::path::PathBuf;

/// One malformed line of a dictionary file. Readers collect these in a list,
/// skip the line and go on: a bad line never sinks the whole dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictError {
    pub path: PathBuf,
    /// 1-based line number (0 when the problem is not tied to a line).
    pub line: usize,
    pub message: String,
}

impl DictError {
    pub fn new(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        DictError {
            path: path.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for DictError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
    }
}

impl std::error::Error for DictError {}

/// A failure that stops a whole file from being read (missing file, I/O).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Format { path: PathBuf, message: String },
    #[error("bad dictionary spec `{0}`: expected `tabari:PATH.project` or `phoenix:DIR`")]
    Spec(String),
}

impl LoadError {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        LoadError::Io {
            path: path.into(),
            source,
        }
    }
}
