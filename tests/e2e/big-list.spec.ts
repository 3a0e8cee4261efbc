import { expect, test, type Page } from "@playwright/test";
import type { Overview } from "@/contract/schemas";
import { buildBigList } from "../support/big-list";
import { readPositions } from "./support/cy";
import { ExplorerPage } from "./support/explorer-page";

/**
 * A big list (900 papers in 12 sections, generated) opens as its sections: the overview the
 * server sends holds no paper, each section is drawn with the count of papers it stands for, and
 * opening one adds its papers around it while everything already drawn stays where it was.
 */
const BIG = buildBigList();
const SECTIONS = [...BIG.papersBySection.keys()];
const SECOND = SECTIONS[1] ?? "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  const answer = await request.post(`/api/roadmaps?name=${BIG.id}.json`, { data: BIG.text, headers: { "content-type": "application/octet-stream" }, timeout: 120_000 });
  expect(answer.status(), await answer.text()).toBe(200);
});

test.afterAll(async ({ request }) => {
  // Other specs read the bundled roadmap alone.
  await request.delete(`/api/roadmaps?id=${BIG.id}`);
});

/** The canvas's nodes: id, kind and label as drawn. */
function drawn(page: Page): Promise<{ id: string; kind: string; label: string }[]> {
  return page.evaluate(() =>
    window.__cy!.nodes(":visible").map((n) => ({ id: n.id(), kind: String(n.data("kind")), label: String(n.data("label")) })),
  );
}

test("the big list opens as its sections with counts, and a section opens in place with its papers", async ({ page }) => {
  const app = new ExplorerPage(page);
  const overview = page.waitForResponse((r) => r.url().includes("/api/overview?") && r.url().includes(`roadmap=${BIG.id}`));
  await app.goto(`roadmap=${BIG.id}&sel=${encodeURIComponent(SECOND)}`);
  const answer = (await (await overview).json()) as Overview;
  expect(answer.clustered).toBe(true);
  expect(answer.nodes.filter((n) => n.kind !== "roadmap" && n.kind !== "section")).toEqual([]);

  await app.layoutDone();
  await expect.poll(async () => (await drawn(page)).length).toBe(1 + SECTIONS.length);
  const labels = new Map((await drawn(page)).map((n) => [n.id, n.label]));
  for (const [id, papers] of BIG.papersBySection) expect(labels.get(id)).toMatch(new RegExp(`^${papers.length} · Cluster topic`));
  await app.screenshot("big-list-clusters");

  const before = await readPositions(page);
  await app.details.getByRole("button", { name: "Expand", exact: true }).click();
  const papers = BIG.papersBySection.get(SECOND) ?? [];
  await expect.poll(async () => (await drawn(page)).length, { timeout: 20_000 }).toBe(1 + SECTIONS.length + papers.length);
  const now = await drawn(page);
  expect(now.filter((n) => n.kind === "paper").map((n) => n.id).sort()).toEqual([...papers].sort());
  // In place: what was drawn did not move; the papers sit around their section.
  const after = await readPositions(page);
  for (const [id, p] of Object.entries(before)) {
    expect(Math.abs((after[id]?.x ?? Infinity) - p.x)).toBeLessThan(1);
    expect(Math.abs((after[id]?.y ?? Infinity) - p.y)).toBeLessThan(1);
  }
  const centre = after[SECOND] ?? { x: 0, y: 0 };
  const nearest = Math.min(...Object.entries(before).filter(([id]) => id !== SECOND).map(([, p]) => Math.hypot(p.x - centre.x, p.y - centre.y)));
  const spread = Math.max(...papers.map((id) => Math.hypot((after[id]?.x ?? 0) - centre.x, (after[id]?.y ?? 0) - centre.y)));
  expect(spread).toBeLessThan(Math.max(nearest * 4, 2_000));
  // Each paper is tied to its section on the canvas.
  const tied = await page.evaluate((section) => window.__cy!.getElementById(section).connectedEdges('[type = "IN_SECTION"]').length, SECOND);
  expect(tied).toBeGreaterThanOrEqual(papers.length);
  await app.screenshot("big-list-section-opened");
});

for (const [language, theme] of [["en", "dark"], ["ru", "light"], ["ru", "dark"]] as const) {
  test(`the cluster view reads in ${language}, ${theme}`, async ({ page }) => {
    await page.addInitScript((prefs) => window.localStorage.setItem("rge.prefs.v1", prefs), JSON.stringify({ language, theme }));
    const app = new ExplorerPage(page);
    await app.goto(`roadmap=${BIG.id}`);
    await app.layoutDone();
    await expect.poll(async () => (await drawn(page)).length).toBe(1 + SECTIONS.length);
    await expect(page.getByTestId("search-scope")).toBeVisible();
    await app.screenshot(`big-list-clusters-${language}-${theme}`);
  });
}
