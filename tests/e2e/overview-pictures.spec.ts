import { expect, test } from "@playwright/test";
import { ExplorerPage } from "./support/explorer-page";

// The overview in every layout, language and theme at 1440x900, written to test-results/ to be
// looked at. Each layout must give a readable picture: nodes drawn at a size one can read, and
// not piled onto each other.
const LAYOUTS = ["fcose", "dagre", "timeline", "concentric"] as const;

test.describe("the overview at 1440x900", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const language of ["en", "ru"] as const) {
    for (const theme of ["light", "dark"] as const) {
      test(`every layout is readable (${language}, ${theme})`, async ({ page }) => {
        await page.addInitScript((prefs) => window.localStorage.setItem("rge.prefs.v1", prefs), JSON.stringify({ language, theme }));
        const app = new ExplorerPage(page);
        for (const layout of LAYOUTS) {
          await app.goto(layout === "fcose" ? "" : `layout=${layout}`);
          await app.layoutDone(0, layout);
          const picture = await page.evaluate(() => {
            const cy = window.__cy!;
            const nodes = cy.nodes();
            // Median drawn diameter, and how many nodes overlap another one on screen.
            const sizes = nodes.map((n) => n.renderedWidth()).sort((a, b) => a - b);
            const points = nodes.map((n) => ({ ...n.renderedPosition(), r: n.renderedWidth() / 2 }));
            let overlapping = 0;
            for (let i = 0; i < points.length; i++) {
              const p = points[i]!;
              if (points.some((q, j) => j !== i && Math.hypot(p.x - q.x, p.y - q.y) < (p.r + q.r) * 0.8)) overlapping++;
            }
            return { median: sizes[Math.floor(sizes.length / 2)]!, overlapping, count: nodes.length };
          });
          expect(picture.count).toBeGreaterThan(100);
          expect(picture.median, `${layout}: nodes drawn too small to read`).toBeGreaterThanOrEqual(6);
          expect(picture.overlapping / picture.count, `${layout}: nodes piled on each other`).toBeLessThan(0.1);
          await app.screenshot(`overview-${layout}-${language}-${theme}`);
        }
        if (language === "ru") {
          await page.getByTestId("legend").locator("summary").click();
          await expect(page.getByTestId("legend")).toContainText("опирается на");
          await page.getByTestId("filters").locator("summary").click();
          await expect(page.getByTestId("filters").getByRole("spinbutton", { name: "С года" })).toBeVisible();
          await expect(page.getByTestId("filters").getByRole("spinbutton", { name: "До года" })).toBeVisible();
          await expect(page.getByTestId("filters")).toContainText("та же тема");
        }
      });
    }
  }
});
