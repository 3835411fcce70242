//! gesta lexicon stage.
