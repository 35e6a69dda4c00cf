// What the portal's Server Actions hand back to their forms. Types only: shared by the actions (server) and the
// forms (client). Values are echoed so that a refused form comes back filled in; passwords never are.

export type AuthFormState = { error: string | null; email: string };

export type FormValues = Record<string, string | string[]>;

export type SimpleFormState = { error: string | null; notice: string | null; values: FormValues };

/** A key and signing secret shown once, straight from the action's answer: never in a URL, cookie or store. */
export type IssuedSecret = {
  key: string;
  signingSecret: string | null;
  keyId: string;
  name: string;
  /** For a rotation: the key that was replaced and until when it keeps working (null: refused at once). */
  previous?: { keyId: string; status: string; worksUntil: string | null };
};

export type IssueFormState = SimpleFormState & { issued: IssuedSecret | null };

export const emptyAuthState: AuthFormState = { error: null, email: "" };
export const emptySimpleState: SimpleFormState = { error: null, notice: null, values: {} };
export const emptyIssueState: IssueFormState = { error: null, notice: null, values: {}, issued: null };
