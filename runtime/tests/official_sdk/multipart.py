"""Sends a cii action with binary members with the official Tencent Cloud Python SDK (mainland
package), and writes what it sent.

Reads one JSON case on stdin: credentials, host, region, timestamp, the action, the form's
boundary, and the members `File` (hex) and `FileURL` (either may be null). The case goes
through the SDK's own CiiClient method (multipart/form-data), with the clock and the boundary
pinned to the case's and the HTTP layer replaced by a stand-in that keeps the request and
answers with an empty success. Writes the request's headers and its body (hex) as JSON.
"""

import json
import sys
import time
import uuid

from tencentcloud.cii.v20210408 import cii_client, models
from tencentcloud.common.credential import Credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile


class Answer:
    status_code = 200
    headers = {"Content-Type": "application/json"}
    content = b'{"Response": {"RequestId": "stand-in"}}'


class Boundary:
    """What uuid.uuid4() gives the SDK: `.hex` is the form's boundary; str() its trace id."""

    def __init__(self, hex_text):
        self.hex = hex_text

    def __str__(self):
        return self.hex


def main():
    case = json.load(sys.stdin)
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=case["host"]))
    profile.disable_region_breaker = True
    cred = Credential(case["secret_id"], case["secret_key"], case.get("token"))
    client = cii_client.CiiClient(cred, case["region"], profile)
    sent = {}

    def send_request(req):
        sent["headers"] = dict(req.header)
        sent["body"] = req.data.hex()
        return Answer()

    client.request.send_request = send_request
    request = getattr(models, case["action"] + "Request")()
    if case.get("file") is not None:
        request.File = bytes.fromhex(case["file"])
    if case.get("file_url") is not None:
        request.FileURL = case["file_url"]
    real_time, real_uuid4 = time.time, uuid.uuid4
    time.time = lambda: case["timestamp"]
    uuid.uuid4 = lambda: Boundary(case["boundary"])
    try:
        getattr(client, case["action"])(request)
    finally:
        time.time, uuid.uuid4 = real_time, real_uuid4
    json.dump(sent, sys.stdout)


if __name__ == "__main__":
    main()
