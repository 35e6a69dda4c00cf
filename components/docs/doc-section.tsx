import type { ReactNode } from "react";

export function DocSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-8 max-w-3xl scroll-mt-20 space-y-3 leading-relaxed">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        <a href={`#${id}`} className="hover:underline">{title}</a>
      </h2>
      {children}
    </section>
  );
}
