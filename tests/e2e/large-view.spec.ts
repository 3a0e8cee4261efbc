import { expect, test } from "@playwright/test";
import { readGraphState } from "./support/cy";
import { ExplorerPage } from "./support/explorer-page";

test.describe("large views", () => {
  test("2,000 nodes render and lay out without freezing the page", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();
    const seq = await app.layoutSeq();

    // Long tasks (main thread busy > 50 ms) are recorded while the big view is drawn and laid out.
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: "longtask", buffered: false });
    });
    // A synthetic citation-like graph: 2,000 papers, about 1.5 edges each, drawn as a Cypher result would be.
    await page.evaluate(() => {
      const nodes = Array.from({ length: 2000 }, (_, i) => ({
        id: `synthetic/${i}`, labels: ["Paper"], kind: "paper" as const, label: `P${i}`, title: `Synthetic paper ${i}`,
        year: 2000 + (i % 24), area: null, builtUponBy: i % 7, properties: {},
      }));
      const edges: { id: string; type: string; source: string; target: string; origin: "curated"; properties: Record<string, unknown> }[] = [];
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      for (let i = 1; i < 2000; i++) {
        const k = random() < 0.5 ? 1 : 2;
        for (let j = 0; j < k; j++) {
          const t = Math.floor(random() * i);
          edges.push({ id: `e${i}-${j}`, type: "BUILDS_ON", source: `synthetic/${i}`, target: `synthetic/${t}`, origin: "curated", properties: {} });
        }
      }
      window.__showGraph!({ nodes, edges });
    });

    // The page answers while the layout runs (a timer fires on time).
    const lag = await page.evaluate(() => new Promise<number>((resolve) => {
      const start = performance.now();
      setTimeout(() => resolve(performance.now() - start - 50), 50);
    }));
    expect(lag).toBeLessThan(1_000);

    await app.layoutDone(seq, "fcose");
    const state = await readGraphState(page);
    expect(state.nodes).toBe(2000);
    // Laid out, not piled up: the drawing spans a real area.
    const box = await page.evaluate(() => window.__cy!.nodes().boundingBox({}));
    expect(box.w).toBeGreaterThan(1000);
    expect(box.h).toBeGreaterThan(1000);
    const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));
    test.info().annotations.push({ type: "longest main-thread task (ms)", description: String(Math.round(longest)) });
    expect(longest).toBeLessThan(2_000);
    await app.screenshot("large-view");

    // Switching to the hierarchy on a view this big falls back to the layered preview, with a note.
    const before = await app.layoutSeq();
    await app.layoutRadio("Hierarchical").click();
    await app.layoutDone(before, "dagre");
    await expect(page.getByText(/Hierarchical layout is limited to 500 nodes/)).toBeVisible();
  });
});
