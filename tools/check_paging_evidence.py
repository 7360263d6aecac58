#!/usr/bin/env python3
"""Checks the evidence of codegen/paging-overrides.txt against the pinned packages: every
quote of a `base` or `offset-is-page base` entry (marked `I` for the international SDK, `M` for
the mainland one) must appear in the documentation of that action's request in that package,
and must not state the other base. Run with the venv's python after scripts/test.sh has
installed the packages: `.venv/bin/python tools/check_paging_evidence.py`; exits 1 on any
problem, naming it. Markup and whitespace are ignored when quotes are compared."""

import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGES = {
    "I": os.path.join(ROOT, ".venv/lib/python3.11/site-packages/tencentcloud"),
    "M": os.path.join(ROOT, ".venv/mainland/tencentcloud"),
}
ENTRY = re.compile(r"(\S+) (\S+) (?:base|offset-is-page base) ([01]) -- (.*)")
# A quote's site marker, then the quote; a quote without a marker belongs to the one before.
QUOTE = re.compile(r'\b([IM])\b[^"]*?"([^"]*)"|"([^"]*)"')
SAYS = {
    "0": re.compile(r"(from|starting from|starts? (from|at)|从)\s*(第)?\s*0|default(?: value)?(?: is|:)?\s*`?0"
                    r"|默认(?:值)?(?:为|是|：|:)?\s*(第)?\s*0|indicating the first page|0 \(page 1\)|第一页:0", re.I),
    "1": re.compile(r"(from|starting from|starts? (from|at)|从)\s*1|default(?: value)?(?: is|:)?\s*`?1"
                    r"|默认(?:值)?(?:为|是|：|:)?\s*(第)?\s*1|first page is 1", re.I),
}


def bare(text):
    """`text` without markup and whitespace."""
    return re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", text))


def request_docs(site, service, cache={}):
    """Each request class of `service` in `site`'s package: its documentation, bare."""
    if (site, service) not in cache:
        docs = {}
        for path in glob.glob(os.path.join(PACKAGES[site], service, "v*", "models.py")):
            text = open(path, encoding="utf-8").read()
            for m in re.finditer(r"class (\w+)Request\(AbstractModel\):(.*?)(?=\nclass |\Z)", text, re.S):
                docs[m.group(1)] = docs.get(m.group(1), "") + bare(m.group(2))
        cache[(site, service)] = docs
    return cache[(site, service)]


def problems(lines):
    for number, line in enumerate(lines, 1):
        entry = ENTRY.match(line.strip())
        if not entry or entry.group(2) == "*":
            continue
        service, action, base, evidence = entry.groups()
        site = None
        for quote in QUOTE.finditer(evidence):
            site = quote.group(1) or site
            text = quote.group(2) if quote.group(1) else quote.group(3)
            if site is None:
                continue
            docs = request_docs(site, service).get(action)
            if docs is None:
                yield f"line {number}: {site} has no {service} {action}"
            elif bare(text).replace("...", "")[:60] not in docs:
                yield f"line {number}: {site} {service} {action}: quote not found: {text[:80]!r}"
            other = "1" if base == "0" else "0"
            if SAYS[other].search(text) and not SAYS[base].search(text):
                yield f"line {number}: {service} {action}: base {base}, but the quote says {other}: {text[:80]!r}"


def main():
    for site, path in PACKAGES.items():
        if not os.path.isdir(path):
            sys.exit(f"{path}: missing; run scripts/test.sh first (it installs the pinned packages)")
    lines = open(os.path.join(ROOT, "codegen", "paging-overrides.txt"), encoding="utf-8").read().splitlines()
    found = list(problems(lines))
    for problem in found:
        print(problem, file=sys.stderr)
    checked = sum(1 for line in lines if ENTRY.match(line.strip()))
    print(f"{checked} entries with a base checked, {len(found)} problems")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
