import type { ReactNode } from "react";

type PageHeadingProps = {
  title: string;
  lead?: ReactNode;
};

export function PageHeading({ title, lead }: PageHeadingProps) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      {lead ? <p className="mt-2 max-w-prose text-muted">{lead}</p> : null}
    </div>
  );
}
