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

/// A line or paragraph rule: its regex is compiled only into the scope's
/// `RegexSet` (which tells which rules match), never on its own.
#[derive(Debug)]
pub(crate) struct SetRule {
    pub reason: String,
}

#[derive(Debug)]
pub(crate) struct Data {
    pub abbreviations: FastMap<String, AbbrClass>,
    pub starters: FastSet<String>,
    /// Words that continue a clock time after a.m./p.m.
    pub time_words: FastSet<String>,
    /// Lowercased word -> lengths (in bytes) of its parts.
    pub splits: FastMap<String, Vec<usize>>,
    /// `split_last[b]`: some key of `splits` ends with byte `b` (a quick
    /// test before the lookup).
    pub split_last: [bool; 256],
    pub prefixes: FastSet<String>,
    /// Words that cannot end a heading or a finished line.
    pub function_words: FastMap<String, ()>,
    /// Line rules, in file order; rule `i` is pattern `i` of `line_set`.
    pub line_rules: Vec<SetRule>,
    /// All line rules at once.
    pub line_set: regex::RegexSet,
    /// All paragraph rules at once; pattern `i` is `para_rules[i]`.
    pub para_set: regex::RegexSet,
    pub para_rules: Vec<SetRule>,
    /// Dateline rules (`lead` scope), tried in order.
    pub lead_rules: Vec<Regex>,
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
    // (line number, reason, pattern) of the line and paragraph rules
    let (mut line_src, mut para_src, mut lead_rules) = (Vec::new(), Vec::new(), Vec::new());
    let mut wire_problems: Vec<(usize, String)> = Vec::new();
    for (n, line) in content_lines(WIRE) {
        let fields: Vec<&str> = line.splitn(3, '\t').collect();
        let [reason, scope, pattern] = fields.as_slice() else {
            wire_problems.push((n, "expected REASON<TAB>SCOPE<TAB>REGEX".to_string()));
            continue;
        };
        let scope = match scope.trim() {
            "line" => Scope::Line,
            "para" => Scope::Para,
            "lead" => Scope::Lead,
            other => {
                wire_problems.push((n, format!("unknown scope {other}")));
                continue;
            }
        };
        let reason = reason.trim().to_string();
        match scope {
            Scope::Line => line_src.push((n, reason, *pattern)),
            Scope::Para => para_src.push((n, reason, *pattern)),
            Scope::Lead => match Regex::new(pattern) {
                Ok(re) => lead_rules.push(re),
                Err(e) => wire_problems.push((n, format!("bad regex: {e}"))),
            },
        }
    }
    let time_words = content_lines(TIME_WORDS)
        .map(|(_, l)| l.trim().to_string())
        .collect();
    let function_words = content_lines(FUNCTION_WORDS)
        .map(|(_, l)| (l.trim().to_lowercase(), ()))
        .collect();
    let mut split_last = [false; 256];
    for k in splits.keys() {
        if let Some(&b) = k.as_bytes().last() {
            split_last[usize::from(b)] = true;
        }
    }
    let (line_rules, line_set) = rule_set(line_src, &mut wire_problems);
    let (para_rules, para_set) = rule_set(para_src, &mut wire_problems);
    // in file order, as if every rule had been compiled on reading it
    wire_problems.sort_by_key(|&(n, _)| n);
    problems.extend(
        wire_problems
            .into_iter()
            .map(|(n, m)| format!("wire.txt:{n}: {m}")),
    );
    (
        Data {
            line_set,
            para_set,
            abbreviations,
            starters,
            time_words,
            splits,
            split_last,
            prefixes,
            function_words,
            line_rules,
            para_rules,
            lead_rules,
        },
        problems,
    )
}

/// Compiles the rules of one scope into one `RegexSet` (each regex is
/// compiled once, in the set). Only when the set does not build are the
/// patterns compiled one by one, to report and leave out the bad ones.
fn rule_set(
    mut src: Vec<(usize, String, &str)>,
    problems: &mut Vec<(usize, String)>,
) -> (Vec<SetRule>, regex::RegexSet) {
    let set = regex::RegexSet::new(src.iter().map(|r| r.2)).unwrap_or_else(|_| {
        src.retain(|(n, _, pattern)| match Regex::new(pattern) {
            Ok(_) => true,
            Err(e) => {
                problems.push((*n, format!("bad regex: {e}")));
                false
            }
        });
        regex::RegexSet::new(src.iter().map(|r| r.2)).unwrap_or_else(|_| regex::RegexSet::empty())
    });
    let rules = src
        .into_iter()
        .map(|(_, reason, _)| SetRule { reason })
        .collect();
    (rules, set)
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
        assert_eq!(d.line_rules.len(), d.line_set.len());
        assert_eq!(d.para_rules.len(), d.para_set.len());
    }

    #[test]
    fn rule_sets_match_like_single_rules() {
        let d = data();
        let texts = [
            "",
            "Photo credit: Jane Doe",
            "REUTER",
            "(AP)",
            "By John Smith, Staff Writer",
            "BY JANE DOE AND JOHN ROE",
            "Copyright 2020 Reuters",
            "(c) 2019-2020 The Associated Press",
            "Advertisement",
            "* * *",
            "Follow our coverage at apnews.com",
            "Sign up for our newsletter alerts",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "Jane Doe reported from Paris.",
            "Associated Press writer Jan Ñúñez contributed to this report.",
            "The central bank said on Monday it would keep rates.",
            "Bÿ Ünïcode Ñame",
        ];
        for (set, n) in [
            (&d.line_set, d.line_rules.len()),
            (&d.para_set, d.para_rules.len()),
        ] {
            let single: Vec<Regex> = set
                .patterns()
                .iter()
                .map(|p| Regex::new(p).expect("valid rule"))
                .collect();
            assert_eq!(single.len(), n);
            for t in texts {
                let m = set.matches(t);
                for (i, re) in single.iter().enumerate() {
                    assert_eq!(m.matched(i), re.is_match(t), "rule {i} on {t:?}");
                }
            }
        }
    }
}
