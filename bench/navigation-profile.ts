/**
 * Where one navigation to an interactive overview spends its time, read in the page from the
 * Navigation and Resource Timing APIs, the paint entries and the marks the app sets
 * (`performance.mark`: app:hydrated in app/providers.tsx, cytoscape:import / cytoscape:ready in
 * load-cytoscape.ts, view:layout-start / view:layout-end in run-layout.ts, through mark-view.ts). Every time is ms since the
 * navigation started; "interactive" is the UI benchmark's own (waitForLayout in ui-measures.ts).
 * Used by bench/ui-bench.ts: one profile per timed visit, their median per row in the table.
 */
import type { Page, Response } from "@playwright/test";
import { formatTable, median } from "./bench-stats";

/** One row: when something started and ended (a point in time has start = end). */
export type ProfileRow = { what: string; start: number; end: number };
export type NavigationProfile = ProfileRow[];
/** The median of each row over the visits that had it (rows keep the first visit's order). */
export type ProfileSummary = { runs: number; rows: (ProfileRow & { seen: number })[] };

type PageEntries = {
  nav: { requestStart: number; responseStart: number; responseEnd: number; domInteractive: number; domContentLoaded: number; load: number };
  resources: { name: string; type: string; start: number; ttfb: number; end: number }[];
  marks: { name: string; at: number }[];
  paints: { name: string; at: number }[];
  longTasks: { start: number; duration: number }[];
};

/** In page: the entries; self-contained (it runs in Chromium through page.evaluate). */
function readEntries(): Promise<PageEntries> {
  const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  const resources = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((r) => ({
    name: r.name, type: r.initiatorType, start: r.startTime, ttfb: r.responseStart, end: r.responseEnd,
  }));
  const marks = performance.getEntriesByType("mark").map((m) => ({ name: m.name, at: m.startTime }));
  const paints = performance.getEntriesByType("paint").map((p) => ({ name: p.name, at: p.startTime }));
  // Long tasks are buffered by Chromium, so an observer made now still sees those of the load.
  return new Promise((resolve) => {
    const longTasks: { start: number; duration: number }[] = [];
    let observer: PerformanceObserver | null = null;
    const finish = () => {
      observer?.disconnect();
      resolve({
        nav: {
          requestStart: nav?.requestStart ?? 0, responseStart: nav?.responseStart ?? 0, responseEnd: nav?.responseEnd ?? 0,
          domInteractive: nav?.domInteractive ?? 0, domContentLoaded: nav?.domContentLoadedEventEnd ?? 0, load: nav?.loadEventEnd ?? 0,
        },
        resources, marks, paints, longTasks,
      });
    };
    try {
      observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
      });
      observer.observe({ type: "longtask", buffered: true });
    } catch {
      // No long-task timing in this browser: the profile simply has none.
    }
    setTimeout(finish, 50);
  });
}

const fileName = (url: string) => new URL(url).pathname.split("/").pop() ?? url;

/**
 * The profile of the visit `page` made (its HTML is `response`), which became interactive at
 * `interactiveAt` (performance.now() in the page). Scripts the HTML names are the first load;
 * other scripts fetched before interactive are the chunks imported on mount (Cytoscape, fcose).
 */
export async function readNavigationProfile(page: Page, response: Response | null, interactiveAt: number): Promise<NavigationProfile> {
  const html = (await response?.text().catch(() => "")) ?? "";
  const named = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1] ?? "", page.url()).href));
  const e = await page.evaluate(readEntries);
  const rows: ProfileRow[] = [
    { what: "HTML: request to first byte", start: e.nav.requestStart, end: e.nav.responseStart },
    { what: `HTML: response end (${(html.length / 1024).toFixed(0)} kB)`, start: e.nav.responseStart, end: e.nav.responseEnd },
  ];
  const scripts = e.resources.filter((r) => r.type === "script" || /\.js(\?|$)/.test(r.name));
  const first = scripts.filter((r) => named.has(r.name)).sort((a, b) => a.start - b.start);
  for (const s of first) rows.push({ what: `script (first load) ${fileName(s.name)}`, start: s.start, end: s.end });
  if (first.length) rows.push({ what: `first-load scripts, all ${first.length}`, start: Math.min(...first.map((s) => s.start)), end: Math.max(...first.map((s) => s.end)) });
  rows.push({ what: "DOM interactive (HTML parsed)", start: e.nav.domInteractive, end: e.nav.domInteractive });
  rows.push({ what: "DOMContentLoaded (sync scripts run)", start: e.nav.domContentLoaded, end: e.nav.domContentLoaded });
  const mark = (name: string) => e.marks.find((m) => m.name === name)?.at;
  const point = (what: string, at: number | undefined) => {
    if (at !== undefined) rows.push({ what, start: at, end: at });
  };
  point("hydrated (React mounted: app:hydrated)", mark("app:hydrated"));
  for (const api of ["/api/overview", "/api/positions"]) {
    const r = e.resources.find((x) => new URL(x.name).pathname === api);
    if (r) {
      rows.push({ what: `${api}: request to first byte`, start: r.start, end: r.ttfb });
      rows.push({ what: `${api}: request to end`, start: r.start, end: r.end });
    }
  }
  const chunks = scripts.filter((r) => !named.has(r.name) && r.start < interactiveAt).sort((a, b) => a.start - b.start);
  for (const s of chunks) rows.push({ what: `chunk (on mount) ${fileName(s.name)}`, start: s.start, end: s.end });
  const imported = mark("cytoscape:import");
  const ready = mark("cytoscape:ready");
  if (imported !== undefined && ready !== undefined) rows.push({ what: "cytoscape import() to ready", start: imported, end: ready });
  for (const p of e.paints) point(`paint: ${p.name}`, p.at);
  point("layout start (view:layout-start)", mark("view:layout-start"));
  point("layout end (view:layout-end)", mark("view:layout-end"));
  point("interactive (layout done, a frame drawn)", interactiveAt);
  const busy = e.longTasks.filter((t) => t.start < interactiveAt);
  rows.push({ what: "main thread: long tasks (> 50 ms) before interactive, how many", start: 0, end: busy.length });
  rows.push({ what: "main thread: long tasks before interactive, ms in all", start: 0, end: busy.reduce((sum, t) => sum + t.duration, 0) });
  for (const t of busy.sort((a, b) => b.duration - a.duration).slice(0, 3)) rows.push({ what: `long task at ${t.start.toFixed(0)}`, start: t.start, end: t.start + t.duration });
  return rows;
}

/**
 * Has the page's stored positions answered "pending" (none stored), so that it lays the overview
 * out itself: the same-run baseline. They come inside GET /api/overview's answer (before, of
 * GET /api/positions: both are rewritten, so builds of either kind can be compared).
 */
export async function answerNothingStored(page: Page): Promise<void> {
  await page.route(/\/api\/(overview|positions)\?/, async (route) => {
    const answer = await route.fetch();
    const body = (await answer.json()) as Record<string, unknown> & { positions?: { status?: unknown } };
    const pending = { status: "pending", positions: {} };
    const inside = typeof body.positions?.status === "string";
    await route.fulfill({ response: answer, json: inside ? { ...body, positions: { ...body.positions, ...pending } } : { ...body, ...pending } });
  });
}

/** Median of each row over the visits. Rows named by file (or by start) differ between visits; counted by `seen`. */
export function summariseProfiles(profiles: readonly NavigationProfile[]): ProfileSummary {
  const order: string[] = [];
  const byWhat = new Map<string, ProfileRow[]>();
  for (const profile of profiles) {
    for (const row of profile) {
      const key = row.what.startsWith("long task at ") ? `long task #${profile.filter((r) => r.what.startsWith("long task at ")).indexOf(row) + 1}` : row.what;
      if (!byWhat.has(key)) {
        order.push(key);
        byWhat.set(key, []);
      }
      byWhat.get(key)?.push(row);
    }
  }
  return {
    runs: profiles.length,
    rows: order.map((what) => {
      const rows = byWhat.get(what) ?? [];
      return { what, start: median(rows.map((r) => r.start)), end: median(rows.map((r) => r.end)), seen: rows.length };
    }),
  };
}

export function profileTable(summary: ProfileSummary): string {
  const rows = summary.rows.map((r) => [r.what, r.start, r.end, r.end - r.start, `${r.seen}/${summary.runs}`]);
  return `navigation to interactive, median of ${summary.runs} visits (ms since navigation start)\n${formatTable(["event", "start", "end", "took", "seen"], rows)}`;
}
