import type { Metadata } from "next";
import { CreateClientForm } from "@/components/portal/create-client-form";
import { CreateKeyForm } from "@/components/portal/create-key-form";
import { KeyList } from "@/components/portal/key-list";
import { totalsByKey } from "@/components/portal/usage-series";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { alertsFor, listClientsFor, usageFor } from "@/lib/auth/portal";
import { requireUser } from "@/lib/auth/sessions";
import { scopeNames } from "@/lib/keys/scopes";
import { createClientAction, createKeyAction } from "../_actions/key-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API clients and keys", robots: { index: false } };

export default async function PortalPage() {
  const user = await requireUser();
  const clients = await listClientsFor(user);
  const keys = clients.flatMap((client) => client.keys);
  const [usage, alerts] = await Promise.all([usageFor(user, keys.map((key) => key.keyId)), alertsFor(keys)]);
  const requests = totalsByKey(usage);
  const admin = user.role === "admin";
  return (
    <>
      <PageHeading
        title="API clients and keys"
        lead={admin ? "As an admin you see every client and key, whoever owns them." : "A client is one application of yours; each holds up to 10 active keys. Keys are shown once, when they are made."}
      />
      {alerts.length > 0 ? (
        <section aria-labelledby="alerts-heading" data-testid="key-alerts" className="mb-6 rounded-lg border border-accent bg-card p-4">
          <h2 id="alerts-heading" className="text-base font-semibold">Needs attention</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {alerts.map((alert) => (
              <li key={`${alert.kind}-${alert.keyId}`} data-alert-kind={alert.kind}>
                {alert.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Card title="New client" className="mb-6">
        <CreateClientForm csrfToken={user.csrfToken} action={createClientAction} />
      </Card>
      {clients.length === 0 ? (
        <p className="text-sm text-muted" data-testid="no-clients">
          No clients yet: create one above, then add a key to it.
        </p>
      ) : (
        <div className="space-y-6">
          {clients.map((client) => (
            <section key={client.id} data-testid="client-card" data-client-name={client.name} aria-labelledby={`client-${client.id}`} className="rounded-lg border border-border bg-card p-4">
              <h2 id={`client-${client.id}`} className="text-lg font-semibold">
                {client.name}
              </h2>
              {admin ? <p className="text-sm text-muted">Owner: {client.ownerEmail ?? "operators"}</p> : null}
              <div className="mt-3">
                <KeyList keys={client.keys} requests={requests} />
              </div>
              {/* Always rendered (not folded away) so that the key it shows once cannot be hidden by a re-render. */}
              <div className="mt-4 border-t border-border pt-4">
                <h3 className="mb-2 text-sm font-semibold">New key for {client.name}</h3>
                <CreateKeyForm clientId={client.id} clientName={client.name} csrfToken={user.csrfToken} scopes={scopeNames} action={createKeyAction} />
              </div>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
