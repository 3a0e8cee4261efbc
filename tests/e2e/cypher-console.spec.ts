import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { readGraphState } from "./support/cy";

// The Cypher console against the real app and the real Neo4j holding the bundled roadmap.
const GQA_TITLE = "GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints";

/** Page object: the console panel of the explorer's Cypher tab. */
class CypherConsolePage {
  constructor(readonly page: Page) {}

  get textbox(): Locator {
    return this.page.getByTestId("cypher-editor").getByRole("textbox");
  }
  get table(): Locator {
    return this.page.getByTestId("cypher-table");
  }
  get error(): Locator {
    return this.page.getByTestId("cypher-error");
  }
  resultTab(name: string): Locator {
    return this.page.getByTestId("cypher-results").getByRole("tab", { name });
  }

  async open(): Promise<void> {
    await this.page.goto("/?mode=cypher");
    await expect(this.page.getByRole("tab", { name: "Cypher" })).toHaveAttribute("aria-selected", "true");
    await expect(this.textbox).toBeVisible();
  }

  /** Types like a person (completion and bracket closing active), replacing what was there. */
  async type(query: string): Promise<void> {
    await this.textbox.click();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.press("Backspace");
    await this.textbox.pressSequentially(query);
    await this.page.keyboard.press("Escape"); // close a completion popup if one is open
    await expect(this.textbox).toHaveText(query);
  }

  async runWithKeyboard(query: string): Promise<void> {
    await this.type(query);
    await this.page.keyboard.press("ControlOrMeta+Enter");
  }

  async openMenu(testId: "cypher-examples" | "cypher-history"): Promise<Locator> {
    await this.page.getByTestId(testId).getByRole("button").first().click();
    const menu = this.page.getByTestId(testId).getByRole("menu");
    await expect(menu).toBeVisible();
    return menu;
  }
}

/** One CSV record's cells (RFC 4180 quoting: "a ""b"", c" is one cell). */
function csvCells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? "")));
}

async function apiGraph(request: APIRequestContext, query: string): Promise<{ nodes: { id: string }[]; edges: unknown[] }> {
  const response = await request.post("/api/cypher", { data: { query } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { graph: { nodes: { id: string }[]; edges: unknown[] } }).graph;
}

test.describe("Cypher console", () => {
  test("runs a typed query with Ctrl+Enter and shows the table, JSON and CSV", async ({ page }) => {
    const cypher = new CypherConsolePage(page);
    await cypher.open();
    await cypher.runWithKeyboard("MATCH (p:Paper {tag: 'GQA'}) RETURN p.title AS title, p.year AS year");

    await expect(cypher.table.getByRole("columnheader")).toHaveText(["title", "year"]);
    await expect(cypher.table.getByRole("cell", { name: GQA_TITLE, exact: true })).toBeVisible();
    await expect(page.getByTestId("cypher-summary")).toContainText("1 row");
    await expect(page.getByTestId("cypher-truncated")).toHaveCount(0);
    await page.getByTestId("cypher-results").screenshot({ path: test.info().outputPath("cypher-table.png") });

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /Export CSV/ }).click();
    const csv = await readFile(await (await download).path(), "utf8");
    expect(csv.split("\r\n")[0]).toBe("title,year");
    expect(csv.split("\r\n")[1]).toBe(`${GQA_TITLE},2023`);

    await cypher.resultTab("JSON").click();
    await expect(page.getByTestId("cypher-json")).toContainText(`"columns": [`);
    await expect(page.getByTestId("cypher-json")).toContainText(GQA_TITLE);
  });

  test("exports nodes to CSV as columns of their fields, not JSON in a cell", async ({ page }) => {
    const cypher = new CypherConsolePage(page);
    await cypher.open();
    await cypher.runWithKeyboard("MATCH (p:Paper {tag: 'GQA'})-[b:BUILDS_ON]->(q:Paper {tag: 'MQA'}) RETURN p, b");
    await expect(page.getByTestId("cypher-summary")).toContainText("1 row");
    await page.getByTestId("cypher-results").getByRole("tab", { name: "Table" }).click();

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /Export CSV/ }).click();
    const [header = "", row = ""] = (await readFile(await (await download).path(), "utf8")).split("\r\n");
    const columns = header.split(",");
    expect(columns.slice(0, 2)).toEqual(["p.id", "p.labels"]);
    expect(columns).toEqual(expect.arrayContaining(["p.title", "p.year", "b.type", "b.start", "b.end", "b.reason"]));
    const values = csvCells(row);
    expect(values).toHaveLength(columns.length);
    const cells = Object.fromEntries(columns.map((c, i) => [c, values[i]]));
    expect(cells).toMatchObject({ "p.id": "2305.13245", "p.labels": "Paper", "p.year": "2023", "b.type": "BUILDS_ON" });
    expect(row).not.toContain("{");
  });

  test("completes `p.` with the properties of p's label first, and offers no write keyword", async ({ page }) => {
    const cypher = new CypherConsolePage(page);
    await cypher.open();
    await cypher.textbox.click();
    await cypher.textbox.pressSequentially("MATCH (p:Paper) RETURN p.");
    const options = page.locator(".cm-tooltip-autocomplete li");
    await expect(options.first()).toBeVisible();
    const offered = await options.allTextContents();
    // Paper's keys come first, in order, before keys only other labels have (Section's nameRu).
    expect(offered).toEqual(expect.arrayContaining(["title", "year", "arxivId"]));
    const paperKeys = offered.slice(0, offered.indexOf("year") + 1);
    expect(paperKeys).not.toContain("nameRu");
    expect(offered.indexOf("nameRu")).toBeGreaterThan(offered.indexOf("year"));
    expect(offered).not.toContain("p");
    await page.getByTestId("cypher-editor").screenshot({ path: test.info().outputPath("completion-property.png") });

    await page.keyboard.press("Escape");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Backspace");
    await cypher.textbox.pressSequentially("MATCH (p:Paper) ");
    await page.keyboard.press("Control+Space");
    await expect(options.first()).toBeVisible();
    const keywords = await options.allTextContents();
    expect(keywords).toEqual(expect.arrayContaining(["RETURN", "WHERE"]));
    for (const write of ["CREATE", "MERGE", "DELETE", "SET", "DETACH", "REMOVE", "DROP", "START", "PERIODIC"]) expect(keywords).not.toContain(write);
  });

  test("puts a result's nodes on the canvas, replacing or adding to what it shows", async ({ page, request }) => {
    const cypher = new CypherConsolePage(page);
    const first = "MATCH (p:Paper {tag: 'GQA'})-[b:BUILDS_ON]->(q:Paper) RETURN p, b, q";
    const second = "MATCH (s:Section)<-[:SUBSECTION_OF]-(t:Section) RETURN s, t LIMIT 3";
    const firstIds = (await apiGraph(request, first)).nodes.map((n) => n.id).sort();
    const secondIds = (await apiGraph(request, second)).nodes.map((n) => n.id);
    expect(firstIds.length).toBeGreaterThan(1);

    await cypher.open();
    await cypher.type(first);
    await page.getByTestId("cypher-run").click();
    await expect(cypher.resultTab("Graph")).toHaveAttribute("aria-selected", "true");
    await expect.poll(async () => (await readGraphState(page)).ids.sort()).toEqual(firstIds);
    expect((await readGraphState(page)).edges).toBeGreaterThan(0);

    await page.getByTestId("cypher-append").check();
    await cypher.runWithKeyboard(second);
    const union = [...new Set([...firstIds, ...secondIds])].sort();
    await expect.poll(async () => (await readGraphState(page)).ids.sort()).toEqual(union);
  });

  test("shows where a syntax error is", async ({ page }) => {
    const cypher = new CypherConsolePage(page);
    const query = "MATCH (p:Paper) RETURN p ORDER p.year"; // ORDER without BY: Neo4j points at "p.year"
    await cypher.open();
    await cypher.runWithKeyboard(query);

    await expect(cypher.error).toBeVisible();
    await expect(cypher.error).toHaveAttribute("data-kind", "bad-query");
    const column = query.indexOf("p.year") + 1;
    await expect(cypher.error.getByTestId("cypher-error-position")).toHaveText(`Line 1, column ${column}`);
    // The caret line sits under the query line, the caret under the reported column.
    await expect(cypher.error.locator("pre")).toContainText(query);
    expect(await cypher.error.getByTestId("cypher-error-caret").textContent()).toBe(`${" ".repeat(column - 1)}^`);
    await cypher.error.screenshot({ path: test.info().outputPath("cypher-syntax-error.png") });

    // The link moves the editor's cursor to the error.
    await cypher.error.getByTestId("cypher-error-position").click();
    await expect(cypher.textbox).toBeFocused();
  });

  test("refuses a write and says so", async ({ page, request }) => {
    const cypher = new CypherConsolePage(page);
    await cypher.open();
    await cypher.runWithKeyboard("CREATE (n:X) RETURN n");

    await expect(cypher.error).toHaveAttribute("data-kind", "refused");
    await expect(cypher.error).toContainText("Refused");
    await expect(cypher.error).toContainText(/read-only|not allowed|refus/i);
    const check = await request.post("/api/cypher", { data: { query: "MATCH (n:X) RETURN count(n) AS c" } });
    expect(((await check.json()) as { rows: unknown[][] }).rows).toEqual([[0]]);
  });

  test("flags a result cut at the row cap", async ({ page }) => {
    const cypher = new CypherConsolePage(page);
    await cypher.open();
    await cypher.runWithKeyboard("UNWIND range(1, 100000) AS i RETURN i");
    await expect(page.getByTestId("cypher-truncated")).toBeVisible();
    await expect(page.getByTestId("cypher-truncated")).toContainText(/first \d+ rows/);
  });

  test("loads an example, and keeps run queries in the history across a reload", async ({ page }) => {
    const cypher = new CypherConsolePage(page);
    await cypher.open();
    // Keyboard only: ArrowDown opens the menu on its first item, arrows move, Enter picks.
    await page.getByTestId("cypher-examples").getByRole("button").first().focus();
    await page.keyboard.press("ArrowDown");
    const examples = page.getByTestId("cypher-examples").getByRole("menu");
    await expect(examples.getByRole("menuitem").first()).toBeFocused();
    const target = examples.getByRole("menuitem", { name: "Papers per year" });
    for (let i = 0; i < 10 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("ArrowDown");
    await expect(target).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(examples).toHaveCount(0);
    await expect(cypher.textbox).toContainText("count(*) AS papers");
    await page.getByTestId("cypher-run").click();
    await expect(cypher.table.getByRole("columnheader")).toHaveText(["year", "papers"]);

    const marker = `RETURN 'history-${Date.now()}' AS marker`;
    await cypher.runWithKeyboard(marker);
    await expect(cypher.table.getByRole("columnheader")).toHaveText(["marker"]);
    await page.getByRole("region", { name: "Cypher console" }).screenshot({ path: test.info().outputPath("cypher-console.png") });

    await page.reload();
    await expect(cypher.textbox).toBeVisible();
    const history = await cypher.openMenu("cypher-history");
    const items = history.getByRole("menuitem");
    await expect(items.first()).toHaveText(marker);
    await expect(items.nth(1)).toHaveAttribute("title", /count\(\*\) AS papers/);
    await items.first().click();
    await expect(cypher.textbox).toHaveText(marker);
    await page.screenshot({ path: test.info().outputPath("cypher-console-page.png"), fullPage: true });
  });

  test("speaks Russian and follows the dark theme", async ({ page }) => {
    const cypher = new CypherConsolePage(page);
    await cypher.open();
    await page.getByTestId("language-toggle").click();
    await expect(page.getByTestId("cypher-run")).toHaveText("Выполнить");
    await expect(cypher.textbox).toHaveAttribute("aria-label", "Запрос Cypher");
    await page.getByTestId("theme-toggle").click();
    await expect(page.getByTestId("cypher-editor").locator(".cm-editor")).toHaveClass(/cm-dark/);

    await cypher.runWithKeyboard("MATCH (p:Paper) WHERE p.year = 2023 RETURN p.tag AS tag, p.year AS year LIMIT 3");
    await expect(page.getByTestId("cypher-summary")).toContainText("3 строки");
    await expect(cypher.resultTab("Таблица")).toHaveAttribute("aria-selected", "true");
    await page.getByRole("region", { name: "Консоль Cypher" }).screenshot({ path: test.info().outputPath("cypher-console-ru-dark.png") });
  });
});
