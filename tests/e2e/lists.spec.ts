import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import type { Core } from "cytoscape";
import { ExplorerPage, PAPERS } from "./support/explorer-page";

/**
 * Many lists in one explorer: with the bundled roadmap and two small lists of our own loaded,
 * each list shows only its sections and overview, the choice survives in the URL, a file
 * dropped on the page becomes a list (and is refused where page loading is off), and a paper's
 * details say which lists hold it.
 */
// Playwright runs from the project root (see playwright.config.ts).
const fixture = (name: string) => readFileSync(resolve("tests", "fixtures", name), "utf8");
const SECOND = { id: "second-roadmap", file: "second-roadmap.md", title: "Efficient Attention Reading List", sections: ["Foundations", "Faster Inference"] };
const DIFFUSION = { id: "diffusion-reading-list", file: "diffusion-reading-list.md", title: "Diffusion Reading List", sections: ["Denoising Diffusion", "Latent and Transformer Backbones"] };
const OFF_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  const answer = await request.post(`/api/roadmaps?name=${SECOND.file}`, { data: fixture(SECOND.file), headers: { "content-type": "application/octet-stream" } });
  expect(answer.status(), await answer.text()).toBe(200);
});

test.afterAll(async ({ request }) => {
  // Other specs read the bundled roadmap alone.
  for (const id of [SECOND.id, DIFFUSION.id]) await request.delete(`/api/roadmaps?id=${id}`);
});

const picker = (page: Page) => page.getByTestId("list-picker");
const option = (page: Page, id: string) => picker(page).locator(`button.list-option[data-list="${id}"]`);
const topSections = (page: Page) => page.getByTestId("section-tree").locator(".tree-root > li > .tree-row .tree-name");

/** The lists drawn on the canvas: its roadmap nodes (every section hangs from one by PART_OF/SUBSECTION_OF). */
async function canvasSectionLists(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy?: Core }).__cy;
    if (!cy) return [];
    return cy.nodes(":visible").filter((n) => n.data("kind") === "roadmap").map((n) => n.id()).sort();
  });
}

async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(([fileName, content]) => {
    const data = new DataTransfer();
    data.items.add(new File([content], fileName, { type: "text/markdown" }));
    return data;
  }, [name, text] as const);
  await page.dispatchEvent("body", "dragover", { dataTransfer: transfer });
  await page.dispatchEvent("body", "drop", { dataTransfer: transfer });
}

test("each list shows only its own sections and overview; all lists shows every list and what pairs share", async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.goto();
  await expect(option(page, "generative-ai")).toContainText(/\d+ papers/);
  await expect(option(page, SECOND.id)).toContainText(`${SECOND.title}`);
  await expect(option(page, SECOND.id)).toContainText("5 papers");

  await option(page, SECOND.id).click();
  await expect(page).toHaveURL(/roadmap=second-roadmap/);
  await expect(option(page, SECOND.id)).toHaveAttribute("aria-current", "true");
  await expect(topSections(page)).toHaveText(SECOND.sections);
  await expect.poll(() => canvasSectionLists(page)).toEqual([SECOND.id]);

  await option(page, "generative-ai").click();
  await expect(topSections(page)).toHaveCount(5);
  await expect(topSections(page).first()).toHaveText("Background Knowledge");
  await expect.poll(() => canvasSectionLists(page)).toEqual(["generative-ai"]);

  await option(page, "").click();
  await expect(page).not.toHaveURL(/roadmap=/);
  await expect.poll(() => canvasSectionLists(page)).toEqual(["generative-ai", SECOND.id]);
  const pair = page.getByTestId("shared-pairs").locator(`li[data-pair="generative-ai|${SECOND.id}"]`);
  await expect(pair).toContainText(SECOND.title);
  await expect(pair.locator(".tree-count")).toHaveText(/^[1-9]\d*$/);
  // The section tree groups each list's sections under the list's title.
  const group = (id: string) => page.getByTestId("section-tree").locator(`.tree-list[data-list="${id}"]`);
  await expect(page.getByTestId("section-tree").locator(".tree-list")).toHaveCount(2);
  await expect(group(SECOND.id).locator(".tree-list-name")).toHaveText(SECOND.title);
  await expect(group(SECOND.id).locator(".tree-root > li > .tree-row .tree-name")).toHaveText(SECOND.sections);
  await expect(group("generative-ai").locator(".tree-root > li > .tree-row .tree-name")).toHaveCount(5);
  await expect(group("generative-ai").locator(".tree-root > li > .tree-row .tree-name").first()).toHaveText("Background Knowledge");
  await app.screenshot("all-lists-section-tree");
});

test("search looks in the chosen list, or in every list with the scope switch, which the URL keeps", async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.goto(`roadmap=${SECOND.id}`);
  const scope = page.getByRole("radiogroup", { name: "Search in" });
  await expect(scope.getByRole("radio", { name: "This list" })).toHaveAttribute("aria-checked", "true");
  const listbox = page.getByRole("listbox");
  // Mamba is in the bundled roadmap only.
  await app.search.fill("mamba");
  await expect(listbox.getByText("No matches")).toBeVisible();
  await app.screenshot("search-scope-this-list");

  await scope.getByRole("radio", { name: "All lists" }).click();
  await expect(page).toHaveURL(/scope=all/);
  await app.search.press("ArrowDown");
  const hit = listbox.getByRole("option", { name: /Mamba/ }).first();
  await expect(hit).toBeVisible();
  await expect(hit.getByTestId("search-other-list")).toHaveText("in Generative AI Roadmap");
  await app.screenshot("search-scope-all-lists");

  await page.reload();
  await expect(page.getByRole("radiogroup", { name: "Search in" }).getByRole("radio", { name: "All lists" })).toHaveAttribute("aria-checked", "true");
  await page.getByRole("radiogroup", { name: "Search in" }).getByRole("radio", { name: "This list" }).click();
  await expect(page).not.toHaveURL(/scope=/);
  // The list's own papers say nothing more; GQA is in both lists.
  await app.search.fill("GQA");
  await expect(listbox.getByRole("option", { name: /GQA/ }).first()).toBeVisible();
  await expect(listbox.getByTestId("search-other-list")).toHaveCount(0);

  // Without a chosen list there is nothing to scope to.
  await option(page, "").click();
  await expect(page.getByTestId("search-scope")).toHaveCount(0);
});

test("the chosen list comes back from the URL in a fresh browser context", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = new ExplorerPage(page);
  await app.goto(`roadmap=${SECOND.id}`);
  await expect(option(page, SECOND.id)).toHaveAttribute("aria-current", "true");
  await expect(topSections(page)).toHaveText(SECOND.sections);
  await expect.poll(() => canvasSectionLists(page)).toEqual([SECOND.id]);
  await context.close();
});

test("a file dropped on the page becomes a new list, which opens; its papers say which lists hold them", async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.goto();
  await expect(page.getByTestId("load-list").getByRole("button", { name: "Load a list…", exact: true })).toBeVisible();
  await dropFile(page, DIFFUSION.file, fixture(DIFFUSION.file));
  await expect(page.getByTestId("load-result")).toContainText(`Loaded “${DIFFUSION.title}”: 5 papers`);
  await expect(page).toHaveURL(/roadmap=diffusion-reading-list/);
  await expect(option(page, DIFFUSION.id)).toHaveAttribute("aria-current", "true");
  await expect(topSections(page)).toHaveText(DIFFUSION.sections);
  await expect.poll(() => canvasSectionLists(page)).toEqual([DIFFUSION.id]);

  await app.goto(`roadmap=${DIFFUSION.id}&sel=${PAPERS.transformer}`);
  const lists = page.getByTestId("paper-lists");
  await expect(lists.locator(`li[data-list="${DIFFUSION.id}"]`)).toContainText("Latent and Transformer Backbones");
  await expect(lists.locator(`li[data-list="${SECOND.id}"]`)).toContainText("Foundations");
  await expect(lists.locator('li[data-list="generative-ai"]')).toBeVisible();
});

test("a flawed entry is a warning with its line, the rest loads; a file that is no list loads nothing", async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.goto();
  await expect(option(page, DIFFUSION.id)).toBeVisible();
  const before = await picker(page).locator("button.list-option").count();
  await dropFile(page, "prose.md", "# Notes\n\nJust prose, no links at all.\n");
  await expect(page.getByTestId("load-error")).toContainText("prose.md");
  await expect(option(page, "prose")).toHaveCount(0);
  await expect(picker(page).locator("button.list-option")).toHaveCount(before);

  await dropFile(page, "flawed.md", "# Flawed\n\n## Section\n\n- [A paper(https://arxiv.org/abs/1706.03762)\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n");
  await expect(page.getByTestId("load-warnings")).toContainText(":5:");
  await expect(page.getByTestId("load-warnings")).toContainText('closing "]"');
  await expect(option(page, "flawed")).toHaveCount(1);
  // Leave the graph as the later specs expect it.
  expect((await page.request.delete("/api/roadmaps?id=flawed")).ok()).toBe(true);
});

test("where page loading is off, a dropped file is refused and nothing is loaded", async ({ page }) => {
  await page.goto(OFF_URL);
  await expect(page.getByTestId("load-list")).toContainText("ALLOW_PAGE_INGEST");
  await expect(picker(page).getByRole("button", { name: /Remove list/ })).toHaveCount(0);
  await dropFile(page, "refused-list.md", fixture(DIFFUSION.file).replace("# Diffusion Reading List", "# Refused List"));
  await expect(page.getByTestId("load-error")).toContainText(/off on this server/);
  await expect(option(page, "refused-list")).toHaveCount(0);
});
