/**
 * Wrong or confusing answers a new user met (issue 14): search acting on an older query, the
 * reading path's "next" ignoring its target, reasons shown under the wrong paper, and a path
 * finder that said "No path" without saying why and drew the path backwards.
 */
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import type { PathResponse, ReadingPathResponse } from "@/app/lib/api-types";
import { readPositions } from "./support/cy";
import { ExplorerPage, PAPERS } from "./support/explorer-page";

const LLAVA = "2304.08485";
const LLAVA_15 = "2310.03744";
const VIT = "2010.11929";
const CLIP = "2103.00020";
const MAMBA = "2312.00752";
const GQA = "2305.13245";

test.describe("a learner can trust what the explorer shows", () => {
  test("search: Enter acts on the text typed now, never on an older query's suggestions", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    // A first search: Enter pressed before any suggestion arrived opens the first match.
    await app.search.click();
    await page.keyboard.type("llava", { delay: 30 });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`sel=${LLAVA.replace(".", "\\.")}`));

    // The previous query's suggestions are on screen; a new word typed at a normal pace and
    // Enter at once must open the new word's match.
    await app.search.fill("attention");
    await expect(page.getByRole("listbox").getByRole("option", { name: /Attention Is All You Need/ })).toBeVisible();
    await app.search.press("ControlOrMeta+a");
    await page.keyboard.type("mamba", { delay: 40 });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`sel=${MAMBA.replace(".", "\\.")}`));
    await expect(app.details.getByRole("heading", { level: 2 })).toHaveText(/^Mamba/);
  });

  test("reading path: what to read next is the chosen path's frontier, the whole graph's a separate list", async ({ page }) => {
    const read = { [PAPERS.transformer]: "read", [VIT]: "read", [CLIP]: "read" };
    await page.addInitScript((value) => window.localStorage.setItem("rge.reading.v1", value), JSON.stringify(read));
    const app = new ExplorerPage(page);
    await app.goto(`mode=path&target=${LLAVA_15}`);
    await expect(page.getByTestId("path-target")).toContainText("LLaVA-1.5");

    const answer = (await (
      await page.request.post("/api/reading-path", { data: { target: LLAVA_15, read: Object.keys(read), hideRead: false } })
    ).json()) as ReadingPathResponse;
    expect(answer.frontier.length).toBeGreaterThan(0);
    const next = page.getByTestId("frontier");
    await expect(next.getByRole("heading")).toContainText("LLaVA-1.5");
    await expect(next.getByRole("button")).toHaveText(answer.frontier.slice(0, 8).map((n) => new RegExp(n.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))));

    const whole = page.getByTestId("frontier-all");
    await expect(whole).toContainText("What to read next in the whole graph");
    await whole.locator("summary").click();
    await expect(whole.getByRole("button").first()).toBeVisible();
  });

  test("reading path: a reason says which paper builds on the step, on screen and in the Markdown export", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto(`mode=path&target=${GQA}`);
    const steps = page.getByTestId("path-step");
    const transformer = steps.filter({ hasText: "Attention Is All You Need" });
    await expect(transformer).toHaveCount(1);
    const reasons = transformer.locator(".reasons li");
    await expect(reasons).toHaveCount(2);
    // The Transformer's step carries the reasons of GQA and MQA, each said to be theirs.
    await expect(reasons.filter({ hasText: /^GQA builds on it: ./ })).toHaveCount(1);
    await expect(reasons.filter({ hasText: /^MQA builds on it: ./ })).toHaveCount(1);

    const [markdown] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-markdown").click()]);
    const md = await readFile(await markdown.path(), "utf8");
    expect(md).toMatch(/\[Attention Is All You Need\]\(.*\n {2}- (GQA|MQA) builds on it: .+\n {2}- (GQA|MQA) builds on it: /);
  });

  test("path finder: says which option blocks a path, and draws the path from From on the left", async ({ page }) => {
    const app = new ExplorerPage(page);
    // LLaVA-1.5 (2023) cannot reach the Transformer (2017) going forward in time only.
    await app.goto(`mode=finder&from=${LLAVA_15}&to=${PAPERS.transformer}&fwd=1`);
    const panel = page.getByTestId("path-finder");
    await expect(panel.getByTestId("no-path")).toBeVisible();
    const hint = panel.getByTestId("no-path-hint");
    await expect(hint).toContainText("there is a path of");
    await hint.getByRole("button", { name: "Swap From and To" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${PAPERS.transformer.replace(".", "\\.")}.*to=${LLAVA_15.replace(".", "\\.")}`));
    await expect(panel.getByTestId("path-result").first()).toBeVisible();

    // The path reads left to right in the order the panel lists it, on one line.
    const answer = (await (await page.request.get(`/api/path?from=${PAPERS.transformer}&to=${LLAVA_15}&forward=true`)).json()) as PathResponse;
    const ids = answer.paths[0]?.nodes.map((n) => n.id) ?? [];
    expect(ids.length).toBeGreaterThanOrEqual(3);
    await app.layoutDone();
    await expect
      .poll(async () => {
        const positions = await readPositions(page, ids);
        const xs = ids.map((id) => positions[id]?.x ?? Number.NaN);
        const ys = ids.map((id) => Math.round(positions[id]?.y ?? Number.NaN));
        return xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? Number.POSITIVE_INFINITY)) && new Set(ys).size === 1;
      })
      .toBe(true);
    await app.screenshot("path-finder-left-to-right");
  });
});
