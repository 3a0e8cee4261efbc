import { expect, test } from "@playwright/test";
import { readGraphState } from "./support/cy";
import { ExplorerPage } from "./support/explorer-page";

test.describe("layouts", () => {
  test("switches between force-directed, hierarchical, timeline and concentric, each kept in the URL", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    let seq = await app.layoutDone(0, "fcose");
    await expect(app.layoutRadio("Force-directed")).toHaveAttribute("aria-checked", "true");
    // The first drawing appears at once; a switch afterwards animates from the old picture.
    const animated = () => page.evaluate(() => window.__cy!.scratch("layoutAnimated") as boolean);
    expect(await animated()).toBe(false);

    await app.layoutRadio("Hierarchical").click();
    seq = await app.layoutDone(seq, "dagre");
    expect(await animated()).toBe(true);
    await expect(page).toHaveURL(/layout=dagre/);
    // Earlier papers on top: every BUILDS_ON edge points up (the target is the older paper).
    const downward = await page.evaluate(() =>
      window.__cy!.edges('[type = "BUILDS_ON"]').filter((e) => e.target().position("y") >= e.source().position("y")).length,
    );
    expect(downward).toBe(0);
    await app.screenshot("layout-hierarchical");

    await app.layoutRadio("Timeline").click();
    seq = await app.layoutDone(seq, "timeline");
    await expect(page).toHaveURL(/layout=timeline/);
    // x follows the year: sorting dated nodes by x sorts them by year.
    const ordered = await page.evaluate(() => {
      const points = window.__cy!.nodes().map((n) => ({ x: n.position("x"), year: n.data("year") as unknown }));
      const byX = points
        .filter((p): p is { x: number; year: number } => typeof p.year === "number")
        .sort((a, b) => a.x - b.x)
        .map((p) => p.year);
      return byX.every((year, i) => i === 0 || year >= byX[i - 1]!);
    });
    expect(ordered).toBe(true);
    // A year axis follows the drawing.
    await expect(page.getByTestId("timeline-axis")).toContainText("2017");
    await app.screenshot("layout-timeline");

    await app.layoutRadio("Concentric").click();
    await app.layoutDone(seq, "concentric");
    await expect(page).toHaveURL(/layout=concentric/);

    // The layout survives a reload because it is in the URL.
    const nodes = (await readGraphState(page)).nodes;
    await page.reload();
    await app.layoutDone(0, "concentric");
    expect((await readGraphState(page)).nodes).toBe(nodes);
  });
});
