"use client";

import { useActionState, useId } from "react";
import { emptyAuthState, type AuthFormState } from "@/lib/auth/form-state";
import { FormError } from "./form-feedback";
import { inputClass, labelClass } from "./styles";
import { SubmitButton } from "./submit-button";

type AuthFormProps = {
  mode: "signin" | "signup";
  action: (state: AuthFormState, formData: FormData) => Promise<AuthFormState>;
};

export function AuthForm({ mode, action }: AuthFormProps) {
  const [state, formAction] = useActionState(action, emptyAuthState);
  const id = useId();
  const signup = mode === "signup";
  return (
    <form action={formAction} data-testid="auth-form" className="max-w-sm space-y-4">
      <div>
        <label htmlFor={`${id}-email`} className={labelClass}>
          Email
        </label>
        <input id={`${id}-email`} name="email" type="email" autoComplete={signup ? "email" : "username"} required maxLength={254} defaultValue={state.email} className={inputClass} />
      </div>
      <div>
        <label htmlFor={`${id}-password`} className={labelClass}>
          Password
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete={signup ? "new-password" : "current-password"}
          required
          minLength={signup ? 10 : undefined}
          maxLength={200}
          aria-describedby={signup ? `${id}-password-help` : undefined}
          className={inputClass}
        />
        {signup ? (
          <p id={`${id}-password-help`} className="mt-1 text-sm text-muted">
            10 to 200 characters. A few unrelated words make a good one.
          </p>
        ) : null}
      </div>
      <FormError message={state.error} />
      <SubmitButton pendingText={signup ? "Creating account…" : "Signing in…"}>{signup ? "Create account" : "Sign in"}</SubmitButton>
    </form>
  );
}
