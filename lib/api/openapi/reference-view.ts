import type { OpenApiDocument } from "./build-openapi-document";

export type ReferenceParameter = { name: string; location: string; required: boolean; type: string; description: string; example: string | null };
export type ReferenceOperation = {
  anchor: string;
  operationId: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  scope: string | null;
  signed: boolean;
  parameters: ReferenceParameter[];
  requestExample: string | null;
  responseStatus: string;
  responseExample: string | null;
  errorStatuses: { status: string; description: string }[];
  curl: string;
};
export type ReferenceGroup = { tag: string; description: string; operations: ReferenceOperation[] };

type SchemaLike = { type?: string | string[]; enum?: unknown[]; anyOf?: SchemaLike[]; $ref?: string; format?: string };
type ParameterLike = { name: string; in: string; required?: boolean; description?: string; example?: unknown; schema?: SchemaLike };
type OperationLike = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: ParameterLike[];
  requestBody?: { content?: Record<string, { example?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { example?: unknown }> }>;
  "x-required-scope"?: string;
  "x-signed"?: boolean;
};

const methods = ["get", "post", "patch", "put", "delete"] as const;

/** A short type name for a parameter's schema: `integer`, `"daily" | "weekly"`, `string`. */
export function describeSchemaType(schema: SchemaLike | undefined): string {
  if (!schema) return "any";
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  if (schema.anyOf) return schema.anyOf.map(describeSchemaType).join(" | ");
  if (schema.$ref) return schema.$ref.split("/").pop() ?? "object";
  return Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
}

/**
 * An example cut down for reading: arrays beyond `keep` items are shortened with a note of how many were left out,
 * so a scenario run's hundreds of points do not bury the shape.
 */
export function shortenExample(value: unknown, keep = 3): unknown {
  if (Array.isArray(value)) {
    const shown = value.slice(0, keep).map((item) => shortenExample(item, keep));
    return value.length > keep ? [...shown, `… ${value.length - keep} more`] : shown;
  }
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shortenExample(item, keep)]));
  return value;
}

function fillPath(path: string, parameters: ParameterLike[]): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => String(parameters.find((parameter) => parameter.name === name && parameter.in === "path")?.example ?? `{${name}}`));
}

/** A curl command for the operation's example; signed operations show where the three signature headers go. */
export function buildCurlExample(method: string, path: string, operation: OperationLike, origin: string): string {
  const parameters = operation.parameters ?? [];
  const query = new URLSearchParams();
  for (const parameter of parameters) if (parameter.in === "query" && parameter.example !== undefined) query.set(parameter.name, String(parameter.example));
  const url = `${origin}${fillPath(path, parameters)}${query.size > 0 ? `?${query}` : ""}`;
  const lines = [`curl -X ${method.toUpperCase()} "${url}"`, `  -H "Authorization: Bearer $BURNWATCH_KEY"`];
  if (operation["x-signed"]) lines.push(`  -H "X-BW-Timestamp: $TS" -H "X-BW-Nonce: $NONCE" -H "X-BW-Signature: v1=$SIG"`);
  const body = operation.requestBody?.content?.["application/json"]?.example;
  if (body !== undefined) lines.push(`  -H "Content-Type: application/json"`, `  -d '${JSON.stringify(body)}'`);
  return method === "get" && lines.length === 2 ? `curl -H "Authorization: Bearer $BURNWATCH_KEY" "${url}"` : lines.join(" \\\n");
}

/** The reference as the docs page shows it: operations grouped by tag, in the document's order. */
export function buildReferenceView(document: OpenApiDocument, origin: string): ReferenceGroup[] {
  const groups = new Map<string, ReferenceGroup>((document.tags ?? []).map((tag) => [tag.name, { tag: tag.name, description: tag.description ?? "", operations: [] }]));
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      const operation = (item as Record<string, OperationLike | undefined>)[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? "Other";
      if (!groups.has(tag)) groups.set(tag, { tag, description: "", operations: [] });
      const responses = Object.entries(operation.responses ?? {});
      const [successStatus, success] = responses.find(([status]) => status.startsWith("2")) ?? ["200", undefined];
      const responseExample = success?.content?.["application/json"]?.example;
      const requestExample = operation.requestBody?.content?.["application/json"]?.example;
      groups.get(tag)?.operations.push({
        anchor: `op-${operation.operationId ?? `${method}-${path}`}`,
        operationId: operation.operationId ?? "",
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? "",
        description: operation.description ?? "",
        scope: operation["x-required-scope"] ?? null,
        signed: operation["x-signed"] ?? false,
        parameters: (operation.parameters ?? []).map((parameter) => ({
          name: parameter.name,
          location: parameter.in,
          required: parameter.required ?? false,
          type: describeSchemaType(parameter.schema),
          description: parameter.description ?? "",
          example: parameter.example === undefined ? null : String(parameter.example),
        })),
        requestExample: requestExample === undefined ? null : JSON.stringify(shortenExample(requestExample), null, 2),
        responseStatus: successStatus,
        responseExample: responseExample === undefined ? null : JSON.stringify(shortenExample(responseExample), null, 2),
        errorStatuses: responses.filter(([status]) => !status.startsWith("2") && status !== "304").map(([status, response]) => ({ status, description: response.description ?? "" })),
        curl: buildCurlExample(method, path, operation, origin),
      });
    }
  }
  return [...groups.values()].filter((group) => group.operations.length > 0);
}
