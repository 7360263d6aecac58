#!/usr/bin/env python3
"""Writes two scratch crates for benches/compile_time.sh, to weigh tc3's derives against
plain serde: both hold the partner API's request, response and object structs, copied from
the generated files of a tc3 source tree; `tc3_derives` keeps `#[derive(tc3::Action)]` and
`#[derive(tc3::Object)]` with their `#[tc3(...)]` rules, `plain_serde` has
`#[derive(serde::Serialize, serde::Deserialize, Debug)]` and `#[serde(rename...)]` only.
The overlay (spec/intlpartnersmgt-overlay.json, for the modules and the hand-written objects)
and the checked-in files are only read.

Usage: tools/derive_cost_crates.py <tc3 source tree> <output dir>"""

import json
import os
import re
import shutil
import sys

TREE, OUT = sys.argv[1], sys.argv[2]
API = os.path.join(TREE, "src", "intlpartnersmgt", "v20220928")
OVERLAY = json.load(open(os.path.join(TREE, "spec", "intlpartnersmgt-overlay.json")))
MODULES = [name for name, _doc in OVERLAY["modules"]]
HAND_WRITTEN = OVERLAY["hand_written"]

TC3_DERIVE = re.compile(r"#\[derive\(tc3::(?:Action|Object), Clone, PartialEq\)\]")
PLAIN_DERIVE = ("#[derive(serde::Serialize, serde::Deserialize, Debug, Clone, PartialEq)]\n"
                "#[serde(rename_all = \"PascalCase\")]")


def attribute_end(text, start):
    """The index just past the `]` closing the attribute that opens at `start`, skipping
    string literals (patterns hold brackets and parentheses)."""
    depth, i = 0, start
    while i < len(text):
        raw = re.match(r'r(#*)"', text[i:])
        if raw:
            close = '"' + raw.group(1)
            i = text.index(close, i + len(raw.group(0))) + len(close)
            continue
        c = text[i]
        if c == '"':
            i += 1
            while text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unclosed attribute")


def plain(text):
    """`text` with tc3's derives and attributes replaced by serde's."""
    text = TC3_DERIVE.sub(lambda _: PLAIN_DERIVE, text)
    out, i = [], 0
    for m in re.finditer(r"(?m)^([ \t]*)#\[tc3\(", text):
        if m.start() < i:
            continue
        end = attribute_end(text, m.start() + len(m.group(1)))
        out.append(text[i:m.start()])
        rename = re.search(r'\brename = "([^"]*)"', text[m.start():end])
        if rename:
            out.append(f'{m.group(1)}#[serde(rename = "{rename.group(1)}")]')
        elif text[end:end + 1] == "\n":
            end += 1
        i = end
    out.append(text[i:])
    return "".join(out)


def crate(name, deps, files, extra_mods):
    src = os.path.join(OUT, name, "src")
    os.makedirs(src)
    with open(os.path.join(OUT, name, "Cargo.toml"), "w") as f:
        f.write(f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
                f"[dependencies]\n{deps}")
    mods = sorted(files) + extra_mods
    hand = "".join(f"pub use tc3::intlpartnersmgt::v20220928::{o};\n" for o in sorted(HAND_WRITTEN))
    with open(os.path.join(src, "lib.rs"), "w") as f:
        f.write("//! Scratch crate of benches/compile_time.sh.\n#![allow(missing_docs, deprecated, dead_code)]\n\n"
                + "".join(f"mod {m};\n" for m in mods)
                + "".join(f"pub use {m}::*;\n" for m in sorted(files)) + hand)
    for m, text in files.items():
        with open(os.path.join(src, m + ".rs"), "w") as f:
            f.write(text.replace("use crate::Decimal;", "use tc3::Decimal;"))
    return src


def main():
    os.makedirs(OUT, exist_ok=True)
    sources = {f: open(os.path.join(API, f + ".rs")).read() for f in MODULES}
    tc3 = f'tc3 = {{ path = "{os.path.abspath(TREE)}" }}\n'
    with open(os.path.join(OUT, "Cargo.toml"), "w") as f:
        f.write('[workspace]\nmembers = ["tc3_derives", "plain_serde"]\nresolver = "3"\n')
    shutil.copy(os.path.join(TREE, "Cargo.lock"), OUT)
    src = crate("tc3_derives", tc3, sources, ["checks", "errors"])
    # The rules' own functions, which `custom` and `retry_after` name.
    checks = open(os.path.join(API, "checks.rs")).read().replace("use crate::Violation;", "use tc3::Violation;")
    with open(os.path.join(src, "checks.rs"), "w") as f:
        f.write(checks)
    with open(os.path.join(src, "errors.rs"), "w") as f:
        f.write("pub(super) fn documented_wait(_code: &str) -> Option<std::time::Duration> {\n    None\n}\n")
    serde = 'serde = { version = "1.0.200", features = ["derive"] }\n'
    crate("plain_serde", tc3 + serde, {f: plain(t) for f, t in sources.items()}, [])


main()
