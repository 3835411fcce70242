//! Bad inputs give clear errors and never stop the good ones.

use std::path::PathBuf;

use gesta_text::read_inputs;

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gesta-text-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("tmp dir");
    d
}

#[test]
fn directory_with_bad_files_among_good_ones() {
    let d = tmpdir("dir");
    std::fs::write(
        d.join("a_good.txt"),
        "The council met on Monday. It approved the budget.\n",
    )
    .unwrap();
    std::fs::write(d.join("b_empty.txt"), "").unwrap();
    std::fs::write(
        d.join("c_binary.bin"),
        [0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 3, 0, 0],
    )
    .unwrap();
    let mut bad_utf8 = b"The mayor said \"yes\". Caf".to_vec();
    bad_utf8.extend_from_slice(&[0xE9, b' ', b'o', b'p', b'e', b'n', b's', b'.', b'\n']);
    std::fs::write(d.join("d_latin1.txt"), &bad_utf8).unwrap();
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(
        d.join("sub/e_soup.html"),
        "<div><span></span><script>var x = 1;</script></div>",
    )
    .unwrap();
    std::fs::write(
        d.join("sub/f_records.jsonl"),
        "{\"id\":\"r1\",\"text\":\"Troops left the town. Residents returned.\",\"date\":\"2024-05-01\",\"lang\":\"en\"}\n{not json\n{\"id\":\"r3\"}\n{\"id\":\"r4\",\"text\":\"Talks resumed in Geneva.\"}\n",
    )
    .unwrap();
    let specs = vec![
        d.display().to_string(),
        d.join("missing.txt").display().to_string(),
    ];
    let results: Vec<_> = read_inputs(&specs).collect();
    let ok: Vec<_> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    let errs: Vec<String> = results
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| e.to_string())
        .collect();
    for e in &errs {
        println!("error: {e}");
    }
    let ids: Vec<&str> = ok.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, vec!["a_good", "d_latin1", "r1", "r4"]);
    assert!(errs
        .iter()
        .any(|e| e.contains("b_empty.txt") && e.contains("empty file")));
    assert!(errs
        .iter()
        .any(|e| e.contains("c_binary.bin") && e.contains("binary")));
    assert!(errs
        .iter()
        .any(|e| e.contains("e_soup.html") && e.contains("no body text")));
    assert!(errs
        .iter()
        .any(|e| e.contains("f_records.jsonl:2") && e.contains("invalid JSON")));
    assert!(errs
        .iter()
        .any(|e| e.contains("f_records.jsonl:3") && e.contains("\"text\"")));
    assert!(errs
        .iter()
        .any(|e| e.contains("missing.txt") && e.contains("no such file")));
    // invalid UTF-8 repaired with a warning naming file and offset
    let latin = ok.iter().find(|d| d.id == "d_latin1").unwrap();
    assert!(latin.text.contains('\u{FFFD}'));
    assert_eq!(latin.warnings[0].offset, Some(25));
    assert!(
        latin.warnings[0].message.contains("d_latin1.txt")
            && latin.warnings[0].message.contains("byte 25")
    );
    // JSON Lines fields
    let r1 = ok.iter().find(|d| d.id == "r1").unwrap();
    assert_eq!(r1.date.as_deref(), Some("2024-05-01"));
    assert_eq!(r1.sentences.len(), 2);
    assert_eq!(
        r1.meta.extra.get("lang").and_then(|v| v.as_str()),
        Some("en")
    );
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn fifty_megabyte_single_line() {
    let d = tmpdir("big");
    let sentence = "The convoy moved north at 5.5 km an hour, officials said on Tuesday ";
    let mut big = String::with_capacity(50 * 1024 * 1024 + 100);
    while big.len() < 50 * 1024 * 1024 {
        big.push_str(sentence);
    }
    big.push('.');
    std::fs::write(d.join("big.txt"), &big).unwrap();
    let docs: Vec<_> = read_inputs(&[d.join("big.txt").display().to_string()]).collect();
    assert_eq!(docs.len(), 1);
    let doc = docs.into_iter().next().unwrap().expect("50 MB line reads");
    assert!(doc.text.len() >= 50 * 1024 * 1024);
    assert_eq!(doc.sentences.len(), 1);
    assert!(doc.tokens.len() > 7_000_000);
    let _ = std::fs::remove_dir_all(&d);
}

/// Pseudo-random texts built from tricky pieces never panic and always give
/// valid documents.
#[test]
fn random_texts_give_valid_documents() {
    let pieces = [
        "KYIV, Ukraine (AP) — ",
        "é",
        "’’",
        "“",
        "”",
        ".",
        ". ",
        "...",
        "… ",
        "U.S.",
        " Mr. ",
        "\n",
        "\n\n",
        "    ",
        "Credit: AP\n",
        "___\n",
        "can't",
        "’s",
        "-",
        "—",
        "3.5",
        "1,000",
        "(",
        ")",
        "!",
        "?",
        "a",
        "Word",
        "ÉTÉ",
        "日本",
        "\u{00A0}",
        "\u{200B}",
        "\t",
        "'",
        "\"",
        "http://x.y/z.",
        "a@b.co",
        "1. ",
        "• ",
        "\r\n",
        "WASHINGTON —",
        " REUTER\n",
        "By Jane Doe\n",
        "self-",
        "\u{FFFD}",
        "ǃ",
        "😀",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3000 {
        let mut s = String::new();
        let n = (state % 200) as usize + 1;
        for _ in 0..n {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            s.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        // a long prefix puts multi-byte characters at every offset
        let doc = gesta_text::process_text("r", &s, None, None, Default::default());
        doc.validate().unwrap_or_else(|e| panic!("{e} for {s:?}"));
        for r in &doc.removed {
            assert!(
                s.get(r.raw_start..r.raw_end).is_some(),
                "bad raw span for {s:?}"
            );
        }
    }
}
