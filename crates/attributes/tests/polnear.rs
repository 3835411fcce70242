//! PolNeAR dev (../shared/eval/quotes/polnear/dev, brat, local evaluation
//! only): share of gold attributions whose source we name as the speaker
//! of a quote covering their content. Measured twice: on the raw text alone
//! and after the real upstream stages (gesta-text segmentation of the
//! unchanged text, gesta-syntax parse, gesta-lexicon actors), as in the
//! pipeline; the floor applies to the pipeline figure.

use gesta_attributes::Attributes;
use gesta_document::{Annotator, Document, Sentence, Span, Token};
use std::collections::HashMap;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

fn spans(s: &str) -> Vec<(usize, usize)> {
    s.split(';')
        .filter_map(|p| {
            let mut it = p.split_whitespace();
            Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
        })
        .collect()
}

fn char_to_byte(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

/// The text segmented by gesta-text's splitter and tokenizer (text
/// unchanged, so gold offsets stay valid), one paragraph per line.
fn segmented(id: &str, text: &str) -> Document {
    let mut doc = Document::new(id, text);
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end();
        let lead = body.len() - body.trim_start().len();
        if !body.trim().is_empty() {
            doc.paragraphs.push(Span::new(pos + lead, pos + body.len()));
        }
        pos += line.len();
    }
    let mut toks = Vec::new();
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        for (s, e) in gesta_text::split_sentences(&text[p.start..p.end]) {
            let (s, e) = (p.start + s, p.start + e);
            let ts = toks.len();
            gesta_text::token::tokenize_into(text, s, e, &mut toks);
            doc.sentences.push(Sentence {
                start: s,
                end: e,
                paragraph: pi,
                token_start: ts,
                token_end: toks.len(),
            });
        }
    }
    doc.tokens = toks
        .into_iter()
        .map(|(start, end)| Token {
            start,
            end,
            ..Default::default()
        })
        .collect();
    doc
}

#[test]
fn polnear_dev_speakers() {
    let dir = format!("{SHARED}/eval/quotes/polnear/dev");
    let Ok(files) = std::fs::read_dir(format!("{dir}/text")) else {
        println!("skipping: ../shared not found");
        return;
    };
    let anns: Vec<String> = std::fs::read_dir(format!("{dir}/attributions"))
        .expect("attributions")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    let stage = Attributes::embedded().expect("stage");
    let syntax = gesta_syntax::Model::embedded().expect("syntax");
    let lexicon = gesta_lexicon::Lexicon::embedded().expect("lexicon");
    let actors = gesta_lexicon::ActorRecognizer::new(&lexicon);
    let (mut gold, mut named, mut covered, mut direct_gold, mut direct_named) = (0, 0, 0, 0, 0);
    let mut raw_named = 0;
    for f in files.flatten() {
        let name = f.file_name().to_string_lossy().into_owned();
        let stem = name.trim_end_matches(".txt");
        let Some(ann) = anns
            .iter()
            .find(|a| a.starts_with(stem) && a.len() == stem.len() + 9)
        else {
            continue;
        };
        let text = std::fs::read_to_string(f.path()).expect("text");
        let ann = std::fs::read_to_string(format!("{dir}/attributions/{ann}")).expect("ann");
        let mut tspans: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for line in ann.lines().filter(|l| l.starts_with('T')) {
            let mut p = line.splitn(3, '\t');
            let (Some(id), Some(mid)) = (p.next(), p.next()) else {
                continue;
            };
            let (_, rest) = mid.split_once(' ').unwrap_or(("", ""));
            let sp: Vec<(usize, usize)> = spans(rest)
                .into_iter()
                .map(|(a, b)| (char_to_byte(&text, a), char_to_byte(&text, b)))
                .collect();
            tspans.insert(id.to_string(), sp);
        }
        let mut raw = Document::new(stem, text.clone());
        stage.annotate(&mut raw);
        let mut doc = segmented(stem, &text);
        syntax.annotate(&mut doc);
        actors.annotate(&mut doc);
        stage.annotate(&mut doc);
        for line in ann.lines().filter(|l| l.starts_with('E')) {
            let mut src = None;
            let mut content = None;
            let mut cue_t = None;
            for part in line.split('\t').nth(1).unwrap_or("").split_whitespace() {
                if let Some(t) = part.strip_prefix("Source:") {
                    src = tspans.get(t).cloned();
                } else if let Some(t) = part.strip_prefix("Cue:") {
                    cue_t = tspans.get(t).cloned();
                } else if let Some(t) = part.strip_prefix("Content:") {
                    content = tspans.get(t).cloned();
                }
            }
            let (Some(src), Some(content)) = (src, content) else {
                continue;
            };
            gold += 1;
            let is_direct = content.iter().any(|&(a, b)| {
                text[a..b].contains(['“', '"', '”']) || text[..a].ends_with(['“', '"'])
            });
            if is_direct {
                direct_gold += 1;
            }
            let overl =
                |x: &[(usize, usize)], a: usize, b: usize| x.iter().any(|&(s, e)| s < b && a < e);
            let ours: Vec<_> = doc
                .quotes
                .iter()
                .filter(|q| overl(&content, q.start, q.end))
                .collect();
            if !ours.is_empty() {
                covered += 1;
            }
            let ok = ours.iter().any(|q| {
                q.speaker
                    .as_ref()
                    .is_some_and(|s| overl(&src, s.start, s.end))
            });
            if raw.quotes.iter().any(|q| {
                overl(&content, q.start, q.end)
                    && q.speaker
                        .as_ref()
                        .is_some_and(|s| overl(&src, s.start, s.end))
            }) {
                raw_named += 1;
            }
            if !ok && std::env::var("PN_DEBUG").is_ok() {
                let st = &text[src[0].0..src[0].1];
                let ct = &text[content[0].0..content[0].1];
                let ctc: String = ct.chars().take(60).collect();
                let o: Vec<String> = ours
                    .iter()
                    .map(|q| {
                        format!(
                            "[{}|{:?}]",
                            q.text.chars().take(30).collect::<String>(),
                            q.speaker.as_ref().map(|s| s.text.clone())
                        )
                    })
                    .collect();
                let cu = cue_t
                    .as_ref()
                    .and_then(|c| c.first())
                    .map_or("", |&(a, b)| &text[a..b]);
                println!("MISS cue={cu:?} src={st:?} content={ctc:?} ours={o:?}");
            }
            if ok {
                named += 1;
                if is_direct {
                    direct_named += 1;
                }
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "PolNeAR dev, raw text only: source named {:.1}% ({raw_named})",
        pct(raw_named, gold)
    );
    println!(
        "PolNeAR dev, after text+syntax+lexicon: {gold} attributions with a source; content covered by a quote {:.1}%; source named {:.1}% ({named}); direct {direct_named}/{direct_gold} = {:.1}%",
        pct(covered, gold),
        pct(named, gold),
        pct(direct_named, direct_gold)
    );
    assert!(gold > 1000, "PolNeAR parse found {gold}");
    // The goal is 75%; this floor guards the measured 75.5% (docs/attributes.md).
    assert!(
        pct(named, gold) >= 75.0,
        "PolNeAR speaker share below the floor"
    );
}
