//! Shared test set-up: a temporary database filled from the bundled example
//! stories by the real gesta pipeline, an in-process server on 127.0.0.1:0,
//! and a tiny raw HTTP/1.1 client (raw so that tests can send bytes that a
//! URL library would normalise or refuse).
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use gesta_pipeline::{Pipeline, PipelineOptions};
use gesta_server::{App, Config, Running, StoryCoder};
use gesta_store::Store;

pub const TOKEN: &str = "test-token-7f3a9c";

/// The pipeline, loaded once per test binary.
pub fn coder() -> Arc<dyn StoryCoder> {
    static P: OnceLock<Arc<Pipeline>> = OnceLock::new();
    let p = P
        .get_or_init(|| {
            Arc::new(Pipeline::new(&PipelineOptions::default()).expect("pipeline loads"))
        })
        .clone();
    Arc::new(move |id: &str, text: &str, date: Option<String>| p.process_text(id, text, date))
}

/// A server over a fresh temporary database holding the example stories.
pub struct TestServer {
    pub running: Running,
    pub db: PathBuf,
    _dir: tempfile::TempDir,
}

impl TestServer {
    pub fn start() -> TestServer {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("test.db");
        let coder = coder();
        {
            let mut store = Store::open(&db).expect("open store");
            let report = gesta_server::examples::ingest_examples(&mut store, coder.as_ref())
                .expect("ingest examples");
            assert!(
                report.rejected.is_empty(),
                "rejected: {:?}",
                report.rejected
            );
            assert_eq!(
                report.stories_added,
                gesta_server::examples::examples().unwrap().len()
            );
        }
        let mut cfg = Config::new(&db);
        cfg.token = Some(TOKEN.to_string());
        cfg.coder = Some(coder);
        let app = App::new(cfg).expect("app");
        let running = gesta_server::spawn(app, "127.0.0.1:0".parse().unwrap()).expect("spawn");
        TestServer {
            running,
            db,
            _dir: dir,
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.running.addr
    }
}

/// A parsed HTTP response.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Sends raw request bytes (the request must say `Connection: close`) and
/// reads the whole response.
pub fn raw(addr: SocketAddr, request: &[u8]) -> Resp {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(60))).ok();
    s.write_all(request).expect("write");
    read_response(&mut s)
}

pub fn read_response(s: &mut TcpStream) -> Resp {
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    parse_response(&buf)
}

pub fn parse_response(buf: &[u8]) -> Resp {
    let split = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no header end in {:?}", String::from_utf8_lossy(buf)));
    let head = String::from_utf8_lossy(&buf[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or("");
    let status: u16 = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("bad status line {status_line:?}"));
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = buf[split + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    if chunked {
        body = dechunk(&body);
    }
    Resp {
        status,
        headers,
        body,
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = b.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&b[..eol]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = eol + 2;
        out.extend_from_slice(&b[start..(start + size).min(b.len())]);
        b = &b[(start + size + 2).min(b.len())..];
    }
    out
}

/// `GET target` (the target is sent byte for byte).
pub fn get(addr: SocketAddr, target: &str) -> Resp {
    raw(
        addr,
        format!("GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}

/// `POST target` with a body and extra header lines.
pub fn post(addr: SocketAddr, target: &str, headers: &[&str], body: &[u8]) -> Resp {
    let mut req = format!(
        "POST {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for h in headers {
        req.push_str(h);
        req.push_str("\r\n");
    }
    req.push_str("\r\n");
    let mut bytes = req.into_bytes();
    bytes.extend_from_slice(body);
    raw(addr, &bytes)
}
