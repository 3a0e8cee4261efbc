/**
 * Citation data in the UI: a list loaded and enriched against the replay server (in setup, put
 * back afterwards) shows its derived BUILDS_ON dashed on the canvas, each derived step with the
 * citing sentence, the suggested prerequisite with its badge, and a curated-only toggle kept in
 * the URL.
 */
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import type { Core } from "cytoscape";
import { readNode } from "./support/cy";
import { ExplorerPage } from "./support/explorer-page";

// Playwright runs from the project root (playwright.config.ts).
const ROOT = process.cwd();
const SNAPSHOT = join(tmpdir(), `e2e-citation-snapshot-${process.pid}.json`);
const MEMIT = "2210.07229", SUGGESTED = "2004.00345";

function citationData(command: "load" | "restore"): void {
  const run = spawnSync(resolve(ROOT, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "tests/e2e/support/citation-data.ts", command, SNAPSHOT], { cwd: ROOT, env: process.env, encoding: "utf8", timeout: 120_000 });
  if (run.status !== 0) throw new Error(`citation-data ${command} failed:\n${run.stdout}\n${run.stderr}`);
}

/** Line style of each BUILDS_ON edge on the canvas, by origin. */
async function edgeStyles(page: Page): Promise<{ origin: string; style: string }[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy?: Core }).__cy;
    return (cy?.edges("[type = 'BUILDS_ON']").map((e) => ({ origin: String(e.data("origin")), style: String(e.style("line-style")) })) ?? []);
  });
}

test.describe("citation-derived edges", () => {
  test.describe.configure({ timeout: 180_000 });
  test.beforeAll(() => citationData("load"));
  test.afterAll(() => citationData("restore"));

  test("draws derived edges dashed, shows their evidence and marks the suggested prerequisite", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto(`mode=path&target=${MEMIT}`);
    const panel = page.getByTestId("reading-path");
    const steps = panel.getByTestId("path-step");
    await expect(steps.first()).toBeVisible();
    const allSteps = await steps.count();
    expect(allSteps).toBeGreaterThanOrEqual(5);
    // MEND builds on KE by citation: KE's step says so with the citing sentence.
    const ke = steps.filter({ hasText: "Editing Factual Knowledge in Language Models" });
    await expect(ke.getByTestId("evidence").first()).toHaveText(/^derived from citations: \w.{10,}/);
    const suggested = steps.filter({ has: page.getByTestId("suggested-badge") });
    await expect(suggested).toHaveCount(1);
    await expect(suggested.getByTestId("suggested-badge")).toHaveText("suggested");

    await app.layoutDone(0, "dagre");
    const styles = await edgeStyles(page);
    expect(styles.filter((e) => e.origin === "citation").length).toBeGreaterThan(0);
    for (const edge of styles) expect(edge.style).toBe(edge.origin === "citation" ? "dashed" : "solid");
    expect((await readNode(page, SUGGESTED)).data.suggested).toBe("yes");
    expect(await page.evaluate((id) => (window as unknown as { __cy: Core }).__cy.getElementById(id).style("border-style") as string, SUGGESTED)).toBe("dashed");
    await app.screenshot("citation-path-en-light");

    // Curated only: the lists' own edges alone (fewer steps, ROME still first of MEMIT's), no
    // evidence, and the choice is in the URL.
    await panel.getByTestId("edge-set").getByLabel("Curated only").check();
    await expect(page).toHaveURL(/edges=curated/);
    await expect(panel.getByTestId("evidence")).toHaveCount(0);
    await expect.poll(() => steps.count()).toBeLessThan(allSteps);
    await expect(steps.filter({ hasText: "Locating and Editing Factual Associations in GPT" })).toHaveCount(1);
    await expect(steps.filter({ hasText: "Editing Factual Knowledge in Language Models" })).toHaveCount(0);
    const curatedSteps = await steps.count();
    await page.reload();
    await expect(steps).toHaveCount(curatedSteps);
    await panel.getByTestId("edge-set").getByLabel("Curated and citations").check();
    await expect(page).not.toHaveURL(/edges=curated/);
    await expect(panel.getByTestId("evidence").first()).toBeVisible();

    // The details of a paper show the evidence of its derived BUILDS_ON, and the legend names them.
    await page.goto(`/?sel=2104.08696`);
    await expect(page.getByTestId("builds-on")).toContainText(/derived from citations: .*key-value memories/);
    await expect(page.getByTestId("legend-derived")).toContainText("builds on (derived)");

    // Russian and dark: the same path, in both.
    await app.goto(`mode=path&target=${MEMIT}`);
    await page.getByTestId("language-toggle").click();
    await expect(panel.getByTestId("evidence").first()).toContainText("выведено из цитирований");
    await expect(suggested.getByTestId("suggested-badge")).toHaveText("предложена");
    await app.layoutDone(0, "dagre");
    await app.screenshot("citation-path-ru-light");
    await page.getByTestId("theme-toggle").click();
    await expect(page.locator(".app")).toHaveAttribute("data-theme", "dark");
    await app.screenshot("citation-path-ru-dark");
    await page.getByTestId("language-toggle").click();
    await expect(panel.getByTestId("evidence").first()).toContainText("derived from citations");
    await app.screenshot("citation-path-en-dark");
    await page.getByTestId("theme-toggle").click();
  });

  test("finds a path between two papers of the list over citations, step by step with evidence", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto(`mode=finder&from=2104.08164&to=${MEMIT}&bo=1`);
    const result = page.getByTestId("path-result");
    await expect(result.first()).toBeVisible();
    await expect(result.first().getByTestId("evidence").first()).toContainText("derived from citations");
    await page.getByTestId("path-finder").getByTestId("edge-set").getByLabel("Curated only").check();
    await expect(page).toHaveURL(/edges=curated/);
    // The lists alone state no BUILDS_ON chain from KE to MEMIT.
    await expect(page.getByTestId("path-finder")).toContainText("No path between these two.");
  });
});
