import { expect, test } from "@playwright/test";
import { readNode } from "./support/cy";
import { ExplorerPage } from "./support/explorer-page";

// ViT was first posted in 2020 and published at ICLR 2021: the timeline and the details panel
// both date it by the first version, and the panel adds the venue with the venue's own year.
const VIT = "2010.11929";
const TRIVIAQA = "1705.03551";

test.describe("paper dates and curation notes", () => {
  test("the details panel and the timeline give a paper the year of its first version", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto(`sel=${VIT}&layout=timeline`);
    await app.layoutDone();
    await expect(app.details.getByRole("heading", { level: 2 })).toHaveText(/An Image is Worth 16x16 Words/);
    await expect(app.details.getByTestId("details-dates")).toHaveText("2020 · ICLR 2021");
    await expect.poll(async () => (await readNode(page, VIT)).data.year).toBe(2020);
  });

  test("a paper that builds on no other paper of the graph says why", async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto(`sel=${TRIVIAQA}`);
    await app.layoutDone();
    await expect(app.details.getByTestId("details-dates")).toHaveText("2017 · ACL 2017");
    await expect(app.details.getByTestId("details-standalone")).toContainText("Builds on no paper of this graph: A reading-comprehension dataset");
  });
});
