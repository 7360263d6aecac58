#!/usr/bin/env bash
# Runs the same tests many times, to catch a flaky one before it lands.
#
#   scripts/repeat.sh [--load] COUNT [CARGO TEST ARGUMENTS...]
#   scripts/repeat.sh 50 -p tc3 --test suite -- intlpartnersmgt_paging
#   scripts/repeat.sh --load 20 -p tc3-runtime --test suite -- client_retry::a_burst
#
# Builds once, then runs `cargo test ARGUMENTS` COUNT times and stops at the first failure,
# showing its output. With --load, two spinning processes keep both cores busy meanwhile,
# as a second build would. Python tests use .venv when scripts/test.sh has made it.
set -euo pipefail
cd "$(dirname "$0")/.."

load=false
if [ "${1:-}" = "--load" ]; then
    load=true
    shift
fi
count=${1:?usage: scripts/repeat.sh [--load] COUNT [CARGO TEST ARGUMENTS...]}
shift
[ -x .venv/bin/python ] && export TC3_PYTHON="$PWD/.venv/bin/python"

cargo test --no-run "$@"
log=$(mktemp)
spinners=()
finish() {
    rm -f "$log"
    [ ${#spinners[@]} -eq 0 ] || kill "${spinners[@]}" 2>/dev/null || true
}
trap finish EXIT
if $load; then
    for _ in 1 2; do
        sh -c 'while :; do :; done' &
        spinners+=($!)
    done
fi

for run in $(seq "$count"); do
    if ! cargo test "$@" >"$log" 2>&1; then
        cat "$log"
        echo "run $run of $count failed" >&2
        exit 1
    fi
    echo "run $run of $count passed" >&2
done
