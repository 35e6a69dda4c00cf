"use client";

import { useActionState, useId } from "react";
import { emptyIssueState, type IssueFormState } from "@/lib/auth/form-state";
import { CsrfField } from "./csrf-field";
import { FormError } from "./form-feedback";
import { textValue } from "./form-values";
import { IssuedSecretPanel } from "./issued-secret";
import { inputClass, labelClass } from "./styles";
import { SubmitButton } from "./submit-button";

type RotateKeyFormProps = {
  keyId: string;
  csrfToken: string;
  /** Why the key cannot be rotated (already rotated, revoked, expired), or null when it can. */
  blockedReason: string | null;
  action: (state: IssueFormState, formData: FormData) => Promise<IssueFormState>;
};

// Stays mounted after a rotation (when the form itself gives way to blockedReason) so the new key stays visible.
export function RotateKeyForm({ keyId, csrfToken, blockedReason, action }: RotateKeyFormProps) {
  const [state, formAction] = useActionState(action, emptyIssueState);
  const id = useId();
  return (
    <div>
      {blockedReason ? (
        <p className="text-sm text-muted" data-testid="rotate-blocked">
          {blockedReason}
        </p>
      ) : (
        <form action={formAction} data-testid="rotate-form" className="space-y-3">
          <CsrfField token={csrfToken} />
          <input type="hidden" name="keyId" value={keyId} />
          <div className="sm:w-64">
            <label htmlFor={`${id}-grace`} className={labelClass}>
              Grace period (hours)
            </label>
            <input
              id={`${id}-grace`}
              name="graceHours"
              type="number"
              min={0}
              max={168}
              step="any"
              required
              defaultValue={textValue(state.values, "graceHours", "1")}
              aria-describedby={`${id}-grace-help`}
              className={inputClass}
            />
            <p id={`${id}-grace-help`} className="mt-1 text-sm text-muted">
              How long the old key keeps working beside the new one: 0 revokes it at once, at most 168 (7 days).
            </p>
          </div>
          <FormError message={state.error} />
          <SubmitButton pendingText="Rotating…">Rotate key</SubmitButton>
        </form>
      )}
      {state.issued ? <IssuedSecretPanel issued={state.issued} /> : null}
    </div>
  );
}
