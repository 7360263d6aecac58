"""Reads a streamed answer of a tc3 emulator with the official mainland Python SDK
(`tencentcloud-sdk-python`): hunyuan's ChatCompletions on its mainland host, through the
emulator as an HTTP proxy, asked for a stream and then not.

Usage: mainland_stream.py HOST:PORT SECRET_ID SECRET_KEY, with the mainland SDK first on
PYTHONPATH. Prints one JSON object per event of the stream, {"event": the SDK's event
dict, "data": its data as JSON}, then {"whole": the answer without a stream, as JSON}.
"""
import json
import sys

from tencentcloud.common import credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.hunyuan.v20230901 import hunyuan_client, models

host, secret_id, secret_key = sys.argv[1:4]

http = HttpProfile(protocol="http", proxy="http://" + host)
client = hunyuan_client.HunyuanClient(
    credential.Credential(secret_id, secret_key), "ap-guangzhou", ClientProfile(httpProfile=http)
)


def request(stream):
    chat = models.ChatCompletionsRequest()
    chat.from_json_string(
        json.dumps({"Model": "hunyuan-turbos-latest", "Messages": [{"Role": "user", "Content": "hi"}], "Stream": stream})
    )
    return chat


for event in client.ChatCompletions(request(True)):
    print(json.dumps({"event": event, "data": json.loads(event["data"])}), flush=True)
whole = client.ChatCompletions(request(False))
print(json.dumps({"whole": json.loads(whole.to_json_string())}), flush=True)
