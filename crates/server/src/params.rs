//! Strict query-string parsing: percent-decoding that refuses invalid
//! UTF-8, unknown or repeated parameters and over-long values, and the
//! conversion of the event filter parameters into a
//! [`gesta_store::EventFilter`].

use std::collections::BTreeMap;

use gesta_store::EventFilter;

/// Longest accepted parameter value, in bytes.
pub const MAX_VALUE_BYTES: usize = 500;

/// Parameters of the event filter, as the API names them.
pub const FILTER_PARAMS: &[&str] = &[
    "actor",
    "source",
    "target",
    "country",
    "cameo",
    "root",
    "plover",
    "quad",
    "from",
    "to",
    "place",
    "place_country",
    "issue",
    "story",
    "q",
];

/// A bad query string: the message is shown to the client (400).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadParam(pub String);

/// Decoded query parameters.
#[derive(Debug, Default, Clone)]
pub struct Params(pub BTreeMap<String, String>);

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// `application/x-www-form-urlencoded` decoding of one component.
fn decode(raw: &str, what: &str) -> Result<String, BadParam> {
    let b = raw.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let hi = b.get(i + 1).copied().and_then(hex);
                let lo = b.get(i + 2).copied().and_then(hex);
                match (hi, lo) {
                    (Some(h), Some(l)) => {
                        out.push(h * 16 + l);
                        i += 3;
                    }
                    _ => {
                        return Err(BadParam(format!(
                            "{what}: bad percent-encoding at byte {i}"
                        )))
                    }
                }
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|e| {
        BadParam(format!(
            "{what}: not valid UTF-8 after percent-decoding (byte {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

impl Params {
    /// Parses a raw query string, accepting only the `allowed` names.
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Params, BadParam> {
        let mut map = BTreeMap::new();
        let Some(raw) = raw else {
            return Ok(Params(map));
        };
        for pair in raw.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(k, "parameter name")?;
            if !allowed.contains(&key.as_str()) {
                let shown: String = key.chars().take(40).collect();
                return Err(BadParam(format!(
                    "unknown parameter {shown:?}; allowed: {}",
                    allowed.join(", ")
                )));
            }
            let value = decode(v, &key)?;
            if value.len() > MAX_VALUE_BYTES {
                return Err(BadParam(format!(
                    "{key}: value too long ({} bytes, at most {MAX_VALUE_BYTES})",
                    value.len()
                )));
            }
            if value.contains('\0') {
                return Err(BadParam(format!("{key}: NUL character not allowed")));
            }
            if map.insert(key.clone(), value).is_some() {
                return Err(BadParam(format!("{key}: given more than once")));
            }
        }
        Ok(Params(map))
    }

    /// A trimmed, non-empty value.
    pub fn get(&self, k: &str) -> Option<String> {
        self.0
            .get(k)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    }

    /// A number in `lo..=hi`, or `default` when absent.
    pub fn number(&self, k: &str, default: usize, lo: usize, hi: usize) -> Result<usize, BadParam> {
        match self.get(k) {
            None => Ok(default),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if (lo..=hi).contains(&n) => Ok(n),
                _ => Err(BadParam(format!(
                    "{k}: expected a whole number from {lo} to {hi}"
                ))),
            },
        }
    }

    /// Builds the event filter from the filter parameters.
    pub fn filter(&self) -> Result<EventFilter, BadParam> {
        let date = |k: &str| -> Result<Option<String>, BadParam> {
            match self.get(k) {
                None => Ok(None),
                Some(d) if is_iso_date(&d) => Ok(Some(d)),
                Some(_) => Err(BadParam(format!("{k}: expected a date YYYY-MM-DD"))),
            }
        };
        let quad_class = match self.get("quad") {
            None => None,
            Some(q) => match q.parse::<u8>() {
                Ok(n @ 1..=4) => Some(n),
                _ => return Err(BadParam("quad: expected 1, 2, 3 or 4".into())),
            },
        };
        let f = EventFilter {
            actor: self.get("actor"),
            source: self.get("source"),
            target: self.get("target"),
            country: self.get("country"),
            cameo: self.get("cameo"),
            root: self.get("root"),
            plover: self.get("plover"),
            quad_class,
            date_from: date("from")?,
            date_to: date("to")?,
            place: self.get("place"),
            place_country: self.get("place_country"),
            issue: self.get("issue"),
            story: self.get("story"),
            text: self.get("q"),
            limit: None,
            offset: None,
        };
        if let (Some(a), Some(b)) = (&f.date_from, &f.date_to) {
            if a > b {
                return Err(BadParam(format!("from ({a}) is after to ({b})")));
            }
        }
        Ok(f)
    }
}

/// `YYYY-MM-DD` with a month 01–12 and a day 01–31.
pub fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    if !b
        .iter()
        .enumerate()
        .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    {
        return false;
    }
    let m: u32 = d[5..7].parse().unwrap_or(0);
    let day: u32 = d[8..10].parse().unwrap_or(0);
    (1..=12).contains(&m) && (1..=31).contains(&day)
}

/// The list of allowed names: the filter parameters plus `extra`.
pub fn with_filter(extra: &[&'static str]) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = FILTER_PARAMS.to_vec();
    v.extend_from_slice(extra);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_checks() {
        let p = Params::parse(Some("actor=RUS&q=cease+fire%21"), &["actor", "q"]).unwrap();
        assert_eq!(p.get("actor").as_deref(), Some("RUS"));
        assert_eq!(p.get("q").as_deref(), Some("cease fire!"));
        assert!(Params::parse(Some("q=%FF%FE"), &["q"]).is_err());
        assert!(Params::parse(Some("q=%C3%A9"), &["q"]).is_ok());
        assert!(Params::parse(Some("q=%G1"), &["q"]).is_err());
        assert!(Params::parse(Some("q=%"), &["q"]).is_err());
        assert!(Params::parse(Some("evil=1"), &["q"]).is_err());
        assert!(Params::parse(Some("q=1&q=2"), &["q"]).is_err());
        assert!(Params::parse(Some("q=a%00b"), &["q"]).is_err());
        let long = format!("q={}", "a".repeat(MAX_VALUE_BYTES + 1));
        assert!(Params::parse(Some(&long), &["q"]).is_err());
    }

    #[test]
    fn builds_filters() {
        let all = with_filter(&[]);
        let p = Params::parse(Some("quad=4&from=2025-01-01&to=2025-12-31&root=19"), &all).unwrap();
        let f = p.filter().unwrap();
        assert_eq!(f.quad_class, Some(4));
        assert_eq!(f.root.as_deref(), Some("19"));
        for bad in [
            "quad=5",
            "quad=x",
            "from=2025-13-01",
            "from=2025-02-01&to=2025-01-01",
            "to=yesterday",
        ] {
            let p = Params::parse(Some(bad), &all).unwrap();
            assert!(p.filter().is_err(), "{bad}");
        }
    }

    #[test]
    fn numbers_in_range() {
        let p = Params::parse(Some("limit=20&offset=-1"), &["limit", "offset"]).unwrap();
        assert_eq!(p.number("limit", 100, 1, 1000), Ok(20));
        assert!(p.number("offset", 0, 0, 10).is_err());
        assert_eq!(p.number("missing", 7, 0, 10), Ok(7));
    }
}
