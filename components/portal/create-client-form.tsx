"use client";

import { useActionState, useId } from "react";
import { emptySimpleState, type SimpleFormState } from "@/lib/auth/form-state";
import { CsrfField } from "./csrf-field";
import { FormError, FormNotice } from "./form-feedback";
import { textValue } from "./form-values";
import { inputClass, labelClass } from "./styles";
import { SubmitButton } from "./submit-button";

type CreateClientFormProps = { csrfToken: string; action: (state: SimpleFormState, formData: FormData) => Promise<SimpleFormState> };

export function CreateClientForm({ csrfToken, action }: CreateClientFormProps) {
  const [state, formAction] = useActionState(action, emptySimpleState);
  const id = useId();
  return (
    <form action={formAction} data-testid="create-client-form" className="space-y-3">
      <CsrfField token={csrfToken} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="sm:w-80">
          <label htmlFor={`${id}-name`} className={labelClass}>
            Client name
          </label>
          <input id={`${id}-name`} name="name" required maxLength={80} placeholder="My trading dashboard" defaultValue={textValue(state.values, "name")} className={inputClass} />
        </div>
        <SubmitButton pendingText="Creating…">Create client</SubmitButton>
      </div>
      <FormError message={state.error} />
      <FormNotice message={state.notice} />
    </form>
  );
}
