//! TABARI `.project` and `.options` files.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::common::read_lines;
use crate::error::{DictError, LoadError};

/// A TABARI project: the files it names (paths resolved against the
/// project file's folder).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TabariProject {
    pub path: PathBuf,
    pub actors: Vec<PathBuf>,
    pub agents: Vec<PathBuf>,
    pub verbs: Vec<PathBuf>,
    pub options: Option<PathBuf>,
    pub texts: Vec<PathBuf>,
    pub issues: Option<PathBuf>,
    pub coder: Option<String>,
    /// Other tags (`eventfile`, `problemfile`, `session`, ...) as written.
    pub other: Vec<(String, String)>,
}

/// Reads a `.project` file. TABARI looks only at the first two letters of
/// a tag (`<actorsfile>` = `<actorfile>`); lines not starting with `<` are
/// comments.
pub fn read_project(path: &Path) -> Result<(TabariProject, Vec<DictError>), LoadError> {
    let lines = read_lines(path)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut p = TabariProject {
        path: path.to_path_buf(),
        ..Default::default()
    };
    let mut errors = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let t = raw.trim();
        if !t.starts_with('<') || t.starts_with("</") {
            continue;
        }
        let Some(close) = t.find('>') else {
            errors.push(DictError::new(path, i + 1, "tag without `>`"));
            continue;
        };
        let tag = t[1..close].trim().to_ascii_lowercase();
        let value = t[close + 1..].trim();
        // Strip an optional terminator `</...>` and anything after it.
        let value = value.split("</").next().unwrap_or("").trim().to_string();
        let file = || dir.join(&value);
        let key: String = tag.chars().take(2).collect();
        let needs_value = matches!(key.as_str(), "ac" | "ag" | "ve" | "op" | "te" | "is");
        if needs_value && value.is_empty() {
            errors.push(DictError::new(
                path,
                i + 1,
                format!("<{tag}> without a file name"),
            ));
            continue;
        }
        match key.as_str() {
            "ac" => p.actors.push(file()),
            "ag" => p.agents.push(file()),
            "ve" => p.verbs.push(file()),
            "op" => p.options = Some(file()),
            "te" => p.texts.push(file()),
            "is" => p.issues = Some(file()),
            "co" => p.coder = Some(value),
            _ => p.other.push((tag, value)),
        }
    }
    if p.actors.is_empty() || p.verbs.is_empty() {
        return Err(LoadError::Format {
            path: path.to_path_buf(),
            message: "project names no <actorfile> or no <verbfile>".into(),
        });
    }
    Ok((p, errors))
}

/// `SET: CODE BY ...`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CodeBy {
    /// The first event of each conjunction-delimited clause (default).
    #[default]
    Clause,
    /// Only the first event of the sentence.
    Sentence,
    /// Every event found.
    All,
}

/// `COMPLEX:` conditions (0 = inactive for the counted ones).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Complexity {
    pub verbs: usize,
    pub actors: usize,
    pub pronouns: usize,
    pub conj: usize,
    pub comma: usize,
    pub lateverb: usize,
    pub noactprior: bool,
    pub noactafter: bool,
    pub noverb: bool,
    pub nosource: bool,
    pub notarget: bool,
    pub noevent: bool,
}

/// `COMMA:` limits of the comma-delimited clauses that are removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommaRules {
    pub active: bool,
    pub min: usize,
    pub max: usize,
    pub emin: usize,
    pub emax: usize,
    pub bmin: usize,
    pub bmax: usize,
}

impl Default for CommaRules {
    fn default() -> Self {
        CommaRules {
            active: true,
            min: 2,
            max: 10,
            emin: 2,
            emax: 10,
            bmin: 128,
            bmax: 0,
        }
    }
}

/// The settings of a `.options` file that affect coding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TabariOptions {
    pub code_by: CodeBy,
    pub complex: Complexity,
    pub comma: CommaRules,
    pub minimum_words: usize,
    pub convert_agents: bool,
    pub fbis: bool,
    pub yyyy: bool,
    /// `SET: TIME SHIFT`; `None` = on when the verbs file has `<TIME>`.
    pub time_shift: Option<bool>,
    pub default_source: Option<String>,
    /// `PRIOR`: use the default source whenever no actor precedes the verb.
    pub default_source_prior: bool,
    pub default_target: Option<String>,
    /// `AFTER`: use the default target whenever no actor follows the verb.
    pub default_target_after: bool,
    /// `FORWARD:` sequence format (`None` or with `OFF` = inactive).
    pub forward: Option<String>,
    pub labels: Vec<(String, String)>,
    /// Commands kept as written (`OUTPUT:`, `SET: LABEL`...), with lines.
    pub other: Vec<(usize, String)>,
}

impl Default for TabariOptions {
    fn default() -> Self {
        TabariOptions {
            code_by: CodeBy::Clause,
            complex: Complexity::default(),
            comma: CommaRules::default(),
            minimum_words: 8,
            convert_agents: false,
            fbis: false,
            yyyy: false,
            time_shift: None,
            default_source: None,
            default_source_prior: false,
            default_target: None,
            default_target_after: false,
            forward: None,
            labels: Vec::new(),
            other: Vec::new(),
        }
    }
}

fn logical(v: &str) -> Result<bool, String> {
    match v.trim().to_ascii_uppercase().as_str() {
        "TRUE" | "T" => Ok(true),
        "FALSE" | "F" => Ok(false),
        o => Err(format!("expected TRUE or FALSE, got `{o}`")),
    }
}

fn bracket_code(s: &str) -> Option<(String, usize)> {
    let a = s.find('[')?;
    let b = s[a..].find(']')? + a;
    Some((s[a + 1..b].trim().to_uppercase(), b + 1))
}

impl TabariOptions {
    pub fn read(path: &Path) -> Result<(TabariOptions, Vec<DictError>), LoadError> {
        let lines = read_lines(path)?;
        let mut o = TabariOptions::default();
        let mut errors = Vec::new();
        for (i, raw) in lines.iter().enumerate() {
            let t = raw.split("//").next().unwrap_or("");
            let t = t.split('#').next().unwrap_or("").trim();
            if t.is_empty() || t.starts_with("~~") {
                if t.starts_with("~~") {
                    break;
                }
                continue;
            }
            if let Err(e) = o.apply(t) {
                errors.push(DictError::new(path, i + 1, e));
            } else if !o.other.is_empty() && o.other.last().is_some_and(|x| x.0 == 0) {
                if let Some(last) = o.other.last_mut() {
                    last.0 = i + 1;
                }
            }
        }
        Ok((o, errors))
    }

    /// Applies one options command (also used for the `{ OPTION: ... }`
    /// records of the validation suite).
    pub fn apply(&mut self, line: &str) -> Result<(), String> {
        let t = line.trim();
        let Some((cmd, rest)) = t.split_once(':') else {
            return Err(format!("not a command: `{t}`"));
        };
        let cmd = cmd.trim().to_ascii_uppercase();
        let rest = rest.trim();
        let key: String = cmd.chars().take(4).collect();
        match key.as_str() {
            "SET" => self.apply_set(rest),
            "COMP" => {
                let mut c = Complexity::default();
                let up = rest.to_ascii_uppercase();
                for w in up.split_whitespace() {
                    let (name, n) = match w.split_once('[') {
                        Some((a, b)) => (
                            a,
                            b.trim_end_matches(']')
                                .parse::<usize>()
                                .map_err(|_| format!("bad number in `{w}`"))?,
                        ),
                        None => (w, 0),
                    };
                    match name {
                        "VERBS" => c.verbs = n,
                        "ACTORS" => c.actors = n,
                        "PRONOUNS" => c.pronouns = n,
                        "CONJ" => c.conj = n,
                        "COMMA" => c.comma = n,
                        "LATEVERB" => c.lateverb = n,
                        "NOACTPRIOR" => c.noactprior = true,
                        "NOACTAFTER" => c.noactafter = true,
                        "NOVERB" => c.noverb = true,
                        "NOSOURCE" => c.nosource = true,
                        "NOTARGET" => c.notarget = true,
                        "NOEVENT" => c.noevent = true,
                        "EXPLAIN" | "NOSAVE" => {}
                        o => return Err(format!("unknown COMPLEX condition `{o}`")),
                    }
                }
                self.complex = c;
                Ok(())
            }
            "DEFA" => {
                let up = rest.to_ascii_uppercase();
                if up.trim() == "OFF" {
                    self.default_source = None;
                    self.default_target = None;
                    self.default_source_prior = false;
                    self.default_target_after = false;
                    return Ok(());
                }
                if let Some(i) = up.find("SOURCE") {
                    let s = &up[i..];
                    let (code, end) = bracket_code(s).ok_or("DEFAULT: SOURCE without [code]")?;
                    self.default_source = Some(code);
                    let after = &s[end..];
                    self.default_source_prior =
                        after.split("TARGET").next().unwrap_or("").contains("PRIOR");
                }
                if let Some(i) = up.find("TARGET") {
                    let s = &up[i..];
                    let (code, end) = bracket_code(s).ok_or("DEFAULT: TARGET without [code]")?;
                    self.default_target = Some(code);
                    self.default_target_after = s[end..].contains("AFTER");
                }
                Ok(())
            }
            "COMM" => {
                let up = rest.to_ascii_uppercase();
                if up.trim() == "OFF" {
                    self.comma.active = false;
                    return Ok(());
                }
                let cleaned = up.replace('=', " = ");
                let words: Vec<&str> = cleaned.split_whitespace().collect();
                let mut c = CommaRules::default();
                let mut i = 0;
                while i < words.len() {
                    let name = words[i];
                    if words.get(i + 1) != Some(&"=") {
                        return Err(format!("COMMA: expected `{name} = n`"));
                    }
                    let n: usize = words
                        .get(i + 2)
                        .and_then(|v| v.trim_end_matches('}').parse().ok())
                        .ok_or_else(|| format!("COMMA: bad value for {name}"))?;
                    match name {
                        "MIN" => c.min = n,
                        "MAX" => c.max = n,
                        "EMIN" => c.emin = n,
                        "EMAX" => c.emax = n,
                        "BMIN" => c.bmin = n,
                        "BMAX" => c.bmax = n,
                        o => return Err(format!("COMMA: unknown limit {o}")),
                    }
                    i += 3;
                }
                self.comma = c;
                Ok(())
            }
            "FORW" => {
                let up = rest.to_ascii_uppercase();
                if up.split_whitespace().any(|w| w == "OFF") {
                    self.forward = None;
                } else {
                    self.forward = up.split_whitespace().next().map(str::to_string);
                }
                Ok(())
            }
            "LABE" => {
                let (code, text) = rest.split_once('=').ok_or("LABEL: expected code=text")?;
                self.labels
                    .push((code.trim().to_string(), text.trim().to_string()));
                Ok(())
            }
            "OUTP" | "NONE" => {
                self.other.push((0, t.to_string()));
                Ok(())
            }
            _ => Err(format!("unknown options command `{cmd}:`")),
        }
    }

    fn apply_set(&mut self, rest: &str) -> Result<(), String> {
        let up = rest.to_ascii_uppercase();
        let (name, value) = match up.split_once('=') {
            Some((a, b)) => (a.trim().to_string(), Some(b.trim().to_string())),
            None => (up.trim().to_string(), None),
        };
        let name: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let v = || {
            value
                .clone()
                .ok_or_else(|| format!("SET: {name} needs a value"))
        };
        match name.as_str() {
            "CODE BY CLAUSE" => self.code_by = CodeBy::Clause,
            "CODE BY SENTENCE" => self.code_by = CodeBy::Sentence,
            "CODE ALL" => self.code_by = CodeBy::All,
            "MINIMUM WORDS" => {
                self.minimum_words = v()?
                    .trim_end_matches('}')
                    .trim()
                    .parse()
                    .map_err(|_| "SET: MINIMUM WORDS needs a number".to_string())?
            }
            "CONVERT AGENT" | "CONVERT AGENTS" => self.convert_agents = logical(&v()?)?,
            "FBIS" => self.fbis = logical(&v()?)?,
            "YYYY" => self.yyyy = logical(&v()?)?,
            "TIME SHIFT" | "TIME SHIFTING" => self.time_shift = Some(logical(&v()?)?),
            _ => self.other.push((0, format!("SET: {rest}"))),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_commands() {
        let mut o = TabariOptions::default();
        o.apply("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN")
            .unwrap();
        assert_eq!(o.complex.verbs, 5);
        assert!(o.complex.noactprior);
        o.apply("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER")
            .unwrap();
        assert_eq!(o.default_source.as_deref(), Some("DEFSRC"));
        assert!(o.default_source_prior && o.default_target_after);
        o.apply("DEFAULT: SOURCE [DEFSRC]  TARGET [DEFTAR]")
            .unwrap();
        assert!(!o.default_source_prior && !o.default_target_after);
        o.apply("DEFAULT: OFF").unwrap();
        assert!(o.default_source.is_none());
        o.apply("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8}")
            .unwrap();
        assert_eq!(o.comma.bmax, 8);
        o.apply("COMMA: OFF").unwrap();
        assert!(!o.comma.active);
        o.apply("SET: CODE ALL").unwrap();
        assert_eq!(o.code_by, CodeBy::All);
        o.apply("SET: MINIMUM WORDS = 4").unwrap();
        assert_eq!(o.minimum_words, 4);
        o.apply("SET: CONVERT AGENT = TRUE").unwrap();
        assert!(o.convert_agents);
        assert!(o.apply("BOGUS: X").is_err());
        assert!(o.apply("SET: FBIS = MAYBE").is_err());
    }
}
