//! Tokenizer agreement with UD English EWT (test split): the tokens our
//! tokenizer gives for each `# text` against the gold word forms, as byte
//! spans. Fails below the bar; prints the measured figures.

use std::collections::HashSet;

fn shared() -> Option<std::path::PathBuf> {
    let p = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    p.is_dir().then_some(p)
}

struct Sent {
    text: String,
    gold: Vec<(usize, usize)>,
}

fn load(path: &std::path::Path) -> Vec<Sent> {
    let src = std::fs::read_to_string(path).expect("read conllu");
    let mut out = Vec::new();
    let mut text: Option<String> = None;
    let mut rows: Vec<Vec<String>> = Vec::new();
    for line in src.lines().chain(std::iter::once("")) {
        if let Some(t) = line.strip_prefix("# text = ") {
            text = Some(t.to_string());
        } else if line.is_empty() {
            if let Some(t) = text.take() {
                if let Some(gold) = align(&t, &rows) {
                    out.push(Sent { text: t, gold });
                }
            }
            rows.clear();
        } else if !line.starts_with('#') {
            rows.push(line.split('\t').map(str::to_string).collect());
        }
    }
    out
}

/// Gold spans: each word form located in the text; a multiword token's
/// surface is cut by the lengths of its words when they spell it.
fn align(text: &str, rows: &[Vec<String>]) -> Option<Vec<(usize, usize)>> {
    let mut spans = Vec::new();
    let mut cur = 0;
    let mut skip_until = 0usize;
    for (ri, r) in rows.iter().enumerate() {
        let id = &r[0];
        if id.contains('.') {
            continue;
        }
        if let Some((a, b)) = id.split_once('-') {
            let (a, b): (usize, usize) = (a.parse().ok()?, b.parse().ok()?);
            let surface = &r[1];
            let at = cur + text[cur..].find(surface.as_str())?;
            let words: Vec<&String> = rows[ri + 1..]
                .iter()
                .filter(|w| !w[0].contains('-') && !w[0].contains('.'))
                .take(b - a + 1)
                .map(|w| &w[1])
                .collect();
            let total: usize = words.iter().map(|w| w.len()).sum();
            if total == surface.len() {
                let mut p = at;
                for w in words {
                    spans.push((p, p + w.len()));
                    p += w.len();
                }
            } else {
                spans.push((at, at + surface.len()));
            }
            cur = at + surface.len();
            skip_until = b;
            continue;
        }
        let n: usize = id.parse().ok()?;
        if n <= skip_until {
            continue;
        }
        let form = &r[1];
        let at = cur + text[cur..].find(form.as_str())?;
        spans.push((at, at + form.len()));
        cur = at + form.len();
    }
    Some(spans)
}

#[test]
fn ewt_test_tokenization_agreement() {
    let Some(shared) = shared() else {
        println!("skipping: ../shared not found");
        return;
    };
    let sents = load(&shared.join("nlp/ud_english_ewt/en_ewt-ud-test.conllu"));
    assert!(sents.len() > 2000, "only {} sentences aligned", sents.len());
    let (mut tp, mut n_gold, mut n_pred, mut exact) = (0usize, 0usize, 0usize, 0usize);
    let mut shown = 0;
    for s in &sents {
        let mut pred = Vec::new();
        gesta_text::token::tokenize_into(&s.text, 0, s.text.len(), &mut pred);
        let g: HashSet<_> = s.gold.iter().copied().collect();
        let hit = pred.iter().filter(|p| g.contains(p)).count();
        tp += hit;
        n_gold += s.gold.len();
        n_pred += pred.len();
        if hit == s.gold.len() && pred.len() == s.gold.len() {
            exact += 1;
        } else if shown < 40 && std::env::var("EWT_SHOW").is_ok() {
            shown += 1;
            let pt: Vec<&str> = pred.iter().map(|&(a, b)| &s.text[a..b]).collect();
            let gt: Vec<&str> = s.gold.iter().map(|&(a, b)| &s.text[a..b]).collect();
            println!("PRED {pt:?}\nGOLD {gt:?}\n");
        }
    }
    let p = tp as f64 / n_pred as f64;
    let r = tp as f64 / n_gold as f64;
    let f = 2.0 * p * r / (p + r);
    println!(
        "EWT test tokenization: {} sentences, {} gold tokens; precision {:.4}, recall {:.4}, F1 {:.4}; sentences tokenized exactly {}/{} ({:.2}%)",
        sents.len(),
        n_gold,
        p,
        r,
        f,
        exact,
        sents.len(),
        100.0 * exact as f64 / sents.len() as f64
    );
    assert!(f >= 0.97, "EWT tokenization F1 {f:.4} below 0.97");
}
