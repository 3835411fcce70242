//! gesta's lexicon file format: tab-separated records, one per line.
//!
//! Each file holds one kind of record; the kind is the last dotted part of
//! the file name before `.tsv` (`countries.tsv`, `my.people.tsv`). Blank
//! lines and lines starting with `#` are ignored. Within a column, `|`
//! separates alternatives. `-` or an empty cell means "none". See
//! `docs/lexicon.md` for the columns of each kind.

use std::fmt;

/// Where a record came from (for error messages and `lookup`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    pub file: String,
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// A code valid over a half-open date range `[from, to)`; open ends are
/// unbounded. Dates are ISO `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DatedCode {
    pub code: String,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Free text: the office ("Secretary of State").
    pub title: String,
}

impl DatedCode {
    /// Does this code hold on `date` (`None` = undated: only undated
    /// codes and codes without an end hold)?
    pub fn holds(&self, date: Option<&str>) -> bool {
        match date {
            Some(d) => {
                self.from.as_deref().is_none_or(|f| f <= d)
                    && self.to.as_deref().is_none_or(|t| d < t)
            }
            None => self.to.is_none(),
        }
    }
}

impl fmt::Display for DatedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code)?;
        if self.from.is_some() || self.to.is_some() {
            write!(
                f,
                " {}..{}",
                self.from.as_deref().unwrap_or(""),
                self.to.as_deref().unwrap_or("")
            )?;
        }
        if !self.title.is_empty() {
            write!(f, " {}", self.title)?;
        }
        Ok(())
    }
}

/// First code that holds on `date`; first undated/open code when no date.
pub fn resolve_codes<'a>(codes: &'a [DatedCode], date: Option<&str>) -> Option<&'a DatedCode> {
    codes.iter().find(|c| c.holds(date))
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Country {
    /// CAMEO country (or region) code: `USA`, `GBR`, `EUR`.
    pub code: String,
    /// Names; the first is canonical.
    pub names: Vec<String>,
    /// Adjectives and singular demonyms ("American", "U.S.").
    pub adjectives: Vec<String>,
    /// Plural demonyms naming the people ("Americans").
    pub people: Vec<String>,
    /// Capitals and other cities used as metonyms for the government.
    pub capitals: Vec<String>,
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Organisation {
    pub id: String,
    pub codes: Vec<DatedCode>,
    pub names: Vec<String>,
    /// `igo`, `ngo`, `thinktank`, `armed`, `party`, `company`, `gov`,
    /// `seat` (a building or street standing for a government), `media`...
    pub kind: String,
    pub note: String,
    pub origin: Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gender {
    Male,
    Female,
    #[default]
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Person {
    pub id: String,
    pub names: Vec<String>,
    pub gender: Gender,
    /// Dated roles in priority order: the first that holds wins.
    pub roles: Vec<DatedCode>,
    pub note: String,
    pub origin: Origin,
}

/// Flags of an agent noun.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AgentFlags {
    /// Names a single person ("minister", "spokeswoman").
    pub person: bool,
    /// Names a group or body ("forces", "government").
    pub group: bool,
    /// Head word of an organisation name ("Institute", "Ministry").
    pub orghead: bool,
    /// A title written before a name ("Gen.", "President").
    pub title: bool,
    /// A modifier without a sector ("senior", "special"): may sit between
    /// a country and an agent.
    pub modifier: bool,
    /// Takes its sector from its antecedent ("counterpart").
    pub inherit: bool,
    pub gender: Gender,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Agent {
    pub singular: Vec<String>,
    pub plural: Vec<String>,
    /// Sector code ("GOV", "MIL", "NGO"); empty for none.
    pub code: String,
    pub flags: AgentFlags,
    pub origin: Origin,
}

impl Agent {
    pub fn id(&self) -> String {
        self.singular
            .first()
            .or(self.plural.first())
            .cloned()
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place {
    pub names: Vec<String>,
    /// Country code.
    pub country: String,
    /// `city`, `admin1`, `region`...
    pub feature: String,
    pub origin: Origin,
}

/// The kinds of lexicon file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Countries,
    Organisations,
    People,
    Agents,
    Places,
    Words,
    Cues,
}

impl FileKind {
    /// Kind of a file from its name: the last dotted part before `.tsv`.
    pub fn from_file_name(name: &str) -> Option<FileKind> {
        let stem = name.strip_suffix(".tsv")?;
        let last = stem.rsplit('.').next().unwrap_or(stem);
        Some(match last {
            "countries" => FileKind::Countries,
            "organisations" | "organizations" | "orgs" => FileKind::Organisations,
            "people" | "persons" => FileKind::People,
            "agents" => FileKind::Agents,
            "places" => FileKind::Places,
            "words" => FileKind::Words,
            "cues" => FileKind::Cues,
            _ => return None,
        })
    }
}

/// A malformed line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct ParseError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// The classes of the `words` file.
pub const WORD_CLASSES: &[&str] = &[
    "stop",
    "connector",
    "placeprep",
    "det",
    "pron:m",
    "pron:f",
    "pron:pl",
    "pron:1",
    "pron:loc",
    "poss:m",
    "poss:f",
    "poss:pl",
    "verb",
    "particle",
    "direction",
    "placenoun",
    "misc",
    "ethnic",
    "ethnic:pl",
    "platform",
];

/// The lists of the `cues` file: English words whose presence next to an
/// untyped name tells what the name is (see `docs/lexicon.md`).
pub const CUE_LISTS: &[&str] = &[
    "place-prep",
    "place-prep:parsed",
    "place-of",
    "place-of:parsed",
    "place-verb",
    "place-passive",
    "month",
    "number",
];

/// Records read from one file.
#[derive(Debug, Default)]
pub struct Records {
    pub countries: Vec<Country>,
    pub organisations: Vec<Organisation>,
    pub people: Vec<Person>,
    pub agents: Vec<Agent>,
    pub places: Vec<Place>,
    /// Function words and their class (`stop`, `connector`, `placeprep`,
    /// `det`, `pron:m`, `pron:f`, `pron:pl`, `poss:m`, `poss:f`, `poss:pl`,
    /// `verb`).
    pub words: Vec<(String, String)>,
    /// Cue words and their list (`place-prep`, `month`, …: [`CUE_LISTS`]);
    /// a word may be in several lists.
    pub cues: Vec<(String, String)>,
}

fn list(cell: &str) -> Vec<String> {
    let c = cell.trim();
    if c.is_empty() || c == "-" {
        return Vec::new();
    }
    // (sized for every alternative; an empty one is not copied)
    let mut out = Vec::with_capacity(c.bytes().filter(|&b| b == b'|').count() + 1);
    out.extend(
        c.split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
    );
    out
}

fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 24
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Is `s` a valid ISO date `YYYY-MM-DD`?
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> { s.get(r)?.parse().ok() };
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(_), Some(m), Some(d)) => (1..=12).contains(&m) && (1..=31).contains(&d),
        _ => false,
    }
}

/// Parses `CODE [FROM..TO] [title]; CODE ...`.
pub fn parse_codes(cell: &str) -> Result<Vec<DatedCode>, String> {
    let mut out = Vec::new();
    let c = cell.trim();
    if c.is_empty() || c == "-" {
        return Ok(out);
    }
    for part in c.split(';') {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let mut words = part.split_whitespace();
        let code = words.next().unwrap_or("");
        if !is_code(code) {
            return Err(format!(
                "bad code {code:?} (expected upper-case letters/digits)"
            ));
        }
        let mut dc = DatedCode {
            code: code.to_string(),
            ..Default::default()
        };
        // the title: the words after the code (and after a date range),
        // joined by single spaces
        let mut title = String::new();
        let mut add_word = |w: &str| {
            if !title.is_empty() {
                title.push(' ');
            }
            title.push_str(w);
        };
        if let Some(first) = words.next() {
            // (`split_once("..")`, without setting up a substring search
            // for each role)
            let range = first
                .as_bytes()
                .windows(2)
                .position(|w| w == b"..")
                .map(|i| (&first[..i], &first[i + 2..]));
            if let Some((f, t)) = range {
                for d in [f, t] {
                    if !d.is_empty() && !is_date(d) {
                        return Err(format!("bad date {d:?} in {first:?} (expected YYYY-MM-DD)"));
                    }
                }
                if !f.is_empty() && !t.is_empty() && f >= t {
                    return Err(format!("empty date range {first:?}"));
                }
                dc.from = (!f.is_empty()).then(|| f.to_string());
                dc.to = (!t.is_empty()).then(|| t.to_string());
            } else {
                add_word(first);
            }
        }
        words.for_each(add_word);
        dc.title = title;
        out.push(dc);
    }
    Ok(out)
}

fn parse_gender(s: &str) -> Result<Gender, String> {
    match s.trim() {
        "m" | "M" => Ok(Gender::Male),
        "f" | "F" => Ok(Gender::Female),
        "" | "-" | "?" => Ok(Gender::Unknown),
        other => Err(format!("bad gender {other:?} (m, f or -)")),
    }
}

fn parse_flags(s: &str) -> Result<AgentFlags, String> {
    let mut f = AgentFlags::default();
    for w in s
        .split([',', ' '])
        .map(str::trim)
        .filter(|w| !w.is_empty() && *w != "-")
    {
        match w {
            "person" => f.person = true,
            "group" => f.group = true,
            "orghead" => f.orghead = true,
            "title" => f.title = true,
            "mod" => f.modifier = true,
            "inherit" => f.inherit = true,
            "m" => f.gender = Gender::Male,
            "f" => f.gender = Gender::Female,
            other => return Err(format!("unknown agent flag {other:?}")),
        }
    }
    Ok(f)
}

/// Parses one file's text. Malformed lines are returned as errors and
/// skipped; good lines are kept.
pub fn parse_file(file: &str, kind: FileKind, text: &str) -> (Records, Vec<ParseError>) {
    let mut recs = Records::default();
    let mut errs = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            continue;
        }
        // the first columns (no record reads more than five) and how many
        // there are, without a vector per line
        let mut cols = [""; 8];
        let mut ncols = 0;
        for c in l.split('\t') {
            if let Some(slot) = cols.get_mut(ncols) {
                *slot = c;
            }
            ncols += 1;
        }
        let origin = Origin {
            file: file.to_string(),
            line,
        };
        let err = |m: String| ParseError {
            file: file.to_string(),
            line,
            message: m,
        };
        let need = |n: usize| -> Result<(), ParseError> {
            if ncols < n {
                Err(err(format!(
                    "expected at least {n} tab-separated columns, found {ncols}"
                )))
            } else {
                Ok(())
            }
        };
        let col = |n: usize| cols.get(n).copied().unwrap_or("");
        // a `word<TAB>name` line (word and cue files): one word, and a name
        // from `names` (`what` says which list in the error)
        let word_and = |names: &[&str], what: &str| {
            need(2)?;
            let w = col(0).trim();
            if w.is_empty() || w.contains(' ') {
                return Err(err(format!("bad word {w:?} (one word, no spaces)")));
            }
            let name = col(1).trim();
            if !names.contains(&name) {
                return Err(err(format!("unknown {what} {name:?}")));
            }
            Ok((w, name))
        };
        let res: Result<(), ParseError> = (|| {
            match kind {
                FileKind::Countries => {
                    need(2)?;
                    let code = col(0).trim();
                    if !is_code(code) {
                        return Err(err(format!("bad country code {code:?}")));
                    }
                    let names = list(col(1));
                    if names.is_empty() {
                        return Err(err("country without a name".into()));
                    }
                    recs.countries.push(Country {
                        code: code.to_string(),
                        names,
                        adjectives: list(col(2)),
                        people: list(col(3)),
                        capitals: list(col(4)),
                        origin,
                    });
                }
                FileKind::Organisations => {
                    need(3)?;
                    let id = col(0).trim();
                    if id.is_empty() || id.contains(' ') {
                        return Err(err(format!("bad id {id:?}")));
                    }
                    let codes = parse_codes(col(1)).map_err(err)?;
                    if codes.is_empty() {
                        return Err(err("organisation without a code".into()));
                    }
                    let names = list(col(2));
                    if names.is_empty() {
                        return Err(err("organisation without a name".into()));
                    }
                    recs.organisations.push(Organisation {
                        id: id.to_string(),
                        codes,
                        names,
                        kind: col(3).trim().trim_matches('-').to_string(),
                        note: col(4).trim().to_string(),
                        origin,
                    });
                }
                FileKind::People => {
                    need(4)?;
                    let id = col(0).trim();
                    if id.is_empty() || id.contains(' ') {
                        return Err(err(format!("bad id {id:?}")));
                    }
                    let names = list(col(1));
                    if names.is_empty() {
                        return Err(err("person without a name".into()));
                    }
                    let gender = parse_gender(col(2)).map_err(err)?;
                    let roles = parse_codes(col(3)).map_err(err)?;
                    if roles.is_empty() {
                        return Err(err("person without a role".into()));
                    }
                    recs.people.push(Person {
                        id: id.to_string(),
                        names,
                        gender,
                        roles,
                        note: col(4).trim().to_string(),
                        origin,
                    });
                }
                FileKind::Agents => {
                    need(3)?;
                    let singular = list(col(0));
                    let plural = list(col(1));
                    if singular.is_empty() && plural.is_empty() {
                        return Err(err("agent without a noun".into()));
                    }
                    let code = col(2).trim();
                    let code = if code == "-" { "" } else { code };
                    if !code.is_empty() && !is_code(code) {
                        return Err(err(format!("bad sector code {code:?}")));
                    }
                    let flags = parse_flags(col(3)).map_err(err)?;
                    recs.agents.push(Agent {
                        singular,
                        plural,
                        code: code.to_string(),
                        flags,
                        origin,
                    });
                }
                FileKind::Places => {
                    need(2)?;
                    let names = list(col(0));
                    if names.is_empty() {
                        return Err(err("place without a name".into()));
                    }
                    let country = col(1).trim();
                    if !is_code(country) {
                        return Err(err(format!("bad country code {country:?}")));
                    }
                    recs.places.push(Place {
                        names,
                        country: country.to_string(),
                        feature: col(2).trim().to_string(),
                        origin,
                    });
                }
                FileKind::Words => {
                    let (w, class) = word_and(WORD_CLASSES, "word class")?;
                    recs.words.push((w.to_string(), class.to_string()));
                }
                FileKind::Cues => {
                    let (w, list) = word_and(CUE_LISTS, "cue list")?;
                    recs.cues.push((w.to_lowercase(), list.to_string()));
                }
            }
            Ok(())
        })();
        if let Err(e) = res {
            errs.push(e);
        }
    }
    (recs, errs)
}

fn join(v: &[String]) -> String {
    if v.is_empty() {
        "-".to_string()
    } else {
        v.join("|")
    }
}

fn codes_cell(v: &[DatedCode]) -> String {
    v.iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn write_country(c: &Country) -> String {
    format!(
        "{}\t{}\t{}\t{}\t{}",
        c.code,
        join(&c.names),
        join(&c.adjectives),
        join(&c.people),
        join(&c.capitals)
    )
}

pub fn write_organisation(o: &Organisation) -> String {
    format!(
        "{}\t{}\t{}\t{}\t{}",
        o.id,
        codes_cell(&o.codes),
        join(&o.names),
        if o.kind.is_empty() { "-" } else { &o.kind },
        o.note
    )
    .trim_end()
    .to_string()
}

pub fn write_person(p: &Person) -> String {
    let g = match p.gender {
        Gender::Male => "m",
        Gender::Female => "f",
        Gender::Unknown => "-",
    };
    format!(
        "{}\t{}\t{}\t{}\t{}",
        p.id,
        join(&p.names),
        g,
        codes_cell(&p.roles),
        p.note
    )
    .trim_end()
    .to_string()
}

pub fn write_agent(a: &Agent) -> String {
    let f = &a.flags;
    let mut flags = Vec::new();
    for (on, name) in [
        (f.person, "person"),
        (f.group, "group"),
        (f.orghead, "orghead"),
        (f.title, "title"),
        (f.modifier, "mod"),
        (f.inherit, "inherit"),
        (f.gender == Gender::Male, "m"),
        (f.gender == Gender::Female, "f"),
    ] {
        if on {
            flags.push(name);
        }
    }
    format!(
        "{}\t{}\t{}\t{}",
        join(&a.singular),
        join(&a.plural),
        if a.code.is_empty() { "-" } else { &a.code },
        if flags.is_empty() {
            "-".to_string()
        } else {
            flags.join(",")
        }
    )
}

pub fn write_place(p: &Place) -> String {
    format!("{}\t{}\t{}", join(&p.names), p.country, p.feature)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_dates() {
        let c = parse_codes("USAGOV 2025-01-20.. President; USAELI 2021-01-20..2025-01-20; USABUS")
            .unwrap();
        assert_eq!(c.len(), 3);
        assert_eq!(c[0].title, "President");
        assert_eq!(
            resolve_codes(&c, Some("2025-01-20")).map(|c| c.code.as_str()),
            Some("USAGOV")
        );
        assert_eq!(
            resolve_codes(&c, Some("2025-01-19")).map(|c| c.code.as_str()),
            Some("USAELI")
        );
        assert_eq!(
            resolve_codes(&c, Some("2021-01-19")).map(|c| c.code.as_str()),
            Some("USABUS")
        );
        assert!(parse_codes("usagov").is_err());
        assert!(parse_codes("USAGOV 2025-13-01..").is_err());
        assert!(parse_codes("USAGOV 2025-01-01..2024-01-01").is_err());
    }

    #[test]
    fn cue_lines_keep_every_list_and_report_unknown_ones() {
        let text = "# c\nCapture\tplace-of:parsed\ncapture\tplace-verb\nto\tplaceprep\nin to\tplace-prep\n";
        let (r, e) = parse_file("my.cues.tsv", FileKind::Cues, text);
        assert_eq!(
            r.cues,
            vec![
                ("capture".to_string(), "place-of:parsed".to_string()),
                ("capture".to_string(), "place-verb".to_string()),
            ]
        );
        assert_eq!(e.len(), 2);
        assert_eq!((e[0].file.as_str(), e[0].line), ("my.cues.tsv", 4));
        assert!(
            e[0].message.contains("unknown cue list"),
            "{}",
            e[0].message
        );
        assert_eq!(e[1].line, 5);
        assert_eq!(
            FileKind::from_file_name("my.cues.tsv"),
            Some(FileKind::Cues)
        );
    }

    #[test]
    fn bad_lines_reported_with_line_numbers() {
        let text = "# c\nUSA\tUnited States\tAmerican\nbad code\tX\nFRA\n";
        let (r, e) = parse_file("t.countries.tsv", FileKind::Countries, text);
        assert_eq!(r.countries.len(), 1);
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].line, 3);
        assert_eq!(e[1].line, 4);
        assert!(e[0].to_string().starts_with("t.countries.tsv:3:"));
    }

    #[test]
    fn roundtrip_person() {
        let text = "trump\tDonald Trump|Trump\tm\tUSAGOV 2025-01-20.. President; USAELI\n";
        let (r, e) = parse_file("p.people.tsv", FileKind::People, text);
        assert!(e.is_empty());
        assert_eq!(write_person(&r.people[0]), text.trim_end());
    }
}
