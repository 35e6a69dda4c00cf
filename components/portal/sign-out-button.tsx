"use client";

import { useActionState } from "react";
import { emptySimpleState, type SimpleFormState } from "@/lib/auth/form-state";
import { CsrfField } from "./csrf-field";
import { FormError } from "./form-feedback";
import { secondaryButtonClass } from "./styles";
import { SubmitButton } from "./submit-button";

type SignOutButtonProps = { csrfToken: string; action: (state: SimpleFormState, formData: FormData) => Promise<SimpleFormState> };

export function SignOutButton({ csrfToken, action }: SignOutButtonProps) {
  const [state, formAction] = useActionState(action, emptySimpleState);
  return (
    <form action={formAction} data-testid="sign-out-form" className="flex flex-col items-start gap-2">
      <CsrfField token={csrfToken} />
      <SubmitButton pendingText="Signing out…" className={secondaryButtonClass} testId="sign-out">
        Sign out
      </SubmitButton>
      <FormError message={state.error} />
    </form>
  );
}
