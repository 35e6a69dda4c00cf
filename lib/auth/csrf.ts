import "server-only";
import { headers } from "next/headers";
import { getApiServices } from "@/lib/api/api-services";
import { readClientIp } from "@/lib/api/request-context";
import type { CurrentUser } from "./sessions";
import { tokensMatch } from "./session-token";

export const CSRF_FIELD = "csrf";
export const CSRF_REFUSED = "This form is out of date or did not come from this site; nothing was changed. Reload the page and try again.";

/**
 * Whether a state-changing form carries this session's token. Next already refuses Server Actions whose Origin is
 * not ours; the token is a second lock in case a proxy or an old browser drops or forges that header.
 */
export function verifyCsrf(user: Pick<CurrentUser, "csrfToken">, formData: FormData): boolean {
  return tokensMatch(user.csrfToken, formData.get(CSRF_FIELD));
}

/** The caller's address (for sign-in limits and the audit log) and user agent, read the way the API reads them. */
export async function readRequestMeta(): Promise<{ ip: string; userAgent: string | null }> {
  const requestHeaders = await headers();
  return { ip: readClientIp(requestHeaders, getApiServices().trustedProxyHops), userAgent: requestHeaders.get("user-agent")?.slice(0, 300) ?? null };
}
