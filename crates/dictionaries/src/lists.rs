//! The smaller PETRARCH/Phoenix lists: discards, issues, prepositions.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::agents::regular_plural;
use crate::common::{meaningful_lines, read_with, split_blocks, Phrase};
use crate::error::{DictError, LoadError};

/// One discard phrase: a sentence (or, with `+`, a whole story) containing
/// it is not coded. A phrase ending in `_` must end at a word boundary;
/// otherwise its last word is a stem. Matching is case-insensitive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Discard {
    pub phrase: Phrase,
    /// `+PHRASE`: discard the whole story.
    pub story: bool,
    pub comment: Option<String>,
    pub line: usize,
}

pub fn read_discards(path: &Path) -> Result<(Vec<Discard>, Vec<DictError>), LoadError> {
    read_with(path, parse_discards)
}

pub fn parse_discards(path: &Path, lines: &[String]) -> (Vec<Discard>, Vec<DictError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for line in meaningful_lines(lines, false) {
        let t = line.trimmed();
        let (story, body) = match t.strip_prefix('+') {
            Some(b) => (true, b),
            None => (false, t),
        };
        if body.contains(['[', ']']) {
            errors.push(DictError::new(
                path,
                line.number,
                "code block in a discard list",
            ));
            continue;
        }
        match Phrase::parse(body) {
            Ok(phrase) => out.push(Discard {
                phrase,
                story,
                comment: line.comment.map(str::to_string),
                line: line.number,
            }),
            Err(e) => errors.push(DictError::new(path, line.number, e)),
        }
    }
    (out, errors)
}

/// One issue phrase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueEntry {
    /// `CATEGORY` of the enclosing `<ISSUE CATEGORY="...">`, if any.
    pub category: Option<String>,
    /// The phrase as written (`n:crime against humanity`).
    pub raw: String,
    /// Every expanded word sequence, upper-cased: `n:` gives singular and
    /// plural, `v:` the regular verb forms (-S, -ED, -ING), `a+b` both
    /// `A B` and `A-B`.
    pub variants: Vec<Vec<String>>,
    /// The issue code; `None` for ignore phrases.
    pub code: Option<String>,
    /// `~phrase` / `~~phrase`: a match cancels issue coding of the
    /// sentence.
    pub ignore: bool,
    pub line: usize,
}

pub fn read_issues(path: &Path) -> Result<(Vec<IssueEntry>, Vec<DictError>), LoadError> {
    read_with(path, parse_issues)
}

pub fn parse_issues(path: &Path, lines: &[String]) -> (Vec<IssueEntry>, Vec<DictError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut category: Option<String> = None;
    for line in meaningful_lines(lines, false) {
        let t = line.trimmed();
        let upper = t.to_ascii_uppercase();
        if upper.starts_with("<ISSUE") {
            category = t
                .split_once("CATEGORY=\"")
                .or_else(|| t.split_once("category=\""))
                .and_then(|(_, r)| r.split_once('"'))
                .map(|(c, _)| c.to_string());
            continue;
        }
        if upper.starts_with("</ISSUE") {
            category = None;
            continue;
        }
        let (ignore, body) = if let Some(b) = t.strip_prefix('~') {
            (true, b.trim_start_matches('~'))
        } else {
            (false, t)
        };
        let (head, blocks) = match split_blocks(body) {
            Ok(x) => x,
            Err(e) => {
                errors.push(DictError::new(path, line.number, e));
                continue;
            }
        };
        let code = match (ignore, blocks.as_slice()) {
            (true, []) => None,
            (false, [c]) if !c.trim().is_empty() && !c.contains(char::is_whitespace) => {
                Some(c.trim().to_string())
            }
            // Chosen reading: a phrase without a code inside an
            // <ISSUE CATEGORY="X"> section takes the category as its code.
            (false, []) if category.is_some() => category.clone(),
            (false, []) => {
                errors.push(DictError::new(
                    path,
                    line.number,
                    "issue phrase without [CODE]",
                ));
                continue;
            }
            _ => {
                errors.push(DictError::new(path, line.number, "bad issue code block"));
                continue;
            }
        };
        match expand_issue(head) {
            Ok(variants) => out.push(IssueEntry {
                category: category.clone(),
                raw: head.trim().to_string(),
                variants,
                code,
                ignore,
                line: line.number,
            }),
            Err(e) => errors.push(DictError::new(path, line.number, e)),
        }
    }
    (out, errors)
}

fn expand_issue(s: &str) -> Result<Vec<Vec<String>>, String> {
    let mut variants: Vec<Vec<String>> = vec![Vec::new()];
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() {
        return Err("empty issue phrase".into());
    }
    for w in words {
        let mut up = w.to_uppercase();
        // `pre+n:school`: the expansion prefix may follow a `+`.
        for k in ["N:", "V:"] {
            if let Some(i) = up.find(&format!("+{k}")) {
                up = format!("{k}{}+{}", &up[..i], &up[i + 3..]);
            }
        }
        let forms: Vec<Vec<String>> = if let Some(n) = up.strip_prefix("N:") {
            plus_forms(n)
                .into_iter()
                .flat_map(|f| {
                    let mut pl = f.clone();
                    if let Some(last) = pl.last_mut() {
                        *last = regular_plural(last);
                    }
                    [f, pl]
                })
                .collect()
        } else if let Some(v) = up.strip_prefix("V:") {
            plus_forms(v)
                .into_iter()
                .flat_map(|f| {
                    verb_forms(f.last().map(String::as_str).unwrap_or(""))
                        .into_iter()
                        .map(move |last| {
                            let mut g = f.clone();
                            if let Some(l) = g.last_mut() {
                                *l = last;
                            }
                            g
                        })
                })
                .collect()
        } else if up.contains(':') {
            return Err(format!("unknown expansion prefix in `{w}`"));
        } else {
            plus_forms(&up)
        };
        let mut next = Vec::new();
        for v in &variants {
            for f in &forms {
                let mut x = v.clone();
                x.extend(f.iter().cloned());
                next.push(x);
            }
        }
        variants = next;
    }
    Ok(variants)
}

/// `A+B` -> [`A B`], [`A-B`]; `PRE+N:SCHOOL` is handled by the caller's
/// prefix check on the whole word, so `+` splits before it.
fn plus_forms(w: &str) -> Vec<Vec<String>> {
    if let Some((a, b)) = w.split_once('+') {
        let b = b.trim_start_matches("N:").trim_start_matches("V:");
        let mut out = Vec::new();
        for rest in plus_forms(b) {
            let mut spaced = vec![a.to_string()];
            spaced.extend(rest.iter().cloned());
            out.push(spaced);
            let mut hy = rest.clone();
            if let Some(first) = hy.first_mut() {
                *first = format!("{a}-{first}");
            }
            out.push(hy);
        }
        out
    } else {
        vec![vec![w.to_string()]]
    }
}

/// Regular verb forms: base, -S, -ED, -ING (final E dropped before -ED/-ING).
pub fn verb_forms(v: &str) -> Vec<String> {
    let stem = v.strip_suffix('E').unwrap_or(v);
    let s = if v.ends_with('S') || v.ends_with("SH") || v.ends_with("CH") || v.ends_with('X') {
        format!("{v}ES")
    } else {
        format!("{v}S")
    };
    vec![v.to_string(), s, format!("{stem}ED"), format!("{stem}ING")]
}

/// Reads a prepositions list: one word a line.
pub fn read_prepositions(path: &Path) -> Result<(Vec<String>, Vec<DictError>), LoadError> {
    read_with(path, parse_prepositions)
}

fn parse_prepositions(path: &Path, lines: &[String]) -> (Vec<String>, Vec<DictError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for line in meaningful_lines(lines, false) {
        let t = line.trimmed();
        if t.split_whitespace().count() != 1 {
            errors.push(DictError::new(path, line.number, "expected one word"));
            continue;
        }
        out.push(t.to_uppercase());
    }
    (out, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::test_lines as lines;

    #[test]
    fn discards() {
        let (d, e) = parse_discards(
            Path::new("d"),
            &lines("# c\nMONTHS LATER\n+World Golf Championships   # pas\nX [###]\n"),
        );
        assert_eq!(d.len(), 2);
        assert_eq!(e.len(), 1);
        assert!(d[1].story);
        assert_eq!(d[1].phrase.text(), "WORLD GOLF CHAMPIONSHIPS");
    }

    #[test]
    fn issues() {
        let (d, e) = parse_issues(
            Path::new("i"),
            &lines("<ISSUE CATEGORY=\"ID_ATROCITY\">\nn:atrocity [ID_ATROCITY]\nethnic v:purge [ID_ATROCITY]\nal+zarqawi network [X]\n~~Armenian genocide\nbad x:y [X]\n</ISSUE>\n"),
        );
        assert_eq!(e.len(), 1);
        assert_eq!(d.len(), 4);
        assert_eq!(d[0].category.as_deref(), Some("ID_ATROCITY"));
        assert_eq!(d[0].variants, vec![vec!["ATROCITY"], vec!["ATROCITIES"]]);
        assert_eq!(d[1].variants.len(), 4);
        assert!(d[1]
            .variants
            .contains(&vec!["ETHNIC".into(), "PURGED".into()]));
        assert!(d[2]
            .variants
            .contains(&vec!["AL-ZARQAWI".into(), "NETWORK".into()]));
        assert!(d[2]
            .variants
            .contains(&vec!["AL".into(), "ZARQAWI".into(), "NETWORK".into()]));
        assert!(d[3].ignore && d[3].code.is_none());
    }
}
