#!/usr/bin/env python3
"""Writes the catalogue's facts and crates from the pinned official packages.

Reads the API descriptions of `tccli-intl-en` and the error codes of
`tencentcloud-sdk-python-intl-en` (both pinned in scripts/python-requirements.txt and
installed in .venv by scripts/test.sh) and writes, for each service but LEFT_OUT:

- services/<service>/spec/<version>.json: facts only (names, types, flags, example values,
  status, error codes), one line per action and object; no prose;
- services/<service>/{Cargo.toml,build.rs,src/lib.rs}: the crate `tc3-<service>`, whose build
  script turns the facts into Rust with tc3-codegen;

and, from those, the `tc3` features and re-exports (Cargo.toml, src/services.rs), the
dependencies of catalogue-tests (its Cargo.toml), the table SERVICES.md, and
codegen/common-codes.txt (the codes every service shares).

`python3 tools/gen_catalogue.py` writes; `--check` writes nothing and fails when a checked-in
file differs. Run it with the venv's Python (`.venv/bin/python tools/gen_catalogue.py`), or set
TC3_SITE_PACKAGES to a directory holding both packages."""

import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import api3_common  # noqa: E402

# Services the catalogue leaves out: the partner API, which tc3 curates by hand (src/intlpartnersmgt).
# Every other service of the pinned CLI package gets a crate and a feature of `tc3` named as it.
LEFT_OUT = {"intlpartnersmgt"}

CLI_PACKAGE = "tccli-intl-en"
SDK_PACKAGE = "tencentcloud-sdk-python-intl-en"
CHECK = "--check" in sys.argv[1:]
SCALARS = {"string", "int64", "uint64", "float", "bool", "date", "datetime", "datetime_iso"}
DIFFERS = []


def site_packages():
    given = os.environ.get("TC3_SITE_PACKAGES")
    if given:
        return given
    found = glob.glob(os.path.join(ROOT, ".venv", "lib", "python3*", "site-packages"))
    if not found:
        sys.exit("no .venv with the pinned packages: run scripts/test.sh once, or set TC3_SITE_PACKAGES")
    return found[0]


def pinned(package):
    for line in open(os.path.join(ROOT, "scripts", "python-requirements.txt")):
        name, _, version = line.strip().partition("==")
        if name == package:
            return version
    sys.exit(f"{package} is not pinned in scripts/python-requirements.txt")


def installed(site, package, version):
    dist = os.path.join(site, package.replace("-", "_") + f"-{version}.dist-info")
    if not os.path.isdir(dist):
        sys.exit(f"{package}=={version} is not installed in {site}")


def member_type(member):
    kind, inner = member["type"], member.get("member")
    if kind == "list":
        return f"[{inner}]"
    if kind in ("object", "string", "bool", "float"):
        return inner
    if kind == "int":
        assert inner in ("int64", "uint64"), member
        return inner
    raise ValueError(f"unknown member type {kind}")


def flags(member):
    out = ""
    for key, letter in (("required", "r"), ("output_required", "o"), ("value_allowed_null", "n"), ("disabled", "d")):
        if member.get(key):
            out += letter
    return out


def example(member):
    """An example value as text, or "" when there is none worth a doc line."""
    value = member.get("example")
    if value is None or isinstance(value, (dict, list)):
        return ""
    value = " ".join(str(value).split())
    # "无" ("none") and "-" stand for no example.
    return value if len(value) <= 80 and value not in ("无", "-") else ""


def version_facts(service, cli_dir, version, version_dir, codes):
    api = json.load(open(os.path.join(version_dir, "api.json")))
    assert api["metadata"]["apiVersion"] == version, (service, version)
    objects = api["objects"]
    actions = []
    for name in sorted(api["actions"]):
        action = api["actions"][name]
        assert action["input"] == name + "Request" and action["output"] == name + "Response", name
        status = action.get("status") or "online"
        assert status in ("online", "deprecated"), status
        actions.append([name, status])
    lines = []
    for name in sorted(objects):
        obj = objects[name]
        members = []
        for member in obj["members"]:
            kind = member_type(member)
            inner = kind.strip("[]")
            assert inner in SCALARS or inner in objects, (service, name, member["name"], kind)
            members.append([member["name"], kind, flags(member), example(member)])
        usage = obj.get("usage") or ""
        lines.append(json.dumps(name) + ": " + json.dumps([usage, members], ensure_ascii=False, separators=(",", ":")))
    head = {"service": service, "version": version, "source": f"{CLI_PACKAGE}=={pinned(CLI_PACKAGE)}", "cli_dir": cli_dir}
    text = "{\n" + "\n".join(f"{json.dumps(k)}: {json.dumps(v)}," for k, v in head.items())
    text += '\n"actions": [\n' + ",\n".join(json.dumps(a) for a in actions) + "\n],"
    text += '\n"errors": [\n' + ",\n".join(json.dumps(c) for c in codes) + "\n],"
    text += '\n"objects": {\n' + ",\n".join(lines) + "\n}\n}\n"
    return text, len(actions), len(objects)


def error_codes(site, cli_dir, version):
    path = os.path.join(site, "tencentcloud", cli_dir, "v" + version.replace("-", ""), "errorcodes.py")
    codes = re.findall(r"^[A-Z0-9_]+ = '([^']+)'$", open(path).read(), re.M)
    return sorted(set(codes))


def cli_dirs(site):
    """The CLI's directory of each service, by the name the service signs with and is reached at
    (they differ once: Auto Scaling is `as`, in `autoscaling`), checking each endpoint."""
    dirs = {}
    for cli_dir in sorted(os.listdir(os.path.join(site, "tccli", "services"))):
        for client in glob.glob(os.path.join(site, "tencentcloud", cli_dir, "v[0-9]*", f"{cli_dir}_client.py")):
            text = open(client).read()
            service = re.search(r"_service = '([^']+)'", text).group(1)
            endpoint = re.search(r"_endpoint = '([^']+)'", text).group(1)
            # The runtime's rule: https://<service>.intl.tencentcloudapi.com.
            assert endpoint == f"{service}.intl.tencentcloudapi.com", (cli_dir, endpoint)
            assert dirs.get(service, cli_dir) == cli_dir, (service, cli_dir)
            dirs[service] = cli_dir
    return dirs


def rust_keywords():
    """Rust's reserved words, as tc3-codegen lists them (codegen/src/names.rs)."""
    text = open(os.path.join(ROOT, "codegen", "src", "names.rs")).read()
    listed = text.split("const KEYWORDS: &[&str] = &[", 1)[1].split("];", 1)[0]
    return set(re.findall(r'"([a-z]+)"', listed))


def module(service):
    """The name `tc3` re-exports a service as: a keyword (`as`) as a raw identifier."""
    return f"r#{service}" if service in rust_keywords() else service


def write(path, text):
    path = os.path.join(ROOT, path)
    old = open(path).read() if os.path.exists(path) else None
    if old == text:
        return
    if CHECK:
        DIFFERS.append(os.path.relpath(path, ROOT))
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as out:
        out.write(text)


CARGO_TOML = """[package]
name = "tc3-{service}"
description = "{service} of Tencent Cloud API 3.0, typed (generated for tc3)"
version.workspace = true
edition.workspace = true
rust-version.workspace = true
license.workspace = true
repository.workspace = true
build = "build.rs"
include = ["build.rs", "spec/*.json", "src/**/*.rs"]

# Generated code has no tests of its own: catalogue-tests tries every service in one binary.
[lib]
test = false
doctest = false
bench = false

[dependencies]
tc3-runtime.workspace = true
tc3-macros.workspace = true

[build-dependencies]
tc3-codegen.workspace = true

[lints]
workspace = true
"""

BUILD_RS = """//! Generates this crate's code from the facts in spec/.

fn main() {
    tc3_codegen::build();
}
"""

LIB_RS = """//! {service} of Tencent Cloud API 3.0, typed; use it as `tc3::{module}` (feature `{service}`).
//!
//! {versions_doc}
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

{modules}
/// The newest version, {newest}.
pub use v{newest_compact}::*;
"""

MODULE = """/// API version {version}.
pub mod v{compact} {{
    include!(concat!(env!("OUT_DIR"), "/v{compact}.rs"));
}}
"""

def main():
    site = site_packages()
    cli, sdk = pinned(CLI_PACKAGE), pinned(SDK_PACKAGE)
    installed(site, CLI_PACKAGE, cli)
    installed(site, SDK_PACKAGE, sdk)
    table = []
    dirs = cli_dirs(site)
    for service in sorted(set(dirs) - LEFT_OUT):
        versions = []
        for version_dir in sorted(glob.glob(os.path.join(site, "tccli", "services", dirs[service], "v[0-9]*", ""))):
            compact = os.path.basename(os.path.dirname(version_dir))[1:]
            version = f"{compact[:4]}-{compact[4:6]}-{compact[6:]}"
            codes = error_codes(site, dirs[service], version)
            text, actions, objects = version_facts(service, dirs[service], version, version_dir, codes)
            write(f"services/{service}/spec/{version}.json", text)
            versions.append((version, actions, objects))
        assert versions, service
        newest = max(v for v, _, _ in versions)
        modules = "\n".join(MODULE.format(version=v, compact=v.replace("-", "")) for v, _, _ in versions)
        versions_doc = "Versions: " + ", ".join(f"{v} ({a} actions)" for v, a, _ in versions) + "."
        write(f"services/{service}/Cargo.toml", CARGO_TOML.format(service=service))
        write(f"services/{service}/build.rs", BUILD_RS)
        write(f"services/{service}/src/lib.rs", LIB_RS.format(
            service=service, module=module(service), versions_doc=versions_doc, modules=modules, newest=newest,
            newest_compact=newest.replace("-", "")))
        table.append((service, versions))
    write("codegen/common-codes.txt", "".join(c + "\n" for c in api3_common.common_codes()))
    write_facade(table)
    write_table(table, cli, sdk)
    if DIFFERS:
        sys.exit("stale, re-run tools/gen_catalogue.py: " + ", ".join(DIFFERS))


FEATURES_BEGIN = "# Services of the catalogue (tools/gen_catalogue.py writes this block).\n"
FEATURES_END = "# End of the catalogue's services.\n"
DEPS_BEGIN = "# The catalogue's crates (tools/gen_catalogue.py writes this block).\n"
DEPS_END = "# End of the catalogue's crates.\n"
PROFILE_BEGIN = "# Debug information of the catalogue's crates (tools/gen_catalogue.py writes this block).\n"
PROFILE_END = "# End of the catalogue's debug information.\n"


def replace_block(text, begin, end, body):
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    return head + begin + body + end + tail


def write_facade(table):
    cargo = open(os.path.join(ROOT, "Cargo.toml")).read()
    features = "".join(f'{s} = ["dep:tc3-{s}"]\n' for s, _ in table)
    deps = "".join(f'tc3-{s} = {{ path = "services/{s}", version = "0.1.0", optional = true }}\n' for s, _ in table)
    cargo = replace_block(cargo, FEATURES_BEGIN, FEATURES_END, features)
    cargo = replace_block(cargo, DEPS_BEGIN, DEPS_END, deps)
    lines = "".join(f'tc3-{s} = {{ debug = "line-tables-only" }}\n' for s, _ in table)
    cargo = replace_block(cargo, PROFILE_BEGIN, PROFILE_END, lines + 'tc3-catalogue-tests = { debug = "line-tables-only" }\n')
    write("Cargo.toml", cargo)
    tests = open(os.path.join(ROOT, "catalogue-tests", "Cargo.toml")).read()
    deps = "".join(f"tc3-{s} = {{ path = \"../services/{s}\" }}\n" for s, _ in table)
    write("catalogue-tests/Cargo.toml", replace_block(tests, DEPS_BEGIN, DEPS_END, deps))
    rs = "// The services of the catalogue, each behind the cargo feature named as it (included by\n"
    rs += "// lib.rs). Written by tools/gen_catalogue.py.\n"
    for service, _ in table:
        rs += f'\n#[cfg(feature = "{service}")]\n#[doc(inline)]\npub use tc3_{service} as {module(service)};\n'
    write("src/services.rs", rs)


def write_table(table, cli, sdk):
    lines = ["# The catalogue", "",
             f"Generated from {CLI_PACKAGE} {cli} (API descriptions) and {SDK_PACKAGE} {sdk} (error codes)",
             "by `tools/gen_catalogue.py`. Each service is a crate `tc3-<service>` and a feature of `tc3`.", "",
             "| service (feature) | version | actions | objects |", "| --- | --- | ---: | ---: |"]
    total_actions = 0
    for service, versions in table:
        for version, actions, objects in versions:
            lines.append(f"| `{service}` | {version} | {actions} | {objects} |")
            total_actions += actions
    versions = sum(len(v) for _, v in table)
    lines += ["", f"{len(table)} services, {versions} versions, {total_actions} actions.", ""]
    write("SERVICES.md", "\n".join(lines))


main()
