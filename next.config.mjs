const dev = process.env.NODE_ENV !== "production";

/**
 * Content Security Policy. Everything the app loads is its own (scripts, styles, the layout
 * worker, fonts) and it talks only to its own API, so 'self' everywhere. Two allowances:
 * - script-src 'unsafe-inline': Next.js bootstraps hydration with inline <script> tags
 *   (self.__next_f.push(...)) whose content differs per page and build, so hashes cannot list
 *   them, and nonces would need a proxy that renders every page per request (no static
 *   prerendering) for little gain here: the app renders no HTML from users or the graph, React
 *   escapes every string, and object-src/base-uri/form-action/frame-ancestors stay closed.
 *   The dev server also needs 'unsafe-eval' (React's debugging) and a WebSocket for HMR.
 * - style-src 'unsafe-inline': React style props, Cytoscape and CodeMirror set inline styles.
 * tests/e2e/security-headers.spec.ts loads the app in Chromium and fails on any violation.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${dev ? " ws: wss:" : ""}`,
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // neo4j-driver stays a plain Node dependency of the server bundle.
  serverExternalPackages: ["neo4j-driver"],
  // citation-js (the BibTeX export, loaded on demand) imports node-fetch, which needs node:net:
  // in browser chunks it is the browser's own fetch instead.
  turbopack: { resolveAlias: { "node-fetch": { browser: "./app/lib/browser-fetch.ts" } } },
  typescript: { ignoreBuildErrors: false },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
