const WORDS_PER_MINUTE = 220;

/** Minutes to read a Markdown body: words of prose and code, each directive counted as one word, at least one minute. */
export function estimateReadingMinutes(body: string): number {
  const text = body.replace(/\{\{[^}]*\}\}/g, " figure ").replace(/[#>*_`|[\]()-]/g, " ");
  const words = text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
