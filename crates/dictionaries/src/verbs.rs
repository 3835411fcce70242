//! Verb dictionaries: TABARI `.verbs`, PETRARCH-1 `CAMEO.verbpatterns.*.txt`
//! and PETRARCH-2 `CAMEO.2.0.txt`.
//!
//! All three share one model: synsets (`&NAME` + `+member` lines), verb
//! entries (a verb phrase, optional irregular forms `{...}`, optional
//! code) grouped in blocks, and patterns (`- ... * ... [CODE]`) that belong
//! to the block. In TABARI each verb root starts its own block; in PETRARCH
//! a `--- NAME [CODE] ---` line starts a block whose verbs share its
//! patterns.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::common::{
    meaningful_lines, read_with, reporter, section_tag, split_blocks, Link, Phrase,
};
use crate::error::{DictError, LoadError};

/// What a verb or pattern code does.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind")]
pub enum VerbCode {
    /// `[---]`: no event (the phrase is blocked).
    Null,
    /// `[###]`: the sentence is discarded.
    Discard,
    /// `[+++]`: the sentence is complex (not coded).
    Complex,
    Event {
        /// Code of the event source -> target; `None` for `[:173]` (only
        /// the reverse event is coded).
        code: Option<String>,
        /// `[032:033]`: paired code for the reversed event target ->
        /// source.
        paired: Option<String>,
        /// `[023?]`: subordinate ("weak") code, used only when the sentence
        /// (or clause) yields no other event.
        weak: bool,
        /// `[111!]`: dominant code.
        dominant: bool,
    },
}

impl VerbCode {
    /// Parses the inside of a verb code block.
    pub fn parse(inner: &str) -> Result<VerbCode, String> {
        let t: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
        match t.as_str() {
            "---" => return Ok(VerbCode::Null),
            "###" => return Ok(VerbCode::Discard),
            "+++" => return Ok(VerbCode::Complex),
            "" => return Err("empty code block []".into()),
            _ => {}
        }
        let mut s = t.as_str();
        let mut weak = false;
        let mut dominant = false;
        loop {
            if let Some(x) = s.strip_suffix('?') {
                weak = true;
                s = x;
            } else if let Some(x) = s.strip_suffix('!') {
                dominant = true;
                s = x;
            } else {
                break;
            }
        }
        let (a, b) = match s.split_once(':') {
            Some((a, b)) => (a, Some(b)),
            None => (s, None),
        };
        let ok = |c: &str| !c.is_empty() && c.chars().all(|ch| ch.is_ascii_alphanumeric());
        let code = if a.is_empty() && b.is_some() {
            None
        } else if ok(a) {
            Some(a.to_uppercase())
        } else {
            return Err(format!("invalid verb code [{inner}]"));
        };
        let paired = match b {
            None => None,
            Some(b) if ok(b) => Some(b.to_uppercase()),
            Some(_) => return Err(format!("invalid paired code [{inner}]")),
        };
        Ok(VerbCode::Event {
            code,
            paired,
            weak,
            dominant,
        })
    }

    /// The primary event code, if any.
    pub fn event_code(&self) -> Option<&str> {
        match self {
            VerbCode::Event { code, .. } => code.as_deref(),
            _ => None,
        }
    }
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind")]
pub enum Element {
    /// A literal word. `stem`: may match a longer text word (TABARI); a word
    /// closed by `_` must match whole (regular endings still allowed).
    Word {
        text: String,
        stem: bool,
        no_endings: bool,
    },
    /// `&NAME`: any member of a synset (name kept with its `&`).
    Synset { name: String },
    /// `*`: the verb itself.
    Verb,
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `%`: a compound actor, both source and target.
    Compound,
    /// `^`: skip one actor (or one compound actor).
    Skip,
    /// `{ a | b c | d }`: alternatives, each a sequence (TABARI, PETRARCH-1).
    Alternatives { options: Vec<Vec<Item>> },
    /// `{FINANCIAL AID}`: a noun phrase whose last word is the head
    /// (PETRARCH-2).
    NounPhrase { items: Vec<Item> },
    /// `(FOR AID)`: a prepositional phrase, preposition first (PETRARCH-2).
    Prep { items: Vec<Item> },
}

/// A pattern element with its link to the next element.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Item {
    pub element: Element,
    /// `Adjacent` when joined to the next item by `_` or `~`.
    pub next: Link,
}

/// A pattern line: `- ELEMENTS [CODE] ; comment`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pattern {
    pub items: Vec<Item>,
    pub code: VerbCode,
    /// TABARI's match-order length: the number of literal characters
    /// (letters, digits, `_` links), blanks and tokens `$ + % * ^` not
    /// counted; a synset counts as its longest member, alternatives as the
    /// longest alternative. Longer patterns are tried first.
    pub length: usize,
    pub raw: String,
    pub comment: Option<String>,
    pub line: usize,
}

impl Pattern {
    /// Index of the verb element `*` among the top-level items.
    pub fn verb_position(&self) -> Option<usize> {
        self.items.iter().position(|i| i.element == Element::Verb)
    }
}

/// A verb of a block: the phrase, which word is the verb, its forms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerbEntry {
    /// The verb phrase (one word, or several: `BURN DOWN`, `+CORDON_OFF`).
    pub phrase: Phrase,
    /// Index in `phrase.words` of the verb proper (the word marked `+` in
    /// PETRARCH; the first word otherwise).
    pub verb_word: usize,
    /// Irregular forms given in `{...}` (whole phrases); empty = the
    /// regular forms are generated by the user of the dictionary.
    /// `Some(vec![])` when `{}` was written (no other forms).
    pub forms: Option<Vec<Phrase>>,
    /// The verb's own code, else the block's.
    pub code: Option<VerbCode>,
    pub comment: Option<String>,
    pub line: usize,
}

/// A set of verbs sharing one pattern list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerbBlock {
    /// PETRARCH block name (`--- ABANDON [080] ---`); `None` in TABARI.
    pub name: Option<String>,
    /// Block default code (PETRARCH header); TABARI uses the verb's code.
    pub code: Option<VerbCode>,
    pub verbs: Vec<VerbEntry>,
    /// Patterns sorted longest first (stable: file order among equals).
    pub patterns: Vec<Pattern>,
    pub line: usize,
}

/// A synset: `&NAME` and its member sequences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Synset {
    /// With the leading `&`; a trailing `_` (no plurals) is removed.
    pub name: String,
    /// PETRARCH: plurals are not generated for the members (`&NAME_`).
    pub no_plurals: bool,
    pub members: Vec<Vec<Item>>,
    pub line: usize,
}

/// PETRARCH-2 transformation line (`~ a (a b ATTACK) SAY = a b 015`), kept
/// as its two sides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transformation {
    pub pattern: String,
    pub result: String,
    pub line: usize,
}

/// A whole verb dictionary.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VerbDict {
    pub synsets: Vec<Synset>,
    pub blocks: Vec<VerbBlock>,
    /// TABARI `<TIME>` section: time-shift phrases (code = day offset kept
    /// as written, e.g. `-7`, `+30`, `###`).
    pub times: Vec<TimeEntry>,
    pub transformations: Vec<Transformation>,
}

/// One `<TIME>` entry of a TABARI verbs file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeEntry {
    pub items: Vec<Item>,
    pub code: String,
    pub line: usize,
}

impl VerbDict {
    pub fn synset(&self, name: &str) -> Option<&Synset> {
        self.synsets.iter().find(|s| s.name == name)
    }
}

#[derive(PartialEq, Clone, Copy)]
enum Section {
    Main,
    Synsets,
    Time,
}

pub fn read_verbs(path: &Path) -> Result<(VerbDict, Vec<DictError>), LoadError> {
    read_with(path, parse_verbs)
}

/// Parses a verbs file of any of the three flavours.
pub fn parse_verbs(path: &Path, lines: &[String]) -> (VerbDict, Vec<DictError>) {
    let mut dict = VerbDict::default();
    let mut errors = Vec::new();
    let mut section = Section::Main;
    let mut block: Option<VerbBlock> = None;
    // Set when the current TABARI verb line was skipped, so its patterns
    // are skipped too.
    let mut orphan: Option<usize> = None;
    let mut synset: Option<Synset> = None;
    let err = reporter(path);
    let finish_block = |dict: &mut VerbDict, block: &mut Option<VerbBlock>| {
        if let Some(mut b) = block.take() {
            // Longest first; stable sort keeps file order among equals.
            b.patterns.sort_by_key(|p| std::cmp::Reverse(p.length));
            dict.blocks.push(b);
        }
    };
    for line in meaningful_lines(lines, true) {
        let t = line.trimmed();
        match section_tag(t).as_str() {
            "<SYNSETS>" | "<SYNSET>" => {
                section = Section::Synsets;
                continue;
            }
            "</SYNSETS>" | "</SYNSET>" | "</TIME>" => {
                if let Some(s) = synset.take() {
                    dict.synsets.push(s);
                }
                section = Section::Main;
                continue;
            }
            "<TIME>" => {
                section = Section::Time;
                continue;
            }
            _ => {}
        }
        // Synset definitions may appear in a <SYNSETS> section (TABARI) or
        // anywhere before their use (PETRARCH).
        if t.starts_with('&') {
            if let Some(s) = synset.take() {
                dict.synsets.push(s);
            }
            let raw = t.split_whitespace().next().unwrap_or(t).to_uppercase();
            let no_plurals = raw.ends_with('_');
            let name = raw.trim_end_matches('_').to_string();
            if name.len() < 2 || !name[1..].chars().all(|c| c.is_alphanumeric() || c == '_') {
                err(&mut errors, line.number, format!("bad synset name `{raw}`"));
                continue;
            }
            synset = Some(Synset {
                name,
                no_plurals,
                members: Vec::new(),
                line: line.number,
            });
            continue;
        }
        if let (true, Some(s)) = (t.starts_with('+'), synset.as_mut()) {
            match tokenize(&t[1..]).and_then(|toks| build_items(&toks, &dict.synsets)) {
                Ok(items) if !items.is_empty() => {
                    if items.iter().any(|i| refers_to(&i.element, &s.name)) {
                        err(
                            &mut errors,
                            line.number,
                            format!("synset {} refers to itself", s.name),
                        );
                    } else {
                        s.members.push(items);
                    }
                }
                Ok(_) => err(&mut errors, line.number, "empty synset member".into()),
                Err(e) => err(&mut errors, line.number, e),
            }
            continue;
        }
        if let Some(s) = synset.take() {
            dict.synsets.push(s);
        }
        if section == Section::Synsets {
            err(
                &mut errors,
                line.number,
                "line in <SYNSETS> is neither &NAME nor +member".into(),
            );
            continue;
        }
        if section == Section::Time {
            // `PHRASE [code]` or `- PATTERN [code]`: both kept as items.
            let body = t.strip_prefix('-').unwrap_or(t);
            match split_blocks(body) {
                Ok((head, blocks)) if blocks.len() == 1 => {
                    match tokenize(head).and_then(|toks| build_items(&toks, &dict.synsets)) {
                        Ok(items) => dict.times.push(TimeEntry {
                            items,
                            code: blocks[0].split_whitespace().collect::<Vec<_>>().join(""),
                            line: line.number,
                        }),
                        Err(e) => err(&mut errors, line.number, e),
                    }
                }
                Ok(_) => err(
                    &mut errors,
                    line.number,
                    "time phrase needs one [code]".into(),
                ),
                Err(e) => err(&mut errors, line.number, e),
            }
            continue;
        }
        // PETRARCH-2 transformation.
        if let Some(rest) = t.strip_prefix('~') {
            match rest.split_once('=') {
                Some((a, b)) => dict.transformations.push(Transformation {
                    pattern: a.trim().to_string(),
                    result: b.trim().to_string(),
                    line: line.number,
                }),
                None => err(
                    &mut errors,
                    line.number,
                    "transformation without `=`".into(),
                ),
            }
            continue;
        }
        // PETRARCH block header: --- NAME [CODE] ---
        if t.starts_with("---") && !t.starts_with("----") || t.starts_with("--- ") {
            finish_block(&mut dict, &mut block);
            orphan = None;
            // `---  DISGRACE   [110]---  ---` also occurs: strip every outer
            // dash and blank.
            let inner = t.trim_matches(|c: char| c == '-' || c.is_whitespace());
            match split_blocks(inner) {
                Ok((name, blocks)) if blocks.len() <= 1 => {
                    let code = match blocks.first().map(|b| VerbCode::parse(b)) {
                        Some(Ok(c)) => Some(c),
                        Some(Err(e)) => {
                            err(&mut errors, line.number, e);
                            None
                        }
                        None => None,
                    };
                    block = Some(VerbBlock {
                        name: Some(name.trim().to_string()),
                        code,
                        verbs: Vec::new(),
                        patterns: Vec::new(),
                        line: line.number,
                    });
                }
                Ok(_) => {
                    err(
                        &mut errors,
                        line.number,
                        "block header with several codes".into(),
                    );
                    orphan = Some(line.number);
                }
                Err(e) => {
                    err(&mut errors, line.number, e);
                    orphan = Some(line.number);
                }
            }
            continue;
        }
        // Pattern line.
        if let Some(body) = t.strip_prefix('-') {
            if let Some(o) = orphan {
                err(
                    &mut errors,
                    line.number,
                    format!("pattern of the verb at line {o}, which was skipped"),
                );
                continue;
            }
            let Some(b) = block.as_mut() else {
                err(&mut errors, line.number, "pattern before any verb".into());
                continue;
            };
            match parse_pattern(body, &dict.synsets) {
                Ok((items, code, length)) => b.patterns.push(Pattern {
                    items,
                    code,
                    length,
                    raw: body[..body.rfind('[').unwrap_or(body.len())]
                        .trim()
                        .to_string(),
                    comment: line.comment.map(str::to_string),
                    line: line.number,
                }),
                Err(e) => err(&mut errors, line.number, e),
            }
            continue;
        }
        // TABARI irregular forms line: `{ BROKE_ BROKEN_ }` after the verb.
        if t.starts_with('{') {
            let Some(b) = block.as_mut() else {
                err(
                    &mut errors,
                    line.number,
                    "verb forms before any verb".into(),
                );
                continue;
            };
            if orphan.is_some() {
                err(
                    &mut errors,
                    line.number,
                    "verb forms of a skipped verb".into(),
                );
                continue;
            }
            match parse_forms(t) {
                Ok((forms, rest)) if rest.trim().is_empty() => {
                    if let Some(v) = b.verbs.last_mut() {
                        v.forms.get_or_insert_with(Vec::new).extend(forms);
                    }
                }
                Ok(_) => err(&mut errors, line.number, "text after verb forms".into()),
                Err(e) => err(&mut errors, line.number, e),
            }
            continue;
        }
        // A verb line.
        let is_tabari_root = block.as_ref().is_none_or(|b| b.name.is_none());
        match parse_verb_line(t) {
            Ok(mut v) => {
                v.comment = line.comment.map(str::to_string);
                v.line = line.number;
                if is_tabari_root {
                    // TABARI: every root starts a block of its own.
                    finish_block(&mut dict, &mut block);
                    block = Some(VerbBlock {
                        name: None,
                        code: None,
                        verbs: vec![v],
                        patterns: Vec::new(),
                        line: line.number,
                    });
                } else if let Some(b) = block.as_mut() {
                    b.verbs.push(v);
                }
                orphan = None;
            }
            Err(e) => {
                err(&mut errors, line.number, e);
                if is_tabari_root {
                    finish_block(&mut dict, &mut block);
                    orphan = Some(line.number);
                }
            }
        }
    }
    if let Some(s) = synset.take() {
        dict.synsets.push(s);
    }
    finish_block(&mut dict, &mut block);
    (dict, errors)
}

fn refers_to(e: &Element, name: &str) -> bool {
    match e {
        Element::Synset { name: n } => n == name,
        Element::Alternatives { options } => options
            .iter()
            .any(|o| o.iter().any(|i| refers_to(&i.element, name))),
        Element::NounPhrase { items } | Element::Prep { items } => {
            items.iter().any(|i| refers_to(&i.element, name))
        }
        _ => false,
    }
}

/// `{FORM FORM ...}` -> phrases, and the text after `}`.
fn parse_forms(t: &str) -> Result<(Vec<Phrase>, &str), String> {
    let open = t.find('{').ok_or("missing `{`")?;
    let close = t[open..].find('}').map(|c| open + c).ok_or("missing `}`")?;
    let forms = t[open + 1..close]
        .split_whitespace()
        .map(|f| Phrase::parse(&f.replace('+', "")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((forms, &t[close + 1..]))
}

fn parse_verb_line(t: &str) -> Result<VerbEntry, String> {
    // The forms `{...}` may also follow the code (`SNUB [111] {SNUBS ...}`).
    let moved;
    let t = match (t.find('{'), t.find('[')) {
        (Some(b), Some(c)) if c < b => {
            let close = t[b..].find('}').map(|x| b + x).ok_or("missing `}`")?;
            moved = format!("{} {} {}", &t[..c], &t[b..=close], &t[c..b]) + &t[close + 1..];
            moved.as_str()
        }
        _ => t,
    };
    let (head, blocks) = split_blocks(t)?;
    if blocks.len() > 1 {
        return Err("more than one code on a verb line".into());
    }
    let code = blocks.first().map(|b| VerbCode::parse(b)).transpose()?;
    let (phrase_txt, forms) = if head.contains('{') {
        let (forms, rest) = parse_forms(head)?;
        if !rest.trim().is_empty() {
            return Err(format!("text after verb forms: `{}`", rest.trim()));
        }
        (&head[..head.find('{').unwrap_or(head.len())], Some(forms))
    } else {
        (head, None)
    };
    let phrase_txt = phrase_txt.trim();
    if phrase_txt.is_empty() {
        return Err("missing verb".into());
    }
    if phrase_txt.contains(['$', '%', '^', '*', '&', '(', ')', '|']) {
        return Err(format!("invalid verb phrase `{phrase_txt}`"));
    }
    // The word marked `+` is the verb (PETRARCH multi-word verbs).
    let mut verb_word = 0;
    let mut clean = String::new();
    let mut word_index = 0;
    let mut in_word = false;
    for c in phrase_txt.chars() {
        match c {
            '+' => {
                verb_word = word_index;
            }
            '_' | ' ' | '\t' => {
                if in_word {
                    word_index += 1;
                    in_word = false;
                }
                clean.push(c);
            }
            _ => {
                in_word = true;
                clean.push(c);
            }
        }
    }
    let phrase = Phrase::parse(&clean)?;
    if verb_word >= phrase.words.len() {
        return Err(format!("`+` marker after the last word of `{phrase_txt}`"));
    }
    Ok(VerbEntry {
        phrase,
        verb_word,
        forms,
        code,
        comment: None,
        line: 0,
    })
}

/// A raw token of a pattern with the link that follows it.
#[derive(Debug, Clone, PartialEq)]
struct Tok {
    text: String,
    /// The word ended with `_` or `=` (exact) / `~` (stem, adjacent).
    exact: bool,
    no_endings: bool,
    stem_marker: bool,
    next: Link,
}

fn is_special(c: char) -> bool {
    matches!(c, '*' | '$' | '%' | '^' | '{' | '}' | '|' | '(' | ')')
}

fn tokenize(s: &str) -> Result<Vec<Tok>, String> {
    let mut toks: Vec<Tok> = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut cur = String::new();
    let push_cur = |toks: &mut Vec<Tok>, cur: &mut String| {
        if !cur.is_empty() {
            toks.push(Tok {
                text: cur.to_uppercase(),
                exact: false,
                no_endings: false,
                stem_marker: false,
                next: Link::Gap,
            });
            cur.clear();
        }
    };
    while i < chars.len() {
        let c = chars[i];
        // `+` alone (not inside a word) is the target token.
        let lone_plus = c == '+'
            && cur.is_empty()
            && chars
                .get(i + 1)
                .is_none_or(|n| n.is_whitespace() || matches!(n, '_' | '~'));
        if is_special(c) || lone_plus {
            push_cur(&mut toks, &mut cur);
            toks.push(Tok {
                text: c.to_string(),
                exact: true,
                no_endings: false,
                stem_marker: false,
                next: Link::Gap,
            });
        } else if c == '_' || c == '~' || c == '=' {
            push_cur(&mut toks, &mut cur);
            if let Some(last) = toks.last_mut() {
                match c {
                    '_' => {
                        last.exact = true;
                        // `XXXX_ YYYY`: exact, but YYYY need not follow
                        // immediately (TABARI 5.5.3).
                        let blank_after = chars.get(i + 1).is_none_or(|n| n.is_whitespace());
                        if !blank_after {
                            last.next = Link::Adjacent;
                        }
                    }
                    '~' => {
                        last.stem_marker = true;
                        last.next = Link::Adjacent;
                    }
                    _ => {
                        last.exact = true;
                        last.no_endings = true;
                    }
                }
            }
        } else if c.is_whitespace() {
            push_cur(&mut toks, &mut cur);
        } else {
            cur.push(c);
        }
        i += 1;
    }
    push_cur(&mut toks, &mut cur);
    Ok(toks)
}

fn build_items(toks: &[Tok], synsets: &[Synset]) -> Result<Vec<Item>, String> {
    let mut pos = 0;
    let items = build_seq(toks, &mut pos, synsets, None)?;
    if pos < toks.len() {
        return Err(format!("unexpected `{}`", toks[pos].text));
    }
    Ok(items)
}

/// Builds items until `close` (`}` or `)`) or `|` inside alternatives.
fn build_seq(
    toks: &[Tok],
    pos: &mut usize,
    synsets: &[Synset],
    close: Option<&str>,
) -> Result<Vec<Item>, String> {
    let mut items = Vec::new();
    while *pos < toks.len() {
        let t = &toks[*pos];
        match t.text.as_str() {
            "}" | ")" | "|" => {
                if close.is_none() {
                    return Err(format!("unbalanced `{}`", t.text));
                }
                return Ok(items);
            }
            "{" => {
                *pos += 1;
                let mut options = vec![build_seq(toks, pos, synsets, Some("}"))?];
                let mut alternatives = false;
                loop {
                    match toks.get(*pos).map(|t| t.text.as_str()) {
                        Some("|") => {
                            alternatives = true;
                            *pos += 1;
                            options.push(build_seq(toks, pos, synsets, Some("}"))?);
                        }
                        Some("}") => break,
                        _ => return Err("missing `}`".into()),
                    }
                }
                let next = toks[*pos].next;
                *pos += 1;
                let element = if alternatives {
                    if options.iter().any(|o| o.is_empty()) {
                        return Err("empty alternative in { | }".into());
                    }
                    Element::Alternatives { options }
                } else {
                    let items = options.pop().unwrap_or_default();
                    if items.is_empty() {
                        return Err("empty `{}`".into());
                    }
                    Element::NounPhrase { items }
                };
                items.push(Item { element, next });
                continue;
            }
            "(" => {
                *pos += 1;
                let inner = build_seq(toks, pos, synsets, Some(")"))?;
                if toks.get(*pos).map(|t| t.text.as_str()) != Some(")") {
                    return Err("missing `)`".into());
                }
                let next = toks[*pos].next;
                *pos += 1;
                items.push(Item {
                    element: Element::Prep { items: inner },
                    next,
                });
                continue;
            }
            _ => {}
        }
        let element = match t.text.as_str() {
            "*" => Element::Verb,
            "$" => Element::Source,
            "+" => Element::Target,
            "%" => Element::Compound,
            "^" => Element::Skip,
            w if w.starts_with('&') => {
                let name = w.trim_end_matches('_').to_string();
                if !synsets.iter().any(|s| s.name == name) {
                    return Err(format!("undefined synset {name}"));
                }
                Element::Synset { name }
            }
            w => Element::Word {
                text: w.to_string(),
                stem: t.stem_marker || !t.exact,
                no_endings: t.no_endings,
            },
        };
        items.push(Item {
            element,
            next: t.next,
        });
        *pos += 1;
    }
    if let Some(c) = close {
        return Err(format!("missing `{c}`"));
    }
    Ok(items)
}

/// TABARI's pattern length: every character but blanks and the tokens
/// `$ + % * ^ { } | &`; a `{ a | b }` set counts as its longest option.
fn raw_length(s: &str) -> usize {
    let mut n = 0;
    let mut rest = s;
    while let Some(a) = rest.find('{') {
        n += plain_length(&rest[..a]);
        let after = &rest[a + 1..];
        let close = after.find('}').unwrap_or(after.len());
        n += after[..close]
            .split('|')
            .map(plain_length)
            .max()
            .unwrap_or(0);
        rest = after.get(close + 1..).unwrap_or("");
    }
    n + plain_length(rest)
}

fn plain_length(s: &str) -> usize {
    // A synset designator `&NAME` does not count.
    let mut n = 0;
    let mut in_synset = false;
    for c in s.chars() {
        if c == '&' {
            in_synset = true;
            continue;
        }
        if in_synset {
            if c.is_alphanumeric() {
                continue;
            }
            in_synset = false;
        }
        if !c.is_whitespace()
            && !matches!(c, '$' | '+' | '%' | '*' | '^' | '{' | '}' | '|' | '(' | ')')
        {
            n += 1;
        }
    }
    n
}

#[allow(dead_code)]
fn items_length(items: &[Item], synsets: &[Synset]) -> usize {
    let mut n = 0;
    for (i, it) in items.iter().enumerate() {
        n += element_length(&it.element, synsets);
        let literal = |e: &Element| {
            matches!(
                e,
                Element::Word { .. } | Element::Synset { .. } | Element::Alternatives { .. }
            )
        };
        if it.next == Link::Adjacent
            && literal(&it.element)
            && items.get(i + 1).is_some_and(|n| literal(&n.element))
        {
            n += 1;
        }
    }
    n
}

fn element_length(e: &Element, synsets: &[Synset]) -> usize {
    match e {
        Element::Word { text, .. } => text.chars().filter(|c| c.is_alphanumeric()).count(),
        Element::Synset { name } => synsets
            .iter()
            .find(|s| &s.name == name)
            .map(|s| {
                s.members
                    .iter()
                    .map(|m| items_length(m, synsets))
                    .max()
                    .unwrap_or(0)
            })
            .unwrap_or(0),
        Element::Alternatives { options } => options
            .iter()
            .map(|o| items_length(o, synsets))
            .max()
            .unwrap_or(0),
        Element::NounPhrase { items } | Element::Prep { items } => items_length(items, synsets),
        _ => 0,
    }
}

/// Parses a pattern body (after the `-`): items, code, length.
pub fn parse_pattern(
    body: &str,
    synsets: &[Synset],
) -> Result<(Vec<Item>, VerbCode, usize), String> {
    // The code block is the last `[...]`; `{...}` may precede it.
    let open = body.rfind('[').ok_or("pattern without [code]")?;
    let close = body[open..]
        .find(']')
        .map(|c| open + c)
        .ok_or("missing `]`")?;
    if !body[close + 1..].trim().is_empty() {
        return Err(format!(
            "text after the code: `{}`",
            body[close + 1..].trim()
        ));
    }
    let code = VerbCode::parse(&body[open + 1..close])?;
    let toks = tokenize(&body[..open])?;
    let items = build_items(&toks, synsets)?;
    let verbs = count_verbs(&items);
    if verbs != 1 {
        return Err(if verbs == 0 {
            "pattern without the verb marker `*`".into()
        } else {
            "pattern with several `*`".into()
        });
    }
    let _ = items_length;
    let length = raw_length(&body[..open]);
    Ok((items, code, length))
}

fn count_verbs(items: &[Item]) -> usize {
    items
        .iter()
        .map(|i| match &i.element {
            Element::Verb => 1,
            Element::NounPhrase { items } | Element::Prep { items } => count_verbs(items),
            Element::Alternatives { options } => {
                options.iter().map(|o| count_verbs(o)).max().unwrap_or(0)
            }
            _ => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::test_lines;

    fn parse(s: &str) -> (VerbDict, Vec<DictError>) {
        parse_verbs(Path::new("t.verbs"), &test_lines(s))
    }

    #[test]
    fn codes() {
        assert_eq!(VerbCode::parse("---").unwrap(), VerbCode::Null);
        assert_eq!(VerbCode::parse("###").unwrap(), VerbCode::Discard);
        let c = VerbCode::parse("032:033").unwrap();
        assert_eq!(
            c,
            VerbCode::Event {
                code: Some("032".into()),
                paired: Some("033".into()),
                weak: false,
                dominant: false
            }
        );
        assert!(matches!(
            VerbCode::parse("023?").unwrap(),
            VerbCode::Event { weak: true, .. }
        ));
        assert!(matches!(
            VerbCode::parse("111!").unwrap(),
            VerbCode::Event { dominant: true, .. }
        ));
        assert!(matches!(
            VerbCode::parse(":173").unwrap(),
            VerbCode::Event { code: None, .. }
        ));
        assert!(VerbCode::parse("0-1").is_err());
    }

    #[test]
    fn tabari_verbs() {
        let (d, e) = parse(
            "<SYNSETS>\n&TIETYPES\n+MILITARY\n+ECONOMIC\n&TIEPHRASE\n+&TIETYPES_MEMOS\n</SYNSETS>\nABANDON  [345] ;pas\n- * NEW_&TIETYPES_RELATIONS [903]\n- * EFFORT  [987]\nBREAK_ [1717]\n{ BROKE_ BROKEN_ }\n- + KNOWN_ * IN_ $  [076]\n- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS  [111]\n- BAD PATTERN [000]\nXX [0-1]\n- * Y [001]\n",
        );
        assert_eq!(e.len(), 3, "{e:?}");
        assert_eq!(e[0].line, 15);
        assert_eq!(e[2].line, 17);
        assert_eq!(d.synsets.len(), 2);
        assert_eq!(d.blocks.len(), 2);
        let ab = &d.blocks[0];
        assert_eq!(ab.verbs[0].phrase.text(), "ABANDON");
        assert_eq!(ab.patterns[0].raw, "* NEW_&TIETYPES_RELATIONS");
        let br = &d.blocks[1];
        assert_eq!(br.verbs[0].forms.as_ref().unwrap().len(), 2);
        let p = &br.patterns[0];
        assert_eq!(
            p.raw,
            "SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS"
        );
        assert_eq!(p.items[0].next, Link::Adjacent);
        assert_eq!(p.items[1].element, Element::Target);
        assert!(matches!(p.items[4].element, Element::Alternatives { .. }));
        assert_eq!(p.items[4].next, Link::Adjacent);
        let p2 = &br.patterns[1];
        assert_eq!(
            p2.items
                .iter()
                .map(|i| i.element.clone())
                .collect::<Vec<_>>()[0],
            Element::Target
        );
        // "KNOWN_" + "IN_" = 6 + 3: every `_` counts (TABARI 5.7.1).
        assert_eq!(p2.length, 9);
    }

    #[test]
    fn petrarch_blocks() {
        let (d, e) = parse(
            "&CURRENCY\n+DOLLAR\n+EURO\n--- EXPLAIN_VERBAL [010]  ---\nEXPLAIN\nSAY  {SAYS SAID SAYING}\n+CLEAR_UP\nWIRE_+TAP {WIRE_+TAPS}\nEXPRESS [0110]\n- * (TO BORDER) {FINANCIAL AID} [154] # RUSH\n- * &CURRENCY [073]\n~ a (a b ATTACK) SAY = a b 015\n",
        );
        assert!(e.is_empty(), "{e:?}");
        let b = &d.blocks[0];
        assert_eq!(b.name.as_deref(), Some("EXPLAIN_VERBAL"));
        assert_eq!(b.verbs.len(), 5);
        assert_eq!(b.verbs[1].forms.as_ref().unwrap().len(), 3);
        assert_eq!(b.verbs[2].phrase.tokens(), vec!["CLEAR", "UP"]);
        assert_eq!(b.verbs[2].verb_word, 0);
        assert_eq!(b.verbs[3].verb_word, 1);
        assert!(b.verbs[4].code.is_some());
        assert_eq!(b.patterns.len(), 2);
        let p = &b.patterns[0];
        assert!(matches!(p.items[1].element, Element::Prep { .. }));
        assert!(matches!(p.items[2].element, Element::NounPhrase { .. }));
        assert_eq!(d.transformations.len(), 1);
    }
}
