#!/usr/bin/env bash
# Runs every test of the workspace. Creates .venv with the official Tencent Cloud Python SDK
# first (the tests compare tc3's signatures with it); later runs reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."

requirements=scripts/python-requirements.txt
stamp=.venv/.tc3-requirements
if ! cmp -s "$requirements" "$stamp" 2>/dev/null; then
    python3 -m venv .venv
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$stamp"
fi

export TC3_PYTHON="$PWD/.venv/bin/python"
cargo test --workspace --all-targets "$@"
cargo test --workspace --doc "$@"
