#!/usr/bin/env bash
# Release binary size of a program that makes one CVM call (DescribeInstances) with tc3 against
# the same program with aws-sdk-ec2 (DescribeInstances), built side by side in one scratch
# workspace with the default release profile: the binary as built, and stripped.
# Works on the committed tree (`git archive HEAD`) in a fresh target dir; needs crates.io for
# aws-sdk-ec2 (pinned below). Prints a Markdown table. Not run in CI; `--smoke` builds both in
# the dev profile only, to check the script still works.
# Usage: benches/binary_size.sh [--smoke]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ec2_version=1.274.0
profile=release
[ "${1:-}" = --smoke ] && profile=dev

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/tree" "$work/bench"
git -C "$root" archive HEAD | tar -x -C "$work/tree"
export CARGO_TARGET_DIR="$work/target"
export CARGO_INCREMENTAL=0

cat > "$work/bench/Cargo.toml" <<EOF
[workspace]
members = ["with-tc3", "with-ec2"]
resolver = "3"
EOF
package() {
    mkdir -p "$work/bench/$1/src"
    cat > "$work/bench/$1/Cargo.toml" <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
tokio = { version = "1.40", features = ["rt", "macros"] }
$2
EOF
    cat > "$work/bench/$1/src/main.rs"
}

package with-tc3 "tc3 = { path = \"$work/tree\", default-features = false, features = [\"cvm\"] }" <<'EOF'
// One CVM call with tc3: credentials and region from the environment.
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = tc3::Client::from_env()?;
    let page = client.call(tc3::request!(tc3::cvm::DescribeInstances { limit: 5 })).await?;
    println!("{:?}", page.total_count);
    Ok(())
}
EOF

package with-ec2 "aws-sdk-ec2 = \"=$ec2_version\"" <<'EOF'
// One EC2 call with aws-sdk-ec2: credentials and region from the environment.
use aws_sdk_ec2::config::{BehaviorVersion, Credentials, Region};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let credentials = Credentials::new(std::env::var("AWS_ACCESS_KEY_ID")?, std::env::var("AWS_SECRET_ACCESS_KEY")?, None, None, "env");
    let config = aws_sdk_ec2::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new(std::env::var("AWS_REGION")?))
        .credentials_provider(credentials)
        .build();
    let client = aws_sdk_ec2::Client::from_conf(config);
    let page = client.describe_instances().max_results(5).send().await?;
    println!("{:?}", page.reservations().len());
    Ok(())
}
EOF

cd "$work/bench"
flags=()
[ "$profile" = release ] && flags+=(--release)
cargo build --quiet "${flags[@]}"
dir="$CARGO_TARGET_DIR/$([ "$profile" = release ] && echo release || echo debug)"
size() { stat -c %s "$1"; }
stripped() { strip -o "$work/stripped" "$1" && size "$work/stripped"; }
tc3_raw=$(size "$dir/with-tc3") tc3_stripped=$(stripped "$dir/with-tc3")
ec2_raw=$(size "$dir/with-ec2") ec2_stripped=$(stripped "$dir/with-ec2")
echo "| program ($profile) | binary (MiB) | vs aws-sdk-ec2 | stripped (MiB) | vs aws-sdk-ec2 |"
echo "| --- | ---: | ---: | ---: | ---: |"
row() {
    awk -v n="$1" -v r="$2" -v s="$3" -v er="$ec2_raw" -v es="$ec2_stripped" \
        'BEGIN { printf "| %s | %.1f | %.2fx | %.1f | %.2fx |\n", n, r / 1048576, r / er, s / 1048576, s / es }'
}
row "tc3, feature cvm" "$tc3_raw" "$tc3_stripped"
row "aws-sdk-ec2 $ec2_version" "$ec2_raw" "$ec2_stripped"
