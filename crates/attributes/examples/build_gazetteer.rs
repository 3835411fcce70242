//! Builds `crates/attributes/data/gazetteer.tsv` from the GeoNames files in
//! `../shared/gazetteer/geonames` (CC BY 4.0), the country names and demonyms
//! of mledoze/countries (ODbL 1.0) and a common-word list derived from UD
//! English EWT (CC BY-SA 4.0; only the flag "this name is a common English
//! word" is kept).
//!
//! Usage: `cargo run -p gesta-attributes --example build_gazetteer -- [SHARED_DIR] [OUT]`
//! The format is documented in `docs/attributes.md`.

use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

const MIN_POP: i64 = 15_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let shared = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").to_string());
    let out = args
        .get(2)
        .cloned()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/gazetteer.tsv").to_string());
    let geo = format!("{shared}/gazetteer/geonames");

    // ---- common English words (lowercase-dominant in EWT) ----
    let common = common_words(&format!(
        "{shared}/nlp/ud_english_ewt/en_ewt-ud-train.conllu"
    ))?;

    // ---- countries ----
    let countries: BTreeMap<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(format!("{geo}/countries.json"))?)?;
    let mled: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(format!(
        "{shared}/gazetteer/countries/mledoze-countries.json"
    ))?)?;
    let mled_by_iso2: HashMap<String, &Value> = mled
        .iter()
        .filter_map(|m| Some((m.get("cca2")?.as_str()?.to_string(), m)))
        .collect();
    let iso2_to_3: HashMap<String, String> = countries
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), v.get("iso3")?.as_str()?.to_string())))
        .collect();

    // ---- cities ----
    let cities: BTreeMap<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(format!("{geo}/cities5000.json"))?)?;
    // capitals: (iso2, name) -> chosen city id (largest of that name in that country)
    let mut capital_ids: HashSet<i64> = HashSet::new();
    for (iso2, c) in &countries {
        let cap = c.get("capital").and_then(Value::as_str).unwrap_or("");
        if cap.is_empty() {
            continue;
        }
        let mut best: Option<(i64, i64)> = None;
        for v in cities.values() {
            if v.get("countrycode").and_then(Value::as_str) != Some(iso2.as_str()) {
                continue;
            }
            let name = v.get("name").and_then(Value::as_str).unwrap_or("");
            let alts = v.get("alternatenames").and_then(Value::as_array);
            let hit =
                name == cap || alts.is_some_and(|a| a.iter().any(|x| x.as_str() == Some(cap)));
            if hit {
                let pop = v.get("population").and_then(Value::as_i64).unwrap_or(0);
                let id = v.get("geonameid").and_then(Value::as_i64).unwrap_or(0);
                if best.is_none_or(|(_, p)| pop > p) {
                    best = Some((id, pop));
                }
            }
        }
        if let Some((id, _)) = best {
            capital_ids.insert(id);
        }
    }

    // admin-1 aggregates from all 5000+ cities
    let mut adm_pop: HashMap<String, (f64, f64, f64)> = HashMap::new(); // key "CC.code" -> (pop, lat*pop, lon*pop)
                                                                        // key "CC.code" -> bounding box of its towns (min lat, max lat, min lon, max lon)
    let mut adm_box: HashMap<String, (f64, f64, f64, f64)> = HashMap::new();
    for v in cities.values() {
        let cc = v.get("countrycode").and_then(Value::as_str).unwrap_or("");
        let a1 = v.get("admin1code").and_then(Value::as_str).unwrap_or("");
        let pop = v
            .get("population")
            .and_then(Value::as_f64)
            .unwrap_or(0.0)
            .max(1.0);
        let lat = v.get("latitude").and_then(Value::as_f64).unwrap_or(0.0);
        let lon = v.get("longitude").and_then(Value::as_f64).unwrap_or(0.0);
        let e = adm_pop
            .entry(format!("{cc}.{a1}"))
            .or_insert((0.0, 0.0, 0.0));
        e.0 += pop;
        e.1 += lat * pop;
        e.2 += lon * pop;
        let b = adm_box
            .entry(format!("{cc}.{a1}"))
            .or_insert((lat, lat, lon, lon));
        *b = (b.0.min(lat), b.1.max(lat), b.2.min(lon), b.3.max(lon));
    }

    let mut o = String::new();
    o.push_str("# gesta gazetteer: derived from GeoNames (CC BY 4.0, https://www.geonames.org/), country names and demonyms from mledoze/countries (ODbL 1.0).\n");
    o.push_str(
        "# Built by crates/attributes/examples/build_gazetteer.rs; format in docs/attributes.md.\n",
    );
    o.push_str("# geonameid\tfeature\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tflags\talternates\tdemonyms\n");

    // countries
    for (iso2, c) in &countries {
        let iso3 = c.get("iso3").and_then(Value::as_str).unwrap_or("");
        let id = c.get("geonameid").and_then(Value::as_i64).unwrap_or(0);
        let name = c.get("name").and_then(Value::as_str).unwrap_or("");
        let pop = c.get("population").and_then(Value::as_i64).unwrap_or(0);
        let mut alts: Vec<String> = Vec::new();
        let mut dem: Vec<String> = Vec::new();
        let (mut lat, mut lon) = (0.0, 0.0);
        if let Some(m) = mled_by_iso2.get(iso2) {
            for p in ["/name/common", "/name/official"] {
                if let Some(s) = m.pointer(p).and_then(Value::as_str) {
                    alts.push(s.to_string());
                }
            }
            if let Some(a) = m.get("altSpellings").and_then(Value::as_array) {
                for s in a.iter().filter_map(Value::as_str) {
                    if s.len() >= 2 && s.chars().all(|ch| ch.is_ascii_uppercase()) {
                        // all-caps code like "US", "UK": also dotted form
                        if s.len() <= 3 {
                            alts.push(s.to_string());
                        }
                    } else if s.len() >= 3 {
                        alts.push(s.to_string());
                    }
                }
            }
            for p in ["/demonyms/eng/m", "/demonyms/eng/f"] {
                if let Some(s) = m.pointer(p).and_then(Value::as_str) {
                    dem.push(s.to_string());
                }
            }
            if let Some(ll) = m.get("latlng").and_then(Value::as_array) {
                lat = ll.first().and_then(Value::as_f64).unwrap_or(0.0);
                lon = ll.get(1).and_then(Value::as_f64).unwrap_or(0.0);
            }
        }
        let alts = clean_alts(name, alts, &common, true);
        dem.sort();
        dem.dedup();
        writeln!(
            o,
            "{id}\tcountry\t{name}\t{iso3}\t\t{lat:.4}\t{lon:.4}\t{pop}\t\t{}\t{}",
            alts.join(";"),
            dem.join(";")
        )?;
    }

    // admin-1
    let adm = std::fs::read_to_string(format!("{geo}/admin1CodesASCII.txt"))?;
    for line in adm.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 {
            continue;
        }
        let (key, name, ascii, id) = (f[0], f[1], f[2], f[3]);
        let Some((cc, code)) = key.split_once('.') else {
            continue;
        };
        let Some(iso3) = iso2_to_3.get(cc) else {
            continue;
        };
        // the middle of the region's towns' bounding box: close to the
        // geographic centre GeoNames and GDELT use for a region; the
        // population-weighted centre (la / p, lo / p) drifts to the largest city
        let (pop, lat, lon) = match (adm_pop.get(key), adm_box.get(key)) {
            (Some(&(p, _, _)), Some(&(a, b, c, d))) if p > 0.0 => {
                let lon = if d - c > 180.0 {
                    (c + d) / 2.0 + 180.0
                } else {
                    (c + d) / 2.0
                };
                let lon = if lon > 180.0 { lon - 360.0 } else { lon };
                (p, (a + b) / 2.0, lon)
            }
            _ => continue, // no city of 5000+: no coordinates
        };
        let mut alts = vec![ascii.to_string()];
        for suf in [
            " Oblast",
            " Oblast'",
            " Province",
            " Region",
            " Governorate",
            " Prefecture",
            " District",
            " Department",
            " State",
            " Kray",
            " Krai",
            " Republic",
            " County",
        ] {
            for n in [name, ascii] {
                if let Some(s) = n.strip_suffix(suf) {
                    alts.push(s.to_string());
                }
            }
        }
        for pre in ["Province of ", "State of ", "Region of ", "Republic of "] {
            if let Some(s) = name.strip_prefix(pre) {
                alts.push(s.to_string());
            }
        }
        let alts = clean_alts(name, alts, &common, false);
        let flags = flag(name, &common);
        writeln!(
            o,
            "{id}\tadmin1\t{name}\t{iso3}\t{code}\t{lat:.4}\t{lon:.4}\t{}\t{flags}\t{}\t",
            pop as i64,
            alts.join(";")
        )?;
    }

    // cities
    for v in cities.values() {
        let id = v.get("geonameid").and_then(Value::as_i64).unwrap_or(0);
        let pop = v.get("population").and_then(Value::as_i64).unwrap_or(0);
        let cap = capital_ids.contains(&id);
        // towns of 5,000-15,000 are kept as "local" entries (flag `l`, no
        // alternate names): taken only with local evidence in the story
        let local = pop < MIN_POP && !cap;
        let cc = v.get("countrycode").and_then(Value::as_str).unwrap_or("");
        let Some(iso3) = iso2_to_3.get(cc) else {
            continue;
        };
        let name = v.get("name").and_then(Value::as_str).unwrap_or("");
        let a1 = v.get("admin1code").and_then(Value::as_str).unwrap_or("");
        let lat = v.get("latitude").and_then(Value::as_f64).unwrap_or(0.0);
        let lon = v.get("longitude").and_then(Value::as_f64).unwrap_or(0.0);
        let alts: Vec<String> = v
            .get("alternatenames")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let alts = if local {
            Vec::new()
        } else {
            clean_alts(name, alts, &common, false)
        };
        let mut flags = flag(name, &common);
        if cap {
            flags.push('c');
        }
        if local {
            flags.push('l');
        }
        writeln!(
            o,
            "{id}\tcity\t{name}\t{iso3}\t{a1}\t{lat:.4}\t{lon:.4}\t{pop}\t{flags}\t{}\t",
            alts.join(";")
        )?;
    }
    std::fs::write(&out, o)?;
    eprintln!("wrote {out}");

    // ---- land neighbours (GeoNames countryInfo.txt, column 18) ----
    let nb_out = std::path::Path::new(&out).with_file_name("neighbours.tsv");
    let mut nb = String::from(
        "# Land neighbours of each country, from GeoNames countryInfo.txt (CC BY 4.0).\n\
         # ISO3<TAB>neighbour ISO3 codes separated by ';'\n",
    );
    for line in std::fs::read_to_string(format!("{geo}/countryInfo.txt"))?.lines() {
        if line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(iso3), Some(n)) = (f.get(1), f.get(17)) else {
            continue;
        };
        let ns: Vec<&str> = n
            .split(',')
            .filter_map(|c| iso2_to_3.get(c.trim()).map(String::as_str))
            .collect();
        if !ns.is_empty() {
            nb.push_str(&format!("{iso3}\t{}\n", ns.join(";")));
        }
    }
    std::fs::write(&nb_out, nb)?;
    eprintln!("wrote {}", nb_out.display());
    Ok(())
}

fn flag(name: &str, common: &HashSet<String>) -> String {
    if common.contains(&name.to_lowercase()) {
        "w".into()
    } else {
        String::new()
    }
}

/// Keeps alternates a news text could use: Latin letters, starting upper
/// case, not a common English word, not equal to the name.
fn clean_alts(name: &str, alts: Vec<String>, common: &HashSet<String>, codes: bool) -> Vec<String> {
    let mut seen: HashSet<String> = HashSet::new();
    seen.insert(name.to_string());
    let mut out = Vec::new();
    for a in alts {
        let a = a.trim().to_string();
        let first_upper = a.chars().next().is_some_and(|c| c.is_uppercase());
        let latin = a.chars().all(|c| {
            c.is_alphabetic() && (c as u32) < 0x250 || matches!(c, ' ' | '.' | '\'' | '-' | '’')
        });
        let is_code = codes && a.chars().all(|c| c.is_ascii_uppercase() || c == '.');
        // short alternates of cities and regions ("Kan", "Pa") are mostly noise
        let min = if codes { 3 } else { 5 };
        if !first_upper || !latin || (a.chars().count() < min && !is_code) {
            continue;
        }
        if !codes && a.chars().all(|c| !c.is_lowercase()) {
            continue; // "DNK", "PARIS": codes and shouting, not names
        }
        if !is_code && common.contains(&a.to_lowercase()) {
            continue;
        }
        if a.contains(';') || a.contains('\t') {
            continue;
        }
        if seen.insert(a.clone()) {
            out.push(a);
        }
    }
    out
}

/// Words whose lowercase form is at least as frequent in EWT as their
/// capitalised non-initial form, seen at least 3 times.
fn common_words(path: &str) -> Result<HashSet<String>, Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(path)?;
    let mut lower: HashMap<String, u32> = HashMap::new();
    let mut upper: HashMap<String, u32> = HashMap::new();
    let mut first = true;
    for line in text.lines() {
        if line.is_empty() {
            first = true;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 || f[0].contains('-') || f[0].contains('.') {
            continue;
        }
        let w = f[1];
        if w.chars().next().is_some_and(char::is_lowercase) {
            *lower.entry(w.to_string()).or_default() += 1;
        } else if !first && f[3] != "PUNCT" {
            *upper.entry(w.to_lowercase()).or_default() += 1;
        }
        first = false;
    }
    Ok(lower
        .into_iter()
        .filter(|(w, n)| *n >= 3 && *n >= *upper.get(w).unwrap_or(&0))
        .map(|(w, _)| w)
        .collect())
}
