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
source benches/compare/common.sh
if [ "${1:-}" = --smoke ]; then
    runs=1 lengths=(100 1000)
else
    runs=${1:-5} lengths=(100000 1000000)
fi

build_example bench_stream "${1:-}"

start_server "$bin"

echo "| work | raw reqwest | raw reqwest + decoding | tc3 | tc3 / raw | tc3 / raw + decoding |"
echo "|---|---|---|---|---|---|"
read_stream() { "$bin" "$1" "$url" "$events"; }
for events in "${lengths[@]}"; do
    measure "$runs" read_stream raw decoded tc3
    raw_cpu=${cpu[raw]} decoded_cpu=${cpu[decoded]} tc3_cpu=${cpu[tc3]}
    raw_rss=${rss[raw]} decoded_rss=${rss[decoded]} tc3_rss=${rss[tc3]}
    echo "| client CPU per event, $events events (µs) | $raw_cpu | $decoded_cpu | $tc3_cpu" \
        "| $(ratio "$raw_cpu" "$tc3_cpu") | $(ratio "$decoded_cpu" "$tc3_cpu") |"
    echo "| peak RSS, $events events (MB) | $raw_rss | $decoded_rss | $tc3_rss" \
        "| $(ratio "$raw_rss" "$tc3_rss") | $(ratio "$decoded_rss" "$tc3_rss") |"
done
