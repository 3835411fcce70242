//! gesta coder stage.
