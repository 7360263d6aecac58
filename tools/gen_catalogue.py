#!/usr/bin/env python3
"""Writes the catalogue's facts and crates from the pinned official packages.

Reads the API descriptions of `tccli-intl-en` and the error codes of
`tencentcloud-sdk-python-intl-en` (the international site: pinned in
scripts/python-requirements.txt, installed in .venv by scripts/test.sh), and those of `tccli` and
`tencentcloud-sdk-python` (the mainland site: pinned there as well, installed apart in
.venv/mainland), and writes, for each service of either site but LEFT_OUT:

- services/<service>/spec/<version>.json: facts only (names, types, flags, example values,
  status, sites, own hosts, error codes), one line per action and object; no prose; the union
  of both sites' facts (tools/site_union.py says how);
- services/<service>/{Cargo.toml,build.rs,src/lib.rs}: the crate `tc3-<service>`, whose build
  script turns the facts into Rust with tc3-codegen;

and, from those, the `tc3` features and re-exports (Cargo.toml, src/services.rs), the
dependencies of catalogue-tests (its Cargo.toml), the table SERVICES.md, and
codegen/common-codes.txt (the codes every service shares).

`python3 tools/gen_catalogue.py` writes; `--check` writes nothing and fails when a checked-in
file differs. Run it with the venv's Python (`.venv/bin/python tools/gen_catalogue.py`), or set
TC3_SITE_PACKAGES to a directory holding both international packages and TC3_MAINLAND_PACKAGES to
one holding both mainland packages."""

import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import api3_common  # noqa: E402
import site_union  # noqa: E402

# Services the catalogue leaves out: the partner API, which tc3 curates by hand (src/intlpartnersmgt).
# Every other service of the pinned CLI package gets a crate and a feature of `tc3` named as it.
LEFT_OUT = {"intlpartnersmgt"}

CLI_PACKAGE = "tccli-intl-en"
SDK_PACKAGE = "tencentcloud-sdk-python-intl-en"
MAINLAND_CLI_PACKAGE = "tccli"
MAINLAND_SDK_PACKAGE = "tencentcloud-sdk-python"
CHECK = "--check" in sys.argv[1:]
SCALARS = {"string", "int64", "uint64", "float", "bool", "date", "datetime", "datetime_iso", "binary"}
DIFFERS = []
MULTIPART = set()


def site_packages():
    given = os.environ.get("TC3_SITE_PACKAGES")
    if given:
        return given
    found = glob.glob(os.path.join(ROOT, ".venv", "lib", "python3*", "site-packages"))
    if not found:
        sys.exit("no .venv with the pinned packages: run scripts/test.sh once, or set TC3_SITE_PACKAGES")
    return found[0]


def mainland_packages():
    """Where the mainland packages are: installed apart from the international ones, which hold
    modules of the same names (`tccli`, `tencentcloud`)."""
    given = os.environ.get("TC3_MAINLAND_PACKAGES") or os.path.join(ROOT, ".venv", "mainland")
    if not os.path.isdir(given):
        sys.exit(f"no {given} with the pinned mainland packages: run scripts/test.sh once, or set TC3_MAINLAND_PACKAGES")
    return given


def pinned(package):
    for line in open(os.path.join(ROOT, "scripts", "python-requirements.txt")):
        # `name==version`, maybe with a marker (`; extra == "mainland"`) or a comment.
        name, _, version = line.split("#", 1)[0].split(";", 1)[0].strip().partition("==")
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
    if kind in ("object", "string", "bool", "float", "binary"):
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


def read_version(service, version, version_dir):
    """One site's facts of one version, from its CLI package's api.json."""
    api = json.load(open(os.path.join(version_dir, "api.json")))
    assert api["metadata"]["apiVersion"] == version, (service, version)
    objects = api["objects"]
    actions = {}
    for name in sorted(api["actions"]):
        action = api["actions"][name]
        if any(member["type"] == "binary" for member in objects[action["input"]]["members"]):
            # Sent as multipart/form-data, its binary members as files (the derive's `file`, which
            # tc3-codegen gives every `binary` member): said so in SERVICES.md.
            MULTIPART.add((service, version, name))
        assert action["input"] == name + "Request" and action["output"] == name + "Response", name
        status = action.get("status") or "online"
        assert status in ("online", "deprecated", "offline"), status
        actions[name] = status
    facts = {}
    for name in sorted(objects):
        obj = objects[name]
        members = []
        for member in obj["members"]:
            kind = member_type(member)
            inner = kind.strip("[]")
            assert inner in SCALARS or inner in objects, (service, name, member["name"], kind)
            members.append([member["name"], kind, flags(member), example(member)])
        facts[name] = (obj.get("usage") or "", members)
    return site_union.Facts(actions, facts)


def spec_text(head, actions, codes, objects):
    """The spec file: one line per head member, action, error code and object."""
    lines = [json.dumps(name) + ": " + json.dumps(list(obj), ensure_ascii=False, separators=(",", ":"))
             for name, obj in objects.items()]
    text = "{\n" + "\n".join(f"{json.dumps(k)}: {json.dumps(v)}," for k, v in head.items())
    text += '\n"actions": [\n' + ",\n".join(json.dumps(a) for a in actions) + "\n],"
    text += '\n"errors": [\n' + ",\n".join(json.dumps(c) for c in codes) + "\n],"
    text += '\n"objects": {\n' + ",\n".join(lines) + "\n}\n}\n"
    return text


class Site:
    """One site's pinned packages: its CLI (API descriptions) and its SDK (error codes,
    endpoints), installed in `path`."""

    def __init__(self, name, path, cli_package, sdk_package, root):
        self.name, self.path, self.root = name, path, root
        self.cli_package, self.sdk_package = cli_package, sdk_package
        self.cli, self.sdk = pinned(cli_package), pinned(sdk_package)
        installed(path, cli_package, self.cli)
        installed(path, sdk_package, self.sdk)
        self.dirs = self.cli_dirs()

    def cli_dirs(self):
        """The CLI's directory of each service, by the name the service signs with and is reached
        at (they differ once: Auto Scaling is `as`, in `autoscaling`), checking each endpoint."""
        dirs = {}
        for cli_dir in sorted(os.listdir(os.path.join(self.path, "tccli", "services"))):
            for client in glob.glob(os.path.join(self.path, "tencentcloud", cli_dir, "v[0-9]*", f"{cli_dir}_client.py")):
                text = open(client).read()
                service = re.search(r"_service = '([^']+)'", text).group(1)
                endpoint = re.search(r"_endpoint = '([^']+)'", text).group(1)
                # The runtime's rule: https://<service>.<the site's root domain>.
                assert endpoint == f"{service}.{self.root}", (self.name, cli_dir, endpoint)
                assert dirs.get(service, cli_dir) == cli_dir, (self.name, service, cli_dir)
                dirs[service] = cli_dir
        return dirs

    def versions(self, service):
        """{version: its directory in the CLI package} of a service; empty if the site lacks it."""
        if service not in self.dirs:
            return {}
        found = {}
        for version_dir in glob.glob(os.path.join(self.path, "tccli", "services", self.dirs[service], "v[0-9]*", "")):
            compact = os.path.basename(os.path.dirname(version_dir))[1:]
            found[f"{compact[:4]}-{compact[4:6]}-{compact[6:]}"] = version_dir
        return found

    def error_codes(self, service, version):
        path = os.path.join(self.path, "tencentcloud", self.dirs[service], "v" + version.replace("-", ""), "errorcodes.py")
        return set(re.findall(r"^[A-Z0-9_]+ = '([^']+)'$", open(path).read(), re.M))

    def hosts(self, service, version):
        """{action: host} of the actions this site's SDK sends to a host of their own, not
        `<service>.<root>` (es's ChatCompletions to `es.ai.tencentcloudapi.com`)."""
        path = os.path.join(self.path, "tencentcloud", self.dirs[service], "v" + version.replace("-", ""),
                            f"{self.dirs[service]}_client.py")
        found = {}
        for method in re.split(r"\n    def ", open(path).read())[1:]:
            pinned = re.search(r'options = \{"Endpoint": "%s://([a-z0-9.-]+)"', method)
            if pinned:
                found[method.split("(", 1)[0]] = pinned.group(1)
        return found

    def origin(self, service):
        """Where this site's facts of a service are: `["tccli==3.1.189.1", "cvm"]`."""
        return [f"{self.cli_package}=={self.cli}", self.dirs[service]]


def version_spec(service, version, found):
    """The spec of one version (text); its actions and objects; the actions on the international
    site, the mainland and both; the type conflicts. `found` is {site: version directory} of the
    sites that have the version, international first."""
    facts = {site.name: read_version(service, version, path) for site, path in found.items()}
    codes = sorted(set().union(*(site.error_codes(service, version) for site in found)))
    first = next(iter(found))
    head = {"service": service, "version": version, "source": first.origin(service)[0], "cli_dir": first.dirs[service]}
    head["sites"] = {site.name: site.origin(service) for site in found}
    actions, objects, conflicts = site_union.union((service, version), facts.get("international"), facts.get("mainland"))
    # An action's own host, which every site that has the action must agree on.
    hosts = [(site, site.hosts(service, version)) for site in found]
    for action in actions:
        pinned = {site_hosts.get(action[0]) for site, site_hosts in hosts if site.name[0] in action[2]}
        assert len(pinned) == 1, (service, version, action, pinned)
        if None not in pinned:
            action.append(pinned.pop())
    counts = [sum(letter in action[2] for action in actions) for letter in "im"]
    counts.append(sum(action[2] == "im" for action in actions))
    return spec_text(head, actions, codes, objects), len(actions), len(objects), counts, conflicts


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
    intl = Site("international", site_packages(), CLI_PACKAGE, SDK_PACKAGE, "intl.tencentcloudapi.com")
    mainland = Site("mainland", mainland_packages(), MAINLAND_CLI_PACKAGE, MAINLAND_SDK_PACKAGE, "tencentcloudapi.com")
    table, problems, seen = [], [], set()
    for service in sorted((set(intl.dirs) | set(mainland.dirs)) - LEFT_OUT):
        by_version = {}
        for site in (intl, mainland):
            for version, path in site.versions(service).items():
                by_version.setdefault(version, {})[site] = path
        versions = []
        for version in sorted(by_version):
            text, actions, objects, counts, conflicts = version_spec(service, version, by_version[version])
            write(f"services/{service}/spec/{version}.json", text)
            versions.append((version, actions, objects, counts))
            for obj, member, intl_type, mainland_type in conflicts:
                taken = site_union.TYPE_CONFLICTS.get((service, version, obj, member), ("", "", "?"))[2]
                print(f"type conflict: {service} {version} {obj}.{member}: international {intl_type},"
                      f" mainland {mainland_type}; taken: {taken}")
                seen.add((service, version, obj, member))
            problems += site_union.reviewed((service, version), conflicts)
        assert versions, service
        newest = max(v[0] for v in versions)
        modules = "\n".join(MODULE.format(version=v[0], compact=v[0].replace("-", "")) for v in versions)
        versions_doc = "Versions: " + ", ".join(f"{v} ({a} actions)" for v, a, *_ in versions) + "."
        write(f"services/{service}/Cargo.toml", CARGO_TOML.format(service=service))
        write(f"services/{service}/build.rs", BUILD_RS)
        write(f"services/{service}/src/lib.rs", LIB_RS.format(
            service=service, module=module(service), versions_doc=versions_doc, modules=modules, newest=newest,
            newest_compact=newest.replace("-", "")))
        table.append((service, versions))
    print(f"type conflicts between the sites: {len(seen) or 'none'}")
    for service, version, action in sorted(MULTIPART):
        print(f"sent as multipart/form-data: {service} {version} {action}")
    problems += [f"{' '.join(key)}: in TYPE_CONFLICTS but no longer a conflict" for key in set(site_union.TYPE_CONFLICTS) - seen]
    write("codegen/common-codes.txt", "".join(c + "\n" for c in api3_common.common_codes()))
    write_facade(table)
    write_table(table, intl, mainland)
    if problems:
        sys.exit("\n".join(sorted(problems)))
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


def write_table(table, intl, mainland):
    multipart = "; ".join(f"{service} {version} `{action}`" for service, version, action in sorted(MULTIPART))
    lines = ["# The catalogue", "",
             f"Generated from {intl.cli_package} {intl.cli} (API descriptions) and {intl.sdk_package} {intl.sdk}",
             f"(error codes) of the international site, and {mainland.cli_package} {mainland.cli} and",
             f"{mainland.sdk_package} {mainland.sdk} of the mainland site, by `tools/gen_catalogue.py`.",
             "Each service is a crate `tc3-<service>` and a feature of `tc3`; each version's facts are",
             "those of both sites. Columns international, mainland and both: the actions each site has,",
             "and those both have.", "",
             f"Sent as `multipart/form-data`, their binary members as files: {multipart}.", "",
             "| service (feature) | version | actions | international | mainland | both | objects |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    total_actions = 0
    for service, versions in table:
        for version, actions, objects, counts in versions:
            intl_count, mainland_count, both = counts
            lines.append(f"| `{service}` | {version} | {actions} | {intl_count} | {mainland_count} | {both} | {objects} |")
            total_actions += actions
    versions = sum(len(v) for _, v in table)
    lines += ["", f"{len(table)} services, {versions} versions, {total_actions} actions.", ""]
    write("SERVICES.md", "\n".join(lines))


main()
