//! The embedded gazetteer (data/gazetteer.tsv, from GeoNames) and its
//! name index.

use crate::lexicon::{tsv_rows, FastMap};
use crate::AttributesError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Feature {
    Country,
    Admin1,
    City,
}

impl Feature {
    pub fn as_str(self) -> &'static str {
        match self {
            Feature::Country => "country",
            Feature::Admin1 => "admin1",
            Feature::City => "city",
        }
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub geonames_id: u64,
    pub feature: Feature,
    pub name: String,
    /// ISO 3166-1 alpha-3 (as CAMEO country codes).
    pub country: String,
    /// Admin-1 code within the country ("TX", "04").
    pub admin1: String,
    pub lat: f32,
    pub lon: f32,
    pub population: u64,
    /// A national capital.
    pub capital: bool,
    /// The name is also a common English word (needs locative context).
    pub common: bool,
    /// A town under 15,000 people: taken only with local evidence (its
    /// state or a nearby place in the story, or "Town, State").
    pub local: bool,
}

/// How a name in the index reaches an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameRef {
    pub place: u32,
    /// Reached through an alternate name, not the main one.
    pub alternate: bool,
    /// Must match with the same letter case (codes like "US", "UK").
    pub exact_case: bool,
}

/// The gazetteer: entries plus a folded-name index.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub places: Vec<Place>,
    index: FastMap<String, Vec<NameRef>>,
    /// Folded demonym ("ukrainian", "ukrainians") -> country entry.
    demonyms: FastMap<String, u32>,
    by_id: FastMap<u64, u32>,
    /// ISO3 -> country entry.
    countries: FastMap<String, u32>,
    /// (ISO3, admin1 code) -> admin1 entry.
    admin1: FastMap<(String, String), u32>,
    /// ISO3 -> land neighbours (ISO3).
    neighbours: FastMap<String, Vec<String>>,
    /// Longest name in words.
    pub max_words: usize,
    /// First word of the names of two or more words -> their most words
    /// (lets the place finder skip lookups no name can answer).
    multi: FastMap<String, usize>,
}

/// Lowercases and strips diacritics and dots' neighbours for matching:
/// "Dnipró" -> "dnipro", "Kyiv’s" -> "kyiv's".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(&mut out, s);
    out
}

/// [`fold`] into a buffer (cleared first); returns the folded text.
pub fn fold_in<'b>(out: &'b mut String, s: &str) -> &'b str {
    out.clear();
    fold_into(out, s);
    out
}

/// [`fold`] into an empty `out`.
fn fold_into(out: &mut String, s: &str) {
    let mut last_space = false;
    if s.is_ascii() {
        // ASCII: lower case, '`' as an apostrophe, white space runs as one
        // space (the same as the general loop below)
        for &b in s.as_bytes() {
            if matches!(b, b'\t'..=b'\r' | b' ') {
                if !last_space && !out.is_empty() {
                    out.push(' ');
                }
                last_space = true;
                continue;
            }
            last_space = false;
            out.push(if b == b'`' {
                '\''
            } else {
                b.to_ascii_lowercase() as char
            });
        }
        if out.ends_with(' ') {
            out.pop();
        }
        return;
    }
    for c in s.chars() {
        let c =
            match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã'
                | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'a',
                'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' | 'Ç' | 'Ć' | 'Č' => 'c',
                'ď' | 'đ' | 'Ď' | 'Đ' => 'd',
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë'
                | 'Ē' | 'Ė' | 'Ę' | 'Ě' => 'e',
                'ğ' | 'ĝ' | 'ġ' | 'ģ' | 'Ğ' => 'g',
                'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĭ' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī'
                | 'İ' => 'i',
                'ł' | 'ľ' | 'ĺ' | 'ļ' | 'Ł' | 'Ľ' => 'l',
                'ñ' | 'ń' | 'ň' | 'ņ' | 'Ñ' | 'Ń' | 'Ň' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö'
                | 'Ø' | 'Ō' | 'Ő' => 'o',
                'ř' | 'ŕ' | 'Ř' => 'r',
                'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => 's',
                'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => 't',
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū'
                | 'Ů' => 'u',
                'ý' | 'ÿ' | 'Ý' => 'y',
                'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => 'z',
                '’' | '‘' | '`' | 'ʼ' => '\'',
                '‐' | '‑' | '–' => '-',
                c => c,
            };
        if c.is_whitespace() {
            if !last_space && !out.is_empty() {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        for l in c.to_lowercase() {
            out.push(l);
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
}

impl Gazetteer {
    /// The gazetteer built into the binary (data/gazetteer.tsv +
    /// data/place_aliases.tsv).
    pub fn embedded() -> Result<Gazetteer, AttributesError> {
        let mut g = Self::parse(include_str!("../data/gazetteer.tsv"))?;
        g.add_aliases(include_str!("../data/place_aliases.tsv"))?;
        g.add_neighbours(include_str!("../data/neighbours.tsv"))?;
        Ok(g)
    }

    /// Adds `ISO3<TAB>ISO3;ISO3…` land-neighbour rows.
    pub fn add_neighbours(&mut self, text: &str) -> Result<(), AttributesError> {
        for (line, f) in tsv_rows("neighbours.tsv", text, 2)? {
            let cc = f[0].trim();
            if cc.len() != 3 {
                return Err(AttributesError::Data {
                    file: "neighbours.tsv",
                    line,
                    message: format!("bad ISO3 code {cc:?}"),
                });
            }
            let ns = f[1]
                .split(';')
                .map(str::trim)
                .filter(|n| n.len() == 3)
                .map(str::to_string)
                .collect();
            self.neighbours.insert(cc.to_string(), ns);
        }
        Ok(())
    }

    /// Land neighbours of a country (ISO3).
    pub fn neighbours(&self, iso3: &str) -> &[String] {
        self.neighbours.get(iso3).map_or(&[], Vec::as_slice)
    }

    /// Parses the gazetteer TSV format (see docs/attributes.md).
    pub fn parse(text: &str) -> Result<Gazetteer, AttributesError> {
        // sized up front: no rehashing while 70,000 rows and their
        // alternate names go in
        let rows = text.bytes().filter(|&b| b == b'\n').count() + 1;
        let names = rows + text.bytes().filter(|&b| b == b';').count();
        let mut g = Gazetteer {
            max_words: 1,
            places: Vec::with_capacity(rows),
            index: FastMap::with_capacity_and_hasher(names, Default::default()),
            by_id: FastMap::with_capacity_and_hasher(rows, Default::default()),
            ..Default::default()
        };
        let mut f: [&str; 11] = [""; 11];
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            let l = line.trim_end_matches('\r');
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            // the fields of the row, without a vector per row
            let mut n = 0;
            for x in l.split('\t') {
                if n < f.len() {
                    f[n] = x;
                }
                n += 1;
            }
            let bad = |m: &str| AttributesError::Data {
                file: "gazetteer.tsv",
                line: line_no,
                message: m.to_string(),
            };
            if n < 9 {
                return Err(bad("expected at least 9 tab-separated fields"));
            }
            let feature = match f[1] {
                "country" => Feature::Country,
                "admin1" => Feature::Admin1,
                "city" => Feature::City,
                other => return Err(bad(&format!("unknown feature {other:?}"))),
            };
            let p = Place {
                geonames_id: f[0].parse().map_err(|_| bad("bad geonameid"))?,
                feature,
                name: f[2].to_string(),
                country: f[3].to_string(),
                admin1: f[4].to_string(),
                lat: f[5].parse().map_err(|_| bad("bad latitude"))?,
                lon: f[6].parse().map_err(|_| bad("bad longitude"))?,
                population: f[7].parse().map_err(|_| bad("bad population"))?,
                capital: f[8].contains('c'),
                common: f[8].contains('w'),
                local: f[8].contains('l'),
            };
            let idx = g.places.len() as u32;
            g.by_id.insert(p.geonames_id, idx);
            match feature {
                Feature::Country => {
                    g.countries.insert(p.country.clone(), idx);
                }
                Feature::Admin1 => {
                    g.admin1.insert((p.country.clone(), p.admin1.clone()), idx);
                }
                Feature::City => {}
            }
            g.add_name(f[2], idx, false);
            if n > 9 {
                for a in f[9].split(';').filter(|a| !a.is_empty()) {
                    g.add_name(a, idx, true);
                }
            }
            if n > 10 {
                for d in f[10].split(';').filter(|d| !d.is_empty()) {
                    let k = fold(d);
                    g.demonyms.entry(format!("{k}s")).or_insert(idx);
                    g.demonyms.entry(k).or_insert(idx);
                }
            }
            g.places.push(p);
        }
        Ok(g)
    }

    /// Adds `alias<TAB>geonameid` rows.
    pub fn add_aliases(&mut self, text: &str) -> Result<(), AttributesError> {
        for (line, f) in tsv_rows("place_aliases.tsv", text, 2)? {
            let id: u64 = f[1].trim().parse().map_err(|_| AttributesError::Data {
                file: "place_aliases.tsv",
                line,
                message: format!("bad geonameid {:?}", f[1]),
            })?;
            let Some(&idx) = self.by_id.get(&id) else {
                return Err(AttributesError::Data {
                    file: "place_aliases.tsv",
                    line,
                    message: format!("geonameid {id} is not in the gazetteer"),
                });
            };
            // an alias is as good as a main name
            self.add_name(f[0].trim(), idx, false);
        }
        Ok(())
    }

    fn add_name(&mut self, name: &str, idx: u32, alternate: bool) {
        let exact_case = name.len() <= 5 && name.chars().all(|c| c.is_uppercase() || c == '.');
        let key = fold(name);
        if key.is_empty() {
            return;
        }
        let words = key.split(' ').count();
        self.max_words = self.max_words.max(words);
        if words > 1 {
            let first = key.split(' ').next().unwrap_or("");
            match self.multi.get_mut(first) {
                Some(m) => *m = (*m).max(words),
                None => {
                    self.multi.insert(first.to_string(), words);
                }
            }
        }
        let v = self.index.entry(key).or_default();
        if let Some(r) = v.iter_mut().find(|r| r.place == idx) {
            r.alternate &= alternate;
            return;
        }
        v.push(NameRef {
            place: idx,
            alternate,
            exact_case,
        });
    }

    /// The most words of a name whose first (folded) word is `first`
    /// (1: no longer name starts with it).
    pub fn max_words_from(&self, first: &str) -> usize {
        self.multi.get(first).copied().unwrap_or(1)
    }

    /// Candidates for a folded name.
    pub fn lookup(&self, folded: &str) -> &[NameRef] {
        self.index.get(folded).map_or(&[], |v| v.as_slice())
    }

    /// Country entry of a folded demonym ("ukrainian").
    pub fn demonym(&self, folded: &str) -> Option<&Place> {
        self.demonyms.get(folded).map(|&i| &self.places[i as usize])
    }

    pub fn country(&self, iso3: &str) -> Option<&Place> {
        self.countries.get(iso3).map(|&i| &self.places[i as usize])
    }

    pub fn admin1_of(&self, p: &Place) -> Option<&Place> {
        self.admin1
            .get(&(p.country.clone(), p.admin1.clone()))
            .map(|&i| &self.places[i as usize])
    }

    pub fn by_geonames_id(&self, id: u64) -> Option<&Place> {
        self.by_id.get(&id).map(|&i| &self.places[i as usize])
    }

    /// The best entry for a name without any context (largest, countries
    /// and capitals first).
    pub fn best(&self, name: &str) -> Option<&Place> {
        self.lookup(&fold(name))
            .iter()
            .map(|r| &self.places[r.place as usize])
            .max_by(|a, b| prior(a, false).total_cmp(&prior(b, false)))
    }
}

/// Context-free score of an entry.
pub(crate) fn prior(p: &Place, alternate: bool) -> f64 {
    let mut s = ((p.population + 1) as f64).ln();
    s += match p.feature {
        Feature::Country => 6.0,
        Feature::Admin1 => 0.0,
        Feature::City => 0.0,
    };
    if p.capital {
        s += 6.0;
    }
    if alternate {
        s -= 3.0;
    }
    s
}

/// Great-circle distance in km.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let r = 6371.0;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * r * a.sqrt().atan2((1.0 - a).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_loads_and_resolves() {
        let g = Gazetteer::embedded().unwrap();
        assert!(g.places.len() > 30_000);
        let d = g.best("Dnipro").unwrap();
        assert_eq!(d.country, "UKR");
        assert!((d.lat - 48.45).abs() < 0.2 && (d.lon - 35.05).abs() < 0.2);
        assert_eq!(g.best("Paris").unwrap().country, "FRA");
        assert_eq!(g.best("Saudi Arabia").unwrap().country, "SAU");
        assert_eq!(g.best("Britain").unwrap().country, "GBR");
        assert_eq!(g.best("Kiev").unwrap().country, "UKR");
        assert_eq!(g.best("Washington").unwrap().admin1, "DC");
        assert_eq!(g.demonym("ukrainian").unwrap().country, "UKR");
        assert_eq!(fold("Dnipró  City"), "dnipro city");
    }

    #[test]
    fn bad_rows_are_reported_with_line() {
        let e = Gazetteer::parse("# c\n1\tcity\tX\tUKR\t\tabc\t1\t1\t\t\t\n").unwrap_err();
        assert!(e.to_string().contains("gazetteer.tsv:2"), "{e}");
    }
}
