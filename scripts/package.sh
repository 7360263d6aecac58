#!/usr/bin/env bash
# Keeps tc3 publishable: packages every crate that goes to crates.io (catalogue-tests and
# test-support, which only tests use, do not), then builds the core crates and one service crate
# from their packaged sources, as crates.io users will. Dependencies between the workspace's crates resolve to the packages just made.
# Arguments go to both `cargo package` runs (e.g. --allow-dirty while iterating).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo package --workspace --exclude tc3-catalogue-tests --exclude tc3-test-support --no-verify --quiet "$@"
# cargo takes a registry's package of a given version as never changing: it builds the copy it
# unpacked under $CARGO_HOME/registry/src/-<hash>/ (a directory per local registry, named by its
# path) and keeps what it built from it. Every crate here is 0.1.0 until a release, so a copy or a
# build of an earlier run (another commit) would stand in for this one: remove the copies, and
# verify in a target directory of this run's own.
cargo_home=${CARGO_HOME:-$HOME/.cargo}
rm -rf "$cargo_home"/registry/src/-*/tc3-* "$cargo_home"/registry/cache/-*/tc3-* target/package/verify
CARGO_TARGET_DIR=target/package/verify cargo package -p tc3-codegen -p tc3-macros -p tc3-runtime -p tc3-cvm --quiet "$@"
echo "packaged every crate; tc3-codegen, tc3-macros, tc3-runtime and tc3-cvm build from their packages"
