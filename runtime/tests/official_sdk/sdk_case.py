"""The official Tencent Cloud Python SDK set up for one case: what the scripts here share.

A case is a JSON object with the credentials (`secret_id`, `secret_key`, `token` or none),
`host`, `region` and `timestamp`, and whatever its script reads besides. `capture` runs one
call of the SDK offline: the HTTP layer is replaced by a stand-in that keeps the request and
answers with an empty success, and the clock is pinned to the case's timestamp.
"""

import contextlib
import json
import sys
import time

from tencentcloud.common.credential import Credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile


class Answer:
    """The stand-in's answer to every request: an empty success."""

    status_code = 200
    headers = {"Content-Type": "application/json"}
    content = b'{"Response": {"RequestId": "stand-in"}}'


def credential(case):
    return Credential(case["secret_id"], case["secret_key"], case.get("token"))


def profile(case):
    """The case's host as the endpoint, always: the region breaker (a backup endpoint after
    failures) off."""
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=case["host"]))
    profile.disable_region_breaker = True
    return profile


@contextlib.contextmanager
def pinned(owner, name, value):
    """`owner.name` is `value` inside the block, and what it was again after it."""
    real = getattr(owner, name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        setattr(owner, name, real)


def capture(client_class, call):
    """Reads one case on stdin, makes a `client_class` for it, runs `call(client, case)` with
    the clock pinned, and writes what the SDK sent as JSON: its headers and its body (hex)."""
    case = json.load(sys.stdin)
    client = client_class(credential(case), case["region"], profile(case))
    sent = {}

    def send_request(req):
        sent["headers"] = dict(req.header)
        sent["body"] = req.data.hex()
        return Answer()

    client.request.send_request = send_request
    with pinned(time, "time", lambda: case["timestamp"]):
        call(client, case)
    json.dump(sent, sys.stdout)
