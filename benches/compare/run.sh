#!/usr/bin/env bash
# Measures tc3, a raw reqwest client, the official Python SDK and the official Node SDK in one
# run, against one loopback server, and prints one Markdown table of the results.
# Usage: benches/compare/run.sh [seconds per measurement, default 5]
#        benches/compare/run.sh --smoke   (CI: a debug build, a fraction of a second per cell;
#                                          fails when any client fails to produce its figure)
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
here=benches/compare
if [ "${1:-}" = --smoke ]; then
    seconds=0.2 signatures=200 profile=debug build=()
else
    seconds=${1:-5} signatures=20000 profile=release build=(--release)
fi

python3 -m venv "$here/.venv"
"$here/.venv/bin/python" -m pip install --quiet --disable-pip-version-check -r scripts/python-requirements.txt
(cd "$here" && npm install --silent --no-audit --no-fund >/dev/null)
cargo build --quiet "${build[@]}" -p tc3-runtime --example bench_calls
tc3=${CARGO_TARGET_DIR:-target}/$profile/examples/bench_calls

rm -f "$here/.server-url"
"$tc3" serve > "$here/.server-url" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do [ -s "$here/.server-url" ] && break; sleep 0.1; done
url=$(cat "$here/.server-url")

# Each figure is taken on its own line, so a client that fails stops the script (set -e).
figure() {
    local value
    value=$("$@")
    [[ $value =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "not a figure from $*: $value" >&2; return 1; }
    echo "$value"
}
py() { figure "$here/.venv/bin/python" "$here/python_sdk.py" "$@"; }
node_sdk() { (cd "$here" && figure node node_sdk.js "$@"); }

py_sign=$(py sign "$signatures")
node_sign=$(node_sdk sign "$signatures")
tc3_sign=$(figure "$tc3" sign $((signatures * 10)))
rows=()
for n in 1 16; do
    py_calls=$(py calls "$url" "$n" "$seconds")
    node_calls=$(node_sdk calls "$url" "$n" "$seconds")
    raw_calls=$(figure "$tc3" raw "$url" "$n" "$seconds")
    tc3_calls=$(figure "$tc3" tc3 "$url" "$n" "$seconds")
    rows+=("| calls/s, $n in flight, loopback | $py_calls | $node_calls | $raw_calls | $tc3_calls |")
done

echo "| work | official Python SDK | official Node SDK | raw reqwest + signing | tc3 |"
echo "|---|---|---|---|---|"
echo "| sign one small request (µs) | $py_sign | $node_sign | — | $tc3_sign |"
printf '%s\n' "${rows[@]}"
