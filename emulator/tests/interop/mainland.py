"""Calls mainland-only services on a tc3 emulator with the official mainland Python SDK
(`tencentcloud-sdk-python`): its typed clients and models, each client on its default host
(`<service>.tencentcloudapi.com`) through the emulator as an HTTP proxy, so the emulator routes
each call by its Host as the mainland gateway does.

Usage: mainland.py HOST:PORT SECRET_ID SECRET_KEY, with the mainland SDK first on PYTHONPATH.
Prints one JSON object per call: {"service", "action", "host", "code": "OK" or the error code,
"response": the model as JSON}.
"""
import importlib
import json
import sys

import tencentcloud
from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

host, secret_id, secret_key = sys.argv[1:4]

# (service, version, client class, action, parameters): mainland-only services, then an action
# the international site's cvm lacks (refused there, so answered only if routed to the mainland).
CALLS = [
    ("tsf", "v20180326", "TsfClient", "DescribeClusters", {}),
    ("ess", "v20201111", "EssClient", "DescribeOrganizationVerifyStatus", {}),
    ("tcb", "v20180608", "TcbClient", "DescribeEnvLimit", {}),
    ("iotexplorer", "v20190423", "IotexplorerClient", "DescribeLoRaFrequency", {}),
    ("api", "v20201106", "ApiClient", "DescribeProducts", {}),
    ("cvm", "v20170312", "CvmClient", "DescribeAccountQuota", {}),
]

print(json.dumps({"sdk": tencentcloud.__version__}), flush=True)
for service, version, client_class, action, params in CALLS:
    package = "tencentcloud.%s.%s" % (service, version)
    client_module = importlib.import_module("%s.%s_client" % (package, service))
    models = importlib.import_module(package + ".models")
    # No endpoint: the client's own, `<service>.tencentcloudapi.com`; plain HTTP, so that the
    # proxy (the emulator) is asked for the URL itself and sees the Host.
    http = HttpProfile(protocol="http", proxy="http://" + host)
    profile = ClientProfile(httpProfile=http)
    client = getattr(client_module, client_class)(credential.Credential(secret_id, secret_key), "ap-guangzhou", profile)
    request = getattr(models, action + "Request")()
    request.from_json_string(json.dumps(params))
    try:
        response = getattr(client, action)(request)
        result = {"code": "OK", "response": json.loads(response.to_json_string())}
    except TencentCloudSDKException as e:
        result = {"code": e.get_code(), "message": e.get_message()}
    print(json.dumps(dict(result, service=service, action=action, host=client._get_endpoint())), flush=True)
