#!/usr/bin/env bash
# A long stream of events read by `Client::call_stream` (every event decoded into a typed
# answer), by a raw reqwest client reading the same bytes, and by a raw reqwest client that
# also decodes each event into the same type: client CPU per event and the reader's peak RSS,
# at two stream lengths, so that memory flat in the count shows as equal figures. Each reader
# runs in its own process against the loopback server in a third; each cell is the median of
# `runs` processes, the readers alternating. Prints a Markdown table.
# Usage: benches/compare/stream_cost.sh [runs, default 5]
#        benches/compare/stream_cost.sh --smoke   (CI: a debug build, short streams, one run;
#                                                  fails when a reader fails)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = --smoke ]; then
    runs=1 lengths=(100 1000) profile=debug build=()
else
    runs=${1:-5} lengths=(100000 1000000) profile=release build=(--release)
fi

cargo build --quiet "${build[@]}" -p tc3-runtime --example bench_stream
bin=${CARGO_TARGET_DIR:-target}/$profile/examples/bench_stream

url_file=$(mktemp)
"$bin" serve > "$url_file" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$url_file"' EXIT
for _ in $(seq 50); do [ -s "$url_file" ] && break; sleep 0.1; done
url=$(cat "$url_file")

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", b / a }'; }

echo "| work | raw reqwest | raw reqwest + decoding | tc3 | tc3 / raw | tc3 / raw + decoding |"
echo "|---|---|---|---|---|---|"
for events in "${lengths[@]}"; do
    declare -A cpu=() rss=()
    for _ in $(seq "$runs"); do
        for mode in raw decoded tc3; do
            read -r c r < <("$bin" "$mode" "$url" "$events")
            cpu[$mode]+="$c "
            rss[$mode]+="$r "
        done
    done
    m() { tr ' ' '\n' <<< "$1" | grep . | median; }
    raw_cpu=$(m "${cpu[raw]}") decoded_cpu=$(m "${cpu[decoded]}") tc3_cpu=$(m "${cpu[tc3]}")
    raw_rss=$(m "${rss[raw]}") decoded_rss=$(m "${rss[decoded]}") tc3_rss=$(m "${rss[tc3]}")
    echo "| client CPU per event, $events events (µs) | $raw_cpu | $decoded_cpu | $tc3_cpu" \
        "| $(ratio "$raw_cpu" "$tc3_cpu") | $(ratio "$decoded_cpu" "$tc3_cpu") |"
    echo "| peak RSS, $events events (MB) | $raw_rss | $decoded_rss | $tc3_rss" \
        "| $(ratio "$raw_rss" "$tc3_rss") | $(ratio "$decoded_rss" "$tc3_rss") |"
done
