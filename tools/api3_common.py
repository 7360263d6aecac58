"""Facts of API 3.0 that every service shares, read from spec/api3-common.md."""

import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def common_codes():
    """The error codes any API 3.0 service may answer with, in the document's order."""
    text = open(os.path.join(ROOT, "spec", "api3-common.md")).read()
    text = text.split("any service may return them):", 1)[1].split("(Check", 1)[0]
    codes = [c.strip().rstrip(".") for c in text.replace("\n", " ").split(",")]
    return [c for c in codes if c]
