//! The bundled example stories (`examples/stories/` in the repository),
//! embedded in the binary so that `gesta demo` works from any directory.
//! They were written for gesta about real 2025 events; `manifest.json`
//! gives each story's id, file, date and title.

use gesta_store::{IngestReport, Store};
use serde::Deserialize;

use crate::{Result, ServerError, StoryCoder};

const MANIFEST: &str = include_str!("../../../examples/stories/manifest.json");

/// `(file name, text)` of every bundled story.
const FILES: &[(&str, &str)] = &[
    (
        "congo-rwanda.txt",
        include_str!("../../../examples/stories/congo-rwanda.txt"),
    ),
    (
        "eu-sanctions.txt",
        include_str!("../../../examples/stories/eu-sanctions.txt"),
    ),
    (
        "g7-summit.txt",
        include_str!("../../../examples/stories/g7-summit.txt"),
    ),
    (
        "gaza-ceasefire.txt",
        include_str!("../../../examples/stories/gaza-ceasefire.txt"),
    ),
    (
        "india-pakistan.txt",
        include_str!("../../../examples/stories/india-pakistan.txt"),
    ),
    (
        "istanbul-talks.txt",
        include_str!("../../../examples/stories/istanbul-talks.txt"),
    ),
    (
        "kyiv-strike.txt",
        include_str!("../../../examples/stories/kyiv-strike.txt"),
    ),
    (
        "serbia-protest.txt",
        include_str!("../../../examples/stories/serbia-protest.txt"),
    ),
];

#[derive(Debug, Deserialize)]
struct Entry {
    id: String,
    file: String,
    date: String,
    title: String,
}

/// One bundled example story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    pub id: String,
    pub title: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    pub text: &'static str,
}

/// The bundled stories in manifest order.
pub fn examples() -> Result<Vec<Example>> {
    let entries: Vec<Entry> = serde_json::from_str(MANIFEST).map_err(|e| ServerError::Example {
        file: "manifest.json".into(),
        message: e.to_string(),
    })?;
    entries
        .into_iter()
        .map(|e| {
            let text = FILES
                .iter()
                .find(|(f, _)| *f == e.file)
                .map(|(_, t)| *t)
                .ok_or_else(|| ServerError::Example {
                    file: e.file.clone(),
                    message: "listed in manifest.json but not embedded".into(),
                })?;
            if !crate::params::is_iso_date(&e.date) {
                return Err(ServerError::Example {
                    file: e.file.clone(),
                    message: format!("bad date {:?}", e.date),
                });
            }
            Ok(Example {
                id: e.id,
                title: e.title,
                date: e.date,
                text,
            })
        })
        .collect()
}

/// Codes every bundled story with `coder` and stores it (one transaction).
pub fn ingest_examples(store: &mut Store, coder: &dyn StoryCoder) -> Result<IngestReport> {
    let docs: Vec<_> = examples()?
        .into_iter()
        .map(|e| {
            let mut d = coder.code(&e.id, e.text, Some(e.date.clone()));
            d.title = Some(e.title);
            d.meta.source = Some("gesta examples".into());
            d
        })
        .collect();
    Ok(store.ingest(&docs)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_lists_every_embedded_file_once() {
        let ex = examples().unwrap();
        assert_eq!(ex.len(), FILES.len());
        let mut ids: Vec<_> = ex.iter().map(|e| e.id.clone()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), FILES.len());
        for e in &ex {
            assert!(e.text.len() > 500, "{} is too short", e.id);
            assert!(
                e.text.contains('"') || e.text.contains('“'),
                "{} has no quote",
                e.id
            );
        }
    }
}
