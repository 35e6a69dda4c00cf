import "server-only";
import { cachedJson } from "../cached-response";
import { buildOpenApiDocument, type OpenApiDocument } from "./build-openapi-document";

let document: OpenApiDocument | null = null;

/** GET /api/v1/openapi.json: public (no key), built once per process since it only changes with a deploy. */
export async function serveOpenApiDocument(request: Request): Promise<Response> {
  document ??= buildOpenApiDocument();
  const response = cachedJson(request, document);
  response.headers.set("access-control-allow-origin", "*");
  return response;
}
