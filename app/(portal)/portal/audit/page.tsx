import type { Metadata } from "next";
import { AuditTable } from "@/components/portal/audit-table";
import { PageHeading } from "@/components/ui/page-heading";
import { auditFor } from "@/lib/auth/portal";
import { requireUser } from "@/lib/auth/sessions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

export default async function AuditPage() {
  const user = await requireUser();
  const events = await auditFor(user);
  return (
    <>
      <PageHeading
        title="Audit log"
        lead={user.role === "admin" ? "Every security-relevant event, newest first." : "Events of your clients and keys, newest first: created, rotated, revoked, failed authentications, use during grace and exceeded limits."}
      />
      <AuditTable events={events} />
    </>
  );
}
