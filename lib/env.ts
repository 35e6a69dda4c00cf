import { z } from "zod";

export const DEFAULT_DATABASE_URL = "file:./data/burnwatch.db";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
      message: "DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)",
    }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Limits and nonces live in the database unless Redis is configured; every app server must use the same. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "REDIS_URL must start with redis:// or rediss://").optional(),
  /** 32 bytes (64 hex characters or base64) sealing signing secrets; without it, one is generated into data/. */
  BURNWATCH_KEY_ENCRYPTION_KEY: z.string().optional(),
  /** How many proxies of ours stand in front of the app and append to X-Forwarded-For (0: none). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** The site's own origin, allowed to use the site's publishable key (default http://localhost:PORT). */
  SITE_ORIGIN: z.string().url().optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment once; a bad value stops the process with a message naming the variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
