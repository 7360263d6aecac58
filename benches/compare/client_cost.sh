#!/usr/bin/env bash
# Client CPU per call and peak RSS of tc3 and of a raw reqwest client doing the same signed
# POST. Each client runs in its own process (`bench_calls cost`) against the loopback server
# in a third, so the server's CPU and memory are not counted. Each cell is the median of
# `runs` processes, raw and tc3 alternating so both see the same load. Prints a Markdown table.
# Usage: benches/compare/client_cost.sh [calls per process, default 20000] [runs, default 5]
#        benches/compare/client_cost.sh --smoke   (a debug build, 200 calls, one run; fails
#                                                  when a client fails)
set -euo pipefail
cd "$(dirname "$0")/../.."
source benches/compare/common.sh
if [ "${1:-}" = --smoke ]; then
    calls=200 runs=1
else
    calls=${1:-20000} runs=${2:-5}
fi

build_example bench_calls "${1:-}"

start_server "$bin"

echo "| work | raw reqwest + signing | tc3 | ratio |"
echo "|---|---|---|---|"
call() { "$bin" cost "$1" "$url" "$n" "$calls"; }
for n in 1 16; do
    measure "$runs" call raw tc3
    raw_cpu=${cpu[raw]} tc3_cpu=${cpu[tc3]}
    raw_rss=${rss[raw]} tc3_rss=${rss[tc3]}
    echo "| client CPU per call, $n in flight (µs) | $raw_cpu | $tc3_cpu | $(ratio "$raw_cpu" "$tc3_cpu") |"
    echo "| peak RSS, $n in flight (MB) | $raw_rss | $tc3_rss | $(ratio "$raw_rss" "$tc3_rss") |"
done
