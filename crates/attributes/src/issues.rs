//! Issues of negotiation events: the normalised object of proposals,
//! demands, agreements and refusals.

use crate::lexicon::{tsv_rows, FastMap, Tok};
use crate::AttributesError;

/// An issue term's reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueTerm {
    pub issue: String,
    /// Phoenix issue code, where one fits.
    pub phoenix: Option<String>,
    /// Generic terms ("talks", "aid") only count when nothing else does.
    pub generic: bool,
}

/// Issue terms (data/issues.tsv), matched on lowercase word sequences.
#[derive(Debug, Clone)]
pub struct Issues {
    terms: FastMap<String, IssueTerm>,
    max_words: usize,
}

const GENERIC: &[&str] = &[
    "negotiations",
    "aid",
    "trade",
    "energy",
    "reforms",
    "territorial integrity",
];

impl Issues {
    pub fn embedded() -> Result<Issues, AttributesError> {
        Self::parse(include_str!("../data/issues.tsv"))
    }

    pub fn parse(text: &str) -> Result<Issues, AttributesError> {
        let mut terms = FastMap::default();
        let mut max_words = 1;
        for (_, f) in tsv_rows("issues.tsv", text, 2)? {
            let term = f[0].trim().to_lowercase();
            max_words = max_words.max(term.split(' ').count());
            let issue = f[1].trim().to_string();
            let phoenix = f
                .get(2)
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .map(str::to_string);
            // a bare "territory" is generic; "territorial integrity" is not
            let generic = GENERIC.contains(&issue.as_str()) && term != "territorial integrity";
            terms.insert(
                term,
                IssueTerm {
                    issue,
                    phoenix,
                    generic,
                },
            );
        }
        Ok(Issues { terms, max_words })
    }

    /// Issue terms in `t[from..to]`: (token index, term).
    pub fn find(&self, t: &[Tok], from: usize, to: usize) -> Vec<(usize, &IssueTerm)> {
        let mut out = Vec::new();
        let to = to.min(t.len());
        let mut i = from;
        while i < to {
            let mut hit = None;
            for l in (1..=self.max_words.min(to - i)).rev() {
                let key: Vec<&str> = t[i..i + l].iter().map(|x| x.lower.as_str()).collect();
                if let Some(term) = self.terms.get(&key.join(" ")) {
                    hit = Some((l, term));
                    break;
                }
            }
            match hit {
                Some((l, term)) => {
                    out.push((i, term));
                    i += l;
                }
                None => i += 1,
            }
        }
        out
    }

    /// The issue of an event whose trigger is token `trig` of a sentence:
    /// the first specific term after the trigger, else the nearest before
    /// it, else a generic term after it.
    pub fn for_trigger(&self, t: &[Tok], trig: usize) -> Option<&IssueTerm> {
        let after = self.find(t, trig + 1, t.len());
        if let Some((_, term)) = after.iter().find(|(_, x)| !x.generic) {
            return Some(term);
        }
        let before = self.find(t, 0, trig);
        if let Some((_, term)) = before.iter().rev().find(|(_, x)| !x.generic) {
            return Some(term);
        }
        after.first().map(|(_, x)| *x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tokenize;

    #[test]
    fn issues_from_clause() {
        let i = Issues::embedded().unwrap();
        let s = "Russia has made it conditional on a halt in Ukraine's mobilization efforts and Western arms supplies.";
        let mut t = Vec::new();
        tokenize(s, 0, s.len(), &mut t);
        let trig = t.iter().position(|x| x.lower == "made").unwrap();
        assert_eq!(i.for_trigger(&t, trig).unwrap().issue, "mobilization halt");
        let s = "Moscow refused to accept a comprehensive ceasefire that Trump has pushed.";
        let mut t = Vec::new();
        tokenize(s, 0, s.len(), &mut t);
        assert_eq!(i.for_trigger(&t, 1).unwrap().issue, "ceasefire");
        let s = "They imposed new sanctions on the bank.";
        let mut t = Vec::new();
        tokenize(s, 0, s.len(), &mut t);
        let x = i.for_trigger(&t, 1).unwrap();
        assert_eq!(
            (x.issue.as_str(), x.phoenix.as_deref()),
            ("sanctions", Some("SANCTIONS"))
        );
    }
}
