//! The in-memory lexicon: records of every kind, merged by id.

use crate::format::{
    self, Agent, Country, FileKind, Organisation, ParseError, Person, Place, Records,
};
use crate::matcher::FxMap;
use std::path::Path;

/// Errors of the lexicon crate.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{} malformed line(s); first: {}", .0.len(), .0.first().map(|e| e.to_string()).unwrap_or_default())]
    Invalid(Vec<ParseError>),
    #[error("{0}")]
    Convert(String),
}

/// The default lexicon files, embedded in the binary (name, text).
pub const EMBEDDED: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("../data/countries.tsv")),
    (
        "curated.countries.tsv",
        include_str!("../data/curated.countries.tsv"),
    ),
    // the converted Phoenix files first: the hand-written ones override them
    (
        "phoenix.organisations.tsv",
        include_str!("../data/phoenix.organisations.tsv"),
    ),
    (
        "phoenix.people.tsv",
        include_str!("../data/phoenix.people.tsv"),
    ),
    (
        "organisations.tsv",
        include_str!("../data/organisations.tsv"),
    ),
    ("people.tsv", include_str!("../data/people.tsv")),
    ("agents.tsv", include_str!("../data/agents.tsv")),
    ("places.tsv", include_str!("../data/places.tsv")),
    ("words.tsv", include_str!("../data/words.tsv")),
    ("cues.tsv", include_str!("../data/cues.tsv")),
];

/// Every record, merged: a later record with the same id replaces an
/// earlier one (so a user directory overrides the embedded lexicon).
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    pub organisations: Vec<Organisation>,
    pub people: Vec<Person>,
    pub agents: Vec<Agent>,
    pub places: Vec<Place>,
    pub words: Vec<(String, String)>,
    /// Cue words and their list (`word`, `list`), see `format::CUE_LISTS`.
    pub cues: Vec<(String, String)>,
    idx: FxMap<String, usize>,
}

/// The merge key of a record: its kind's letter, a colon, its id.
fn key(buf: &mut String, kind: char, parts: &[&str]) {
    buf.clear();
    buf.push(kind);
    buf.push(':');
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            buf.push('/');
        }
        buf.push_str(p);
    }
}

fn merge_into<T>(v: &mut Vec<T>, idx: &mut FxMap<String, usize>, key: &str, rec: T) {
    match idx.get(key) {
        Some(&i) => v[i] = rec,
        None => {
            idx.insert(key.to_string(), v.len());
            v.push(rec);
        }
    }
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Self {
        Self::default()
    }

    /// The default lexicon embedded in the binary.
    pub fn embedded() -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::new();
        let mut errs = Vec::new();
        for (name, text) in EMBEDDED {
            errs.extend(lex.add_text(name, text));
        }
        if errs.is_empty() {
            Ok(lex)
        } else {
            Err(LexiconError::Invalid(errs))
        }
    }

    /// The embedded lexicon with the files of `dir` added on top.
    pub fn embedded_with_dir(dir: &Path) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::embedded()?;
        let errs = lex.add_dir(dir)?;
        if errs.is_empty() {
            Ok(lex)
        } else {
            Err(LexiconError::Invalid(errs))
        }
    }

    /// A lexicon made only of the files of `dir`; fails on any malformed
    /// line (use [`Lexicon::add_dir`] to skip them instead).
    pub fn load_dir(dir: &Path) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::new();
        let errs = lex.add_dir(dir)?;
        if errs.is_empty() {
            Ok(lex)
        } else {
            Err(LexiconError::Invalid(errs))
        }
    }

    /// Adds every `*.tsv` lexicon file of `dir` (sorted by name). Returns
    /// the malformed lines, which were skipped.
    pub fn add_dir(&mut self, dir: &Path) -> Result<Vec<ParseError>, LexiconError> {
        let io = |e: std::io::Error| LexiconError::Io {
            path: dir.display().to_string(),
            source: e,
        };
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        let mut errs = Vec::new();
        for p in files {
            let name = p
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_string();
            if FileKind::from_file_name(&name).is_none() {
                continue;
            }
            let text = std::fs::read_to_string(&p).map_err(|e| LexiconError::Io {
                path: p.display().to_string(),
                source: e,
            })?;
            let shown = p.display().to_string();
            let (recs, e) = parse_named(&shown, &name, &text);
            errs.extend(e);
            self.add_records(recs);
        }
        Ok(errs)
    }

    /// Adds one file's text (`name` decides the kind). Returns the
    /// malformed lines.
    pub fn add_text(&mut self, name: &str, text: &str) -> Vec<ParseError> {
        let (recs, errs) = parse_named(name, name, text);
        self.add_records(recs);
        errs
    }

    pub fn add_records(&mut self, r: Records) {
        let mut k = String::new();
        self.countries.reserve(r.countries.len());
        self.organisations.reserve(r.organisations.len());
        self.people.reserve(r.people.len());
        self.places.reserve(r.places.len());
        self.idx.reserve(
            r.countries.len()
                + r.organisations.len()
                + r.people.len()
                + r.agents.len()
                + r.places.len()
                + r.words.len()
                + r.cues.len(),
        );
        for c in r.countries {
            key(&mut k, 'c', &[&c.code]);
            merge_into(&mut self.countries, &mut self.idx, &k, c);
        }
        for o in r.organisations {
            key(&mut k, 'o', &[&o.id]);
            merge_into(&mut self.organisations, &mut self.idx, &k, o);
        }
        for p in r.people {
            key(&mut k, 'p', &[&p.id]);
            merge_into(&mut self.people, &mut self.idx, &k, p);
        }
        for a in r.agents {
            key(&mut k, 'a', &[&a.id()]);
            merge_into(&mut self.agents, &mut self.idx, &k, a);
        }
        for p in r.places {
            key(
                &mut k,
                'l',
                &[
                    p.names.first().map(String::as_str).unwrap_or(""),
                    &p.country,
                ],
            );
            merge_into(&mut self.places, &mut self.idx, &k, p);
        }
        for (w, c) in r.words {
            key(&mut k, 'w', &[&w]);
            merge_into(&mut self.words, &mut self.idx, &k, (w, c));
        }
        for (w, l) in r.cues {
            key(&mut k, 'q', &[&l, &w]);
            merge_into(&mut self.cues, &mut self.idx, &k, (w, l));
        }
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.idx
            .get(&format!("c:{code}"))
            .map(|&i| &self.countries[i])
    }
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.idx.get(&format!("p:{id}")).map(|&i| &self.people[i])
    }
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.idx
            .get(&format!("o:{id}"))
            .map(|&i| &self.organisations[i])
    }

    /// Writes the lexicon as files of our format into `dir`.
    pub fn write_dir(&self, dir: &Path, prefix: &str) -> Result<Vec<String>, LexiconError> {
        let io = |p: &Path, e: std::io::Error| LexiconError::Io {
            path: p.display().to_string(),
            source: e,
        };
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        let mut written = Vec::new();
        let mut put = |kind: &str, header: &str, lines: Vec<String>| -> Result<(), LexiconError> {
            if lines.is_empty() {
                return Ok(());
            }
            let name = if prefix.is_empty() {
                format!("{kind}.tsv")
            } else {
                format!("{prefix}.{kind}.tsv")
            };
            let p = dir.join(&name);
            let mut text = String::from(header);
            for l in lines {
                text.push_str(&l);
                text.push('\n');
            }
            std::fs::write(&p, text).map_err(|e| io(&p, e))?;
            written.push(p.display().to_string());
            Ok(())
        };
        put(
            "countries",
            "# code\tnames\tadjectives\tpeople\tcapitals\n",
            self.countries.iter().map(format::write_country).collect(),
        )?;
        put(
            "organisations",
            "# id\tcodes\tnames\tkind\tnote\n",
            self.organisations
                .iter()
                .map(format::write_organisation)
                .collect(),
        )?;
        put(
            "people",
            "# id\tnames\tgender\troles\tnote\n",
            self.people.iter().map(format::write_person).collect(),
        )?;
        put(
            "agents",
            "# singular\tplural\tsector\tflags\n",
            self.agents.iter().map(format::write_agent).collect(),
        )?;
        put(
            "places",
            "# names\tcountry\tfeature\n",
            self.places.iter().map(format::write_place).collect(),
        )?;
        put(
            "words",
            "# word\tclass\n",
            self.words
                .iter()
                .map(|(w, c)| format!("{w}\t{c}"))
                .collect(),
        )?;
        put(
            "cues",
            "# word\tlist\n",
            self.cues.iter().map(|(w, l)| format!("{w}\t{l}")).collect(),
        )?;
        Ok(written)
    }
}

fn parse_named(shown: &str, name: &str, text: &str) -> (Records, Vec<ParseError>) {
    match FileKind::from_file_name(name) {
        Some(k) => format::parse_file(shown, k, text),
        None => (
            Records::default(),
            vec![ParseError {
                file: shown.to_string(),
                line: 0,
                message: "unknown lexicon file kind (expected *.countries.tsv, *.organisations.tsv, *.people.tsv, *.agents.tsv, *.places.tsv, *.words.tsv or *.cues.tsv)".into(),
            }],
        ),
    }
}
