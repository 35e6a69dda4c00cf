import type { NextConfig } from "next";
import { listSecurityHeaders } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  // Native drivers and their Prisma adapters must be required at runtime, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  headers: async () => listSecurityHeaders(),
};

export default nextConfig;
