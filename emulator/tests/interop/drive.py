"""Drives a tc3 emulator with the official Tencent Cloud Python SDK (international edition).

Usage: drive.py HOST:PORT SECRET_ID SECRET_KEY. Prints one JSON object per case:
{"case": ..., "code": "OK" or the error code, "request_id": ...}.
"""
import json
import sys
import time
import urllib.request

from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.intlpartnersmgt.v20220928 import intlpartnersmgt_client, models

host, secret_id, secret_key = sys.argv[1:4]


def client(sid=secret_id, key=secret_key, method="POST", sign=None, unsigned_payload=False):
    profile = ClientProfile(signMethod=sign, httpProfile=HttpProfile(protocol="http", endpoint=host, reqMethod=method))
    profile.unsignedPayload = unsigned_payload
    return intlpartnersmgt_client.IntlpartnersmgtClient(credential.Credential(sid, key), "", profile)


def run(case, action, params, c=None):
    c = c or client()
    request = getattr(models, action + "Request")()
    request.from_json_string(json.dumps(params))
    try:
        response = getattr(c, action)(request)
        result = {"case": case, "code": "OK", "request_id": response.RequestId,
                  "response": json.loads(response.to_json_string())}
    except TencentCloudSDKException as e:
        result = {"case": case, "code": e.get_code(), "request_id": e.get_request_id()}
    print(json.dumps(result), flush=True)
    return result


run("countries", "GetCountryCodes", {})
run("send code", "SendVerifyCode", {"CountryCode": "852", "PhoneNum": "52345678"})
inbox = json.load(urllib.request.urlopen("http://%s/_emulator/inbox" % host))
code = [m["code"] for m in inbox["messages"] if m["to"] == "+852 52345678"][-1]
created = run("create account", "CreateAccount", {
    "AccountType": "company", "Mail": "py@sdk.example", "Password": "Pyth0n!sdk", "ConfirmPassword": "Pyth0n!sdk",
    "PhoneNum": "52345678", "CountryCode": "852", "Area": "HK", "VerifyCode": code,
    "TradeOne": "kghy_01", "TradeTwo": "kghy_0101"})
uin = int(created["response"]["Uin"])
run("allocate credit", "AllocateCustomerCredit", {"ClientUin": uin, "AddedCredit": 12.34})
run("query credit", "QueryCustomersCredit", {"FilterType": "ClientUin", "Filter": str(uin)})
run("get countries", "GetCountryCodes", {}, client(method="GET"))
run("get credit by uins", "QueryCreditByUinList", {"UinList": [uin]}, client(method="GET"))
run("unsigned payload", "QueryCreditByUinList", {"UinList": [uin]}, client(unsigned_payload=True))
run("v1 HmacSHA1 form", "QueryCreditByUinList", {"UinList": [uin]}, client(sign="HmacSHA1"))
run("v1 HmacSHA256 GET", "GetCountryCodes", {}, client(method="GET", sign="HmacSHA256"))
run("v1 wrong key", "GetCountryCodes", {}, client(key="tampered-" + secret_key, sign="HmacSHA256"))
run("bill summary", "DescribeBillSummary", {"Month": time.strftime("%Y-%m", time.gmtime()), "GroupType": "product"})
run("refused area", "SendVerifyCode", {"CountryCode": "86", "PhoneNum": "13800000000"})
run("too soon", "SendVerifyCode", {"CountryCode": "852", "PhoneNum": "52345678"})
run("wrong key", "GetCountryCodes", {}, client(key="tampered-" + secret_key))
run("unknown id", "GetCountryCodes", {}, client(sid="AKIDnobodyknowsthis"))

# Sign as a machine whose clock is ten minutes behind.
real_time = time.time
time.time = lambda: real_time() - 600
run("old timestamp", "GetCountryCodes", {})
time.time = real_time
