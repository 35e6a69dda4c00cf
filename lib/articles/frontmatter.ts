import { z } from "zod";
import { isUtcDay } from "@/lib/days/utc-day";

export const articleMetaSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  author: z.string().min(1),
  published: z.string().refine(isUtcDay, "published must be YYYY-MM-DD"),
  updated: z.string().refine(isUtcDay, "updated must be YYYY-MM-DD"),
  tags: z.array(z.string().min(1)).min(1),
  kind: z.enum(["analysis", "guide"]),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/**
 * Splits `---`-fenced front matter (one `key: value` a line; `tags` comma-separated) from the body and checks it.
 * Throws naming the problem, so a broken article fails its test rather than rendering half.
 */
export function parseFrontmatter(source: string): { meta: ArticleMeta; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match || match[1] === undefined) throw new Error("An article starts with front matter between --- lines");
  const fields: Record<string, unknown> = {};
  for (const line of match[1].split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const at = line.indexOf(":");
    if (at <= 0) throw new Error(`Front matter line without a key: "${line}"`);
    const key = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    fields[key] = key === "tags" ? value.split(",").map((tag) => tag.trim()).filter(Boolean) : value;
  }
  const meta = articleMetaSchema.safeParse(fields);
  if (!meta.success) throw new Error(`Front matter: ${meta.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  return { meta: meta.data, body: source.slice(match[0].length) };
}
