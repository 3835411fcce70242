//! Reading inputs: files, directories, stdin; plain text, JSON Lines, HTML.

use std::collections::VecDeque;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use gesta_document::{Document, Metadata, Warning};
use serde_json::{Map, Value};

/// A problem with one input (a file, a JSON Lines record, stdin). It names
/// where (path, line or byte offset) and what was wrong; other inputs go on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct InputError {
    /// File path, or `-` for stdin.
    pub path: String,
    /// 1-based line number (JSON Lines records).
    pub line: Option<usize>,
    /// Byte offset in the file, when known.
    pub offset: Option<usize>,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        if let Some(o) = self.offset {
            write!(f, " (byte {o})")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl InputError {
    fn new(path: &str, message: impl Into<String>) -> Self {
        InputError {
            path: path.to_string(),
            line: None,
            offset: None,
            message: message.into(),
        }
    }
}

#[derive(Debug)]
enum Pending {
    Stdin,
    File(PathBuf),
    Error(InputError),
}

#[derive(Debug)]
struct Jsonl {
    path: String,
    stem: String,
    text: String,
    pos: usize,
    line: usize,
    /// Byte offsets where invalid UTF-8 was repaired.
    repairs: Vec<usize>,
}

/// Lazy stream of documents from input specs; see [`read_inputs`].
#[derive(Debug)]
pub struct Inputs {
    queue: VecDeque<Pending>,
    jsonl: Option<Jsonl>,
}

/// Reads input specs: a file, a directory (recursive, sorted by path, hidden
/// entries skipped) or `-` for stdin. Files are plain text, JSON Lines
/// (`.jsonl`/`.ndjson`, or sniffed) or HTML (`.html`/`.htm`, or sniffed).
/// Every input yields documents or errors; bad inputs never stop the rest.
pub fn read_inputs(specs: &[String]) -> Inputs {
    let mut queue = VecDeque::new();
    for s in specs {
        if s == "-" {
            queue.push_back(Pending::Stdin);
            continue;
        }
        let p = PathBuf::from(s);
        if p.is_dir() {
            let mut files = Vec::new();
            let mut errors = Vec::new();
            walk(&p, &mut files, &mut errors);
            files.sort();
            queue.extend(errors.into_iter().map(Pending::Error));
            queue.extend(files.into_iter().map(Pending::File));
        } else if p.exists() {
            queue.push_back(Pending::File(p));
        } else {
            queue.push_back(Pending::Error(InputError::new(
                s,
                "no such file or directory",
            )));
        }
    }
    Inputs { queue, jsonl: None }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(InputError::new(
                &dir.display().to_string(),
                format!("cannot read directory: {e}"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'))
        {
            continue;
        }
        let is_symlink = std::fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink());
        if p.is_dir() {
            if !is_symlink {
                walk(&p, files, errors);
            }
        } else if p.is_file() {
            files.push(p);
        }
    }
}

impl Iterator for Inputs {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(j) = &mut self.jsonl {
                match next_record(j) {
                    Some(r) => return Some(r),
                    None => self.jsonl = None,
                }
            }
            let pending = self.queue.pop_front()?;
            let (path, bytes) = match pending {
                Pending::Error(e) => return Some(Err(e)),
                Pending::Stdin => {
                    let mut buf = Vec::new();
                    if let Err(e) = std::io::stdin().lock().read_to_end(&mut buf) {
                        return Some(Err(InputError::new("-", format!("cannot read stdin: {e}"))));
                    }
                    (None, buf)
                }
                Pending::File(p) => match std::fs::read(&p) {
                    Ok(b) => (Some(p), b),
                    Err(e) => {
                        return Some(Err(InputError::new(
                            &p.display().to_string(),
                            format!("cannot read file: {e}"),
                        )))
                    }
                },
            };
            let shown = path
                .as_ref()
                .map_or_else(|| "-".to_string(), |p| p.display().to_string());
            let stem = path
                .as_ref()
                .and_then(|p| p.file_stem())
                .map_or_else(|| "stdin".to_string(), |s| s.to_string_lossy().into_owned());
            match load(&shown, &stem, path.as_deref(), bytes) {
                Loaded::Doc(r) => return Some(*r),
                Loaded::Jsonl(j) => self.jsonl = Some(j),
            }
        }
    }
}

enum Loaded {
    Doc(Box<Result<Document, InputError>>),
    Jsonl(Jsonl),
}

#[derive(PartialEq)]
enum Kind {
    Text,
    Jsonl,
    Html,
}

fn ext_of(path: Option<&Path>) -> String {
    path.and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

fn sniff(path: Option<&Path>, text: &str) -> Kind {
    match ext_of(path).as_str() {
        "jsonl" | "ndjson" => return Kind::Jsonl,
        "html" | "htm" | "xhtml" => return Kind::Html,
        "txt" | "text" => return Kind::Text,
        _ => {}
    }
    let head: String = text
        .trim_start_matches('\u{FEFF}')
        .trim_start()
        .chars()
        .take(2048)
        .collect();
    if head.starts_with('{') {
        let first = head.lines().next().unwrap_or("");
        if serde_json::from_str::<Map<String, Value>>(first).is_ok()
            || text
                .lines()
                .next()
                .is_some_and(|l| serde_json::from_str::<Map<String, Value>>(l).is_ok())
        {
            return Kind::Jsonl;
        }
    }
    let lower = head.to_lowercase();
    if lower.starts_with('<')
        && [
            "<!doctype html",
            "<html",
            "<head",
            "<body",
            "<p>",
            "<p ",
            "<div",
            "<article",
            "<meta",
            "<title",
        ]
        .iter()
        .any(|t| lower.contains(t))
    {
        return Kind::Html;
    }
    Kind::Text
}

/// Binary content: NUL bytes, or mostly control bytes / invalid UTF-8.
fn binary_reason(bytes: &[u8]) -> Option<String> {
    let sample = &bytes[..bytes.len().min(8192)];
    if let Some(i) = memchr::memchr(0, sample) {
        return Some(format!("binary file (NUL byte at offset {i}), skipped"));
    }
    let control = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
        .count();
    let invalid: usize = sample.utf8_chunks().map(|c| c.invalid().len()).sum();
    // the sample may cut a character at its end
    let invalid = invalid.saturating_sub(3);
    if (control + invalid) * 10 > sample.len() * 3 {
        return Some(format!(
            "binary file ({} of the first {} bytes are not text), skipped",
            control + invalid,
            sample.len()
        ));
    }
    None
}

/// Lossy UTF-8 repair: the text and the byte offsets of invalid sequences.
fn repair(bytes: Vec<u8>) -> (String, Vec<usize>) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, Vec::new()),
        Err(e) => {
            let bytes = e.into_bytes();
            let mut out = String::with_capacity(bytes.len());
            let mut offsets = Vec::new();
            let mut pos = 0;
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                pos += chunk.valid().len();
                if !chunk.invalid().is_empty() {
                    offsets.push(pos);
                    out.push('\u{FFFD}');
                    pos += chunk.invalid().len();
                }
            }
            (out, offsets)
        }
    }
}

fn utf8_warning(path: &str, offsets: &[usize]) -> Option<Warning> {
    let first = *offsets.first()?;
    Some(Warning {
        message: format!(
            "{path}: invalid UTF-8 at byte {first} ({} invalid sequence{} replaced with U+FFFD)",
            offsets.len(),
            if offsets.len() == 1 { "" } else { "s" }
        ),
        offset: Some(first),
    })
}

fn load(path: &str, stem: &str, p: Option<&Path>, bytes: Vec<u8>) -> Loaded {
    if bytes.is_empty() {
        return Loaded::Doc(Box::new(Err(InputError::new(path, "empty file"))));
    }
    if let Some(reason) = binary_reason(&bytes) {
        return Loaded::Doc(Box::new(Err(InputError::new(path, reason))));
    }
    let (text, repairs) = repair(bytes);
    if text.trim().is_empty() {
        return Loaded::Doc(Box::new(Err(InputError::new(
            path,
            "file contains only whitespace",
        ))));
    }
    let kind = sniff(p, &text);
    if kind == Kind::Jsonl {
        return Loaded::Jsonl(Jsonl {
            path: path.to_string(),
            stem: stem.to_string(),
            text,
            pos: 0,
            line: 0,
            repairs,
        });
    }
    let meta = Metadata {
        path: p.map(|_| path.to_string()),
        ..Default::default()
    };
    let mut doc = if kind == Kind::Html {
        crate::process_html(stem, &text, None, None, meta)
    } else {
        crate::process_text(stem, &text, None, None, meta)
    };
    if let Some(w) = utf8_warning(path, &repairs) {
        doc.warnings.insert(0, w);
    }
    Loaded::Doc(Box::new(finish(path, None, doc, kind == Kind::Html)))
}

fn finish(
    path: &str,
    line: Option<usize>,
    doc: Document,
    html: bool,
) -> Result<Document, InputError> {
    if doc.text.trim().is_empty() {
        let message = if html {
            "no body text found in the HTML".to_string()
        } else if doc.removed.is_empty() {
            "no text".to_string()
        } else {
            format!(
                "no body text left after cleaning ({} pieces removed as wire furniture)",
                doc.removed.len()
            )
        };
        return Err(InputError {
            path: path.to_string(),
            line,
            offset: None,
            message,
        });
    }
    Ok(doc)
}

fn next_record(j: &mut Jsonl) -> Option<Result<Document, InputError>> {
    loop {
        if j.pos >= j.text.len() {
            return None;
        }
        let start = j.pos;
        let end =
            memchr::memchr(b'\n', &j.text.as_bytes()[start..]).map_or(j.text.len(), |i| start + i);
        j.pos = end + 1;
        j.line += 1;
        let line = j.text[start..end].trim();
        if line.is_empty() {
            continue;
        }
        let err = |message: String| InputError {
            path: j.path.clone(),
            line: Some(j.line),
            offset: Some(start),
            message,
        };
        let obj: Map<String, Value> = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(o)) => o,
            Ok(_) => return Some(Err(err("expected a JSON object".into()))),
            Err(e) => return Some(Err(err(format!("invalid JSON: {e}")))),
        };
        let mut doc = match record(&j.stem, j.line, obj, &j.path) {
            Ok(d) => d,
            Err(m) => return Some(Err(err(m))),
        };
        let local: Vec<usize> = j
            .repairs
            .iter()
            .copied()
            .filter(|&o| o >= start && o < end)
            .collect();
        if let Some(w) = utf8_warning(&j.path, &local) {
            doc.warnings.insert(0, w);
        }
        let html = doc.warnings.iter().any(|w| w.message.contains("HTML"));
        return Some(finish(&j.path, Some(j.line), doc, html).map_err(|mut e| {
            e.offset = Some(start);
            e
        }));
    }
}

fn string_field(obj: &mut Map<String, Value>, key: &str) -> Option<String> {
    match obj.remove(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::Null) | None => None,
        Some(Value::String(_)) => None,
        Some(other) => {
            obj.insert(key.to_string(), other);
            None
        }
    }
}

/// One JSON Lines record: `{"id","text","date","title","url"}` (or `html`
/// instead of `text`); `source` goes to `meta.source`, `dateline` to
/// `meta.dateline` when the text has none; other fields to `meta.extra`.
fn record(
    stem: &str,
    line: usize,
    mut obj: Map<String, Value>,
    path: &str,
) -> Result<Document, String> {
    let id = string_field(&mut obj, "id").unwrap_or_else(|| format!("{stem}:{line}"));
    let (body, is_html) = match obj.remove("text") {
        Some(Value::String(s)) => (s, false),
        Some(other) => {
            return Err(format!(
                "field \"text\" must be a string, found {}",
                kind_name(&other)
            ))
        }
        None => match obj.remove("html") {
            Some(Value::String(s)) => (s, true),
            _ => return Err("record has no \"text\" (or \"html\") string field".into()),
        },
    };
    let mut warnings = Vec::new();
    let date = string_field(&mut obj, "date").and_then(|d| {
        let n = normalize_date(&d);
        if n.is_none() {
            warnings.push(Warning {
                message: format!("unrecognised date {d:?} ignored"),
                offset: None,
            });
        }
        n
    });
    let title = string_field(&mut obj, "title");
    let url = string_field(&mut obj, "url");
    let source = string_field(&mut obj, "source");
    let dateline = string_field(&mut obj, "dateline");
    let meta = Metadata {
        url,
        source,
        path: Some(path.to_string()),
        extra: obj,
        ..Default::default()
    };
    let mut doc = if is_html {
        crate::process_html(&id, &body, date, title, meta)
    } else {
        crate::process_text(&id, &body, date, title, meta)
    };
    if doc.meta.dateline.is_none() {
        if let Some(dl) = dateline {
            doc.meta.dateline_place = crate::clean::dateline_place(&dl);
            doc.meta.dateline = Some(dl);
        }
    }
    doc.warnings.extend(warnings);
    Ok(doc)
}

fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month_of(s: &str) -> Option<u32> {
    let l = s.trim_end_matches('.').to_lowercase();
    if l.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| l.starts_with(m))
        .map(|i| i as u32 + 1)
}

/// Normalises a publication date to ISO `YYYY-MM-DD`: accepts ISO dates and
/// timestamps, `YYYY/MM/DD`, `26-FEB-1987 15:01:01`, `17 April 2025`,
/// `April 17, 2025`. Returns `None` when it cannot tell the day.
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    let ok = |y: i32, m: u32, d: u32| -> Option<String> {
        chrono::NaiveDate::from_ymd_opt(y, m, d).map(|x| x.format("%Y-%m-%d").to_string())
    };
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'-' || b.len() >= 10 && b[4] == b'/' {
        let y = s.get(0..4)?.parse().ok()?;
        let m = s.get(5..7)?.parse().ok()?;
        let d = s.get(8..10)?.parse().ok()?;
        return ok(y, m, d);
    }
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',' || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() >= 3 {
        // 26 FEB 1987 / 17 April 2025
        if let (Ok(d), Some(m), Ok(y)) = (
            words[0].parse::<u32>(),
            month_of(words[1]),
            words[2].parse::<i32>(),
        ) {
            return ok(y, m, d);
        }
        // April 17 2025
        if let (Some(m), Ok(d), Ok(y)) = (
            month_of(words[0]),
            words[1]
                .trim_end_matches(['s', 't', 'h', 'n', 'd', 'r'])
                .parse::<u32>(),
            words[2].parse::<i32>(),
        ) {
            return ok(y, m, d);
        }
        // Thursday, April 17, 2025
        if words.len() >= 4 {
            if let (Some(m), Ok(d), Ok(y)) = (
                month_of(words[1]),
                words[2].parse::<u32>(),
                words[3].parse::<i32>(),
            ) {
                return ok(y, m, d);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(normalize_date("2025-04-17").as_deref(), Some("2025-04-17"));
        assert_eq!(
            normalize_date("2025-04-17T10:00:00Z").as_deref(),
            Some("2025-04-17")
        );
        assert_eq!(
            normalize_date("26-FEB-1987 15:01:01.79").as_deref(),
            Some("1987-02-26")
        );
        assert_eq!(
            normalize_date("April 17, 2025").as_deref(),
            Some("2025-04-17")
        );
        assert_eq!(
            normalize_date("17 April 2025").as_deref(),
            Some("2025-04-17")
        );
        assert_eq!(normalize_date("soon"), None);
    }

    #[test]
    fn utf8_repair_reports_offset() {
        let (s, offs) = repair(b"ab\xffcd".to_vec());
        assert_eq!(s, "ab\u{FFFD}cd");
        assert_eq!(offs, vec![2]);
        assert!(binary_reason(b"hello\0world").is_some());
        assert!(binary_reason("plain words, “quoted”".as_bytes()).is_none());
    }
}
