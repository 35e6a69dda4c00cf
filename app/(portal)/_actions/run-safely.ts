import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { PortalError } from "@/lib/auth/portal";

/**
 * Runs an action's work and turns failures into a sentence for the page: a PortalError's own message, or for an
 * unexpected failure a short reference that matches the server log (never a stack trace in the browser).
 */
export async function runSafely<T>(work: () => Promise<T>, onError: (message: string) => T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof PortalError) return onError(error.message);
    const reference = randomUUID().slice(0, 8);
    console.error(`[portal ${reference}]`, error);
    return onError(`Something went wrong on our side (reference ${reference}). Reload the page to see what was saved, then try again.`);
  }
}

/** A text field of a form; a missing field or a file reads as "". */
export function readText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

export function readTexts(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((value): value is string => typeof value === "string");
}
