//! Place mentions: capitalised name runs looked up in the gazetteer and
//! disambiguated by document country context, population and local cues.

use crate::gazetteer::{fold, prior, Feature, Gazetteer, NameRef, Place};
use crate::lexicon::{tsv_rows, Tok, TokKind};
use crate::AttributesError;
use gesta_document::{ActorKind, ActorMention, PlaceMention};
use std::collections::{HashMap, HashSet};

/// Finds and resolves place names.
#[derive(Debug, Clone)]
pub struct PlaceFinder {
    pub gazetteer: Gazetteer,
    loc: HashSet<String>,
    titles: HashSet<String>,
    stop: HashSet<String>,
    features: HashSet<String>,
}

/// One sentence prepared for the finders.
#[derive(Debug, Clone)]
pub struct SentenceToks {
    pub start: usize,
    pub end: usize,
    pub toks: Vec<Tok>,
}

#[derive(Debug, Clone)]
struct Cand {
    key: String,
    sentence: usize,
    ts: usize,
    te: usize,
    start: usize,
    end: usize,
    refs: Vec<NameRef>,
    locative: bool,
    /// Index of a following ", Y" candidate.
    container: Option<usize>,
    /// Country named by a demonym just before ("the Ukrainian city of").
    demonym: Option<String>,
    subject_like: bool,
    multiword: bool,
}

const SENTENCE_START_SKIP: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "at",
    "on",
    "but",
    "and",
    "or",
    "when",
    "after",
    "before",
    "as",
    "if",
    "while",
    "since",
    "for",
    "from",
    "to",
    "with",
    "by",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "its",
    "our",
    "meanwhile",
    "during",
    "until",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "both",
    "some",
];

const VERBISH: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "said",
    "says",
    "say",
    "will",
    "would",
    "could",
    "can",
    "should",
    "may",
    "might",
    "must",
    "did",
    "does",
    "do",
    "wants",
    "wanted",
    "announced",
    "refused",
    "agreed",
    "rejected",
    "accused",
    "denied",
    "warned",
    "urged",
    "called",
    "demanded",
    "insisted",
    "claimed",
    "told",
    "stated",
    "added",
    "wrote",
    "reported",
];

const CONNECTORS: &[&str] = &[
    "of", "de", "del", "la", "le", "du", "des", "da", "do", "al", "el",
];

impl PlaceFinder {
    pub fn embedded() -> Result<PlaceFinder, AttributesError> {
        Self::new(
            Gazetteer::embedded()?,
            include_str!("../data/place_words.tsv"),
        )
    }

    pub fn new(gazetteer: Gazetteer, words: &str) -> Result<PlaceFinder, AttributesError> {
        let mut f = PlaceFinder {
            gazetteer,
            loc: HashSet::new(),
            titles: HashSet::new(),
            stop: HashSet::new(),
            features: HashSet::new(),
        };
        for (line, r) in tsv_rows("place_words.tsv", words, 2)? {
            let w = r[0].trim();
            match r[1].trim() {
                "loc" => f.loc.insert(w.to_lowercase()),
                "title" => f.titles.insert(fold(w.trim_end_matches('.'))),
                "stop" => f.stop.insert(fold(w)),
                "feature" => f.features.insert(w.to_lowercase()),
                other => {
                    return Err(AttributesError::Data {
                        file: "place_words.tsv",
                        line,
                        message: format!("unknown category {other:?}"),
                    })
                }
            };
        }
        Ok(f)
    }

    /// Is `w` (lowercase) a locative preposition?
    pub fn is_loc(&self, w: &str) -> bool {
        self.loc.contains(w)
    }

    fn key(toks: &[Tok]) -> String {
        let mut k = String::new();
        for (n, t) in toks.iter().enumerate() {
            if n > 0 {
                k.push(' ');
            }
            let mut l = t.lower.as_str();
            if n + 1 == toks.len() {
                l = l.strip_suffix("'s").unwrap_or(l);
                if t.lower.ends_with("s'") {
                    l = &l[..l.len() - 1];
                }
            }
            k.push_str(&fold(l));
            if t.dot {
                k.push('.');
            }
        }
        k
    }

    fn is_cap(t: &Tok) -> bool {
        t.kind == TokKind::Word && t.cap
    }

    /// Finds the place mentions of a document's sentences. `actors` are the
    /// lexicon's mentions (may be empty); `dateline` is the dateline place.
    pub fn find(
        &self,
        text: &str,
        sents: &[SentenceToks],
        actors: &[ActorMention],
        dateline: Option<&str>,
    ) -> Vec<PlaceMention> {
        let g = &self.gazetteer;
        let mut cands: Vec<Cand> = Vec::new();
        let mut ctx: HashMap<String, f64> = HashMap::new();
        for (si, s) in sents.iter().enumerate() {
            let t = &s.toks;
            let mut i = 0;
            while i < t.len() {
                if !Self::is_cap(&t[i]) {
                    // demonyms in lower case do not exist; numbers etc.
                    i += 1;
                    continue;
                }
                // the run of capitalised words (with connectors)
                let mut j = i + 1;
                while j < t.len() {
                    if Self::is_cap(&t[j]) {
                        j += 1;
                    } else if CONNECTORS.contains(&t[j].lower.as_str())
                        && j + 1 < t.len()
                        && Self::is_cap(&t[j + 1])
                        && !t[j - 1].lower.ends_with("'s")
                    {
                        j += 2;
                    } else {
                        break;
                    }
                }
                let mut s0 = i;
                let at_start = i == 0
                    || (i == 1 && t[0].kind == TokKind::Punct)
                    || (t[i - 1].kind == TokKind::Punct
                        && matches!(
                            t[i - 1].lower.as_str(),
                            "“" | "\"" | "‘" | "(" | ":" | "—" | "–"
                        ));
                if at_start && SENTENCE_START_SKIP.contains(&t[i].lower.as_str()) {
                    s0 = i + 1;
                }
                // demonyms give context ("Ukrainian", "Russians")
                for tk in &t[s0..j] {
                    if let Some(c) = g.demonym(&fold(&tk.lower)) {
                        *ctx.entry(c.country.clone()).or_default() += 0.5;
                    }
                }
                let mut s = s0;
                while s < j {
                    let maxl = g.max_words.min(j - s);
                    let mut hit = None;
                    for l in (1..=maxl).rev() {
                        let key = Self::key(&t[s..s + l]);
                        let last = &t[s + l - 1];
                        let mut refs = &[][..];
                        if !last.dot && text[last.end..].starts_with('.') {
                            refs = g.lookup(&format!("{key}."));
                        }
                        if refs.is_empty() {
                            refs = g.lookup(&key);
                        }
                        if refs.is_empty() {
                            continue;
                        }
                        let exact: Vec<NameRef> = refs
                            .iter()
                            .filter(|r| {
                                !r.exact_case
                                    || t[s..s + l].iter().all(|x| {
                                        text[x.start..x.end].chars().all(|c| !c.is_lowercase())
                                    })
                            })
                            .copied()
                            .collect();
                        if !exact.is_empty() {
                            hit = Some((l, exact));
                            break;
                        }
                    }
                    let Some((l, refs)) = hit else {
                        // only the run's first word may start a name, unless it
                        // is a title/role word ("President", "Gen.")
                        if s == s0 && (self.titles.contains(&fold(&t[s].lower)) || at_start) {
                            s += 1;
                            continue;
                        }
                        break;
                    };
                    let e = s + l;
                    let full = e == j
                        || self
                            .titles
                            .contains(&fold(t[e].lower.trim_end_matches('.')))
                        || (e < j && t[e].lower == "-");
                    let single_stop = l == 1 && self.stop.contains(&fold(&t[s].lower));
                    let starts_ok =
                        s == s0 || (s > s0 && self.titles.contains(&fold(&t[s - 1].lower)));
                    if full && !single_stop && starts_ok {
                        let prev = if s > 0 { t[s - 1].lower.as_str() } else { "" };
                        let prev2 = if s > 1 { t[s - 2].lower.as_str() } else { "" };
                        let locative = self.loc.contains(prev)
                            || (prev == "the" && self.loc.contains(prev2))
                            || (self.features.contains(prev))
                            || (prev == "of" && self.features.contains(prev2));
                        let demonym = if prev == "of" && self.features.contains(prev2) && s >= 3 {
                            g.demonym(&fold(&t[s - 3].lower)).map(|p| p.country.clone())
                        } else {
                            None
                        };
                        let mut k = e;
                        while k < t.len()
                            && t[k].kind == TokKind::Word
                            && t[k].lower.ends_with("ly")
                        {
                            k += 1;
                        }
                        let subject_like = !locative
                            && t.get(k)
                                .is_some_and(|x| VERBISH.contains(&x.lower.as_str()));
                        cands.push(Cand {
                            key: Self::key(&t[s..e]),
                            sentence: si,
                            ts: s,
                            te: e,
                            start: t[s].start,
                            end: t[e - 1].end,
                            refs,
                            locative,
                            container: None,
                            demonym,
                            subject_like,
                            multiword: l > 1,
                        });
                        s = e;
                        continue;
                    }
                    break;
                }
                i = j.max(i + 1);
            }
        }
        // ", Y" containers: a candidate directly after "X ,"
        for c in 0..cands.len() {
            if c + 1 < cands.len()
                && cands[c + 1].sentence == cands[c].sentence
                && cands[c + 1].ts == cands[c].te + 1
                && sents[cands[c].sentence].toks[cands[c].te].lower == ","
                && sents[cands[c + 1].sentence]
                    .toks
                    .get(cands[c + 1].te)
                    .is_none_or(|x| x.kind == TokKind::Punct || !x.cap)
            {
                cands[c].container = Some(c + 1);
            }
        }
        // context: unambiguous countries, actor countries, dateline; each
        // name's own mentions are left out when it is scored
        let mut contrib: Vec<(String, String, f64)> = Vec::new();
        for c in &cands {
            if let Some(best) = self.best_prior(&c.refs) {
                if best.feature == Feature::Country {
                    contrib.push((c.key.clone(), best.country.clone(), 1.0));
                } else if c.refs.len() == 1 {
                    contrib.push((c.key.clone(), best.country.clone(), 0.5));
                }
            }
        }
        for (_, cc, w) in &contrib {
            *ctx.entry(cc.clone()).or_default() += w;
        }
        for a in actors {
            if let Some(cc) = &a.country {
                if cc.len() == 3 {
                    *ctx.entry(cc.clone()).or_default() += 0.5;
                }
            }
        }
        if let Some(d) = dateline {
            for part in d.split(',') {
                if let Some(p) = g.best(part.trim()) {
                    *ctx.entry(p.country.clone()).or_default() += 2.0;
                }
            }
        }
        // admin1 context: admin1 entries named in the text
        let mut adm_ctx: HashSet<(String, String)> = HashSet::new();
        for c in &cands {
            for r in &c.refs {
                let p = &g.places[r.place as usize];
                if p.feature == Feature::Admin1 && !r.alternate {
                    adm_ctx.insert((p.country.clone(), p.admin1.clone()));
                }
            }
        }

        let mut out = Vec::new();
        for c in &cands {
            // people and organisations of the lexicon are not places
            let actor = actors.iter().find(|a| a.start < c.end && c.start < a.end);
            if let Some(a) = actor {
                if matches!(
                    a.kind,
                    ActorKind::Person | ActorKind::Organisation | ActorKind::Agent
                ) && !c.locative
                    && (a.end - a.start) >= (c.end - c.start)
                {
                    continue;
                }
            }
            let container = c.container.map(|k| &cands[k]);
            // the context without this name's own mentions
            let mut cctx = ctx.clone();
            for (k, cc, w) in &contrib {
                if *k == c.key {
                    if let Some(x) = cctx.get_mut(cc) {
                        *x -= w;
                    }
                }
            }
            cctx.retain(|_, w| *w > 0.01);
            let total: f64 = cctx.values().sum();
            let top = cctx
                .iter()
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map(|(k, w)| (k.clone(), *w));
            let dominant = top
                .as_ref()
                .filter(|(_, w)| *w >= 1.5 && *w >= 0.6 * total)
                .map(|t| t.0.clone());
            let mut best: Option<(f64, &Place, bool)> = None;
            for r in &c.refs {
                let p = &g.places[r.place as usize];
                let mut s = prior(p, r.alternate);
                if dominant.as_deref() == Some(p.country.as_str()) {
                    s += 9.0;
                }
                if cctx.contains_key(&p.country) {
                    s += 4.0;
                }
                if p.feature == Feature::City
                    && adm_ctx.contains(&(p.country.clone(), p.admin1.clone()))
                {
                    s += 4.0;
                }
                if let Some(k) = container {
                    for kr in &k.refs {
                        let kp = &g.places[kr.place as usize];
                        let inside = (kp.feature == Feature::Country && kp.country == p.country)
                            || (kp.feature == Feature::Admin1
                                && kp.country == p.country
                                && kp.admin1 == p.admin1);
                        if inside && kp.geonames_id != p.geonames_id {
                            s += 30.0;
                            break;
                        }
                    }
                }
                if c.demonym.as_deref() == Some(p.country.as_str()) {
                    s += 30.0;
                }
                if best.is_none_or(|(b, _, _)| s > b) {
                    best = Some((s, p, r.alternate));
                }
            }
            let Some((bs, p, alternate)) = best else {
                continue;
            };
            if std::env::var("PLACE_DEBUG").is_ok() {
                eprintln!(
                    "{} -> {} {} score {bs:.1} dominant {dominant:?} ctx {cctx:?}",
                    c.key, p.name, p.country
                );
            }
            let supported =
                c.locative || c.container.is_some() || c.multiword || c.demonym.is_some();
            if p.common && !supported {
                continue;
            }
            if alternate && p.population < 1_000_000 && p.feature != Feature::Country && !supported
            {
                continue;
            }
            if p.feature == Feature::City && c.subject_like {
                continue; // "Moscow has refused": the government, not the city
            }
            if p.feature == Feature::City
                && p.population < 100_000
                && !supported
                && !cctx.contains_key(&p.country)
            {
                continue;
            }
            out.push(PlaceMention {
                start: c.start,
                end: c.end,
                text: text[c.start..c.end].to_string(),
                name: p.name.clone(),
                country: Some(p.country.clone()),
                lat: Some(p.lat as f64),
                lon: Some(p.lon as f64),
                geonames_id: Some(p.geonames_id),
                feature: p.feature.as_str().to_string(),
                sentence: c.sentence,
            });
        }
        out
    }

    fn best_prior(&self, refs: &[NameRef]) -> Option<&Place> {
        refs.iter()
            .map(|r| (&self.gazetteer.places[r.place as usize], r.alternate))
            .max_by(|a, b| prior(a.0, a.1).total_cmp(&prior(b.0, b.1)))
            .map(|x| x.0)
    }
}
