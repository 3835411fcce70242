//! Actor dictionaries: TABARI `.actors` and PETRARCH/Phoenix
//! `*.actors.txt` (same format; PETRARCH only requires date restrictions on
//! their own lines).
//!
//! ```text
//! GOLLUM ; pas 27 Apr 03          primary phrase, optional codes, comment
//! +SMEAGOL                        synonym
//!     [HOB <950601]               date-restricted code on its own line
//!     [HOBGOV 950601-990815]
//!     [HOBREB >990816]
//! ALBRIGHT [USAGOV 991201-010114] [---]   codes on the phrase line
//! <NOUN> ... </NOUN>, <ADJECTIVE> ... </ADJECTIVE>   (TABARI) word lists
//! ```

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::common::{
    meaningful_lines, parse_code_block, read_with, reporter, resolve_codes, section_tag,
    split_blocks, DatedCode, DictDate, Phrase,
};
use crate::error::{DictError, LoadError};

/// One actor record: a primary phrase, its synonyms and its codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorEntry {
    /// The primary phrase first, then the `+` synonyms, in file order.
    pub names: Vec<Phrase>,
    /// Codes in file order; see [`crate::resolve_codes`] for the choice by
    /// date. Empty = null-coded.
    pub codes: Vec<DatedCode>,
    /// Comments on the record's lines, in order.
    pub comments: Vec<String>,
    /// Line of the primary phrase (1-based).
    pub line: usize,
}

impl ActorEntry {
    /// The codes that apply on `date` (see [`resolve_codes`]).
    pub fn codes_on(&self, date: Option<DictDate>) -> Option<&DatedCode> {
        resolve_codes(&self.codes, date)
    }
}

/// A whole actor dictionary.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ActorDict {
    pub entries: Vec<ActorEntry>,
    /// TABARI `<NOUN>` list: uncoded nouns used to shape compound phrases.
    pub nouns: Vec<Phrase>,
    /// TABARI `<ADJECTIVE>` list.
    pub adjectives: Vec<Phrase>,
}

#[derive(PartialEq)]
enum Section {
    Actors,
    Nouns,
    Adjectives,
}

/// Reads an actor dictionary file. Malformed lines are reported in the
/// error list and skipped.
pub fn read_actors(path: &Path) -> Result<(ActorDict, Vec<DictError>), LoadError> {
    read_with(path, parse_actors)
}

/// Parses the lines of an actor dictionary; `path` is used in errors only.
pub fn parse_actors(path: &Path, lines: &[String]) -> (ActorDict, Vec<DictError>) {
    let mut dict = ActorDict::default();
    let mut errors = Vec::new();
    let mut section = Section::Actors;
    // The record being built; `Err(line)` when its primary line was skipped,
    // so its synonyms and code lines must be skipped too.
    let mut current: Option<Result<ActorEntry, usize>> = None;
    let err = reporter(path);
    for line in meaningful_lines(lines, true) {
        let t = line.trimmed();
        match section_tag(t).as_str() {
            "<NOUN>" | "<NOUNS>" => {
                section = Section::Nouns;
                continue;
            }
            "<ADJECTIVE>" | "<ADJECTIVES>" | "<ADJ>" => {
                section = Section::Adjectives;
                continue;
            }
            "</NOUN>" | "</NOUNS>" | "</ADJECTIVE>" | "</ADJECTIVES>" | "</ADJ>" => {
                section = Section::Actors;
                continue;
            }
            _ => {}
        }
        if section != Section::Actors {
            match split_blocks(t) {
                Ok((head, blocks)) if blocks.is_empty() => match Phrase::parse(head) {
                    Ok(p) => {
                        if section == Section::Nouns {
                            dict.nouns.push(p)
                        } else {
                            dict.adjectives.push(p)
                        }
                    }
                    Err(e) => err(&mut errors, line.number, e),
                },
                Ok(_) => err(
                    &mut errors,
                    line.number,
                    "code block in a <NOUN>/<ADJECTIVE> list".into(),
                ),
                Err(e) => err(&mut errors, line.number, e),
            }
            continue;
        }

        let is_code_line = t.starts_with('[');
        let is_synonym = t.starts_with('+');
        if is_code_line || is_synonym {
            let entry = match current.as_mut() {
                None => {
                    err(
                        &mut errors,
                        line.number,
                        format!(
                            "{} before any actor phrase",
                            if is_synonym { "synonym" } else { "code line" }
                        ),
                    );
                    continue;
                }
                Some(Err(primary)) => {
                    let p = *primary;
                    err(
                        &mut errors,
                        line.number,
                        format!("belongs to the record at line {p}, which was skipped"),
                    );
                    continue;
                }
                Some(Ok(e)) => e,
            };
            let body = if is_synonym { &t[1..] } else { t };
            let (head, blocks) = match split_blocks(body) {
                Ok(x) => x,
                Err(e) => {
                    err(&mut errors, line.number, e);
                    continue;
                }
            };
            let mut codes = Vec::new();
            let mut bad = None;
            for b in &blocks {
                match parse_code_block(b) {
                    Ok(c) => codes.push(c),
                    Err(e) => {
                        bad = Some(e);
                        break;
                    }
                }
            }
            if let Some(e) = bad {
                err(&mut errors, line.number, e);
                continue;
            }
            if is_synonym {
                if head.contains('+') {
                    err(
                        &mut errors,
                        line.number,
                        format!(
                            "synonym `{}` contains `+` (two synonyms run together?)",
                            head.trim()
                        ),
                    );
                    continue;
                }
                match Phrase::parse(head) {
                    Ok(p) => entry.names.push(p),
                    Err(e) => {
                        err(&mut errors, line.number, e);
                        continue;
                    }
                }
            }
            entry.codes.extend(codes);
            if let Some(c) = line.comment {
                entry.comments.push(c.to_string());
            }
            continue;
        }

        // A new primary phrase.
        if let Some(Ok(e)) = current.take() {
            dict.entries.push(e);
        }
        let parsed = split_blocks(t).and_then(|(head, blocks)| {
            let phrase = Phrase::parse(head)?;
            let codes = blocks
                .iter()
                .map(|b| parse_code_block(b))
                .collect::<Result<Vec<_>, _>>()?;
            Ok((phrase, codes))
        });
        match parsed {
            Ok((phrase, codes)) => {
                current = Some(Ok(ActorEntry {
                    names: vec![phrase],
                    codes,
                    comments: line
                        .comment
                        .map(|c| vec![c.to_string()])
                        .unwrap_or_default(),
                    line: line.number,
                }));
            }
            Err(e) => {
                err(&mut errors, line.number, e);
                current = Some(Err(line.number));
            }
        }
    }
    if let Some(Ok(e)) = current.take() {
        dict.entries.push(e);
    }
    (dict, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::test_lines;
    use crate::common::Restriction;

    fn parse(s: &str) -> (ActorDict, Vec<DictError>) {
        parse_actors(Path::new("t.actors"), &test_lines(s))
    }

    #[test]
    fn synonyms_and_dated_lines() {
        let (d, e) = parse(
            "GOLLUM ; pas 27 Apr 03\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 950601 - 990815]\n#\t[950601-990815] x\n\t[HOBREB > 990816]\nFRODO [HOB]\n",
        );
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(d.entries.len(), 2);
        let g = &d.entries[0];
        assert_eq!(g.names.len(), 2);
        assert_eq!(g.names[1].tokens(), vec!["SMEAGOL"]);
        assert_eq!(g.codes.len(), 3);
        assert!(matches!(g.codes[2].restriction, Restriction::After { .. }));
        assert_eq!(g.comments, vec!["pas 27 Apr 03"]);
        assert_eq!(d.entries[1].line, 7);
    }

    #[test]
    fn bad_lines_are_reported_and_skipped() {
        let (d, e) = parse(
            "ALBRIGZ [991201-010114] [---]\n+ALBX\n\t[USA]\nGOOD [USAGOV <011214] [---]\nBAD [X 2004017-20061201]\n",
        );
        assert_eq!(d.entries.len(), 1);
        assert_eq!(d.entries[0].names[0].text(), "GOOD");
        let lines: Vec<usize> = e.iter().map(|x| x.line).collect();
        assert_eq!(lines, vec![1, 2, 3, 5]);
        assert!(e[0].to_string().starts_with("t.actors:1: "));
    }

    #[test]
    fn nouns_and_adjectives() {
        let (d, e) =
            parse("<NOUN>\nBEES ;x\nSHEEP\n</NOUN>\n<ADJECTIVE>\nBAD\n</ADJECTIVE>\nX [Y]\n");
        assert!(e.is_empty());
        assert_eq!(d.nouns.len(), 2);
        assert_eq!(d.adjectives.len(), 1);
        assert_eq!(d.entries.len(), 1);
    }
}
