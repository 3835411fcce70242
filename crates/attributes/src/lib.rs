//! gesta attributes stage.
