//! Casualty counts: killed, injured, missing, arrested, displaced.

use crate::lexicon::{tsv_rows, FastMap, List, Numbers, Tok, TokKind, WordLists};
use crate::AttributesError;
use gesta_document::Casualty;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    After,
    Before,
    Both,
}

/// A count found in a sentence, with the token index of its cue word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub casualty: Casualty,
    /// Token index (in the sentence's light tokens) of the cue word.
    pub cue_tok: usize,
    /// Byte offset of the cue word.
    pub cue_start: usize,
}

/// Casualty finder (data/casualties.tsv + data/numbers.tsv).
#[derive(Debug, Clone)]
pub struct Casualties {
    words: FastMap<String, (String, Form)>,
    numbers: Numbers,
    /// The function-word lists (`casualty_skip`, `casualty_subset`).
    lists: WordLists,
    /// The phrases before a count that belong to it, as words: those of
    /// `count_lower_bound` (true: the count is a lower bound, "at least"),
    /// then those of `count_approx` ("about"), each in file order.
    modifiers: Vec<(Vec<String>, bool)>,
}

impl Casualties {
    pub fn embedded() -> Result<Casualties, AttributesError> {
        Self::parse(include_str!("../data/casualties.tsv"), Numbers::embedded()?)
    }

    pub fn parse(text: &str, numbers: Numbers) -> Result<Casualties, AttributesError> {
        let mut words = FastMap::default();
        for (line, f) in tsv_rows("casualties.tsv", text, 3)? {
            let form = match f[2].trim() {
                "after" => Form::After,
                "before" => Form::Before,
                "both" => Form::Both,
                other => {
                    return Err(AttributesError::Data {
                        file: "casualties.tsv",
                        line,
                        message: format!("unknown form {other:?}"),
                    })
                }
            };
            words.insert(f[0].trim().to_lowercase(), (f[1].trim().to_string(), form));
        }
        let lists = WordLists::embedded()?;
        let phrases = |list: List, lower_bound: bool| {
            let words = |p: &str| p.split(' ').map(str::to_string).collect();
            lists
                .phrases_of(list)
                .map(move |p| (words(p), lower_bound))
                .collect::<Vec<_>>()
        };
        let mut modifiers = phrases(List::CountLowerBound, true);
        modifiers.extend(phrases(List::CountApprox, false));
        Ok(Casualties {
            words,
            numbers,
            lists,
            modifiers,
        })
    }

    fn number_at(&self, t: &[Tok], i: usize) -> Option<(u64, bool, usize)> {
        let first = t.get(i)?;
        let mut buf = [""; 4];
        let n = (t.len() - i).min(4);
        for (b, x) in buf.iter_mut().zip(&t[i..i + n]) {
            *b = x.lower.as_str();
        }
        let w = &buf[..n];
        if first.kind == TokKind::Num && first.lower.contains(['/', '-', ':']) {
            return None;
        }
        if first.kind == TokKind::Num
            && first.lower.len() == 4
            && t.get(i + 1).is_some_and(|x| x.kind == TokKind::Punct)
        {
            // "in 2014," is a year
            if let Ok(v) = first.lower.parse::<u32>() {
                if (1900..2100).contains(&v) {
                    return None;
                }
            }
        }
        self.numbers.phrase(w)
    }

    /// Counts in one sentence's tokens. `skip`: byte ranges (time
    /// expressions) whose numbers are not counts.
    pub fn find_in(&self, t: &[Tok], skip: &[(usize, usize)]) -> Vec<Count> {
        let mut out: Vec<Count> = Vec::new();
        let mut i = 0;
        while i < t.len() {
            let in_skip = skip.iter().any(|&(s, e)| t[i].start >= s && t[i].start < e);
            let Some((v, lb_word, used)) = (!in_skip).then(|| self.number_at(t, i)).flatten()
            else {
                i += 1;
                continue;
            };
            // modifiers before the number
            let mut lb = lb_word;
            let mut first = i;
            for (m, lower_bound) in &self.modifiers {
                if i >= m.len()
                    && t[i - m.len()..i]
                        .iter()
                        .zip(m.iter())
                        .all(|(a, b)| a.lower == *b)
                {
                    first = i - m.len();
                    if *lower_bound {
                        lb = true;
                    }
                    break;
                }
            }
            let subset = first > 0 && self.lists.has(List::CasualtySubset, &t[first - 1].lower);
            let end_num = i + used;
            let mut hit: Option<(String, usize)> = None;
            // cue before: "killing three", "killed at least 156"
            if first > 0 {
                if let Some((k, f)) = self.words.get(t[first - 1].lower.as_str()) {
                    if matches!(f, Form::Before | Form::Both) {
                        hit = Some((k.clone(), first - 1));
                    }
                }
            }
            // cue after: "three people were killed", "12 dead"
            if hit.is_none() {
                let mut k = end_num;
                let mut steps = 0;
                while k < t.len() && steps < 6 {
                    let w = t[k].lower.as_str();
                    if let Some((kind, f)) = self.words.get(w) {
                        if matches!(f, Form::After | Form::Both) {
                            hit = Some((kind.clone(), k));
                            break;
                        }
                    }
                    if t[k].kind == TokKind::Punct && w != "-" {
                        break;
                    }
                    // one free adjective/noun ("Ukrainian civilians") then only known words
                    if !self.lists.has(List::CasualtySkip, w) && steps > 1 {
                        break;
                    }
                    k += 1;
                    steps += 1;
                }
            }
            if let Some((kind, cue)) = hit {
                let dup = out.iter().any(|c| c.casualty.kind == kind);
                if !dup && !subset && v <= u32::MAX as u64 {
                    {
                        out.push(Count {
                            casualty: Casualty {
                                kind,
                                count: v as u32,
                                lower_bound: lb,
                                start: t[first].start,
                                end: t[end_num - 1].end,
                            },
                            cue_tok: cue,
                            cue_start: t[cue].start,
                        });
                    }
                }
            }
            i = end_num;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tokenize;

    fn counts(s: &str) -> Vec<(String, u32, bool)> {
        let c = Casualties::embedded().unwrap();
        let mut t = Vec::new();
        tokenize(s, 0, s.len(), &mut t);
        c.find_in(&t, &[])
            .into_iter()
            .map(|x| (x.casualty.kind, x.casualty.count, x.casualty.lower_bound))
            .collect()
    }

    #[test]
    fn casualty_phrases() {
        assert_eq!(
            counts("a drone attack hit the city, killing three people, including a child, officials said."),
            vec![("killed".into(), 3, false)]
        );
        assert_eq!(
            counts("At least 156 people were killed and dozens injured."),
            vec![("killed".into(), 156, true), ("injured".into(), 24, true)]
        );
        assert_eq!(
            counts("A dozen protesters were arrested."),
            vec![("arrested".into(), 12, false)]
        );
        assert_eq!(
            counts("The strike killed 10 people, including three children."),
            vec![("killed".into(), 10, false)]
        );
        assert_eq!(
            counts("Two soldiers are missing and 3,000 displaced."),
            vec![
                ("missing".into(), 2, false),
                ("displaced".into(), 3000, false)
            ]
        );
        assert!(counts("He spent three years in Kyiv and died there.").is_empty());
    }
}
