/**
 * Where "shown until laid out" goes for a big view: the app marks each step of showing a view
 * on the page's performance timeline (`view:<step>`, app/components/graph-canvas/mark-view.ts,
 * the worker's steps carried back in its answer), and this reads them after a view was timed
 * and splits the time into consecutive parts. Used by bench/ui-bench.ts.
 */
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatTable, median, writeResults } from "./bench-stats";
import { runTsx, startBenchNeo4j } from "./bench-neo4j";
import { startNext } from "./next-server";
import { citationGraph, layoutSeq, showGraph, waitForLayout } from "./ui-measures";

/** The app's marks in the order they happen when a force layout runs in the worker; "frame" is the bench's own end. */
const STEPS = ["update", "added", "layout-start", "posted", "worker-start", "worker-draft", "worker-end", "received", "applied", "fitted", "done", "frame"] as const;

const PARTS: Record<(typeof STEPS)[number], string> = {
  update: "React state and render until the canvas takes the view",
  added: "elements diffed and added to Cytoscape (with their style)",
  "layout-start": "until the layout starts",
  posted: "graph read back, grid placeholder, worker created, graph posted",
  "worker-start": "worker start-up and the graph's transfer",
  "worker-draft": "spectral draft (fcose), spread",
  "worker-end": "layout in the worker (after the draft: refinement)",
  received: "positions' transfer back",
  applied: "positions applied (preset layout)",
  fitted: "fit",
  done: "positions read back, React told",
  frame: "first frame drawn",
};

/** Ms of each part of one view, keyed by the step that ends it; a step that did not happen is missing. */
export type ViewProfile = Record<string, number>;

/**
 * In page: the first `view:*` mark of each step at or after `shownAt`, then each part as the
 * time from the previous step that happened. `frameAt`: when the bench saw the frame drawn.
 * Clears the marks, so the next view starts afresh.
 */
export function readViewProfile([shownAt, frameAt, steps]: [number, number, readonly string[]]): Record<string, number> {
  const at: Record<string, number> = {};
  for (const entry of performance.getEntriesByType("mark")) {
    const step = entry.name.startsWith("view:") ? entry.name.slice(5) : null;
    if (step && entry.startTime >= shownAt && at[step] === undefined) at[step] = entry.startTime;
  }
  at.frame = frameAt;
  const parts: Record<string, number> = {};
  let previous = shownAt;
  for (const step of steps) {
    const time = at[step];
    if (time === undefined) continue;
    parts[step] = time - previous;
    previous = time;
  }
  performance.clearMarks();
  return parts;
}

export const VIEW_STEPS: readonly string[] = STEPS;

/** The table: one row per part, one column per view size (median of its runs, ms). */
export function viewProfileTable(views: readonly { nodes: number; profiles?: readonly ViewProfile[] }[]): string {
  const shown = views.filter((v) => v.profiles && v.profiles.length > 0);
  const rows = STEPS.map((step) => [
    `${PARTS[step]} (${step})`,
    ...shown.map((v) => {
      const values = (v.profiles ?? []).map((p) => p[step]).filter((x): x is number => x !== undefined);
      return values.length ? median(values) : "-";
    }),
  ]);
  rows.push(["total, shown until laid out and drawn", ...shown.map((v) => median((v.profiles ?? []).map((p) => Object.values(p).reduce((s, x) => s + x, 0))))]);
  return formatTable(["part of shown until laid out (ms)", ...shown.map((v) => `${v.nodes} nodes`)], rows);
}

/**
 * Standalone: `npx tsx bench/view-profile.ts [--url URL] [--runs 3] [--sizes 500,2000,5000]
 * [--screenshots DIR]`. Without --url it starts its own Neo4j with the bundled roadmap and
 * `next start` on the existing build. Shows each size through the app (force layout, as
 * ui-bench.ts does), prints the profile and stores it in bench/results/view-profile.json.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: "string" }, runs: { type: "string", default: "3" }, sizes: { type: "string", default: "500,2000,5000" }, screenshots: { type: "string" } } });
  let stop = async () => {};
  let url = values.url;
  if (!url) {
    const db = await startBenchNeo4j({ name: "view-profile", heap: "1g", pageCache: "256m" });
    const ingest = await runTsx("ingest/cli.ts", [], { NEO4J_URI: db.uri });
    if (ingest.code !== 0) throw new Error(`loading the bundled roadmap failed:\n${ingest.stderr}`);
    const server = await startNext(db.uri);
    url = server.url;
    stop = async () => {
      await server.stop();
      await db.stop();
    };
  }
  const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript("window.__name = (target) => target;");
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(waitForLayout, [0, null, 60_000] as [number, string | null, number]);
    const radio = (name: string) => page.getByRole("radiogroup", { name: /layout|раскладка/i }).getByRole("radio", { name });
    const views: { nodes: number; ms: number[]; profiles: ViewProfile[] }[] = [];
    for (const n of (values.sizes ?? "").split(",").map(Number)) {
      const view = { nodes: n, ms: [] as number[], profiles: [] as ViewProfile[] };
      for (let i = 0; i < Number(values.runs); i++) {
        await radio("Force-directed").click();
        await page.evaluate(waitForLayout, [(await page.evaluate(layoutSeq)) - 1, "fcose", 60_000] as [number, string | null, number]);
        const before = await page.evaluate(layoutSeq);
        const shownAt = await page.evaluate(showGraph, citationGraph(n));
        const done = await page.evaluate(waitForLayout, [before, "fcose", 120_000] as [number, string | null, number]);
        view.ms.push(done.at - shownAt);
        view.profiles.push(await page.evaluate(readViewProfile, [shownAt, done.at, VIEW_STEPS] as [number, number, readonly string[]]));
        if (values.screenshots && i === 0) await page.screenshot({ path: `${values.screenshots}/view-${n}.png` });
        // Another layout in between, so the next showing of the same graph is laid out afresh.
        const shownSeq = await page.evaluate(layoutSeq);
        await radio("Hierarchical").click();
        await page.evaluate(waitForLayout, [shownSeq, "dagre", 180_000] as [number, string | null, number]);
      }
      views.push(view);
      console.log(`${n} nodes: shown until laid out ${view.ms.map((ms) => ms.toFixed(0)).join(" / ")} ms`);
    }
    console.log(viewProfileTable(views));
    console.log(`results: ${writeResults("view-profile", { views })}`);
  } finally {
    await browser.close();
    await stop();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
