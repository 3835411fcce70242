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
        Ok(r) => (r.content_text, Some(r.metadata), None),
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
