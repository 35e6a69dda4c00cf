import Link from "next/link";
import type { KeyView } from "@/lib/keys/key-record";
import { formatUtc } from "./format-time";
import { KeyStatusBadge } from "./key-status-badge";
import { linkClass } from "./styles";

function describeLife(key: KeyView): string {
  if (key.status === "revoked") return `revoked ${formatUtc(key.revokedAt)}`;
  if (key.status === "grace") return `works until ${formatUtc(key.expiresAt)}`;
  if (key.status === "expired") return `expired ${formatUtc(key.expiresAt)}`;
  return key.expiresAt ? `expires ${formatUtc(key.expiresAt)}` : "no expiry";
}

/** Every version of this key, oldest first, so the person can see which one their clients should be using. */
export function RotationChain({ chain, currentKeyId }: { chain: KeyView[]; currentKeyId: string }) {
  return (
    <ol data-testid="rotation-chain" className="space-y-2">
      {chain.map((key) => {
        const current = key.keyId === currentKeyId;
        return (
          <li key={key.keyId} data-testid="chain-link" data-key-id={key.keyId} data-current={current} className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border p-2 text-sm ${current ? "border-accent" : "border-border"}`}>
            <span className="font-semibold">v{key.version}</span>
            {current ? (
              <code className="break-all font-mono">{key.keyId}</code>
            ) : (
              <Link href={`/portal/keys/${key.keyId}`} className={`${linkClass} break-all font-mono`}>
                {key.keyId}
              </Link>
            )}
            <KeyStatusBadge status={key.status} />
            <span className="text-muted" data-testid="chain-life">
              {describeLife(key)}
            </span>
            {current ? <span className="text-xs text-muted">(this page)</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
