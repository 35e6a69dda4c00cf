"use client";

import { useActionState, useId } from "react";
import { emptyIssueState, type IssueFormState } from "@/lib/auth/form-state";
import { CsrfField } from "./csrf-field";
import { FormError } from "./form-feedback";
import { listValue, textValue } from "./form-values";
import { IssuedSecretPanel } from "./issued-secret";
import { inputClass, labelClass } from "./styles";
import { SubmitButton } from "./submit-button";

type CreateKeyFormProps = {
  clientId: number;
  clientName: string;
  csrfToken: string;
  scopes: readonly string[];
  action: (state: IssueFormState, formData: FormData) => Promise<IssueFormState>;
};

export function CreateKeyForm({ clientId, clientName, csrfToken, scopes, action }: CreateKeyFormProps) {
  const [state, formAction] = useActionState(action, emptyIssueState);
  const id = useId();
  const chosen = listValue(state.values, "scopes");
  return (
    <div>
      <form action={formAction} data-testid="create-key-form" aria-label={`New key for ${clientName}`} className="space-y-3">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="clientId" value={clientId} />
        <div className="grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor={`${id}-name`} className={labelClass}>
              Key name
            </label>
            <input id={`${id}-name`} name="name" required maxLength={80} placeholder="production server" defaultValue={textValue(state.values, "name")} className={inputClass} />
          </div>
          {/* Radios rather than a <select>: React re-applies defaultChecked when it resets a refused form, but not a
              select's defaultValue, and the person's choice must survive a refusal. */}
          <fieldset>
            <legend className={labelClass}>Environment</legend>
            <div className="flex gap-4 py-2">
              {(["live", "test"] as const).map((environment) => (
                <label key={environment} className="inline-flex items-center gap-1.5 text-sm">
                  <input type="radio" name="environment" value={environment} defaultChecked={textValue(state.values, "environment", "live") === environment} className="size-4 accent-[var(--accent)]" />
                  {environment}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor={`${id}-expiry`} className={labelClass}>
              Expires after (days)
            </label>
            <input id={`${id}-expiry`} name="expiresInDays" type="number" min={1} max={3650} step={1} inputMode="numeric" placeholder="never" defaultValue={textValue(state.values, "expiresInDays")} className={inputClass} />
          </div>
        </div>
        <fieldset>
          <legend className={labelClass}>Scopes</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {scopes.map((scope) => (
              <label key={scope} className="inline-flex items-center gap-1.5 text-sm">
                <input type="checkbox" name="scopes" value={scope} defaultChecked={chosen.includes(scope)} className="size-4 accent-[var(--accent)]" />
                <code className="font-mono">{scope}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <FormError message={state.error} />
        <SubmitButton pendingText="Creating key…">Create key</SubmitButton>
      </form>
      {state.issued ? <IssuedSecretPanel issued={state.issued} /> : null}
    </div>
  );
}
