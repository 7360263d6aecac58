# What the cost scripts of benches/compare share (sourced, not run): the loopback server in a
# process of its own, and the medians of figures taken one process a run.

# build_example NAME [--smoke]: builds tc3-runtime's example NAME, in release or, with
# --smoke, as a debug build (quicker to build, for CI), and sets `bin` to it.
build_example() {
    local profile=release build=(--release)
    if [ "${2:-}" = --smoke ]; then
        profile=debug build=()
    fi
    cargo build --quiet "${build[@]}" -p tc3-runtime --example "$1"
    bin=${CARGO_TARGET_DIR:-target}/$profile/examples/$1
}

# start_server BIN: runs `BIN serve` in the background, stops it when the script exits, and
# sets `url` to the address it prints.
start_server() {
    url_file=$(mktemp)
    "$1" serve > "$url_file" &
    server=$!
    trap 'kill $server 2>/dev/null; rm -f "$url_file"' EXIT
    for _ in $(seq 50); do [ -s "$url_file" ] && break; sleep 0.1; done
    url=$(cat "$url_file")
}

# median: the median of the numbers on stdin, one a line.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ratio A B: B / A, as `1.23x`.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", b / a }'; }

# measure RUNS COMMAND MODE...: runs `COMMAND MODE` RUNS times for each mode, the modes
# alternating so that all see the same load; each run prints `<cpu> <rss>`. Sets cpu[MODE] and
# rss[MODE] to the medians. A run that prints nothing stops the script (set -e).
measure() {
    local runs=$1 command=$2 mode c r
    shift 2
    local -A cpus=() rsss=()
    for _ in $(seq "$runs"); do
        for mode in "$@"; do
            read -r c r < <("$command" "$mode")
            cpus[$mode]+="$c "
            rsss[$mode]+="$r "
        done
    done
    declare -gA cpu=() rss=()
    for mode in "$@"; do
        cpu[$mode]=$(tr ' ' '\n' <<< "${cpus[$mode]}" | grep . | median)
        rss[$mode]=$(tr ' ' '\n' <<< "${rsss[$mode]}" | grep . | median)
    done
}
