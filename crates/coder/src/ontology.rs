//! CAMEO/PLOVER ontology tables (data files under `data/ontology/`).

use std::collections::HashMap;

use gesta_document::{Event, Plover};

use crate::CoderError;

const CAMEO_EVENTS: &str = include_str!("../data/ontology/cameo_events.tsv");
const PLOVER_SCORES: &str = include_str!("../data/ontology/plover_scores.tsv");
const COUNTERPARTS: &str = include_str!("../data/ontology/counterparts.tsv");

/// One CAMEO event code with what the ontology says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    pub code: String,
    pub root: String,
    pub description: String,
    pub goldstein: Option<f64>,
    pub quad_class: Option<u8>,
    /// PLOVER type/mode/context; `None` where PLOVER drops the code (01x, 02x).
    pub plover: Option<Plover>,
}

/// What a code becomes under modality or negation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Counterpart {
    /// Keep the code.
    Same,
    /// Drop the event.
    Drop,
    /// Use another code.
    Code(String),
}

/// The CAMEO event ontology with its PLOVER mapping, Goldstein scores and the
/// intent/negation counterpart table.
#[derive(Debug, Clone, Default)]
pub struct Ontology {
    codes: HashMap<String, CameoCode>,
    plover_scores: HashMap<(String, String), f64>,
    counterparts: Vec<(String, Counterpart, Counterpart)>,
}

fn tsv_rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let l = l.trim_end_matches('\r');
        if l.trim().is_empty() || l.starts_with('#') {
            None
        } else {
            Some((i + 1, l.split('\t').collect()))
        }
    })
}

fn counterpart(s: &str) -> Counterpart {
    match s.trim() {
        "=" | "" => Counterpart::Same,
        "-" => Counterpart::Drop,
        c => Counterpart::Code(c.to_string()),
    }
}

impl Ontology {
    /// The embedded default tables.
    pub fn embedded() -> Result<Ontology, CoderError> {
        Ontology::from_strs(CAMEO_EVENTS, PLOVER_SCORES, COUNTERPARTS)
    }

    /// Builds the ontology from the three table texts (formats in `docs/formats.md`).
    pub fn from_strs(
        cameo: &str,
        plover_scores: &str,
        counterparts: &str,
    ) -> Result<Ontology, CoderError> {
        let mut o = Ontology::default();
        for (line, f) in tsv_rows(cameo) {
            if f.len() < 5 {
                return Err(CoderError::Data {
                    file: "cameo_events.tsv".into(),
                    line,
                    message: format!("expected at least 5 tab-separated columns, got {}", f.len()),
                });
            }
            let num = |s: &str| s.trim().parse::<f64>().ok();
            let ptype = f.get(5).map(|s| s.trim()).unwrap_or("");
            let plover = if ptype.is_empty() {
                None
            } else {
                Some(Plover {
                    event_type: ptype.to_string(),
                    mode: f.get(6).map(|s| s.trim()).unwrap_or("").to_string(),
                    context: f.get(7).map(|s| s.trim()).unwrap_or("").to_string(),
                })
            };
            let code = f[0].trim().to_string();
            o.codes.insert(
                code.clone(),
                CameoCode {
                    code,
                    root: f[1].trim().to_string(),
                    description: f[2].trim().to_string(),
                    goldstein: num(f[3]),
                    quad_class: f[4].trim().parse::<u8>().ok(),
                    plover,
                },
            );
        }
        for (line, f) in tsv_rows(plover_scores) {
            if f.len() < 4 {
                return Err(CoderError::Data {
                    file: "plover_scores.tsv".into(),
                    line,
                    message: "expected 4 tab-separated columns".into(),
                });
            }
            if let Ok(s) = f[3].trim().parse::<f64>() {
                o.plover_scores
                    .insert((f[0].trim().to_string(), f[1].trim().to_string()), s);
            }
        }
        for (line, f) in tsv_rows(counterparts) {
            if f.len() < 3 {
                return Err(CoderError::Data {
                    file: "counterparts.tsv".into(),
                    line,
                    message: "expected 3 tab-separated columns".into(),
                });
            }
            o.counterparts.push((
                f[0].trim().to_string(),
                counterpart(f[1]),
                counterpart(f[2]),
            ));
        }
        // Longest prefix first.
        o.counterparts.sort_by_key(|r| std::cmp::Reverse(r.0.len()));
        Ok(o)
    }

    /// Number of CAMEO codes known.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// Looks a code up; unknown codes fall back to their parent (`0234` ->
    /// `023` -> `02`).
    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        let mut c = code.trim();
        while !c.is_empty() {
            if let Some(x) = self.codes.get(c) {
                return Some(x);
            }
            if c.len() <= 2 {
                break;
            }
            c = &c[..c.len() - 1];
        }
        None
    }

    /// Whether the code itself (not a parent) is in the table.
    pub fn contains(&self, code: &str) -> bool {
        self.codes.contains_key(code)
    }

    pub fn description(&self, code: &str) -> Option<&str> {
        self.get(code).map(|c| c.description.as_str())
    }

    pub fn goldstein(&self, code: &str) -> Option<f64> {
        self.get(code).and_then(|c| c.goldstein)
    }

    pub fn quad_class(&self, code: &str) -> Option<u8> {
        self.get(code).and_then(|c| c.quad_class)
    }

    pub fn plover(&self, code: &str) -> Option<&Plover> {
        self.get(code).and_then(|c| c.plover.as_ref())
    }

    /// The two-digit root of a code.
    pub fn root(&self, code: &str) -> String {
        match self.get(code) {
            Some(c) if !c.root.is_empty() => c.root.clone(),
            _ => code.chars().take(2).collect(),
        }
    }

    /// PLOVER intensity for a type and mode (mode score when known, else the type's).
    pub fn plover_score(&self, event_type: &str, mode: &str) -> Option<f64> {
        if !mode.is_empty() {
            if let Some(s) = self
                .plover_scores
                .get(&(event_type.to_string(), mode.to_string()))
            {
                return Some(*s);
            }
        }
        self.plover_scores
            .get(&(event_type.to_string(), String::new()))
            .copied()
    }

    fn counterpart_row(&self, code: &str) -> Option<&(String, Counterpart, Counterpart)> {
        self.counterparts.iter().find(|r| code.starts_with(&r.0))
    }

    /// The code an intended ("will", "ready to") event takes.
    pub fn intent_of(&self, code: &str) -> Counterpart {
        self.counterpart_row(code)
            .map(|r| r.1.clone())
            .unwrap_or(Counterpart::Same)
    }

    /// The code a negated event takes.
    pub fn negation_of(&self, code: &str) -> Counterpart {
        self.counterpart_row(code)
            .map(|r| r.2.clone())
            .unwrap_or(Counterpart::Drop)
    }
}

/// Fills `root`, `goldstein`, `quad_class` and `plover` of an event from its
/// `cameo` code (unknown codes fall back to their parent code). Fields already
/// set are overwritten only when the ontology knows the code.
pub fn enrich(ontology: &Ontology, event: &mut Event) {
    let code = event.cameo.trim().to_string();
    if code.is_empty() {
        return;
    }
    if let Some(c) = ontology.get(&code) {
        event.root = c.root.clone();
        event.goldstein = c.goldstein;
        event.quad_class = c.quad_class;
        event.plover = c.plover.clone();
    } else if event.root.is_empty() {
        event.root = code.chars().take(2).collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_and_fallback() {
        let o = Ontology::embedded().unwrap();
        assert!(o.len() > 300);
        let c = o.get("041").unwrap();
        assert_eq!(c.root, "04");
        assert_eq!(c.quad_class, Some(1));
        let p = c.plover.as_ref().unwrap();
        assert_eq!(p.event_type, "CONSULT");
        assert_eq!(p.mode, "phone");
        // 0419 does not exist: falls back to 041.
        assert_eq!(o.get("0419").unwrap().code, "041");
        assert_eq!(o.goldstein("190"), Some(-10.0));
        assert_eq!(o.plover("190").unwrap().event_type, "ASSAULT");
        assert!(o.plover("010").is_none());
        assert_eq!(o.root("1246"), "12");
        assert!(o.get("99").is_none());
    }

    #[test]
    fn counterparts() {
        let o = Ontology::embedded().unwrap();
        assert_eq!(o.intent_of("041"), Counterpart::Code("036".into()));
        assert_eq!(o.intent_of("120"), Counterpart::Same);
        assert_eq!(o.negation_of("0356"), Counterpart::Code("1246".into()));
        assert_eq!(o.negation_of("190"), Counterpart::Drop);
        assert_eq!(o.negation_of("042"), Counterpart::Code("125".into()));
    }

    #[test]
    fn enrich_fills_fields() {
        let o = Ontology::embedded().unwrap();
        let mut e = Event {
            cameo: "0871".into(),
            ..Default::default()
        };
        enrich(&o, &mut e);
        assert_eq!(e.root, "08");
        assert_eq!(e.quad_class, Some(2));
        assert_eq!(e.plover.unwrap().mode, "ceasefire");
        assert!(e.goldstein.is_some());
    }

    #[test]
    fn plover_scores() {
        let o = Ontology::embedded().unwrap();
        assert_eq!(o.plover_score("CONSULT", "visit"), Some(4.0));
        assert_eq!(o.plover_score("CONSULT", ""), Some(2.5));
        assert_eq!(o.plover_score("ASSAULT", "nonsense"), Some(-9.0));
    }

    #[test]
    fn bad_table_is_an_error() {
        let e = Ontology::from_strs("01\t01\n", "", "").unwrap_err();
        assert!(e.to_string().contains("line 1"));
    }
}
