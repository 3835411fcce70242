//! Browser tests in real headless Chromium, driven through chromedriver
//! (WebDriver) with fantoccini. The server runs in-process on 127.0.0.1:0
//! over a temporary database coded from the bundled example stories.
//!
//! Needs Debian's `chromium` and `chromium-driver` (or GESTA_CHROMIUM /
//! GESTA_CHROMEDRIVER). Without them the test prints one line and passes,
//! except under CI=true, where it fails. Screenshots of every page go to
//! `<target>/screenshots/` (the path is printed).

mod common;

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

fn find_exe(env: &str, names: &[&str]) -> Option<PathBuf> {
    if let Ok(p) = std::env::var(env) {
        let p = PathBuf::from(p);
        return p.exists().then_some(p);
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for n in names {
            let p = dir.join(n);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

fn screenshot_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("screenshots");
    std::fs::create_dir_all(&dir).expect("create screenshot dir");
    dir
}

/// chromedriver, killed (by its own pid) when dropped.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

struct Ui {
    c: Client,
    base: String,
    shots: PathBuf,
    taken: Vec<PathBuf>,
}

impl Ui {
    async fn js(&self, script: &str) -> Value {
        self.c
            .execute(script, vec![])
            .await
            .expect("execute script")
    }

    async fn nav_count(&self) -> i64 {
        self.js("return parseInt(document.body.dataset.nav || '0', 10);")
            .await
            .as_i64()
            .unwrap_or(0)
    }

    /// Waits until the app has finished rendering a page after `before`.
    async fn wait_rendered(&self, before: i64, what: &str) {
        let t = Instant::now();
        loop {
            let v = self
                .js("return [parseInt(document.body.dataset.nav||'0',10), document.body.dataset.ready];")
                .await;
            if v[0].as_i64().unwrap_or(0) > before && v[1] == "1" {
                break;
            }
            assert!(
                t.elapsed() < Duration::from_secs(30),
                "{what}: page did not render"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let err = self
            .js("const e = document.querySelector('#main .error'); return e ? e.textContent : null;")
            .await;
        assert!(err.is_null(), "{what}: the page shows an error: {err}");
    }

    async fn go(&self, hash: &str) {
        let before = self.nav_count().await;
        self.c
            .execute("location.hash = arguments[0];", vec![json!(hash)])
            .await
            .expect("set hash");
        self.wait_rendered(before, hash).await;
    }

    async fn count(&self, css: &str) -> usize {
        self.c
            .find_all(Locator::Css(css))
            .await
            .expect("find_all")
            .len()
    }

    async fn shot(&mut self, name: &str) {
        let png = self.c.screenshot().await.expect("screenshot");
        let p = self.shots.join(format!("{name}.png"));
        std::fs::write(&p, png).expect("write screenshot");
        self.taken.push(p);
    }
}

#[test]
fn ui_in_headless_chromium() {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    let chromium = find_exe(
        "GESTA_CHROMIUM",
        &["chromium", "chromium-browser", "google-chrome"],
    );
    let driver = find_exe("GESTA_CHROMEDRIVER", &["chromedriver"]);
    let (Some(chromium), Some(driver)) = (chromium, driver) else {
        if ci {
            panic!("CI=true but chromium/chromedriver not found (apt-get install chromium chromium-driver)");
        }
        println!("skipping: chromium or chromedriver not found (apt-get install chromium chromium-driver)");
        return;
    };
    let srv = common::TestServer::start();
    let port = free_port();
    let child = Command::new(&driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let _driver = Driver(child);
    let t = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let profile = tempfile::tempdir().expect("profile dir");
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(run(
        srv.running.url(),
        port,
        chromium,
        profile.path().to_path_buf(),
    ));
}

async fn run(base: String, port: u16, chromium: PathBuf, profile: PathBuf) {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": chromium.to_string_lossy(),
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                format!("--user-data-dir={}", profile.display()),
            ]
        }),
    );
    let c = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("webdriver session");
    let mut ui = Ui {
        c,
        base: base.clone(),
        shots: screenshot_dir(),
        taken: Vec::new(),
    };
    let result = steps(&mut ui).await;
    let shots = ui.taken.clone();
    let _ = ui.c.close().await;
    if let Err(e) = result {
        panic!("{e}");
    }
    println!("screenshots ({}):", shots.len());
    for s in shots {
        println!("  {}", s.display());
    }
}

async fn steps(ui: &mut Ui) -> Result<(), String> {
    let n_examples = gesta_server::examples::examples().unwrap().len();
    // Open the demo.
    ui.c.goto(&ui.base).await.map_err(|e| e.to_string())?;
    ui.wait_rendered(0, "home").await;
    assert_eq!(
        ui.count("#stories tbody tr").await,
        n_examples,
        "story list"
    );
    assert_eq!(ui.c.title().await.unwrap_or_default(), "gesta");
    ui.shot("01-home").await;

    // Search.
    let before = ui.nav_count().await;
    let input =
        ui.c.find(Locator::Css("#search-input"))
            .await
            .map_err(|e| e.to_string())?;
    input
        .send_keys("ceasefire")
        .await
        .map_err(|e| e.to_string())?;
    ui.c.find(Locator::Css("#search-form button"))
        .await
        .map_err(|e| e.to_string())?
        .click()
        .await
        .map_err(|e| e.to_string())?;
    ui.wait_rendered(before, "search").await;
    let hits = ui.count("#search-stories li").await;
    assert!(hits >= 1, "search found no story");
    assert!(
        ui.count("#search-stories mark").await >= 1,
        "search hits are not highlighted"
    );
    ui.shot("02-search").await;

    // Open a story from the results.
    let before = ui.nav_count().await;
    ui.c.find(Locator::Css("#search-stories li a"))
        .await
        .map_err(|e| e.to_string())?
        .click()
        .await
        .map_err(|e| e.to_string())?;
    ui.wait_rendered(before, "story").await;
    assert!(ui.count(".seg.hl-actor").await > 0, "no actor highlighted");
    assert!(ui.count(".seg.hl-event").await > 0, "no event highlighted");
    assert!(ui.count(".event-item").await > 0, "no events listed");
    ui.shot("03-story").await;

    // Click an event: its sentence is highlighted and its codes shown.
    // Prefer an event that is more than a plain statement (CAMEO 01x).
    let pick = ui
        .js("const xs = Array.from(document.querySelectorAll('.event-item .code.muted')).map(e => e.textContent); const i = xs.findIndex(c => !c.startsWith('01')); return i < 0 ? 0 : i;")
        .await
        .as_u64()
        .unwrap_or(0) as usize;
    let items =
        ui.c.find_all(Locator::Css(".event-item"))
            .await
            .map_err(|e| e.to_string())?;
    items[pick].click().await.map_err(|e| e.to_string())?;
    let active = ui
        .js("return Array.from(document.querySelectorAll('.seg.sent-active')).map(e => e.textContent).join('');")
        .await;
    let sentence = ui
        .js("return document.getElementById('event-sentence').textContent;")
        .await;
    let codes = ui
        .js("return document.getElementById('event-codes').textContent;")
        .await;
    let active = active.as_str().unwrap_or("").to_string();
    assert!(
        !active.trim().is_empty(),
        "no sentence highlighted after clicking an event"
    );
    assert_eq!(
        active.trim(),
        sentence.as_str().unwrap_or("").trim(),
        "highlight is not the event's sentence"
    );
    assert!(
        codes.as_str().unwrap_or("").contains("CAMEO"),
        "codes not shown: {codes}"
    );
    assert!(
        ui.count(".seg.trigger-active").await > 0,
        "trigger not marked"
    );
    ui.shot("04-story-event").await;

    // Events table and a filter.
    ui.go("#/events").await;
    let rows = ui.count("#events-table tbody tr").await;
    assert!(rows > 0, "events table empty");
    let quad = ui
        .js("const b = document.querySelector('#events-table tbody .quad'); return b ? b.textContent : null;")
        .await;
    let quad = quad
        .as_str()
        .ok_or("no quad class in the table")?
        .to_string();
    ui.c.execute(
        "document.querySelector('#filters select[name=quad]').value = arguments[0];",
        vec![json!(quad)],
    )
    .await
    .map_err(|e| e.to_string())?;
    let before = ui.nav_count().await;
    ui.c.find(Locator::Css("#filters button[type=submit]"))
        .await
        .map_err(|e| e.to_string())?
        .click()
        .await
        .map_err(|e| e.to_string())?;
    ui.wait_rendered(before, "events filtered").await;
    let quads = ui
        .js("return Array.from(document.querySelectorAll('#events-table tbody tr')).map(r => { const b = r.querySelector('.quad'); return b ? b.textContent : ''; });")
        .await;
    let quads: Vec<String> = quads
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|v| v.as_str().unwrap_or("").to_string())
        .collect();
    assert!(!quads.is_empty(), "filter left no rows");
    assert!(
        quads.iter().all(|q| *q == quad),
        "filter quad={quad} shows {quads:?}"
    );
    assert!(quads.len() <= rows);
    let exports = ui.count(".exports a").await;
    assert_eq!(exports, 4, "export links");
    ui.shot("05-events-filtered").await;

    // Timeline.
    ui.go("#/timeline").await;
    assert!(
        ui.count("#timeline-svg rect.bar").await > 0,
        "timeline has no bars"
    );
    assert!(ui.count("#goldstein-line").await == 1, "no Goldstein line");
    ui.shot("06-timeline").await;

    // Network.
    ui.go("#/network").await;
    assert!(
        ui.count("#network-svg .node").await >= 2,
        "network has no nodes"
    );
    assert!(
        ui.count("#network-svg line.edge").await >= 1,
        "network has no edges"
    );
    ui.shot("07-network").await;

    // Map.
    ui.go("#/map").await;
    let d = ui.js("const p = document.querySelector('#map-svg path.land'); return p ? p.getAttribute('d').length : 0;").await;
    assert!(d.as_u64().unwrap_or(0) > 10_000, "no world outline");
    assert!(
        ui.count("#map-svg circle.dot").await > 0,
        "no places on the map"
    );
    ui.shot("08-map").await;

    // Negotiation board.
    ui.go("#/board").await;
    assert!(
        ui.count("#board .board-issue").await > 0,
        "board has no issue"
    );
    assert!(ui.count("#board .stance").await > 0, "board has no stance");
    ui.shot("09-board").await;

    // Event detail (one real event, its reports).
    ui.go("#/events").await;
    let before = ui.nav_count().await;
    ui.c.find(Locator::Css("#events-table tbody tr"))
        .await
        .map_err(|e| e.to_string())?
        .click()
        .await
        .map_err(|e| e.to_string())?;
    ui.wait_rendered(before, "event detail").await;
    assert!(
        ui.count("#mentions-table tbody tr").await >= 1,
        "event without reports"
    );
    ui.shot("10-event").await;
    Ok(())
}
