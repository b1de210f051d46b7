// Verifies requests Annota sent with the official Standard Webhooks library (standardwebhooks on npm).
// Usage: node verify.mjs <file.json>, the file holding {"secret": "whsec_...", "requests": [{"id", "timestamp",
// "signature", "body"}]}. Prints one line per request: "ok <type>" with the body's event type, or "refused <reason>";
// the exit code is 0 only when every request verified.
import { readFileSync } from "node:fs";
import { Webhook } from "standardwebhooks";

const input = JSON.parse(readFileSync(process.argv[2], "utf8"));
const webhook = new Webhook(input.secret);
let failures = 0;
for (const r of input.requests) {
  try {
    const payload = webhook.verify(r.body, {
      "webhook-id": r.id,
      "webhook-timestamp": r.timestamp,
      "webhook-signature": r.signature,
    });
    console.log("ok " + payload.type);
  } catch (e) {
    failures++;
    console.log("refused " + e.message);
  }
}
process.exit(failures === 0 ? 0 : 1);
