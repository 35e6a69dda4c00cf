import type { ReferenceGroup, ReferenceOperation } from "@/lib/api/openapi/reference-view";
import { CodeBlock } from "./code-block";
import { InlineCodeText } from "./inline-code-text";

const methodColours: Record<string, string> = {
  GET: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
  POST: "bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-200",
  PATCH: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
  DELETE: "bg-rose-100 text-rose-900 dark:bg-rose-900/40 dark:text-rose-200",
};

function OperationParameters({ operation }: { operation: ReferenceOperation }) {
  if (operation.parameters.length === 0) return null;
  return (
    <div className="overflow-x-auto rounded-md border border-border">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Parameters of {operation.method} {operation.path}</caption>
        <thead className="border-b border-border text-muted">
          <tr><th className="px-2 py-1">Parameter</th><th className="px-2 py-1">In</th><th className="px-2 py-1">Type</th><th className="px-2 py-1">Meaning</th></tr>
        </thead>
        <tbody>
          {operation.parameters.map((parameter) => (
            <tr key={`${parameter.location}-${parameter.name}`} className="border-b border-border align-top last:border-0">
              <td className="px-2 py-1 font-mono">{parameter.name}{parameter.required ? <span title="required" className="text-rose-600 dark:text-rose-400"> *</span> : null}</td>
              <td className="px-2 py-1">{parameter.location}</td>
              <td className="px-2 py-1 font-mono text-xs">{parameter.type}</td>
              <td className="px-2 py-1">{parameter.description}{parameter.example !== null ? <> (e.g. <code>{parameter.example}</code>)</> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OperationEntry({ operation }: { operation: ReferenceOperation }) {
  return (
    <article id={operation.anchor} aria-labelledby={`${operation.anchor}-title`} data-operation-id={operation.operationId} className="scroll-mt-20 space-y-2 rounded-lg border border-border bg-card p-3">
      <h4 id={`${operation.anchor}-title`} className="flex flex-wrap items-baseline gap-2 font-mono text-sm">
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${methodColours[operation.method] ?? ""}`}>{operation.method}</span>
        <a href={`#${operation.anchor}`} className="break-all hover:underline">{operation.path}</a>
      </h4>
      <p className="font-medium"><InlineCodeText text={operation.summary} /></p>
      <p className="text-sm text-muted">
        {operation.scope ? <>Scope <code>{operation.scope}</code>. </> : "No key needed. "}
        {operation.signed ? <>Signed (<a href="#signing" className="text-accent underline">how</a>). </> : null}
        operationId <code>{operation.operationId}</code>
      </p>
      {operation.description.split("\n\n").slice(0, -1).map((paragraph) => <p key={paragraph} className="text-sm"><InlineCodeText text={paragraph} /></p>)}
      <OperationParameters operation={operation} />
      <CodeBlock label={`curl example for ${operation.operationId}`}>{operation.curl}</CodeBlock>
      {operation.requestExample ? (
        <details><summary className="cursor-pointer text-sm">Example request body</summary><CodeBlock label={`request body for ${operation.operationId}`}>{operation.requestExample}</CodeBlock></details>
      ) : null}
      {operation.responseExample ? (
        <details><summary className="cursor-pointer text-sm">Example answer ({operation.responseStatus})</summary><CodeBlock label={`answer of ${operation.operationId}`}>{operation.responseExample}</CodeBlock></details>
      ) : null}
      {operation.errorStatuses.length > 0 ? (
        <p className="text-xs text-muted">Errors: {operation.errorStatuses.map((entry) => entry.status).join(", ")} as problem+json (<a href="/docs/errors" className="underline">types</a>).</p>
      ) : null}
    </article>
  );
}

/** The API reference, rendered on the server from the OpenAPI document: no script, works offline. */
export function ApiReference({ groups }: { groups: ReferenceGroup[] }) {
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.tag} aria-labelledby={`ref-${group.tag}`} className="space-y-3">
          <h3 id={`ref-${group.tag}`} className="text-lg font-semibold">{group.tag}</h3>
          <p className="text-sm text-muted">{group.description}</p>
          <nav aria-label={`${group.tag} operations`} className="text-sm">
            <ul className="flex flex-wrap gap-x-3 gap-y-1 font-mono text-xs">
              {group.operations.map((operation) => <li key={operation.anchor}><a href={`#${operation.anchor}`} className="text-accent underline">{operation.method} {operation.path}</a></li>)}
            </ul>
          </nav>
          {group.operations.map((operation) => <OperationEntry key={operation.anchor} operation={operation} />)}
        </section>
      ))}
    </div>
  );
}
