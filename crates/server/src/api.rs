//! The axum router: JSON API handlers, the embedded UI, and the security
//! layers (bearer token for writes, body size limit, loopback `Host` check,
//! security headers).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::rejection::PathRejection;
use axum::extract::{DefaultBodyLimit, Path, RawQuery, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use gesta_store::{ExportFormat, HitKind, Store, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::assets;
use crate::params::{with_filter, BadParam, Params};
use crate::{App, AppState, MAX_BODY_BYTES};

/// Most rows a list endpoint returns per page.
pub const MAX_PAGE: usize = 1000;
/// Largest event total counted row by row for `/api/events` (filters the
/// rollups cannot answer); beyond it `total_exact` is false.
pub const MAX_COUNT: u64 = 1_000;
/// Most events one export request writes.
pub const MAX_EXPORT: usize = 100_000;

/// An API error: status and a message, sent as `{"error": "..."}`.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }
    fn bad(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }
}

impl From<BadParam> for ApiError {
    fn from(b: BadParam) -> ApiError {
        ApiError::bad(b.0)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::BadFilter(m) => ApiError::bad(m),
            other => ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, other.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(json!({ "error": self.message }))).into_response()
    }
}

type ApiResult<T> = Result<T, ApiError>;

/// Runs a read on a pooled connection in a blocking thread.
async fn read<T: Send + 'static>(
    st: &Arc<AppState>,
    f: impl FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
) -> ApiResult<T> {
    let st = st.clone();
    tokio::task::spawn_blocking(move || st.readers.with(|s| f(s)))
        .await
        .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
        .map_err(ApiError::from)
}

/// Builds the router over an [`App`].
pub fn router(app: App) -> Router {
    let st = app.0;
    let write = Router::new()
        .route("/api/stories", axum::routing::post(post_story))
        .route_layer(middleware::from_fn_with_state(st.clone(), require_token));
    Router::new()
        .route("/", get(index))
        .route("/index.html", get(index))
        .route("/assets/{name}", get(asset))
        .route("/api", get(api_index))
        .route("/api/health", get(health))
        .route("/api/openapi.json", get(openapi))
        .route("/api/stats", get(stats))
        .route("/api/stories", get(list_stories))
        .route("/api/stories/{id}", get(get_story))
        .route("/api/stories/{id}/mentions", get(story_mentions))
        .route("/api/events", get(list_events))
        .route("/api/events/export", get(export_events))
        .route("/api/events/{id}", get(get_event))
        .route("/api/timeline", get(timeline))
        .route("/api/network", get(network))
        .route("/api/places", get(places))
        .route("/api/board", get(board))
        .route("/api/search", get(search))
        .merge(write)
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(st.clone(), guard))
        .with_state(st)
}

/// Outermost layer: refuses non-loopback `Host` headers when bound to
/// loopback, refuses oversized declared bodies early, and adds security
/// headers to every response.
async fn guard(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    if st.loopback_only {
        let host = req
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("");
        if !host.is_empty() && !is_loopback_host(host) {
            return ApiError::new(
                StatusCode::MISDIRECTED_REQUEST,
                "this server only answers requests for localhost",
            )
            .into_response();
        }
    }
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES as u64) && req.method() == Method::POST {
        // Check the token first so that an unauthenticated client learns
        // nothing more than 401.
        if authorized(&st, req.headers()).is_ok() {
            return ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("request body larger than {MAX_BODY_BYTES} bytes"),
            )
            .into_response();
        }
    }
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
    );
    resp
}

fn is_loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Compares in time independent of where the strings differ.
fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn authorized(st: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(expected) = &st.token else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "writes are disabled: start the server with --token (or GESTA_TOKEN)",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim);
    match given {
        Some(t) if constant_eq(t.as_bytes(), expected.as_bytes()) => Ok(()),
        Some(_) => Err(ApiError::new(StatusCode::UNAUTHORIZED, "invalid token")),
        None => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "missing bearer token (Authorization: Bearer TOKEN)",
        )),
    }
}

async fn require_token(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    if let Err(e) = authorized(&st, req.headers()) {
        let mut r = e.into_response();
        if r.status() == StatusCode::UNAUTHORIZED {
            r.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"gesta\""),
            );
        }
        return r;
    }
    next.run(req).await
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such page or endpoint")
}

async fn index() -> Response {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        assets::INDEX_HTML,
    )
        .into_response()
}

async fn asset(name: Result<Path<String>, PathRejection>) -> Response {
    let name = match path_param(name) {
        Ok(n) => n,
        Err(e) => return e.into_response(),
    };
    match assets::asset(&name) {
        Some((ct, bytes)) => (
            [
                (header::CONTENT_TYPE, ct),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            bytes,
        )
            .into_response(),
        None => ApiError::not_found("no such asset").into_response(),
    }
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        assets::OPENAPI_JSON,
    )
        .into_response()
}

async fn api_index() -> Json<Value> {
    Json(json!({
        "openapi": "/api/openapi.json",
        "endpoints": ["/api/health", "/api/stats", "/api/stories", "/api/stories/{id}",
            "/api/stories/{id}/mentions", "/api/events", "/api/events/{id}", "/api/events/export",
            "/api/timeline", "/api/network", "/api/places", "/api/board", "/api/search"],
    }))
}

/// A path parameter, with a JSON 400 when it is not valid UTF-8.
fn path_param(p: Result<Path<String>, PathRejection>) -> ApiResult<String> {
    p.map(|Path(v)| v)
        .map_err(|e| ApiError::bad(format!("bad path: {}", e.body_text())))
}

fn params(q: &Option<String>, allowed: &[&str]) -> ApiResult<Params> {
    Ok(Params::parse(q.as_deref(), allowed)?)
}

async fn health(State(st): State<Arc<AppState>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    params(&q, &[])?;
    let v = read(&st, |s| s.schema_version()).await?;
    Ok(Json(json!({
        "ok": true,
        "schema_version": v,
        "writes": st.token.is_some() && st.coder.is_some(),
    })))
}

async fn stats(State(st): State<Arc<AppState>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    params(&q, &[])?;
    let s = read(&st, |s| s.stats()).await?;
    Ok(Json(serde_json::to_value(s).unwrap_or(Value::Null)))
}

async fn list_stories(
    State(st): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
) -> ApiResult<Json<Value>> {
    let p = params(&q, &["limit", "offset"])?;
    let limit = p.number("limit", 50, 1, MAX_PAGE)?;
    let offset = p.number("offset", 0, 0, 100_000_000)?;
    let (total, items) = read(&st, move |s| {
        Ok((s.story_count()?, s.stories(limit, offset)?))
    })
    .await?;
    Ok(Json(
        json!({ "total": total, "limit": limit, "offset": offset, "items": items }),
    ))
}

fn check_id(id: &str) -> ApiResult<()> {
    if id.is_empty() || id.len() > 300 || id.chars().any(char::is_control) {
        return Err(ApiError::bad(
            "story id must be 1-300 bytes without control characters",
        ));
    }
    Ok(())
}

async fn get_story(
    State(st): State<Arc<AppState>>,
    id: Result<Path<String>, PathRejection>,
    RawQuery(q): RawQuery,
) -> ApiResult<Json<Value>> {
    params(&q, &[])?;
    let id = path_param(id)?;
    check_id(&id)?;
    let key = id.clone();
    match read(&st, move |s| s.story(&key)).await? {
        Some(doc) => Ok(Json(serde_json::to_value(doc).unwrap_or(Value::Null))),
        None => Err(ApiError::not_found(format!("no story {id:?}"))),
    }
}

async fn story_mentions(
    State(st): State<Arc<AppState>>,
    id: Result<Path<String>, PathRejection>,
    RawQuery(q): RawQuery,
) -> ApiResult<Json<Value>> {
    params(&q, &[])?;
    let id = path_param(id)?;
    check_id(&id)?;
    let key = id.clone();
    let (exists, rows) = read(&st, move |s| {
        let rows = s.story_mentions(&key)?;
        let exists = !rows.is_empty() || s.story(&key)?.is_some();
        Ok((exists, rows))
    })
    .await?;
    if !exists {
        return Err(ApiError::not_found(format!("no story {id:?}")));
    }
    Ok(Json(json!({ "items": rows })))
}

async fn list_events(
    State(st): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
) -> ApiResult<Json<Value>> {
    let p = params(&q, &with_filter(&["limit", "offset"]))?;
    let mut f = p.filter()?;
    f.limit = Some(p.number("limit", 100, 1, MAX_PAGE)?);
    f.offset = Some(p.number("offset", 0, 0, 100_000_000)?);
    let (limit, offset) = (f.limit, f.offset);
    // Exact totals come from the rollups; other filters are counted up to
    // MAX_COUNT (`total_exact` false: there are more).
    let ((total, exact), items) = read(&st, move |s| {
        let items = s.events(&f)?;
        // A page that is not full ends the list: its end is the total.
        let (limit, offset) = (f.limit.unwrap_or(100), f.offset.unwrap_or(0));
        let total = if items.len() < limit && (offset == 0 || !items.is_empty()) {
            ((offset + items.len()) as u64, true)
        } else {
            s.count_events_capped(&f, MAX_COUNT.max((offset + limit) as u64))?
        };
        Ok((total, items))
    })
    .await?;
    Ok(Json(json!({
        "total": total,
        "total_exact": exact,
        "limit": limit,
        "offset": offset,
        "items": items
    })))
}

async fn get_event(
    State(st): State<Arc<AppState>>,
    id: Result<Path<String>, PathRejection>,
    RawQuery(q): RawQuery,
) -> ApiResult<Json<Value>> {
    params(&q, &[])?;
    let id = path_param(id)?;
    let n: i64 = id
        .parse()
        .map_err(|_| ApiError::bad("event id must be a whole number"))?;
    match read(&st, move |s| s.event(n)).await? {
        Some(d) => Ok(Json(serde_json::to_value(d).unwrap_or(Value::Null))),
        None => Err(ApiError::not_found(format!("no event {n}"))),
    }
}

async fn export_events(
    State(st): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
) -> ApiResult<Response> {
    let p = params(&q, &with_filter(&["format", "limit", "offset"]))?;
    let fmt_name = p.get("format").unwrap_or_else(|| "csv".into());
    let format = ExportFormat::parse(&fmt_name)
        .ok_or_else(|| ApiError::bad("format: expected csv, gdelt, plover, jsonl or parquet"))?;
    let mut f = p.filter()?;
    f.limit = Some(p.number("limit", MAX_EXPORT, 1, MAX_EXPORT)?);
    f.offset = Some(p.number("offset", 0, 0, 100_000_000)?);
    let bytes = read(&st, move |s| {
        let mut out: Vec<u8> = Vec::new();
        s.export(&f, format, &mut out)?;
        Ok(out)
    })
    .await?;
    let ext = match format {
        ExportFormat::Jsonl => "jsonl",
        ExportFormat::Csv => "csv",
        ExportFormat::Gdelt => "tsv",
        ExportFormat::Plover => "json",
        ExportFormat::Parquet => "parquet",
    };
    Ok((
        [
            (header::CONTENT_TYPE, format.mime().to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"gesta-events.{ext}\""),
            ),
        ],
        Body::from(bytes),
    )
        .into_response())
}

async fn timeline(
    State(st): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
) -> ApiResult<Json<Value>> {
    let p = params(&q, &with_filter(&[]))?;
    let f = p.filter()?;
    let days = read(&st, move |s| s.timeline(&f)).await?;
    Ok(Json(json!({ "days": days })))
}

#[derive(Serialize)]
struct Node {
    id: String,
    events: u64,
}

async fn network(State(st): State<Arc<AppState>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p = params(&q, &with_filter(&["min", "limit"]))?;
    let mut f = p.filter()?;
    let min = p.number("min", 1, 1, 1_000_000_000)? as u64;
    f.limit = Some(p.number("limit", 100, 1, MAX_PAGE)?);
    let dyads = read(&st, move |s| s.network(&f)).await?;
    let edges: Vec<_> = dyads.into_iter().filter(|d| d.events >= min).collect();
    let mut nodes: BTreeMap<String, u64> = BTreeMap::new();
    for d in &edges {
        *nodes.entry(d.source.clone()).or_default() += d.events;
        if d.target != d.source {
            *nodes.entry(d.target.clone()).or_default() += d.events;
        }
    }
    let mut nodes: Vec<Node> = nodes
        .into_iter()
        .map(|(id, events)| Node { id, events })
        .collect();
    nodes.sort_by(|a, b| b.events.cmp(&a.events).then(a.id.cmp(&b.id)));
    Ok(Json(json!({ "nodes": nodes, "edges": edges })))
}

async fn places(State(st): State<Arc<AppState>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p = params(&q, &with_filter(&["limit"]))?;
    let mut f = p.filter()?;
    f.limit = Some(p.number("limit", 500, 1, MAX_PAGE)?);
    let places = read(&st, move |s| s.places(&f)).await?;
    Ok(Json(json!({ "places": places })))
}

/// Body of `GET /api/board`.
#[derive(Serialize)]
struct BoardBody<'a> {
    issues: &'a [gesta_store::IssueBoard],
}

async fn board(State(st): State<Arc<AppState>>, RawQuery(q): RawQuery) -> ApiResult<Response> {
    let p = params(&q, &with_filter(&["evidence"]))?;
    let f = p.filter()?;
    // The latest statements per actor and issue (all of them are counted in
    // `evidence_total`): a large database has thousands per stance.
    let n = p.number("evidence", 10, 1, MAX_PAGE)?;
    // Serialised on the blocking thread, straight to bytes (the body holds
    // ~1,500 statements with their sentences on a large database).
    let body = read(&st, move |s| {
        let issues = s.board_latest(&f, n)?;
        Ok(serde_json::to_vec(&BoardBody { issues: &issues })?)
    })
    .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

async fn search(State(st): State<Arc<AppState>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p = params(&q, &["q", "limit"])?;
    let text = p
        .get("q")
        .ok_or_else(|| ApiError::bad("q: a search text is required"))?;
    let limit = p.number("limit", 50, 1, MAX_PAGE)?;
    let hits = read(&st, move |s| s.search(&text, limit)).await?;
    let (stories, quotes): (Vec<_>, Vec<_>) =
        hits.into_iter().partition(|h| h.kind == HitKind::Story);
    Ok(Json(json!({ "stories": stories, "quotes": quotes })))
}

/// JSON body of `POST /api/stories`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NewStory {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    source: Option<String>,
    text: String,
}

/// A stable id from the text: `post-` and 16 hex digits of FNV-1a.
fn text_id(text: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("post-{h:016x}")
}

async fn post_story(
    State(st): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let Some(coder) = st.coder.clone() else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "writes are disabled: this server has no pipeline",
        ));
    };
    let p = params(&q, &["id", "title", "date"])?;
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().starts_with("application/json"));
    let story = if is_json {
        serde_json::from_slice::<NewStory>(&body)
            .map_err(|e| ApiError::bad(format!("body: {e}")))?
    } else {
        let text = String::from_utf8(body.to_vec()).map_err(|e| {
            ApiError::bad(format!(
                "body is not valid UTF-8 (byte {})",
                e.utf8_error().valid_up_to()
            ))
        })?;
        NewStory {
            id: p.get("id"),
            title: p.get("title"),
            date: p.get("date"),
            url: None,
            source: None,
            text,
        }
    };
    if story.text.trim().is_empty() {
        return Err(ApiError::bad("text is empty"));
    }
    if let Some(d) = &story.date {
        if !crate::params::is_iso_date(d) {
            return Err(ApiError::bad("date: expected YYYY-MM-DD"));
        }
    }
    let id = match story.id.as_deref().map(str::trim) {
        Some(id) if !id.is_empty() => id.to_string(),
        _ => text_id(&story.text),
    };
    check_id(&id)?;
    for (name, v) in [
        ("title", &story.title),
        ("url", &story.url),
        ("source", &story.source),
    ] {
        if v.as_ref().is_some_and(|v| v.len() > 2000) {
            return Err(ApiError::bad(format!("{name}: longer than 2000 bytes")));
        }
    }
    let st2 = st.clone();
    let result = tokio::task::spawn_blocking(move || {
        let mut doc = coder.code(&id, &story.text, story.date.clone());
        if story.title.is_some() {
            doc.title = story.title.clone();
        }
        if story.url.is_some() {
            doc.meta.url = story.url.clone();
        }
        if story.source.is_some() {
            doc.meta.source = story.source.clone();
        }
        let events = doc.events.len();
        st2.writer
            .with(|s| s.ingest(std::slice::from_ref(&doc)))
            .map(|r| (r, id, events))
    })
    .await
    .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    let (report, id, events) = result.map_err(ApiError::from)?;
    if let Some(rej) = report.rejected.first() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("story {} refused: {}", rej.id, rej.reason),
        ));
    }
    let added = report.stories_added > 0;
    let status = if added {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let body = json!({
        "id": id,
        "added": added,
        "duplicate": report.stories_duplicate > 0,
        "events": events,
        "report": report,
    });
    Ok((status, Json(body)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for h in [
            "localhost",
            "localhost:8080",
            "127.0.0.1:1",
            "[::1]:80",
            "127.3.4.5",
        ] {
            assert!(is_loopback_host(h), "{h}");
        }
        for h in [
            "evil.example",
            "evil.example:8080",
            "10.0.0.1:80",
            "localhost.evil.example",
        ] {
            assert!(!is_loopback_host(h), "{h}");
        }
    }

    #[test]
    fn token_compare() {
        assert!(constant_eq(b"abc", b"abc"));
        assert!(!constant_eq(b"abc", b"abd"));
        assert!(!constant_eq(b"abc", b"abcd"));
    }

    #[test]
    fn ids_from_text_are_stable() {
        assert_eq!(text_id("a"), text_id("a"));
        assert_ne!(text_id("a"), text_id("b"));
        assert!(check_id("x\n").is_err());
        assert!(check_id("").is_err());
        assert!(check_id("ok-1").is_ok());
    }
}
