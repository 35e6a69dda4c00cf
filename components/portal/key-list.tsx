import Link from "next/link";
import type { ReactNode } from "react";
import type { KeyView } from "@/lib/keys/key-record";
import { formatUtc } from "./format-time";
import { KeyStatusBadge } from "./key-status-badge";
import { linkClass } from "./styles";

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-sm" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** A client's keys as cards rather than a wide table, so that nothing scrolls sideways at 375 px. */
export function KeyList({ keys, requests }: { keys: KeyView[]; requests: Record<string, number> }) {
  if (keys.length === 0) return <p className="text-sm text-muted">No keys yet.</p>;
  return (
    <ul data-testid="key-list" className="space-y-2">
      {keys.map((key) => (
        <li key={key.keyId} data-testid="key-row" data-key-id={key.keyId} className="rounded-md border border-border p-3">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/portal/keys/${key.keyId}`} className={`${linkClass} font-semibold`}>
              {key.name}
            </Link>
            <span className="text-xs text-muted">v{key.version}</span>
            <KeyStatusBadge status={key.status} />
          </div>
          <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-4">
            <Field label="Key id">
              <code className="break-all font-mono">{key.keyId}</code>
            </Field>
            <Field label="Kind / environment">
              {key.kind} · {key.environment}
            </Field>
            <Field label="Hint">
              <code className="font-mono">{key.hint}</code>
            </Field>
            <Field label="Scopes">{key.scopes.join(", ")}</Field>
            <Field label={key.status === "grace" ? "Works until" : "Expires"}>{formatUtc(key.revokedAt ?? key.expiresAt, "never")}</Field>
            <Field label="Last used">{formatUtc(key.lastUsedAt)}</Field>
            <Field label="Requests, 30 days" testId="key-requests">
              {requests[key.keyId] ?? 0}
            </Field>
            <Field label="Created">{formatUtc(key.createdAt)}</Field>
          </dl>
        </li>
      ))}
    </ul>
  );
}
