//! gesta server stage.
