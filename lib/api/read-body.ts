import { ApiProblem } from "./problem";

/** Bodies over this are refused before they are read in full: no API operation needs more. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The raw body, refused with 413 as soon as it passes the limit, whether or not Content-Length told us in advance. */
export async function readBodyWithLimit(request: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array> {
  const tooLarge = () => new ApiProblem("payload_too_large", `The request body is over ${limit} bytes.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
