// Shared class lists, so every portal form looks and behaves alike (focus rings come from globals.css).
export const inputClass = "w-full rounded-md border border-border bg-background px-3 py-2 text-sm text-foreground";
export const labelClass = "mb-1 block text-sm font-medium";
export const primaryButtonClass = "inline-flex items-center justify-center rounded-md bg-accent px-3 py-2 text-sm font-semibold text-accent-foreground hover:opacity-90 disabled:cursor-wait disabled:opacity-60";
export const secondaryButtonClass = "inline-flex items-center justify-center rounded-md border border-border px-3 py-2 text-sm text-foreground hover:bg-border/50 disabled:opacity-60";
export const dangerButtonClass = "inline-flex items-center justify-center rounded-md bg-red-700 px-3 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:cursor-wait disabled:opacity-60";
export const linkClass = "text-accent underline underline-offset-4";
