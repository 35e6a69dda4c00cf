// The framework's ceiling for `npm run bench`: the cheapest route this app can serve, with no key, store or JSON.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response("ok", { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
