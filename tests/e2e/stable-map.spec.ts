import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, request as http, test, type Browser } from "@playwright/test";
import type { OverviewAnswer, PositionsResponse } from "@/contract/schemas";
import { readGraphState, readPositions } from "./support/cy";
import { ExplorerPage } from "./support/explorer-page";

/**
 * A stable map (issue 17): the force-directed overview is the same picture on every visit and
 * for every visitor, whether the server had its positions stored (drawn with no layout run) or
 * the browser had to compute them (a list loaded a moment ago); expanding a node moves nothing
 * that was drawn, and coming back to the force layout puts every node back where it was. The
 * page asks for no positions of its own: they come inside the overview answer.
 */
const LIST = { id: "stable-map-list", file: "second-roadmap.md" };

type Visit = { positions: Record<string, { x: number; y: number }>; source: unknown; requests: string[] };

/** Opens the page in a fresh browser context (no cache, no storage), as a new visitor would. */
async function visit(browser: Browser, query: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    const app = new ExplorerPage(page);
    await app.goto(query);
    await app.layoutDone(0, "fcose");
    return { positions: await readPositions(page), source: await page.evaluate(() => window.__cy!.scratch("layoutSource") as unknown), requests };
  } finally {
    await context.close();
  }
}

/**
 * One API call on a connection of its own: a kept-alive one can be closed by the server while
 * the browser contexts of a visit come and go (ECONNRESET).
 */
async function api(method: "GET" | "POST" | "DELETE", path: string, data?: string): Promise<{ status: number; text: string }> {
  const context = await http.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    const answer = await context.fetch(path, { method, ...(data === undefined ? {} : { data, headers: { "content-type": "application/octet-stream" } }) });
    return { status: answer.status(), text: await answer.text() };
  } finally {
    await context.dispose();
  }
}

/** The stored picture, once the server has computed it (it does so after answering a miss). */
async function storedPositions(query: string): Promise<PositionsResponse> {
  const read = async () => JSON.parse((await api("GET", `/api/positions?${query}`)).text) as PositionsResponse;
  await expect.poll(async () => (await read()).status, { timeout: 30_000 }).toBe("ready");
  return read();
}

test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  await api("DELETE", `/api/roadmaps?id=${LIST.id}`);
});

test("the overview is the same picture on every visit, drawn from stored positions", async ({ browser }) => {
  const first = await visit(browser, "");
  const stored = await storedPositions("layout=fcose");
  // Whichever side drew the first visit (the browser while nothing was stored, or the store), it is the stored picture.
  expect(first.positions).toEqual(stored.positions);
  const second = await visit(browser, "");
  expect(second.source).toBe("stored");
  expect(second.requests.filter((path) => path.startsWith("/api/positions"))).toEqual([]);
  expect(second.positions).toEqual(first.positions);
});

test("a list loaded a moment ago is drawn by the browser exactly as the server then stores it", async ({ browser }) => {
  const body = readFileSync(resolve("tests", "fixtures", LIST.file), "utf8");
  const loaded = await api("POST", `/api/roadmaps?name=${LIST.id}.md`, body);
  expect(loaded.status, loaded.text).toBe(200);
  const first = await visit(browser, `roadmap=${LIST.id}`);
  expect(first.source).toBe("force");
  const stored = await storedPositions(`roadmap=${LIST.id}`);
  expect(Object.keys(first.positions).length).toBeGreaterThan(5);
  expect(first.positions).toEqual(stored.positions);
  const again = await visit(browser, `roadmap=${LIST.id}`);
  expect(again.source).toBe("stored");
  expect(again.positions).toEqual(first.positions);
  expect((await api("DELETE", `/api/roadmaps?id=${LIST.id}`)).status).toBe(200);
});

for (const stored of [true, false]) {
  test(`expanding moves nothing drawn, and the force layout brings every node back to its place (${stored ? "stored positions" : "computed in the browser"})`, async ({ page }) => {
    if (stored) await storedPositions("layout=fcose");
    // Without stored positions (as right after a list is loaded) the browser's own first picture is the map.
    if (!stored) {
      await page.route("**/api/overview?**", async (route) => {
        const answer = await route.fetch();
        const body = (await answer.json()) as OverviewAnswer;
        await route.fulfill({ response: answer, json: { ...body, positions: { ...body.positions, status: "pending", positions: {} } } });
      });
    }
    const app = new ExplorerPage(page);
    // A section whose resources the overview leaves out: expanding it adds them.
    await app.goto(`sel=${encodeURIComponent("generative-ai/llm-evaluation")}`);
    let seq = await app.layoutDone(0, "fcose");
    expect(await page.evaluate(() => window.__cy!.scratch("layoutSource") as unknown)).toBe(stored ? "stored" : "force");
    const before = await readPositions(page);
    const count = (await readGraphState(page)).nodes;

    await app.details.getByRole("button", { name: "Expand", exact: true }).click();
    await expect.poll(async () => (await readGraphState(page)).nodes).toBeGreaterThan(count);
    const expanded = await readPositions(page);
    for (const [id, p] of Object.entries(before)) expect(expanded[id], `position of ${id}`).toEqual(p);

    await app.layoutRadio("Timeline").click();
    seq = await app.layoutDone(seq, "timeline");
    await app.layoutRadio("Force-directed").click();
    await app.layoutDone(seq, "fcose");
    const back = await readPositions(page);
    for (const [id, p] of Object.entries(before)) expect(back[id], `position of ${id}`).toEqual(p);
    // The expansion's nodes are drawn too, each beside a neighbour rather than anywhere.
    const added = Object.keys(back).filter((id) => !(id in before));
    expect(added.length).toBeGreaterThan(0);
    const near = await page.evaluate((ids) => {
      const cy = window.__cy!;
      return ids.filter((id) => {
        const node = cy.getElementById(id);
        const p = node.position();
        return node
          .neighborhood()
          .nodes()
          .map((n) => n.position())
          .some((q) => Math.hypot(q.x - p.x, q.y - p.y) < 400);
      }).length;
    }, added);
    expect(near).toBe(added.length);
  });
}
