import { serveOpenApiDocument } from "@/lib/api/openapi/serve-openapi-document";

export const GET = serveOpenApiDocument;
