// Names of query parameters and headers whose values are credentials (CoinGecko takes `x_cg_demo_api_key` in the
// query or `x-cg-demo-api-key` as a header). `pagination.key` on the LCD is a cursor, not a secret, so bare "key" only
// matches as the whole name.
const secretNamePattern = /api[-_]?key|token|secret|password|authorization|signature|^key$/i;

export const redactedMark = "[redacted]";

export function isSecretName(name: string): boolean {
  return secretNamePattern.test(name);
}

/** The URL with credential query parameters and user info replaced, for messages and stored errors. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // An unparsable URL could still carry a key; show none of its query.
    return url.replace(/\?.*$/s, "?" + redactedMark);
  }
  const userInfo = parsed.username || parsed.password ? `${redactedMark}@` : "";
  const pairs = [...parsed.searchParams].map(([name, value]) => `${encodeURIComponent(name)}=${isSecretName(name) ? redactedMark : encodeURIComponent(value)}`);
  const query = pairs.length > 0 ? `?${pairs.join("&")}` : "";
  return `${parsed.protocol}//${userInfo}${parsed.host}${parsed.pathname}${query}`;
}

/** Every credential value in the URL's query and in the headers, to scrub from text a server might echo back. */
export function findSecretValues(url: string, headers: Record<string, string> = {}): string[] {
  const values = Object.entries(headers)
    .filter(([name]) => isSecretName(name))
    .map(([, value]) => value);
  try {
    const parsed = new URL(url);
    for (const [name, value] of parsed.searchParams) if (isSecretName(name)) values.push(value);
    if (parsed.password) values.push(decodeURIComponent(parsed.password));
  } catch {
    // Nothing to add: redactUrl already hides the whole query of an unparsable URL.
  }
  // Short values would scrub ordinary words out of messages; real keys are long.
  return values.filter((value) => value.length >= 6);
}

export function redactText(text: string, secrets: readonly string[]): string {
  return secrets.reduce((result, secret) => result.split(secret).join(redactedMark), text);
}
