/**
 * Times as "2026-03-01 12:00 UTC": the server renders them, so they must not depend on the reader's time zone
 * (which would also break hydration of client components).
 */
export function formatUtc(iso: string | null, empty = "never"): string {
  if (!iso) return empty;
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
