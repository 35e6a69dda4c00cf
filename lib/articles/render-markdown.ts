import MarkdownIt from "markdown-it";
import { parseChartLine, parseDirectiveAt, directiveId, type Directive } from "./directive";
import type { ResolvedFigure } from "./figure-types";
import { slugifyHeading } from "./slugify";

export type TocEntry = { level: 2 | 3; text: string; id: string };
export type BodySegment = { type: "html"; html: string } | { type: "chart"; directive: Directive };
export type RenderedBody = { segments: BodySegment[]; toc: TocEntry[] };

type RenderEnv = { figures: ReadonlyMap<string, ResolvedFigure>; slugs: Set<string>; toc: TocEntry[] };

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The HTML of one live figure: a link to the API request that answers it, or a plain note where data is missing. */
export function renderFigureHtml(figure: ResolvedFigure): string {
  const data = `data-figure="${escapeHtml(figure.id)}"`;
  if (figure.missing) return `<span class="live-figure live-figure-missing" ${data} title="${escapeHtml(figure.missing)}">no data (${escapeHtml(figure.missing)})</span>`;
  const sources = figure.sources.map((source) => source.name).join("; ");
  const title = [figure.method, figure.asOf ? `As of ${figure.asOf}.` : "", sources ? `Source: ${sources}.` : ""].filter(Boolean).join(" ");
  if (figure.query === null) return `<span class="live-figure live-figure-code" ${data} title="${escapeHtml(title)}">${escapeHtml(figure.text)}</span>`;
  // A POST query (a scenario run) cannot be a link: it points to the figure's row, which shows the body to send.
  const href = figure.body === null ? figure.query : `#figure-${figure.id}`;
  const post = figure.body === null ? "" : ` data-method="POST" data-query="${escapeHtml(figure.query)}"`;
  const link = `<a class="live-figure" ${data}${post} href="${escapeHtml(href)}" title="${escapeHtml(title)}">${escapeHtml(figure.text)}</a>`;
  return showsAsOf(figure) ? `${link}<span class="live-figure-as-of"> (as of ${escapeHtml(figure.asOf ?? "")})</span>` : link;
}

/**
 * Whether the reader needs the figure's day beside it: an amount whose day the article does not fix (the latest
 * price, the latest supply, a total to date) could be from any day, and two "latest" figures may be years apart.
 */
export function showsAsOf(figure: ResolvedFigure): boolean {
  if (figure.asOf === null || (figure.unit !== "usd" && figure.unit !== "token")) return false;
  return !("day" in figure.params) && !("to" in figure.params) && !/\(\d{4}-\d{2}-\d{2}\)$/.test(figure.text);
}

function createMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // `{{name params}}` inside prose is a live figure; inside code spans and blocks it stays text.
  md.inline.ruler.before("emphasis", "live_figure", (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x7b || state.src.charCodeAt(state.pos + 1) !== 0x7b) return false;
    const directive = parseDirectiveAt(state.src.slice(state.pos));
    if (!directive || directive.name === "chart") return false;
    if (!silent) {
      const token = state.push("live_figure", "", 0);
      token.meta = directive;
    }
    state.pos += directive.raw.length;
    return true;
  });
  md.renderer.rules.live_figure = (tokens, index, _options, env) => {
    const directive = tokens[index]?.meta as Directive;
    const figure = (env as RenderEnv | undefined)?.figures.get(directiveId(directive));
    if (!figure) throw new Error(`Figure ${directive.raw} was not resolved`);
    return renderFigureHtml(figure);
  };
  // Headings get stable ids, and h2/h3 make the table of contents.
  md.core.ruler.push("heading_ids", (state) => {
    const env = state.env as RenderEnv;
    state.tokens.forEach((token, index) => {
      if (token.type !== "heading_open") return;
      const inline = state.tokens[index + 1];
      const text = (inline?.children ?? [])
        .map((child) => (child.type === "live_figure" ? "" : child.content))
        .join("")
        .trim();
      const id = slugifyHeading(text, env.slugs);
      token.attrSet("id", id);
      if (token.tag === "h2" || token.tag === "h3") env.toc.push({ level: token.tag === "h2" ? 2 : 3, text, id });
    });
  });
  return md;
}

const markdown = createMarkdown();

/** Splits the body at chart lines (outside fenced code) so charts can be rendered as components between HTML parts. */
export function splitAtCharts(body: string): Array<{ type: "markdown"; text: string } | { type: "chart"; directive: Directive }> {
  const parts: Array<{ type: "markdown"; text: string } | { type: "chart"; directive: Directive }> = [];
  let lines: string[] = [];
  let inFence = false;
  for (const line of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const chart = inFence ? null : parseChartLine(line);
    if (chart) {
      parts.push({ type: "markdown", text: lines.join("\n") });
      parts.push({ type: "chart", directive: chart });
      lines = [];
    } else {
      lines.push(line);
    }
  }
  parts.push({ type: "markdown", text: lines.join("\n") });
  return parts.filter((part) => part.type === "chart" || part.text.trim() !== "");
}

/** Renders an article body with its figures already computed: HTML parts, chart places and the table of contents. */
export function renderArticleBody(body: string, figures: ReadonlyMap<string, ResolvedFigure>): RenderedBody {
  const env: RenderEnv = { figures, slugs: new Set(), toc: [] };
  const segments: BodySegment[] = splitAtCharts(body).map((part) => (part.type === "chart" ? part : { type: "html", html: markdown.render(part.text, env) }));
  return { segments, toc: env.toc };
}

/** The directives of a body that are figures (not charts), in the order they appear in prose, code left out. */
export function listFigureDirectives(body: string): Directive[] {
  const found: Directive[] = [];
  for (const part of splitAtCharts(body)) {
    if (part.type !== "markdown") continue;
    const env: RenderEnv = { figures: new Map(), slugs: new Set(), toc: [] };
    for (const block of markdown.parse(part.text, env)) {
      for (const child of block.children ?? []) if (child.type === "live_figure") found.push(child.meta as Directive);
    }
  }
  return found;
}
