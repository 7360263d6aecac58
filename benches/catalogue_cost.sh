#!/usr/bin/env bash
# Build cost of the catalogue's crates against aws-sdk-ec2 (issue 14), side by side in one
# run: each crate's own dev build (dependencies built first and left out), wall clock and
# peak memory (the largest process's resident set, as /usr/bin/time -v reports it).
#   tc3-tts (smallest service), tc3-dnspod (median), tc3-csip (largest: 751 actions, 2,060
#   objects), tc3-vpc (the largest of both sites' union: 448 actions, 1,081 objects) and
#   aws-sdk-ec2 (about 750 operations), alternately, `runs` times each.
# Works on the committed tree (`git archive HEAD`) in a fresh target dir; needs crates.io
# for aws-sdk-ec2 (pinned below). Prints a Markdown table. Not run in CI.
# Usage: benches/catalogue_cost.sh [runs, default 1]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-1}
ec2_version=1.274.0
crates=(tc3-tts tc3-dnspod tc3-csip tc3-vpc aws-sdk-ec2)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/tree" "$work/cost"
git -C "$root" archive HEAD | tar -x -C "$work/tree"
export CARGO_TARGET_DIR="$work/target"
# As users build them: dependencies from a registry are never incremental.
export CARGO_INCREMENTAL=0

# A scratch project holding both sides, so they share one lock file and target dir.
cat > "$work/cost/Cargo.toml" <<EOF
[package]
name = "cost"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
tc3-tts = { path = "$work/tree/services/tts" }
tc3-dnspod = { path = "$work/tree/services/dnspod" }
tc3-csip = { path = "$work/tree/services/csip" }
tc3-vpc = { path = "$work/tree/services/vpc" }
aws-sdk-ec2 = "=$ec2_version"

[workspace]
EOF
mkdir "$work/cost/src"
echo 'fn main() {}' > "$work/cost/src/main.rs"
cd "$work/cost"
cargo build --quiet

# "<seconds> <peak MiB>" of building one crate again after `cargo clean -p` of it.
measure() {
    cargo clean --quiet -p "$1"
    local log="$work/time.log"
    /usr/bin/time -v cargo build --quiet -p "$1" 2> "$log"
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
        /Maximum resident set size/ { m = $2 / 1024 }
        END { printf "%.1f %.0f", s, m }' "$log"
}
median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

declare -A secs mib
for _ in $(seq "$runs"); do
    for crate in "${crates[@]}"; do
        read -r s m <<< "$(measure "$crate")"
        secs[$crate]+=" $s"
        mib[$crate]+=" $m"
    done
done

ec2_s=$(median "${secs[aws-sdk-ec2]}")
ec2_m=$(median "${mib[aws-sdk-ec2]}")
echo "| crate | own dev build (s) | vs aws-sdk-ec2 | peak memory (MiB) | vs aws-sdk-ec2 |"
echo "| --- | ---: | ---: | ---: | ---: |"
for crate in "${crates[@]}"; do
    s=$(median "${secs[$crate]}")
    m=$(median "${mib[$crate]}")
    awk -v c="$crate" -v s="$s" -v m="$m" -v es="$ec2_s" -v em="$ec2_m" \
        'BEGIN { printf "| `%s` | %.1f | %.2fx | %.0f | %.2fx |\n", c, s, s / es, m, m / em }'
done
