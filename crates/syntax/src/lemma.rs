//! Rule lemmatizer: an exception table `(lower-cased form, XPOS) -> lemma`
//! loaded from a data file, then suffix rules by XPOS for nouns, verbs,
//! adjectives and adverbs.
//!
//! Data file format (`data/lemmas.tsv`): UTF-8, one entry per line,
//! `form<TAB>XPOS<TAB>lemma`; `#` starts a comment line. The form is
//! lower-cased.

use crate::hash::IdMap;
use crate::lex::FormMemo;
use crate::SyntaxError;
use gesta_document::TokStr;
use std::collections::HashMap;

/// The lemmas of recently seen (form, tag) pairs: results are exactly
/// those of [`Lemmatizer::lemma`].
#[derive(Debug, Default)]
pub struct LemmaMemo(FormMemo<TokStr>);

impl LemmaMemo {
    /// The lemma of `form` with tag id `tag` (`xpos` its XPOS).
    pub fn lemma(
        &mut self,
        lem: &Lemmatizer,
        model: u64,
        form: &str,
        tag: u8,
        xpos: &str,
    ) -> TokStr {
        self.0.get(model, form, tag, || lem.lemma(form, xpos))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Lemmatizer {
    /// lower-cased form -> [(XPOS, lemma)]
    exceptions: IdMap<String, Vec<(String, String)>>,
    count: usize,
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn vowel_groups(s: &str) -> usize {
    let mut n = 0;
    let mut prev = false;
    for c in s.chars() {
        let v = is_vowel(c) || c == 'y';
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    n
}

/// `stem` followed by `tail`.
fn join(stem: &str, tail: &str) -> TokStr {
    let mut s = TokStr::with_capacity(stem.len() + tail.len());
    s.push_str(stem);
    s.push_str(tail);
    s
}

/// Repair a stem after removing `-ed`, `-ing`, `-er`, `-est`.
fn fix_stem(stem: &str) -> TokStr {
    let n = stem.chars().count();
    let mut rev = stem.chars().rev();
    let (Some(last), Some(prev)) = (rev.next(), rev.next()) else {
        return TokStr::new(stem);
    };
    let p2 = rev.next();
    // doubled consonant: stopped -> stop (but not -ll, -ss, -zz, -ff)
    if last == prev && !is_vowel(last) && !matches!(last, 'l' | 's' | 'z' | 'f') && n >= 3 {
        return TokStr::new(&stem[..stem.len() - last.len_utf8()]);
    }
    // English words do not end in these: arriv(e), continu(e), produc(e)
    if matches!(last, 'v' | 'u') || (last == 'c' && !matches!(prev, 'i')) {
        return join(stem, "e");
    }
    if n >= 3 && last == 'z' && prev != 'z' {
        return join(stem, "e");
    }
    // -s(e): endors(e), collaps(e), releas(e), propos(e); not -ss
    // (passed) nor focus, bias
    if n >= 4 && last == 's' && prev != 's' && !stem.ends_with("cus") && !stem.ends_with("ias") {
        return join(stem, "e");
    }
    // one-syllable consonant-vowel-consonant stems: hop(e), lik(e), us(e)
    if !is_vowel(last)
        && !matches!(last, 'w' | 'x' | 'y')
        && is_vowel(prev)
        && p2.is_none_or(|c| !is_vowel(c))
        && vowel_groups(stem) == 1
    {
        return join(stem, "e");
    }
    TokStr::new(stem)
}

fn plural(w: &str) -> TokStr {
    let n = w.chars().count();
    if n <= 3 || !w.ends_with('s') || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return TokStr::new(w);
    }
    if let Some(s) = w.strip_suffix("ies") {
        return join(s, "y");
    }
    for suf in ["sses", "shes", "ches", "xes", "zes"] {
        if w.ends_with(suf) {
            return TokStr::new(&w[..w.len() - 2]);
        }
    }
    TokStr::new(&w[..w.len() - 1])
}

fn third_person(w: &str) -> TokStr {
    if !w.ends_with('s') || w.chars().count() <= 2 || w.ends_with("ss") {
        return TokStr::new(w);
    }
    if let Some(s) = w.strip_suffix("ies") {
        if s.chars().count() >= 2 {
            return join(s, "y");
        }
    }
    for suf in ["sses", "shes", "ches", "xes", "zes", "oes"] {
        if w.ends_with(suf) {
            return TokStr::new(&w[..w.len() - 2]);
        }
    }
    TokStr::new(&w[..w.len() - 1])
}

fn strip(w: &str, suf: &str, min_stem: usize) -> Option<TokStr> {
    let s = w.strip_suffix(suf)?;
    if s.chars().count() < min_stem {
        return None;
    }
    if let Some(t) = s.strip_suffix('i') {
        // tried -> try, happier -> happy
        if suf != "ing" && t.chars().count() >= 2 {
            return Some(join(t, "y"));
        }
    }
    Some(fix_stem(s))
}

/// Lemma by suffix rules alone. `form` is the token text.
pub fn rule(form: &str, xpos: &str) -> TokStr {
    let keep_case = xpos.starts_with("NNP");
    let w = if keep_case {
        TokStr::new(form)
    } else {
        lower(form)
    };
    rule_on(w, xpos)
}

/// The form lower-cased (inline, without a heap allocation when short).
fn lower(form: &str) -> TokStr {
    if form.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        TokStr::from_str_to_lowercase(form)
    } else {
        TokStr::new(form)
    }
}

/// The suffix rules on `w`, the form as [`rule`] cases it.
fn rule_on(w: TokStr, xpos: &str) -> TokStr {
    match xpos {
        "NNS" | "NNPS" => plural(&w),
        "VBZ" => third_person(&w),
        "VBD" | "VBN" => strip(&w, "ed", 2).unwrap_or(w),
        "VBG" => strip(&w, "ing", 2).unwrap_or(w),
        "JJR" | "RBR" => strip(&w, "er", 2).unwrap_or(w),
        "JJS" | "RBS" => strip(&w, "est", 2).unwrap_or(w),
        _ => w,
    }
}

impl Lemmatizer {
    /// Parse the exception table.
    pub fn from_tsv(text: &str, name: &str) -> Result<Lemmatizer, SyntaxError> {
        let mut exceptions: IdMap<String, Vec<(String, String)>> = IdMap::default();
        let mut count = 0;
        for (i, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut it = line.split('\t');
            match (it.next(), it.next(), it.next(), it.next()) {
                (Some(f), Some(x), Some(l), None) if !f.is_empty() && !l.is_empty() => {
                    let v = exceptions.entry(f.to_string()).or_default();
                    match v.iter_mut().find(|e| e.0 == x) {
                        Some(e) => e.1 = l.to_string(),
                        None => {
                            v.push((x.to_string(), l.to_string()));
                            count += 1;
                        }
                    }
                }
                _ => {
                    return Err(SyntaxError::Format {
                        file: name.to_string(),
                        line: i + 1,
                        message: "expected form<TAB>XPOS<TAB>lemma".into(),
                    })
                }
            }
        }
        Ok(Lemmatizer { exceptions, count })
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.exceptions.is_empty()
    }

    /// Lemma of `form` tagged `xpos`.
    pub fn lemma(&self, form: &str, xpos: &str) -> TokStr {
        let low = lower(form);
        if let Some(v) = self.exceptions.get(low.as_str()) {
            if let Some(e) = v.iter().find(|e| e.0 == xpos) {
                return TokStr::new(&e.1);
            }
            // an irregular past tense and participle of one form share
            // their lemma: one seen only as the other takes its exception
            // ("shot" VBD as VBN: shoot)
            let other = match xpos {
                "VBD" => Some("VBN"),
                "VBN" => Some("VBD"),
                _ => None,
            };
            if let Some(e) = other.and_then(|o| v.iter().find(|e| e.0 == o)) {
                return TokStr::new(&e.1);
            }
        }
        if xpos.starts_with("NNP") {
            rule_on(TokStr::new(form), xpos)
        } else {
            rule_on(low, xpos)
        }
    }

    /// Build the exception table from training words: every
    /// `(form, XPOS)` whose most frequent gold lemma differs from the rule
    /// output. Returns TSV text.
    pub fn derive<'a>(words: impl Iterator<Item = (&'a str, &'a str, &'a str)>) -> String {
        let mut counts: HashMap<(String, String), HashMap<String, usize>> = HashMap::new();
        let mut forms: HashMap<(String, String), String> = HashMap::new();
        for (form, xpos, lemma) in words {
            let key = (form.to_lowercase(), xpos.to_string());
            forms.entry(key.clone()).or_insert_with(|| form.to_string());
            *counts
                .entry(key)
                .or_default()
                .entry(lemma.to_string())
                .or_default() += 1;
        }
        let mut rows: Vec<(String, String, String)> = Vec::new();
        for (key, ls) in counts {
            let mut best: Vec<(&String, &usize)> = ls.iter().collect();
            best.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let lemma = best[0].0.clone();
            if lemma == "_" || lemma.contains('\t') || key.0.contains('\t') {
                continue;
            }
            // the rule applied to the lower-cased form and to the form as
            // first seen: keep an exception if the rule gets either wrong
            let form = forms.get(&key).cloned().unwrap_or_else(|| key.0.clone());
            if rule(&key.0, &key.1) != lemma || rule(&form, &key.1) != lemma {
                rows.push((key.0, key.1, lemma));
            }
        }
        rows.sort();
        let mut out = String::from(
            "# gesta-syntax lemma exceptions: form<TAB>XPOS<TAB>lemma\n\
             # Derived from UD English EWT v2.15 training lemmas (CC BY-SA 4.0).\n",
        );
        for (f, x, l) in rows {
            out.push_str(&format!("{f}\t{x}\t{l}\n"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::LEX_FORM;

    #[test]
    fn memoised_lemmas_equal_computed_ones() {
        let lem = Lemmatizer::from_tsv("went\tVBD\tgo\nshot\tVBN\tshoot\n", "test").unwrap();
        // (form, tag id, XPOS): the same form under two tags, case
        // variants, an exception, a form past the memo's length limit,
        // and enough pairs that slots collide
        let mut pairs: Vec<(String, u8, &str)> = vec![
            ("went".into(), 1, "VBD"),
            ("Went".into(), 1, "VBD"),
            ("shot".into(), 1, "VBD"),
            ("shot".into(), 2, "VBN"),
            ("Talks".into(), 3, "NNS"),
            ("Talks".into(), 4, "NNPS"),
            ("".into(), 3, "NNS"),
            ("x".repeat(LEX_FORM + 5) + "es", 3, "NNS"),
        ];
        pairs.extend((0..5000).map(|i| (format!("box{i}es"), 3, "NNS")));
        let mut memo = LemmaMemo::default();
        for round in 0..2 {
            for (f, t, x) in &pairs {
                let got = memo.lemma(&lem, 1, f, *t, x);
                assert_eq!(got, lem.lemma(f, x), "{f} {x} round {round}");
            }
        }
        assert_eq!(memo.lemma(&lem, 1, "shot", 1, "VBD"), "shoot");
        // another model: the memo starts again
        let other = Lemmatizer::default();
        assert_eq!(memo.lemma(&other, 2, "went", 1, "VBD"), "went");
    }

    #[test]
    fn rules() {
        assert_eq!(rule("dogs", "NNS"), "dog");
        assert_eq!(rule("cities", "NNS"), "city");
        assert_eq!(rule("boxes", "NNS"), "box");
        assert_eq!(rule("stopped", "VBD"), "stop");
        assert_eq!(rule("called", "VBD"), "call");
        assert_eq!(rule("hoped", "VBD"), "hope");
        assert_eq!(rule("opened", "VBN"), "open");
        assert_eq!(rule("tried", "VBD"), "try");
        assert_eq!(rule("arrived", "VBD"), "arrive");
        assert_eq!(rule("endorsed", "VBN"), "endorse");
        assert_eq!(rule("released", "VBD"), "release");
        assert_eq!(rule("proposing", "VBG"), "propose");
        assert_eq!(rule("passed", "VBD"), "pass");
        assert_eq!(rule("focused", "VBD"), "focus");
        assert_eq!(rule("used", "VBD"), "use");
        assert_eq!(rule("running", "VBG"), "run");
        assert_eq!(rule("making", "VBG"), "make");
        assert_eq!(rule("Talks", "VBZ"), "talk");
        assert_eq!(rule("Americans", "NNPS"), "American");
        assert_eq!(rule("bigger", "JJR"), "big");
        assert_eq!(rule("The", "DT"), "the");
        assert_eq!(rule("", "NNS"), "");
    }

    #[test]
    fn exceptions_override() {
        let l = Lemmatizer::from_tsv("# c\nwent\tVBD\tgo\nme\tPRP\tI\n", "t").unwrap();
        assert_eq!(l.lemma("Went", "VBD"), "go");
        assert_eq!(l.lemma("me", "PRP"), "I");
        assert_eq!(l.lemma("walked", "VBD"), "walk");
        assert!(Lemmatizer::from_tsv("bad line\n", "t").is_err());
    }

    #[test]
    fn past_tense_and_participle_share_an_exception() {
        let l = Lemmatizer::from_tsv("shot\tVBN\tshoot\nsaw\tVBD\tsee\n", "t").unwrap();
        assert_eq!(l.lemma("shot", "VBD"), "shoot");
        assert_eq!(l.lemma("saw", "VBN"), "see");
        assert_eq!(l.lemma("shot", "NN"), "shot");
        assert_eq!(l.lemma("saw", "NN"), "saw");
    }
}
