"use client";

import { useActionState } from "react";
import { emptySimpleState, type SimpleFormState } from "@/lib/auth/form-state";
import { CsrfField } from "./csrf-field";
import { FormError, FormNotice } from "./form-feedback";
import { dangerButtonClass } from "./styles";
import { SubmitButton } from "./submit-button";

type RevokeKeyFormProps = {
  keyId: string;
  csrfToken: string;
  revoked: boolean;
  action: (state: SimpleFormState, formData: FormData) => Promise<SimpleFormState>;
};

/**
 * Revocation cannot be undone, so it takes two steps: open the section, tick the box. The server checks the box
 * too (lib/auth/form-schemas.ts), and <details> works without JavaScript.
 */
export function RevokeKeyForm({ keyId, csrfToken, revoked, action }: RevokeKeyFormProps) {
  const [state, formAction] = useActionState(action, emptySimpleState);
  return (
    <div className="space-y-3">
      <FormNotice message={state.notice} />
      {revoked ? (
        <p className="text-sm text-muted">This key is revoked: every request made with it is refused.</p>
      ) : (
        <details data-testid="revoke-section" className="rounded-md border border-red-700/40 p-3">
          <summary className="cursor-pointer text-sm font-semibold text-red-700 dark:text-red-400">Revoke this key…</summary>
          <form action={formAction} data-testid="revoke-form" className="mt-3 space-y-3">
            <CsrfField token={csrfToken} />
            <input type="hidden" name="keyId" value={keyId} />
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="confirm" value="yes" required className="mt-0.5 size-4 shrink-0" />
              <span>I understand: every request with this key is refused from now on, and this cannot be undone.</span>
            </label>
            <FormError message={state.error} />
            <SubmitButton pendingText="Revoking…" className={dangerButtonClass}>
              Revoke key now
            </SubmitButton>
          </form>
        </details>
      )}
    </div>
  );
}
