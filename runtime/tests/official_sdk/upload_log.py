"""Sends cls UploadLog with the official Tencent Cloud Python SDK, and writes what it sent.

Reads one JSON case on stdin: credentials, host, region, timestamp, the request's members and
the raw body (hex). The case goes through the SDK's own ClsClient.UploadLog (its
call_octet_stream), offline as `sdk_case.capture` runs it. Writes the request's headers and
its body (hex) as JSON. Which package answers (international or mainland) is the first
`tencentcloud` on the Python path.
"""

from tencentcloud.cls.v20201016 import cls_client, models

import sdk_case


def upload_log(client, case):
    request = models.UploadLogRequest()
    request.TopicId = case["topic_id"]
    if case.get("compress_type") is not None:
        request.CompressType = case["compress_type"]
    client.UploadLog(request, bytes.fromhex(case["body"]))


if __name__ == "__main__":
    sdk_case.capture(cls_client.ClsClient, upload_log)
