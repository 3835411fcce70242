//! Readers for TABARI and PETRARCH/Phoenix dictionaries.
