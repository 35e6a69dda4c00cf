import { z } from "zod";
import { figureUnits } from "@/lib/articles/figure-types";
import { dataSourceSchema, utcDayOutputSchema } from "./common-schemas";
import { defineOperation } from "./api-operation";

const articleReadAccess = { scope: "articles:read", allowPublishable: true } as const;

const articleSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  author: z.string(),
  published: utcDayOutputSchema,
  updated: utcDayOutputSchema,
  tags: z.array(z.string()),
  kind: z.enum(["analysis", "guide"]),
  reading_minutes: z.number().int(),
  url: z.string().meta({ description: "The article's page on the site" }),
});

export const articleListResponseSchema = z.object({ data: z.array(articleSummarySchema) }).meta({ id: "ArticleList" });
export type ArticleListResponse = z.infer<typeof articleListResponseSchema>;

export const articleFigureSchema = z
  .object({
    id: z.string(),
    name: z.string().meta({ description: "The figure's kind, e.g. price, supply, burned, burn-rate, years-to-price" }),
    params: z.record(z.string(), z.string()),
    text: z.string().meta({ description: "What the reader sees" }),
    value: z.union([z.number(), z.string()]).nullable().meta({ description: "The raw value (token amounts as exact decimal strings); null where the store has no data" }),
    unit: z.enum(figureUnits),
    as_of: utcDayOutputSchema.nullable(),
    query: z.string().nullable().meta({ description: "The API request that answers the same figure; null for a rule quoted from the code" }),
    body: z.unknown().nullable().meta({ description: "For a POST query (a scenario run): the JSON body to send; null for a GET" }),
    method: z.string().meta({ description: "How the value is computed from what the query answers" }),
    missing: z.string().nullable().meta({ description: "Why there is no value, when there is none" }),
    sources: z.array(z.string()).meta({ description: "Keys of the sources read (see the article's sources)" }),
  })
  .meta({ id: "ArticleFigure" });

const articleChartSchema = z.object({
  id: z.string(),
  type: z.string(),
  title: z.string(),
  kind: z.enum(["line", "bar"]),
  scale: z.enum(["linear", "log"]),
  unit: z.enum(["usd", "token"]),
  series: z.array(z.object({ key: z.string(), label: z.string() })),
  points: z.array(z.object({ day: utcDayOutputSchema, values: z.record(z.string(), z.number().nullable()) })),
  queries: z.array(z.string()),
  missing: z.string().nullable(),
});

export const articleDetailResponseSchema = articleSummarySchema
  .extend({
    html: z.string().meta({ description: "The body rendered on the server; each figure is a link to its query, each chart a <figure data-chart> naming its queries" }),
    toc: z.array(z.object({ level: z.number().int(), text: z.string(), id: z.string() })),
    figures: z.array(articleFigureSchema),
    charts: z.array(articleChartSchema),
    sources: z.array(dataSourceSchema),
    related: z.array(z.string()).meta({ description: "Slugs of related articles" }),
  })
  .meta({ id: "ArticleDetail" });
export type ArticleDetailResponse = z.infer<typeof articleDetailResponseSchema>;

const slugPathSchema = z.object({ slug: z.string().min(1).max(100).meta({ description: "The article's slug", example: "how-signed-requests-stop-replay-attacks" }) });

const replayGuide = {
  slug: "how-signed-requests-stop-replay-attacks",
  title: "How our signed requests stop replay attacks",
  description: "Why every state-changing Burnwatch API call carries a timestamp, a nonce and an HMAC signature, and what the server checks, in order.",
  author: "Burnwatch API team",
  published: "2026-12-01",
  updated: "2026-12-04",
  tags: ["api", "signing", "security"],
  kind: "guide" as const,
  reading_minutes: 2,
  url: "/articles/how-signed-requests-stop-replay-attacks",
};

export const listArticlesOperation = defineOperation({
  operationId: "listArticles",
  method: "get",
  path: "/api/v1/articles",
  tag: "Articles",
  summary: "Every article, newest first",
  description: "Metadata only; `GET /api/v1/articles/{slug}` renders one with its live figures.",
  ...articleReadAccess,
  response: articleListResponseSchema,
  problems: [],
  example: { response: { data: [replayGuide] } },
});

export const getArticleOperation = defineOperation({
  operationId: "getArticle",
  method: "get",
  path: "/api/v1/articles/{slug}",
  tag: "Articles",
  summary: "One article rendered now: its HTML, and every figure and chart as data with the query that answers it",
  description: "Figures are computed from the store on each request. The example shows one figure of four, no chart, and the start of the HTML.",
  ...articleReadAccess,
  pathParams: slugPathSchema,
  response: articleDetailResponseSchema,
  problems: ["not_found"],
  example: {
    pathParams: { slug: "how-signed-requests-stop-replay-attacks" },
    response: {
      ...replayGuide,
      html: '<p>An API key in a header proves who sent a request, but not that the request is new. …</p>',
      toc: [{ level: 2, text: "The three headers", id: "the-three-headers" }],
      figures: [
        {
          id: "market-cap-latest",
          name: "market-cap-latest",
          params: {},
          text: "$363 million",
          value: 363046665.264846,
          unit: "usd",
          as_of: "2023-08-28",
          query: "/api/v1/tokens/lunc/prices?from=2023-08-28&to=2023-08-28",
          body: null,
          method: "The market cap of the latest daily point that has one.",
          missing: null,
          sources: ["coingecko-daily/terra-luna"],
        },
      ],
      charts: [],
      sources: [{ key: "coingecko-daily/terra-luna", name: "CoinGecko daily Terra Luna Classic (price, market cap, volume)", repository: "nktcodes/Coins-By-Market-Capitalization", path: "terra-luna.csv", commit: "5d8e03a7" }],
      related: ["rotating-api-keys-without-downtime", "key-management-practices-we-follow"],
    },
  },
});
