/** An answer of the API that is not a success, with the problem's own detail for the reader. */
export class ApiRequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = "ApiRequestError";
  }
}

/** GET a JSON route of /api/v1 with a key, as the site's browser code and the SDK do. */
export async function fetchApiJson<T>(path: string, key: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { authorization: `Bearer ${key}`, accept: "application/json" }, signal });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
    throw new ApiRequestError(response.status, problem?.detail ?? `The API answered ${response.status}.`);
  }
  return (await response.json()) as T;
}
