//! One module per subcommand.
pub mod bench;
pub mod code;
pub mod coding;
pub mod conformance;
pub mod demo;
pub mod ingest;
pub mod lexicon;
pub mod parse;
pub mod query;
pub mod serve;
pub mod train;
