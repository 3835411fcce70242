//! Issues of negotiation events: the normalised object of proposals,
//! demands, agreements and refusals.

use crate::lexicon::{tsv_rows, FastMap, List, Tok, WordLists};
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
    /// First word of a term -> most words of a term starting with it (only
    /// positions whose word starts a term are looked up).
    first: FastMap<String, usize>,
}

impl Issues {
    pub fn embedded() -> Result<Issues, AttributesError> {
        Self::parse(include_str!("../data/issues.tsv"), &WordLists::embedded()?)
    }

    /// Parses an `issues.tsv` text; the issues of `lists`' `generic_issue`
    /// phrase list are generic.
    pub fn parse(text: &str, lists: &WordLists) -> Result<Issues, AttributesError> {
        let generic_issues: Vec<&str> = lists.phrases_of(List::GenericIssue).collect();
        let mut terms = FastMap::default();
        let mut first: FastMap<String, usize> = FastMap::default();
        for (_, f) in tsv_rows("issues.tsv", text, 2)? {
            let term = f[0].trim().to_lowercase();
            let words = term.split(' ').count();
            let w0 = term.split(' ').next().unwrap_or_default();
            let m = first.entry(w0.to_string()).or_default();
            *m = (*m).max(words);
            let issue = f[1].trim().to_string();
            let phoenix = f
                .get(2)
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .map(str::to_string);
            // a bare "territory" is generic; "territorial integrity" is not
            let generic =
                generic_issues.contains(&issue.as_str()) && term != "territorial integrity";
            terms.insert(
                term,
                IssueTerm {
                    issue,
                    phoenix,
                    generic,
                },
            );
        }
        Ok(Issues { terms, first })
    }

    /// Issue terms in `t[from..to]`: (token index, term).
    pub fn find(&self, t: &[Tok], from: usize, to: usize) -> Vec<(usize, &IssueTerm)> {
        let mut out = Vec::new();
        let to = to.min(t.len());
        // the words of the key, joined with spaces (one buffer)
        let mut key = String::new();
        let mut i = from;
        while i < to {
            let mut hit = None;
            let most = self.first.get(t[i].lower.as_str()).copied().unwrap_or(0);
            for l in (1..=most.min(to - i)).rev() {
                key.clear();
                for (n, x) in t[i..i + l].iter().enumerate() {
                    if n > 0 {
                        key.push(' ');
                    }
                    key.push_str(&x.lower);
                }
                if let Some(term) = self.terms.get(key.as_str()) {
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
