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
    # The mainland site's packages (marked `extra == "mainland"`, which the line above skips) hold
    # modules named as the international ones (`tccli`, `tencentcloud`): they go apart, into
    # .venv/mainland, where tools/gen_catalogue.py reads their files. Without dependencies: the
    # venv has those they need (but the mainland CLI's COS commands', never run).
    rm -rf .venv/mainland
    sed -n 's/ *; *extra == "mainland"$//p' "$requirements" |
        .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --target .venv/mainland -r /dev/stdin
    cp "$requirements" "$stamp"
fi

export TC3_PYTHON="$PWD/.venv/bin/python"
# Incremental artifacts of the generated crates would take gigabytes for builds that are never
# repeated in small steps; set CARGO_INCREMENTAL=1 to keep them.
export CARGO_INCREMENTAL=${CARGO_INCREMENTAL:-0}
# The blocking client's feature too; the catalogue's crates and their tests (catalogue-tests)
# are in the workspace, so they build and run here whatever the facade's features.
# Every target, as --all-targets would, except that a library with `test = false` (the
# catalogue's crates: generated code has no unit tests) is not built a second time as a test.
cargo test --workspace --bins --tests --benches --examples --features tc3/blocking "$@"
# A few services through the facade, with the features that test requires (named in
# Cargo.toml too: cargo refuses to run it if they differ). Apart, so the derive's UI cases above
# see no service: they would list other implementors in their expected errors.
cargo test -p tc3 --features blocking,as,billing,cam,cii,cls,cvm,es,hunyuan,vpc --test catalogue --test stream_hunyuan --test wait_cvm --test upload_cls --test multipart_cii "$@"
# Doc tests of the hand-written crates (the generated ones have none; `--doc` would still run
# rustdoc on each).
cargo test -p tc3 -p tc3-runtime -p tc3-macros -p tc3-emulator -p tc3-codegen --doc --features tc3/blocking "$@"
