//! Place mentions: capitalised name runs looked up in the gazetteer and
//! disambiguated by document country context, population and local cues.

use crate::gazetteer::{distance_km, fold, fold_in, prior, Feature, Gazetteer, NameRef, Place};
use crate::lexicon::{tsv_rows, FastMap, FastSet, List, Tok, TokKind, WordLists};
use crate::AttributesError;
use gesta_document::{ActorKind, ActorMention, PlaceMention};

/// Finds and resolves place names.
#[derive(Debug, Clone)]
pub struct PlaceFinder {
    pub gazetteer: Gazetteer,
    loc: FastSet<String>,
    titles: FastSet<String>,
    stop: FastSet<String>,
    features: FastSet<String>,
    /// Region words before a name that keep it a place ("North Texas").
    prefixes: FastSet<String>,
    /// Capitalised words after a name that point to a country ("County").
    ctx_words: FastMap<String, String>,
    /// Sentence-start, verb and connector words (`data/function_words.tsv`).
    lists: WordLists,
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
    /// Country of a context word right after ("Guernsey County" -> USA).
    ctx_after: Option<String>,
    /// The name opens a longer proper name ("U.S. House"): only a country
    /// or admin-1 reading is taken.
    partial: bool,
}

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
            loc: FastSet::default(),
            titles: FastSet::default(),
            stop: FastSet::default(),
            features: FastSet::default(),
            ctx_words: FastMap::default(),
            prefixes: FastSet::default(),
            lists: WordLists::embedded()?,
        };
        for (line, r) in tsv_rows("place_words.tsv", words, 2)? {
            let w = r[0].trim();
            match r[1].trim() {
                "loc" => f.loc.insert(w.to_lowercase()),
                "title" => f.titles.insert(fold(w.trim_end_matches('.'))),
                "stop" => f.stop.insert(fold(w)),
                "feature" => f.features.insert(w.to_lowercase()),
                "prefix" => f.prefixes.insert(fold(w)),
                "ctx" => {
                    let Some(cc) = r.get(2).map(|c| c.trim()).filter(|c| c.len() == 3) else {
                        return Err(AttributesError::Data {
                            file: "place_words.tsv",
                            line,
                            message: "a ctx row needs an ISO3 country in the third field".into(),
                        });
                    };
                    f.ctx_words.insert(w.to_lowercase(), cc.to_string());
                    true
                }
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

    /// The gazetteer key of a run of tokens: folded words joined with
    /// spaces, without a final possessive.
    fn key(toks: &[Tok]) -> String {
        let mut k = String::new();
        Self::key_into(&mut k, &mut String::new(), toks);
        k
    }

    /// [`Self::key`] into `k` (cleared first); `fb` is a folding buffer.
    fn key_into(k: &mut String, fb: &mut String, toks: &[Tok]) {
        k.clear();
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
            k.push_str(fold_in(fb, l));
            if t.dot {
                k.push('.');
            }
        }
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
        // country context: ISO3 -> weight (keys borrowed from the
        // gazetteer, the actors and the word lists: no string copies)
        let mut ctx: FastMap<&str, f64> = FastMap::default();
        // folding buffer for the word-list lookups
        let mut fb = String::new();
        // key and folding buffers of the gazetteer probes
        let (mut kb, mut kfb) = (String::new(), String::new());
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
                    } else if self.lists.has(List::Connector, &t[j].lower)
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
                if at_start && self.lists.has(List::Start, &t[i].lower) {
                    s0 = i + 1;
                }
                // demonyms give context ("Ukrainian", "Russians")
                for tk in &t[s0..j] {
                    if let Some(c) = g.demonym(fold_in(&mut fb, &tk.lower)) {
                        *ctx.entry(c.country.as_str()).or_default() += 0.5;
                    }
                }
                let mut s = s0;
                while s < j {
                    let maxl = g.max_words.min(j - s);
                    // names of several words starting here: one probe
                    let max_here = if maxl > 1 {
                        // the first word of the key ([`Self::key`])
                        let first = fold_in(&mut kfb, &t[s].lower);
                        if t[s].dot {
                            fb.clear();
                            fb.push_str(first);
                            fb.push('.');
                            g.max_words_from(&fb)
                        } else {
                            g.max_words_from(first)
                        }
                    } else {
                        1
                    };
                    let mut hit = None;
                    for l in (1..=maxl).rev() {
                        if l > 1 && l > max_here {
                            continue;
                        }
                        Self::key_into(&mut kb, &mut kfb, &t[s..s + l]);
                        let last = &t[s + l - 1];
                        let mut refs = &[][..];
                        if !last.dot && text[last.end..].starts_with('.') {
                            // the key with the dot that follows it in the text
                            // (an abbreviation the tokenizer left without it)
                            kb.push('.');
                            refs = g.lookup(&kb);
                            kb.pop();
                        }
                        if refs.is_empty() {
                            refs = g.lookup(&kb);
                        }
                        if refs.is_empty() {
                            continue;
                        }
                        let exact: Vec<NameRef> = refs
                            .iter()
                            .filter(|r| {
                                !r.exact_case
                                    || (t[s..s + l].iter().all(|x| {
                                        text[x.start..x.end].chars().all(|c| !c.is_lowercase())
                                    }) && t.get(s + l).is_none_or(|x| x.kind != TokKind::Num))
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
                        if s == s0
                            && (self.titles.contains(fold_in(&mut fb, &t[s].lower))
                                || self.prefixes.contains(fold_in(&mut fb, &t[s].lower))
                                || at_start)
                        {
                            s += 1;
                            continue;
                        }
                        break;
                    };
                    let e = s + l;
                    let full = e == j
                        || self
                            .titles
                            .contains(fold_in(&mut fb, t[e].lower.trim_end_matches('.')))
                        || (e < j && t[e].lower == "-");
                    // a country or state opening a longer name ("U.S. House",
                    // "Texas Department of Health") is still that place;
                    // cities are not ("Washington Post", "Dallas Cowboys")
                    let mut full = full;
                    let mut partial = false;
                    if !full
                        && s == s0
                        && refs.iter().any(|r| {
                            let p = &g.places[r.place as usize];
                            p.feature != Feature::City && !p.common && !r.alternate
                        })
                    {
                        full = true;
                        partial = true;
                    }
                    let single_stop = l == 1 && self.stop.contains(fold_in(&mut fb, &t[s].lower));
                    let starts_ok = s == s0
                        || (s > s0
                            && (self.titles.contains(fold_in(&mut fb, &t[s - 1].lower))
                                || (s == s0 + 1
                                    && self.prefixes.contains(fold_in(&mut fb, &t[s0].lower)))));
                    if full && !single_stop && starts_ok {
                        let prev = if s > 0 { t[s - 1].lower.as_str() } else { "" };
                        let prev2 = if s > 1 { t[s - 2].lower.as_str() } else { "" };
                        let locative = self.loc.contains(prev)
                            || (prev == "the" && self.loc.contains(prev2))
                            || (self.features.contains(prev))
                            || (prev == "of" && self.features.contains(prev2));
                        let demonym = if prev == "of" && self.features.contains(prev2) && s >= 3 {
                            g.demonym(fold_in(&mut fb, &t[s - 3].lower))
                                .map(|p| String::from(p.country.as_str()))
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
                                .is_some_and(|x| self.lists.has(List::Verbish, &x.lower));
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
                            partial,
                            ctx_after: t
                                .get(e)
                                .filter(|x| Self::is_cap(x))
                                .and_then(|x| self.ctx_words.get(&x.lower))
                                .cloned(),
                        });
                        s = e;
                        continue;
                    }
                    // "North Texas": a region word that is itself a name
                    if s == s0 && self.prefixes.contains(fold_in(&mut fb, &t[s].lower)) {
                        s += 1;
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
        // fixed context: demonyms (above), actor countries, dateline, and
        // context words ("Henry County" -> USA)
        for a in actors {
            if let Some(cc) = &a.country {
                if cc.len() == 3 {
                    *ctx.entry(cc.as_str()).or_default() += 0.5;
                }
            }
        }
        if let Some(d) = dateline {
            for part in d.split(',') {
                if let Some(p) = g.best(part.trim()) {
                    *ctx.entry(p.country.as_str()).or_default() += 2.0;
                }
            }
        }
        for s in sents {
            for (k, t) in s.toks.iter().enumerate() {
                if k > 0 && Self::is_cap(t) && Self::is_cap(&s.toks[k - 1]) {
                    if let Some(cc) = self.ctx_words.get(&t.lower) {
                        *ctx.entry(cc.as_str()).or_default() += 1.0;
                    }
                }
            }
        }
        // admin1 context: admin1 entries named in the text
        let mut adm_ctx: FastSet<(&str, &str)> = FastSet::default();
        for c in &cands {
            for r in &c.refs {
                let p = &g.places[r.place as usize];
                if p.feature == Feature::Admin1 && !r.alternate {
                    adm_ctx.insert((p.country.as_str(), p.admin1.as_str()));
                }
            }
        }
        // people and organisations of the lexicon are not places
        let hidden: Vec<bool> = cands
            .iter()
            .map(|c| {
                actors.iter().any(|a| {
                    a.start < c.end
                        && c.start < a.end
                        && matches!(
                            a.kind,
                            ActorKind::Person | ActorKind::Organisation | ActorKind::Agent
                        )
                        && !c.locative
                        && (a.end - a.start) >= (c.end - c.start)
                })
            })
            .collect();
        // context-free score parts: prior, "X, Y" containers, "the
        // Ukrainian city of X"
        let mut contained: Vec<Vec<bool>> = Vec::with_capacity(cands.len());
        let base: Vec<Vec<f64>> = cands
            .iter()
            .map(|c| {
                let container = c.container.map(|k| &cands[k]);
                let mut inside_v = Vec::with_capacity(c.refs.len());
                // an old or foreign name ("Philadelphia" for Amman) gives way
                // to a large place that bears it as its own name
                let main_big = c.refs.iter().any(|r| {
                    let p = &g.places[r.place as usize];
                    !r.alternate && (p.population >= 100_000 || p.feature != Feature::City)
                });
                let v = c
                    .refs
                    .iter()
                    .map(|r| {
                        let p = &g.places[r.place as usize];
                        let mut s = prior(p, r.alternate);
                        if r.alternate && main_big {
                            s -= 6.0;
                        }
                        let mut inside = false;
                        if let Some(k) = container {
                            if k.refs.iter().any(|kr| {
                                let kp = &g.places[kr.place as usize];
                                kp.geonames_id != p.geonames_id && contains(kp, p)
                            }) {
                                s += 30.0;
                                inside = true;
                            }
                        }
                        inside_v.push(inside);
                        if c.demonym.as_deref() == Some(p.country.as_str()) {
                            s += 30.0;
                        }
                        s
                    })
                    .collect();
                contained.push(inside_v);
                v
            })
            .collect();
        // Resolution in rounds: each round's accepted choices (each name's
        // own mentions left out) give the next round its country and
        // admin-1 context.
        let empty_adm: FastMap<(&str, &str), f64> = FastMap::default();
        let debug = !cands.is_empty() && std::env::var_os("PLACE_DEBUG").is_some();
        let mut choice: Vec<Option<(usize, f64)>> = vec![None; cands.len()];
        for round in 0..3 {
            // contributions of the previous round (round 0: context-free best)
            let mut contrib: Vec<(usize, &str, f64)> = Vec::new();
            let mut adm: Vec<(usize, (&str, &str), f64)> = Vec::new();
            for (ci, c) in cands.iter().enumerate() {
                if hidden[ci] || c.subject_like && round == 0 {
                    continue;
                }
                let pick = if round == 0 {
                    base[ci]
                        .iter()
                        .enumerate()
                        .filter(|(k, _)| {
                            !g.places[c.refs[*k].place as usize].local || contained[ci][*k]
                        })
                        .max_by(|a, b| a.1.total_cmp(b.1))
                        .map(|(k, _)| k)
                        .filter(|&k| {
                            let r = c.refs[k];
                            self.accept(c, &g.places[r.place as usize], r.alternate, None)
                        })
                } else {
                    choice[ci].map(|(k, _)| k)
                };
                let Some(k) = pick else { continue };
                let p = &g.places[c.refs[k].place as usize];
                let supported = c.locative || c.container.is_some() || c.multiword;
                let w = match p.feature {
                    Feature::Country | Feature::Admin1 => 1.0,
                    Feature::City if round == 0 && c.refs.len() > 1 => 0.5,
                    Feature::City if p.population >= 100_000 || supported => 1.0,
                    Feature::City => 0.5,
                };
                // each name counts once, with its strongest mention
                if let Some(x) = contrib
                    .iter_mut()
                    .find(|(k2, cc, _)| cands[*k2].key == c.key && *cc == p.country)
                {
                    x.2 = x.2.max(w);
                    continue;
                }
                contrib.push((ci, p.country.as_str(), w));
                adm.push((ci, (p.country.as_str(), p.admin1.as_str()), w));
            }
            let mut round_ctx = ctx.clone();
            let mut round_adm: FastMap<(&str, &str), f64> = FastMap::default();
            for (_, cc, w) in &contrib {
                *round_ctx.entry(cc).or_default() += w;
            }
            for (_, a, w) in &adm {
                *round_adm.entry(*a).or_default() += w;
            }
            let mut next = vec![None; cands.len()];
            // the context of each name without its own mentions (the same
            // for every mention of the name): computed once per name
            type NameCtx<'a> = (
                FastMap<&'a str, f64>,
                FastMap<(&'a str, &'a str), f64>,
                Option<&'a str>,
            );
            let mut name_ctx: FastMap<&str, NameCtx> = FastMap::default();
            // the cities chosen in the previous round: (name, lat, lon)
            let chosen_cities: Vec<(&str, f64, f64)> = if round > 0 {
                choice
                    .iter()
                    .enumerate()
                    .filter_map(|(cj, ch)| {
                        let (kj, _) = (*ch)?;
                        let q = &g.places[cands[cj].refs[kj].place as usize];
                        (q.feature == Feature::City).then_some((
                            cands[cj].key.as_str(),
                            q.lat as f64,
                            q.lon as f64,
                        ))
                    })
                    .collect()
            } else {
                Vec::new()
            };
            for (ci, c) in cands.iter().enumerate() {
                if hidden[ci] {
                    continue;
                }
                if !name_ctx.contains_key(c.key.as_str()) {
                    let mut cctx = round_ctx.clone();
                    for (k, cc, w) in &contrib {
                        if cands[*k].key == c.key {
                            if let Some(x) = cctx.get_mut(cc) {
                                *x -= w;
                            }
                        }
                    }
                    cctx.retain(|_, w| *w > 0.01);
                    let mut cadm = round_adm.clone();
                    for (k, a, w) in &adm {
                        if cands[*k].key == c.key {
                            if let Some(x) = cadm.get_mut(a) {
                                *x -= w;
                            }
                        }
                    }
                    cadm.retain(|_, w| *w > 0.01);
                    let total: f64 = cctx.values().sum();
                    let dominant = cctx
                        .iter()
                        .max_by(|a, b| a.1.total_cmp(b.1))
                        .filter(|(_, w)| **w >= 1.5 && **w >= 0.6 * total)
                        .map(|(k, _)| *k);
                    name_ctx.insert(c.key.as_str(), (cctx, cadm, dominant));
                }
                let Some((cctx, cadm, dominant)) = name_ctx.get(c.key.as_str()) else {
                    continue;
                };
                let adm_ref = if round == 0 { &empty_adm } else { cadm };
                let mut best: Option<(f64, usize)> = None;
                for (k, r) in c.refs.iter().enumerate() {
                    let p = &g.places[r.place as usize];
                    let mut s = base[ci][k];
                    if *dominant == Some(p.country.as_str()) {
                        s += 9.0;
                    }
                    if cctx.contains_key(p.country.as_str()) {
                        s += 4.0;
                    }
                    let a1 = (p.country.as_str(), p.admin1.as_str());
                    let in_adm = (p.feature == Feature::City && adm_ctx.contains(&a1))
                        || (p.feature != Feature::Country && adm_ref.contains_key(&a1));
                    if in_adm {
                        s += 4.0;
                    }
                    let mut local_ok = contained[ci][k] || in_adm;
                    // near another place of the story (previous round)
                    if round > 0 && p.feature == Feature::City {
                        let near = chosen_cities.iter().any(|&(key, lat, lon)| {
                            key != c.key
                                && distance_km(p.lat as f64, p.lon as f64, lat, lon) < 200.0
                        });
                        if near {
                            s += 5.0;
                            local_ok = true;
                        }
                    }
                    // a small town needs local evidence
                    if p.local && !local_ok {
                        continue;
                    }
                    // a land neighbour of a context country
                    if !cctx.contains_key(p.country.as_str())
                        && g.neighbours(&p.country)
                            .iter()
                            .any(|n| cctx.contains_key(n.as_str()))
                    {
                        s += 2.5;
                    }
                    // "Guernsey County": a county of the context word's country
                    if let Some(cc) = &c.ctx_after {
                        if *cc != p.country {
                            continue;
                        }
                        s += 10.0;
                    }
                    if best.is_none_or(|(b, _)| s > b) {
                        best = Some((s, k));
                    }
                }
                let Some((bs, k)) = best else { continue };
                let r = c.refs[k];
                let p = &g.places[r.place as usize];
                if round == 2 && debug {
                    eprintln!(
                        "{} -> {} {} score {bs:.1} dominant {dominant:?} ctx {cctx:?}",
                        c.key, p.name, p.country
                    );
                }
                if self.accept(c, p, r.alternate, Some(cctx)) {
                    next[ci] = Some((k, bs));
                }
            }
            choice = next;
        }

        let mut out = Vec::new();
        // "Town, State" where the town is not in the gazetteer (or only as a
        // place elsewhere): the town, located at its state's centre
        let state_of = |k: usize| -> Option<&Place> {
            let (kk, _) = choice[k]?;
            let sp = &g.places[cands[k].refs[kk].place as usize];
            (sp.feature == Feature::Admin1).then_some(sp)
        };
        let mut in_state: Vec<Option<&Place>> = vec![None; cands.len()];
        for (ci, c) in cands.iter().enumerate() {
            let Some(k) = c.container else { continue };
            let Some(sp) = state_of(k) else { continue };
            let inside = choice[ci]
                .is_some_and(|(kk, _)| contains(sp, &g.places[c.refs[kk].place as usize]));
            if !inside && !hidden[ci] {
                in_state[ci] = Some(sp);
            }
        }
        for (k, ck) in cands.iter().enumerate() {
            let Some(sp) = state_of(k) else { continue };
            let t = &sents[ck.sentence].toks;
            if ck.ts < 2
                || t[ck.ts - 1].lower != ","
                || !t
                    .get(ck.te)
                    .is_none_or(|x| x.kind == TokKind::Punct || !x.cap)
            {
                continue;
            }
            let e = ck.ts - 1;
            let mut b = e;
            while b > 0 && e - b < 3 && Self::is_cap(&t[b - 1]) {
                b -= 1;
            }
            if b == e
                || (b > 0 && Self::is_cap(&t[b - 1]))
                || t[b..e]
                    .iter()
                    .any(|x| self.stop.contains(&fold(&x.lower)) || x.dot)
                || cands
                    .iter()
                    .any(|c| c.sentence == ck.sentence && c.ts < e && b < c.te)
            {
                continue;
            }
            let (start, end) = (t[b].start, t[e - 1].end);
            if actors.iter().any(|a| a.start < end && start < a.end) {
                continue;
            }
            out.push(PlaceMention {
                start,
                end,
                text: text[start..end].to_string(),
                name: text[start..end].to_string(),
                country: Some(String::from(sp.country.as_str())),
                lat: Some(sp.lat as f64),
                lon: Some(sp.lon as f64),
                geonames_id: None,
                feature: "city".into(),
                sentence: ck.sentence,
            });
        }
        for (ci, c) in cands.iter().enumerate() {
            if let Some(sp) = in_state[ci] {
                out.push(PlaceMention {
                    start: c.start,
                    end: c.end,
                    text: text[c.start..c.end].to_string(),
                    name: text[c.start..c.end].to_string(),
                    country: Some(String::from(sp.country.as_str())),
                    lat: Some(sp.lat as f64),
                    lon: Some(sp.lon as f64),
                    geonames_id: None,
                    feature: "city".into(),
                    sentence: c.sentence,
                });
                continue;
            }
            let Some((k, _)) = choice[ci] else { continue };
            let p = &g.places[c.refs[k].place as usize];
            out.push(PlaceMention {
                start: c.start,
                end: c.end,
                text: text[c.start..c.end].to_string(),
                name: String::from(p.name.as_str()),
                country: Some(String::from(p.country.as_str())),
                lat: Some(p.lat as f64),
                lon: Some(p.lon as f64),
                geonames_id: Some(p.geonames_id),
                feature: p.feature.as_str().to_string(),
                sentence: c.sentence,
            });
        }
        out.sort_by_key(|p| p.start);
        out
    }

    /// May candidate `c` be taken as place `p`? `cctx` is the document's
    /// country context (None: judged without context, stricter).
    fn accept(
        &self,
        c: &Cand,
        p: &Place,
        alternate: bool,
        cctx: Option<&FastMap<&str, f64>>,
    ) -> bool {
        let supported = c.locative || c.container.is_some() || c.multiword || c.demonym.is_some();
        if p.common && !supported {
            return false;
        }
        if c.partial && (p.feature == Feature::City || alternate) {
            return false;
        }
        if alternate && p.population < 1_000_000 && p.feature != Feature::Country && !supported {
            return false;
        }
        if p.feature == Feature::City && c.subject_like {
            return false; // "Moscow has refused": the government, not the city
        }
        if p.feature == Feature::City
            && p.population < 100_000
            && !supported
            && !cctx.is_some_and(|x| x.contains_key(p.country.as_str()))
        {
            return false;
        }
        true
    }
}

/// Is `inner` inside `outer` (its country, or its admin-1 region)?
fn contains(outer: &Place, inner: &Place) -> bool {
    outer.country == inner.country
        && match outer.feature {
            Feature::Country => true,
            Feature::Admin1 => outer.admin1 == inner.admin1,
            Feature::City => false,
        }
}
