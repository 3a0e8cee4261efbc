import { expect, test } from "@playwright/test";
import { emitOnNode, readGraphState, readNode, readPositions } from "./support/cy";
import { ExplorerPage, PAPERS } from "./support/explorer-page";

test.describe("explore", () => {
  test("search suggests as you type, the keyboard picks, the details open and link onward", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();

    await app.search.fill("bert");
    const listbox = page.getByRole("listbox");
    await expect(listbox.getByRole("option").first()).toBeVisible();
    await expect(listbox.getByRole("option", { name: /BERT/ }).first()).toBeVisible();
    await app.searchAndPick(app.search, "bert", /^BERT: Pre-training/);

    await expect.poll(async () => (await readGraphState(page)).selected).toEqual([PAPERS.bert]);
    await expect(page).toHaveURL(new RegExp(`sel=${PAPERS.bert.replace(".", "\\.")}`));
    const details = app.details;
    await expect(details.getByRole("heading", { level: 2 })).toHaveText(/BERT: Pre-training of Deep Bidirectional Transformers/);
    await expect(details.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Large Language Models");
    await expect(details).toContainText("2018");
    await expect(details.getByRole("link", { name: /arXiv:1810\.04805/ })).toHaveAttribute("href", "https://arxiv.org/abs/1810.04805");
    await expect(details.getByTestId("builds-on")).toContainText("Attention Is All You Need");
    await expect(details.getByTestId("built-upon-by").getByRole("button").first()).toBeVisible();
    // The legend opens on demand and explains colours, shapes and edge styles.
    await page.getByTestId("legend").locator("summary").click();
    await expect(page.getByTestId("legend").getByRole("list", { name: "Kinds" })).toContainText("survey");
    await app.screenshot("explore-details");

    // A related paper is one click away and becomes the selection.
    await details.getByTestId("builds-on").getByRole("button", { name: /Attention Is All You Need/ }).click();
    await expect.poll(async () => (await readGraphState(page)).selected).toEqual([PAPERS.transformer]);
    await expect(details.getByRole("heading", { level: 2 })).toHaveText("Attention Is All You Need");
  });

  test("expanding adds neighbours around the node and keeps every other position; collapse and hide undo it", async ({ page }) => {
    // LLM evaluation lists more resources than one expansion shows.
    const section = "generative-ai/llm-evaluation";
    const app = new ExplorerPage(page);
    await app.goto(`sel=${encodeURIComponent(section)}`);
    await app.layoutDone();
    await expect(app.details.getByRole("heading", { level: 2 })).toHaveText("Evaluation");
    const before = await readGraphState(page);
    const positionsBefore = await readPositions(page);

    await app.details.getByRole("button", { name: "Expand", exact: true }).click();
    await expect.poll(async () => (await readGraphState(page)).nodes).toBeGreaterThan(before.nodes);
    await expect(page).toHaveURL(/exp=generative-ai%2Fllm-evaluation/);
    const after = await readPositions(page);
    for (const [id, p] of Object.entries(positionsBefore)) {
      expect(after[id], `position of ${id}`).toEqual(p);
    }
    const more = app.details.getByRole("button", { name: /Show \d+ more/ });
    await expect(more).toBeVisible();
    const expanded = (await readGraphState(page)).nodes;
    await more.click();
    await expect.poll(async () => (await readGraphState(page)).nodes).toBeGreaterThan(expanded);

    await app.details.getByRole("button", { name: "Collapse" }).click();
    await expect.poll(async () => (await readGraphState(page)).nodes).toBe(before.nodes);
    await expect(page).not.toHaveURL(/exp=/);

    await app.details.getByRole("button", { name: "Hide" }).click();
    await expect.poll(async () => (await readGraphState(page)).ids).not.toContain(section);
    await expect(page.getByTestId("details")).toHaveCount(0);
    // A hidden node stays hidden in a shared link.
    await expect(page).toHaveURL(/hide=generative-ai%2Fllm-evaluation/);
    const shared = await page.context().browser()!.newPage();
    const other = new ExplorerPage(shared);
    await shared.goto(page.url());
    await other.layoutDone();
    expect((await readGraphState(shared)).ids).not.toContain(section);
    expect((await readGraphState(shared)).ids).toContain("generative-ai/large-language-models-llms");
    await shared.close();
  });

  test("double-click expands, hovering highlights the neighbourhood", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();
    const before = (await readGraphState(page)).nodes;
    await emitOnNode(page, PAPERS.gpt3, "mouseover");
    const gpt3 = await readNode(page, PAPERS.gpt3);
    expect(gpt3.classes).toContain("hl");
    const faded = await page.evaluate(() => window.__cy!.nodes(".faded").length);
    expect(faded).toBeGreaterThan(0);
    await emitOnNode(page, PAPERS.gpt3, "mouseout");
    expect(await page.evaluate(() => window.__cy!.elements(".faded, .hl").length)).toBe(0);

    await emitOnNode(page, PAPERS.gpt3, "dbltap");
    await expect.poll(async () => (await readGraphState(page)).nodes).toBeGreaterThanOrEqual(before);
    await expect(page).toHaveURL(/exp=2005\.14165/);
  });

  test("filters by kind, year range, relation type and section", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();
    const all = (await readGraphState(page)).nodes;

    await page.getByTestId("filters").locator("summary").click();
    const filters = page.getByTestId("filters");
    // Kinds: uncheck everything but surveys.
    for (const kind of ["section", "paper", "resource"]) await filters.getByRole("checkbox", { name: kind, exact: true }).uncheck();
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes().map((n) => n.data("kind") as string))).toEqual(expect.arrayContaining(["survey"]));
    const kinds = await page.evaluate(() => [...new Set(window.__cy!.nodes().map((n) => n.data("kind") as string))]);
    expect(kinds).toEqual(["survey"]);
    await expect(page).toHaveURL(/kinds=survey/);
    await app.screenshot("explore-filter-surveys");
    await filters.getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(async () => (await readGraphState(page)).nodes).toBe(all);

    await filters.getByRole("spinbutton", { name: "From" }).fill("2020");
    await filters.getByRole("spinbutton", { name: "To" }).fill("2021");
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes().every((n) => {
          const year = n.data("year") as number | null;
          return year === null || (year >= 2020 && year <= 2021);
        }))).toBe(true);
    await expect(page).toHaveURL(/from_y=2020&to_y=2021/);
    await filters.getByRole("button", { name: "Clear filters" }).click();

    await filters.getByRole("checkbox", { name: /SAME_TOPIC/ }).uncheck();
    await filters.getByRole("checkbox", { name: /SURVEYS/ }).uncheck();
    await filters.getByRole("checkbox", { name: /IN_SECTION/ }).uncheck();
    await filters.getByRole("checkbox", { name: /SUBSECTION_OF/ }).uncheck();
    await expect.poll(() => page.evaluate(() => [...new Set(window.__cy!.edges().map((e) => e.data("type") as string))])).toEqual(["BUILDS_ON"]);
    await filters.getByRole("button", { name: "Clear filters" }).click();
    await page.getByTestId("filters").locator("summary").click();

    // The section tree filters to a section (with its subsections) and marks it current.
    const tree = page.getByTestId("section-tree");
    await tree.getByRole("button", { name: /^Diffusion Models/ }).click();
    await expect(tree.getByRole("button", { name: /^Diffusion Models/ })).toHaveAttribute("aria-current", "true");
    await expect(page).toHaveURL(/section=generative-ai%2Fdiffusion-models/);
    await expect.poll(async () => (await readGraphState(page)).nodes).toBeLessThan(all);
    expect((await readGraphState(page)).ids).toContain("generative-ai/diffusion-models");
    await app.screenshot("explore-section");
  });
});
