/**
 * A/B of the overview's navigation to interactive between builds served at once (each by its
 * own `next start`, against one Neo4j): visits alternate between the addresses, one fresh
 * browser context each, so a shared, noisy machine weighs on all of them alike. Prints, per
 * address, the median time to interactive and of the main rows of the navigation profile.
 * `npx tsx bench/navigation-ab.ts --url http://127.0.0.1:PORT_A --url http://127.0.0.1:PORT_B --runs 15`
 * (`--path "/?roadmap=ID"` times a list's page instead of the default one). A benchmark, not a test.
 */
import { chromium, type Browser } from "@playwright/test";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { formatTable, median, writeResults } from "./bench-stats";
import { readNavigationProfile, summariseProfiles, type NavigationProfile } from "./navigation-profile";
import { waitForLayout } from "./ui-measures";

const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

/** The rows compared (by the start of their name); the others are in the JSON. */
const KEY_ROWS = ["DOM interactive", "hydrated", "/api/overview: request to end", "/api/positions: request to end", "cytoscape import() to ready", "layout start", "layout end", "main thread: long tasks before interactive, ms in all"];

async function visit(browser: Browser, url: string): Promise<{ ms: number; source: string | null; profile: NavigationProfile }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // tsx keeps function names with an esbuild helper that the page does not have.
    await context.addInitScript("window.__name = (target) => target;");
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: "commit" });
    const done = await page.evaluate(waitForLayout, [0, null, 60_000] as [number, string | null, number]);
    const source = await page.evaluate(() => ((window as unknown as { __cy?: { scratch(key: string): unknown } }).__cy?.scratch("layoutSource") as string | null | undefined) ?? null);
    return { ms: done.at, source, profile: await readNavigationProfile(page, response, done.at) };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: "string", multiple: true, default: [] }, runs: { type: "string", default: "15" }, path: { type: "string", default: "/" } } });
  const urls = values.url.map((u) => new URL(values.path, u).href);
  if (urls.length < 2) throw new Error("give two or more --url (builds served at once against one Neo4j)");
  const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ARGS });
  const load = [loadavg()[0] ?? 0];
  const visits = new Map<string, Awaited<ReturnType<typeof visit>>[]>(urls.map((u) => [u, []]));
  try {
    // One discarded warm-up each: compiled routes, the driver, query plans, stored positions.
    for (const url of urls) await visit(browser, url);
    for (let i = 0; i < Number(values.runs); i++) {
      // The order turns every round, so neither address always goes first.
      for (const url of i % 2 === 0 ? urls : [...urls].reverse()) visits.get(url)?.push(await visit(browser, url));
      load.push(loadavg()[0] ?? 0);
    }
  } finally {
    await browser.close();
  }
  const results = urls.map((url) => {
    const runs = visits.get(url) ?? [];
    return { url, ms: runs.map((r) => r.ms), sources: [...new Set(runs.map((r) => r.source))], profile: summariseProfiles(runs.map((r) => r.profile)) };
  });
  const rows: (string | number)[][] = [["navigation to interactive (median)", ...results.map((r) => median(r.ms))]];
  for (const key of KEY_ROWS) {
    rows.push([`${key} (end)`, ...results.map((r) => r.profile.rows.find((row) => row.what.startsWith(key))?.end ?? Number.NaN)]);
  }
  rows.push(["positions drawn from", ...results.map((r) => r.sources.join(","))]);
  console.log(formatTable(["ms since navigation start", ...urls], rows));
  console.log(`runs ${values.runs} per address, alternating; load average (1 min) ${Math.min(...load).toFixed(1)}-${Math.max(...load).toFixed(1)}`);
  console.log(`results: ${writeResults("navigation-ab", { runs: Number(values.runs), loadAverage: load, results })}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
