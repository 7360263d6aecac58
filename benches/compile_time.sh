#!/usr/bin/env bash
# Compile times of tc3 (issue 8), wall clock, on the committed tree (`git archive HEAD`) in a
# fresh target dir, dependencies built first and left out of every figure:
#   (a) tc3-macros, tc3-runtime and tc3 from clean (`cargo clean -p` of the three);
#   (b) tc3 again after touching one file of the partner API;
#   (c) the partner API's 127 structs in a scratch crate with tc3's derives, and the same
#       structs with plain serde derives (tools/derive_cost_crates.py), built alternately.
# Each figure is the median of `runs`. Prints a Markdown table; deletes its temp dirs.
# With `--instructions`, also (c) once more each under valgrind's cachegrind: the instructions
# rustc runs, a count that a noisy machine does not move (needs valgrind: apt install valgrind).
# Not run in CI: timings there mean nothing. Needs no network (`--offline`).
# Usage: benches/compile_time.sh [dev|release, default dev] [runs, default 3] [--instructions]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
profile=${1:-dev}
runs=${2:-3}
instructions=${3:-}
flags=(--offline --quiet)
[ "$profile" = release ] && flags+=(--release)  # for `cargo clean -p` too, or it cleans dev only

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/tree"
git -C "$root" archive HEAD | tar -x -C "$work/tree"
export CARGO_TARGET_DIR="$work/target"

# Seconds, with millisecond precision, that "$@" takes.
seconds() {
    local start=$EPOCHREALTIME
    "$@"
    awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "%.2f", e - s }'
}
median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", b / a }'; }

cd "$work/tree"
cargo build "${flags[@]}" -p tc3
clean=() touched=()
for _ in $(seq "$runs"); do
    cargo clean "${flags[@]}" -p tc3 -p tc3-macros -p tc3-runtime
    clean+=("$(seconds cargo build "${flags[@]}" -p tc3)")
    touch src/intlpartnersmgt/v20220928/bills.rs
    touched+=("$(seconds cargo build "${flags[@]}" -p tc3)")
done

python3 "$root/tools/derive_cost_crates.py" "$work/tree" "$work/derive"
cd "$work/derive"
cargo build "${flags[@]}" --workspace
plain=() derives=()
for _ in $(seq "$runs"); do
    cargo clean "${flags[@]}" -p plain_serde
    plain+=("$(seconds cargo build "${flags[@]}" -p plain_serde)")
    cargo clean "${flags[@]}" -p tc3_derives
    derives+=("$(seconds cargo build "${flags[@]}" -p tc3_derives)")
done

# Instructions of the rustc that builds crate $1 (cachegrind through $work/wrap.sh, the
# RUSTC_WRAPPER written below, which runs every other rustc as it is).
count() {
    cargo clean "${flags[@]}" -p "$1"
    COUNTED=$1 COUNT_LOG="$work/count.log" RUSTC_WRAPPER="$work/wrap.sh" cargo build "${flags[@]}" -p "$1"
    awk '/I +refs:/ { gsub(",", "", $NF); printf "%.2f", $NF / 1e9 }' "$work/count.log"
}

p=$(median "${plain[*]}") d=$(median "${derives[*]}")
echo "| $profile profile | runs (s) | median (s) |"
echo "|---|---|---|"
echo "| (a) tc3-macros + tc3-runtime + tc3 from clean | ${clean[*]} | $(median "${clean[*]}") |"
echo "| (b) tc3 after touching bills.rs | ${touched[*]} | $(median "${touched[*]}") |"
echo "| (c) 127 structs, plain serde derives | ${plain[*]} | $p |"
echo "| (c) 127 structs, tc3 derives | ${derives[*]} | $d |"
echo "| (c) ratio, tc3 derives / plain serde | | $(ratio "$p" "$d") |"
if [ "$instructions" = --instructions ]; then
    cat > "$work/wrap.sh" <<'WRAP'
#!/usr/bin/env bash
rustc=$1; shift
for arg in "$@"; do
    if [ "${prev:-}" = --crate-name ] && [ "$arg" = "$COUNTED" ]; then
        exec valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
            --log-file="$COUNT_LOG" "$rustc" "$@"
    fi
    prev=$arg
done
exec "$rustc" "$@"
WRAP
    chmod +x "$work/wrap.sh"
    pi=$(count plain_serde) di=$(count tc3_derives)
    echo "| (c) rustc instructions (G), plain serde | | $pi |"
    echo "| (c) rustc instructions (G), tc3 derives | | $di |"
    echo "| (c) ratio of instructions | | $(ratio "$pi" "$di") |"
fi
