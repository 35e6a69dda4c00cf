"use client";

import { useState } from "react";
import type { IssuedSecret } from "@/lib/auth/form-state";
import { formatUtc } from "./format-time";
import { secondaryButtonClass } from "./styles";

function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Without clipboard access the text stays selectable (select-all) for a manual copy.
      setCopied(false);
    }
  }
  return (
    <button type="button" onClick={copy} className={`${secondaryButtonClass} shrink-0`} aria-label={`Copy ${label}`}>
      {copied ? "Copied" : "Copy"}
    </button>
  );
}

function SecretLine({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <dt className="text-sm font-medium">{label}</dt>
      <dd className="mt-1 flex items-start gap-2">
        <code data-testid={testId} className="block min-w-0 flex-1 select-all break-all rounded-md border border-border bg-background px-2 py-1.5 font-mono text-sm">
          {value}
        </code>
        <CopyButton value={value} label={label} />
      </dd>
    </div>
  );
}

/**
 * Shows a new key and its signing secret once, from the action's answer. Neither is stored in clear anywhere, so
 * after "I have stored them" (or leaving the page) they cannot be shown again.
 */
export function IssuedSecretPanel({ issued }: { issued: IssuedSecret }) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (dismissed === issued.keyId) return null;
  return (
    <section aria-label="Your new API key" data-testid="issued-secret" className="mt-4 space-y-3 rounded-lg border-2 border-accent bg-card p-4">
      <h3 className="text-base font-semibold">Copy your new key now</h3>
      <p className="text-sm font-semibold" data-testid="shown-once-warning">
        This is the only time the key and its signing secret are shown: Burnwatch keeps only a hash of the key and a
        sealed copy of the secret. Store both in your secret manager before leaving this page.
      </p>
      <dl className="space-y-3">
        <div>
          <dt className="text-sm font-medium">Key id (public)</dt>
          <dd>
            <code data-testid="new-key-id" className="font-mono text-sm">
              {issued.keyId}
            </code>{" "}
            <span className="text-sm text-muted">· {issued.name}</span>
          </dd>
        </div>
        <SecretLine label="API key" value={issued.key} testId="new-key" />
        {issued.signingSecret ? <SecretLine label="Signing secret" value={issued.signingSecret} testId="new-signing-secret" /> : null}
      </dl>
      {issued.previous ? (
        <p className="text-sm" data-testid="old-key-until">
          {issued.previous.worksUntil
            ? `The old key ${issued.previous.keyId} keeps working until ${formatUtc(issued.previous.worksUntil)}; move your clients to the new key before then.`
            : `The old key ${issued.previous.keyId} was revoked at once.`}
        </p>
      ) : null}
      <button type="button" onClick={() => setDismissed(issued.keyId)} className={secondaryButtonClass}>
        I have stored them
      </button>
    </section>
  );
}
