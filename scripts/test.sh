#!/usr/bin/env bash
# The project's test command (README's second command; .ci/run calls it).
# Installs what the tests need on a fresh Debian machine, then runs
# formatting, lints and every test. Tests over ../shared skip with one line
# when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

# Headless Chromium + ChromeDriver for the web UI's browser tests.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium and chromium-driver for the browser tests"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "chromium not installed and cannot install it: browser tests will skip"
  fi
fi

cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo test --workspace
