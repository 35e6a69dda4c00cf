import { describe, expect, it } from "vitest";
import { listSecurityHeaders } from "./security-headers";

describe("security headers", () => {
  const [pages, api] = listSecurityHeaders();
  const value = (headers: { key: string; value: string }[] | undefined, key: string) => headers?.find((header) => header.key === key)?.value;

  it("forbid framing, sniffing and full referrers everywhere", () => {
    for (const rule of [pages, api]) {
      expect(value(rule?.headers, "X-Content-Type-Options")).toBe("nosniff");
      expect(value(rule?.headers, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
      expect(value(rule?.headers, "Content-Security-Policy")).toContain("frame-ancestors 'none'");
    }
  });

  it("let pages load only from their own origin, and API answers load nothing", () => {
    const policy = value(pages?.headers, "Content-Security-Policy") ?? "";
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:/);
    expect(value(api?.headers, "Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api?.source).toBe("/api/:path*");
  });
});
