"""Sends cls UploadLog with the official Tencent Cloud Python SDK, and writes what it sent.

Reads one JSON case on stdin: credentials, host, region, timestamp, the request's members and
the raw body (hex). The case goes through the SDK's own ClsClient.UploadLog (its
call_octet_stream), with the clock pinned to the case's timestamp and the HTTP layer replaced
by a stand-in that keeps the request and answers with an empty success. Writes the request's
headers and its body (hex) as JSON. Which package answers (international or mainland) is
the first `tencentcloud` on the Python path.
"""

import json
import sys
import time

from tencentcloud.cls.v20201016 import cls_client, models
from tencentcloud.common.credential import Credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile


class Answer:
    status_code = 200
    headers = {"Content-Type": "application/json"}
    content = b'{"Response": {"RequestId": "stand-in"}}'


def main():
    case = json.load(sys.stdin)
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=case["host"]))
    profile.disable_region_breaker = True
    cred = Credential(case["secret_id"], case["secret_key"], case.get("token"))
    client = cls_client.ClsClient(cred, case["region"], profile)
    sent = {}

    def send_request(req):
        sent["headers"] = dict(req.header)
        sent["body"] = req.data.hex()
        return Answer()

    client.request.send_request = send_request
    request = models.UploadLogRequest()
    request.TopicId = case["topic_id"]
    if case.get("compress_type") is not None:
        request.CompressType = case["compress_type"]
    real_time = time.time
    time.time = lambda: case["timestamp"]
    try:
        client.UploadLog(request, bytes.fromhex(case["body"]))
    finally:
        time.time = real_time
    json.dump(sent, sys.stdout)


if __name__ == "__main__":
    main()
