//! Agent dictionaries: TABARI `.agents` and PETRARCH/Phoenix `agents.txt`.
//!
//! ```text
//! !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON      substitution set (PETRARCH)
//! PRESIDENT_ [~GOVPRS]                           agent code after the actor
//! HUMAN_RIGHTS_BODY_ [NGO~]                      agent code before the actor
//! ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]    explicit plural (PETRARCH)
//! MEDIA {} [~MED]                                no plural (PETRARCH)
//! CONGRESS!PERSON! [~LEG]                        one entry per substitution
//! ```

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::common::{meaningful_lines, read_with, split_blocks, Phrase};
use crate::error::{DictError, LoadError};

/// Where the agent code goes relative to the actor code it composes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Compose {
    /// `[~GOV]`: the agent code is a suffix: ISR + ~GOV = ISRGOV.
    Suffix,
    /// `[NGO~]`: the agent code is a prefix: NGO~ + ISR = NGOISR.
    Prefix,
}

/// Plural forms of an agent phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "forms")]
pub enum Plurals {
    /// Regular plurals are formed automatically (see [`regular_plural`]).
    Auto,
    /// `{...}` lists the plural forms.
    Explicit(Vec<Phrase>),
    /// `{}`: no plural form (the phrase is only singular, only plural, or the
    /// same in both), and for phrases made by a `!SUBST!` expansion.
    None,
}

/// One agent record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgentEntry {
    /// The phrase as written (with any `!SUBST!` marker).
    pub raw: String,
    /// Singular forms: one phrase, or one per item of a `!SUBST!` set.
    pub variants: Vec<Phrase>,
    pub plurals: Plurals,
    /// The agent code without `~` ("GOV", "GOVPRS", "NGO").
    pub code: String,
    pub compose: Compose,
    pub comment: Option<String>,
    /// 1-based line number.
    pub line: usize,
}

impl AgentEntry {
    /// Every surface form: the variants, then their plurals (explicit ones,
    /// or regular plurals of the last word when [`Plurals::Auto`]).
    pub fn forms(&self) -> Vec<Phrase> {
        let mut out = self.variants.clone();
        match &self.plurals {
            Plurals::Auto => {
                for v in &self.variants {
                    let mut p = v.clone();
                    if let Some(last) = p.words.last_mut() {
                        last.text = regular_plural(&last.text);
                        p.raw = p.text();
                        out.push(p);
                    }
                }
            }
            Plurals::Explicit(list) => out.extend(list.iter().cloned()),
            Plurals::None => {}
        }
        out
    }

    /// Composes this agent with an actor code, skipping a duplicate that
    /// is already present on a 3-character boundary (TABARI's rule).
    pub fn compose_with(&self, actor_code: &str) -> String {
        compose_codes(actor_code, &self.code, self.compose)
    }
}

/// Composes an actor code and an agent code. The agent code (possibly
/// several 3-letter parts, "GOVFRM") is not added when the actor code
/// already holds it on a 3-character boundary ("LKAREB" + "~REB" =
/// "LKAREB").
pub fn compose_codes(actor: &str, agent: &str, compose: Compose) -> String {
    let aligned_contains = |hay: &str, needle: &str| -> bool {
        if needle.is_empty() {
            return true;
        }
        let mut i = 0;
        while i + needle.len() <= hay.len() {
            if hay.get(i..i + needle.len()) == Some(needle) {
                return true;
            }
            i += 3;
        }
        false
    };
    if aligned_contains(actor, agent) {
        return actor.to_string();
    }
    match compose {
        Compose::Suffix => format!("{actor}{agent}"),
        Compose::Prefix => format!("{agent}{actor}"),
    }
}

/// The regular English plural of an upper-case word as PETRARCH forms it:
/// `-S`; consonant + `Y` -> `-IES`; `-S`, `-X`, `-Z`, `-CH`, `-SH` -> `-ES`.
pub fn regular_plural(w: &str) -> String {
    let vowel = |c: char| "AEIOU".contains(c);
    if let Some(stem) = w.strip_suffix('Y') {
        if stem.chars().last().is_some_and(|c| !vowel(c)) {
            return format!("{stem}IES");
        }
    }
    if w.ends_with('S')
        || w.ends_with('X')
        || w.ends_with('Z')
        || w.ends_with("CH")
        || w.ends_with("SH")
    {
        return format!("{w}ES");
    }
    format!("{w}S")
}

/// A whole agent dictionary.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AgentDict {
    pub entries: Vec<AgentEntry>,
    /// Substitution sets: marker (with `!`s) -> items.
    pub substitutions: Vec<(String, Vec<String>)>,
}

pub fn read_agents(path: &Path) -> Result<(AgentDict, Vec<DictError>), LoadError> {
    read_with(path, parse_agents)
}

pub fn parse_agents(path: &Path, lines: &[String]) -> (AgentDict, Vec<DictError>) {
    let mut dict = AgentDict::default();
    let mut errors = Vec::new();
    let mut subst: HashMap<String, Vec<String>> = HashMap::new();
    for line in meaningful_lines(lines, true) {
        let t = line.trimmed();
        match parse_agent_line(t, &mut subst, &mut dict.substitutions) {
            Ok(Some((raw, variants, plurals, code, compose))) => dict.entries.push(AgentEntry {
                raw,
                variants,
                plurals,
                code,
                compose,
                comment: line.comment.map(str::to_string),
                line: line.number,
            }),
            Ok(None) => {}
            Err(e) => errors.push(DictError::new(path, line.number, e)),
        }
    }
    (dict, errors)
}

type Parsed = (String, Vec<Phrase>, Plurals, String, Compose);

fn parse_agent_line(
    t: &str,
    subst: &mut HashMap<String, Vec<String>>,
    list: &mut Vec<(String, Vec<String>)>,
) -> Result<Option<Parsed>, String> {
    // Substitution set.
    if t.starts_with('!') && !t.contains('[') {
        if let Some((marker, items)) = t.split_once('=') {
            let marker = marker.trim().to_uppercase();
            if marker.len() < 3
                || !marker.ends_with('!')
                || marker[1..marker.len() - 1].contains('!')
            {
                return Err(format!("bad substitution marker `{marker}`"));
            }
            let items: Vec<String> = items
                .split(',')
                .map(|s| s.trim().to_uppercase())
                .filter(|s| !s.is_empty())
                .collect();
            if items.is_empty() {
                return Err(format!("substitution set {marker} is empty"));
            }
            subst.insert(marker.clone(), items.clone());
            list.push((marker, items));
            return Ok(None);
        }
    }
    let (head, blocks) = split_blocks(t)?;
    if blocks.is_empty() {
        return Err("no agent code [...]".into());
    }
    if blocks.len() > 1 {
        return Err("more than one code block on an agent line".into());
    }
    let code_raw: String = blocks[0].chars().filter(|c| !c.is_whitespace()).collect();
    let (code, compose) = if let Some(c) = code_raw.strip_prefix('~') {
        (c.to_string(), Compose::Suffix)
    } else if let Some(c) = code_raw.strip_suffix('~') {
        (c.to_string(), Compose::Prefix)
    } else {
        return Err(format!("agent code [{code_raw}] has no `~` connector"));
    };
    if code.is_empty() || !code.chars().all(|c| c.is_alphanumeric()) {
        return Err(format!("invalid agent code [{code_raw}]"));
    }
    let code = code.to_uppercase();
    // Phrase and optional {plurals}.
    let (phrase_txt, plurals) = match head.find('{') {
        Some(open) => {
            let close = head[open..]
                .find('}')
                .map(|c| open + c)
                .ok_or_else(|| "missing `}`".to_string())?;
            if !head[close + 1..].trim().is_empty() {
                return Err(format!(
                    "unexpected text after `}}`: `{}`",
                    head[close + 1..].trim()
                ));
            }
            let inner = head[open + 1..close].trim();
            let plurals = if inner.is_empty() {
                Plurals::None
            } else {
                Plurals::Explicit(
                    inner
                        .split_whitespace()
                        .map(Phrase::parse)
                        .collect::<Result<Vec<_>, _>>()?,
                )
            };
            (&head[..open], plurals)
        }
        None => {
            if head.contains('}') {
                return Err("`}` without `{`".into());
            }
            (head, Plurals::Auto)
        }
    };
    let raw = phrase_txt.trim().to_string();
    if raw.is_empty() {
        return Err("missing agent phrase".into());
    }
    let (variants, plurals) = if raw.contains('!') {
        (expand_substitutions(&raw, subst)?, Plurals::None)
    } else {
        (vec![Phrase::parse(&raw)?], plurals)
    };
    Ok(Some((raw, variants, plurals, code, compose)))
}

/// Expands the `!SUBST!` markers of a phrase into one phrase per item.
fn expand_substitutions(
    raw: &str,
    subst: &HashMap<String, Vec<String>>,
) -> Result<Vec<Phrase>, String> {
    let upper = raw.to_uppercase();
    let Some(a) = upper.find('!') else {
        return Ok(vec![Phrase::parse(raw)?]);
    };
    let b = upper[a + 1..]
        .find('!')
        .map(|i| a + 1 + i)
        .ok_or_else(|| format!("unclosed `!` marker in `{raw}`"))?;
    let marker = &upper[a..=b];
    let items = subst
        .get(marker)
        .ok_or_else(|| format!("undefined substitution marker {marker}"))?;
    let mut out = Vec::new();
    for it in items {
        let s = format!("{}{}{}", &upper[..a], it, &upper[b + 1..]);
        out.extend(expand_substitutions(&s, subst)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::test_lines;

    fn parse(s: &str) -> (AgentDict, Vec<DictError>) {
        parse_agents(Path::new("t.agents"), &test_lines(s))
    }

    #[test]
    fn agents_compose_and_plurals() {
        let (d, e) = parse(
            "!PERSON! = MAN, MEN, WOMAN\nPRESIDENT_  [ ~GOVPRS] ;ns\nHUMAN_RIGHTS_BODY_   [  NGO~] ;x\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nMEDIA {} [~MED]\nCONGRESS!PERSON! [~LEG]\nHUSBAND!PERSON![~AGR]\nFOREIGN_!MINST! [~GOV]\nNOCODE [GOV]\n",
        );
        assert_eq!(d.entries.len(), 6);
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!(e[0].line, 8);
        assert_eq!(e[1].line, 9);
        let p = &d.entries[0];
        assert_eq!(p.code, "GOVPRS");
        assert_eq!(p.compose, Compose::Suffix);
        assert_eq!(p.comment.as_deref(), Some("ns"));
        assert_eq!(p.forms().len(), 2);
        assert_eq!(p.forms()[1].text(), "PRESIDENTS");
        assert_eq!(d.entries[1].compose, Compose::Prefix);
        assert_eq!(d.entries[1].compose_with("ISR"), "NGOISR");
        assert_eq!(d.entries[2].forms()[1].text(), "ATTORNEYS GENERAL");
        assert_eq!(d.entries[3].forms().len(), 1);
        let c = &d.entries[4];
        let forms: Vec<String> = c.forms().iter().map(|p| p.text()).collect();
        assert_eq!(forms, vec!["CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"]);
        assert_eq!(d.entries[5].variants.len(), 3);
    }

    #[test]
    fn composition_skips_aligned_duplicates() {
        assert_eq!(compose_codes("LKAREB", "REB", Compose::Suffix), "LKAREB");
        assert_eq!(compose_codes("AREBKK", "REB", Compose::Suffix), "AREBKKREB");
        assert_eq!(compose_codes("ISR", "GOVPRS", Compose::Suffix), "ISRGOVPRS");
        assert_eq!(regular_plural("PARTY"), "PARTIES");
        assert_eq!(regular_plural("ATTORNEY"), "ATTORNEYS");
        assert_eq!(regular_plural("CONGRESS"), "CONGRESSES");
    }
}
