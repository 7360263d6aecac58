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
from tencentcloud.common.credential import Credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile


def sign(case):
    http = HttpProfile(endpoint=case["host"])
    profile = ClientProfile(httpProfile=http)
    profile.disable_region_breaker = True
    cred = Credential(case["secret_id"], case["secret_key"], case.get("token"))
    client = CommonClient(case["service"], case["version"], cred, case.get("region") or "", profile)
    req = RequestInternal(case["host"], "POST", "/")
    options = {}
    if case["mode"] == "raw":
        options["IsOctetStream"] = True
        req.data = case["body"].encode("utf-8")
        params = {}
    else:
        params = case["params"]
    real_time = time.time
    time.time = lambda: case["timestamp"]
    try:
        client._build_req_with_tc3_signature(case["action"], params, req, options)
    finally:
        time.time = real_time
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
