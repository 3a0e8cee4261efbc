/**
 * UI benchmark in Chromium (Playwright, not a test): navigation to an interactive overview of
 * the bundled roadmap; views of 500, 2,000 and 5,000 nodes shown through the app and laid out
 * (fcose as the app runs it, then its hierarchy, dagre, which the app caps at 500 nodes);
 * frames per second while panning and zooming, canvas against WebGL; first-load JavaScript of
 * the main page, gzipped, and what opening the Cypher console adds.
 * Standalone: `npx tsx bench/ui-bench.ts --url http://127.0.0.1:PORT` (an app on the bundled roadmap);
 * `--list ID` (repeatable) also times that loaded list's own page, `--lists-only` times the
 * overviews alone (the bundled roadmap's, the same run's baseline, and each list's).
 */
import { chromium, type Browser, type Page } from "@playwright/test";
import type { Core } from "cytoscape";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { formatTable, log, median, writeResults } from "./bench-stats";
import { answerNothingStored, profileTable, readNavigationProfile, summariseProfiles, type NavigationProfile, type ProfileSummary } from "./navigation-profile";
import { citationGraph, layoutEngineTimes, layoutSeq, measureFps, showGraph, waitForLayout } from "./ui-measures";
import { readViewProfile, VIEW_STEPS, viewProfileTable, type ViewProfile } from "./view-profile";

/** `lists`: ids of loaded lists whose own overview (?roadmap=ID) is timed too, e.g. a 1,000-paper awesome-list. */
export type UiOptions = { url: string; runs: number; sizes: number[]; fpsMs: number; engineSizes: number[]; dagreLimit: number; lists?: string[]; listsOnly?: boolean };
export type UiResult = {
  /** navigation to interactive, drawn from stored positions */
  overviewMs: number[];
  /** the same-run baseline: the browser lays the overview out itself (seeded), as before positions were stored */
  overviewComputedMs: number[];
  /** where each timed stored visit's positions came from ("stored" or "force") */
  overviewSources: (string | null)[];
  /** every visit, stored or computed, drew the very same positions */
  samePicture: boolean;
  overviewNodes: number;
  /** each timed list: ms from navigation to its overview laid out (big lists open as section clusters), and the nodes drawn */
  lists: { id: string; ms: number[]; nodes: number }[];
  /** `profiles`: each run's "shown until laid out" in parts (bench/view-profile.ts) */
  views: { nodes: number; fcoseMs: number[]; hierarchyMs: number[]; hierarchyLayout: string | null; profiles?: ViewProfile[] }[];
  fps: { renderer: string; nodes: number; fps: number; webglContext: boolean }[];
  /** the engines alone (headless, one run each): ms per layout, by graph size */
  engines: { nodes: number; ms: Record<string, number> }[];
  /** scripts the page's HTML names: Next's "first-load JS" */
  firstLoadJsGzipKb: number;
  /** everything fetched until the network is idle (adds what the page imports on mount) */
  loadedUntilIdleGzipKb: number;
  firstLoadLargest: { file: string; kb: number }[];
  cypherConsoleJsGzipKb: number;
  editorInFirstLoad: boolean;
  /** where the timed stored visits spent their time (bench/navigation-profile.ts) */
  navigationProfile?: ProfileSummary;
};

const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx keeps function names with an esbuild helper that the page does not have.
  await context.addInitScript("window.__name = (target) => target;");
  return context.newPage();
}

/**
 * One navigation to an interactive overview. `computed`: the stored positions are answered
 * "pending", so the browser lays the overview out itself (as every visit did before
 * positions were stored): the same-run baseline. Also returns where the positions came from
 * and a digest of them, to tell whether two visits drew the same picture.
 */
async function overview(browser: Browser, url: string, computed = false): Promise<{ ms: number; nodes: number; source: string | null; digest: string; profile: NavigationProfile }> {
  const page = await newPage(browser);
  try {
    if (computed) await answerNothingStored(page);
    const response = await page.goto(url, { waitUntil: "commit" });
    const done = await page.evaluate(waitForLayout, [0, null, 60_000] as [number, string | null, number]);
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Core }).__cy;
      const ids = cy.nodes().map((n) => n.id()).sort();
      return { source: (cy.scratch("layoutSource") as string | null | undefined) ?? null, picture: ids.map((id) => `${id}:${cy.getElementById(id).position("x")},${cy.getElementById(id).position("y")}`).join(";") };
    });
    return { ms: done.at, nodes: done.nodes, source: drawn.source, profile: await readNavigationProfile(page, response, done.at), digest: createHash("sha256").update(drawn.picture).digest("hex").slice(0, 16) };
  } finally {
    await page.context().close();
  }
}

/** Waits until the server has stored the overview's positions (it computes them after answering the first request). */
async function positionsStored(url: string, roadmap?: string): Promise<void> {
  const at = `${url.replace(/\/$/, "")}/api/positions?layout=fcose${roadmap ? `&roadmap=${encodeURIComponent(roadmap)}` : ""}`;
  for (let i = 0; i < 120; i++) {
    const answer = (await (await fetch(at)).json()) as { status?: string };
    if (answer.status === "ready" || answer.status === "too-large") return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`positions were not stored in 60 s: ${at}`);
}

/** Shows an n-node view; returns ms until fcose finished, then ms until the hierarchy finished. */
async function view(page: Page, n: number): Promise<{ fcoseMs: number; hierarchyMs: number; hierarchyLayout: string | null; profile: ViewProfile }> {
  const graph = citationGraph(n);
  await page.getByRole("radiogroup", { name: /layout|раскладка/i }).getByRole("radio", { name: "Force-directed" }).click();
  await page.evaluate(waitForLayout, [(await page.evaluate(layoutSeq)) - 1, "fcose", 60_000] as [number, string | null, number]);
  const before = await page.evaluate(layoutSeq);
  const shownAt = await page.evaluate(showGraph, graph);
  const fcose = await page.evaluate(waitForLayout, [before, "fcose", 120_000] as [number, string | null, number]);
  const seq = fcose.seq;
  const profile = await page.evaluate(readViewProfile, [shownAt, fcose.at, VIEW_STEPS] as [number, number, readonly string[]]);
  const clickedAt = await page.evaluate(() => performance.now());
  await page.getByRole("radiogroup", { name: /layout|раскладка/i }).getByRole("radio", { name: "Hierarchical" }).click();
  const dagre = await page.evaluate(waitForLayout, [seq, "dagre", 180_000] as [number, string | null, number]);
  return { fcoseMs: fcose.at - shownAt, hierarchyMs: dagre.at - clickedAt, hierarchyLayout: dagre.layout, profile };
}

type Scripts = { html: number; idle: number; later: number; editorFirst: boolean; largest: { file: string; kb: number }[] };

/**
 * Gzipped bytes of the main page's scripts: those its HTML names (what Next calls first-load
 * JS), all it fetched until the network went idle (also the chunks it imports on mount, such
 * as the graph library), and what `more` (opening the Cypher console) fetched after that.
 */
async function scriptSizes(browser: Browser, url: string, more: (page: Page) => Promise<void>): Promise<Scripts> {
  const page = await newPage(browser);
  const seen = new Map<string, { bytes: number; editor: boolean; phase: number }>();
  const pending: Promise<void>[] = [];
  let phase = 0;
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script" || seen.has(response.url())) return;
    const at = phase;
    seen.set(response.url(), { bytes: 0, editor: false, phase: at });
    pending.push(response.body().then((body) => {
      seen.set(response.url(), { bytes: gzipSync(body).length, editor: /codemirror|@neo4j-cypher/i.test(body.toString("utf8")), phase: at });
    }, () => undefined));
  });
  try {
    const response = await page.goto(url, { waitUntil: "networkidle" });
    const html = (await response?.text()) ?? "";
    const named = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1] ?? "", url).href));
    await page.waitForTimeout(500);
    phase = 1;
    await more(page);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    await Promise.all(pending);
    const entries = [...seen];
    const sum = (keep: (file: string, s: { phase: number }) => boolean) => entries.filter(([f, s]) => keep(f, s)).reduce((total, [, s]) => total + s.bytes, 0);
    const largest = entries.filter(([, s]) => s.phase === 0).sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 6).map(([file, s]) => ({ file: `${new URL(file).pathname.split("/").pop() ?? file}${named.has(file) ? "" : " (on mount)"}`, kb: s.bytes / 1024 }));
    return {
      html: sum((f, s) => s.phase === 0 && named.has(f)),
      idle: sum((_f, s) => s.phase === 0),
      later: sum((_f, s) => s.phase === 1),
      editorFirst: entries.some(([, s]) => s.phase === 0 && s.editor),
      largest,
    };
  } finally {
    await page.context().close();
  }
}

/** Fails at once, naming the command, when a list to time is not loaded (else its page would time out). */
async function checkListsLoaded(url: string, lists: readonly string[]): Promise<void> {
  if (lists.length === 0) return;
  const answer = await fetch(new URL("/api/roadmaps", url));
  if (!answer.ok) throw new Error(`GET /api/roadmaps answered ${answer.status}`);
  const loaded = new Set(((await answer.json()) as { roadmaps: { id: string }[] }).roadmaps.map((r) => r.id));
  const missing = lists.filter((id) => !loaded.has(id));
  if (missing.length > 0) throw new Error(`not loaded: ${missing.join(", ")}; load each with \`npm run ingest -- FILE --roadmap ID\` first`);
}

const NOT_MEASURED = { views: [], fps: [], engines: [], firstLoadJsGzipKb: Number.NaN, loadedUntilIdleGzipKb: Number.NaN, firstLoadLargest: [], cypherConsoleJsGzipKb: Number.NaN, editorInFirstLoad: false };

export async function runUiBench(options: UiOptions): Promise<UiResult> {
  await checkListsLoaded(options.url, options.lists ?? []);
  const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ARGS });
  try {
    // The first load warms the server (compiled routes, driver, query plans) and has it store the positions.
    await overview(browser, options.url);
    await positionsStored(options.url);
    const overviews = [];
    const computed = [];
    // Alternated, so both see the same machine.
    for (let i = 0; i < options.runs; i++) {
      overviews.push(await overview(browser, options.url));
      computed.push(await overview(browser, options.url, true));
    }
    const lists = [];
    for (const id of options.lists ?? []) {
      const at = `${options.url.replace(/\/$/, "")}/?roadmap=${encodeURIComponent(id)}`;
      const runs = [];
      await overview(browser, at); // the warm-up, as above
      await positionsStored(options.url, id);
      for (let i = 0; i < options.runs; i++) runs.push(await overview(browser, at));
      lists.push({ id, ms: runs.map((r) => r.ms), nodes: runs[0]?.nodes ?? 0 });
    }
    const overviewFigures = {
      overviewMs: overviews.map((o) => o.ms),
      overviewNodes: overviews[0]?.nodes ?? 0,
      overviewComputedMs: computed.map((o) => o.ms),
      overviewSources: overviews.map((o) => o.source),
      samePicture: new Set([...overviews, ...computed].map((o) => o.digest)).size === 1,
      navigationProfile: summariseProfiles(overviews.map((o) => o.profile)),
    };
    if (options.listsOnly) return { ...overviewFigures, lists, ...NOT_MEASURED };
    const page = await newPage(browser);
    await page.goto(options.url);
    await page.evaluate(waitForLayout, [0, null, 60_000] as [number, string | null, number]);
    const views: UiResult["views"] = [];
    const fps: UiResult["fps"] = [];
    for (const n of options.sizes) {
      const runs = [];
      for (let i = 0; i < options.runs; i++) runs.push(await view(page, n));
      views.push({ nodes: n, fcoseMs: runs.map((r) => r.fcoseMs), hierarchyMs: runs.map((r) => r.hierarchyMs), hierarchyLayout: runs[0]?.hierarchyLayout ?? null, profiles: runs.map((r) => r.profile) });
      if (n === 2000 || n === options.sizes[options.sizes.length - 1]) {
        for (const webgl of [null, false, true]) fps.push({ nodes: n, ...(await page.evaluate(measureFps, [options.fpsMs, webgl] as [number, boolean | null])) });
      }
    }
    const engines: UiResult["engines"] = [];
    for (const n of options.engineSizes) {
      const specs = ["fcose:draft", "fcose:default", ...(n <= options.dagreLimit ? ["dagre"] : [])];
      engines.push({ nodes: n, ms: await page.evaluate(layoutEngineTimes, [citationGraph(n), specs] as [ReturnType<typeof citationGraph>, string[]]) });
    }
    await page.context().close();
    const scripts = await scriptSizes(browser, options.url, async (p) => {
      // Clicked again until the console shows: a click before hydration does nothing.
      for (let attempt = 0; attempt < 12 && !(await p.getByTestId("cypher-tab").isVisible()); attempt++) {
        await p.getByRole("tab", { name: "Cypher" }).click();
        await p.getByTestId("cypher-tab").waitFor({ timeout: 5_000 }).catch(() => undefined);
      }
      await p.getByTestId("cypher-tab").waitFor({ timeout: 5_000 });
    }).catch((error: unknown): Scripts => {
      log(`ui: measuring the scripts failed: ${String(error).split("\n")[0]}`);
      return { html: Number.NaN, idle: Number.NaN, later: Number.NaN, editorFirst: false, largest: [] };
    });
    return {
      ...overviewFigures,
      lists,
      views,
      fps,
      engines,
      firstLoadJsGzipKb: scripts.html / 1024,
      loadedUntilIdleGzipKb: scripts.idle / 1024,
      firstLoadLargest: scripts.largest,
      cypherConsoleJsGzipKb: scripts.later / 1024,
      editorInFirstLoad: scripts.editorFirst,
    };
  } finally {
    await browser.close();
  }
}

export const UI_DEFAULTS = { sizes: [500, 2000, 5000], fpsMs: 3000, engineSizes: [500, 2000], dagreLimit: 2000 };

export function uiTable(result: UiResult): string {
  const rows: (string | number)[][] = [
    [`overview (${result.overviewNodes} nodes): navigation to interactive, stored positions`, median(result.overviewMs), "-"],
    [`overview: navigation to interactive, laid out in the browser (baseline)`, median(result.overviewComputedMs), "-"],
  ];
  for (const l of result.lists) rows.push([`list ${l.id} (${l.nodes} nodes drawn): navigation to interactive`, median(l.ms), "-"]);
  for (const v of result.views) rows.push([`${v.nodes} nodes: shown until laid out (fcose) / hierarchy${v.nodes > 500 ? " (app: layered preview, dagre is capped at 500)" : " (dagre)"}`, median(v.fcoseMs), median(v.hierarchyMs)]);
  for (const f of result.fps) rows.push([`${f.nodes} nodes: pan+zoom fps, ${f.renderer}${f.renderer === "webgl" ? " (software rasteriser)" : ""}`, f.fps, "-"]);
  for (const e of result.engines) for (const [spec, ms] of Object.entries(e.ms)) rows.push([`${e.nodes} nodes: ${spec} alone, headless (one run)`, ms, "-"]);
  if (Number.isNaN(result.firstLoadJsGzipKb) && result.views.length === 0) return `${formatTable(["measure", "median", "second"], rows)}${result.navigationProfile ? `\n\n${profileTable(result.navigationProfile)}` : ""}`;
  rows.push(
    ["first-load JS of the main page (scripts its HTML names), kB gzipped", result.firstLoadJsGzipKb, "-"],
    ["JS loaded until idle (adds chunks imported on mount), kB gzipped", result.loadedUntilIdleGzipKb, "-"],
    ["JS added by opening the Cypher console, kB gzipped", result.cypherConsoleJsGzipKb, "-"],
  );
  return `${formatTable(["measure", "median", "second"], rows)}${result.navigationProfile ? `\n\n${profileTable(result.navigationProfile)}` : ""}`;
}

export function uiTargets(result: UiResult): string[] {
  const overview = median(result.overviewMs);
  const two = result.views.find((v) => v.nodes === 2000);
  const five = result.views.find((v) => v.nodes === 5000);
  return [
    `roadmap overview interactive ${overview.toFixed(0)} ms after navigation from stored positions (target < 1000; ${median(result.overviewComputedMs).toFixed(0)} ms laid out in the browser): ${overview < 1000 ? "MET" : "NOT MET"}`,
    `returning visits show the same positions (${result.overviewSources.join(", ")}; stored and computed pictures ${result.samePicture ? "identical" : "DIFFERENT"}): ${result.samePicture && result.overviewSources.every((s) => s === "stored") ? "MET" : "NOT MET"}`,
    five ? `5,000-node view laid out in ${median(five.fcoseMs).toFixed(0)} ms (target < 2000): ${median(five.fcoseMs) < 2000 ? "MET" : "NOT MET"}` : "5,000-node view: not measured",
    ...result.lists.map((l) => `list ${l.id} interactive ${median(l.ms).toFixed(0)} ms after navigation (target < 1500): ${median(l.ms) < 1500 ? "MET" : "NOT MET"}`),
    two ? `2,000-node view laid out in ${median(two.fcoseMs).toFixed(0)} ms (target < 2000): ${median(two.fcoseMs) < 2000 ? "MET" : "NOT MET"}` : "2,000-node view: not measured",
    Number.isNaN(result.firstLoadJsGzipKb) ? "first-load JS: not measured" : `first-load JS ${result.firstLoadJsGzipKb.toFixed(0)} kB gzipped (target < 300; ${result.loadedUntilIdleGzipKb.toFixed(0)} kB with what loads on mount), Cypher editor ${result.editorInFirstLoad ? "IN" : "not in"} the load: ${result.firstLoadJsGzipKb < 300 && !result.editorInFirstLoad ? "MET" : "NOT MET"}`,
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { url: { type: "string" }, runs: { type: "string", default: "3" }, list: { type: "string", multiple: true, default: [] }, "lists-only": { type: "boolean", default: false } },
  });
  if (!values.url) throw new Error("--url of a running app (next start) on the bundled roadmap is required");
  const result = await runUiBench({ url: values.url, runs: Number(values.runs), ...UI_DEFAULTS, lists: values.list, listsOnly: values["lists-only"] });
  console.log(uiTable(result));
  if (result.views.length) console.log(viewProfileTable(result.views));
  for (const line of uiTargets(result)) console.log(line);
  console.log(`results: ${writeResults("ui", result)}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
