"use server";

import { refresh } from "next/cache";
import { CSRF_REFUSED, readRequestMeta, verifyCsrf } from "@/lib/auth/csrf";
import type { IssueFormState, SimpleFormState } from "@/lib/auth/form-state";
import { describeFormError, newKeyFormSchema, revokeFormSchema, rotateFormSchema } from "@/lib/auth/form-schemas";
import { createClientFor, createKeyFor, revokeKeyFor, rotateKeyFor } from "@/lib/auth/portal";
import { requireUser } from "@/lib/auth/sessions";
import { readText, readTexts, runSafely } from "./run-safely";

// Every action re-reads the person from the session cookie and checks the form's csrf token before anything
// else; ownership is then enforced by lib/auth/portal.ts, never by what the form claims.

export async function createClientAction(_previous: SimpleFormState, formData: FormData): Promise<SimpleFormState> {
  const user = await requireUser();
  const values = { name: readText(formData, "name") };
  if (!verifyCsrf(user, formData)) return { error: CSRF_REFUSED, notice: null, values };
  const meta = await readRequestMeta();
  return runSafely<SimpleFormState>(
    async () => {
      const client = await createClientFor(user, values.name, meta);
      refresh();
      return { error: null, notice: `Client "${client.name}" created. Add a key to it below.`, values: {} };
    },
    (error) => ({ error, notice: null, values }),
  );
}

export async function createKeyAction(_previous: IssueFormState, formData: FormData): Promise<IssueFormState> {
  const user = await requireUser();
  const values = {
    clientId: readText(formData, "clientId"),
    name: readText(formData, "name"),
    environment: readText(formData, "environment"),
    scopes: readTexts(formData, "scopes"),
    expiresInDays: readText(formData, "expiresInDays"),
  };
  const refused = (error: string): IssueFormState => ({ error, notice: null, values, issued: null });
  if (!verifyCsrf(user, formData)) return refused(CSRF_REFUSED);
  const parsed = newKeyFormSchema.safeParse(values);
  if (!parsed.success) return refused(describeFormError(parsed.error));
  const { clientId, ...input } = parsed.data;
  const meta = await readRequestMeta();
  return runSafely<IssueFormState>(async () => {
    const issued = await createKeyFor(user, clientId, input, meta);
    refresh();
    return { error: null, notice: null, values: {}, issued: { key: issued.key, signingSecret: issued.signingSecret, keyId: issued.view.keyId, name: issued.view.name } };
  }, refused);
}

export async function rotateKeyAction(_previous: IssueFormState, formData: FormData): Promise<IssueFormState> {
  const user = await requireUser();
  const values = { keyId: readText(formData, "keyId"), graceHours: readText(formData, "graceHours") };
  const refused = (error: string): IssueFormState => ({ error, notice: null, values, issued: null });
  if (!verifyCsrf(user, formData)) return refused(CSRF_REFUSED);
  const parsed = rotateFormSchema.safeParse(values);
  if (!parsed.success) return refused(describeFormError(parsed.error));
  const meta = await readRequestMeta();
  return runSafely<IssueFormState>(async () => {
    const rotated = await rotateKeyFor(user, parsed.data.keyId, Math.round(parsed.data.graceHours * 3600), meta);
    refresh();
    const previous = { keyId: rotated.previous.keyId, status: rotated.previous.status, worksUntil: rotated.previous.status === "revoked" ? null : rotated.previous.expiresAt };
    return { error: null, notice: null, values: {}, issued: { key: rotated.key, signingSecret: rotated.signingSecret, keyId: rotated.view.keyId, name: rotated.view.name, previous } };
  }, refused);
}

export async function revokeKeyAction(_previous: SimpleFormState, formData: FormData): Promise<SimpleFormState> {
  const user = await requireUser();
  const values = { keyId: readText(formData, "keyId") };
  if (!verifyCsrf(user, formData)) return { error: CSRF_REFUSED, notice: null, values };
  const parsed = revokeFormSchema.safeParse({ keyId: values.keyId, confirm: formData.get("confirm") });
  if (!parsed.success) return { error: describeFormError(parsed.error), notice: null, values };
  const meta = await readRequestMeta();
  return runSafely<SimpleFormState>(
    async () => {
      const revoked = await revokeKeyFor(user, parsed.data.keyId, meta);
      refresh();
      return { error: null, notice: `Key ${revoked.keyId} is revoked: it is refused from now on.`, values: {} };
    },
    (error) => ({ error, notice: null, values }),
  );
}
