//! Composes the gesta stages: text -> syntax -> lexicon -> coder -> attributes.
