import { expect, test } from "@playwright/test";
import { readGraphState } from "./support/cy";

test.describe("home page", () => {
  test("shows the app's name, the database health and the node count from the real Neo4j", async ({ page, request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    const body = (await health.json()) as { graph: { nodes: number }; neo4j: { version: string } };
    expect(body.graph.nodes).toBeGreaterThan(0);

    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Roadmap Graph Explorer" })).toBeVisible();
    await expect(page.getByTestId("db-status")).toContainText(`Neo4j ${body.neo4j.version}`);
    await expect(page.getByTestId("node-count")).toHaveText(String(body.graph.nodes));

    // The graph is drawn by Cytoscape: read its state from the instance, not from pixels.
    await expect.poll(async () => (await readGraphState(page)).nodes).toBeGreaterThan(0);
    // Nothing the page asks for is missing (a browser asks for /favicon.ico unless the page names an icon).
    await expect(page.locator('head link[rel="icon"]')).toHaveAttribute("href", /icon/);
    expect(failed).toEqual([]);
    await page.screenshot({ path: test.info().outputPath("home.png") });
  });
});
