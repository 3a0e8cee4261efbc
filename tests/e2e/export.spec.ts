import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { readGraphState } from "./support/cy";
import { ExplorerPage } from "./support/explorer-page";

async function exportAs(page: Page, item: string): Promise<{ name: string; body: Buffer }> {
  await page.getByTestId("export-button").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: item }).click()]);
  return { name: download.suggestedFilename(), body: await readFile((await download.path())) };
}

test.describe("export", () => {
  test("exports the view as PNG and SVG, its data as JSON and a table as CSV", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();
    const state = await readGraphState(page);

    const png = await exportAs(page, "PNG image");
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");

    const svg = await exportAs(page, "SVG image");
    const svgText = svg.body.toString("utf8");
    expect(svgText.startsWith("<svg")).toBe(true);
    expect(svgText.match(/<text /g)?.length).toBe(state.nodes);
    // BUILDS_ON keeps its direction: one arrowhead per directed edge drawn.
    const directed = await page.evaluate(() => window.__cy!.edges('[type = "BUILDS_ON"], [type = "SURVEYS"]').length);
    expect(directed).toBeGreaterThan(0);
    expect(svgText.match(/<polygon class="arrow"/g)?.length).toBe(directed);

    const json = await exportAs(page, "JSON data");
    const data = JSON.parse(json.body.toString("utf8")) as { nodes: { id: string }[]; edges: unknown[] };
    expect(data.nodes.map((n) => n.id).sort()).toEqual([...state.ids].sort());
    expect(data.edges).toHaveLength(state.edges);

    const csv = await exportAs(page, "CSV table");
    const lines = csv.body.toString("utf8").trim().split("\r\n");
    expect(lines[0]).toBe("id,kind,label,title,year,area,builtUponBy");
    expect(lines).toHaveLength(state.nodes + 1);
  });
});
