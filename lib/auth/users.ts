import "server-only";
import { createHash } from "node:crypto";
import { getApiServices, type ApiServices } from "@/lib/api/api-services";
import { countAgainstLimit, isOverLimit } from "@/lib/api/rate-limit";
import type { RateLimitPolicy } from "@/lib/api/rate-limit-policy";
import { recordAggregatedAuditEvent, recordAuditEvent } from "@/lib/audit/audit-log";
import { describeFormError, signInFormSchema, signUpFormSchema } from "./form-schemas";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";

/** Failed sign-ins per email and per address; successes never count, so a person who types well is never locked out. */
export const loginEmailPolicy: RateLimitPolicy = { name: "login-email", quota: 5, windowSeconds: 900, sliding: true };
export const loginIpPolicy: RateLimitPolicy = { name: "login-ip", quota: 20, windowSeconds: 900, sliding: true };

// One message for an unknown email and a wrong password: the form must not tell which emails have accounts.
export const WRONG_CREDENTIALS = "Email or password is wrong.";
export const DUPLICATE_EMAIL = "An account with this email already exists. Sign in instead.";

export type AuthOutcome = { ok: true; userId: number } | { ok: false; error: string };
/** Who is asking (for the audit log) and, in tests, the services to use instead of the app's own. */
export type AuthContext = { ip?: string; userAgent?: string | null; services?: ApiServices };

/** Emails in BURNWATCH_ADMIN_EMAILS (comma-separated) become admins when they sign up. */
export function readAdminEmails(source: Record<string, string | undefined> = process.env): Set<string> {
  return new Set((source.BURNWATCH_ADMIN_EMAILS ?? "").split(",").map((email) => email.trim().toLowerCase()).filter(Boolean));
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export async function signUp(email: string, password: string, context: AuthContext = {}): Promise<AuthOutcome> {
  const parsed = signUpFormSchema.safeParse({ email, password });
  if (!parsed.success) return { ok: false, error: describeFormError(parsed.error) };
  const { db, clock } = context.services ?? getApiServices();
  const now = clock();
  if (await db.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } })) return { ok: false, error: DUPLICATE_EMAIL };
  const role = readAdminEmails().has(parsed.data.email) ? "admin" : "user";
  let userId: number;
  try {
    const user = await db.user.create({ data: { email: parsed.data.email, passwordHash: await hashPassword(parsed.data.password), role, createdAt: now } });
    userId = user.id;
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides, and the loser gets the same readable answer.
    if (isUniqueViolation(error)) return { ok: false, error: DUPLICATE_EMAIL };
    throw error;
  }
  await recordAuditEvent(db, { action: "user.signed_up", outcome: "success", actor: `user:${userId}`, ip: context.ip ?? null, userAgent: context.userAgent ?? null, details: { role } }, now);
  return { ok: true, userId };
}

// Bucket names hold a digest rather than the address itself: the limits table need not be a list of emails.
const emailBucket = (email: string) => `login-email:${createHash("sha256").update(email).digest("hex").slice(0, 32)}`;
const ipBucket = (ip: string) => `login-ip:${ip}`;

/**
 * Minutes until a refused bucket drops under its quota. With no new failures the sliding estimate only falls, so
 * a binary search over future minutes finds the first one that would be let through.
 */
async function minutesUntilAllowed(services: ApiServices, bucket: string, policy: RateLimitPolicy, nowMs: number): Promise<number> {
  let low = 1;
  let high = Math.ceil((2 * policy.windowSeconds) / 60);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (await isOverLimit(services.state, bucket, policy, nowMs + middle * 60_000)) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function tooManyAttemptsMessage(minutes: number): string {
  return `Too many sign-in attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export async function signIn(email: string, password: string, ip: string, context: Omit<AuthContext, "ip"> = {}): Promise<AuthOutcome> {
  const parsed = signInFormSchema.safeParse({ email, password });
  if (!parsed.success) return { ok: false, error: describeFormError(parsed.error) };
  const services = context.services ?? getApiServices();
  const { db, state, clock } = services;
  const userAgent = context.userAgent ?? null;
  const now = clock();
  const nowMs = now.getTime();
  const limits = [
    { bucket: emailBucket(parsed.data.email), policy: loginEmailPolicy },
    { bucket: ipBucket(ip), policy: loginIpPolicy },
  ];

  // Checked before the password, so that guessing on stays refused even when a guess happens to be right.
  for (const { bucket, policy } of limits) {
    if (await isOverLimit(state, bucket, policy, nowMs)) {
      await recordAggregatedAuditEvent(db, { action: "user.sign_in_failed", outcome: "failure", actor: "anonymous", ip, userAgent, reason: `rate_limited:${policy.name}` }, now);
      return { ok: false, error: tooManyAttemptsMessage(await minutesUntilAllowed(services, bucket, policy, nowMs)) };
    }
  }

  const user = await db.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  const matches = user ? await verifyPassword(parsed.data.password, user.passwordHash) : await verifyAgainstDummy(parsed.data.password);
  if (!user || !matches) {
    await Promise.all(limits.map(({ bucket, policy }) => countAgainstLimit(state, bucket, policy, nowMs)));
    const reason = user ? "wrong_password" : "unknown_email";
    // The attempted email of an unknown account is not kept: it may be a typo of someone's password.
    await recordAuditEvent(db, { action: "user.sign_in_failed", outcome: "failure", actor: user ? `user:${user.id}` : "anonymous", ip, userAgent, reason }, now);
    return { ok: false, error: WRONG_CREDENTIALS };
  }
  await recordAuditEvent(db, { action: "user.signed_in", outcome: "success", actor: `user:${user.id}`, ip, userAgent }, now);
  return { ok: true, userId: user.id };
}
