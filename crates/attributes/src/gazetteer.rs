//! The embedded gazetteer (data/gazetteer.tsv, from GeoNames) and its
//! name index.

use std::borrow::Cow;
use std::sync::OnceLock;

use compact_str::CompactString;

use crate::lexicon::{tsv_rows, FastMap, Shapes};
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

/// One gazetteer entry. The strings are [`CompactString`]s: short ones
/// (nearly all names, every code) are stored inline, so loading the 73,000
/// embedded entries does not allocate three strings each.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub geonames_id: u64,
    pub feature: Feature,
    pub name: CompactString,
    /// ISO 3166-1 alpha-3 (as CAMEO country codes).
    pub country: CompactString,
    /// Admin-1 code within the country ("TX", "04").
    pub admin1: CompactString,
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

/// The entries of a gazetteer, by entry number. The city rows of the
/// embedded gazetteer are parsed when first used: a story reaches a few
/// hundred of its 73,000 entries, and parsing every row was nearly all of
/// the stage's load (`Gazetteer::embedded`). Rows parsed up front (every
/// row of [`Gazetteer::parse`], the country and admin-1 rows of the
/// embedded one) are stored already set.
#[derive(Debug, Clone, Default)]
pub struct Places {
    /// The text of the rows not yet parsed (the embedded TSV).
    text: &'static str,
    /// Byte range of each entry's row in `text` ((0, 0) for an entry
    /// parsed up front).
    rows: Vec<(u32, u32)>,
    cells: Vec<OnceLock<Place>>,
}

impl Places {
    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// Entry `i` (parsed on first use).
    pub fn get(&self, i: usize) -> Option<&Place> {
        let cell = self.cells.get(i)?;
        Some(cell.get_or_init(|| self.parse_row(i)))
    }

    /// Every entry, in file order (parses those not parsed yet).
    pub fn iter(&self) -> impl Iterator<Item = &Place> {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// The GeoNames id of entry `i` without parsing the rest of its row.
    fn geonames_id(&self, i: usize) -> Option<u64> {
        if let Some(p) = self.cells.get(i)?.get() {
            return Some(p.geonames_id);
        }
        let row = self.row(i);
        row[..row.find('\t').unwrap_or(row.len())].parse().ok()
    }

    fn row(&self, i: usize) -> &'static str {
        let (a, b) = self.rows.get(i).copied().unwrap_or((0, 0));
        self.text.get(a as usize..b as usize).unwrap_or("")
    }

    /// Parses the row of entry `i`. The embedded rows all parse (the test
    /// `embedded_lazy_rows_match_the_parse` reads every one), so the empty
    /// entry that a bad row would give never serves the stage.
    fn parse_row(&self, i: usize) -> Place {
        // (the fields after `flags`, the alternate names and demonyms, are
        // not read: the index and the demonym map have them)
        let row = self.row(i);
        let (f, n) = split_row(nine_fields(row));
        place_of(&f, n, 0).unwrap_or_else(|_| Place {
            geonames_id: 0,
            feature: Feature::City,
            name: CompactString::default(),
            country: CompactString::default(),
            admin1: CompactString::default(),
            lat: 0.0,
            lon: 0.0,
            population: 0,
            capital: false,
            common: false,
            local: false,
        })
    }

    /// Adds an entry parsed up front.
    fn push(&mut self, p: Place) {
        self.cells.push(OnceLock::from(p));
    }
}

impl std::ops::Index<usize> for Places {
    type Output = Place;
    /// Entry `i`; panics when there is none, as a vector's index does.
    fn index(&self, i: usize) -> &Place {
        let cell = &self.cells[i];
        cell.get_or_init(|| self.parse_row(i))
    }
}

/// The first `\n` of `b` at or after `from`, eight bytes at a time (a
/// zero byte of `word ^ 0x0a0a…` is a newline; the lowest flagged byte is
/// always a true one).
fn next_newline(b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w) ^ (ONES * u64::from(b'\n'));
        let z = x.wrapping_sub(ONES) & !x & HIGH;
        if z != 0 {
            return Some(i + (z.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b.get(i..)?.iter().position(|&c| c == b'\n').map(|k| i + k)
}

/// The first nine fields of a row (the row up to its ninth tab).
fn nine_fields(row: &str) -> &str {
    match row.bytes().enumerate().filter(|&(_, c)| c == b'\t').nth(8) {
        Some((k, _)) => &row[..k],
        None => row,
    }
}

/// The tab-separated fields of a gazetteer row (the first 11) and their
/// number, without a vector per row.
fn split_row(l: &str) -> ([&str; 11], usize) {
    let mut f: [&str; 11] = [""; 11];
    let (mut n, mut from) = (0, 0);
    for (i, &b) in l.as_bytes().iter().enumerate() {
        if b == b'\t' {
            if n < f.len() {
                f[n] = &l[from..i];
            }
            n += 1;
            from = i + 1;
        }
    }
    if n < f.len() {
        f[n] = &l[from..];
    }
    (f, n + 1)
}

/// The entry of a row's fields (`line_no` for the errors).
fn place_of(f: &[&str; 11], n: usize, line_no: usize) -> Result<Place, AttributesError> {
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
    Ok(Place {
        geonames_id: f[0].parse().map_err(|_| bad("bad geonameid"))?,
        feature,
        name: CompactString::from(f[2]),
        country: CompactString::from(f[3]),
        admin1: CompactString::from(f[4]),
        lat: parse_coord(f[5]).ok_or_else(|| bad("bad latitude"))?,
        lon: parse_coord(f[6]).ok_or_else(|| bad("bad longitude"))?,
        population: f[7].parse().map_err(|_| bad("bad population"))?,
        capital: f[8].contains('c'),
        common: f[8].contains('w'),
        local: f[8].contains('l'),
    })
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
    pub places: Places,
    /// Folded name -> entries, and first words of longer names (a compact
    /// table: data/gazetteer.idx for the embedded gazetteer).
    index: NameIndex,
    /// Folded demonym ("ukrainian", "ukrainians") -> country entry.
    demonyms: FastMap<String, u32>,
    /// [`Shapes`] of `demonyms` (most capitalised words are none: a cheap
    /// miss).
    demonym_shapes: Shapes,
    /// GeoNames id -> entry (built on first use).
    by_id: OnceLock<FastMap<u64, u32>>,
    /// ISO3 -> country entry.
    countries: FastMap<CompactString, u32>,
    /// (ISO3, admin1 code) -> admin1 entry.
    admin1: FastMap<(CompactString, CompactString), u32>,
    /// ISO3 -> land neighbours (ISO3).
    neighbours: FastMap<String, Vec<String>>,
    /// Longest name in words.
    pub max_words: usize,
}

/// Lowercases and strips diacritics and dots' neighbours for matching:
/// "Dnipró" -> "dnipro", "Kyiv’s" -> "kyiv's".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(&mut out, s);
    out
}

/// [`fold`] through a buffer; returns the folded text: `s` itself when
/// folding leaves it as it is (ASCII without capitals, white space or '`',
/// as the light tokens mostly are: no copy), else `out` (cleared first)
/// holding it.
pub fn fold_in<'a>(out: &'a mut String, s: &'a str) -> &'a str {
    if s.bytes()
        .all(|b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ' | b'`' | b'A'..=b'Z'))
    {
        return s;
    }
    out.clear();
    fold_into(out, s);
    out
}

/// [`fold`] into an empty `out`.
fn fold_into(out: &mut String, s: &str) {
    let mut last_space = false;
    if !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ' | b'`'))
    {
        // the common case of the loop below (ASCII, no white space, no
        // '`'): one copy, lower-cased in place
        let a = out.len();
        out.push_str(s);
        out[a..].make_ascii_lowercase();
        return;
    }
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
    /// The gazetteer built into the binary: the entries of
    /// data/gazetteer.tsv with the precomputed name index
    /// data/gazetteer.idx (its names and those of data/place_aliases.tsv;
    /// see docs/attributes.md), and data/neighbours.tsv.
    pub fn embedded() -> Result<Gazetteer, AttributesError> {
        let mut g = Self::parse_rows_lazy(include_str!("../data/gazetteer.tsv"))?;
        g.index = NameIndex::load(
            Cow::Borrowed(include_bytes!("../data/gazetteer.idx")),
            g.places.len(),
        )?;
        g.max_words = g.index.max_words;
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

    /// Parses the gazetteer TSV format (see docs/attributes.md) and builds
    /// its name index.
    pub fn parse(text: &str) -> Result<Gazetteer, AttributesError> {
        Self::from_tsv(text, "")
    }

    /// Parses a gazetteer TSV and `alias<TAB>geonameid` rows (the format
    /// of data/place_aliases.tsv) and builds the name index of both.
    pub fn from_tsv(gazetteer: &str, aliases: &str) -> Result<Gazetteer, AttributesError> {
        let (mut g, b) = Self::build(gazetteer, aliases)?;
        g.index = NameIndex::load(Cow::Owned(b.compile(g.places.len())), g.places.len())?;
        g.max_words = g.index.max_words;
        Ok(g)
    }

    /// The name index of a gazetteer TSV and its aliases in the format of
    /// data/gazetteer.idx (what examples/gazetteer_index.rs writes).
    pub fn compile_index(gazetteer: &str, aliases: &str) -> Result<Vec<u8>, AttributesError> {
        let (g, b) = Self::build(gazetteer, aliases)?;
        Ok(b.compile(g.places.len()))
    }

    /// Entries of `gazetteer` and the names of them and of `aliases`.
    fn build(gazetteer: &str, aliases: &str) -> Result<(Gazetteer, IndexBuilder), AttributesError> {
        // sized up front: no rehashing while 70,000 rows and their
        // alternate names go in
        let rows = gazetteer.bytes().filter(|&b| b == b'\n').count() + 1;
        let names = rows + gazetteer.bytes().filter(|&b| b == b';').count();
        let mut b = IndexBuilder {
            keys: FastMap::with_capacity_and_hasher(names, Default::default()),
            names: Vec::with_capacity(names),
            max_words: 1,
            ..Default::default()
        };
        let g = Self::parse_rows(gazetteer, Some(&mut b))?;
        for (line, f) in tsv_rows("place_aliases.tsv", aliases, 2)? {
            let id: u64 = f[1].trim().parse().map_err(|_| AttributesError::Data {
                file: "place_aliases.tsv",
                line,
                message: format!("bad geonameid {:?}", f[1]),
            })?;
            let Some(&idx) = g.by_id().get(&id) else {
                return Err(AttributesError::Data {
                    file: "place_aliases.tsv",
                    line,
                    message: format!("geonameid {id} is not in the gazetteer"),
                });
            };
            // an alias is as good as a main name
            b.add_name(f[0].trim(), idx, false);
        }
        Ok((g, b))
    }

    /// The entries of a gazetteer TSV; their names go to `names` if given.
    fn parse_rows(
        text: &str,
        mut names: Option<&mut IndexBuilder>,
    ) -> Result<Gazetteer, AttributesError> {
        // room for the rows without counting them (about 74 bytes a row
        // in the embedded file; the vector grows if there are more)
        let mut g = Gazetteer {
            max_words: 1,
            ..Default::default()
        };
        g.places.cells.reserve(text.len() / 64 + 1);
        for (i, line) in text.lines().enumerate() {
            let l = line.trim_end_matches('\r');
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            g.add_row(l, i + 1, names.as_deref_mut())?;
        }
        g.demonym_shapes = Shapes::new(g.demonyms.keys().map(String::as_str));
        Ok(g)
    }

    /// The entries of the embedded TSV: its country and admin-1 rows
    /// parsed (the maps of countries, regions and demonyms need them), its
    /// city rows kept as byte ranges and parsed when first used (see
    /// [`Places`]). The same entries as [`Self::parse_rows`], tested.
    fn parse_rows_lazy(text: &'static str) -> Result<Gazetteer, AttributesError> {
        let mut g = Gazetteer {
            max_words: 1,
            ..Default::default()
        };
        let rows = text.len() / 64 + 1;
        g.places.text = text;
        g.places.rows.reserve(rows);
        g.places.cells.reserve(rows);
        // the lines as `str::lines` gives them ("\r\n" too), split by an
        // eight-byte newline scan (`str::lines` was most of what was left
        // of the load)
        let b = text.as_bytes();
        let (mut from, mut line_no) = (0, 0);
        while from < b.len() {
            let to = next_newline(b, from).unwrap_or(b.len());
            let line = &text[from..to];
            (from, line_no) = (to + 1, line_no + 1);
            let l = line.trim_end_matches('\r');
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            // the feature is the second field
            let city = l
                .bytes()
                .position(|b| b == b'\t')
                .is_some_and(|t| l[t + 1..].starts_with("city\t"));
            let start = l.as_ptr() as usize - text.as_ptr() as usize;
            match (u32::try_from(start), u32::try_from(start + l.len())) {
                (Ok(a), Ok(b)) if city => {
                    g.places.rows.push((a, b));
                    g.places.cells.push(OnceLock::new());
                }
                // (a text over 4 GB is parsed in full: no range to keep)
                _ => {
                    g.add_row(l, line_no, None)?;
                    g.places.rows.push((0, 0));
                }
            }
        }
        g.demonym_shapes = Shapes::new(g.demonyms.keys().map(String::as_str));
        Ok(g)
    }

    /// Parses one row (line `line_no`) into a new entry.
    fn add_row(
        &mut self,
        l: &str,
        line_no: usize,
        names: Option<&mut IndexBuilder>,
    ) -> Result<(), AttributesError> {
        let (f, n) = split_row(l);
        let p = place_of(&f, n, line_no)?;
        let idx = self.places.len() as u32;
        match p.feature {
            Feature::Country => {
                self.countries.insert(p.country.clone(), idx);
            }
            Feature::Admin1 => {
                self.admin1
                    .insert((p.country.clone(), p.admin1.clone()), idx);
            }
            Feature::City => {}
        }
        if let Some(b) = names {
            b.add_name(f[2], idx, false);
            if n > 9 {
                for a in f[9].split(';').filter(|a| !a.is_empty()) {
                    b.add_name(a, idx, true);
                }
            }
        }
        if n > 10 {
            for d in f[10].split(';').filter(|d| !d.is_empty()) {
                let k = fold(d);
                self.demonyms.entry(format!("{k}s")).or_insert(idx);
                self.demonyms.entry(k).or_insert(idx);
            }
        }
        self.places.push(p);
        Ok(())
    }

    /// GeoNames id -> entry, built on first use (later rows win, as
    /// they did when the map was built during the parse).
    fn by_id(&self) -> &FastMap<u64, u32> {
        self.by_id.get_or_init(|| {
            let mut m = FastMap::with_capacity_and_hasher(self.places.len(), Default::default());
            // (the ids alone: the other fields of lazy rows stay unparsed)
            for i in 0..self.places.len() {
                if let Some(id) = self.places.geonames_id(i) {
                    m.insert(id, i as u32);
                }
            }
            m
        })
    }

    /// The most words of a name whose first (folded) word is `first`
    /// (1: no longer name starts with it).
    pub fn max_words_from(&self, first: &str) -> usize {
        self.index.max_words_from(first)
    }

    /// Candidates for a folded name.
    pub fn lookup(&self, folded: &str) -> &[NameRef] {
        self.index.lookup(folded)
    }

    /// Country entry of a folded demonym ("ukrainian").
    pub fn demonym(&self, folded: &str) -> Option<&Place> {
        if !self.demonym_shapes.may(folded) {
            return None;
        }
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
        self.by_id().get(&id).map(|&i| &self.places[i as usize])
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

// ---- the name index (data/gazetteer.idx) ----
//
// Layout (little-endian; format in docs/attributes.md, "Gazetteer index"):
// a 40-byte header (magic "GZIX", then u32s: version, entries, longest name
// in words, names N, name slots S, references R, first words M, first-word
// slots T, text bytes L), then the name slots (S u32), the names
// (N + 1 pairs of u32: text offset, first reference), the references
// (R u32: entry << 2 | alternate << 1 | exact case), the first-word slots
// (T u32), the first words (M + 1 pairs of u32: text offset, most words)
// and the text (L bytes: the folded names, then the first words).
// A slot holds a name (first word) number or EMPTY; a key goes to slot
// fnv1a(key) & (slots - 1), then the next slots until it or EMPTY.

const IDX_MAGIC: &[u8; 4] = b"GZIX";
const IDX_VERSION: u32 = 1;
const IDX_HEADER: usize = 40;
const EMPTY: u32 = u32::MAX;

/// FNV-1a, 64 bits: the slot hash of the index (fixed, so the file is the
/// same on every machine).
fn fnv1a(key: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The u32 at byte `at` (0 past the end: sizes are checked at load).
fn word_at(b: &[u8], at: usize) -> u32 {
    match b.get(at..at + 4) {
        Some(w) => u32::from_le_bytes([w[0], w[1], w[2], w[3]]),
        None => 0,
    }
}

/// A hash table of keys inside the index bytes.
#[derive(Debug, Clone, Copy, Default)]
struct Table {
    /// Byte offsets of the slots and of the (text offset, value) pairs.
    slots: usize,
    pairs: usize,
    nslots: usize,
}

impl Table {
    /// Number of `key`, if present.
    fn find(&self, b: &[u8], text: usize, key: &[u8]) -> Option<usize> {
        if self.nslots == 0 {
            return None;
        }
        let mask = self.nslots - 1;
        let mut i = fnv1a(key) as usize & mask;
        for _ in 0..self.nslots {
            let e = word_at(b, self.slots + 4 * i);
            if e == EMPTY {
                return None;
            }
            let e = e as usize;
            let start = text + word_at(b, self.pairs + 8 * e) as usize;
            let end = text + word_at(b, self.pairs + 8 * e + 8) as usize;
            if b.get(start..end) == Some(key) {
                return Some(e);
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// The value of key number `e`.
    fn value(&self, b: &[u8], e: usize) -> u32 {
        word_at(b, self.pairs + 8 * e + 4)
    }
}

/// The compact name index: the file bytes plus the decoded references.
#[derive(Debug, Clone, Default)]
struct NameIndex {
    bytes: Cow<'static, [u8]>,
    names: Table,
    first: Table,
    text: usize,
    refs: Vec<NameRef>,
    max_words: usize,
}

impl NameIndex {
    /// Checks the layout of `bytes` against a gazetteer of `places`
    /// entries and decodes the references.
    fn load(bytes: Cow<'static, [u8]>, places: usize) -> Result<NameIndex, AttributesError> {
        let bad = |m: String| AttributesError::Data {
            file: "gazetteer.idx",
            line: 0,
            message: m,
        };
        let b: &[u8] = &bytes;
        if b.len() < IDX_HEADER || &b[..4] != IDX_MAGIC {
            return Err(bad("not a gazetteer index (magic GZIX)".into()));
        }
        let h = |k: usize| word_at(b, 4 * k) as usize;
        if h(1) != IDX_VERSION as usize {
            return Err(bad(format!("version {} (expected {IDX_VERSION})", h(1))));
        }
        if h(2) != places {
            return Err(bad(format!(
                "built for {} entries, gazetteer.tsv has {places}: rebuild it (examples/gazetteer_index.rs)",
                h(2)
            )));
        }
        let (n, s, r, m, t, l) = (h(4), h(5), h(6), h(7), h(8), h(9));
        for (what, len, slots) in [("name", n, s), ("first-word", m, t)] {
            if !slots.is_power_of_two() || slots <= len {
                return Err(bad(format!("{slots} {what} slots for {len} keys")));
            }
        }
        let names = Table {
            slots: IDX_HEADER,
            pairs: IDX_HEADER + 4 * s,
            nslots: s,
        };
        let refs_at = names.pairs + 8 * (n + 1);
        let first = Table {
            slots: refs_at + 4 * r,
            pairs: refs_at + 4 * r + 4 * t,
            nslots: t,
        };
        let text = first.pairs + 8 * (m + 1);
        if b.len() != text + l {
            return Err(bad(format!(
                "{} bytes, the header says {}",
                b.len(),
                text + l
            )));
        }
        if names.value(b, n) as usize != r {
            return Err(bad("reference count does not match".into()));
        }
        let mut refs = Vec::with_capacity(r);
        for k in 0..r {
            let w = word_at(b, refs_at + 4 * k);
            if (w >> 2) as usize >= places {
                return Err(bad(format!(
                    "reference {k} to entry {} of {places}",
                    w >> 2
                )));
            }
            refs.push(NameRef {
                place: w >> 2,
                alternate: w & 2 != 0,
                exact_case: w & 1 != 0,
            });
        }
        Ok(NameIndex {
            max_words: h(3).max(1),
            bytes,
            names,
            first,
            text,
            refs,
        })
    }

    fn lookup(&self, folded: &str) -> &[NameRef] {
        let b: &[u8] = &self.bytes;
        match self.names.find(b, self.text, folded.as_bytes()) {
            Some(e) => {
                let (from, to) = (self.names.value(b, e), self.names.value(b, e + 1));
                self.refs.get(from as usize..to as usize).unwrap_or(&[])
            }
            None => &[],
        }
    }

    fn max_words_from(&self, first: &str) -> usize {
        let b: &[u8] = &self.bytes;
        self.first
            .find(b, self.text, first.as_bytes())
            .map_or(1, |e| self.first.value(b, e) as usize)
    }
}

/// The names of a gazetteer as they are added (kept in first-seen order,
/// so the compiled index is the same on every run).
#[derive(Debug, Default)]
struct IndexBuilder {
    keys: FastMap<String, u32>,
    names: Vec<(String, Vec<NameRef>)>,
    first: FastMap<String, u32>,
    firsts: Vec<(String, u32)>,
    max_words: usize,
}

impl IndexBuilder {
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
            match self.first.get(first) {
                Some(&k) => {
                    let m = &mut self.firsts[k as usize].1;
                    *m = (*m).max(words as u32);
                }
                None => {
                    self.first
                        .insert(first.to_string(), self.firsts.len() as u32);
                    self.firsts.push((first.to_string(), words as u32));
                }
            }
        }
        let k = match self.keys.get(&key) {
            Some(&k) => k as usize,
            None => {
                self.keys.insert(key.clone(), self.names.len() as u32);
                self.names.push((key, Vec::new()));
                self.names.len() - 1
            }
        };
        let v = &mut self.names[k].1;
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

    /// The index bytes (layout above) for a gazetteer of `places` entries.
    fn compile(&self, places: usize) -> Vec<u8> {
        fn slots_of<'a>(keys: impl Iterator<Item = &'a str>, len: usize) -> Vec<u32> {
            // at most 2/3 full
            let n = (len + len / 2 + 1).next_power_of_two();
            let mut slots = vec![EMPTY; n];
            for (e, key) in keys.enumerate() {
                let mut i = fnv1a(key.as_bytes()) as usize & (n - 1);
                while slots[i] != EMPTY {
                    i = (i + 1) & (n - 1);
                }
                slots[i] = e as u32;
            }
            slots
        }
        let name_slots = slots_of(self.names.iter().map(|(k, _)| k.as_str()), self.names.len());
        let first_slots = slots_of(
            self.firsts.iter().map(|(k, _)| k.as_str()),
            self.firsts.len(),
        );
        let nrefs: usize = self.names.iter().map(|(_, v)| v.len()).sum();
        let text_len: usize = self.names.iter().map(|(k, _)| k.len()).sum::<usize>()
            + self.firsts.iter().map(|(k, _)| k.len()).sum::<usize>();
        let mut out = Vec::new();
        let put = |out: &mut Vec<u8>, w: usize| out.extend_from_slice(&(w as u32).to_le_bytes());
        out.extend_from_slice(IDX_MAGIC);
        for w in [
            IDX_VERSION as usize,
            places,
            self.max_words,
            self.names.len(),
            name_slots.len(),
            nrefs,
            self.firsts.len(),
            first_slots.len(),
            text_len,
        ] {
            put(&mut out, w);
        }
        for &s in &name_slots {
            put(&mut out, s as usize);
        }
        let (mut off, mut r) = (0, 0);
        for (k, v) in &self.names {
            put(&mut out, off);
            put(&mut out, r);
            off += k.len();
            r += v.len();
        }
        put(&mut out, off);
        put(&mut out, r);
        for (_, v) in &self.names {
            for x in v {
                let w = (x.place as usize) << 2
                    | usize::from(x.alternate) << 1
                    | usize::from(x.exact_case);
                put(&mut out, w);
            }
        }
        for &s in &first_slots {
            put(&mut out, s as usize);
        }
        // the first words' text follows the names'
        for (k, words) in &self.firsts {
            put(&mut out, off);
            put(&mut out, *words as usize);
            off += k.len();
        }
        put(&mut out, off);
        put(&mut out, 0);
        for (k, _) in &self.names {
            out.extend_from_slice(k.as_bytes());
        }
        for (k, _) in &self.firsts {
            out.extend_from_slice(k.as_bytes());
        }
        out
    }
}

/// A coordinate as `str::parse::<f32>` reads it, with a fast path for the
/// gazetteer's plain decimals (`-12.3456`): with at most 7 digits the
/// digits as an integer and the power of ten of the decimals are both exact
/// `f32`s, and IEEE division rounds their quotient correctly: the correctly
/// rounded value `parse` gives (the 146,800 float parses were a fifth of
/// the load). Anything else goes to `parse`.
fn parse_coord(s: &str) -> Option<f32> {
    let b = s.as_bytes();
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        _ => (false, b),
    };
    let (mut int, mut scale, mut n, mut dot) = (0u32, 1u32, 0, false);
    for &c in digits {
        match c {
            b'0'..=b'9' if n < 7 => {
                int = int * 10 + u32::from(c - b'0');
                n += 1;
                if dot {
                    scale *= 10;
                }
            }
            b'.' if !dot => dot = true,
            _ => return s.parse().ok(),
        }
    }
    if n == 0 {
        return s.parse().ok();
    }
    // int < 10^7 < 2^24 and scale <= 10^7: both exact in f32
    let v = int as f32 / scale as f32;
    Some(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_read_as_parse_reads_them() {
        // every coordinate of the embedded gazetteer, and edge cases
        let text = include_str!("../data/gazetteer.tsv");
        let mut n = 0;
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            for f in line.split('\t').skip(5).take(2) {
                assert_eq!(
                    parse_coord(f).map(f32::to_bits),
                    f.parse::<f32>().ok().map(f32::to_bits),
                    "{f:?}"
                );
                n += 1;
            }
        }
        assert!(n > 100_000);
        for f in [
            "-0.0000",
            "0",
            "-0",
            "12.",
            ".5",
            "-.5",
            "179.99999",
            "12345678.9",
            "1e3",
            "",
            "-",
            ".",
            "1.2.3",
            "+1.5",
            "90.00001",
            "0.1234567",
            "-89.9999",
        ] {
            assert_eq!(
                parse_coord(f).map(f32::to_bits),
                f.parse::<f32>().ok().map(f32::to_bits),
                "{f:?}"
            );
        }
    }

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
        // the buffer and the borrowed form fold alike
        let mut b = String::new();
        for w in [
            "kyiv", "Kyiv", "dnipró", "a`b", "new york", "", "u.s.", "kyiv’s",
        ] {
            assert_eq!(fold_in(&mut b, w), fold(w), "{w}");
        }
    }

    #[test]
    fn newlines_found_as_by_a_byte_scan() {
        let text = include_str!("../data/gazetteer.tsv").as_bytes();
        let mut from = 0;
        while from < text.len() {
            let want = text[from..]
                .iter()
                .position(|&c| c == b'\n')
                .map(|k| from + k);
            assert_eq!(next_newline(text, from), want);
            from = want.map_or(text.len(), |k| k + 1);
        }
        for s in [
            "",
            "\n",
            "a",
            "abcdefgh\n",
            "abcdefghijklmnop",
            "\u{e9}\n\n",
            "12345678\n9",
        ] {
            for from in 0..=s.len() {
                let want = s.as_bytes()[from..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map(|k| from + k);
                assert_eq!(next_newline(s.as_bytes(), from), want, "{s:?} {from}");
            }
        }
        assert_eq!(
            nine_fields("1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11"),
            "1\t2\t3\t4\t5\t6\t7\t8\t9"
        );
        assert_eq!(nine_fields("1\t2\t3"), "1\t2\t3");
    }

    #[test]
    fn embedded_lazy_rows_match_the_parse() {
        // every entry of the embedded gazetteer read on first use is the
        // entry the full parse gives, and so are the maps built at load
        let text = include_str!("../data/gazetteer.tsv");
        let lazy = Gazetteer::parse_rows_lazy(text).unwrap();
        let full = Gazetteer::parse_rows(text, None).unwrap();
        assert_eq!(lazy.places.len(), full.places.len());
        assert!(lazy.places.cells.iter().any(|c| c.get().is_none()));
        for i in 0..full.places.len() {
            assert_eq!(lazy.places.geonames_id(i), Some(full.places[i].geonames_id));
            assert_eq!(lazy.places[i], full.places[i], "entry {i}");
        }
        assert_eq!(lazy.countries, full.countries);
        assert_eq!(lazy.admin1, full.admin1);
        assert_eq!(lazy.demonyms, full.demonyms);
        assert_eq!(lazy.places.iter().count(), full.places.len());
    }

    #[test]
    fn embedded_index_matches_tsv() {
        let built = Gazetteer::compile_index(
            include_str!("../data/gazetteer.tsv"),
            include_str!("../data/place_aliases.tsv"),
        )
        .unwrap();
        assert!(
            built.as_slice() == include_bytes!("../data/gazetteer.idx"),
            "data/gazetteer.idx is stale: run the gazetteer_index example"
        );
    }

    #[test]
    fn index_lookups_match_the_names() {
        let g = Gazetteer::from_tsv(
            "1\tcountry\tNew Land\tNLD\t\t1\t2\t100\tc\tNL;New Land Republic\tNewlander\n\
             2\tcity\tNew York City\tUSA\tNY\t40\t-74\t8000000\t\tNYC;NL\n",
            "Big Apple\t2\n",
        )
        .unwrap();
        let refs: Vec<(u32, bool, bool)> = g
            .lookup("nl")
            .iter()
            .map(|r| (r.place, r.alternate, r.exact_case))
            .collect();
        assert_eq!(refs, [(0, true, true), (1, true, true)]);
        assert!(!g.lookup("new land")[0].alternate);
        assert_eq!(g.lookup("big apple")[0].place, 1);
        assert!(g.lookup("new").is_empty() && g.lookup("new lan").is_empty());
        assert_eq!(g.max_words_from("new"), 3);
        assert_eq!(g.max_words_from("big"), 2);
        assert_eq!(g.max_words_from("york"), 1);
        assert_eq!(g.max_words, 3);
        assert_eq!(g.demonym("newlanders").unwrap().country, "NLD");
        // an index built for other entries is refused
        let other = Gazetteer::compile_index("1\tcity\tX\tUKR\t\t1\t1\t1\t\n", "").unwrap();
        let e = NameIndex::load(Cow::Owned(other), 2).unwrap_err();
        assert!(e.to_string().contains("gazetteer.idx"), "{e}");
    }

    #[test]
    fn bad_rows_are_reported_with_line() {
        let e = Gazetteer::parse("# c\n1\tcity\tX\tUKR\t\tabc\t1\t1\t\t\t\n").unwrap_err();
        assert!(e.to_string().contains("gazetteer.tsv:2"), "{e}");
    }
}
