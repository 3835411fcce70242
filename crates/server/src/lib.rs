//! gesta-server: the HTTP JSON API and the offline web UI over a
//! [`gesta_store::Store`].
//!
//! * [`router`] builds the axum router (API under `/api`, UI at `/`, assets
//!   under `/assets`, all embedded in the binary).
//! * [`serve`] binds an address (loopback by default) and serves until
//!   Ctrl-C; [`spawn`] serves in the background (tests, benchmarks).
//! * [`examples`] holds the bundled example stories that `gesta demo` codes
//!   into a fresh database.
//!
//! Reads go through a small pool of read-only store connections (SQLite WAL
//! lets them run while one writer ingests); `POST /api/stories` codes the
//! text with a [`StoryCoder`] (the gesta pipeline) and writes through one
//! writer connection. Writes need the bearer token given at start-up.
//!
//! The API is documented in `docs/api.md` and in the OpenAPI 3 file served
//! at `/api/openapi.json`.

mod api;
mod assets;
pub mod examples;
mod params;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use gesta_document::Document;
use gesta_store::Store;

pub use api::router;

/// Largest accepted request body (bytes): 10 MiB.
pub const MAX_BODY_BYTES: usize = 10 * 1024 * 1024;

/// Errors of the server crate.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("store: {0}")]
    Store(#[from] gesta_store::StoreError),
    #[error("cannot bind {addr}: {source}")]
    Bind {
        addr: String,
        #[source]
        source: std::io::Error,
    },
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
    #[error("bad address {0:?}: expected HOST:PORT, e.g. 127.0.0.1:8080")]
    BadAddr(String),
    #[error("example story {file}: {message}")]
    Example { file: String, message: String },
}

pub type Result<T> = std::result::Result<T, ServerError>;

/// Codes raw story text into a [`Document`] (the gesta pipeline implements
/// it). Used by `POST /api/stories` and by the demo.
pub trait StoryCoder: Send + Sync {
    fn code(&self, id: &str, text: &str, date: Option<String>) -> Document;
}

/// Any `Fn(id, text, date) -> Document` is a coder, e.g.
/// `move |id, text, date| pipeline.process_text(id, text, date)`.
impl<F> StoryCoder for F
where
    F: Fn(&str, &str, Option<String>) -> Document + Send + Sync,
{
    fn code(&self, id: &str, text: &str, date: Option<String>) -> Document {
        self(id, text, date)
    }
}

/// How to run the server.
pub struct Config {
    /// The database file (opened, created and migrated if needed).
    pub db: PathBuf,
    /// Read connections in the pool (at least 1).
    pub readers: usize,
    /// Bearer token for writes; `None` disables writes (403).
    pub token: Option<String>,
    /// Codes stories posted to `POST /api/stories`; `None` disables writes.
    pub coder: Option<Arc<dyn StoryCoder>>,
}

impl Config {
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config {
            db: db.into(),
            readers: 4,
            token: None,
            coder: None,
        }
    }
}

/// A fixed pool of store connections, handed out round-robin.
pub(crate) struct Pool {
    conns: Vec<Mutex<Store>>,
    next: AtomicUsize,
}

impl Pool {
    fn open(path: &Path, n: usize) -> Result<Pool> {
        let mut conns = Vec::new();
        for _ in 0..n.max(1) {
            conns.push(Mutex::new(Store::open(path)?));
        }
        Ok(Pool {
            conns,
            next: AtomicUsize::new(0),
        })
    }

    /// Runs `f` with a connection: a free one if any, else waits for the
    /// next in turn. Blocking: call from a blocking thread.
    pub(crate) fn with<T>(&self, f: impl FnOnce(&mut Store) -> T) -> T {
        let n = self.conns.len();
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        for k in 0..n {
            if let Ok(mut s) = self.conns[(start + k) % n].try_lock() {
                return f(&mut s);
            }
        }
        let m = &self.conns[start % n];
        let mut s = m.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut s)
    }
}

/// Shared state of the handlers.
pub(crate) struct AppState {
    pub(crate) readers: Pool,
    pub(crate) writer: Pool,
    pub(crate) token: Option<String>,
    pub(crate) coder: Option<Arc<dyn StoryCoder>>,
    /// Whether requests must carry a loopback `Host` header (set when bound
    /// to a loopback address: blocks DNS-rebinding pages).
    pub(crate) loopback_only: bool,
}

/// The application state built from a [`Config`].
#[derive(Clone)]
pub struct App(pub(crate) Arc<AppState>);

impl App {
    /// Opens the database (creating and migrating it) and the pool.
    pub fn new(cfg: Config) -> Result<App> {
        // Open the writer first: it creates the file and applies migrations.
        let writer = Pool::open(&cfg.db, 1)?;
        let readers = Pool::open(&cfg.db, cfg.readers)?;
        let token = cfg.token.filter(|t| !t.trim().is_empty());
        Ok(App(Arc::new(AppState {
            readers,
            writer,
            token,
            coder: cfg.coder,
            loopback_only: false,
        })))
    }

    fn with_loopback_only(self, on: bool) -> App {
        match Arc::try_unwrap(self.0) {
            Ok(mut st) => {
                st.loopback_only = on;
                App(Arc::new(st))
            }
            Err(shared) => App(shared),
        }
    }
}

/// Parses `HOST:PORT` (`localhost` is accepted for 127.0.0.1).
pub fn parse_addr(s: &str) -> Result<SocketAddr> {
    let t = s.trim();
    let t = t
        .strip_prefix("localhost:")
        .map(|p| format!("127.0.0.1:{p}"))
        .unwrap_or_else(|| t.to_string());
    t.parse().map_err(|_| ServerError::BadAddr(s.to_string()))
}

/// A server running in the background (see [`spawn`]).
pub struct Running {
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    /// `http://ADDR`
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops the server and waits for it.
    pub fn stop(mut self) {
        self.stop_inner();
    }

    fn stop_inner(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop_inner();
    }
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?)
}

async fn bind(addr: SocketAddr) -> Result<tokio::net::TcpListener> {
    tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServerError::Bind {
            addr: addr.to_string(),
            source,
        })
}

/// Serves `app` on `addr` in a background thread with its own runtime;
/// port 0 picks a free port (see [`Running::addr`]).
pub fn spawn(app: App, addr: SocketAddr) -> Result<Running> {
    let rt = runtime()?;
    let listener = rt.block_on(bind(addr))?;
    let local = listener.local_addr()?;
    let app = app.with_loopback_only(local.ip().is_loopback());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        rt.block_on(async move {
            let _ = axum::serve(listener, router(app))
                .with_graceful_shutdown(async move {
                    let _ = rx.await;
                })
                .await;
        });
    });
    Ok(Running {
        addr: local,
        shutdown: Some(tx),
        thread: Some(thread),
    })
}

/// Serves `app` on `addr` until Ctrl-C. `on_ready` is called with the bound
/// address once the server accepts connections.
pub fn serve(app: App, addr: SocketAddr, on_ready: impl FnOnce(SocketAddr)) -> Result<()> {
    let rt = runtime()?;
    rt.block_on(async move {
        let listener = bind(addr).await?;
        let local = listener.local_addr()?;
        let app = app.with_loopback_only(local.ip().is_loopback());
        on_ready(local);
        axum::serve(listener, router(app))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}
