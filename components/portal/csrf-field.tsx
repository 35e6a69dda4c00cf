/** The session's csrf token, which every state-changing portal action checks (lib/auth/csrf.ts). */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}
