// Shown on /docs: how a client signs a request, in plain Node (no SDK needed).
export const signingExample = `import { createHash, createHmac, randomBytes } from "node:crypto";

const key = process.env.BURNWATCH_KEY;            // bw_live_…
const signingSecret = process.env.BURNWATCH_SIGNING_SECRET; // bws_…

async function signedFetch(method, url, body = "") {
  const { pathname, searchParams } = new URL(url);
  const query = [...searchParams]
    .map(([k, v]) => [encode(k), encode(v)])
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => \`\${k}=\${v}\`)
    .join("&");
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const nonce = randomBytes(16).toString("hex");
  const bodyHash = createHash("sha256").update(body).digest("hex");
  const stringToSign = ["v1", timestamp, nonce, method.toUpperCase(), pathname, query, bodyHash].join("\\n");
  const signature = createHmac("sha256", signingSecret).update(stringToSign).digest("hex");
  return fetch(url, {
    method,
    body: body || undefined,
    headers: {
      authorization: \`Bearer \${key}\`,
      "content-type": "application/json",
      "x-bw-timestamp": timestamp,
      "x-bw-nonce": nonce,
      "x-bw-signature": \`v1=\${signature}\`,
    },
  });
}

// RFC 3986: encodeURIComponent leaves !'()* alone; the signature needs them escaped.
const encode = (text) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());

const response = await signedFetch("POST", "http://localhost:3000/api/v1/keys/KEYID/rotate", JSON.stringify({ graceSeconds: 86400 }));
console.log(response.status, await response.json());`;
