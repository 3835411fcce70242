//! The web UI files, embedded in the binary. All of them are written for
//! gesta (no third-party code); the world outline is converted from Natural
//! Earth (public domain), see `assets/README.md`.

/// `(path under /assets/, content type, bytes)`.
pub const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/app.js"),
    ),
    (
        "app.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/app.css"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_bytes!("../assets/favicon.svg"),
    ),
    (
        "world-110m.path",
        "text/plain; charset=utf-8",
        include_bytes!("../assets/world-110m.path"),
    ),
];

/// The single page of the UI.
pub const INDEX_HTML: &str = include_str!("../assets/index.html");

/// The OpenAPI 3 description of the API.
pub const OPENAPI_JSON: &str = include_str!("../assets/openapi.json");

/// Looks an asset up by its name under `/assets/`.
pub fn asset(name: &str) -> Option<(&'static str, &'static [u8])> {
    ASSETS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, ct, b)| (*ct, *b))
}
