type Header = { key: string; value: string };

// Next.js streams its page data in inline <script> tags that differ per page, so pages need 'unsafe-inline' for
// scripts (a nonce would make every page dynamic); nothing is loaded from another origin, which is the part that matters.
const pageContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// JSON and CSV are never rendered as documents of ours: nothing may load from them or frame them.
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

const common: Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** The headers every answer carries, by kind of route; next.config.ts applies them. */
export function listSecurityHeaders(): { source: string; headers: Header[] }[] {
  return [
    { source: "/:path*", headers: [...common, { key: "Content-Security-Policy", value: pageContentSecurityPolicy }] },
    { source: "/api/:path*", headers: [...common, { key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
  ];
}
