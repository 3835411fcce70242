//! gesta syntax stage.
