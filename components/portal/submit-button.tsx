"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { primaryButtonClass } from "./styles";

/** Disabled while its form's action runs, so a double click cannot create two keys. */
export function SubmitButton({ children, pendingText, className = primaryButtonClass, testId }: { children: ReactNode; pendingText: string; className?: string; testId?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={className} data-testid={testId}>
      {pending ? pendingText : children}
    </button>
  );
}
