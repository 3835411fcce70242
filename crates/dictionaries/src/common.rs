//! Pieces shared by every reader: file lines, comments, phrases, codes and
//! date restrictions.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{DictError, LoadError};

/// Reads a dictionary file into lines (CRLF or LF). Invalid UTF-8 is
/// decoded byte-by-byte as Latin-1 for the offending line only, so one bad
/// byte never sinks the file.
pub fn read_lines(path: &Path) -> Result<Vec<String>, LoadError> {
    let bytes = std::fs::read(path).map_err(|e| LoadError::io(path, e))?;
    Ok(split_lines(&bytes))
}

/// Reads a dictionary file and hands its lines to `parse` (a reader's
/// `parse_*` function, which gets `path` for its error messages).
pub(crate) fn read_with<T>(
    path: &Path,
    parse: impl FnOnce(&Path, &[String]) -> (T, Vec<DictError>),
) -> Result<(T, Vec<DictError>), LoadError> {
    let lines = read_lines(path)?;
    Ok(parse(path, &lines))
}

/// The lines of a test input, as a reader's `parse_*` function takes them.
#[cfg(test)]
pub(crate) fn test_lines(s: &str) -> Vec<String> {
    s.lines().map(str::to_string).collect()
}

/// Splits raw bytes into lines, see [`read_lines`].
pub fn split_lines(bytes: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for raw in bytes.split(|&b| b == b'\n') {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let line = match std::str::from_utf8(raw) {
            Ok(s) => s.to_string(),
            Err(_) => raw.iter().map(|&b| b as char).collect(),
        };
        out.push(line);
    }
    // A final newline leaves an empty last element: drop it.
    if out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

/// A dictionary line with its comment split off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number.
    pub number: usize,
    /// The line as read (comments included).
    pub raw: &'a str,
    /// Content before the comment, not trimmed (leading white space is
    /// significant in actor files).
    pub content: &'a str,
    /// Comment text after `;` or `#`, trimmed; `None` when absent.
    pub comment: Option<&'a str>,
}

impl Line<'_> {
    pub fn trimmed(&self) -> &str {
        self.content.trim()
    }
    /// True when the line begins with a blank or tab.
    pub fn indented(&self) -> bool {
        self.content.starts_with([' ', '\t'])
    }
}

/// Iterates the meaningful lines of a dictionary file: it skips blank
/// lines, whole-line comments (`#`, `//`, and `<!-- ... -->` blocks, which
/// may span lines), and stops at a `~~FINISH` line (TABARI's end mark).
/// `slash_comments` makes a line starting with a single `/` a comment too
/// (TABARI files).
pub fn meaningful_lines(lines: &[String], slash_comments: bool) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut in_xml_comment = false;
    for (i, raw) in lines.iter().enumerate() {
        let number = i + 1;
        let t = raw.trim();
        if in_xml_comment {
            if t.contains("-->") {
                in_xml_comment = false;
            }
            continue;
        }
        if t.starts_with("<!--") {
            if !t.contains("-->") {
                in_xml_comment = true;
            }
            continue;
        }
        if t.to_ascii_uppercase().starts_with("~~FINISH")
            || (t.len() > 2 && t.chars().all(|c| c == '~'))
        {
            break;
        }
        if t.is_empty() || t.starts_with('#') || t.starts_with("//") {
            continue;
        }
        if slash_comments && t.starts_with('/') {
            continue;
        }
        let (content, comment) = split_comment(raw);
        if content.trim().is_empty() {
            continue;
        }
        out.push(Line {
            number,
            raw,
            content,
            comment,
        });
    }
    out
}

/// The error reporter of a line-oriented reader: pushes a [`DictError`] at
/// `path`, `line` onto `errors`.
pub(crate) fn reporter(path: &Path) -> impl Fn(&mut Vec<DictError>, usize, String) + '_ {
    move |errors, line, msg| errors.push(DictError::new(path, line, msg))
}

/// A trimmed line upper-cased when it may be a section tag (it starts with
/// `<`), else empty: ordinary lines skip the upper-casing.
pub(crate) fn section_tag(t: &str) -> String {
    if t.starts_with('<') {
        t.to_ascii_uppercase()
    } else {
        String::new()
    }
}

/// Splits `line` at the first `;` or `#` that is not inside `[...]` or
/// `{...}` (so `[###]` stays a code).
pub fn split_comment(line: &str) -> (&str, Option<&str>) {
    let mut depth_sq = 0i32;
    let mut depth_br = 0i32;
    for (i, c) in line.char_indices() {
        match c {
            '[' => depth_sq += 1,
            ']' => depth_sq -= 1,
            '{' => depth_br += 1,
            '}' => depth_br -= 1,
            ';' | '#' if depth_sq <= 0 && depth_br <= 0 => {
                let comment = line[i + 1..].trim();
                return (
                    &line[..i],
                    if comment.is_empty() {
                        None
                    } else {
                        Some(comment)
                    },
                );
            }
            _ => {}
        }
    }
    (line, None)
}

/// How a phrase word is linked to the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Link {
    /// `_` or `~`: the next word must follow immediately.
    Adjacent,
    /// A blank: other words may come in between (TABARI; PETRARCH treats
    /// blanks in actor phrases as plain word separators).
    Gap,
}

/// One word of a dictionary phrase.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Word {
    /// Upper-cased text without the `_`, `~`, `=` markers.
    pub text: String,
    /// True when the word may match as a stem (prefix) of a text word: in
    /// TABARI a word not closed by `_` or `=` is a stem; `~` also makes a
    /// stem. PETRARCH does not stem; its readers still report the flag.
    pub stem: bool,
    /// `=`: the word must match exactly, without the automatic regular
    /// endings (S, 'S, ED, ING, ...).
    pub no_endings: bool,
    /// Link to the following word (meaningless on the last word).
    pub next: Link,
}

/// A dictionary phrase: words with their links.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Phrase {
    /// The phrase as written in the file (trimmed).
    pub raw: String,
    pub words: Vec<Word>,
}

impl Phrase {
    /// The words as upper-case strings, in order.
    pub fn tokens(&self) -> Vec<String> {
        self.words.iter().map(|w| w.text.clone()).collect()
    }

    /// The words joined by single blanks ("AL GORE").
    pub fn text(&self) -> String {
        self.tokens().join(" ")
    }

    /// Parses a phrase string: words separated by blanks (gap), `_`
    /// (adjacent, word exact) or `~` (adjacent, word a stem); a trailing
    /// `=` forbids regular endings.
    pub fn parse(s: &str) -> Result<Phrase, String> {
        let raw = s.trim();
        if raw.is_empty() {
            return Err("empty phrase".into());
        }
        let mut words: Vec<Word> = Vec::new();
        let mut cur = String::new();
        // Markers seen since the current word ended.
        let mut ended = false;
        let mut pending = Markers::default();
        let chars: Vec<char> = raw.chars().collect();
        for (ci, &c) in chars.iter().enumerate() {
            match c {
                '_' | '~' | '=' | ' ' | '\t' => {
                    if !cur.is_empty() || ended {
                        ended = true;
                        match c {
                            '_' => {
                                pending.exact = true;
                                // `XXXX_ YYYY`: exact, not necessarily
                                // adjacent.
                                if chars.get(ci + 1).is_some_and(|n| !n.is_whitespace()) {
                                    pending.adjacent = true;
                                }
                            }
                            '~' => {
                                pending.stem = true;
                                pending.adjacent = true;
                            }
                            '=' => pending.no_end = true,
                            _ => {}
                        }
                    }
                }
                _ => {
                    if ended {
                        pending.flush(&mut words, &mut cur);
                        ended = false;
                        pending = Markers::default();
                    }
                    cur.push(c);
                }
            }
        }
        pending.flush(&mut words, &mut cur);
        if words.is_empty() {
            return Err(format!("phrase `{raw}` has no words"));
        }
        Ok(Phrase {
            raw: raw.to_string(),
            words,
        })
    }
}

/// The markers (`_`, `~`, `=`, adjacency) that closed the word being read
/// by [`Phrase::parse`].
#[derive(Debug, Clone, Copy, Default)]
struct Markers {
    exact: bool,
    stem: bool,
    no_end: bool,
    adjacent: bool,
}

impl Markers {
    /// Moves the word in `cur` (if any) to `words` with these markers.
    fn flush(self, words: &mut Vec<Word>, cur: &mut String) {
        if cur.is_empty() {
            return;
        }
        words.push(Word {
            text: if cur.bytes().any(|b| b.is_ascii_lowercase() || !b.is_ascii()) {
                cur.to_uppercase()
            } else {
                cur.clone()
            },
            stem: self.stem || !(self.exact || self.no_end),
            no_endings: self.no_end,
            next: if self.adjacent {
                Link::Adjacent
            } else {
                Link::Gap
            },
        });
        cur.clear();
    }
}

/// A calendar date of a date restriction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DictDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl DictDate {
    /// Parses a dictionary date: `YYMMDD` (years 00-30 are 2000-2030, the
    /// others 1931-1999, as the TABARI manual says) or `YYYYMMDD`.
    pub fn parse(s: &str) -> Result<DictDate, String> {
        let s = s.trim();
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("date `{s}` is not numeric"));
        }
        let num = |a: usize, b: usize| -> u16 {
            s[a..b]
                .bytes()
                .fold(0u16, |n, d| n * 10 + u16::from(d - b'0'))
        };
        let (year, month, day) = match s.len() {
            6 => {
                let yy = num(0, 2);
                let year = if yy <= 30 { 2000 + yy } else { 1900 + yy };
                (year, num(2, 4), num(4, 6))
            }
            8 => (num(0, 4), num(4, 6), num(6, 8)),
            n => return Err(format!("date `{s}` has {n} digits (expected 6 or 8)")),
        };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return Err(format!("date `{s}`: month or day out of range"));
        }
        Ok(DictDate {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Parses an ISO date `YYYY-MM-DD` (a document date); a longer string
    /// (a timestamp) is cut to its first 10 characters.
    pub fn parse_iso(s: &str) -> Option<DictDate> {
        let s = s.get(..10)?;
        let mut it = s.split('-');
        let y: u16 = it.next()?.parse().ok()?;
        let m: u8 = it.next()?.parse().ok()?;
        let d: u8 = it.next()?.parse().ok()?;
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        Some(DictDate {
            year: y,
            month: m,
            day: d,
        })
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// When a code applies. All limits are inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind")]
pub enum Restriction {
    /// No restriction: the default code.
    Always,
    /// `<date`: on or before the date.
    Before { date: DictDate },
    /// `>date`: on or after the date.
    After { date: DictDate },
    /// `date-date`: between the dates.
    Between { from: DictDate, to: DictDate },
}

impl Restriction {
    pub fn parse(s: &str) -> Result<Restriction, String> {
        let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        if t.is_empty() {
            return Ok(Restriction::Always);
        }
        if let Some(d) = t.strip_prefix('<') {
            return Ok(Restriction::Before {
                date: DictDate::parse(d)?,
            });
        }
        if let Some(d) = t.strip_prefix('>') {
            return Ok(Restriction::After {
                date: DictDate::parse(d)?,
            });
        }
        if let Some((a, b)) = t.split_once('-') {
            let from = DictDate::parse(a)?;
            let to = DictDate::parse(b)?;
            return Ok(Restriction::Between { from, to });
        }
        Err(format!("bad date restriction `{}`", s.trim()))
    }

    pub fn is_always(&self) -> bool {
        matches!(self, Restriction::Always)
    }

    /// Does the restriction hold on `date`?
    pub fn holds(&self, date: DictDate) -> bool {
        match *self {
            Restriction::Always => true,
            Restriction::Before { date: d } => date <= d,
            Restriction::After { date: d } => date >= d,
            Restriction::Between { from, to } => from <= date && date <= to,
        }
    }

    /// The latest date the restriction covers (`None` = open-ended).
    fn end(&self) -> Option<DictDate> {
        match *self {
            Restriction::Always | Restriction::After { .. } => None,
            Restriction::Before { date } => Some(date),
            Restriction::Between { to, .. } => Some(to),
        }
    }
}

/// One `[...]` code block: one or more codes (a coded compound
/// `[USA/GMW]`) with an optional date restriction.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DatedCode {
    /// The codes, in order; special codes `---` (null), `###` (discard),
    /// `+++` (complex) are kept as written.
    pub codes: Vec<String>,
    pub restriction: Restriction,
}

impl DatedCode {
    pub fn is_null(&self) -> bool {
        self.codes.iter().all(|c| c == "---")
    }
    pub fn is_discard(&self) -> bool {
        self.codes.iter().any(|c| c == "###")
    }
    pub fn is_complex(&self) -> bool {
        self.codes.iter().any(|c| c == "+++")
    }
}

/// True for a special code: null `---`, discard `###`, complex `+++`,
/// `***`.
pub fn is_special_code(c: &str) -> bool {
    matches!(c, "---" | "###" | "+++" | "***")
}

fn valid_code(c: &str) -> bool {
    !c.is_empty() && (is_special_code(c) || c.chars().all(|ch| ch.is_alphanumeric()))
}

/// Parses the inside of an actor code block: `CODE`, `CODE/CODE`,
/// `CODE <YYMMDD`, `CODE >YYMMDD`, `CODE YYMMDD-YYMMDD`.
pub fn parse_code_block(inner: &str) -> Result<DatedCode, String> {
    let t = inner.trim();
    if t.is_empty() {
        return Err("empty code block []".into());
    }
    let split = t
        .find(|c: char| c.is_whitespace() || c == '<' || c == '>')
        .unwrap_or(t.len());
    let (code, rest) = t.split_at(split);
    let codes: Vec<String> = code.split('/').map(|c| c.to_uppercase()).collect();
    if let Some(bad) = codes.iter().find(|c| !valid_code(c)) {
        return Err(
            if bad.chars().next().is_some_and(|c| c.is_ascii_digit()) && bad.contains('-') {
                format!("code block [{t}] has a date restriction but no code")
            } else {
                format!("invalid code `{bad}` in [{t}]")
            },
        );
    }
    let restriction = Restriction::parse(rest).map_err(|e| format!("[{t}]: {e}"))?;
    Ok(DatedCode { codes, restriction })
}

/// Finds the `[...]` blocks of `s`. Returns the text before the first
/// block and the block contents. Anything but blanks between or after
/// blocks is an error.
pub fn split_blocks(s: &str) -> Result<(&str, Vec<&str>), String> {
    let Some(first) = s.find('[') else {
        if s.contains(']') {
            return Err("`]` without `[`".into());
        }
        return Ok((s, Vec::new()));
    };
    let head = &s[..first];
    let mut blocks = Vec::new();
    let mut rest = &s[first..];
    loop {
        let rt = rest.trim_start();
        if rt.is_empty() {
            break;
        }
        let Some(after_open) = rt.strip_prefix('[') else {
            return Err(format!("unexpected text `{}` after code block", rt.trim()));
        };
        let Some(close) = after_open.find(']') else {
            return Err("missing `]`".into());
        };
        let inner = &after_open[..close];
        if inner.contains('[') {
            return Err("nested or unclosed `[`".into());
        }
        blocks.push(inner);
        rest = &after_open[close + 1..];
    }
    Ok((head, blocks))
}

/// Chooses the codes that apply on `date` from a list of dated codes, by
/// TABARI's rule: the first restriction that holds, in file order; else the
/// unrestricted (default) code; else nothing (a null code). Without a date,
/// the default is used, or, when there is none, the restriction that
/// reaches latest (the actor's current role).
pub fn resolve_codes(codes: &[DatedCode], date: Option<DictDate>) -> Option<&DatedCode> {
    let default = codes.iter().find(|c| c.restriction.is_always());
    match date {
        Some(d) => codes
            .iter()
            .find(|c| !c.restriction.is_always() && c.restriction.holds(d))
            .or(default),
        None => default.or_else(|| {
            codes
                .iter()
                .max_by(|a, b| match (a.restriction.end(), b.restriction.end()) {
                    (None, None) => std::cmp::Ordering::Equal,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (Some(x), Some(y)) => x.cmp(&y),
                })
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_links_and_stems() {
        let p = Phrase::parse("AL_GORE").unwrap();
        assert_eq!(p.tokens(), vec!["AL", "GORE"]);
        assert_eq!(p.words[0].next, Link::Adjacent);
        assert!(!p.words[0].stem);
        assert!(p.words[1].stem);
        let p = Phrase::parse("AL GORE_").unwrap();
        assert_eq!(p.words[0].next, Link::Gap);
        assert!(!p.words[1].stem);
        let p = Phrase::parse("BACK~ POLICY").unwrap();
        assert!(p.words[0].stem);
        assert_eq!(p.words[0].next, Link::Adjacent);
        let p = Phrase::parse("MOUSE=").unwrap();
        assert!(p.words[0].no_endings && !p.words[0].stem);
        assert!(Phrase::parse(" _ ").is_err());
    }

    #[test]
    fn dates_and_restrictions() {
        assert_eq!(
            DictDate::parse("950601").unwrap(),
            DictDate {
                year: 1995,
                month: 6,
                day: 1
            }
        );
        assert_eq!(DictDate::parse("011214").unwrap().year, 2001);
        assert_eq!(DictDate::parse("20070101").unwrap().year, 2007);
        assert!(DictDate::parse("2004017").is_err());
        assert!(DictDate::parse("991301").is_err());
        let r = Restriction::parse("950601 - 990815").unwrap();
        assert!(r.holds(DictDate::parse("950601").unwrap()));
        assert!(r.holds(DictDate::parse("990815").unwrap()));
        assert!(!r.holds(DictDate::parse("990816").unwrap()));
        assert!(matches!(
            Restriction::parse("< 950601").unwrap(),
            Restriction::Before { .. }
        ));
    }

    #[test]
    fn code_blocks() {
        let c = parse_code_block("USAGOV 991201-010114").unwrap();
        assert_eq!(c.codes, vec!["USAGOV"]);
        assert!(parse_code_block("991201-010114").is_err());
        assert!(parse_code_block(" 991201-010114").is_err());
        assert!(parse_code_block("AAA950601-990815").is_err());
        let c = parse_code_block("FRO/BIL/SAM").unwrap();
        assert_eq!(c.codes.len(), 3);
        assert!(parse_code_block("---").unwrap().is_null());
        let (head, blocks) = split_blocks("ALBRIGHT  [USAGOV 991201-010114] [---] ").unwrap();
        assert_eq!(head.trim(), "ALBRIGHT");
        assert_eq!(blocks, vec!["USAGOV 991201-010114", "---"]);
        assert!(split_blocks("X [A] junk").is_err());
        assert!(split_blocks("X [A").is_err());
    }

    #[test]
    fn resolution_by_date() {
        let codes: Vec<DatedCode> = ["HOB <950601", "HOBGOV 950601-990815", "HOBREB >990816"]
            .iter()
            .map(|s| parse_code_block(s).unwrap())
            .collect();
        let at =
            |s: &str| resolve_codes(&codes, DictDate::parse(s).ok()).map(|c| c.codes[0].clone());
        assert_eq!(at("950101").as_deref(), Some("HOB"));
        assert_eq!(at("960101").as_deref(), Some("HOBGOV"));
        assert_eq!(at("000101").as_deref(), Some("HOBREB"));
        assert_eq!(
            resolve_codes(&codes, None).map(|c| c.codes[0].as_str()),
            Some("HOBREB")
        );
    }

    #[test]
    fn comments() {
        assert_eq!(split_comment("A [###] ; x").1, Some("x"));
        assert_eq!(split_comment("A [###] ; x").0, "A [###] ");
        let lines: Vec<String> = ["<!-- a", "b -->", "X [Y]", "# c", "", "~~FINISH", "Z [W]"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let m = meaningful_lines(&lines, true);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].number, 3);
    }
}
