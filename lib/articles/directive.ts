/**
 * Article directives: `{{name key=value key="quoted value"}}`. Inline, a directive is a live figure; on a line of its
 * own, `{{chart ...}}` is a live chart. Pure text handling: nothing here reads the store.
 */
export type Directive = { name: string; params: Record<string, string>; raw: string };

const NAME = /^[a-z][a-z0-9-]*$/;
const PARAM = /\s+([a-z][a-zA-Z0-9-]*)=(?:"([^"]*)"|([^\s"}]+))/y;

/** The directive at the start of `text` (which must begin with `{{`), or null when it is not a well-formed one. */
export function parseDirectiveAt(text: string): Directive | null {
  if (!text.startsWith("{{")) return null;
  const end = text.indexOf("}}");
  if (end < 0) return null;
  const raw = text.slice(0, end + 2);
  const inner = raw.slice(2, -2).trimEnd();
  const nameMatch = /^[a-z][a-z0-9-]*/.exec(inner);
  if (!nameMatch || !NAME.test(nameMatch[0])) return null;
  const params: Record<string, string> = {};
  let at = nameMatch[0].length;
  while (at < inner.length) {
    PARAM.lastIndex = at;
    const match = PARAM.exec(inner);
    if (!match || match[1] === undefined) return null;
    params[match[1]] = match[2] ?? match[3] ?? "";
    at = PARAM.lastIndex;
  }
  return { name: nameMatch[0], params, raw };
}

/** Every directive in a source, in order (including those inside code, which the renderer leaves as text). */
export function findDirectives(source: string): Directive[] {
  const found: Directive[] = [];
  let at = source.indexOf("{{");
  while (at >= 0) {
    const directive = parseDirectiveAt(source.slice(at));
    if (directive) {
      found.push(directive);
      at = source.indexOf("{{", at + directive.raw.length);
    } else {
      at = source.indexOf("{{", at + 2);
    }
  }
  return found;
}

/** A stable id for a directive: the same name and parameters always give the same id. */
export function directiveId(directive: Pick<Directive, "name" | "params">): string {
  const parts = Object.keys(directive.params)
    .sort()
    .map((key) => `${key}-${directive.params[key]}`);
  return [directive.name, ...parts].join("_").replace(/[^a-zA-Z0-9_-]/g, "-");
}

/** Whether a line holds nothing but one chart directive (a block, not a figure). */
export function parseChartLine(line: string): Directive | null {
  const trimmed = line.trim();
  const directive = parseDirectiveAt(trimmed);
  return directive && directive.name === "chart" && directive.raw === trimmed ? directive : null;
}
