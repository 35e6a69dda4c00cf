import type { FormValues } from "@/lib/auth/form-state";

/** A field echoed back by an action, for refilling a refused form. */
export function textValue(values: FormValues, name: string, fallback = ""): string {
  const value = values[name];
  return typeof value === "string" ? value : fallback;
}

export function listValue(values: FormValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : [];
}
