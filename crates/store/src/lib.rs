//! gesta store stage.
