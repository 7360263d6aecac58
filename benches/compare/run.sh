#!/usr/bin/env bash
# Measures tc3, a raw reqwest client, the official Python SDK and the official Node SDK in one
# run, against one loopback server, and prints one Markdown table of the results.
# Usage: benches/compare/run.sh [seconds per measurement, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-5}
here=benches/compare

python3 -m venv "$here/.venv"
"$here/.venv/bin/python" -m pip install --quiet --disable-pip-version-check -r scripts/python-requirements.txt
(cd "$here" && npm install --silent --no-audit --no-fund >/dev/null)
cargo build --quiet --release -p tc3-runtime --example bench_calls
tc3=target/release/examples/bench_calls

"$tc3" serve > "$here/.server-url" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do [ -s "$here/.server-url" ] && break; sleep 0.1; done
url=$(cat "$here/.server-url")

py() { "$here/.venv/bin/python" "$here/python_sdk.py" "$@"; }
node_sdk() { (cd "$here" && node node_sdk.js "$@"); }

echo "| work | official Python SDK | official Node SDK | raw reqwest + signing | tc3 |"
echo "|---|---|---|---|---|"
echo "| sign one small request (µs) | $(py sign 20000) | $(node_sdk sign 20000) | — | $("$tc3" sign 200000) |"
for n in 1 16; do
    echo "| calls/s, $n in flight, loopback | $(py calls "$url" "$n" "$seconds") | $(node_sdk calls "$url" "$n" "$seconds") | $("$tc3" raw "$url" "$n" "$seconds") | $("$tc3" tc3 "$url" "$n" "$seconds") |"
done
