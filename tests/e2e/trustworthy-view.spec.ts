import { expect, test, type Page } from "@playwright/test";
import { readGraphState } from "./support/cy";
import { ExplorerPage } from "./support/explorer-page";

/** For each labelled year on the axis: how far (in year columns) its papers sit from the label. */
async function axisOffsets(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const box = cy.container()!.getBoundingClientRect();
    const column = cy.zoom() * 140;
    const out: number[] = [];
    for (const tick of document.querySelectorAll<HTMLElement>('[data-testid="timeline-axis"] .timeline-tick')) {
      const year = Number(tick.textContent);
      if (!Number.isInteger(year)) continue;
      const xs = cy.nodes(`[year = ${year}]`).map((n) => n.renderedPosition().x);
      if (xs.length === 0) continue;
      const label = tick.getBoundingClientRect();
      const centre = label.left + label.width / 2 - box.left;
      out.push(Math.max(...xs.map((x) => Math.abs(x - centre))) / column);
    }
    return out;
  });
}

test.describe("what the explorer shows is true", () => {
  test("the timeline axis still labels each year's papers after a year filter", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto("layout=timeline");
    await app.layoutDone(0, "timeline");
    await expect.poll(async () => (await axisOffsets(page)).length).toBeGreaterThan(3);
    expect(Math.max(...(await axisOffsets(page)))).toBeLessThan(0.5);

    await page.getByTestId("filters").locator("summary").click();
    await page.getByTestId("filters").getByLabel("From").fill("2020");
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes().filter((n) => ((n.data("year") as number | null) ?? 9999) < 2020).length)).toBe(0);
    await expect(page.getByTestId("timeline-axis")).toContainText("2020");
    // Every labelled year sits over its own papers (within half a column), not over older ones.
    await expect.poll(async () => {
      const offsets = await axisOffsets(page);
      return offsets.length > 0 && Math.max(...offsets) < 0.5;
    }).toBe(true);
    expect((await readGraphState(page)).nodes).toBeGreaterThan(0);
  });
});

test.describe("filters do what they say", () => {
  test("SAME_TOPIC is off by default and loads its edges when asked for", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();
    await page.getByTestId("filters").locator("summary").click();
    await expect(page.getByTestId("filters").getByRole("checkbox", { name: /SAME_TOPIC/ })).not.toBeChecked();
    expect(await page.evaluate(() => window.__cy!.edges('[type = "SAME_TOPIC"]').length)).toBe(0);

    await app.goto("types=SAME_TOPIC");
    await expect.poll(() => page.evaluate(() => window.__cy?.edges('[type = "SAME_TOPIC"]').length ?? 0)).toBeGreaterThan(0);
    const types = await page.evaluate(() => [...new Set(window.__cy!.edges().map((e) => e.data("type") as string))]);
    expect(types.filter((t) => t !== "PART_OF")).toEqual(["SAME_TOPIC"]);
  });

  test("Kinds = resource shows the roadmap's resources", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto("kinds=resource");
    await expect.poll(() => page.evaluate(() => window.__cy?.nodes('[kind = "resource"]').length ?? 0)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__cy!.nodes().every((n) => n.data("kind") === "resource"))).toBe(true);
    await expect(page.getByTestId("canvas-status")).toHaveCount(0);
  });
});

test.describe("console graphs", () => {
  test("a query returning only nodes draws them connected, and the toggle takes the connections away", async ({ page }) => {
    const app = new ExplorerPage(page);
    const query = "MATCH (p:Paper)-[:BUILDS_ON]->(q) RETURN p, q LIMIT 50";
    await app.goto(`mode=cypher&cypher=${encodeURIComponent(query)}`);
    await page.getByTestId("cypher-run").click();
    await expect.poll(async () => (await readGraphState(page)).nodes).toBeGreaterThan(10);
    await expect.poll(async () => (await readGraphState(page)).edges).toBeGreaterThan(10);
    const types = await page.evaluate(() => [...new Set(window.__cy!.edges().map((e) => e.data("type") as string))]);
    expect(types).toContain("BUILDS_ON");

    const connect = page.getByTestId("cypher-connect");
    await expect(connect).toBeChecked();
    await connect.uncheck();
    await expect.poll(async () => (await readGraphState(page)).edges).toBe(0);
    await connect.check();
    await expect.poll(async () => (await readGraphState(page)).edges).toBeGreaterThan(10);
  });
});

test.describe("picking and expanding say what they did", () => {
  test("a picked search result is centred, labelled and outlined with its neighbours", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();
    await app.searchAndPick(app.search, "bert", /^BERT: Pre-training/);
    const bert = "1810.04805";
    await expect.poll(() => page.evaluate((id) => window.__cy!.getElementById(id).hasClass("focus"), bert)).toBe(true);
    const unmarked = await page.evaluate((id) => window.__cy!.getElementById(id).neighborhood().nodes().not(".focus").length, bert);
    expect(unmarked).toBe(0);
    // Centred once the camera has moved.
    await expect.poll(() => page.evaluate((id) => {
      const cy = window.__cy!;
      const p = cy.getElementById(id).renderedPosition();
      return Math.abs(p.x - cy.width() / 2) < 30 && Math.abs(p.y - cy.height() / 2) < 30;
    }, bert)).toBe(true);
    await app.screenshot("search-pick-focus");
  });

  test("expand on the overview says how many nodes it added and how many relations it shows", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto("sel=1706.03762");
    await app.layoutDone();
    await app.details.getByRole("button", { name: "Expand" }).click();
    const report = page.getByTestId("expand-report");
    await expect(report).toHaveText(/^\d+ new, \d+ relations shown$/);
    const relations = Number(/(\d+) relations/.exec((await report.textContent()) ?? "")![1]);
    await expect.poll(() => page.evaluate(() => window.__cy!.getElementById("1706.03762").connectedEdges().length)).toBe(relations);
  });
});

test.describe("sections keep their prerequisites", () => {
  test("a section shows the outside prerequisites its papers build on, in the outside colour", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto("section=generative-ai%2Fdiffusion-models");
    await app.layoutDone();
    const outside = await page.evaluate(() =>
      window.__cy!.nodes('[kind = "paper"][area = "none"]').map((n) => n.id()),
    );
    expect(outside).toContain("1312.6114"); // VAE, which Latent Diffusion builds on
    // Each is a prerequisite of a paper of the section: it has an incoming BUILDS_ON edge on screen.
    const linked = await page.evaluate((ids) => ids.every((id) => window.__cy!.getElementById(id).incomers('edge[type = "BUILDS_ON"]').length > 0), outside);
    expect(linked).toBe(true);
  });
});

test.describe("loading a shared link", () => {
  test("opening a page with a selection aborts no request", async ({ page }) => {
    const failed: string[] = [];
    page.on("requestfailed", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/")) failed.push(`${request.url()} ${request.failure()?.errorText ?? ""}`);
    });
    const app = new ExplorerPage(page);
    await app.goto("sel=1706.03762");
    await app.layoutDone();
    await expect(app.details.getByRole("heading", { level: 2 })).toBeVisible();
    // Clearing the selection shows the start panel, which uses the stats the page asked for.
    await page.getByTestId("cy").press("Escape");
    await expect(page.getByTestId("start-here")).toBeVisible();
    await expect(page.getByTestId("most-built-upon")).toBeVisible();
    expect(failed).toEqual([]);
  });
});

test.describe("an impossible year range", () => {
  test("says why only sections are left", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto("from_y=2022&to_y=2018");
    await app.layoutDone();
    await page.getByTestId("filters").locator("summary").click();
    await expect(page.getByTestId("year-range-warning")).toContainText("after the end year");
    expect(await page.evaluate(() => window.__cy!.nodes().every((n) => n.data("year") === null))).toBe(true);
  });
});

test.describe("a shared Cypher link", () => {
  test("runs its query on opening, without a click", async ({ page }) => {
    const app = new ExplorerPage(page);
    const query = "MATCH (p:Paper {id: '1706.03762'})<-[:BUILDS_ON]-(q:Paper) RETURN p, q LIMIT 3";
    await app.goto(`mode=cypher&cypher=${encodeURIComponent(query)}`);
    await expect.poll(async () => (await readGraphState(page)).ids).toContain("1706.03762");
  });
});

test.describe("keyboard", () => {
  test("the node list is one Tab stop with arrows inside, and the Export menu follows the menu button pattern", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();
    const list = page.getByTestId("graph-list");
    const rows = await list.locator("button.node-link").count();
    expect(rows).toBeGreaterThan(100);
    expect(await list.locator('button.node-link:not([tabindex="-1"])').count()).toBe(1);
    await list.locator('button.node-link[tabindex="0"]').focus();
    await page.keyboard.press("ArrowDown");
    await expect(list.locator("button.node-link").nth(1)).toBeFocused();
    await page.keyboard.press("End");
    await expect(list.locator("button.node-link").nth(rows - 1)).toBeFocused();

    const exportButton = page.getByTestId("export-button");
    await exportButton.focus();
    await page.keyboard.press("Enter");
    const items = page.getByRole("menu").getByRole("menuitem");
    await expect(items.first()).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(items.last()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu")).toHaveCount(0);
    await expect(exportButton).toBeFocused();
  });
});
