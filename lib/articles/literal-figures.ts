/**
 * Finds market figures written as literals in an article's source, where a live figure directive belongs.
 * Allowed literals: years, dates, small counts, and the inputs of a question such as a target price of $1 (listed
 * in `allowedInputs`). Everything inside a `{{...}}` directive is bound to a query and is skipped.
 */
export type LiteralFigure = { line: number; text: string; rule: string };

const rules: Array<{ rule: string; pattern: RegExp }> = [
  { rule: "a currency amount", pattern: /(?:US)?\$\s?\d(?:[\d,.]*\d)?(?:\s?(?:thousand|million|billion|trillion|[kKmMbBtT])\b)?/g },
  { rule: "an amount with a magnitude", pattern: /\b\d(?:[\d,.]*\d)?\s?(?:thousand|million|billion|trillion|bn|mn|[kKMBT])\b/g },
  { rule: "a percentage", pattern: /\b\d(?:[\d,.]*\d)?\s?(?:%|percent\b|per cent\b)/g },
  { rule: "a multiple", pattern: /\b\d(?:[\d,.]*\d)?\s?[x×](?![a-zA-Z0-9])/g },
  { rule: "a decimal number", pattern: /\b\d+\.\d+\b/g },
  { rule: "a number with thousands separators", pattern: /\b\d{1,3}(?:,\d{3})+\b/g },
  { rule: "a number of four or more digits that is not a year", pattern: /\b\d{4,}\b/g },
];

// Dates and years are allowed; they are removed before the rules run.
const DATE = /\b(?:19|20)\d{2}-\d{2}(?:-\d{2})?\b/g;
const YEAR = /\b(?:19|20)\d{2}(?:s\b)?/g;
const DIRECTIVE = /\{\{[^}]*\}\}/g;

export const defaultAllowedInputs = ["$1"] as const;

function blank(text: string): string {
  return " ".repeat(text.length);
}

export function findLiteralFigures(body: string, allowedInputs: readonly string[] = defaultAllowedInputs): LiteralFigure[] {
  const found: LiteralFigure[] = [];
  body.split("\n").forEach((original, index) => {
    let line = original.replace(DIRECTIVE, blank).replace(DATE, blank);
    for (const input of allowedInputs) {
      const escaped = input.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      // "$1" is allowed, "$1.5" or "$10" or "$1 billion" is not: the input must stand alone.
      line = line.replace(new RegExp(`${escaped}(?![\\d.,]*\\d)(?!\\s?(?:thousand|million|billion|trillion|[kKmMbBtT]\\b))`, "g"), blank);
    }
    line = line.replace(YEAR, blank);
    const taken: Array<[number, number]> = [];
    const hits: Array<{ start: number; hit: LiteralFigure }> = [];
    for (const { rule, pattern } of rules) {
      for (const match of line.matchAll(pattern)) {
        const start = match.index ?? 0;
        const end = start + match[0].length;
        if (taken.some(([from, to]) => start < to && end > from)) continue;
        taken.push([start, end]);
        hits.push({ start, hit: { line: index + 1, text: match[0].trim(), rule } });
      }
    }
    found.push(...hits.sort((a, b) => a.start - b.start).map(({ hit }) => hit));
  });
  return found;
}
