import { expect, test } from "@playwright/test";
import { readGraphState } from "./support/cy";
import { ExplorerPage, PAPERS } from "./support/explorer-page";

test.describe("shareable URL", () => {
  test("mode, selection, layout and filters live in the URL; back and forward walk through them", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();

    await app.searchAndPick(app.search, "bert", /^BERT: Pre-training/);
    await expect(page).toHaveURL(/sel=1810\.04805/);
    await app.layoutRadio("Timeline").click();
    await expect(page).toHaveURL(/layout=timeline/);
    await app.tab("Path finder").click();
    await expect(page).toHaveURL(/mode=finder/);

    await page.goBack();
    await expect(app.tab("Explore")).toHaveAttribute("aria-selected", "true");
    await expect(app.layoutRadio("Timeline")).toHaveAttribute("aria-checked", "true");
    await page.goBack();
    await expect(app.layoutRadio("Force-directed")).toHaveAttribute("aria-checked", "true");
    await expect.poll(async () => (await readGraphState(page)).selected).toEqual([PAPERS.bert]);
    await page.goForward();
    await expect(app.layoutRadio("Timeline")).toHaveAttribute("aria-checked", "true");
    await app.layoutDone(0, "timeline");
  });

  test("a shared link restores the same view, and copy link copies it", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const app = new ExplorerPage(page);
    const link = `sel=${PAPERS.gpt3}&layout=concentric&kinds=paper,survey&from_y=2017`;
    await app.goto(link);
    await app.layoutDone(0, "concentric");
    await expect(app.details.getByRole("heading", { level: 2 })).toHaveText("Language Models are Few-Shot Learners");
    const kinds = await page.evaluate(() => [...new Set(window.__cy!.nodes().map((n) => n.data("kind") as string))].sort());
    expect(kinds.every((k) => k === "paper" || k === "survey")).toBe(true);
    expect(await page.evaluate(() => window.__cy!.nodes().every((n) => n.data("year") === null || (n.data("year") as number) >= 2017))).toBe(true);

    await page.getByTestId("copy-link").click();
    await expect(page.getByTestId("copy-link")).toContainText("Link copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain("layout=concentric");
  });
});
