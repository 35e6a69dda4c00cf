import type { SourceUse } from "@/lib/coverage/queries";

export function PriceSources({ sources }: { sources: SourceUse[] }) {
  if (sources.length === 0) return null;
  return (
    <section className="mt-4" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="text-base font-semibold">Sources</h2>
      <ul className="mt-2 space-y-1 text-sm">
        {sources.map((source) => (
          <li key={source.sourceId}>
            <span className="font-medium">{source.name}</span>: {source.firstDay} to {source.lastDay}, {source.days} days, trust {source.trust}
            {source.repository ? (
              <span className="text-muted">
                {" "}
                ({source.repository}, {source.path}
                {source.commit ? ` at ${source.commit}` : ""})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
