import { expect, test } from "@playwright/test";
import { ExplorerPage } from "./support/explorer-page";

/**
 * What the overview needs on the way to its first drawing is named by the HTML itself, so the
 * browser asks for it while it parses the page, not once the page's scripts have run: every
 * script of some size the page loads until the overview is drawn is a script or a preload of the
 * HTML (the graph library, imported on mount, among them; a few-hundred-byte module wrapper
 * around it is not), and the map needs one API request.
 */
test("the overview's scripts are all named by the HTML, and its data and positions come in one request", async ({ page }) => {
  const scripts: Promise<{ path: string; bytes: number }>[] = [];
  const api: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/api/")) api.push(url.pathname);
  });
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.push(response.body().then((body) => ({ path: new URL(response.url()).pathname, bytes: body.length }), () => ({ path: response.url(), bytes: 0 })));
  });
  const app = new ExplorerPage(page);
  const [html] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === "/" && r.request().resourceType() === "document").then((r) => r.text()), app.goto()]);
  await app.layoutDone(0, "fcose");
  const named = new Set([...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="preload"[^>]*\shref)="([^"]+)"/g), ...html.matchAll(/<link[^>]*\shref="([^"]+)"[^>]*rel="preload"/g)].map((m) => new URL(m[1] ?? "", page.url()).pathname));
  const cytoscapeLoaded = await page.evaluate(() => performance.getEntriesByName("cytoscape:ready").length);
  expect(cytoscapeLoaded).toBe(1);
  const loaded = await Promise.all(scripts);
  const big = loaded.filter((s) => s.bytes > 10_000);
  expect(big.length).toBeGreaterThan(3);
  expect(big.filter((s) => !named.has(s.path))).toEqual([]);
  expect(api.filter((path) => path.startsWith("/api/overview") || path.startsWith("/api/positions"))).toEqual(["/api/overview"]);
});
