#!/usr/bin/env bash
# Keeps tc3 publishable: packages every crate that goes to crates.io (catalogue-tests does not),
# then builds the core crates and one service crate from their packaged sources, as crates.io
# users will. Dependencies between the workspace's crates resolve to the packages just made.
# Arguments go to both `cargo package` runs (e.g. --allow-dirty while iterating).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo package --workspace --exclude tc3-catalogue-tests --no-verify --quiet "$@"
cargo package -p tc3-codegen -p tc3-macros -p tc3-runtime -p tc3-cvm --quiet "$@"
echo "packaged every crate; tc3-codegen, tc3-macros, tc3-runtime and tc3-cvm build from their packages"
