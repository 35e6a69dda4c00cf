/**
 * Whether a client takes gzip, by its Accept-Encoding (RFC 9110 §12.5.3): `gzip` or `*` with a quality above 0,
 * unless gzip itself is given quality 0. No header means only the identity coding is asked for.
 */
export function acceptsGzip(acceptEncoding: string | null): boolean {
  if (!acceptEncoding) return false;
  const qualities = new Map<string, number>();
  for (const entry of acceptEncoding.split(",")) {
    const [name = "", ...parameters] = entry.split(";").map((part) => part.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith("q="));
    const quality = q ? Number(q.slice(2)) : 1;
    if (name) qualities.set(name, Number.isFinite(quality) ? quality : 0);
  }
  const gzip = qualities.get("gzip") ?? qualities.get("x-gzip");
  return gzip !== undefined ? gzip > 0 : (qualities.get("*") ?? 0) > 0;
}
