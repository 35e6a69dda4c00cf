import { z } from "zod";
import { scopeNames } from "@/lib/keys/scopes";
import { PASSWORD_MAX_LENGTH, passwordSchema } from "./password";

export const MAX_GRACE_HOURS = 168;
export const MAX_KEY_LIFETIME_DAYS = 3650;

// Control characters would let a name rewrite how a log line or table cell reads.
const printable = /^[^\p{Cc}]*$/u;

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address." }));

export const signUpFormSchema = z.object({ email: emailSchema, password: passwordSchema });

export const signInFormSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, "Email or password is wrong."),
});

const nameSchema = (what: string) =>
  z
    .string({ error: `Give the ${what} a name.` })
    .trim()
    .min(1, `Give the ${what} a name.`)
    .max(80, `The ${what} name may have at most 80 characters.`)
    .regex(printable, `The ${what} name may not contain control characters.`);

export const clientNameSchema = nameSchema("client");

export const keyIdSchema = z.string({ error: "No such key." }).regex(/^[0-9A-Za-z]{16}$/, "No such key.");

const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");
// Form fields arrive as text; an empty one means "none", anything else must read as a number (NaN fails below).
const blankToNumber = (value: unknown) => (isBlank(value) ? null : Number(value));
const expiryMessage = `Expiry must be a whole number of days from 1 to ${MAX_KEY_LIFETIME_DAYS}, or empty for no expiry.`;
const graceMessage = `Grace must be a number of hours from 0 to ${MAX_GRACE_HOURS} (7 days).`;

/** What the portal needs to issue a secret key; the form and the domain layer both parse with it. */
export const newKeyInputSchema = z.object({
  name: nameSchema("key"),
  environment: z.enum(["live", "test"], { error: "Choose live or test." }),
  scopes: z
    .array(z.enum(scopeNames, { error: (issue) => `Unknown scope "${String(issue.input).slice(0, 40)}".` }), { error: "Pick at least one scope." })
    .min(1, "Pick at least one scope."),
  expiresInDays: z.preprocess(blankToNumber, z.number({ error: expiryMessage }).int(expiryMessage).min(1, expiryMessage).max(MAX_KEY_LIFETIME_DAYS, expiryMessage).nullable()),
});
export type NewKeyInput = z.infer<typeof newKeyInputSchema>;

export const newKeyFormSchema = newKeyInputSchema.extend({ clientId: z.coerce.number({ error: "No such client." }).int("No such client.").positive("No such client.") });

export const rotateFormSchema = z.object({
  keyId: keyIdSchema,
  graceHours: z.preprocess((value) => blankToNumber(value) ?? 1, z.number({ error: graceMessage }).min(0, graceMessage).max(MAX_GRACE_HOURS, graceMessage)),
});

export const revokeFormSchema = z.object({
  keyId: keyIdSchema,
  confirm: z.literal("yes", { error: "Tick the box to confirm that the key should stop working." }),
});

/** The first problem, as one sentence for the page. */
export function describeFormError(error: z.ZodError): string {
  return error.issues[0]?.message ?? "The form is not valid.";
}
