"""Signs request cases with the official Tencent Cloud Python SDK (tencentcloud-sdk-python-common).

Reads a JSON list of cases on stdin and writes, for each, the exact body and content type the
SDK signed and the Authorization value it produced. Each case goes through the SDK's own
request builder (AbstractClient._build_req_with_tc3_signature) with the clock pinned to the
case's timestamp. Mode "json": the SDK serializes `params` itself. Mode "raw": `body` is signed
as it is (the SDK's octet-stream path), so raw non-ASCII bytes reach the signature.
"""

import json
import sys
import time

from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.http.request import RequestInternal

import sdk_case


def sign(case):
    cred, profile = sdk_case.credential(case), sdk_case.profile(case)
    client = CommonClient(case["service"], case["version"], cred, case.get("region") or "", profile)
    req = RequestInternal(case["host"], "POST", "/")
    options = {}
    if case["mode"] == "raw":
        options["IsOctetStream"] = True
        req.data = case["body"].encode("utf-8")
        params = {}
    else:
        params = case["params"]
    with sdk_case.pinned(time, "time", lambda: case["timestamp"]):
        client._build_req_with_tc3_signature(case["action"], params, req, options)
    body = req.data.decode("utf-8") if isinstance(req.data, bytes) else req.data
    return {
        "body": body,
        "content_type": req.header["Content-Type"],
        "authorization": req.header["Authorization"],
        "token_header": req.header.get("X-TC-Token"),
    }


def main():
    cases = json.load(sys.stdin)
    json.dump([sign(c) for c in cases], sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
