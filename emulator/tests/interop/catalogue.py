"""Calls services of the catalogue on a tc3 emulator with the official Python SDK's typed clients
and models (international edition).

Usage: catalogue.py HOST:PORT SECRET_ID SECRET_KEY. Prints one JSON object per call:
{"service": ..., "action": ..., "code": "OK" or the error code, "response": the model as JSON}.
"""
import importlib
import json
import sys

from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

host, secret_id, secret_key = sys.argv[1:4]

# (service, version, client class, action): actions that need no parameter.
CALLS = [
    ("cvm", "v20170312", "CvmClient", "DescribeInstances"),
    ("vpc", "v20170312", "VpcClient", "DescribeVpcs"),
    ("cam", "v20190116", "CamClient", "ListUsers"),
    ("cls", "v20201016", "ClsClient", "DescribeTopics"),
    ("tke", "v20180525", "TkeClient", "DescribeClusters"),
    ("cbs", "v20170312", "CbsClient", "DescribeDisks"),
]

for service, version, client_class, action in CALLS:
    package = "tencentcloud.%s.%s" % (service, version)
    client_module = importlib.import_module("%s.%s_client" % (package, service))
    models = importlib.import_module(package + ".models")
    profile = ClientProfile(httpProfile=HttpProfile(protocol="http", endpoint=host))
    client = getattr(client_module, client_class)(credential.Credential(secret_id, secret_key), "ap-singapore", profile)
    request = getattr(models, action + "Request")()
    try:
        response = getattr(client, action)(request)
        result = {"code": "OK", "response": json.loads(response.to_json_string())}
    except TencentCloudSDKException as e:
        result = {"code": e.get_code(), "message": e.get_message()}
    print(json.dumps(dict(result, service=service, action=action)), flush=True)
