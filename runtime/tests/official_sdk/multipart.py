"""Sends a cii action with binary members with the official Tencent Cloud Python SDK (mainland
package), and writes what it sent.

Reads one JSON case on stdin: credentials, host, region, timestamp, the action, the form's
boundary, and the members `File` (hex) and `FileURL` (either may be null). The case goes
through the SDK's own CiiClient method (multipart/form-data), offline as `sdk_case.capture`
runs it, with the boundary pinned to the case's too. Writes the request's headers and its body
(hex) as JSON.
"""

import uuid

from tencentcloud.cii.v20210408 import cii_client, models

import sdk_case


class Boundary:
    """What uuid.uuid4() gives the SDK: `.hex` is the form's boundary; str() its trace id."""

    def __init__(self, hex_text):
        self.hex = hex_text

    def __str__(self):
        return self.hex


def send(client, case):
    request = getattr(models, case["action"] + "Request")()
    if case.get("file") is not None:
        request.File = bytes.fromhex(case["file"])
    if case.get("file_url") is not None:
        request.FileURL = case["file_url"]
    with sdk_case.pinned(uuid, "uuid4", lambda: Boundary(case["boundary"])):
        getattr(client, case["action"])(request)


if __name__ == "__main__":
    sdk_case.capture(cii_client.CiiClient, send)
