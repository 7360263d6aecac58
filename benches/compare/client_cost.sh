#!/usr/bin/env bash
# Client CPU per call and peak RSS of tc3 and of a raw reqwest client doing the same signed
# POST. Each client runs in its own process (`bench_calls cost`) against the loopback server
# in a third, so the server's CPU and memory are not counted. Each cell is the median of
# `runs` processes, raw and tc3 alternating so both see the same load. Prints a Markdown table.
# Usage: benches/compare/client_cost.sh [calls per process, default 20000] [runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
calls=${1:-20000}
runs=${2:-5}

cargo build --quiet --release -p tc3-runtime --example bench_calls
bin=${CARGO_TARGET_DIR:-target}/release/examples/bench_calls

url_file=$(mktemp)
"$bin" serve > "$url_file" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$url_file"' EXIT
for _ in $(seq 50); do [ -s "$url_file" ] && break; sleep 0.1; done
url=$(cat "$url_file")

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", b / a }'; }

echo "| work | raw reqwest + signing | tc3 | ratio |"
echo "|---|---|---|---|"
for n in 1 16; do
    declare -A cpu=() rss=()
    for _ in $(seq "$runs"); do
        for mode in raw tc3; do
            read -r c r < <("$bin" cost "$mode" "$url" "$n" "$calls")
            cpu[$mode]+="$c "
            rss[$mode]+="$r "
        done
    done
    m() { tr ' ' '\n' <<< "$1" | grep . | median; }
    raw_cpu=$(m "${cpu[raw]}") tc3_cpu=$(m "${cpu[tc3]}")
    raw_rss=$(m "${rss[raw]}") tc3_rss=$(m "${rss[tc3]}")
    echo "| client CPU per call, $n in flight (µs) | $raw_cpu | $tc3_cpu | $(ratio "$raw_cpu" "$tc3_cpu") |"
    echo "| peak RSS, $n in flight (MB) | $raw_rss | $tc3_rss | $(ratio "$raw_rss" "$tc3_rss") |"
done
