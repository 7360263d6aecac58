//! tc3-codegen turns the facts of a catalogue service (`spec/<version>.json`, written by
//! tools/gen_catalogue.py from the official packages) into Rust, in the build script of the
//! service's crate; and, for the catalogue's tests (`catalogue-tests/`), tries every
//! documented example on that code.
//!
//! It also writes the partner API, checked in at `src/intlpartnersmgt/v20220928/` ([`partner`]),
//! from its spec, in the catalogue's format ([`spec`]), and an overlay of curated facts; its
//! `ErrorCode`, paginators and `PAGED_ACTIONS` are written by the catalogue's code.
//!
//! For each version, module `v<YYYYMMDD>` holds:
//!
//! - a request struct per action, named as the action, deriving `tc3::Action` (and so its
//!   wire format, `Debug` and builder) with `Clone` and `PartialEq`. Members the spec
//!   requires are plain fields, so `tc3::request!` requires them; others are `Option`.
//!   Actions whose verb is read-only ([`verbs::READ_ONLY_VERBS`]) are `idempotent`; a
//!   `ClientToken` member makes the client fill it once per call. Deprecated actions are
//!   `#[deprecated]`.
//! - `<Action>Response`, every member an `Option` (answers may leave any out) except
//!   `request_id`; objects by their API names, in upper camel case (one named as an
//!   action, as `ErrorCode` or as a prelude type such as `Result` gets `Object` after its
//!   name). Objects read from answers have `Option` members; objects only sent have
//!   the required ones plain. Every struct decodes leniently (numbers as strings and back,
//!   booleans as `"true"` or `1`, `null` as absent, unknown members skipped); 64-bit
//!   integers are `i64`/`u64`, never floats; in [`MONEY_SERVICES`] a `float` is a `Decimal`.
//! - Every struct is `#[non_exhaustive]`: requests and the objects they send are built with
//!   `tc3::request!` or `builder()`, answers are read by field, so a member a re-pinned spec
//!   adds is not a breaking change (a member removed or retyped is, and shows in the golden
//!   file `golden/cvm-v20170312.rs`, which `tests/golden.rs` compares).
//! - Members in snake_case; a Rust keyword is a raw identifier (`r#type`), `self`, `super`,
//!   `crate` and `Self` get a trailing `_`, and `build` (the builder's method) is `build_`.
//!   Members that hold secrets ([`secrets::is_secret`]) are `sensitive`.
//! - The actions of the reviewed list `streaming-actions.txt` ([`streaming`]) implement
//!   `tc3::StreamingAction`, setting their `Stream` member when they have one; their
//!   responses' `request_id` is an `Option`, since a stream's events carry none;
//!   `STREAMING_ACTIONS` names them.
//! - The actions of the reviewed list `upload-actions.txt` ([`uploads`]) send raw bytes: their
//!   request has a `body` field (`#[tc3(body)]`, `Vec<u8>`) and every member is a header
//!   (`#[tc3(header = "X-CLS-TopicId")]`).
//! - A `binary` member (cii's `DescribeQualityScore` and `UploadMedicalFile`) is a `Vec<u8>`
//!   marked `#[tc3(file)]`: its request is sent as `multipart/form-data`, as the official SDKs
//!   send it.
//! - `ErrorCode` (the version's codes and the common ones, with an `Unknown` fallback),
//!   `ACTIONS`, every action's `tc3::ActionInfo`, and `PAGED_ACTIONS`: the requests that
//!   implement `tc3::paging::Paged`, each with its `PageShape` ([`paging`] decides which).
//! - A `waiters` module when the reviewed table `waiters.txt` has waiters for the version
//!   ([`waiters`]): a `tc3::waiting::Waiter` constant each, named as in the table.

pub mod action_list;
mod emit;
pub mod examples;
mod names;
pub mod paging;
pub mod partner;
pub mod secrets;
pub mod spec;
pub mod streaming;
pub mod uploads;
pub mod verbs;
pub mod waiters;

use std::path::{Path, PathBuf};

pub use emit::MONEY_SERVICES;

/// The Rust of one version: what a service crate's build script writes for it.
pub fn version_code(spec: &spec::Spec) -> String {
    emit::version(spec)
}

/// The build script of a service crate: writes `$OUT_DIR/v<YYYYMMDD>.rs` for each
/// `spec/<version>.json` of the crate.
pub fn build() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run from a build script"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("run from a build script"));
    let service = std::env::var("CARGO_PKG_NAME").expect("run from a build script");
    let service = service.strip_prefix("tc3-").expect("a service crate is named tc3-<service>");
    println!("cargo::rerun-if-changed=spec");
    let specs = read_specs(&manifest.join("spec"));
    for spec in &specs {
        assert_eq!(spec.service, service, "spec of another service in {}", manifest.display());
        write(&out.join(format!("{}.rs", spec.module())), &version_code(spec));
    }
}

/// How many test binaries the catalogue's examples are split into: one binary for the
/// international site's 10,500 actions took rustc 12.6 GB, over the 12 GB a compiler process
/// may take; both sites have 17,000, about 4,300 a shard.
pub const EXAMPLE_SHARDS: usize = 4;

/// The build script of the catalogue's tests, for each service crate in `../services` of the
/// calling crate: writes `$OUT_DIR/examples_<n>.rs` for `n` in `1..=`[`EXAMPLE_SHARDS`], the
/// dispatch from every documented example of a share of the services (about equal in actions)
/// to its typed request and response ([`examples::run`]), and `$OUT_DIR/calls.rs`, a call of
/// one action of each service (`CALLS`, for a test to define `CallFn` and `CallFuture`).
pub fn build_catalogue_tests() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run from a build script"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("run from a build script"));
    let root = manifest.join("..").join("services");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.join("spec").is_dir())
        .collect();
    dirs.sort();
    let services: Vec<(String, Vec<spec::Spec>)> = dirs
        .iter()
        .map(|dir| {
            let name = dir.file_name().and_then(|n| n.to_str()).expect("a service directory is named as the service");
            (name.to_owned(), read_specs(&dir.join("spec")))
        })
        .collect();
    write(&out.join("calls.rs"), &emit::examples::calls(&services));
    for (n, shard) in shards(services, EXAMPLE_SHARDS).iter().enumerate() {
        write(&out.join(format!("examples_{}.rs", n + 1)), &emit::examples::catalogue(shard));
    }
}

/// `services` in `count` shares of about as many actions each, in order.
fn shards(services: Vec<(String, Vec<spec::Spec>)>, count: usize) -> Vec<Vec<(String, Vec<spec::Spec>)>> {
    let actions = |specs: &[spec::Spec]| specs.iter().map(|s| s.actions.len()).sum::<usize>();
    let total: usize = services.iter().map(|(_, specs)| actions(specs)).sum();
    let mut out: Vec<Vec<(String, Vec<spec::Spec>)>> = (0..count).map(|_| Vec::new()).collect();
    let mut seen = 0;
    for (service, specs) in services {
        let shard = (seen * count / total.max(1)).min(count - 1);
        seen += actions(&specs);
        out[shard].push((service, specs));
    }
    out
}

fn read_specs(dir: &Path) -> Vec<spec::Spec> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            spec::Spec::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        })
        .collect()
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
