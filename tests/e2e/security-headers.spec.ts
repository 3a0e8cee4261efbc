import { expect, test } from "@playwright/test";
import { findLeaks } from "../integration/support/find-leaks";
import { readGraphState } from "./support/cy";
import { ExplorerPage } from "./support/explorer-page";

// HTTP hardening of the built app (next.config.mjs): security headers on every answer, no
// X-Powered-By, a Content Security Policy the app runs under without a single violation, and
// error answers of the real server without stacks or paths.

type Violations = { __cspViolations?: string[] };

test.describe("security headers", () => {
  test("every page, API answer and error carries them, and none says what powers it", async ({ request }) => {
    for (const path of ["/", "/api/health", "/api/openapi.json", "/api/node?id=nope", "/api/no-such-endpoint", "/no-such-page"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["x-powered-by"], path).toBeUndefined();
      const csp = headers["content-security-policy"] ?? "";
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "connect-src 'self'"]) {
        expect(csp, path).toContain(directive);
      }
      // The production server never allows eval, whatever the dev server needs.
      expect(csp).not.toContain("unsafe-eval");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["referrer-policy"], path).toBe("no-referrer");
    }
  });

  test("the app works under its Content Security Policy with no violation", async ({ page }) => {
    const reported: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|create|frame)/i.test(message.text())) reported.push(message.text());
    });
    page.on("pageerror", (error) => {
      if (/Content Security Policy|unsafe-eval/i.test(error.message)) reported.push(error.message);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const store = window as unknown as Violations;
        store.__cspViolations = [...(store.__cspViolations ?? []), `${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`];
      });
    });
    const explorer = new ExplorerPage(page);
    await explorer.goto();
    await explorer.layoutDone();
    await expect.poll(async () => (await readGraphState(page)).nodes).toBeGreaterThan(0);
    // Every tab once: the console's editor, the reading path, the path finder each load their code.
    const tabs = page.getByRole("tab");
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      await expect(tabs.nth(i)).toHaveAttribute("aria-selected", "true");
    }
    const fromPage = await page.evaluate(() => (window as unknown as Violations).__cspViolations ?? []);
    expect([...reported, ...fromPage]).toEqual([]);
  });

  test("error answers of the real server carry no stack trace or path", async ({ request }) => {
    const answers = [
      await request.post("/api/neighbourhood", { data: "{not json", headers: { "content-type": "application/json" } }),
      await request.post("/api/neighbourhood", { data: { ids: [] } }),
      await request.post("/api/neighbourhood", { data: { ids: ["1706.03762"], exclude: ["x".repeat(300_000)] } }),
      await request.get("/api/node?id=nope"),
      await request.post("/api/cypher", { data: { query: "MATCH (n) DETACH DELETE n" } }),
      await request.post("/api/cypher", { data: { query: "MATCH (n RETURN n" } }),
      await request.put("/api/cypher", { data: {} }),
      await request.get("/api/no-such-endpoint"),
      await request.get("/no-such-page"),
    ];
    expect(answers.map((answer) => answer.status())).toEqual([400, 400, 413, 404, 403, 400, 405, 404, 404]);
    for (const answer of answers) expect(findLeaks(await answer.text()), answer.url()).toEqual([]);
  });
});
