import type { Metadata } from "next";
import Link from "next/link";
import { CodeBlock } from "@/components/docs/code-block";
import { DocSection } from "@/components/docs/doc-section";
import { ApiReference } from "@/components/docs/api-reference";
import { PageHeading } from "@/components/ui/page-heading";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";
import { buildReferenceView } from "@/lib/api/openapi/reference-view";
import { scopeNames } from "@/lib/keys/scopes";
import { sdkExample } from "./sdk-example";
import { signingExample } from "./signing-example";

export const metadata: Metadata = {
  title: "API docs",
  description: "How to call the Burnwatch API: keys, scopes, signed requests, rotation without downtime, rate limits and errors.",
};

// The site serves the spec from the same origin; examples use the default local address the README starts.
const exampleOrigin = "http://localhost:3000";

export default function DocsPage() {
  return (
    <>
      <PageHeading title="API docs" lead="Every JSON route of Burnwatch is reached with an API key. This page says how to get one, use it, sign with it and rotate it without downtime." />
      <nav aria-label="On this page" className="max-w-3xl text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {[["keys", "Keys"], ["authenticate", "Authenticate"], ["sdk", "TypeScript SDK"], ["coingecko", "CoinGecko-compatible"], ["signing", "Signed requests"], ["rotation", "Rotation"], ["limits", "Rate limits"], ["errors", "Errors"], ["operators", "Operators' CLI"], ["reference", "Reference"]].map(([id, label]) => (
            <li key={id}><a href={`#${id}`} className="text-accent underline underline-offset-4">{label}</a></li>
          ))}
        </ul>
      </nav>

      <DocSection id="keys" title="Keys">
        <p>Sign in to the <Link href="/portal" className="text-accent underline">portal</Link>, create a client and a key, and copy it: it is shown once. Burnwatch stores only its SHA-256 hash.</p>
        <ul className="list-disc space-y-1 pl-5">
          <li><strong>Secret keys</strong> <code>bw_live_…</code> and <code>bw_test_…</code> belong on your server. Each comes with a signing secret <code>bws_…</code>, also shown once, for requests that change something. A test key never acts on live keys.</li>
          <li><strong>Publishable keys</strong> <code>bw_pk_…</code> are public by design: read-only, only from their allowed origins, limited per address too. The site’s own pages use one.</li>
          <li>Format: <code>bw_live_&lt;16-character key id&gt;_&lt;43-character secret&gt;&lt;6-character checksum&gt;</code>. The key id is public (logs, portal); the CRC32 checksum lets a key with a typo be refused at once and lets secret scanners tell real keys from look-alikes.</li>
          <li>Scopes: {scopeNames.map((scope, index) => (<span key={scope}>{index > 0 ? ", " : ""}<code>{scope}</code></span>))}. A <code>manage</code> or <code>write</code> scope implies <code>read</code> of the same resource.</li>
        </ul>
      </DocSection>

      <DocSection id="authenticate" title="Authenticate">
        <p>Send the key in the Authorization header, never in a URL:</p>
        <CodeBlock label="curl example">{`curl -H "Authorization: Bearer $BURNWATCH_KEY" "http://localhost:3000/api/v1/tokens/lunc/prices?from=2022-05-01&to=2022-05-31"`}</CodeBlock>
        <p>Unknown, revoked, malformed and wrong keys all get the same <code>401</code>; only a key whose time ran out gets <code>key-expired</code>.</p>
        <p>Reads carry an <code>ETag</code>: send it back in <code>If-None-Match</code> and an unchanged answer is a bodiless <code>304</code>. Send <code>Accept-Encoding: gzip</code> (browsers and fetch do; with curl, <code>--compressed</code>) and data reads come gzipped, about a fifth of the size, with their own ETag ending in <code>-gzip</code>; either ETag revalidates. Long series come in pages of <code>limit</code> (default 1,000): follow <code>next_cursor</code> with <code>?cursor=</code>. <code>format=csv</code> gives a header row and ISO dates.</p>
        <CodeBlock label="CSV example">{`curl -H "Authorization: Bearer $BURNWATCH_KEY" "http://localhost:3000/api/v1/tokens/lunc/burns?interval=monthly&format=csv"`}</CodeBlock>
      </DocSection>

      <DocSection id="sdk" title="TypeScript SDK">
        <p>
          <code>lib/sdk/burnwatch-client.ts</code> has one typed method per operation of the reference below (named by its operationId), with types generated from the same
          zod schemas the server parses with. It signs state-changing calls, waits out <code>429</code> and <code>503</code> for their <code>Retry-After</code>, corrects
          your clock from the server’s <code>Date</code> header when signing, and asks your key provider again when a key is refused, so a rotated key needs no restart.
        </p>
        <CodeBlock label="SDK example">{sdkExample}</CodeBlock>
      </DocSection>

      <DocSection id="coingecko" title="CoinGecko-compatible routes">
        <p>
          Tools written for CoinGecko’s API work by changing one base URL to <code>/api/coingecko/v3</code> and using a Burnwatch key in{" "}
          <code>x-cg-pro-api-key</code> or <code>x-cg-demo-api-key</code> (scope <code>prices:read</code>): <code>/ping</code>, <code>/simple/price</code>,{" "}
          <code>/coins/list</code>, <code>/coins/&#123;id&#125;</code>, <code>/coins/&#123;id&#125;/market_chart</code>, <code>/coins/&#123;id&#125;/market_chart/range</code> and{" "}
          <code>/coins/&#123;id&#125;/history</code>, with CoinGecko’s ids (<code>terra-luna</code> is LUNC, <code>terrausd</code> USTC, <code>bitcoin</code>, <code>ethereum</code>,{" "}
          <code>shiba-inu</code>) and shapes. Only <code>usd</code> is available. <code>days</code> counts back from the latest stored day, and days whose market cap or
          volume is unknown are left out of that series rather than given as 0.
        </p>
        <CodeBlock label="official client example">{`import Coingecko from "@coingecko/coingecko-typescript";

const client = new Coingecko({ proAPIKey: process.env.BURNWATCH_KEY, baseURL: "http://localhost:3000/api/coingecko/v3" });
const chart = await client.coins.marketChart.getRange("terra-luna", { vs_currency: "usd", from: "2022-05-01", to: "2022-05-31" });`}</CodeBlock>
      </DocSection>

      <DocSection id="signing" title="Signed requests">
        <p>Every request that changes state (anything but GET) carries three more headers, so a captured request cannot be replayed:</p>
        <ul className="list-disc space-y-1 pl-5">
          <li><code>X-BW-Timestamp</code>: Unix seconds. Refused when more than 60 s old or more than 5 s ahead.</li>
          <li><code>X-BW-Nonce</code>: at least 16 random bytes as hex, new for every request. A nonce seen before within the window is refused as <code>replay-detected</code>, by every server.</li>
          <li><code>X-BW-Signature</code>: <code>v1=</code> and the hex HMAC-SHA256, with the signing secret, of these lines joined by a newline: <code>v1</code>, the timestamp, the nonce, the method in capitals, the path, the query sorted and percent-encoded (RFC 3986), and the hex SHA-256 of the raw body (of the empty string when there is none). Several <code>v1=</code> values may be sent, separated by commas.</li>
        </ul>
        <CodeBlock label="Node example">{signingExample}</CodeBlock>
      </DocSection>

      <DocSection id="rotation" title="Rotation without downtime">
        <ol className="list-decimal space-y-1 pl-5">
          <li>Rotate the key (portal, <code>POST /api/v1/keys/&#123;keyId&#125;/rotate</code> with <code>&#123; &quot;graceSeconds&quot;: 86400 &#125;</code>, or the CLI). The successor keeps the old key’s client, scopes and limits, with the next version number; it is shown once.</li>
          <li>Both keys work during the grace window (at most 7 days; 0 revokes the old key at once). The old key expires at the earlier of its own expiry and the end of the grace.</li>
          <li>Deploy the new key. Usage is counted per key, and requests made with the old key during its grace window are marked, so the portal and <code>GET /api/v1/keys/&#123;keyId&#125;/usage</code> show who still uses it.</li>
          <li>When the old key’s usage stops, revoke it (or let it expire).</li>
        </ol>
        <CodeBlock label="rotation with curl">{`# signed like every state-changing call (see Signed requests): TS, NONCE and SIG as computed there
curl -X POST "http://localhost:3000/api/v1/keys/$KEY_ID/rotate" \\
  -H "Authorization: Bearer $BURNWATCH_KEY" -H "Content-Type: application/json" \\
  -H "X-BW-Timestamp: $TS" -H "X-BW-Nonce: $NONCE" -H "X-BW-Signature: v1=$SIG" \\
  -d '{"graceSeconds":86400}'
# who still uses the old key during the grace window:
curl -H "Authorization: Bearer $NEW_KEY" "http://localhost:3000/api/v1/keys/$KEY_ID/usage?days=7"`}</CodeBlock>
      </DocSection>

      <DocSection id="limits" title="Rate limits">
        <p>Per key: 20 requests in 10 s, 600 a minute (or the key’s own per-minute quota), 100,000 a day; publishable keys are also limited per address, and failed authentications are limited per address more strictly. Every answer carries the IETF fields:</p>
        <CodeBlock>{`RateLimit-Policy: "burst";q=20;w=10, "minute";q=600;w=60, "day";q=100000;w=86400
RateLimit: "burst";r=19;t=7`}</CodeBlock>
        <p>A <code>429</code> says which policy refused and carries <code>Retry-After</code> in seconds. Limits and nonces are shared by every app server (the database, or Redis when configured).</p>
      </DocSection>

      <DocSection id="errors" title="Errors">
        <CodeBlock label="error example">{`$ curl -s -H "Authorization: Bearer $BURNWATCH_KEY" "http://localhost:3000/api/v1/tokens/lunc/prices?from=2022-13-01"
{"type":"/docs/errors#invalid-request","title":"Invalid request","status":400,
 "detail":"Query parameter \\"from\\": must be an ISO date YYYY-MM-DD","instance":"/api/v1/tokens/lunc/prices",
 "request_id":"3f2b8c1e-5d6a-4e0b-9a7c-1d2e3f4a5b6c","parameter":"from"}`}</CodeBlock>
        <p>Every error is <code>application/problem+json</code> (RFC 9457) with <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code>, <code>instance</code> and <code>request_id</code>; a bad parameter is named in <code>parameter</code>. The <Link href="/docs/errors" className="text-accent underline">list of problem types</Link> says what each means.</p>
      </DocSection>

      <DocSection id="operators" title="Operators’ CLI">
        <CodeBlock>{`npm run keys -- create --client NAME --scopes prices:read,supply:read [--env live|test] [--expires-in 90d] [--rate-limit 600]
npm run keys -- rotate KEYID --grace 1h
npm run keys -- revoke KEYID
npm run keys -- list`}</CodeBlock>
        <p>A new key is the last line of the output; its signing secret is printed once above it.</p>
      </DocSection>

      <section id="reference" aria-labelledby="reference-heading" className="mt-10 max-w-4xl scroll-mt-20 space-y-3">
        <h2 id="reference-heading" className="text-xl font-semibold"><a href="#reference" className="hover:underline">Reference</a></h2>
        <p className="leading-relaxed">
          Generated from the OpenAPI 3.1 document at <a href="/api/v1/openapi.json" className="text-accent underline">/api/v1/openapi.json</a> (no key needed), which is
          itself generated from the zod schemas the routes parse with. Every example is a real answer from the bundled data.
        </p>
        <ApiReference groups={buildReferenceView(buildOpenApiDocument(), exampleOrigin)} />
      </section>
    </>
  );
}
