//! Readers for the field's dictionary formats — TABARI (`.actors`,
//! `.agents`, `.verbs`, `.options`, `.project`) and PETRARCH/Phoenix
//! (actors, agents, verbs, discards, issues, prepositions) — into plain Rust
//! structs, and a dictionary-driven coder implementing TABARI's
//! sequence-based algorithm over gesta tokens.
//!
//! Every reader returns `(value, Vec<DictError>)`: a malformed line is
//! reported with its file and line and skipped, never silently mangled.
//! The formats and the readings chosen for their ambiguous corners are
//! documented in `docs/dictionaries.md`.

pub mod actors;
pub mod agents;
pub mod coder;
pub mod common;
pub mod conformance;
pub mod error;
pub mod lists;
pub mod tabari;
pub mod verbs;

pub use actors::{parse_actors, read_actors, ActorDict, ActorEntry};
pub use agents::{
    compose_codes, parse_agents, read_agents, regular_plural, AgentDict, AgentEntry, Compose,
    Plurals,
};
pub use coder::{CodedEvent, DictCoder, Outcome, SentenceCoding};
pub use common::{
    is_special_code, resolve_codes, DatedCode, DictDate, Link, Phrase, Restriction, Word,
};
pub use conformance::{
    explain_petrarch, explain_tabari, run_petrarch, run_tabari, Failure, Report,
};
pub use error::{DictError, LoadError};
pub use lists::{
    parse_discards, parse_issues, read_discards, read_issues, read_prepositions, verb_forms,
    Discard, IssueEntry,
};
pub use tabari::{read_project, CodeBy, CommaRules, Complexity, TabariOptions, TabariProject};
pub use verbs::{
    parse_pattern, parse_verbs, read_verbs, Element, Item, Pattern, Synset, TimeEntry,
    Transformation, VerbBlock, VerbCode, VerbDict, VerbEntry,
};
