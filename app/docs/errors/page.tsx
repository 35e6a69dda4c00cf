import type { Metadata } from "next";
import { DocSection } from "@/components/docs/doc-section";
import { PageHeading } from "@/components/ui/page-heading";
import { problemCatalog, type ProblemCode } from "@/lib/api/problem";

export const metadata: Metadata = { title: "API errors", description: "Every problem type the Burnwatch API answers with, and what to do about it." };

const advice: Record<ProblemCode, string> = {
  invalid_request: "A query parameter or the body cannot be read; the detail and the parameter field name it.",
  invalid_token: "No key, or a key that is malformed, unknown, wrong or revoked. The answer is the same for all of them on purpose.",
  key_expired: "The key was right but its time ran out (its own expiry, or the end of a rotation's grace window). Use its successor.",
  invalid_signature: "A state-changing request lacked a valid X-BW-Timestamp, X-BW-Nonce or X-BW-Signature, or the signature does not match.",
  replay_detected: "The nonce was already used within the signature window. Send every request with a new nonce.",
  insufficient_scope: "The key lacks the scope named in required_scope.",
  origin_not_allowed: "The key is restricted to other origins or address ranges.",
  forbidden: "The key may not do this at all (a publishable key changing something, a test key touching live keys).",
  not_found: "No such resource for this key. Another client's keys are not found either.",
  method_not_allowed: "The route does not take this method.",
  conflict: "The request conflicts with the current state (for example the 10 active keys a client may hold, or rotating a revoked key).",
  payload_too_large: "The body is over the API's limit of 64 KiB; nothing was read beyond it.",
  unprocessable: "The body is well-formed but a value is out of range; the parameter field names it.",
  rate_limited: "A rate limit was exceeded; wait Retry-After seconds. The policy field names the limit.",
  internal_error: "Our fault. Quote the request_id when you report it.",
  unavailable: "A store the request needs cannot be reached; nothing was changed. Retry after Retry-After seconds.",
};

export default function ErrorsPage() {
  return (
    <>
      <PageHeading title="API errors" lead="Each problem type of the API, its status, and what to do. A problem's type field links here." />
      {(Object.keys(problemCatalog) as ProblemCode[]).map((code) => (
        <DocSection key={code} id={code.replace(/_/g, "-")} title={`${problemCatalog[code].status} ${problemCatalog[code].title}`}>
          <p><code>/docs/errors#{code.replace(/_/g, "-")}</code></p>
          <p>{advice[code]}</p>
        </DocSection>
      ))}
    </>
  );
}
