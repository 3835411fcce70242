//! gesta text stage.
