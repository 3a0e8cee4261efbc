import { expect, test } from "@playwright/test";
import { readGraphState } from "./support/cy";
import { ExplorerPage } from "./support/explorer-page";

test.describe("cypher console tab", () => {
  test("loads the console only when its tab opens, keeps the query in the URL and draws results on the canvas", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();
    // Not loaded before the tab opens.
    await expect(page.getByTestId("cypher-run")).toHaveCount(0);

    const query = "MATCH (p:Paper)-[r:BUILDS_ON]->(q:Paper {id: '1706.03762'}) RETURN p, r, q LIMIT 5";
    await app.goto(`mode=cypher&cypher=${encodeURIComponent(query)}`);
    await expect(app.tab("Cypher")).toHaveAttribute("aria-selected", "true");
    const run = page.getByTestId("cypher-run");
    await expect(run).toBeVisible();
    await run.click();
    // The console hands its graph to the canvas: the Transformer and up to five papers building on it.
    await expect.poll(async () => (await readGraphState(page)).ids).toContain("1706.03762");
    const state = await readGraphState(page);
    expect(state.nodes).toBeGreaterThanOrEqual(2);
    expect(state.nodes).toBeLessThanOrEqual(6);
    expect(state.edges).toBeGreaterThanOrEqual(1);
    await app.layoutDone();
    await app.screenshot("cypher");
    await expect(page).toHaveURL(/mode=cypher&cypher=MATCH/);
  });
});
