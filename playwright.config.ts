import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// E2E tests drive the built app (next start) in real Chromium against the real Neo4j that
// tests/run-all.ts started (NEO4J_URI). Debian's Chromium is used where it exists; elsewhere
// Playwright's own browser.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "app", testIgnore: /outage\.spec\.ts/, use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
    // Stops and restarts Neo4j, so it runs alone after everything else.
    { name: "outage", testMatch: /outage\.spec\.ts/, dependencies: ["app"], use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    // Loading lists from the page is on here (lists.spec.ts loads and removes lists of its own)…
    server(port, "true"),
    // …and off on a second server of the same build, where lists.spec.ts sees a dropped file refused.
    server(port + 1, "false"),
  ],
});

function server(at: number, allowPageIngest: "true" | "false") {
  return {
    command: `npx next start -H 127.0.0.1 -p ${at}`,
    url: `http://127.0.0.1:${at}/api/health`,
    // The health endpoint answers 503 when Neo4j is down; any answer means the server is up.
    ignoreHTTPSErrors: true,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { ...process.env, NODE_ENV: "production", ALLOW_PAGE_INGEST: allowPageIngest },
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  };
}
