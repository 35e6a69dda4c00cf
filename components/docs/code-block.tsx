export function CodeBlock({ children, label }: { children: string; label?: string }) {
  return (
    <pre aria-label={label} className="my-3 overflow-x-auto rounded-md border border-border bg-card p-3 text-xs leading-relaxed sm:text-sm">
      <code>{children}</code>
    </pre>
  );
}
