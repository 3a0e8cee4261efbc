import { expect, test } from "@playwright/test";
import { readNode } from "./support/cy";
import { ExplorerPage } from "./support/explorer-page";

test.describe("language and theme", () => {
  test("switches the interface and section names to Russian and back, remembered across reloads", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();
    const tree = page.getByTestId("section-tree");
    await expect(tree.getByRole("button", { name: /^Background Knowledge/ })).toBeVisible();

    await page.getByTestId("language-toggle").click();
    await expect(app.tab("Обзор")).toBeVisible();
    await expect(app.tab("Путь чтения")).toBeVisible();
    await expect(tree.getByRole("button", { name: /^Базовые знания/ })).toBeVisible();
    await expect(page.getByTestId("legend")).toContainText("Базовые знания");
    // Section names on the canvas follow the language too.
    await expect.poll(async () => (await readNode(page, "generative-ai/background-knowledge")).data.label).toBe("Базовые знания");
    await page.reload();
    await expect(app.tab("Обзор")).toBeVisible();
    await app.layoutDone();
    await app.screenshot("russian");

    await page.getByTestId("language-toggle").click();
    await expect(app.tab("Explore")).toBeVisible();
  });

  test("search results name sections, and the sections they sit in, in Russian", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();
    await page.getByTestId("language-toggle").click();
    await expect(app.tab("Обзор")).toBeVisible();

    await app.search.fill("GQA");
    const gqa = page.getByRole("listbox").getByRole("option", { name: /GQA/ }).first();
    await expect(gqa).toContainText("Базовые знания › Архитектура трансформера");
    await expect(gqa).not.toContainText("Background Knowledge");

    // A section found by its Russian name is shown by it, not by the English one.
    await app.search.fill("архитектура трансформера");
    const titles = page.getByRole("listbox").locator(".search-title");
    await expect(titles.first()).toHaveText("Архитектура трансформера");
    await expect(page.getByRole("listbox")).not.toContainText("Transformer Architecture");
    await app.screenshot("russian-search");
  });

  test("switches to the dark theme, recolours the canvas and remembers it", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto("sel=1706.03762");
    await app.layoutDone();
    const root = page.locator(".app");
    await expect(root).toHaveAttribute("data-theme", "light");
    const lightLabel = await page.evaluate(() => window.__cy!.nodes().first().style("color") as string);

    await page.getByTestId("theme-toggle").click();
    await expect(root).toHaveAttribute("data-theme", "dark");
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes().first().style("color") as string)).not.toBe(lightLabel);
    const background = await root.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe("rgb(11, 14, 19)");
    await page.reload();
    await expect(root).toHaveAttribute("data-theme", "dark");
    await app.layoutDone();
    await expect(app.details.getByRole("heading", { level: 2 })).toBeVisible();
    await app.screenshot("dark-explore");
    await app.details.getByRole("button", { name: /Read first/ }).click();
    await expect(page.getByTestId("path-step").first()).toBeVisible();
    await app.layoutDone(0, "dagre");
    await app.screenshot("dark-reading-path");
  });
});
