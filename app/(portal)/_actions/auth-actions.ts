"use server";

import { redirect } from "next/navigation";
import { readRequestMeta, verifyCsrf, CSRF_REFUSED } from "@/lib/auth/csrf";
import type { AuthFormState, SimpleFormState } from "@/lib/auth/form-state";
import { createSession, destroySession, getCurrentUser } from "@/lib/auth/sessions";
import { signIn, signUp, type AuthOutcome } from "@/lib/auth/users";
import { readText, runSafely } from "./run-safely";

async function authenticate(formData: FormData, attempt: (email: string, password: string, meta: { ip: string; userAgent: string | null }) => Promise<AuthOutcome>): Promise<AuthFormState> {
  const email = readText(formData, "email");
  const outcome = await runSafely<AuthOutcome>(
    async () => {
      const result = await attempt(email, readText(formData, "password"), await readRequestMeta());
      if (result.ok) await createSession(result.userId);
      return result;
    },
    (error) => ({ ok: false, error }),
  );
  // The password is not echoed back: the field comes back empty, the email as typed.
  if (!outcome.ok) return { error: outcome.error, email: email.slice(0, 254) };
  redirect("/portal");
}

export async function signUpAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  return authenticate(formData, (email, password, meta) => signUp(email, password, meta));
}

export async function signInAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  return authenticate(formData, (email, password, meta) => signIn(email, password, meta.ip, { userAgent: meta.userAgent }));
}

export async function signOutAction(_previous: SimpleFormState, formData: FormData): Promise<SimpleFormState> {
  const user = await getCurrentUser();
  if (user) {
    if (!verifyCsrf(user, formData)) return { error: CSRF_REFUSED, notice: null, values: {} };
    await destroySession();
  }
  redirect("/signin");
}
