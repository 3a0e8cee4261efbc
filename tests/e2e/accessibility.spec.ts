import { expect, test } from "@playwright/test";
import { readGraphState } from "./support/cy";
import { ExplorerPage, PAPERS } from "./support/explorer-page";

test.describe("accessibility", () => {
  test("search, select, expand and switch modes with the keyboard alone", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();

    await page.keyboard.press("/");
    await expect(app.search).toBeFocused();
    await page.keyboard.type("Attention Is All");
    await expect(page.getByRole("option", { name: /Attention Is All You Need/ }).first()).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await readGraphState(page)).selected).toEqual([PAPERS.transformer]);

    // Canvas keys: focus it, Enter expands the selection, Escape clears it.
    await page.getByRole("application", { name: "What the canvas shows" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/exp=1706\.03762/);
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await readGraphState(page)).selected).toEqual([]);

    // Tabs follow the arrow keys.
    await app.tab("Explore").focus();
    await page.keyboard.press("ArrowRight");
    await expect(app.tab("Reading path")).toHaveAttribute("aria-selected", "true");
    await expect(app.tab("Reading path")).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(app.tab("Explore")).toHaveAttribute("aria-selected", "true");
  });

  test("a list view mirrors the canvas, rows select nodes, and every control is labelled", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();
    const state = await readGraphState(page);

    // Present for screen readers even when hidden; shown on demand.
    const list = page.getByRole("region", { name: "What the canvas shows" });
    await expect(list.getByRole("row")).toHaveCount(Math.min(state.nodes, 400) + 1);
    await page.getByTestId("list-toggle").click();
    await expect(list).toBeVisible();
    await list.getByRole("button", { name: /^BERT: Pre-training/ }).click();
    await expect.poll(async () => (await readGraphState(page)).selected).toEqual([PAPERS.bert]);
    await app.screenshot("list-view");

    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("button, input, select, [role=tab], [role=radio], [role=combobox]")]
        .filter((el) => {
          const e = el as HTMLElement;
          const labelledBy = e.getAttribute("aria-labelledby");
          const byLabel = (e as HTMLInputElement).labels?.length;
          const name = e.getAttribute("aria-label") || e.textContent?.trim() || (labelledBy && document.getElementById(labelledBy)?.textContent) || e.getAttribute("title");
          return !name && !byLabel;
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);
  });
});
