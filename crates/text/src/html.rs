//! HTML input: main-text extraction with the `trafilatura` crate.

use gesta_document::{Document, Metadata, Warning};

pub(crate) fn process(
    id: &str,
    html: &str,
    date: Option<String>,
    title: Option<String>,
    mut meta: Metadata,
) -> Document {
    let opts = trafilatura::Options::default().with_fallback(true);
    let (text, page_meta, problem) = match trafilatura::extract(html, &opts) {
        Ok(r) => {
            let t = html_to_lines(&r.content_html);
            let t = if t.trim().is_empty() {
                r.content_text
            } else {
                t
            };
            (t, Some(r.metadata), None)
        }
        Err(e) => {
            // fall back to the plain text of the page
            let t = trafilatura::html2txt(html);
            (t, None, Some(e.to_string()))
        }
    };
    let mut title = title;
    let mut date = date;
    if let Some(m) = &page_meta {
        if title.is_none() && !m.title.trim().is_empty() {
            title = Some(m.title.trim().to_string());
        }
        if date.is_none() {
            date = m.date.map(|d| d.format("%Y-%m-%d").to_string());
        }
        if meta.byline.is_none() && !m.author.trim().is_empty() {
            meta.byline = Some(m.author.trim().to_string());
        }
        if meta.url.is_none() && !m.url.trim().is_empty() {
            meta.url = Some(m.url.trim().to_string());
        }
        if meta.source.is_none() && !m.sitename.trim().is_empty() {
            meta.source = Some(m.sitename.trim().to_string());
        }
    }
    let mut doc = crate::process_text(id, &text, date, title, meta);
    if let Some(p) = problem {
        doc.warnings.push(Warning {
            message: format!("HTML main-text extraction failed ({p}); used the page's plain text"),
            offset: None,
        });
    }
    if doc.text.is_empty() {
        doc.warnings.push(Warning {
            message: "no body text found in the HTML".into(),
            offset: None,
        });
    }
    doc
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "br",
    "blockquote",
    "tr",
    "article",
    "section",
    "header",
    "footer",
    "ul",
    "ol",
    "table",
    "pre",
    "figcaption",
    "dd",
    "dt",
    "head",
    "title",
];

/// Turns extracted HTML into text with one line per block element.
pub(crate) fn html_to_lines(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_decoded(&mut out, &rest[..lt]);
        let after = &rest[lt + 1..];
        let Some(gt) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = &after[..gt];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if BLOCK_TAGS.contains(&name.as_str()) && !out.ends_with('\n') {
            out.push('\n');
        }
        rest = &after[gt + 1..];
    }
    push_decoded(&mut out, rest);
    out
}

fn push_decoded(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let ent = &after[..e];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "hellip" => Some('…'),
                _ => ent
                    .strip_prefix("#x")
                    .or_else(|| ent.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_entities_decode() {
        assert_eq!(
            html_to_lines("<h1>Title</h1><p>One &amp; two&#8217;s.</p><p>Three</p>"),
            "\nTitle\nOne & two’s.\nThree\n"
        );
    }
}
