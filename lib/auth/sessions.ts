import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { getApiServices } from "@/lib/api/api-services";
import { generateCsrfToken, generateSessionToken, hashSessionToken, isSecureRequest, isWellFormedSessionToken, SESSION_COOKIE, SESSION_TTL_MS } from "./session-token";

export type UserRole = "admin" | "user";

/** The signed-in person as pages and actions see them; `csrfToken` goes into every state-changing form. */
export type CurrentUser = { id: number; email: string; role: UserRole; csrfToken: string };

// A row with a role we do not know gets the lesser one rather than an error page.
const roleSchema = z.enum(["admin", "user"]).catch("user");

async function readPresentedToken(): Promise<string | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return value && isWellFormedSessionToken(value) ? value : null;
}

/**
 * Starts a session for `userId` and sets its cookie. A session this browser already had is ended first, so a
 * sign-in always gets a fresh token (no session fixation) and no orphaned rows pile up.
 */
export async function createSession(userId: number): Promise<void> {
  const { db, clock } = getApiServices();
  const now = clock();
  const previous = await readPresentedToken();
  if (previous) await db.session.deleteMany({ where: { id: hashSessionToken(previous) } });
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });

  const token = generateSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.session.create({ data: { id: hashSessionToken(token), userId, csrfToken: generateCsrfToken(), createdAt: now, expiresAt } });
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", path: "/", secure: isSecureRequest(await headers()), expires: expiresAt });
}

/** The person behind this request's cookie, or null; expired sessions count as none. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = await readPresentedToken();
  if (!token) return null;
  const { db, clock } = getApiServices();
  const session = await db.session.findUnique({ where: { id: hashSessionToken(token) }, include: { user: { select: { id: true, email: true, role: true } } } });
  if (!session || session.expiresAt <= clock()) return null;
  return { id: session.user.id, email: session.user.email, role: roleSchema.parse(session.user.role), csrfToken: session.csrfToken };
});

/** For pages and actions that need a person: everyone else goes to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}

/** Ends this browser's session: the row goes, so the cookie is worthless even if a copy of it survives. */
export async function destroySession(): Promise<void> {
  const token = await readPresentedToken();
  if (token) await getApiServices().db.session.deleteMany({ where: { id: hashSessionToken(token) } });
  (await cookies()).delete(SESSION_COOKIE);
}
