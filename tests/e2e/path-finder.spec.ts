import { expect, test } from "@playwright/test";
import { readGraphState, readNode } from "./support/cy";
import { ExplorerPage, PAPERS } from "./support/explorer-page";

test.describe("path finder", () => {
  test("shows the shortest path between two papers with each step's relation, and honours its options", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto("mode=finder");
    const panel = page.getByTestId("path-finder");
    await expect(panel).toContainText("Pick two nodes to see how they connect.");

    await app.searchAndPick(panel.getByTestId("path-from").getByRole("combobox"), "Attention Is All You Need", /Attention Is All You Need/);
    await expect(panel.getByTestId("path-from-chip")).toContainText("Transformer");
    await app.searchAndPick(panel.getByTestId("path-to").getByRole("combobox"), "latent diffusion", /High-Resolution Image Synthesis/);
    await expect(page).toHaveURL(new RegExp(`from=${PAPERS.transformer.replace(".", "\\.")}.*to=${PAPERS.ldm.replace(".", "\\.")}`));

    const result = panel.getByTestId("path-result").first();
    await expect(result).toBeVisible();
    const relations = result.getByTestId("path-relation");
    const hops = await relations.count();
    expect(hops).toBeGreaterThanOrEqual(1);
    await expect(relations.first()).toContainText(/BUILDS_ON|SAME_TOPIC|SURVEYS|IN_SECTION|SUBSECTION_OF|PART_OF/);

    // The canvas holds the path, drawn with relation labels and highlighted.
    await expect.poll(async () => (await readGraphState(page)).nodes).toBe(hops + 1);
    expect((await readNode(page, PAPERS.transformer)).classes).toContain("on-path");
    expect((await readNode(page, PAPERS.ldm)).classes).toContain("on-path");
    await app.layoutDone();
    await app.screenshot("path-finder");

    // Builds-on only: every step is BUILDS_ON, or there is no such path and the panel says so.
    await panel.getByRole("checkbox", { name: "Builds-on only" }).check();
    await expect(page).toHaveURL(/bo=1/);
    await expect(panel.getByTestId("path-result").or(panel.getByTestId("no-path")).first()).toBeVisible();
    if (await panel.getByTestId("path-result").count()) {
      for (const text of await panel.getByTestId("path-relation").allTextContents()) expect(text).toContain("BUILDS_ON");
    }
    await panel.getByRole("checkbox", { name: "Forward in time only" }).check();
    await panel.getByRole("checkbox", { name: "All shortest paths" }).check();
    await expect(page).toHaveURL(/fwd=1.*all=1|all=1.*fwd=1/);
    await expect(panel.getByTestId("path-result").or(panel.getByTestId("no-path")).first()).toBeVisible();

    // Swapping the ends swaps them in the URL too.
    await panel.getByRole("button", { name: /Swap/ }).click();
    await expect(page).toHaveURL(new RegExp(`from=${PAPERS.ldm.replace(".", "\\.")}`));
  });
});
