//! TimeBank 1.2 + AQUAINT (../shared/eval/dates/TBAQ-cleaned): TIMEX3 value
//! accuracy of our time expressions for gold DATE expressions, against each
//! document's creation time.

use gesta_attributes::find_times;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

/// Gold DATE timexes: (byte start, byte end, value).
type Gold = Vec<(usize, usize, String)>;

/// Creation date, plain text of the <TEXT> section and the gold DATE timexes.
fn parse(tml: &str) -> Option<(String, String, Gold)> {
    let dct_at = tml
        .find("functionInDocument=\"CREATION_TIME\"")
        .or_else(|| tml.find("<DCT>"))?;
    let dct_tag = &tml[tml[..dct_at].rfind("<TIMEX3")?..];
    let v = dct_tag.find("value=\"")? + 7;
    let dct = dct_tag[v..v + dct_tag[v..].find('"')?]
        .chars()
        .take(10)
        .collect::<String>();
    let body = &tml[tml.find("<TEXT>")? + 6..tml.find("</TEXT>")?];
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut open: Option<(usize, String, bool)> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        let gt = lt + rest[lt..].find('>')?;
        let tag = &rest[lt + 1..gt];
        if tag.starts_with("TIMEX3") {
            let value = tag.find("value=\"").map(|i| {
                let s = &tag[i + 7..];
                s[..s.find('"').unwrap_or(0)].to_string()
            });
            let date = tag.contains("type=\"DATE\"");
            open = Some((text.len(), value.unwrap_or_default(), date));
        } else if tag.starts_with("/TIMEX3") {
            if let Some((s, v, true)) = open.take() {
                gold.push((s, text.len(), v));
            }
        }
        rest = &rest[gt + 1..];
    }
    text.push_str(rest);
    let text = text
        .replace("&amp;", "& ")
        .replace("&lt;", "< ")
        .replace("&gt;", "> ");
    Some((dct, text, gold))
}

#[test]
fn timebank_aquaint_values() {
    let root = format!("{SHARED}/eval/dates/TBAQ-cleaned");
    let Ok(dirs) = std::fs::read_dir(&root) else {
        println!("skipping: ../shared not found");
        return;
    };
    let (mut gold_n, mut found, mut exact) = (0usize, 0usize, 0usize);
    let mut misses: Vec<String> = Vec::new();
    for d in dirs.flatten().filter(|d| d.path().is_dir()) {
        for f in std::fs::read_dir(d.path()).expect("dir").flatten() {
            let Ok(tml) = std::fs::read_to_string(f.path()) else {
                continue;
            };
            let Some((dct, text, gold)) = parse(&tml) else {
                continue;
            };
            let ours = find_times(&text, Some(&dct));
            for (s, e, v) in gold {
                gold_n += 1;
                let Some(o) = ours.iter().find(|o| o.start < e && s < o.end) else {
                    if misses.len() < 400 {
                        misses.push(format!("MISSED {:?} = {v}", &text[s..e]));
                    }
                    continue;
                };
                found += 1;
                // TimeBank writes weeks unpadded ("2000-W7")
                let norm = |s: &str| s.replace("-W0", "-W");
                if norm(&o.value) == norm(&v) {
                    exact += 1;
                } else if misses.len() < 400 {
                    misses.push(format!(
                        "WRONG {:?} = {v}, ours {:?} = {}",
                        &text[s..e],
                        o.text,
                        o.value
                    ));
                }
            }
        }
    }
    if std::env::var("TB_DEBUG").is_ok() {
        for m in &misses {
            println!("{m}");
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "TimeBank+AQUAINT DATE timexes: {gold_n}; found {:.1}%; value exact {:.1}% of all, {:.1}% of found",
        pct(found, gold_n),
        pct(exact, gold_n),
        pct(exact, found)
    );
    assert!(gold_n > 1400, "parsed only {gold_n} DATE timexes");
    // regression floor under the measured level (see docs/attributes.md)
    assert!(
        pct(exact, found) >= 60.0,
        "TimeBank value accuracy below the floor"
    );
}
