import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { readGraphState, readNode } from "./support/cy";
import { ExplorerPage, PAPERS } from "./support/explorer-page";

test.describe("reading path", () => {
  test("orders what to read before a target, highlights it hierarchically, tracks progress and exports it", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.layoutDone();
    await app.tab("Reading path").click();
    await expect(page).toHaveURL(/mode=path/);
    const panel = page.getByTestId("reading-path");
    await expect(panel).toContainText("Pick a target paper or section");

    await app.searchAndPick(panel.getByTestId("target-picker").getByRole("combobox"), "GPT-3", /GPT-3/);
    await expect(page).toHaveURL(/target=2005\.14165/);
    await expect(page.getByTestId("path-target")).toContainText("GPT-3");
    const steps = panel.getByTestId("path-step");
    await expect(steps.first()).toBeVisible();
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(2);
    // Numbered in order, the Transformer before GPT-3, each with its depth.
    for (let i = 0; i < count; i++) await expect(steps.nth(i).locator(".step-number")).toHaveText(String(i + 1));
    const titles = await steps.locator(".step-title").allTextContents();
    const transformerAt = titles.findIndex((t) => t.includes("Attention Is All You Need"));
    const gpt3At = titles.findIndex((t) => t.includes("Language Models are Few-Shot Learners"));
    expect(transformerAt).toBeGreaterThanOrEqual(0);
    expect(transformerAt).toBeLessThan(gpt3At);
    await expect(steps.nth(transformerAt)).toContainText(/depth \d/);
    await expect(steps.nth(1).locator(".reasons li").first()).toBeVisible();

    // The canvas shows exactly the path, hierarchically, with the target marked.
    await app.layoutDone(0, "dagre");
    const state = await readGraphState(page);
    expect(state.nodes).toBe(count);
    expect((await readNode(page, PAPERS.gpt3)).classes).toContain("target");
    expect((await readNode(page, PAPERS.transformer)).classes).toContain("on-path");
    await app.screenshot("reading-path");

    // Mark the Transformer read: the step, the canvas and the section progress follow, and it persists.
    await steps.nth(transformerAt).getByRole("button", { name: "Read", exact: true }).click();
    await expect(steps.nth(transformerAt).getByRole("button", { name: "Read", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect.poll(async () => (await readNode(page, PAPERS.transformer)).data.status).toBe("read");
    await expect(page.getByTestId("section-tree").getByRole("button", { name: /^Background Knowledge/ })).toHaveAccessibleName(/\d+%/);
    const stored = await page.evaluate(() => window.localStorage.getItem("rge.reading.v1"));
    expect(JSON.parse(stored ?? "{}")).toMatchObject({ [PAPERS.transformer]: "read" });

    await page.reload();
    await expect(steps.first()).toBeVisible();
    await expect.poll(async () => (await readNode(page, PAPERS.transformer)).data.status).toBe("read");

    // What to read next is the frontier of what is read.
    await expect(page.getByTestId("frontier").getByRole("button").first()).toBeVisible();

    // Exports: a Markdown checklist with the read box ticked, and BibTeX.
    const [markdown] = await Promise.all([page.waitForEvent("download"), panel.getByTestId("export-markdown").click()]);
    const md = await readFile((await markdown.path()), "utf8");
    expect(md).toMatch(/^# Reading path to Language Models are Few-Shot Learners/);
    // The link comes from the papers' details (answers carry no URLs; the export asks for them).
    expect(md).toMatch(/- \[x\] \d+\. \[Attention Is All You Need\]\(https?:\/\/[^)\s]+\)/);
    const [bib] = await Promise.all([page.waitForEvent("download"), panel.getByTestId("export-bibtex").click()]);
    const bibtex = await readFile((await bib.path()), "utf8");
    // Written by citation-js: capitals kept with braces, arXiv papers with eprint/archivePrefix.
    const transformerEntry = bibtex.split(/\n(?=@)/).find((entry) => entry.includes("eprint = {1706.03762}"));
    expect(transformerEntry).toContain("title = {Attention {Is} {All} {You} {Need}}");
    expect(transformerEntry).toContain("archivePrefix = {arXiv}");
    expect(bibtex.match(/^@\w+\{/gm)?.length).toBe(count);

    // Hide what is read: the Transformer leaves the list and the canvas.
    await panel.getByRole("checkbox", { name: "Hide what is read" }).check();
    await expect(page).toHaveURL(/hideRead=1/);
    await expect.poll(async () => (await readGraphState(page)).ids).not.toContain(PAPERS.transformer);
    await expect(steps).toHaveCount(count - 1);
  });
});
