//! Security tests over plain HTTP against the in-process server: writes
//! need the bearer token, hostile strings in every query parameter get a
//! clean 4xx or correct (empty) results and never a 5xx, a 100 MB upload is
//! refused, non-loopback Host headers are refused, security headers are set.

mod common;

use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

use common::{get, post, raw, TestServer, TOKEN};

/// Hostile values, already percent-encoded for a query string.
fn hostile() -> Vec<(String, &'static str)> {
    let mut v: Vec<(String, &'static str)> = [
        ("%27%20OR%201%3D1%20--", "sql-or"),
        ("%22%3B%20DROP%20TABLE%20documents%3B%20--", "sql-drop"),
        ("RUS%27%20AND%20%271%27%3D%271", "sql-and"),
        (
            "%25%27%20UNION%20SELECT%20*%20FROM%20documents%20--",
            "sql-union",
        ),
        ("1%3B%20DELETE%20FROM%20events", "sql-delete"),
        ("%25", "like-percent"),
        ("_", "like-underscore"),
        ("*", "star"),
        ("%22", "quote"),
        ("NEAR(", "fts-near"),
        ("a%20AND%20OR%20NOT", "fts-ops"),
        ("%5C", "backslash"),
        ("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "xss"),
        ("..%2F..%2Fetc%2Fpasswd", "path"),
        ("%F0%9F%98%80%F0%9F%92%A5", "emoji"),
        ("%FF%FE%FD", "invalid-utf8"),
        ("%C0%AF", "overlong-utf8"),
        ("%ED%A0%80", "surrogate-utf8"),
        ("%E2%82", "truncated-utf8"),
        ("%G0", "bad-escape"),
        ("%", "lone-percent"),
        ("%00", "nul"),
        ("-1", "negative"),
        ("99999999999999999999999999", "huge-number"),
        ("1e9", "float"),
        ("NaN", "nan"),
        ("0x10", "hex"),
        ("", "empty"),
        ("%20%20", "blank"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), *b))
    .collect();
    v.push(("a".repeat(499), "long-ok"));
    v.push(("a".repeat(20_000), "very-long"));
    v.push(("%41".repeat(600), "long-encoded"));
    v
}

/// Endpoints and every query parameter they take.
fn endpoints() -> Vec<(&'static str, Vec<&'static str>)> {
    let filters = vec![
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
    let with = |extra: &[&'static str]| {
        let mut f = filters.clone();
        f.extend_from_slice(extra);
        f
    };
    vec![
        ("/api/stats", vec!["x"]),
        ("/api/health", vec!["x"]),
        ("/api/stories", vec!["limit", "offset"]),
        ("/api/events", with(&["limit", "offset"])),
        ("/api/events/export", with(&["format", "limit", "offset"])),
        ("/api/timeline", filters.clone()),
        ("/api/network", with(&["min", "limit"])),
        ("/api/places", with(&["limit"])),
        ("/api/board", filters.clone()),
        ("/api/search", vec!["q", "limit"]),
    ]
}

#[test]
fn hostile_query_parameters_get_clean_answers() {
    let srv = TestServer::start();
    let addr = srv.addr();
    let before = get(addr, "/api/stats").json();
    assert!(
        before["events"].as_u64().unwrap_or(0) > 0,
        "examples coded no events: {before}"
    );
    let mut counts = std::collections::BTreeMap::<u16, usize>::new();
    let mut n = 0;
    for (path, params) in endpoints() {
        for p in &params {
            for (value, label) in hostile() {
                let target = format!("{path}?{p}={value}");
                let r = get(addr, &target);
                n += 1;
                *counts.entry(r.status).or_default() += 1;
                assert!(
                    r.status == 200 || r.status == 400,
                    "{path} {p}={label}: status {} body {}",
                    r.status,
                    r.text()
                );
                if r.status == 400 {
                    let j = r.json();
                    assert!(j["error"].is_string(), "{path} {p}={label}: {j}");
                    continue;
                }
                // Correct results: an injected value must not widen a filter.
                // (`cameo=*` is the documented "any code" prefix, not an
                // injection.)
                let sqlish = label.starts_with("sql")
                    || label.starts_with("like")
                    || (label == "star" && p != &"cameo");
                if sqlish && path == "/api/events" && p != &"q" {
                    let j = r.json();
                    assert_eq!(
                        j["total"], 0,
                        "{path} {p}={label} matched {} events",
                        j["total"]
                    );
                }
                if path != "/api/events/export" {
                    let _ = r.json();
                }
            }
        }
    }
    // Path parameters.
    for (target, want) in [
        ("/api/stories/%27%20OR%201%3D1%20--", 404),
        ("/api/stories/%FF%FE", 400),
        ("/api/stories/a%00b", 400),
        ("/api/stories/..%2F..%2Fetc%2Fpasswd", 404),
        ("/api/events/abc", 400),
        ("/api/events/1%20OR%201%3D1", 400),
        ("/api/events/999999999999", 404),
        ("/api/events/99999999999999999999999", 400),
        ("/assets/..%2FCargo.toml", 404),
        ("/api/nope", 404),
    ] {
        let r = get(addr, target);
        assert_eq!(r.status, want, "{target}: {}", r.text());
        assert!(r.json()["error"].is_string());
    }
    // A very long request line: refused with a 4xx (or the connection is
    // closed by the HTTP layer), never a crash.
    let long = format!("/api/events?q={}", "b".repeat(100_000));
    let r = get(addr, &long);
    assert!((400..500).contains(&r.status), "long URL: {}", r.status);
    // The database is unchanged and the server still answers.
    let after = get(addr, "/api/stats").json();
    assert_eq!(before, after);
    println!("hostile requests: {n}, statuses: {counts:?}");
}

#[test]
fn filters_give_correct_results() {
    let srv = TestServer::start();
    let addr = srv.addr();
    let all = get(addr, "/api/events?limit=1000").json();
    let total = all["total"].as_u64().unwrap();
    assert!(total > 0);
    // quad filter: every row has that quad class, and the classes add up
    // (events without a quad class are the rest).
    let mut sum = 0;
    for q in 1..=4 {
        let j = get(addr, &format!("/api/events?quad={q}&limit=1000")).json();
        for e in j["items"].as_array().unwrap() {
            assert_eq!(e["quad_class"], q);
        }
        sum += j["total"].as_u64().unwrap();
    }
    assert!(sum <= total);
    // An actor filter returns only events with that actor on one side.
    let first = &all["items"][0];
    let code = first["source"].as_str().unwrap().to_string();
    let j = get(addr, &format!("/api/events?actor={code}&limit=1000")).json();
    assert!(j["total"].as_u64().unwrap() >= 1);
    // Search finds a word of a bundled story (quote or story).
    let j = get(addr, "/api/search?q=ceasefire").json();
    assert!(!j["stories"].as_array().unwrap().is_empty(), "{j}");
    // Paging: limit is honoured.
    let j = get(addr, "/api/events?limit=2").json();
    assert!(j["items"].as_array().unwrap().len() <= 2);
}

#[test]
fn writes_need_the_token() {
    let srv = TestServer::start();
    let addr = srv.addr();
    let body = br#"{"id":"t-1","date":"2025-05-02","title":"Test","text":"GENEVA (Test) - Iran and the United States held talks in Geneva on Friday, officials said."}"#;
    let json = "Content-Type: application/json";
    for auth in [
        None,
        Some("Authorization: Bearer wrong"),
        Some("Authorization: Basic dGVzdDp0ZXN0"),
        Some("Authorization: Bearer "),
        Some("Authorization: test-token-7f3a9c"),
    ] {
        let mut h = vec![json];
        if let Some(a) = auth {
            h.push(a);
        }
        let r = post(addr, "/api/stories", &h, body);
        assert_eq!(r.status, 401, "{auth:?}: {}", r.text());
        assert!(r.header("www-authenticate").is_some());
    }
    // Unauthenticated garbage is refused before the body is looked at.
    assert_eq!(
        post(addr, "/api/stories", &[json], b"{not json").status,
        401
    );
    assert!(get(addr, "/api/stories/t-1").status == 404);

    let auth = format!("Authorization: Bearer {TOKEN}");
    let r = post(addr, "/api/stories", &[json, &auth], body);
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["id"], "t-1");
    let doc = get(addr, "/api/stories/t-1").json();
    assert_eq!(doc["title"], "Test");
    assert!(!doc["sentences"].as_array().unwrap().is_empty());
    // Same text again: stored once.
    let r = post(addr, "/api/stories", &[json, &auth], body);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["duplicate"], true);
    // Raw text body with query metadata.
    let r = post(
        addr,
        "/api/stories?id=t-2&date=2025-05-03",
        &["Content-Type: text/plain", &auth],
        "Protesters marched in Belgrade on Saturday.".as_bytes(),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    // Bad bodies get 400.
    for (ct, b) in [
        (json, &b"{not json"[..]),
        (json, &br#"{"text":"x","evil":1}"#[..]),
        (json, &br#"{"text":"x","date":"yesterday"}"#[..]),
        (json, &br#"{"text":"   "}"#[..]),
        (json, &br#"{"id":"a\u0000b","text":"x"}"#[..]),
        ("Content-Type: text/plain", &b"\xff\xfe bad utf8"[..]),
    ] {
        let r = post(addr, "/api/stories", &[ct, &auth], b);
        assert_eq!(
            r.status,
            400,
            "{:?}: {}",
            String::from_utf8_lossy(b),
            r.text()
        );
    }
}

/// Streams `total` bytes of body after `head` while reading the response
/// concurrently (the server may answer and close before the body is sent).
fn upload(addr: std::net::SocketAddr, head: String, total: usize, chunked: bool) -> common::Resp {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).ok();
    let mut w = s.try_clone().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'a'; 1 << 20];
        if w.write_all(head.as_bytes()).is_err() {
            return 0usize;
        }
        let mut sent = 0;
        while sent < total {
            let n = chunk.len().min(total - sent);
            let ok = if chunked {
                w.write_all(format!("{n:x}\r\n").as_bytes()).is_ok()
                    && w.write_all(&chunk[..n]).is_ok()
                    && w.write_all(b"\r\n").is_ok()
            } else {
                w.write_all(&chunk[..n]).is_ok()
            };
            if !ok {
                break;
            }
            sent += n;
        }
        if chunked && sent >= total {
            let _ = w.write_all(b"0\r\n\r\n");
        }
        sent
    });
    let mut buf = Vec::new();
    let mut tmp = [0u8; 8192];
    use std::io::Read;
    loop {
        match s.read(&mut tmp) {
            Ok(0) => break,
            Ok(n) => {
                buf.extend_from_slice(&tmp[..n]);
                if buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.ends_with(b"}") {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    let _ = s.shutdown(std::net::Shutdown::Both);
    let sent = writer.join().unwrap();
    println!("upload: sent {sent} of {total} bytes before the answer");
    common::parse_response(&buf)
}

#[test]
fn a_100_mb_upload_is_refused() {
    let srv = TestServer::start();
    let addr = srv.addr();
    let total = 100 * 1024 * 1024;
    let auth = format!("Authorization: Bearer {TOKEN}");
    // Declared length.
    let head = format!(
        "POST /api/stories HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: text/plain\r\n{auth}\r\nContent-Length: {total}\r\n\r\n"
    );
    let r = upload(addr, head, total, false);
    assert_eq!(r.status, 413, "{}", r.text());
    // Chunked, no declared length: refused once 10 MiB have been read.
    let head = format!(
        "POST /api/stories HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: text/plain\r\n{auth}\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    let r = upload(addr, head, total, true);
    assert_eq!(r.status, 413, "{}", r.text());
    // Without the token: 401, whatever the size.
    let head = format!(
        "POST /api/stories HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: {total}\r\n\r\n"
    );
    let r = upload(addr, head, total, false);
    assert_eq!(r.status, 401, "{}", r.text());
    // The server still works.
    assert_eq!(get(addr, "/api/health").status, 200);
}

#[test]
fn host_check_and_security_headers() {
    let srv = TestServer::start();
    let addr = srv.addr();
    let r = raw(
        addr,
        b"GET /api/stats HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(r.status, 421, "{}", r.text());
    let r = raw(
        addr,
        format!(
            "GET / HTTP/1.1\r\nHost: localhost:{}\r\nConnection: close\r\n\r\n",
            addr.port()
        )
        .as_bytes(),
    );
    assert_eq!(r.status, 200);
    assert!(r.text().contains("<script src=\"/assets/app.js\">"));
    let csp = r.header("content-security-policy").unwrap_or("");
    assert!(csp.contains("default-src 'self'"), "{csp}");
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(r.header("x-frame-options"), Some("DENY"));
    // Every asset the page needs is embedded and served.
    for a in [
        "/assets/app.js",
        "/assets/app.css",
        "/assets/world-110m.path",
        "/assets/favicon.svg",
    ] {
        let r = get(addr, a);
        assert_eq!(r.status, 200, "{a}");
        assert!(r.body.len() > 100, "{a}");
    }
    let spec = get(addr, "/api/openapi.json").json();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3."));
    assert!(spec["paths"]["/api/events"]["get"].is_object());
}
