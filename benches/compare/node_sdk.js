// The official Node SDK's side of run.sh: signing cost and calls per second.
//
//   node node_sdk.js sign <n>
//   node node_sdk.js calls <url> <in_flight> <seconds>
"use strict";
const { CommonClient } = require("tencentcloud-sdk-nodejs-common");
const Sign = require("tencentcloud-sdk-nodejs-common/tencentcloud/common/sign").default;

const PARAMS = { CountryCode: "852", PhoneNum: "18888888888" };
const credential = { secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", secretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE" };

function sign(n) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    Sign.sign3({
      method: "POST",
      url: "https://intlpartnersmgt.intl.tencentcloudapi.com/",
      payload: PARAMS,
      timestamp: 1700000000 + i,
      service: "intlpartnersmgt",
      secretId: credential.secretId,
      secretKey: credential.secretKey,
      headers: { "Content-Type": "application/json" },
    });
  }
  console.log((Number(process.hrtime.bigint() - started) / 1000 / n).toFixed(3));
}

async function calls(url, inFlight, seconds) {
  const endpoint = url.split("://")[1];
  const client = new CommonClient(endpoint, "2022-09-28", {
    credential,
    region: "",
    profile: { httpProfile: { protocol: "http://", endpoint } },
  });
  const deadline = Date.now() + seconds * 1000;
  let done = 0;
  const started = process.hrtime.bigint();
  async function worker() {
    while (Date.now() < deadline) {
      await client.request("SendVerifyCode", PARAMS);
      done += 1;
    }
  }
  await Promise.all(Array.from({ length: inFlight }, worker));
  console.log((done / (Number(process.hrtime.bigint() - started) / 1e9)).toFixed(0));
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "sign") sign(Number(rest[0]));
else calls(rest[0], Number(rest[1]), Number(rest[2])).catch((e) => { console.error(e); process.exit(1); });
