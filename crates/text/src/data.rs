//! The embedded rule data (`crates/text/data/*.txt`), parsed once.
//!
//! Formats are documented at the top of each file and in `docs/text.md`.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use regex::Regex;

const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");
const STARTERS: &str = include_str!("../data/starters.txt");
const TOKENS: &str = include_str!("../data/tokens.txt");
const WIRE: &str = include_str!("../data/wire.txt");
const FUNCTION_WORDS: &str = include_str!("../data/function_words.txt");
const TIME_WORDS: &str = include_str!("../data/time_words.txt");

/// FNV-1a: a fast hash for the short keys of the word tables.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// Looks `word` up lower-cased without allocating (for short ASCII words).
pub(crate) fn lookup_lower<'a, V>(map: &'a FastMap<String, V>, word: &str) -> Option<&'a V> {
    let b = word.as_bytes();
    if b.len() <= 24 && b.is_ascii() {
        let mut buf = [0u8; 24];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        let key = std::str::from_utf8(&buf[..b.len()]).ok()?;
        map.get(key)
    } else {
        map.get(&word.to_lowercase())
    }
}

/// How an abbreviation behaves before a possible sentence boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrClass {
    /// Prepositive (Mr., Gen., Mt.): never ends a sentence.
    Title,
    /// Ends a sentence unless a number follows (No. 5).
    Number,
    /// A month: no boundary before a number, otherwise like `General`.
    Month,
    /// Ends a sentence only before a capitalised sentence starter.
    General,
    /// a.m./p.m.: ends a sentence before a capitalised word that does not
    /// continue the time (a weekday, month or time zone).
    Time,
}

/// Where a wire rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Line,
    Para,
    Lead,
}

#[derive(Debug)]
pub(crate) struct WireRule {
    pub reason: String,
    pub scope: Scope,
    pub re: Regex,
}

#[derive(Debug)]
pub(crate) struct Data {
    pub abbreviations: FastMap<String, AbbrClass>,
    pub starters: FastSet<String>,
    /// Words that continue a clock time after a.m./p.m.
    pub time_words: FastSet<String>,
    /// Lowercased word -> lengths (in bytes) of its parts.
    pub splits: FastMap<String, Vec<usize>>,
    pub prefixes: FastSet<String>,
    /// Words that cannot end a heading or a finished line.
    pub function_words: FastMap<String, ()>,
    pub line_rules: Vec<WireRule>,
    /// All line rules at once (a quick first test).
    pub line_set: regex::RegexSet,
    /// All paragraph rules at once.
    pub para_set: regex::RegexSet,
    pub para_rules: Vec<WireRule>,
    pub lead_rules: Vec<WireRule>,
}

fn content_lines(src: &str) -> impl Iterator<Item = (usize, &str)> {
    src.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// Parses the embedded data. The data ships with the crate and is checked
/// by the unit tests, so a malformed entry is a build defect: it is skipped
/// here (never a panic on user input) and reported by `check_data`.
fn parse() -> (Data, Vec<String>) {
    let mut problems = Vec::new();
    let mut abbreviations = FastMap::default();
    for (n, line) in content_lines(ABBREVIATIONS) {
        let mut it = line.split_whitespace();
        let (Some(class), Some(word)) = (it.next(), it.next()) else {
            problems.push(format!("abbreviations.txt:{n}: expected CLASS WORD"));
            continue;
        };
        let class = match class {
            "title" => AbbrClass::Title,
            "number" => AbbrClass::Number,
            "month" => AbbrClass::Month,
            "general" => AbbrClass::General,
            "time" => AbbrClass::Time,
            other => {
                problems.push(format!("abbreviations.txt:{n}: unknown class {other}"));
                continue;
            }
        };
        abbreviations.entry(word.to_lowercase()).or_insert(class);
    }
    let starters = content_lines(STARTERS)
        .map(|(_, l)| l.trim().to_string())
        .collect();
    let mut splits = FastMap::default();
    let mut prefixes = FastSet::default();
    for (n, line) in content_lines(TOKENS) {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts.as_slice() {
            ["split", word, rest @ ..] if rest.len() >= 2 => {
                let lens: Vec<usize> = rest.iter().map(|p| p.len()).collect();
                if lens.iter().sum::<usize>() != word.len() {
                    problems.push(format!("tokens.txt:{n}: parts do not spell {word}"));
                    continue;
                }
                splits.insert(word.to_lowercase(), lens);
            }
            ["prefix", p] => {
                prefixes.insert(p.to_lowercase());
            }
            _ => problems.push(format!(
                "tokens.txt:{n}: expected `split W P P..` or `prefix P`"
            )),
        }
    }
    let (mut line_rules, mut para_rules, mut lead_rules) = (Vec::new(), Vec::new(), Vec::new());
    for (n, line) in content_lines(WIRE) {
        let fields: Vec<&str> = line.splitn(3, '\t').collect();
        let [reason, scope, pattern] = fields.as_slice() else {
            problems.push(format!("wire.txt:{n}: expected REASON<TAB>SCOPE<TAB>REGEX"));
            continue;
        };
        let scope = match scope.trim() {
            "line" => Scope::Line,
            "para" => Scope::Para,
            "lead" => Scope::Lead,
            other => {
                problems.push(format!("wire.txt:{n}: unknown scope {other}"));
                continue;
            }
        };
        let re = match Regex::new(pattern) {
            Ok(re) => re,
            Err(e) => {
                problems.push(format!("wire.txt:{n}: bad regex: {e}"));
                continue;
            }
        };
        let rule = WireRule {
            reason: reason.trim().to_string(),
            scope,
            re,
        };
        match scope {
            Scope::Line => line_rules.push(rule),
            Scope::Para => para_rules.push(rule),
            Scope::Lead => lead_rules.push(rule),
        }
    }
    let time_words = content_lines(TIME_WORDS)
        .map(|(_, l)| l.trim().to_string())
        .collect();
    let function_words = content_lines(FUNCTION_WORDS)
        .map(|(_, l)| (l.trim().to_lowercase(), ()))
        .collect();
    let line_set = regex::RegexSet::new(line_rules.iter().map(|r: &WireRule| r.re.as_str()))
        .unwrap_or_else(|_| regex::RegexSet::empty());
    let para_set = regex::RegexSet::new(para_rules.iter().map(|r: &WireRule| r.re.as_str()))
        .unwrap_or_else(|_| regex::RegexSet::empty());
    (
        Data {
            line_set,
            para_set,
            abbreviations,
            starters,
            time_words,
            splits,
            prefixes,
            function_words,
            line_rules,
            para_rules,
            lead_rules,
        },
        problems,
    )
}

static DATA: OnceLock<(Data, Vec<String>)> = OnceLock::new();

pub(crate) fn data() -> &'static Data {
    &DATA.get_or_init(parse).0
}

/// Problems found in the embedded data files (empty when they are well formed).
pub fn check_data() -> Vec<String> {
    DATA.get_or_init(parse).1.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_is_well_formed() {
        assert_eq!(check_data(), Vec::<String>::new());
        let d = data();
        assert_eq!(d.abbreviations.get("mr"), Some(&AbbrClass::Title));
        assert_eq!(d.abbreviations.get("jan"), Some(&AbbrClass::Month));
        assert!(d.starters.contains("The"));
        assert_eq!(d.splits.get("cannot"), Some(&vec![3, 3]));
        assert!(d.prefixes.contains("non"));
        assert!(d.line_rules.len() >= 5 && !d.lead_rules.is_empty());
    }
}
