import { expect, test } from "@playwright/test";
import { readGraphState } from "./support/cy";
import { ExplorerPage, PAPERS } from "./support/explorer-page";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.describe("narrow screen", () => {
  test("stacks canvas, panel and sections in one column without sideways scrolling", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto(`sel=${PAPERS.bert}`);
    await app.layoutDone();
    expect((await readGraphState(page)).nodes).toBeGreaterThan(0);
    await expect(app.details.getByRole("heading", { level: 2 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const canvas = await page.getByTestId("cy").boundingBox();
    expect(canvas!.width).toBeGreaterThan(300);
    expect(canvas!.height).toBeGreaterThan(250);
    await app.screenshot("narrow-explore");

    // The selection becomes the reading target.
    await app.tab("Reading path").click();
    await expect(page).toHaveURL(/target=1810\.04805/);
    await expect(page.getByTestId("path-step").first()).toBeVisible();
    await app.layoutDone(0, "dagre");
    await app.screenshot("narrow-reading-path");
  });
});
