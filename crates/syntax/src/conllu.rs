//! CoNLL-U reader (basic dependencies only). Multiword-token range lines
//! (`1-2`) and empty nodes (`8.1`) are skipped.

use crate::SyntaxError;
use std::path::Path;

/// One syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    /// 0 = root, otherwise 1-based index of the head word.
    pub head: usize,
    pub deprel: String,
}

/// A sentence: its words in order (word i has CoNLL-U id i+1).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    pub words: Vec<Word>,
}

impl Sentence {
    /// True when no two arcs cross (root arc included).
    pub fn is_projective(&self) -> bool {
        let n = self.words.len();
        for (i, w) in self.words.iter().enumerate() {
            let d = i + 1;
            let (a, b) = if w.head < d { (w.head, d) } else { (d, w.head) };
            for (j, v) in self.words.iter().enumerate() {
                let e = j + 1;
                let (c, f) = if v.head < e { (v.head, e) } else { (e, v.head) };
                // arcs (a,b) and (c,f) cross if exactly one endpoint of one
                // lies strictly inside the other
                if (a < c && c < b && b < f) || (c < a && a < f && f < b) {
                    return false;
                }
            }
            let _ = n;
        }
        true
    }
}

/// Read a CoNLL-U file.
pub fn read_file(path: &Path) -> Result<Vec<Sentence>, SyntaxError> {
    let text = std::fs::read_to_string(path).map_err(|e| SyntaxError::Io {
        path: path.display().to_string(),
        source: e,
    })?;
    parse(&text, &path.display().to_string())
}

/// Parse CoNLL-U text; `name` is used in error messages.
pub fn parse(text: &str, name: &str) -> Result<Vec<Sentence>, SyntaxError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (lineno, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                check(&cur, name, lineno + 1)?;
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let bad = |what: String| SyntaxError::Format {
            file: name.to_string(),
            line: lineno + 1,
            message: what,
        };
        if cols.len() != 10 {
            return Err(bad(format!("expected 10 columns, found {}", cols.len())));
        }
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            continue;
        }
        let idn: usize = id.parse().map_err(|_| bad(format!("bad word id {id:?}")))?;
        if idn != cur.words.len() + 1 {
            return Err(bad(format!(
                "word id {idn} out of sequence (expected {})",
                cur.words.len() + 1
            )));
        }
        let head: usize = cols[6]
            .parse()
            .map_err(|_| bad(format!("bad head {:?}", cols[6])))?;
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            head,
            deprel: cols[7].to_string(),
        });
    }
    if !cur.words.is_empty() {
        let n = text.lines().count();
        check(&cur, name, n)?;
        out.push(cur);
    }
    Ok(out)
}

fn check(s: &Sentence, name: &str, line: usize) -> Result<(), SyntaxError> {
    let n = s.words.len();
    for (i, w) in s.words.iter().enumerate() {
        if w.head > n || w.head == i + 1 {
            return Err(SyntaxError::Format {
                file: name.to_string(),
                line,
                message: format!("word {} has bad head {}", i + 1, w.head),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_ranges_and_empty_nodes() {
        let t = "# text = x\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n\n";
        let s = parse(t, "t").unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words.len(), 3);
        assert_eq!(s[0].words[1].lemma, "not");
        assert!(s[0].is_projective());
    }

    #[test]
    fn reports_bad_lines() {
        let t = "1\ta\ta\tX\tX\t_\tz\tdep\t_\t_\n";
        match parse(t, "f.conllu") {
            Err(SyntaxError::Format { line, .. }) => assert_eq!(line, 1),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn detects_non_projective() {
        let mk = |h: usize| Word {
            form: "w".into(),
            lemma: "w".into(),
            upos: "X".into(),
            xpos: "X".into(),
            head: h,
            deprel: "dep".into(),
        };
        // 1->3, 2->4 cross
        let s = Sentence {
            words: vec![mk(3), mk(4), mk(0), mk(3)],
        };
        assert!(!s.is_projective());
    }
}
