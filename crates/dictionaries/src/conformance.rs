//! Conformance runners: TABARI's validation suite (`Validate.project`) and
//! PETRARCH's unit-test records, coded FROM RAW TEXT (supplied parses are
//! ignored) with their own dictionaries.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use gesta_document::{Document, Metadata};

use crate::coder::{DictCoder, Outcome, SentenceCoding};
use crate::common::{read_lines, DictDate};
use crate::error::LoadError;

/// One failed record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub id: String,
    pub expected: String,
    pub got: String,
}

/// The result of a conformance run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub passed: usize,
    pub failed: usize,
    /// Records with nothing checkable (no expectation, or only `-{...}`
    /// "do not check" lines), not counted as passed or failed.
    pub unscored: usize,
    pub failures: Vec<Failure>,
    /// Passed ids (for inspection).
    pub passed_ids: Vec<String>,
}

impl Report {
    pub fn total(&self) -> usize {
        self.passed + self.failed
    }
    /// Share of scored records coded exactly right.
    pub fn rate(&self) -> f64 {
        if self.total() == 0 {
            0.0
        } else {
            self.passed as f64 / self.total() as f64
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for x in &self.failures {
            writeln!(f, "FAIL {}: expected {} got {}", x.id, x.expected, x.got)?;
        }
        if self.unscored > 0 {
            writeln!(
                f,
                "({} records not scored: nothing checkable)",
                self.unscored
            )?;
        }
        write!(f, "{} passed, {} failed", self.passed, self.failed)
    }
}

/// What a record expects.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Expect {
    events: Vec<(String, String, String)>,
    none: bool,
    discard: bool,
    complex: bool,
    /// A `-{` line was met: events after it are not checked and the listed
    /// ones need only be present.
    partial: bool,
}

impl Expect {
    fn is_empty(&self) -> bool {
        self.events.is_empty() && !self.none && !self.discard && !self.complex
    }
    fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.none {
            parts.push("{---}".to_string());
        }
        if self.discard {
            parts.push("{###}".to_string());
        }
        if self.complex {
            parts.push("{+++}".to_string());
        }
        let mut ev: Vec<String> = self
            .events
            .iter()
            .map(|(s, t, c)| format!("{s}/{t}/{c}"))
            .collect();
        ev.sort();
        parts.extend(ev);
        if self.partial {
            parts.push("(and maybe more)".into());
        }
        format!("[{}]", parts.join(" "))
    }
}

fn describe_got(r: &SentenceCoding) -> String {
    match r.outcome {
        Outcome::Discard => "[{###}]".into(),
        Outcome::Complex => "[{+++}]".into(),
        Outcome::TooShort => "[too short: {---}]".into(),
        Outcome::Coded if r.events.is_empty() => "[{---}]".into(),
        Outcome::Coded => {
            let mut ev: Vec<String> = r
                .events
                .iter()
                .map(|e| format!("{}/{}/{}", e.source, e.target, e.code))
                .collect();
            ev.sort();
            format!("[{}]", ev.join(" "))
        }
    }
}

fn check(e: &Expect, r: &SentenceCoding) -> bool {
    let got: Vec<(String, String, String)> = r
        .events
        .iter()
        .map(|x| (x.source.clone(), x.target.clone(), x.code.clone()))
        .collect();
    // Special codes are checked first.
    if e.discard {
        return r.outcome == Outcome::Discard;
    }
    if e.complex {
        return r.outcome == Outcome::Complex;
    }
    if e.none && e.events.is_empty() {
        return got.is_empty() && r.outcome != Outcome::Discard && r.outcome != Outcome::Complex;
    }
    if r.outcome != Outcome::Coded {
        return false;
    }
    let mut want: HashMap<&(String, String, String), i32> = HashMap::new();
    for x in &e.events {
        *want.entry(x).or_default() += 1;
    }
    let mut have: HashMap<&(String, String, String), i32> = HashMap::new();
    for x in &got {
        *have.entry(x).or_default() += 1;
    }
    if e.partial {
        want.keys().all(|k| have.contains_key(k))
    } else {
        // Set equality (duplicates of one event are not counted twice).
        want.keys().all(|k| have.contains_key(k)) && have.keys().all(|k| want.contains_key(k))
    }
}

/// Tokenises raw text with gesta-text and codes it as ONE unit (a TABARI
/// record or a PETRARCH sentence is one coding unit even when it holds
/// several sentences).
fn code_raw(coder: &DictCoder, id: &str, text: &str, date: Option<DictDate>) -> SentenceCoding {
    let doc = raw_document(id, text, date);
    coder.code_tokens(&doc, 0, doc.tokens.len())
}

/// A document of the raw record text tokenised by gesta-text's tokenizer.
/// The wire-copy cleaner of `gesta_text::process_text` is not applied:
/// validation records are not wire stories (it would take `Gollum, centre
/// of ..., called` for a dateline).
pub fn raw_document(id: &str, text: &str, date: Option<DictDate>) -> Document {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut spans = Vec::new();
    gesta_text::token::tokenize_into(&text, 0, text.len(), &mut spans);
    let n = spans.len();
    Document {
        id: id.to_string(),
        date: date.map(|d| d.iso()),
        paragraphs: vec![gesta_document::Span::new(0, text.len())],
        sentences: vec![gesta_document::Sentence {
            start: 0,
            end: text.len(),
            paragraph: 0,
            token_start: 0,
            token_end: n,
        }],
        tokens: spans
            .into_iter()
            .map(|(start, end)| gesta_document::Token {
                start,
                end,
                ..Default::default()
            })
            .collect(),
        text,
        meta: Metadata::default(),
        ..Default::default()
    }
}

/// Explains how the TABARI project codes one validation record (by id).
pub fn explain_tabari(project: &Path, id: &str) -> Result<String, LoadError> {
    let mut coder = DictCoder::from_tabari_project(project)?;
    let (p, _) = crate::tabari::read_project(project)?;
    for t in &p.texts {
        let lines = read_lines(t)?;
        for r in parse_tabari_text(&lines, coder.options.yyyy) {
            for o in &r.options {
                let _ = coder.options.apply(o);
            }
            if r.id == id {
                let doc = raw_document(id, &r.text, r.date);
                let got = coder.code_tokens(&doc, 0, doc.tokens.len());
                return Ok(format!(
                    "{}\n{}\nexpected {} got {}",
                    r.text.trim(),
                    coder.explain(&doc, 0, doc.tokens.len()),
                    r.expect.describe(),
                    describe_got(&got)
                ));
            }
        }
    }
    Ok(format!("{id}: no such record"))
}

/// Story and sentence numbers of a record id by a `FORWARD:` format
/// (`^` leading blanks, `*` any character, `N` story, `S` sentence).
fn sequence(format: &str, id: &str) -> Option<(String, u32)> {
    let fmt: Vec<char> = format.chars().filter(|&c| c != '^').collect();
    let idc: Vec<char> = id.chars().collect();
    let mut story = String::new();
    let mut sent = String::new();
    for (k, f) in fmt.iter().enumerate() {
        let c = *idc.get(k)?;
        match f {
            'N' => story.push(c),
            'S' => sent.push(c),
            _ => {}
        }
    }
    Some((story, sent.parse().unwrap_or(0)))
}

/// A parsed TABARI validation record.
#[derive(Debug, Clone)]
struct TabariRecord {
    id: String,
    date: Option<DictDate>,
    text: String,
    options: Vec<String>,
    expect: Expect,
}

fn parse_brace(content: &str, partial: bool, e: &mut Expect, options: &mut Vec<String>) {
    let c = content.trim();
    if let Some(o) = c.strip_prefix("OPTION:") {
        options.push(o.trim().to_string());
        return;
    }
    if partial {
        return;
    }
    let squeezed: String = c.chars().filter(|x| !x.is_whitespace()).collect();
    match squeezed.as_str() {
        "---" => e.none = true,
        "###" => e.discard = true,
        "+++" => e.complex = true,
        _ => {
            let parts: Vec<String> = c.split('/').map(|p| p.trim().to_uppercase()).collect();
            if parts.len() == 3 {
                e.events
                    .push((parts[0].clone(), parts[1].clone(), parts[2].clone()));
            }
        }
    }
}

fn parse_tabari_text(lines: &[String], yyyy: bool) -> Vec<TabariRecord> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        let header = l.len() >= 6 && l.as_bytes()[..6].iter().all(|b| b.is_ascii_digit());
        if !header {
            i += 1;
            continue;
        }
        let mut parts = l.split_whitespace();
        let date_s = parts.next().unwrap_or("");
        let id = parts.next().unwrap_or("").to_string();
        let date = if yyyy && date_s.len() == 8 {
            DictDate::parse(date_s).ok()
        } else {
            DictDate::parse(&date_s[..6]).ok()
        };
        i += 1;
        let mut body = String::new();
        while i < lines.len() && !lines[i].trim().is_empty() {
            body.push_str(&lines[i]);
            body.push('\n');
            i += 1;
        }
        // Text: everything outside /* ... */; comment: inside. A record
        // whose comment lacks its `/*` opener (PATTERN-26) starts its
        // comment at the first line beginning with `\n`, `[` or `{`.
        let mut text = String::new();
        let mut comment = String::new();
        let body = if !body.contains("/*") {
            let mut fixed = String::new();
            let mut opened = false;
            for line in body.lines() {
                let t = line.trim_start();
                if !opened && (t.starts_with("\\n") || t.starts_with('[') || t.starts_with('{')) {
                    fixed.push_str("/*");
                    opened = true;
                }
                fixed.push_str(line);
                fixed.push('\n');
            }
            if opened && !fixed.contains("*/") {
                fixed.push_str("*/");
            }
            fixed
        } else {
            body
        };
        let mut rest = body.as_str();
        loop {
            match rest.find("/*") {
                Some(a) => {
                    text.push_str(&rest[..a]);
                    let after = &rest[a + 2..];
                    match after.find("*/") {
                        Some(b) => {
                            comment.push_str(&after[..b]);
                            comment.push('\n');
                            rest = &after[b + 2..];
                        }
                        None => {
                            comment.push_str(after);
                            break;
                        }
                    }
                }
                None => {
                    text.push_str(rest);
                    break;
                }
            }
        }
        let mut expect = Expect::default();
        let mut options = Vec::new();
        let cb: Vec<char> = comment.chars().collect();
        let mut k = 0;
        while k < cb.len() {
            if cb[k] == '{' {
                let dash = k > 0 && cb[k - 1] == '-';
                let close = cb[k..].iter().position(|&c| c == '}').map(|p| k + p);
                let end = close.unwrap_or(cb.len());
                let content: String = cb[k + 1..end].iter().collect();
                if dash {
                    expect.partial = true;
                }
                let is_option = content.trim_start().starts_with("OPTION:");
                parse_brace(&content, dash && !is_option, &mut expect, &mut options);
                k = end + 1;
            } else {
                k += 1;
            }
        }
        out.push(TabariRecord {
            id,
            date,
            text: text.replace("\\n", " "),
            options,
            expect,
        });
    }
    out
}

/// Runs TABARI's validation suite of a project (normally
/// `Validate.project`): every record up to and including `FINAL-01` (the
/// suite's own end of the standard validation; the records after it "require
/// other settings or crash the program"), with the `{ OPTION: ... }` records
/// applied in order.
pub fn run_tabari(project: &Path) -> Result<Report, LoadError> {
    let mut coder = DictCoder::from_tabari_project(project)?;
    let (p, _) = crate::tabari::read_project(project)?;
    let mut report = Report::default();
    let mut prev: Option<(String, u32, Option<String>)> = None;
    for t in &p.texts {
        let lines = read_lines(t)?;
        let records = parse_tabari_text(&lines, coder.options.yyyy);
        for r in records {
            for o in &r.options {
                // Unknown commands are ignored, as TABARI does.
                let _ = coder.options.apply(o);
            }
            let done = r.id == "FINAL-01";
            // FORWARD: the previous record's actor goes to a leading
            // pronoun when the story is the same and the sentence follows.
            let seq = coder
                .options
                .forward
                .as_deref()
                .and_then(|f| sequence(f, &r.id));
            let fwd = match (&seq, &prev) {
                (Some((story, n)), Some((ps, pn, Some(code)))) if story == ps && *n == pn + 1 => {
                    Some(code.clone())
                }
                _ => None,
            };
            if r.expect.is_empty() {
                report.unscored += 1;
                prev = None;
            } else {
                let doc = raw_document(&r.id, &r.text, r.date);
                let got = coder.code_tokens_with(&doc, 0, doc.tokens.len(), fwd.as_deref());
                prev = seq.map(|(st, n)| (st, n, got.forward.clone()));
                if check(&r.expect, &got) {
                    report.passed += 1;
                    report.passed_ids.push(r.id.clone());
                } else {
                    report.failed += 1;
                    report.failures.push(Failure {
                        id: r.id.clone(),
                        expected: r.expect.describe(),
                        got: describe_got(&got),
                    });
                }
            }
            if done {
                return Ok(report);
            }
        }
    }
    Ok(report)
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let a = tag.find(&key)? + key.len();
    let b = tag[a..].find('"')? + a;
    Some(tag[a..b].to_string())
}

/// Runs PETRARCH's unit-test records (`PETR.UnitTest.records.xml`) with the
/// dictionaries of `dict_dir` (`PETR.Validate.*` files, loaded like a
/// Phoenix folder), from each record's `<Text>`; the `<Parse>` is ignored.
pub fn run_petrarch(records: &Path, dict_dir: &Path) -> Result<Report, LoadError> {
    petrarch_inner(records, dict_dir, None).map(|x| x.0)
}

/// Explains how the PETRARCH dictionaries code one unit-test record.
pub fn explain_petrarch(records: &Path, dict_dir: &Path, id: &str) -> Result<String, LoadError> {
    petrarch_inner(records, dict_dir, Some(id)).map(|x| x.1)
}

fn petrarch_inner(
    records: &Path,
    dict_dir: &Path,
    explain: Option<&str>,
) -> Result<(Report, String), LoadError> {
    let coder = DictCoder::from_phoenix_dir(dict_dir)?;
    let mut explained = String::new();
    let raw = std::fs::read_to_string(records).map_err(|e| LoadError::io(records, e))?;
    // Drop XML comments.
    let mut xml = String::with_capacity(raw.len());
    let mut rest = raw.as_str();
    while let Some(a) = rest.find("<!--") {
        xml.push_str(&rest[..a]);
        match rest[a..].find("-->") {
            Some(b) => rest = &rest[a + b + 3..],
            None => {
                rest = "";
                break;
            }
        }
    }
    xml.push_str(rest);
    let mut report = Report::default();
    let mut pos = 0;
    while let Some(a) = xml[pos..].find("<Sentence ") {
        let start = pos + a;
        let Some(end_rel) = xml[start..].find("</Sentence>") else {
            break;
        };
        let block = &xml[start..start + end_rel];
        pos = start + end_rel + 11;
        let tag_end = block.find('>').unwrap_or(block.len());
        let tag = &block[..tag_end];
        let id = attr(tag, "id").unwrap_or_default();
        let date = attr(tag, "date").and_then(|d| DictDate::parse(&d).ok());
        let text = match (block.find("<Text>"), block.find("</Text>")) {
            (Some(a), Some(b)) if b > a => block[a + 6..b].trim().to_string(),
            _ => String::new(),
        };
        let mut expect = Expect::default();
        let mut p2 = 0;
        while let Some(a) = block[p2..].find("<EventCoding") {
            let s = p2 + a;
            let e = block[s..].find('>').map_or(block.len(), |x| s + x);
            let t = &block[s..e];
            p2 = e;
            if let Some(err) = attr(t, "error") {
                match err.as_str() {
                    "sentencediscard" | "storydiscard" => expect.discard = true,
                    _ => expect.none = true,
                }
                continue;
            }
            if attr(t, "noevents").is_some() {
                expect.none = true;
                continue;
            }
            if let (Some(s), Some(tg), Some(c)) = (
                attr(t, "sourcecode"),
                attr(t, "targetcode"),
                attr(t, "eventcode"),
            ) {
                expect
                    .events
                    .push((s.to_uppercase(), tg.to_uppercase(), c.to_uppercase()));
            }
        }
        if expect.is_empty() || text.is_empty() {
            report.unscored += 1;
            continue;
        }
        let got = code_raw(&coder, &id, &text, date);
        if explain == Some(id.as_str()) {
            let doc = raw_document(&id, &text, date);
            explained = format!(
                "{text}\n{}\nexpected {} got {}",
                coder.explain(&doc, 0, doc.tokens.len()),
                expect.describe(),
                describe_got(&got)
            );
        }
        if check(&expect, &got) {
            report.passed += 1;
            report.passed_ids.push(id);
        } else {
            report.failed += 1;
            report.failures.push(Failure {
                id,
                expected: expect.describe(),
                got: describe_got(&got),
            });
        }
    }
    Ok((report, explained))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabari_records_parse() {
        let lines: Vec<String> = "950103  DEMO-04\nDagolath's minister left for Minas Tirith./*\n\\n[Paired]\n\\n{ DAG / GON / 032 } 950103\n\\n{ GON / DAG / 033 } */\n\n950101 X-1\nText here.\n/* \\n{ OPTION: SET: CODE ALL }\n\\n-{ A / B / 000 } */\n"
            .lines()
            .map(str::to_string)
            .collect();
        let r = parse_tabari_text(&lines, false);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].id, "DEMO-04");
        assert_eq!(r[0].expect.events.len(), 2);
        assert!(r[0].text.contains("Minas Tirith."));
        assert!(!r[0].text.contains("Paired"));
        assert_eq!(r[1].options, vec!["SET: CODE ALL"]);
        assert!(r[1].expect.is_empty());
        assert!(r[1].expect.partial);
    }
}
