//! Temporal expressions: a fast rule engine over the light tokenizer,
//! normalised against the publication date.
//!
//! Values follow ISO 8601 / TIMEX3: `2025-04-16` (day), `2025-W17` (week),
//! `2025-04` (month), `2025` (year), `2025-04-16/2025-04-17` (interval).
//! Without an anchor date, relative expressions stay symbolic:
//! `weekday:THU`, `offset:-1W`, `XXXX-04-17`, never guessed.

use crate::lexicon::{
    civil_from_days, days_from_civil, days_in_month, fmt_day, iso_week, parse_iso_date, tokenize,
    tsv_rows, weekday, FastMap, FastSet, List, Numbers, Shapes, Tok, TokKind, WordLists,
};
use crate::AttributesError;
use gesta_document::TimeExpr;
use std::cell::Cell;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Hour,
    Minute,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Lex {
    Month(u32),
    Weekday(u32),
    Ordinal(u32),
    Unit(Unit),
    RelDay(i32),
    Mod(i32),
    Part,
    Past,
    Future,
    Vague(String),
}

/// Tense of the clause around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// How to read ambiguous expressions.
#[derive(Debug, Clone, Copy)]
pub struct TimeOptions {
    /// Month and weekday names must be capitalised (news text). Off for
    /// lower-case phrase lists.
    pub strict_case: bool,
    /// Tense used for bare weekdays/months when the clause shows none.
    pub default_tense: Tense,
}

impl Default for TimeOptions {
    fn default() -> Self {
        TimeOptions {
            strict_case: true,
            default_tense: Tense::Past,
        }
    }
}

/// What an expression says, before it is anchored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spec {
    Day {
        y: Option<i32>,
        m: u32,
        d: u32,
    },
    Month {
        y: Option<i32>,
        m: u32,
        shift: Option<i32>,
    },
    Year(i32),
    /// A quarter of a year ("the third quarter", "fourth-quarter").
    Quarter {
        y: Option<i32>,
        q: u32,
    },
    /// A day of month that falls on a weekday ("Tuesday the 19th", "Fri, Jul 18").
    DayWd {
        m: Option<u32>,
        d: u32,
        wd: u32,
    },
    /// "March in a year".
    MonthYearsAhead {
        m: u32,
        n: i32,
    },
    /// shift: None = by tense, Some(0) this, Some(1) next, Some(-1) last, Some(2) after next.
    Weekday {
        wd: u32,
        shift: Option<i32>,
    },
    /// A weekday of the week `week_shift` weeks from the anchor's week.
    WeekdayOfWeek {
        wd: u32,
        week_shift: i32,
    },
    RelDay(i32),
    /// this/last/next unit (precision = unit).
    RelUnit {
        unit: Unit,
        n: i32,
    },
    /// n units from the anchor (negative = ago), precision day (year for years).
    Offset {
        unit: Unit,
        n: i32,
    },
    /// A day-offset interval from the anchor ("hours earlier" = -1..0).
    Interval {
        from: i32,
        to: i32,
    },
    Since(Box<Spec>),
    /// n units after/before some other event: not anchored to the story.
    Relative {
        unit: Unit,
        n: i32,
    },
    Vague(String),
}

/// A found expression: span, reading, and its normalised value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub spec: Spec,
    pub value: String,
    pub precision: String,
}

/// Slots of [`LexMemo`].
const MEMO_SLOTS: usize = 8;

/// The [`Times::lex`] answers for the tokens of the sentence that
/// [`Times::find_in`] is matching: `range` is the address range of its
/// token slice (borrowed, so unchanged, while it runs; empty otherwise),
/// each slot holds (token address, lexicon index), direct-mapped by the
/// token's position.
struct LexMemo {
    range: Cell<(usize, usize)>,
    slots: [Cell<(usize, u32)>; MEMO_SLOTS],
}

thread_local! {
    static LEX_MEMO: LexMemo = const {
        LexMemo {
            range: Cell::new((0, 0)),
            slots: [const { Cell::new((0, 0)) }; MEMO_SLOTS],
        }
    };
}

/// The time lexicon (data/time_words.tsv + data/numbers.tsv).
#[derive(Debug, Clone)]
pub struct Times {
    /// Word -> its entries in `lexes`.
    words: FastMap<String, u32>,
    lexes: Vec<Vec<Lex>>,
    numbers: Numbers,
    /// The words that may begin an expression: the lexicon's (but those
    /// that are only tense cues or day parts), the number words and
    /// the `time_start` list (one lookup in [`Times::may_start`]).
    starters: FastSet<String>,
    /// The function-word lists (`time_prep`, `time_start`), and the bits
    /// of [`shape`] of the `time_prep` words (a word whose bit is clear
    /// is not one).
    lists: WordLists,
    prep_shapes: Vec<u64>,
    /// Bits of [`shape`] of the words of `starters`: a word whose bit is
    /// clear is not one.
    shapes: Vec<u64>,
    /// [`Shapes`] of `words` (most tokens are in no rule: a cheap miss).
    wshapes: Shapes,
}

/// Number of [`shape`] bits.
const SHAPES: usize = 1 << 14;

/// A cheap fingerprint of a word: first byte, last byte, length.
fn shape(w: &str) -> usize {
    let b = w.as_bytes();
    let (f, l) = (
        b.first().copied().unwrap_or(0) as usize,
        b.last().copied().unwrap_or(0) as usize,
    );
    ((f * 31 + l) * 17 + b.len().min(16)) % SHAPES
}

static EMBEDDED: OnceLock<Option<Times>> = OnceLock::new();

/// Finds and normalises the temporal expressions of `text` against the ISO
/// publication date `date` (None: relative ones stay symbolic).
pub fn find_times(text: &str, date: Option<&str>) -> Vec<TimeExpr> {
    let Some(t) = EMBEDDED.get_or_init(|| Times::embedded().ok()).as_ref() else {
        return Vec::new();
    };
    let anchor = date.and_then(parse_iso_date);
    let mut toks = Vec::new();
    let mut out = Vec::new();
    for (i, (s, e)) in crate::lexicon::split_sentences(text)
        .into_iter()
        .enumerate()
    {
        toks.clear();
        tokenize(text, s, e, &mut toks);
        for f in t.find_in(&toks, anchor, TimeOptions::default(), None) {
            out.push(TimeExpr {
                start: f.start,
                end: f.end,
                text: text[f.start..f.end].to_string(),
                value: f.value,
                precision: f.precision,
                sentence: i,
            });
        }
    }
    out
}

fn unit_code(u: &str) -> Option<Unit> {
    Some(match u {
        "D" => Unit::Day,
        "W" => Unit::Week,
        "E" => Unit::Weekend,
        "M" => Unit::Month,
        "Y" => Unit::Year,
        "H" => Unit::Hour,
        "N" => Unit::Minute,
        _ => return None,
    })
}

const WD: [&str; 7] = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

impl Times {
    pub fn embedded() -> Result<Times, AttributesError> {
        Self::parse(include_str!("../data/time_words.tsv"), Numbers::embedded()?)
    }

    pub fn parse(text: &str, numbers: Numbers) -> Result<Times, AttributesError> {
        let lists = WordLists::embedded()?;
        let mut words: FastMap<String, Vec<Lex>> = FastMap::default();
        for (line, f) in tsv_rows("time_words.tsv", text, 2)? {
            let val = f.get(2).map_or("", |v| v.trim());
            let bad = |m: &str| AttributesError::Data {
                file: "time_words.tsv",
                line,
                message: m.to_string(),
            };
            let num = || val.parse::<i32>().map_err(|_| bad("bad number"));
            let lex = match f[1].trim() {
                "month" => Lex::Month(num()? as u32),
                "weekday" => Lex::Weekday(num()? as u32),
                "ordinal" => Lex::Ordinal(num()? as u32),
                "unit" => Lex::Unit(unit_code(val).ok_or_else(|| bad("bad unit"))?),
                "relday" => Lex::RelDay(num()?),
                "mod" => Lex::Mod(num()?),
                "part" => Lex::Part,
                "past" => Lex::Past,
                "future" => Lex::Future,
                "vague" => Lex::Vague(val.to_string()),
                other => return Err(bad(&format!("unknown category {other:?}"))),
            };
            words
                .entry(f[0].trim().to_lowercase())
                .or_default()
                .push(lex);
        }
        // (a word whose entries are all tense cues or day parts, "said",
        // "will", "morning", starts no rule of `match_core`)
        let starts = |v: &Vec<Lex>| {
            v.iter()
                .any(|l| !matches!(l, Lex::Past | Lex::Future | Lex::Part))
        };
        let starters: FastSet<String> = words
            .iter()
            .filter(|(_, v)| starts(v))
            .map(|(w, _)| w.as_str())
            .chain(numbers.word_keys())
            .chain(lists.words_of(List::TimeStart))
            .map(str::to_string)
            .collect();
        let mut shapes = vec![0u64; SHAPES / 64];
        for w in &starters {
            let k = shape(w);
            shapes[k / 64] |= 1 << (k % 64);
        }
        let mut lexes = Vec::with_capacity(words.len());
        let mut ids = FastMap::default();
        for (w, v) in words {
            ids.insert(w, lexes.len() as u32);
            lexes.push(v);
        }
        Ok(Times {
            wshapes: Shapes::new(ids.keys().map(String::as_str)),
            words: ids,
            lexes,
            numbers,
            starters,
            shapes,
            prep_shapes: {
                let mut b = vec![0u64; SHAPES / 64];
                for w in lists.words_of(List::TimePrep) {
                    let k = shape(w);
                    b[k / 64] |= 1 << (k % 64);
                }
                b
            },
            lists,
        })
    }

    /// Is `w` a preposition that may precede an expression ("in March",
    /// "since 2014"; the `time_prep` list)? Only a word with the [`shape`]
    /// of one is looked up.
    #[inline]
    fn is_prep(&self, w: &str) -> bool {
        let k = shape(w);
        self.prep_shapes
            .get(k / 64)
            .is_some_and(|b| b >> (k % 64) & 1 != 0)
            && self.lists.has(List::TimePrep, w)
    }

    /// May `w` be in `starters`? (false: surely not)
    fn maybe(&self, w: &str) -> bool {
        let k = shape(w);
        self.shapes[k / 64] & (1 << (k % 64)) != 0
    }

    /// Can this token begin an expression (after an optional preposition)?
    /// (false: `match_core` finds nothing at it)
    fn may_start(&self, t: &Tok) -> bool {
        let w = t.lower.as_str();
        t.kind == TokKind::Num
            || w.as_bytes().first().is_some_and(u8::is_ascii_digit)
            || (self.maybe(w) && self.starters.contains(w))
            || w.strip_suffix("'s")
                .is_some_and(|b| self.wshapes.may(b) && self.words.contains_key(b))
    }

    fn lex(&self, t: &Tok) -> &[Lex] {
        // the matcher asks about the same few tokens again and again: the
        // answers for the tokens of the sentence being matched are kept
        // (see [`LexMemo`])
        let addr = std::ptr::from_ref(t) as usize;
        let k = LEX_MEMO.with(|m| {
            let (lo, hi) = m.range.get();
            if addr < lo || addr >= hi {
                return self.lex_id(t);
            }
            let slot = &m.slots[(addr / std::mem::size_of::<Tok>()) % MEMO_SLOTS];
            let (a, k) = slot.get();
            if a == addr {
                return k;
            }
            let k = self.lex_id(t);
            slot.set((addr, k));
            k
        });
        self.lexes.get(k as usize).map_or(&[], Vec::as_slice)
    }

    /// The index of a token's entries in `lexes` (`u32::MAX`: none).
    fn lex_id(&self, t: &Tok) -> u32 {
        let w = t.lower.as_str();
        if !self.wshapes.may(w) {
            return u32::MAX;
        }
        self.words.get(w).copied().unwrap_or(u32::MAX)
    }

    fn month(&self, t: &Tok, opt: &TimeOptions, loose: bool) -> Option<u32> {
        let m = self.lex(t).iter().find_map(|l| match l {
            Lex::Month(m) => Some(*m),
            _ => None,
        })?;
        if opt.strict_case && !t.cap {
            return None;
        }
        // short forms need the dot or a full name; "May"/"March" alone need context
        let full = t.lower.len() > 3 || t.lower == "may";
        if !full && !t.dot && opt.strict_case && !loose && t.lower != "sept" {
            return None;
        }
        Some(m)
    }

    fn weekday_of(&self, t: &Tok, opt: &TimeOptions) -> Option<u32> {
        let w = self.lex(t).iter().find_map(|l| match l {
            Lex::Weekday(w) => Some(*w),
            _ => None,
        })?;
        if opt.strict_case && !t.cap {
            return None;
        }
        if opt.strict_case && t.lower.len() <= 4 && !t.dot {
            return None; // "Sun", "Wed" without a dot: too ambiguous in prose
        }
        Some(w)
    }

    fn has(&self, t: &Tok, f: impl Fn(&Lex) -> bool) -> bool {
        self.lex(t).iter().any(f)
    }

    fn unit(&self, t: &Tok) -> Option<Unit> {
        self.lex(t).iter().find_map(|l| match l {
            Lex::Unit(u) => Some(*u),
            _ => None,
        })
    }

    fn modv(&self, t: &Tok) -> Option<i32> {
        self.lex(t).iter().find_map(|l| match l {
            Lex::Mod(m) => Some(*m),
            _ => None,
        })
    }

    /// A day of month: "17", "17th", "first".
    fn day_num(&self, t: &Tok) -> Option<u32> {
        let v = if t.kind == TokKind::Num {
            if t.lower.len() > 2 {
                return None;
            }
            t.lower.parse::<u32>().ok()?
        } else if let Some(o) = self.lex(t).iter().find_map(|l| match l {
            Lex::Ordinal(o) => Some(*o),
            _ => None,
        }) {
            o
        } else {
            let l = t.lower.as_str();
            let digits = l.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suf = &l[digits.len()..];
            if digits.is_empty() || digits.len() > 2 || !matches!(suf, "st" | "nd" | "rd" | "th") {
                return None;
            }
            digits.parse::<u32>().ok()?
        };
        (1..=31).contains(&v).then_some(v)
    }

    fn year_num(t: &Tok) -> Option<i32> {
        if t.kind != TokKind::Num || t.lower.len() != 4 {
            return None;
        }
        let y: i32 = t.lower.parse().ok()?;
        (1000..=2199).contains(&y).then_some(y)
    }

    /// Finds expressions in a piece of text taken as one sentence.
    pub fn find_text(&self, text: &str, anchor: Option<&str>, opt: TimeOptions) -> Vec<Found> {
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        self.find_in(&toks, anchor.and_then(parse_iso_date), opt, None)
    }

    /// Finds expressions in one sentence's tokens. `xpos` (parallel to
    /// `toks`) gives Penn tags when a parse exists, for tense.
    pub fn find_in(
        &self,
        toks: &[Tok],
        anchor: Option<i32>,
        opt: TimeOptions,
        xpos: Option<&[&str]>,
    ) -> Vec<Found> {
        // the look-ups of `lex` are kept for these tokens (borrowed, so
        // unchanged, until the end)
        LEX_MEMO.with(|m| {
            let lo = toks.as_ptr() as usize;
            m.range.set((lo, lo + std::mem::size_of_val(toks)));
            for s in &m.slots {
                s.set((0, 0));
            }
        });
        let out = self.find_in_toks(toks, anchor, opt, xpos);
        LEX_MEMO.with(|m| m.range.set((0, 0)));
        out
    }

    fn find_in_toks(
        &self,
        toks: &[Tok],
        anchor: Option<i32>,
        opt: TimeOptions,
        xpos: Option<&[&str]>,
    ) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            // cheap filter: most tokens cannot start an expression
            let w = toks[i].lower.as_str();
            let prep = self.is_prep(w);
            if !(self.may_start(&toks[i]) || prep)
                || (prep && !toks.get(i + 1).is_some_and(|n| self.may_start(n)))
            {
                i += 1;
                continue;
            }
            if let Some((s, e, spec)) = self.match_at(toks, i, &opt) {
                let tense = self.tense(toks, s, e, xpos, opt.default_tense);
                let (value, precision) = resolve(&spec, anchor, tense);
                out.push(Found {
                    start: toks[s].start,
                    end: toks[e - 1].end,
                    spec,
                    value,
                    precision,
                });
                i = e;
            } else {
                i += 1;
            }
        }
        out
    }

    /// Tense of the clause: the nearest tense cue to the expression.
    fn tense(
        &self,
        toks: &[Tok],
        s: usize,
        e: usize,
        xpos: Option<&[&str]>,
        default: Tense,
    ) -> Tense {
        let cue = |k: usize| -> Option<Tense> {
            let t = &toks[k];
            if let Some(x) = xpos.and_then(|x| x.get(k)) {
                match *x {
                    "VBD" => return Some(Tense::Past),
                    "MD" if matches!(t.lower.as_str(), "will" | "'ll" | "shall" | "would") => {
                        return Some(Tense::Future)
                    }
                    _ => {}
                }
            }
            // (one look-up for both)
            let lx = self.lex(t);
            if lx.contains(&Lex::Future) {
                return Some(Tense::Future);
            }
            if lx.contains(&Lex::Past) {
                return Some(Tense::Past);
            }
            if xpos.is_none()
                && t.kind == TokKind::Word
                && t.lower.len() > 4
                && t.lower.ends_with("ed")
                && !t.cap
            {
                return Some(Tense::Past);
            }
            None
        };
        for d in 1..toks.len() {
            let mut found = None;
            if s >= d {
                found = cue(s - d);
            }
            if found.is_none() && e - 1 + d < toks.len() {
                found = cue(e - 1 + d);
            }
            if let Some(t) = found {
                return t;
            }
            if s < d && e - 1 + d >= toks.len() {
                break;
            }
        }
        default
    }

    /// The rule matching at token `i`: (first token of the span, end
    /// token (exclusive), reading).
    fn match_at(&self, t: &[Tok], i: usize, opt: &TimeOptions) -> Option<(usize, usize, Spec)> {
        let w = t[i].lower.as_str();
        // since X -> interval from X to the anchor
        if w == "since" && i + 1 < t.len() {
            let (n, inner) = self.match_core(t, i + 1, opt, true)?;
            if matches!(inner, Spec::Vague(_) | Spec::Relative { .. }) {
                return None;
            }
            return Some((i, i + 1 + n, Spec::Since(Box::new(inner))));
        }
        // "in March", "in 2014", "during March": the preposition licenses bare
        // forms but is not part of the span
        // ("since" has its own reading above)
        if self.is_prep(w) && w != "since" && i + 1 < t.len() {
            let (n, spec) = self.match_core(t, i + 1, opt, true)?;
            if let Spec::Relative { unit, n: k } = spec {
                // "in three days": forward from the anchor
                if w == "in" {
                    return Some((i, i + 1 + n, Spec::Offset { unit, n: k }));
                }
                return None;
            }
            let s = if t[i + 1].lower == "the" && n > 1 {
                i + 2
            } else {
                i + 1
            };
            return Some((s, i + 1 + n, spec));
        }
        let (n, spec) = self.match_core(t, i, opt, false)?;
        if let Spec::Relative { .. } = spec {
            if !matches!(
                t.get(i + n - 1).map(|x| x.lower.as_str()),
                Some("after" | "before" | "since")
            ) {
                return None;
            }
        }
        let s = if w == "the" && n > 1 { i + 1 } else { i };
        Some((s, i + n, spec))
    }

    /// Core rules at `i`. `licensed`: a preposition before allows bare
    /// months and years.
    fn match_core(
        &self,
        t: &[Tok],
        i: usize,
        opt: &TimeOptions,
        licensed: bool,
    ) -> Option<(usize, Spec)> {
        let n = t.len();
        let at = |k: usize| t.get(k);
        let lw = |k: usize| t.get(k).map_or("", |x| x.lower.as_str());
        let cur = at(i)?;
        let w = cur.lower.as_str();

        // "a"/"an" (number words with no entry of their own) start a count
        // ("a week ago", "a dozen years"): the next word must be a unit or
        // a number word, both starters
        if matches!(w, "a" | "an")
            && self.lex(cur).is_empty()
            && !at(i + 1).is_some_and(|x| self.may_start(x))
        {
            return None;
        }

        // ---- numeric dates
        if cur.kind == TokKind::Num {
            if let Some(s) = numeric_date(&cur.lower) {
                return Some((1, s));
            }
        }

        // ---- "the" prefix: "the 15th of february", "the day before yesterday", "the week of"
        if w == "the" {
            if lw(i + 1) == "day" && lw(i + 2) == "before" && lw(i + 3) == "yesterday" {
                return Some((4, Spec::RelDay(-2)));
            }
            if lw(i + 1) == "day" && lw(i + 2) == "after" && lw(i + 3) == "tomorrow" {
                return Some((4, Spec::RelDay(2)));
            }
            if lw(i + 1) == "ides" && lw(i + 2) == "of" {
                if let Some(m) = at(i + 3).and_then(|x| self.month(x, opt, true)) {
                    let d = if matches!(m, 3 | 5 | 7 | 10) { 15 } else { 13 };
                    return Some((4, Spec::Day { y: None, m, d }));
                }
            }
            // (no rule matches at a word that cannot start one)
            if let Some((k, s)) = at(i + 1)
                .filter(|x| self.may_start(x))
                .and_then(|_| self.match_core(t, i + 1, opt, licensed))
            {
                if matches!(
                    s,
                    Spec::Day { .. } | Spec::RelUnit { .. } | Spec::Month { .. }
                ) {
                    return Some((k + 1, s));
                }
            }
            return None;
        }

        // ---- day-first: "17 April [2025]", "17th of April", "1st of march"
        if let Some(d) = self.day_num(cur) {
            let mut k = i + 1;
            let mut sep = None;
            if matches!(lw(k), "of" | "/" | "-") {
                sep = Some(lw(k));
                k += 1;
            }
            if let Some(m) = at(k).and_then(|x| self.month(x, opt, true)) {
                let mut len = k + 1 - i;
                let mut y = None;
                let mut k2 = k + 1;
                if lw(k2) == "," || (sep.is_some() && lw(k2) == sep.unwrap_or("")) {
                    k2 += 1;
                }
                if let Some(yy) = at(k2).and_then(Times::year_num) {
                    y = Some(yy);
                    len = k2 + 1 - i;
                } else if let Some(yy) = at(k2).and_then(short_year) {
                    y = Some(yy);
                    len = k2 + 1 - i;
                }
                if d <= days_in_month(y.unwrap_or(2000), m) {
                    return Some((len, Spec::Day { y, m, d }));
                }
            }
        }

        // ---- quarters: "third quarter [of 1990]", "third-quarter"
        {
            let (q, len) = match w.split_once('-') {
                Some((o, "quarter")) => (quarter_of(o), 1),
                _ if lw(i + 1) == "quarter" => (quarter_of(w), 2),
                _ => (None, 0),
            };
            if let Some(q) = q {
                if lw(i + len) == "of" {
                    if let Some(y) = at(i + len + 1).and_then(Times::year_num) {
                        return Some((len + 2, Spec::Quarter { y: Some(y), q }));
                    }
                }
                return Some((len, Spec::Quarter { y: None, q }));
            }
        }

        // ---- "early/mid/late March [2014]"
        if matches!(w, "early" | "mid" | "late" | "mid-") {
            if let Some(m) = at(i + 1).and_then(|x| self.month(x, opt, true)) {
                if let Some(y) = at(i + 2).and_then(Times::year_num) {
                    return Some((
                        3,
                        Spec::Month {
                            y: Some(y),
                            m,
                            shift: None,
                        },
                    ));
                }
                return Some((
                    2,
                    Spec::Month {
                        y: None,
                        m,
                        shift: None,
                    },
                ));
            }
            if let Some(y) = at(i + 1).and_then(Times::year_num) {
                return Some((2, Spec::Year(y)));
            }
        }

        // ---- month-first
        if let Some(m) = self.month(
            cur,
            opt,
            licensed || at(i + 1).is_some_and(|x| x.kind != TokKind::Punct),
        ) {
            let mut k = i + 1;
            if lw(k) == "the" {
                k += 1;
            }
            if let Some(d) = at(k).and_then(|x| self.day_num(x)) {
                // "March 3 2015", "April 17, 2025", "march 3rd"
                let mut len = k + 1 - i;
                let mut y = None;
                let mut k2 = k + 1;
                if lw(k2) == "," {
                    k2 += 1;
                }
                if let Some(yy) = at(k2).and_then(Times::year_num) {
                    y = Some(yy);
                    len = k2 + 1 - i;
                } else if lw(k2 - 1) == "," {
                    if let Some(wd) = at(k2).and_then(|x| self.weekday_of(x, opt)) {
                        return Some((k2 + 1 - i, Spec::DayWd { m: Some(m), d, wd }));
                    }
                }
                if d <= days_in_month(y.unwrap_or(2000), m) {
                    return Some((len, Spec::Day { y, m, d }));
                }
            }
            // "October 2014", "April, 2025"
            let mut k2 = i + 1;
            if lw(k2) == "," {
                k2 += 1;
            }
            if let Some(y) = at(k2).and_then(Times::year_num) {
                return Some((
                    k2 + 1 - i,
                    Spec::Month {
                        y: Some(y),
                        m,
                        shift: None,
                    },
                ));
            }
            // "March after next"
            if lw(i + 1) == "after" && lw(i + 2) == "next" {
                return Some((
                    3,
                    Spec::Month {
                        y: None,
                        m,
                        shift: Some(2),
                    },
                ));
            }
            // "March in a year"
            if lw(i + 1) == "in" && matches!(lw(i + 2), "a" | "1" | "one") && lw(i + 3) == "year" {
                return Some((4, Spec::MonthYearsAhead { m, n: 1 }));
            }
            // bare month: needs a capital (strict) and, for "May"/"March", a licence
            let ambiguous = matches!(w, "may" | "march");
            if !ambiguous || licensed || !opt.strict_case {
                return Some((
                    1,
                    Spec::Month {
                        y: None,
                        m,
                        shift: None,
                    },
                ));
            }
            return None;
        }

        // ---- weekdays
        if let Some(wd) = self.weekday_of(cur, opt) {
            let mut len = 1;
            // "Monday, Feb 18", "Tuesday the 19th", "Thu 15th"
            let mut k = i + 1;
            if lw(k) == "," {
                k += 1;
            }
            if let Some((l2, s)) = self.match_core(t, k, opt, true) {
                match s {
                    Spec::Day { y: Some(_), .. } => return Some((k + l2 - i, s)),
                    Spec::Day { y: None, m, d } => {
                        return Some((k + l2 - i, Spec::DayWd { m: Some(m), d, wd }))
                    }
                    _ => {}
                }
            }
            if lw(i + 1) == "the" {
                if let Some(d) = at(i + 2).and_then(|x| self.day_num(x)) {
                    return Some((3, Spec::DayWd { m: None, d, wd }));
                }
            }
            if let Some(d) =
                at(i + 1).and_then(|x| (x.kind == TokKind::Word).then(|| self.day_num(x)).flatten())
            {
                return Some((2, Spec::DayWd { m: None, d, wd }));
            }
            // "Wednesday night"
            if at(i + 1).is_some_and(|x| self.has(x, |l| *l == Lex::Part)) {
                len = 2;
            }
            // "friday after next"
            if lw(i + len) == "after" && lw(i + len + 1) == "next" {
                return Some((len + 2, Spec::Weekday { wd, shift: Some(2) }));
            }
            // "wednesday of next week", "wednesday next week", "monday of this week"
            let mut k = i + len;
            if lw(k) == "of" {
                k += 1;
            }
            if let Some(md) = at(k).and_then(|x| self.modv(x)) {
                if at(k + 1).and_then(|x| self.unit(x)) == Some(Unit::Week) {
                    return Some((k + 2 - i, Spec::WeekdayOfWeek { wd, week_shift: md }));
                }
            }
            // "Thursday's talks": possessive is fine, the token is "thursday's"
            return Some((len, Spec::Weekday { wd, shift: None }));
        }
        // possessive weekday "Thursday's"
        if let Some(base) = w.strip_suffix("'s") {
            if let Some(wd) = self.words.get(base).and_then(|&k| {
                let v = self.lexes.get(k as usize)?;
                v.iter().find_map(|l| match l {
                    Lex::Weekday(x) => Some(*x),
                    _ => None,
                })
            }) {
                if cur.cap || !opt.strict_case {
                    return Some((1, Spec::Weekday { wd, shift: None }));
                }
            }
        }

        // ---- relative days: "yesterday [morning]", "today", "tonight"
        if let Some(d) = self.lex(cur).iter().find_map(|l| match l {
            Lex::RelDay(d) => Some(*d),
            _ => None,
        }) {
            let len = if at(i + 1).is_some_and(|x| self.has(x, |l| *l == Lex::Part)) {
                2
            } else {
                1
            };
            return Some((len, Spec::RelDay(d)));
        }

        // ---- "last night", "this morning"
        if let Some(md) = self.modv(cur) {
            let next = at(i + 1)?;
            if self.has(next, |l| *l == Lex::Part) {
                let d = if md == -1 && next.lower == "night" {
                    -1
                } else {
                    0
                };
                if md == 0 || (md == -1 && next.lower == "night") {
                    return Some((2, Spec::RelDay(d)));
                }
            }
            // "next tuesday", "last sunday", "this monday"
            if let Some(wd) = self.weekday_of(
                next,
                &TimeOptions {
                    strict_case: false,
                    ..*opt
                },
            ) {
                if next.cap || !opt.strict_case {
                    let mut len = 2;
                    if at(i + 2).is_some_and(|x| self.has(x, |l| *l == Lex::Part)) {
                        len = 3;
                    }
                    return Some((
                        len,
                        Spec::Weekday {
                            wd,
                            shift: Some(md),
                        },
                    ));
                }
            }
            // "next March", "last May"
            if let Some(m) = self.month(next, opt, true) {
                return Some((
                    2,
                    Spec::Month {
                        y: None,
                        m,
                        shift: Some(md),
                    },
                ));
            }
            // "last week", "next month", "this year", "the coming weeks"
            if let Some(u) = self.unit(next) {
                if matches!(u, Unit::Hour | Unit::Minute | Unit::Day) {
                    return None;
                }
                if next.lower.ends_with('s') {
                    // "the coming weeks", "the past months": vague
                    let v = if md > 0 { "FUTURE_REF" } else { "PAST_REF" };
                    return Some((2, Spec::Vague(v.into())));
                }
                return Some((2, Spec::RelUnit { unit: u, n: md }));
            }
            // "next two weeks", "past three years": vague spans
            if let Some((_, _, used)) = self.numbers.phrase(&[lw(i + 1), lw(i + 2), lw(i + 3)]) {
                if at(i + 1 + used).and_then(|x| self.unit(x)).is_some() {
                    let v = if md > 0 { "FUTURE_REF" } else { "PAST_REF" };
                    return Some((used + 2, Spec::Vague(v.into())));
                }
            }
            return None;
        }

        // ---- "earlier this month", "later this week", "earlier in the year"
        if matches!(w, "earlier" | "later") {
            let mut k = i + 1;
            if lw(k) == "in" {
                k += 1;
            }
            if matches!(lw(k), "this" | "the") {
                if let Some(u) = at(k + 1).and_then(|x| self.unit(x)) {
                    if matches!(u, Unit::Week | Unit::Month | Unit::Year) {
                        return Some((k + 2 - i, Spec::RelUnit { unit: u, n: 0 }));
                    }
                }
            }
            return None;
        }

        // ---- "hours earlier", "hours later", "minutes earlier"
        if let Some(u @ (Unit::Hour | Unit::Minute)) = self.unit(cur) {
            match lw(i + 1) {
                "earlier" | "before" | "ago" => {
                    return Some((2, Spec::Interval { from: -1, to: 0 }))
                }
                "later" | "after" => {
                    let _ = u;
                    return Some((2, Spec::Interval { from: 0, to: 1 }));
                }
                _ => return None,
            }
        }

        // ---- vague: "now", "recently", "recent weeks", "in recent days"
        if let Some(v) = self.lex(cur).iter().find_map(|l| match l {
            Lex::Vague(v) => Some(v.clone()),
            _ => None,
        }) {
            if w == "recent" {
                if at(i + 1).and_then(|x| self.unit(x)).is_some() {
                    return Some((2, Spec::Vague(v)));
                }
                return None;
            }
            return Some((1, Spec::Vague(v)));
        }

        // ---- counts of units: "three years ago", "a week ago", "3 years from today",
        //      "two days later", "three years after", "3 fridays from now"
        if cur.kind == TokKind::Num || self.numbers.word(w).is_some() {
            // (the next four words in an array: no allocation)
            let mut words = [""; 4];
            let m = (i + 4).min(n) - i;
            for (k, x) in words[..m].iter_mut().enumerate() {
                *x = t[i + k].lower.as_str();
            }
            let phrase =
                if matches!(w, "a" | "an") && at(i + 1).and_then(|x| self.unit(x)).is_some() {
                    Some((1, false, 1))
                } else {
                    self.numbers.phrase(&words[..m])
                };
            if let Some((v, _, used)) = phrase {
                let k = i + used;
                let v = v.min(100_000) as i32;
                if let Some(u) = at(k).and_then(|x| self.unit(x)) {
                    match lw(k + 1) {
                        "ago" | "back" | "earlier" => {
                            return Some((used + 2, Spec::Offset { unit: u, n: -v }))
                        }
                        "hence" | "later" => {
                            return Some((used + 2, Spec::Offset { unit: u, n: v }))
                        }
                        "from" if matches!(lw(k + 2), "now" | "today") => {
                            return Some((used + 3, Spec::Offset { unit: u, n: v }))
                        }
                        "after" | "before" | "since" => {
                            let sign = if lw(k + 1) == "before" { -1 } else { 1 };
                            return Some((
                                used + 2,
                                Spec::Relative {
                                    unit: u,
                                    n: sign * v,
                                },
                            ));
                        }
                        _ => {
                            if licensed {
                                return Some((used + 1, Spec::Relative { unit: u, n: v }));
                            }
                        }
                    }
                }
                // "3 fridays from now", "2 thursdays ago"
                if let Some(wd) = at(k).and_then(|x| {
                    self.weekday_of(
                        x,
                        &TimeOptions {
                            strict_case: false,
                            ..*opt
                        },
                    )
                }) {
                    if matches!(lw(k + 1), "from" | "ago" | "back") {
                        let fwd = lw(k + 1) == "from";
                        let len = if fwd { used + 3 } else { used + 2 };
                        let shift = if fwd { v } else { -v };
                        return Some((
                            len,
                            Spec::Weekday {
                                wd,
                                shift: Some(shift),
                            },
                        ));
                    }
                }
            }
            // bare year
            if let Some(y) = Times::year_num(cur) {
                let prev_ok = i == 0
                    || licensed
                    || matches!(
                        t[i - 1].lower.as_str(),
                        "of" | "to"
                            | "and"
                            | ","
                            | "("
                            | "since"
                            | "the"
                            | "fiscal"
                            | "early"
                            | "late"
                            | "mid"
                            | "until"
                            | "by"
                            | "from"
                            | "in"
                    );
                let next = at(i + 1);
                let next_ok = next
                    .is_none_or(|x| x.kind == TokKind::Punct && x.lower != "%" && x.lower != "-");
                let ad = matches!(lw(i + 1), "ad" | "a.d");
                if ad {
                    return Some((2, Spec::Year(y)));
                }
                if prev_ok || next_ok {
                    return Some((1, Spec::Year(y)));
                }
            }
        }
        None
    }
}

/// "2015-03-03", "2015-3-3", "3/3/2015", "10/31/74", "10-31-74",
/// "10.31.1974", "2014-10", "2014/10", "2/2013".
fn numeric_date(s: &str) -> Option<Spec> {
    // (most numbers have no separator: no list for them)
    // (the separators are ASCII: a byte search)
    let sep = char::from(
        *s.as_bytes()
            .iter()
            .find(|b| matches!(b, b'-' | b'/' | b'.'))?,
    );
    // at most three parts of digits, no list built; a part too long for
    // an `i32` reads as no date
    let mut parts = [""; 3];
    let mut nums = [0i32; 3];
    let mut np = 0;
    for p in s.split(['-', '/', '.']) {
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) || np == 3 {
            return None;
        }
        parts[np] = p;
        nums[np] = p.parse().ok()?;
        np += 1;
    }
    let parts = &parts[..np];
    match (parts.len(), parts[0].len()) {
        (3, 4) => {
            let (y, m, d) = (nums[0], nums[1] as u32, nums[2] as u32);
            valid(y, m, d).then_some(Spec::Day { y: Some(y), m, d })
        }
        (3, 1 | 2) if sep != '.' || parts[2].len() == 4 => {
            let (m, d) = (nums[0] as u32, nums[1] as u32);
            let y = match parts[2].len() {
                4 => nums[2],
                2 => 1900 + nums[2] + if nums[2] < 50 { 100 } else { 0 },
                _ => return None,
            };
            valid(y, m, d).then_some(Spec::Day { y: Some(y), m, d })
        }
        (2, 4) if sep != '.' => {
            let m = nums[1] as u32;
            (1..=12).contains(&m).then_some(Spec::Month {
                y: Some(nums[0]),
                m,
                shift: None,
            })
        }
        (2, 1 | 2) if parts[1].len() == 4 && sep == '/' => {
            let m = nums[0] as u32;
            (1..=12).contains(&m).then_some(Spec::Month {
                y: Some(nums[1]),
                m,
                shift: None,
            })
        }
        _ => None,
    }
}

fn quarter_of(w: &str) -> Option<u32> {
    Some(match w {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

fn short_year(t: &Tok) -> Option<i32> {
    if t.kind != TokKind::Num || t.lower.len() != 2 {
        return None;
    }
    let v: i32 = t.lower.parse().ok()?;
    Some(if v < 50 { 2000 + v } else { 1900 + v })
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) && (1000..=2199).contains(&y)
}

fn add_months(days: i32, n: i32) -> i32 {
    let (y, m, d) = civil_from_days(days);
    let total = y * 12 + (m as i32 - 1) + n;
    let (ny, nm) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32);
    days_from_civil(ny, nm, d.min(days_in_month(ny, nm)))
}

fn fmt_week(days: i32) -> String {
    let (y, w) = iso_week(days);
    format!("{y:04}-W{w:02}")
}

fn fmt_month(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

fn fmt_year(y: i32) -> String {
    if y < 0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    }
}

fn unit_letter(u: Unit) -> &'static str {
    match u {
        Unit::Day => "D",
        Unit::Week => "W",
        Unit::Weekend => "WE",
        Unit::Month => "M",
        Unit::Year => "Y",
        Unit::Hour => "H",
        Unit::Minute => "MIN",
    }
}

/// (value, precision) of a reading against an anchor day.
pub fn resolve(spec: &Spec, anchor: Option<i32>, tense: Tense) -> (String, String) {
    let p = |s: &str| s.to_string();
    match spec {
        Spec::Vague(v) => (v.clone(), p("vague")),
        Spec::Relative { unit, n } => (
            format!(
                "{}:P{}{}",
                if *n < 0 { "before" } else { "after" },
                n.abs(),
                unit_letter(*unit)
            ),
            p("unresolved"),
        ),
        Spec::Year(y) => (fmt_year(*y), p("year")),
        Spec::Quarter { y: Some(y), q } => (format!("{}-Q{q}", fmt_year(*y)), p("quarter")),
        Spec::Quarter { y: None, q } => match anchor {
            Some(a) => {
                let (ay, am, _) = civil_from_days(a);
                let cur = (am - 1) / 3 + 1;
                let y = if tense == Tense::Past && *q > cur {
                    ay - 1
                } else {
                    ay
                };
                (format!("{}-Q{q}", fmt_year(y)), p("quarter"))
            }
            None => (format!("XXXX-Q{q}"), p("unresolved")),
        },
        Spec::Day { y: Some(y), m, d } if *m > 0 => {
            (fmt_day(days_from_civil(*y, *m, *d)), p("day"))
        }
        Spec::Month { y: Some(y), m, .. } => (fmt_month(*y, *m), p("month")),
        Spec::Since(inner) => {
            let (v, prec) = resolve(inner, anchor, Tense::Past);
            match anchor {
                Some(a) if prec != "unresolved" => (format!("{v}/{}", fmt_day(a)), p("interval")),
                _ => (format!("since:{v}"), p("unresolved")),
            }
        }
        _ => match anchor {
            Some(a) => resolve_anchored(spec, a, tense),
            None => symbolic(spec),
        },
    }
}

fn symbolic(spec: &Spec) -> (String, String) {
    let u = |s: &str| (s.to_string(), "unresolved".to_string());
    match spec {
        Spec::Day { m, d, .. } if *m > 0 => u(&format!("XXXX-{m:02}-{d:02}")),
        Spec::Day { d, .. } => u(&format!("XXXX-XX-{d:02}")),
        Spec::DayWd { m: Some(m), d, .. } => u(&format!("XXXX-{m:02}-{d:02}")),
        Spec::DayWd { d, .. } => u(&format!("XXXX-XX-{d:02}")),
        Spec::MonthYearsAhead { m, n } => u(&format!("XXXX-{m:02}+{n}Y")),
        Spec::Month { m, shift: None, .. } => u(&format!("XXXX-{m:02}")),
        Spec::Month {
            m, shift: Some(s), ..
        } => u(&format!("XXXX-{m:02}{:+}", s)),
        Spec::Weekday { wd, shift } => {
            let name = WD[(*wd as usize).saturating_sub(1) % 7];
            match shift {
                None | Some(0) => u(&format!("weekday:{name}")),
                Some(s) => u(&format!("weekday:{name}{s:+}")),
            }
        }
        Spec::WeekdayOfWeek { wd, week_shift } => {
            let name = WD[(*wd as usize).saturating_sub(1) % 7];
            u(&format!("weekday:{name}@offset:{week_shift:+}W"))
        }
        Spec::RelDay(d) => u(&format!("offset:{d:+}D")),
        Spec::RelUnit { unit, n } => u(&format!("offset:{n:+}{}", unit_letter(*unit))),
        Spec::Offset { unit, n } => u(&format!("offset:{n:+}{}", unit_letter(*unit))),
        Spec::Interval { from, to } => u(&format!("offset:{from:+}D/{to:+}D")),
        _ => u("unknown"),
    }
}

fn resolve_anchored(spec: &Spec, a: i32, tense: Tense) -> (String, String) {
    let p = |s: &str| s.to_string();
    let (ay, am, _) = civil_from_days(a);
    match spec {
        Spec::Day { y: None, m, d } => {
            let m = if *m == 0 { am } else { *m };
            // "the 24": this month's 24th, or the next month's when past
            let mut y = ay;
            let mut day = days_from_civil(y, m, (*d).min(days_in_month(y, m)));
            match tense {
                // a past mention of a date just ahead is still this year
                Tense::Past if day > a + 120 => {
                    y -= 1;
                    day = days_from_civil(y, m, (*d).min(days_in_month(y, m)));
                }
                Tense::Future if day < a - 120 => {
                    y += 1;
                    day = days_from_civil(y, m, (*d).min(days_in_month(y, m)));
                }
                _ => {}
            }
            (fmt_day(day), p("day"))
        }
        Spec::Month { y: None, m, shift } => {
            let y = match shift {
                Some(s) if *s > 0 => {
                    // "next March": the coming one (s-1 more years)
                    let base = if *m > am { ay } else { ay + 1 };
                    base + s - 1
                }
                Some(s) if *s < 0 => {
                    if *m < am {
                        ay
                    } else {
                        ay - 1
                    }
                }
                Some(_) => ay,
                None => match tense {
                    Tense::Past if *m > am + 3 => ay - 1,
                    Tense::Future if *m + 3 < am => ay + 1,
                    _ => ay,
                },
            };
            (fmt_month(y, *m), p("month"))
        }
        Spec::MonthYearsAhead { m, n } => (fmt_month(ay + n, *m), p("month")),
        Spec::DayWd { m, d, wd } => {
            // the nearest date with that day of month (and month) on that weekday
            let mut best = None;
            for k in 0..(if m.is_some() { 57 } else { 49 }) {
                let off = match tense {
                    Tense::Future => k,
                    Tense::Past => -k,
                    Tense::Unknown => {
                        if k % 2 == 1 {
                            (k + 1) / 2
                        } else {
                            -(k / 2)
                        }
                    }
                };
                let (y, mm) = match m {
                    Some(mm) => (ay + off, *mm),
                    None => {
                        let t = ay * 12 + am as i32 - 1 + off;
                        (t.div_euclid(12), (t.rem_euclid(12) + 1) as u32)
                    }
                };
                if *d > days_in_month(y, mm) {
                    continue;
                }
                let day = days_from_civil(y, mm, *d);
                if weekday(day) == *wd {
                    best = Some(day);
                    break;
                }
            }
            match best {
                Some(day) => (fmt_day(day), p("day")),
                None => symbolic(spec),
            }
        }
        Spec::Weekday { wd, shift } => {
            let cur = weekday(a) as i32;
            let wd = *wd as i32;
            let day = match shift {
                None | Some(0) => match tense {
                    Tense::Future => {
                        let d = (wd - cur).rem_euclid(7);
                        a + if d == 0 && shift.is_none() { 7 } else { d }
                    }
                    _ => a - (cur - wd).rem_euclid(7),
                },
                Some(s) if *s > 0 => {
                    // next: the coming one (strictly after), s-1 weeks further
                    let d = (wd - cur).rem_euclid(7);
                    let d = if d == 0 { 7 } else { d };
                    a + d + 7 * (s - 1)
                }
                Some(s) => {
                    let d = (cur - wd).rem_euclid(7);
                    let d = if d == 0 { 7 } else { d };
                    a - d - 7 * (-s - 1)
                }
            };
            (fmt_day(day), p("day"))
        }
        Spec::WeekdayOfWeek { wd, week_shift } => {
            let monday = a - weekday(a) as i32 + 1 + 7 * week_shift;
            (fmt_day(monday + *wd as i32 - 1), p("day"))
        }
        Spec::RelDay(d) => (fmt_day(a + d), p("day")),
        Spec::RelUnit { unit, n } => match unit {
            Unit::Week => (fmt_week(a + 7 * n), p("week")),
            Unit::Weekend => {
                let sat = a - weekday(a) as i32 + 6 + 7 * n;
                (
                    format!("{}/{}", fmt_day(sat), fmt_day(sat + 1)),
                    p("interval"),
                )
            }
            Unit::Month => {
                let d = add_months(a, *n);
                let (y, m, _) = civil_from_days(d);
                (fmt_month(y, m), p("month"))
            }
            Unit::Year => (fmt_year(ay + n), p("year")),
            Unit::Day => (fmt_day(a + n), p("day")),
            Unit::Hour | Unit::Minute => (fmt_day(a), p("day")),
        },
        Spec::Offset { unit, n } => match unit {
            Unit::Day => (fmt_day(a + n), p("day")),
            Unit::Week | Unit::Weekend => (fmt_day(a + 7 * n), p("day")),
            Unit::Month => (fmt_day(add_months(a, *n)), p("day")),
            Unit::Year => (fmt_year(ay + n), p("year")),
            Unit::Hour | Unit::Minute => {
                if *n < 0 {
                    (format!("{}/{}", fmt_day(a - 1), fmt_day(a)), p("interval"))
                } else {
                    (format!("{}/{}", fmt_day(a), fmt_day(a + 1)), p("interval"))
                }
            }
        },
        Spec::Interval { from, to } => (
            format!("{}/{}", fmt_day(a + from), fmt_day(a + to)),
            p("interval"),
        ),
        _ => symbolic(spec),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Numeric dates read three parts of digits at most; a part too long
    /// for a number (which once panicked) reads as no date.
    #[test]
    fn numeric_dates_and_long_digit_runs() {
        assert!(matches!(
            numeric_date("2025-04-17"),
            Some(Spec::Day {
                y: Some(2025),
                m: 4,
                d: 17
            })
        ));
        assert!(numeric_date("1-99999999999-15").is_none());
        assert!(numeric_date("99999999999/1").is_none());
        assert!(numeric_date("1-2-3-4").is_none());
        assert!(numeric_date("-").is_none());
    }

    fn one(text: &str, date: Option<&str>) -> (String, String, String) {
        let v = find_times(text, date);
        let f = v.first().unwrap_or_else(|| panic!("no time in {text:?}"));
        (f.text.clone(), f.value.clone(), f.precision.clone())
    }

    #[test]
    fn seed_like_expressions() {
        let d = Some("2025-04-17");
        assert_eq!(
            one("Rubio spoke by phone Thursday with him.", d).1,
            "2025-04-17"
        );
        assert_eq!(
            one(
                "A drone attack hit the city on Wednesday night, killing three.",
                d
            ),
            ("Wednesday night".into(), "2025-04-16".into(), "day".into())
        );
        assert_eq!(
            one("Talks would continue in London next week.", d).1,
            "2025-W17"
        );
        assert_eq!(one("Witkoff met last week with Putin.", d).1, "2025-W15");
        assert_eq!(
            one("Hours earlier, a drone attack hit the city.", d).1,
            "2025-04-16/2025-04-17"
        );
        assert_eq!(one("The talks will resume Friday.", d).1, "2025-04-18");
        assert_eq!(one("The talks ended Friday.", d).1, "2025-04-11");
        assert_eq!(one("He said earlier this month that", d).1, "2025-04");
        assert_eq!(one("It happened in March.", d).1, "2025-03");
        assert_eq!(
            one("Fighting since 2014 has killed many.", d).1,
            "2014/2025-04-17"
        );
        assert_eq!(one("It was signed on April 17, 2025.", d).1, "2025-04-17");
        assert_eq!(one("It was signed on 17 April.", d).1, "2025-04-17");
        assert_eq!(one("It was signed on Jan. 5.", d).1, "2025-01-05");
        assert_eq!(one("The meeting was yesterday.", d).1, "2025-04-16");
        assert_eq!(one("Profits fell in the third quarter.", d).1, "2024-Q3");
        assert_eq!(
            one("Profits fell in the third quarter of 1990.", d).1,
            "1990-Q3"
        );
        let r = one("more than three years after Russia launched the war", d);
        assert_eq!(r.2, "unresolved");
    }

    #[test]
    fn no_date_stays_symbolic() {
        assert_eq!(one("Rubio spoke by phone Thursday.", None).1, "weekday:THU");
        assert_eq!(
            one("Witkoff met last week with Putin.", None).1,
            "offset:-1W"
        );
        assert_eq!(one("Talks continue next week.", None).1, "offset:+1W");
        assert_eq!(
            one("It was signed on April 17, 2025.", None).1,
            "2025-04-17"
        );
        assert_eq!(one("Hours earlier, a drone hit.", None).2, "unresolved");
    }

    #[test]
    fn not_times() {
        assert!(find_times("You may go. The march was long.", Some("2025-04-17")).is_empty());
        assert!(find_times("He paid 2014 dollars for it", Some("2025-04-17")).is_empty());
    }
}
