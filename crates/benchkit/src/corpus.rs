//! The first N bytes of story text of a JSON Lines corpus.
//!
//! Format (that of `../shared/corpus/news.jsonl`): one JSON object per
//! line with a string `text` (the story) and optional string `id`, `date`
//! and `title`; other fields are ignored. Blank lines and records with an
//! empty `text` hold no story and are passed over. A line that is not
//! UTF-8, not a JSON object, or has no string `text` is a bad record: it is
//! skipped and kept in [`Corpus::skipped`], and reading goes on.

use std::io::BufRead;
use std::path::{Path, PathBuf};

/// A corpus file that could not be read, or one bad record of it.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// The file could not be opened or read (fails the whole read). The
    /// I/O error is the [`std::error::Error::source`].
    #[error("cannot read {}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Line `line` (1-based) is not a story record (skipped).
    #[error("{}:{line}: {reason}", path.display())]
    BadRecord {
        path: PathBuf,
        line: usize,
        reason: String,
    },
}

/// One story of the corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// 1-based line of the record in the file.
    pub line: usize,
    /// The record's `id` (empty when it has none).
    pub id: String,
    /// The story text, as in the file.
    pub text: String,
    /// The record's `date`, as in the file (not normalised).
    pub date: Option<String>,
    /// The record's `title`.
    pub title: Option<String>,
}

/// The stories read, their text size and the records skipped.
#[derive(Debug, Default)]
pub struct Corpus {
    pub stories: Vec<Story>,
    /// Bytes of story text (sum of `text.len()`).
    pub text_bytes: usize,
    /// Bytes of the file read for them: every line up to the last story
    /// read, with its newline (JSON syntax, ids, titles, URLs, escapes).
    pub file_bytes: usize,
    /// Bad records passed over, in file order.
    pub skipped: Vec<CorpusError>,
}

impl Corpus {
    /// Story text in MB (10^6 bytes).
    pub fn text_mb(&self) -> f64 {
        self.text_bytes as f64 / 1e6
    }
}

/// Reads stories from the start of the JSON Lines file `path` until their
/// text adds up to at least `max_text_bytes` bytes (the story that reaches
/// the limit is included; `usize::MAX` reads the whole file).
///
/// Fails only when the file cannot be opened or read; bad records are
/// skipped into [`Corpus::skipped`].
pub fn read_stories(path: impl AsRef<Path>, max_text_bytes: usize) -> Result<Corpus, CorpusError> {
    read_until(path.as_ref(), Limit::Text(max_text_bytes))
}

/// Reads the stories of the first `max_file_bytes` bytes of the JSON
/// Lines file `path`: every whole line that fits (a line that would cross
/// the limit is left out), for throughput in bytes of the file itself.
pub fn read_file_prefix(
    path: impl AsRef<Path>,
    max_file_bytes: usize,
) -> Result<Corpus, CorpusError> {
    read_until(path.as_ref(), Limit::File(max_file_bytes))
}

/// Where [`read_until`] stops.
#[derive(Clone, Copy)]
enum Limit {
    /// Once the story text adds up to this many bytes (that story included).
    Text(usize),
    /// Before the line that would take the file bytes past this.
    File(usize),
}

fn read_until(path: &Path, limit: Limit) -> Result<Corpus, CorpusError> {
    let read_error = |source| CorpusError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut reader = std::io::BufReader::new(file);
    let mut corpus = Corpus::default();
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        if let Limit::Text(max) = limit {
            if corpus.text_bytes >= max {
                break;
            }
        }
        buf.clear();
        if reader.read_until(b'\n', &mut buf).map_err(read_error)? == 0 {
            break;
        }
        if let Limit::File(max) = limit {
            if corpus.file_bytes + buf.len() > max {
                break;
            }
        }
        line += 1;
        corpus.file_bytes += buf.len();
        match parse_record(&buf, line) {
            Ok(Some(story)) => {
                corpus.text_bytes += story.text.len();
                corpus.stories.push(story);
            }
            Ok(None) => {}
            Err(reason) => corpus.skipped.push(CorpusError::BadRecord {
                path: path.to_path_buf(),
                line,
                reason,
            }),
        }
    }
    Ok(corpus)
}

/// One line: `Ok(None)` for a line with no story (blank, empty text).
fn parse_record(raw: &[u8], line: usize) -> Result<Option<Story>, String> {
    let s = std::str::from_utf8(raw).map_err(|e| format!("not UTF-8: {e}"))?;
    if s.trim().is_empty() {
        return Ok(None);
    }
    let v: serde_json::Value = serde_json::from_str(s).map_err(|e| format!("not JSON: {e}"))?;
    let Some(record) = v.as_object() else {
        return Err("not a JSON object".into());
    };
    let field = |name: &str| -> Result<Option<String>, String> {
        match record.get(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(format!("\"{name}\" is not a string: {other}")),
        }
    };
    let text = field("text")?.ok_or("no \"text\" field")?;
    if text.is_empty() {
        return Ok(None);
    }
    Ok(Some(Story {
        line,
        id: field("id")?.unwrap_or_default(),
        text,
        date: field("date")?,
        title: field("title")?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus_file(name: &str, content: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("gesta-benchkit-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, content) {
            panic!("{}: {e}", path.display());
        }
        path
    }

    const GOOD: &str = concat!(
        r#"{"id":"a","date":"2025-04-17T09:00:00Z","title":"T","source":"x","text":"0123456789"}"#,
        "\n",
        r#"{"id":"b","text":"abcdefghij"}"#,
        "\n",
        r#"{"id":"c","text":"ABCDEFGHIJ"}"#,
        "\n"
    );

    #[test]
    fn reads_until_the_limit_is_reached() {
        let path = corpus_file("limit.jsonl", GOOD.as_bytes());
        let all = read_stories(&path, usize::MAX).unwrap_or_default();
        assert_eq!(all.stories.len(), 3);
        assert_eq!(all.text_bytes, 30);
        assert_eq!(all.file_bytes, GOOD.len());
        let a = &all.stories[0];
        assert_eq!(
            (a.line, a.id.as_str(), a.date.as_deref(), a.title.as_deref()),
            (1, "a", Some("2025-04-17T09:00:00Z"), Some("T"))
        );
        assert_eq!(all.stories[1].date, None);
        // the story that reaches the limit is in; none after it
        let some = read_stories(&path, 11).unwrap_or_default();
        assert_eq!(some.stories.len(), 2);
        assert_eq!(some.text_bytes, 20);
        assert_eq!(
            some.file_bytes,
            GOOD.lines().take(2).map(|l| l.len() + 1).sum::<usize>()
        );
        assert_eq!(read_stories(&path, 10).unwrap_or_default().stories.len(), 1);
        assert!(read_stories(&path, 0)
            .unwrap_or_default()
            .stories
            .is_empty());
    }

    #[test]
    fn a_file_prefix_holds_whole_lines_only() {
        let path = corpus_file("prefix.jsonl", GOOD.as_bytes());
        let l1 = GOOD.lines().next().map_or(0, |l| l.len() + 1);
        let l2 = GOOD.lines().nth(1).map_or(0, |l| l.len() + 1);
        // a limit inside line 2 keeps line 1 only; its exact end keeps both
        let one = read_file_prefix(&path, l1 + l2 - 1).unwrap_or_default();
        assert_eq!(
            (one.stories.len(), one.file_bytes, one.text_bytes),
            (1, l1, 10)
        );
        let two = read_file_prefix(&path, l1 + l2).unwrap_or_default();
        assert_eq!((two.stories.len(), two.file_bytes), (2, l1 + l2));
        let all = read_file_prefix(&path, usize::MAX).unwrap_or_default();
        assert_eq!((all.stories.len(), all.file_bytes), (3, GOOD.len()));
        assert!(read_file_prefix(&path, l1 - 1)
            .unwrap_or_default()
            .stories
            .is_empty());
    }

    #[test]
    fn bad_records_are_skipped_with_file_and_line() {
        let mut content = Vec::new();
        content.extend_from_slice(b"{\"id\":\"a\",\"text\":\"first\"}\n");
        content.extend_from_slice(b"{\"id\":\"b\",\"text\":\"trunc\n"); // 2: not JSON
        content.extend_from_slice(b"\n"); // 3: blank, passed over
        content.extend_from_slice(b"[1,2]\n"); // 4: not an object
        content.extend_from_slice(b"{\"id\":\"d\",\"text\":7}\n"); // 5: text not a string
        content.extend_from_slice(b"{\"id\":\"e\"}\n"); // 6: no text
        content.extend_from_slice(b"{\"id\":\"f\",\"text\":\"\"}\n"); // 7: empty, passed over
        content.extend_from_slice(b"{\"id\":\"g\",\"text\":\"\xff\xfe\"}\n"); // 8: not UTF-8
        content.extend_from_slice(b"{\"id\":\"h\",\"text\":\"last\"}"); // 9: no final newline
        let path = corpus_file("bad.jsonl", &content);
        let c = read_stories(&path, usize::MAX).unwrap_or_default();
        let ids: Vec<&str> = c.stories.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["a", "h"]);
        assert_eq!(c.stories[1].line, 9);
        let lines: Vec<usize> = c
            .skipped
            .iter()
            .map(|e| match e {
                CorpusError::BadRecord { line, .. } => *line,
                CorpusError::Read { .. } => 0,
            })
            .collect();
        assert_eq!(lines, [2, 4, 5, 6, 8]);
        let shown = c.skipped[2].to_string();
        assert!(
            shown.starts_with(&format!("{}:5: ", path.display())) && shown.contains("\"text\""),
            "{shown}"
        );
    }

    #[test]
    fn a_missing_file_is_an_error_naming_it() {
        let path = std::env::temp_dir().join("gesta-benchkit-no-such-file.jsonl");
        match read_stories(&path, 10) {
            Err(e @ CorpusError::Read { .. }) => {
                assert!(e.to_string().contains("gesta-benchkit-no-such-file.jsonl"))
            }
            other => panic!("expected a read error, got {other:?}"),
        }
    }
}
