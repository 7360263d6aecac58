#!/usr/bin/env bash
# Runs every test of the workspace. First installs what the tests need and a fresh machine
# lacks: .venv with the official Tencent Cloud Python SDK (the tests compare tc3's signatures
# with it), and Debian's Chromium for the emulator's page test; later runs reuse both.
# Arguments go to `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium=${TC3_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
    if [ -n "${TC3_CHROMIUM:-}" ]; then
        echo "TC3_CHROMIUM=$TC3_CHROMIUM is not an executable" >&2
        exit 1
    fi
    sudo=
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "installing Chromium needs root: apt-get install chromium" >&2; exit 1; }
        sudo=sudo
    fi
    echo "installing Debian's chromium for the emulator's page test" >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
fi

requirements=scripts/python-requirements.txt
stamp=.venv/.tc3-requirements
if ! cmp -s "$requirements" "$stamp" 2>/dev/null; then
    python3 -m venv .venv
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$stamp"
fi

export TC3_PYTHON="$PWD/.venv/bin/python"
# The blocking client's feature too; the catalogue's services are crates of the workspace, so
# their own tests run here whatever the facade's features.
cargo test --workspace --all-targets --features tc3/blocking "$@"
# The services through the facade, where every feature is on. (Apart: with every service in
# the build, the derive's UI cases would list other implementors in their expected errors.)
cargo test --workspace --all-features --test catalogue "$@"
cargo test --workspace --doc --all-features "$@"
