//! Recognition on the pipeline's own Document (gesta-text tokens, whose
//! tokenizer splits hyphens: "al-Qaeda" -> "al - Qaeda"; gesta-syntax
//! parse): hyphenated lexicon names still match.
use gesta_document::Annotator;
use gesta_lexicon::ActorRecognizer;

/// `text` through the text stage and gesta-syntax.
fn parsed(text: &str, date: &str) -> gesta_document::Document {
    let mut doc =
        gesta_text::process_text("t", text, Some(date.to_string()), None, Default::default());
    let model = gesta_syntax::Model::embedded().expect("syntax model");
    model.annotate(&mut doc);
    doc
}

/// `text` through the text stage, gesta-syntax and the recognizer.
fn recognized(text: &str, date: &str) -> gesta_document::Document {
    let mut doc = parsed(text, date);
    let r = ActorRecognizer::embedded().expect("lexicon");
    r.annotate(&mut doc);
    doc
}

fn actors(text: &str, date: &str) -> Vec<(String, String)> {
    recognized(text, date)
        .actors
        .iter()
        .map(|a| (a.text.clone(), a.code.clone()))
        .collect()
}

#[test]
fn hyphenated_names_match_on_split_tokens() {
    let got = actors(
        "Syrian President Bashar al-Assad said al-Qaeda fighters attacked the U.S.-backed Syrian forces.",
        "2020-05-01",
    );
    println!("{got:?}");
    assert!(
        got.iter()
            .any(|(t, c)| t.contains("al-Assad") && c == "SYRGOV"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(t, c)| t.starts_with("al-Qaeda") && c.starts_with("IMGMUSALQ")),
        "{got:?}"
    );
}

#[test]
fn a_pronoun_linked_through_a_role_noun_keeps_the_name() {
    let text = "Maria Lindqvist, director of the Baltic Policy Institute in Riga, \
                said the talks had stalled. She said a ceasefire was still possible.";
    let doc = recognized(text, "2025-04-17");
    let she = doc
        .actors
        .iter()
        .find(|a| a.text == "She")
        .expect("a mention for 'She'");
    assert_eq!(
        she.name.as_deref(),
        Some("Maria Lindqvist"),
        "{:?}",
        doc.actors
    );
}

/// The cue lists are lexicon data: a user's `*.cues.tsv` line makes a
/// verb's untyped one-word object a place.
#[test]
fn a_cue_file_line_changes_what_a_name_is() {
    let doc = parsed("The convoy bypassed Zummar on Sunday.", "2016-10-02");
    let label_of_zummar = |r: &ActorRecognizer| {
        r.recognize(&doc)
            .entities
            .iter()
            .find(|e| doc.text.get(e.start..e.end) == Some("Zummar"))
            .map(|e| e.label)
    };
    let plain = ActorRecognizer::embedded().expect("lexicon");
    let mut lex = gesta_lexicon::Lexicon::embedded().expect("lexicon");
    let errs = lex.add_text("mine.cues.tsv", "bypass\tplace-verb\n");
    assert!(errs.is_empty(), "{errs:?}");
    let with_cue = ActorRecognizer::from_lexicon(lex);
    assert_ne!(
        label_of_zummar(&plain),
        Some(gesta_lexicon::EntityLabel::Location)
    );
    assert_eq!(
        label_of_zummar(&with_cue),
        Some(gesta_lexicon::EntityLabel::Location)
    );
}
