"""The official Python SDK's side of run.sh: signing cost and calls per second.

    python_sdk.py sign <n>
    python_sdk.py calls <url> <in_flight> <seconds>     (one thread and client per call in flight)
"""

import sys
import threading
import time

from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.credential import Credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

PARAMS = {"CountryCode": "852", "PhoneNum": "18888888888"}
CRED = Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")


def client(endpoint, scheme):
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=endpoint, protocol=scheme, keepAlive=True))
    profile.disable_region_breaker = True
    return CommonClient("intlpartnersmgt", "2022-09-28", CRED, "", profile)


def sign(n):
    c = client("intlpartnersmgt.intl.tencentcloudapi.com", "https")
    started = time.perf_counter()
    for _ in range(n):
        req = RequestInternal("intlpartnersmgt.intl.tencentcloudapi.com", "POST", "/")
        c._build_req_with_tc3_signature("SendVerifyCode", PARAMS, req)
    print("%.3f" % ((time.perf_counter() - started) * 1e6 / n))


def calls(url, in_flight, seconds):
    endpoint = url.split("://", 1)[1]
    deadline = time.perf_counter() + seconds
    counts = [0] * in_flight

    def work(i):
        c = client(endpoint, "http")
        while time.perf_counter() < deadline:
            c.call_json("SendVerifyCode", PARAMS)
            counts[i] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=work, args=(i,)) for i in range(in_flight)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("%.0f" % (sum(counts) / (time.perf_counter() - started)))


if __name__ == "__main__":
    if sys.argv[1] == "sign":
        sign(int(sys.argv[2]))
    else:
        calls(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))
