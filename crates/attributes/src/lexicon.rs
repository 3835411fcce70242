//! Small shared helpers: the embedded word lists, a light tokenizer for
//! documents without a token layer, and civil-date arithmetic.

use crate::AttributesError;

/// A hash map with the Fx hasher (fast on the short word keys of the
/// lexicons; the maps are never iterated into the output).
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// A hash set with the Fx hasher.
pub type FastSet<K> = rustc_hash::FxHashSet<K>;

/// Cheap fingerprints (first two bytes, last byte, length) of the words of
/// a set, as a bitmap: a word whose bit is clear is surely not in the set,
/// so the hash look-ups that mostly miss (a cue word, a number word for
/// every token) are mostly skipped.
#[derive(Debug, Clone)]
pub(crate) struct Shapes {
    bits: Vec<u64>,
}

impl Default for Shapes {
    /// The shapes of no word.
    fn default() -> Shapes {
        Shapes::new([])
    }
}

/// Number of [`Shapes`] bits.
const SHAPE_BITS: usize = 1 << 15;

impl Shapes {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Shapes {
        let mut bits = vec![0u64; SHAPE_BITS / 64];
        for w in words {
            let k = Self::key(w);
            bits[k / 64] |= 1 << (k % 64);
        }
        Shapes { bits }
    }

    #[inline]
    fn key(w: &str) -> usize {
        let b = w.as_bytes();
        let n = b.len();
        let h = match n {
            0 => 0,
            _ => {
                u32::from(b[0])
                    | (u32::from(b[n.min(2) - 1]) << 8)
                    | (u32::from(b[n - 1]) << 16)
                    | ((n.min(255) as u32) << 24)
            }
        };
        (h.wrapping_mul(0x9E37_79B1) >> 17) as usize % SHAPE_BITS
    }

    /// May `w` be in the set? (false: surely not)
    #[inline]
    pub(crate) fn may(&self, w: &str) -> bool {
        let k = Self::key(w);
        self.bits[k / 64] & (1 << (k % 64)) != 0
    }
}

/// Reads a tab-separated data file: skips blank lines and `#` comments,
/// returns `(line_number, fields)`.
pub(crate) fn tsv_rows<'a>(
    file: &'static str,
    text: &'a str,
    min_fields: usize,
) -> Result<Vec<(usize, Vec<&'a str>)>, AttributesError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let l = line.trim_end_matches('\r');
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() < min_fields {
            return Err(AttributesError::Data {
                file,
                line: i + 1,
                message: format!("expected at least {min_fields} tab-separated fields"),
            });
        }
        out.push((i + 1, f));
    }
    Ok(out)
}

/// A list of [`WordLists`] (a category of `data/function_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// Skipped at a sentence start before a place name ("In Paris").
    Start,
    /// A verb after a place name that makes it a subject ("Moscow has").
    Verbish,
    /// Joins the words of a place name ("Gulf of Mexico").
    Connector,
    /// Ends a subject noun phrase read backwards from a quote cue.
    NpStop,
    /// Skipped between a speaker and its cue ("X last week said").
    SkipCue,
    /// Opens an adverbial phrase after a cue ("said on Thursday").
    PpStart,
    /// The object of a cue, not its speaker ("told reporters").
    Object,
    /// A cue verb with an addressee ("told reporters that").
    Addressee,
    /// A preposition after which no clause starts ("said in a statement").
    PpHead,
    /// A pronoun or article that opens a clause.
    ClauseStart,
    /// A pronoun speaker that takes its antecedent.
    Pronoun,
    /// A preposition before a time expression ("in March", "since 2014").
    TimePrep,
    /// Another word that can begin a time expression ("early", "mid-").
    TimeStart,
    /// A word a casualty count reaches across to its noun ("50 people were
    /// killed").
    CasualtySkip,
    /// After it a count is part of an earlier one ("including a child").
    CasualtySubset,
    /// After a comma it opens a new clause ("…, while …").
    ClauseJoiner,
    /// A dependency relation a speaker noun phrase read off the parse
    /// leaves out ("acl:relcl", "appos").
    NpSkipRel,
    /// A word whose trailing `.` is an abbreviation dot ("jan", "u.s").
    AbbrevDot,
    /// A phrase list: before a count it makes it a lower bound ("at least").
    CountLowerBound,
    /// A phrase list: before a count it is kept with it ("about", "up to").
    CountApprox,
    /// A phrase list: issues that only count when no other one does
    /// ("negotiations", "territorial integrity").
    GenericIssue,
}

impl List {
    const ALL: [(List, &'static str); 21] = [
        (List::Start, "start"),
        (List::Verbish, "verbish"),
        (List::Connector, "connector"),
        (List::NpStop, "np_stop"),
        (List::SkipCue, "skip_cue"),
        (List::PpStart, "pp_start"),
        (List::Object, "object"),
        (List::Addressee, "addressee"),
        (List::PpHead, "pp_head"),
        (List::ClauseStart, "clause_start"),
        (List::Pronoun, "pronoun"),
        (List::TimePrep, "time_prep"),
        (List::TimeStart, "time_start"),
        (List::CasualtySkip, "casualty_skip"),
        (List::CasualtySubset, "casualty_subset"),
        (List::ClauseJoiner, "clause_joiner"),
        (List::NpSkipRel, "np_skip_rel"),
        (List::AbbrevDot, "abbrev_dot"),
        (List::CountLowerBound, "count_lower_bound"),
        (List::CountApprox, "count_approx"),
        (List::GenericIssue, "generic_issue"),
    ];

    fn bit(self) -> u32 {
        1 << (self as u32)
    }

    /// Is this a list of phrases (rows of one or more words separated by
    /// single spaces, kept in file order) rather than of words?
    fn is_phrase(self) -> bool {
        matches!(
            self,
            List::CountLowerBound | List::CountApprox | List::GenericIssue
        )
    }
}

/// The function-word lists (`data/function_words.tsv`: `word<TAB>list`,
/// one row per word and list; a row of a phrase list may hold several
/// words separated by single spaces). The word lists are one map from a
/// word to the bit set of its lists, so a membership test is one hash
/// look-up; the phrase lists are kept in file order.
#[derive(Debug, Clone, Default)]
pub struct WordLists {
    /// Shared: the place, quote, time and casualty finders, the issues and
    /// the tokenizer each use the embedded lists, parsed once.
    inner: std::sync::Arc<Lists>,
}

#[derive(Debug, Default)]
struct Lists {
    /// A word -> the bits of its word lists.
    words: FastMap<String, u32>,
    /// The rows of the phrase lists, in file order (words separated by
    /// single spaces).
    phrases: Vec<(List, String)>,
}

/// The embedded `function_words.tsv`.
const FUNCTION_WORDS: &str = include_str!("../data/function_words.tsv");

impl WordLists {
    /// The embedded lists: parsed on the first call, shared after it.
    pub fn embedded() -> Result<WordLists, AttributesError> {
        match Self::parsed() {
            Some(l) => Ok(l.clone()),
            // (parse again for the error and its line)
            None => Self::parse(FUNCTION_WORDS),
        }
    }

    /// The embedded lists, parsed once; None if they have a bad row.
    fn parsed() -> Option<&'static WordLists> {
        static PARSED: std::sync::OnceLock<Option<WordLists>> = std::sync::OnceLock::new();
        PARSED
            .get_or_init(|| Self::parse(FUNCTION_WORDS).ok())
            .as_ref()
    }

    /// Parses a `function_words.tsv` text; a bad row is an error naming the
    /// file and line.
    pub fn parse(text: &str) -> Result<WordLists, AttributesError> {
        const FILE: &str = "function_words.tsv";
        let mut lists = Lists::default();
        for (line, f) in tsv_rows(FILE, text, 2)? {
            let bad = |message: String| AttributesError::Data {
                file: FILE,
                line,
                message,
            };
            let name = f[1].trim();
            let Some(&(list, _)) = List::ALL.iter().find(|(_, n)| *n == name) else {
                return Err(bad(format!("unknown list {name:?}")));
            };
            let w = f[0].trim();
            let lower_word = |x: &str| {
                !x.is_empty() && !x.chars().any(|c| c.is_whitespace() || c.is_uppercase())
            };
            if list.is_phrase() {
                if !w.split(' ').all(lower_word) {
                    return Err(bad(format!(
                        "expected lower-case words separated by single spaces \
                         (phrase list {name:?}), found {:?}",
                        f[0]
                    )));
                }
                lists.phrases.push((list, w.to_string()));
            } else {
                if !lower_word(w) {
                    return Err(bad(format!(
                        "expected one lower-case word (word list {name:?}), found {:?}",
                        f[0]
                    )));
                }
                *lists.words.entry(w.to_string()).or_default() |= list.bit();
            }
        }
        Ok(WordLists {
            inner: std::sync::Arc::new(lists),
        })
    }

    /// The words of the word list `list`, in no particular order.
    pub fn words_of(&self, list: List) -> impl Iterator<Item = &str> {
        self.inner
            .words
            .iter()
            .filter(move |(_, b)| *b & list.bit() != 0)
            .map(|(w, _)| w.as_str())
    }

    /// The phrases of the phrase list `list` (words separated by single
    /// spaces), in file order.
    pub fn phrases_of(&self, list: List) -> impl Iterator<Item = &str> {
        self.inner
            .phrases
            .iter()
            .filter(move |(l, _)| *l == list)
            .map(|(_, p)| p.as_str())
    }

    /// Is `w` (lower case) in the word list `list`?
    #[inline]
    pub fn has(&self, list: List, w: &str) -> bool {
        self.inner.words.get(w).is_some_and(|b| b & list.bit() != 0)
    }
}

/// A group of CAMEO root codes (`data/cameo_roots.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RootGroup {
    /// Events of these roots carry an issue.
    Issue,
    /// Violent events: a sentence's casualty counts go to them first.
    Violent,
}

impl RootGroup {
    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The CAMEO root groups (`data/cameo_roots.tsv`: `root<TAB>group`, one
/// row per root and group; roots are two digits).
#[derive(Debug, Clone)]
pub struct CameoRoots {
    /// Root number (0-99) -> the bits of its groups.
    groups: [u8; 100],
}

impl CameoRoots {
    pub fn embedded() -> Result<CameoRoots, AttributesError> {
        Self::parse(include_str!("../data/cameo_roots.tsv"))
    }

    /// Parses a `cameo_roots.tsv` text; a bad row is an error naming the
    /// file and line.
    pub fn parse(text: &str) -> Result<CameoRoots, AttributesError> {
        const FILE: &str = "cameo_roots.tsv";
        let mut groups = [0u8; 100];
        for (line, f) in tsv_rows(FILE, text, 2)? {
            let bad = |message: String| AttributesError::Data {
                file: FILE,
                line,
                message,
            };
            let Some(k) = Self::index(f[0].trim()) else {
                return Err(bad(format!(
                    "expected a root of two digits, found {:?}",
                    f[0]
                )));
            };
            let group = match f[1].trim() {
                "issue" => RootGroup::Issue,
                "violent" => RootGroup::Violent,
                other => return Err(bad(format!("unknown group {other:?}"))),
            };
            groups[k] |= group.bit();
        }
        Ok(CameoRoots { groups })
    }

    /// The number of a root of two ASCII digits.
    #[inline]
    fn index(root: &str) -> Option<usize> {
        match root.as_bytes() {
            &[a @ b'0'..=b'9', b @ b'0'..=b'9'] => {
                Some(usize::from(a - b'0') * 10 + usize::from(b - b'0'))
            }
            _ => None,
        }
    }

    /// Is `root` (an event's root code: "02") in `group`?
    #[inline]
    pub fn has(&self, group: RootGroup, root: &str) -> bool {
        Self::index(root).is_some_and(|k| self.groups[k] & group.bit() != 0)
    }
}

/// Number words ("three", "dozen", "dozens" as a lower bound).
#[derive(Debug, Clone)]
pub struct Numbers {
    words: FastMap<String, (u64, bool)>,
    /// [`Shapes`] of `words`.
    shapes: Shapes,
}

impl Default for Numbers {
    fn default() -> Numbers {
        Numbers {
            words: FastMap::default(),
            shapes: Shapes::new([]),
        }
    }
}

impl Numbers {
    pub fn embedded() -> Result<Numbers, AttributesError> {
        Self::parse(include_str!("../data/numbers.tsv"))
    }

    pub fn parse(text: &str) -> Result<Numbers, AttributesError> {
        let mut words = FastMap::default();
        for (line, f) in tsv_rows("numbers.tsv", text, 2)? {
            let v: u64 = f[1].trim().parse().map_err(|_| AttributesError::Data {
                file: "numbers.tsv",
                line,
                message: format!("bad number {:?}", f[1]),
            })?;
            let lb = f.get(2).is_some_and(|x| x.trim() == "lb");
            words.insert(f[0].trim().to_lowercase(), (v, lb));
        }
        let shapes = Shapes::new(words.keys().map(String::as_str));
        Ok(Numbers { words, shapes })
    }

    /// The number words.
    pub(crate) fn word_keys(&self) -> impl Iterator<Item = &str> {
        self.words.keys().map(String::as_str)
    }

    /// Value of one lowercase word: digits (with `,` separators) or a number word.
    pub fn word(&self, w: &str) -> Option<(u64, bool)> {
        if w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            // the digits without their `,` separators as a u64 (what
            // parsing the string without the commas gives: None on any
            // other byte or on overflow), with no string built
            let mut v: u64 = 0;
            for &b in w.as_bytes() {
                match b {
                    b',' => {}
                    b'0'..=b'9' => {
                        v = v.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
                    }
                    _ => return None,
                }
            }
            return Some((v, false));
        }
        if !self.shapes.may(w) {
            return None;
        }
        self.words.get(w).copied()
    }

    /// Parses a number phrase over lowercase words starting at `i`
    /// ("three", "156", "twenty-five", "two hundred", "a dozen", "dozens",
    /// "1.5 million"). Returns (value, lower_bound, words used).
    pub fn phrase(&self, words: &[&str]) -> Option<(u64, bool, usize)> {
        let first = *words.first()?;
        // most words are no number: every reading below needs a first byte
        // that is a digit or `.`, a `-`, or a number word (`word` rejects
        // other words by their shape), so this is the same None early
        let fb = first.as_bytes();
        if !fb.first().is_some_and(|&b| b.is_ascii_digit() || b == b'.')
            && !fb.contains(&b'-')
            && !self.shapes.may(first)
        {
            return None;
        }
        // byte searches: `.` and `-` are ASCII (char boundaries)
        let split = |c: u8| {
            first
                .as_bytes()
                .iter()
                .position(|&b| b == c)
                .map(|p| (&first[..p], &first[p + 1..]))
        };
        // "1.5 million"
        if let Some((a, b)) = split(b'.') {
            if a.chars().all(|c| c.is_ascii_digit()) && b.chars().all(|c| c.is_ascii_digit()) {
                if let (Ok(x), Some(&"million")) = (first.parse::<f64>(), words.get(1)) {
                    return Some(((x * 1e6) as u64, false, 2));
                }
                return None;
            }
        }
        // hyphenated "twenty-five"
        if let Some((a, b)) = split(b'-') {
            if let (Some((x, false)), Some((y, false))) = (self.word(a), self.word(b)) {
                if x >= 20 && x % 10 == 0 && y < 10 {
                    return Some((x + y, false, 1));
                }
            }
            return None;
        }
        let (mut v, mut lb) = self.word(first)?;
        let mut used = 1;
        if (first == "a" || first == "an") && words.len() > 1 {
            // "a dozen", "a hundred", "a few": "a" alone is not a count here
            match self.word(words[1]) {
                Some((x, l)) if x >= 2 => {
                    v = x;
                    lb = l;
                    used = 2;
                }
                _ => return None,
            }
        } else if first == "a" || first == "an" {
            return None;
        }
        // "twenty five", "two hundred", "three thousand", "several hundred"
        while let Some(&w) = words.get(used) {
            match self.word(w) {
                Some((m @ (100 | 1000 | 1_000_000), _)) if v < m => {
                    v *= m;
                    used += 1;
                }
                Some((x, false)) if v >= 20 && v % 10 == 0 && v < 100 && x < 10 && x > 0 => {
                    v += x;
                    used += 1;
                }
                _ => break,
            }
        }
        Some((v, lb, used))
    }
}

/// A word or punctuation token of the light tokenizer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    /// Lowercase form without a trailing abbreviation dot.
    pub lower: String,
    pub kind: TokKind,
    /// First character upper case.
    pub cap: bool,
    /// A trailing `.` was taken into the token ("Jan.", "U.S.").
    pub dot: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Num,
    Punct,
}

/// Does a `.` after the lower-case word `w` belong to it ("jan", "u.s":
/// the `abbrev_dot` list of the embedded function words)? The free
/// tokenizer functions take no lists: they use the embedded ones, which the
/// stage checks when it loads (`WordLists::embedded` fails on a bad row),
/// so the "no list" fallback never serves the stage.
fn abbrev_dot(w: &str) -> bool {
    WordLists::parsed().is_some_and(|l| l.has(List::AbbrevDot, w))
}

/// The ASCII letters and digits, by byte.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Splits `text[from..to]` into words, numbers and punctuation. Words keep
/// internal apostrophes, hyphens and dots ("U.S.", "Lt."), numbers keep
/// `,` `.` `/` `-` `:` between digits ("2/15", "1,000", "2015-03-03").
pub fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    tokenize_pooled(text, from, to, out, &mut Vec::new());
}

/// A string from the pool (empty), or a new one.
fn pooled(pool: &mut Vec<String>) -> String {
    match pool.pop() {
        Some(mut s) => {
            s.clear();
            s
        }
        None => String::new(),
    }
}

/// [`tokenize`] taking the tokens' strings from `pool` (spare strings of
/// earlier tokens: no allocation per token once the pool is warm).
pub(crate) fn tokenize_pooled(
    text: &str,
    from: usize,
    to: usize,
    out: &mut Vec<Tok>,
    pool: &mut Vec<String>,
) {
    let bytes = text.as_bytes();
    let mut i = from;
    let to = to.min(text.len());
    // about one token per five bytes of news text
    out.reserve(to.saturating_sub(from) / 5 + 1);
    while i < to {
        // ASCII white space without decoding a char (the same set as
        // `char::is_whitespace` below for ASCII)
        if matches!(bytes[i], b'\t'..=b'\r' | b' ') {
            i += 1;
            continue;
        }
        // (an ASCII byte is its char: no decoding; ASCII white space is
        // skipped above)
        let c = match bytes[i] {
            b if b < 0x80 => char::from(b),
            _ => match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            },
        };
        let cl = c.len_utf8();
        if !c.is_ascii() && c.is_whitespace() {
            i += cl;
            continue;
        }
        let start = i;
        if c.is_ascii_digit() {
            let mut j = i + 1;
            while j < to {
                let b = bytes[j];
                if b.is_ascii_digit() {
                    j += 1;
                } else if matches!(b, b',' | b'.' | b'/' | b'-' | b':')
                    && j + 1 < to
                    && bytes[j + 1].is_ascii_digit()
                {
                    j += 2;
                } else {
                    break;
                }
            }
            // ordinal / unit suffix glued on: "17th", "1st", "14april"
            let mut k = j;
            while k < to && bytes[k].is_ascii_alphabetic() {
                k += 1;
            }
            let suffix = &text[j..k];
            if ["st", "nd", "rd", "th"]
                .iter()
                .any(|x| suffix.eq_ignore_ascii_case(x))
            {
                out.push(Tok {
                    start,
                    end: k,
                    lower: {
                        let mut l = pooled(pool);
                        l.push_str(&text[start..k]);
                        l.make_ascii_lowercase();
                        l
                    },
                    kind: TokKind::Word,
                    cap: false,
                    dot: false,
                });
                i = k;
                continue;
            }
            out.push(Tok {
                start,
                end: j,
                lower: {
                    let mut l = pooled(pool);
                    l.push_str(&text[start..j]);
                    l
                },
                kind: TokKind::Num,
                cap: false,
                dot: false,
            });
            i = j;
            continue;
        }
        if c.is_alphabetic() {
            let mut j = i + cl;
            // no char but ASCII taken so far (the fast path below takes
            // only ASCII letters and digits)
            let mut ascii = c.is_ascii();
            let span = &bytes[..to];
            loop {
                // ASCII fast path: letters and digits go on, other ASCII
                // bytes but the joiners end the word
                while span.get(j).is_some_and(|&b| ALNUM[usize::from(b)]) {
                    j += 1;
                }
                match span.get(j) {
                    Some(&b) if b < 0x80 && !matches!(b, b'\'' | b'-' | b'.' | b'&') => break,
                    _ => {}
                }
                let Some(d) = text.get(j..to).and_then(|s| s.chars().next()) else {
                    break;
                };
                if d.is_alphanumeric() {
                    ascii &= d.is_ascii();
                    j += d.len_utf8();
                    continue;
                }
                // internal joiners followed by a letter
                if matches!(d, '\'' | '’' | '-' | '.' | '&') {
                    let after = j + d.len_utf8();
                    if let Some(e) = text.get(after..to).and_then(|s| s.chars().next()) {
                        if e.is_alphabetic() && !(d == '.' && e.is_lowercase() && j - start > 1) {
                            ascii &= d.is_ascii();
                            j = after;
                            continue;
                        }
                    }
                }
                break;
            }
            let piece = &text[start..j];
            let mut lower = if ascii {
                let mut l = pooled(pool);
                l.push_str(piece);
                l.make_ascii_lowercase();
                l
            } else {
                piece.to_lowercase()
            };
            let mut dot = false;
            let mut end = j;
            // abbreviation dot: "Jan.", "U.S.", "Lt."
            if bytes.get(j) == Some(&b'.') && j < to {
                let initials = lower.contains('.');
                if initials || abbrev_dot(&lower) {
                    dot = true;
                    end = j + 1;
                }
            }
            if !ascii && lower.contains('’') {
                lower = lower.replace('’', "'");
            }
            out.push(Tok {
                start,
                end,
                lower,
                kind: TokKind::Word,
                cap: c.is_uppercase(),
                dot,
            });
            i = end;
            continue;
        }
        out.push(Tok {
            start,
            end: i + cl,
            lower: {
                let mut l = pooled(pool);
                l.push(c);
                l
            },
            kind: TokKind::Punct,
            cap: false,
            dot: false,
        });
        i += cl;
    }
}

/// Sentence spans for documents without a sentence layer: splits after
/// `.`, `!`, `?` (and closing quotes) followed by space and an upper-case
/// letter or a quote, and at line breaks; skips common abbreviations.
pub fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (ps, pe) in split_lines(text) {
        let para = &text[ps..pe];
        let b = para.as_bytes();
        let mut s = 0;
        let mut i = 0;
        while i < b.len() {
            let ch = b[i];
            if matches!(ch, b'.' | b'!' | b'?') {
                let mut j = i + 1;
                // closing quotes / brackets
                while j < b.len() {
                    let rest = &para[j..];
                    if let Some(q) = rest.chars().next() {
                        if matches!(q, '"' | '\'' | '”' | '’' | '″' | ')') {
                            j += q.len_utf8();
                            continue;
                        }
                    }
                    break;
                }
                if j < b.len() && b[j] == b' ' {
                    let next = para[j + 1..].chars().next();
                    let upper = next.is_some_and(|c| c.is_uppercase() || "\"“‘'«(".contains(c));
                    let word_start = para[..i]
                        .char_indices()
                        .rev()
                        .find(|(_, c)| c.is_whitespace())
                        .map_or(0, |(k, c)| k + c.len_utf8());
                    let word = para[word_start..i].to_lowercase();
                    let abbrev = ch == b'.'
                        && (abbrev_dot(&word)
                            || (word.len() == 1 && word.chars().all(char::is_alphabetic))
                            || word.contains('.'));
                    if upper && !abbrev {
                        out.push((ps + s, ps + j));
                        s = j + 1;
                        i = j + 1;
                        continue;
                    }
                }
                i = j.max(i + 1);
                continue;
            }
            i += 1;
        }
        if s < para.len() {
            let t = para[s..].trim_end();
            if !t.is_empty() {
                out.push((ps + s, ps + s + t.len()));
            }
        }
    }
    out
}

/// Non-empty lines (paragraphs) of the text, trimmed.
pub fn split_lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        let l = line.trim_end_matches('\r');
        let lead = l.len() - l.trim_start().len();
        let t = l.trim();
        if !t.is_empty() {
            out.push((pos + lead, pos + lead + t.len()));
        }
        pos += line.len() + 1;
    }
    out
}

// ---------------------------------------------------------------- dates

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// (year, month, day) of a day number.
pub fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// ISO weekday, Monday = 1 .. Sunday = 7.
pub fn weekday(days: i32) -> u32 {
    ((days + 3).rem_euclid(7) + 1) as u32
}

/// ISO (year, week) of a day.
pub fn iso_week(days: i32) -> (i32, u32) {
    let thu = days - weekday(days) as i32 + 4;
    let (y, _, _) = civil_from_days(thu);
    let jan1 = days_from_civil(y, 1, 1);
    (y, ((thu - jan1) / 7 + 1) as u32)
}

pub fn fmt_day(days: i32) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Parses `YYYY-MM-DD` (also accepts a longer timestamp and takes its date).
pub fn parse_iso_date(s: &str) -> Option<i32> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_words_parse_as_strings_without_commas() {
        let n = Numbers::embedded().unwrap();
        for w in [
            "0",
            "7",
            "1,000",
            "1,,2",
            "12,",
            "2015-03-03",
            "3/4",
            "1.5",
            "18446744073709551615",
            "18446744073709551616",
            "99999999999999999999999",
            "4th",
            "5é",
        ] {
            let old = w
                .chars()
                .filter(|c| *c != ',')
                .collect::<String>()
                .parse::<u64>()
                .ok()
                .map(|v| (v, false));
            assert_eq!(n.word(w), old, "{w}");
        }
    }

    #[test]
    fn word_lists_parse_and_report_bad_lines() {
        let l = WordLists::embedded().unwrap();
        assert!(l.has(List::Connector, "de") && !l.has(List::Connector, "the"));
        assert!(l.has(List::Start, "the") && l.has(List::ClauseStart, "the"));
        assert!(!l.has(List::Pronoun, "their"));
        assert!(l.has(List::TimePrep, "since") && l.has(List::TimeStart, "since"));
        assert!(l.has(List::CasualtySubset, "including") && l.has(List::ClauseJoiner, "while"));
        assert!(l.has(List::CasualtySkip, "civilians") && !l.has(List::CasualtySkip, "killed"));
        assert_eq!(l.words_of(List::TimePrep).count(), 11);
        let err = |text: &str| WordLists::parse(text).unwrap_err().to_string();
        assert_eq!(
            err("# c\nthe\tstart\nhe\tpronouns\n"),
            "function_words.tsv:3: unknown list \"pronouns\""
        );
        assert!(err("the\tstart\nThe\tstart\n").starts_with("function_words.tsv:2: "));
        assert!(err("\nthe start\n").starts_with("function_words.tsv:2: expected at least 2"));
        assert!(err("a b\tstart\n").starts_with("function_words.tsv:1: "));
    }

    #[test]
    fn phrase_lists_parse_and_report_bad_lines() {
        let l = WordLists::parse(
            "# c\nat least\tcount_lower_bound\nover\tcount_lower_bound\n\
             about\tcount_approx\n as many as \tcount_lower_bound\n",
        )
        .unwrap();
        let lb: Vec<&str> = l.phrases_of(List::CountLowerBound).collect();
        assert_eq!(lb, ["at least", "over", "as many as"]);
        assert_eq!(
            l.phrases_of(List::CountApprox).collect::<Vec<_>>(),
            ["about"]
        );
        // phrases are not words of the word lists
        assert!(!l.has(List::CountLowerBound, "over") && l.words_of(List::Start).count() == 0);
        let e = WordLists::embedded().unwrap();
        assert!(e.phrases_of(List::CountApprox).any(|p| p == "up to"));
        assert!(e
            .phrases_of(List::GenericIssue)
            .any(|p| p == "territorial integrity"));
        assert!(e.has(List::AbbrevDot, "u.s") && e.has(List::NpSkipRel, "acl:relcl"));
        let err = |text: &str| WordLists::parse(text).unwrap_err().to_string();
        assert!(err("up to\tcount_approx\nup  to\tcount_approx\n")
            .starts_with("function_words.tsv:2: expected lower-case words separated"));
        assert!(err("\nAt least\tcount_lower_bound\n").starts_with("function_words.tsv:2: "));
        assert!(err("at least\tclause_joiner\n")
            .starts_with("function_words.tsv:1: expected one lower-case word (word list"));
    }

    #[test]
    fn cameo_roots_parse_and_report_bad_lines() {
        let r = CameoRoots::embedded().unwrap();
        assert!(r.has(RootGroup::Issue, "02") && !r.has(RootGroup::Violent, "02"));
        assert!(r.has(RootGroup::Violent, "19") && !r.has(RootGroup::Issue, "19"));
        assert!(!r.has(RootGroup::Issue, "01") && !r.has(RootGroup::Issue, "2"));
        assert!(!r.has(RootGroup::Violent, "190") && !r.has(RootGroup::Violent, ""));
        let err = |text: &str| CameoRoots::parse(text).unwrap_err().to_string();
        assert_eq!(
            err("# c\n14\tviolent\n\n14\tviolence\n"),
            "cameo_roots.tsv:4: unknown group \"violence\""
        );
        assert!(err("2\tissue\n").starts_with("cameo_roots.tsv:1: expected a root of two digits"));
        assert!(err("02 issue\n").starts_with("cameo_roots.tsv:1: expected at least 2"));
    }

    #[test]
    fn dates_roundtrip_and_weeks() {
        let d = days_from_civil(2025, 4, 17);
        assert_eq!(civil_from_days(d), (2025, 4, 17));
        assert_eq!(weekday(d), 4);
        assert_eq!(iso_week(d), (2025, 16));
        assert_eq!(iso_week(days_from_civil(2025, 4, 21)), (2025, 17));
        assert_eq!(iso_week(days_from_civil(2021, 1, 3)), (2020, 53));
        assert_eq!(parse_iso_date("2025-02-30"), None);
    }

    #[test]
    fn numbers() {
        let n = Numbers::embedded().unwrap();
        assert_eq!(n.phrase(&["three", "people"]), Some((3, false, 1)));
        assert_eq!(n.phrase(&["a", "dozen"]), Some((12, false, 2)));
        assert_eq!(n.phrase(&["dozens"]), Some((24, true, 1)));
        assert_eq!(n.phrase(&["1,200"]), Some((1200, false, 1)));
        assert_eq!(n.phrase(&["twenty-five"]), Some((25, false, 1)));
        assert_eq!(n.phrase(&["two", "hundred"]), Some((200, false, 2)));
        assert_eq!(n.phrase(&["a", "man"]), None);
    }

    #[test]
    fn tokenizer_and_sentences() {
        let t = "On Jan. 5, the U.S. said 1,200 died. “It hurt,” he said.";
        let mut v = Vec::new();
        tokenize(t, 0, t.len(), &mut v);
        let l: Vec<&str> = v.iter().map(|x| x.lower.as_str()).collect();
        assert_eq!(&l[..6], &["on", "jan", "5", ",", "the", "u.s"]);
        assert!(v[1].dot && v[5].dot);
        assert_eq!(split_sentences(t).len(), 2);
        let odd = "He left at 5 p.m.\u{a0}Then came. Éric said « oui ». \u{2003}x.";
        assert!(!split_sentences(odd).is_empty());
    }
}
