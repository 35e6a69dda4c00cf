import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { formatUtc } from "@/components/portal/format-time";
import { KeyStatusBadge } from "@/components/portal/key-status-badge";
import { RevokeKeyForm } from "@/components/portal/revoke-key-form";
import { RotateKeyForm } from "@/components/portal/rotate-key-form";
import { RotationChain } from "@/components/portal/rotation-chain";
import { linkClass } from "@/components/portal/styles";
import { UsageChart } from "@/components/portal/usage-chart";
import { buildUsageSeries } from "@/components/portal/usage-series";
import { UsageTable } from "@/components/portal/usage-table";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import type { KeyView } from "@/lib/keys/key-record";
import { getKeyDetailsFor, usageFor } from "@/lib/auth/portal";
import { requireUser } from "@/lib/auth/sessions";
import { toUtcDay } from "@/lib/days/utc-day";
import { revokeKeyAction, rotateKeyAction } from "../../../_actions/key-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API key", robots: { index: false } };

const USAGE_DAYS = 30;

function rotationBlockedReason(key: KeyView): string | null {
  if (key.status === "revoked" || key.status === "expired") return `This key is ${key.status} and cannot be rotated; create a new key instead.`;
  if (key.graceStartedAt) return "This key was already rotated: rotate its newest version instead (see the versions above).";
  return null;
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

export default async function KeyPage({ params }: { params: Promise<{ keyId: string }> }) {
  const user = await requireUser();
  const { keyId } = await params;
  // Someone else's key and a key that does not exist look the same: a plain 404.
  const details = await getKeyDetailsFor(user, keyId);
  if (!details) notFound();
  const { key, chain } = details;
  const days = buildUsageSeries(await usageFor(user, [key.keyId], USAGE_DAYS), toUtcDay(new Date()), USAGE_DAYS);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/portal" className={linkClass}>
          ← Clients and keys
        </Link>
      </p>
      <PageHeading title={key.name} lead={`Client “${details.clientName}”${details.ownerEmail && user.role === "admin" ? `, owned by ${details.ownerEmail}` : ""}.`} />
      <div className="space-y-6" data-testid="key-details" data-key-id={key.keyId}>
        <Card>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4">
            <Detail label="Key id">
              <code className="break-all font-mono">{key.keyId}</code>
            </Detail>
            <Detail label="Status">
              <KeyStatusBadge status={key.status} />
            </Detail>
            <Detail label="Kind / environment">
              {key.kind} · {key.environment}
            </Detail>
            <Detail label="Hint">
              <code className="font-mono">{key.hint}</code>
            </Detail>
            <Detail label="Scopes">{key.scopes.join(", ")}</Detail>
            <Detail label="Version">v{key.version}</Detail>
            <Detail label={key.status === "grace" ? "Works until" : "Expires"}>{formatUtc(key.revokedAt ?? key.expiresAt, "never")}</Detail>
            <Detail label="Last used">{formatUtc(key.lastUsedAt)}</Detail>
          </dl>
        </Card>

        <section aria-labelledby="usage-heading" className="space-y-3">
          <h2 id="usage-heading" className="text-lg font-semibold">
            Usage
          </h2>
          <UsageChart days={days} />
          <UsageTable days={days} />
        </section>

        <section aria-labelledby="versions-heading" className="space-y-3">
          <h2 id="versions-heading" className="text-lg font-semibold">
            Versions
          </h2>
          <RotationChain chain={chain} currentKeyId={key.keyId} />
        </section>

        <Card title="Rotate">
          <p className="mb-3 text-sm text-muted">Rotation makes a new key with the same scopes and expiry; the old one keeps working for the grace period so you can switch without downtime.</p>
          <RotateKeyForm keyId={key.keyId} csrfToken={user.csrfToken} blockedReason={rotationBlockedReason(key)} action={rotateKeyAction} />
        </Card>

        <Card title="Revoke">
          <RevokeKeyForm keyId={key.keyId} csrfToken={user.csrfToken} revoked={key.status === "revoked"} action={revokeKeyAction} />
        </Card>
      </div>
    </>
  );
}
