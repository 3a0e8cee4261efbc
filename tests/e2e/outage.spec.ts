import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";

// Stops the test Neo4j that tests/run-all.ts started, checks the API and the page report it,
// starts it again and checks both recover without restarting the app.
const port = Number(process.env.NEO4J_TEST_PORT);
const dataDir = process.env.NEO4J_TEST_DATA_DIR;

/** The same commands a user runs (npm run db:stop / db:start), pointed at the test database. */
async function db(command: "start" | "stop"): Promise<void> {
  await promisify(execFile)("npx", ["tsx", "neo4j/db.ts", command], {
    env: { ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(port) },
    timeout: 180_000,
  });
}

test.describe("database outage", () => {
  test.skip(!dataDir || !port, "needs the Neo4j that npm test starts (NEO4J_TEST_DATA_DIR)");
  test.setTimeout(240_000);

  test("503 and a banner while Neo4j is down, 200 and no banner once it is back", async ({ page, request }) => {
    await page.goto("/");
    await expect(page.getByTestId("db-status")).toContainText("Neo4j");
    await expect(page.getByTestId("db-down-banner")).toHaveCount(0);

    await db("stop");
    try {
      await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 30_000 }).toBe(503);
      const down = await request.get("/api/health");
      const body = (await down.json()) as { error: { kind: string; message: string } };
      expect(body.error.kind).toBe("unavailable");
      expect(body.error.message).toMatch(/unreachable|restarting/i);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/);
      await expect(page.getByTestId("db-down-banner")).toBeVisible({ timeout: 30_000 });
      await page.screenshot({ path: test.info().outputPath("outage-banner.png") });
    } finally {
      // Detached (as db:start always is): npm test stops it by its data folder afterwards.
      await db("start");
    }

    await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 60_000 }).toBe(200);
    await expect(page.getByTestId("db-down-banner")).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByTestId("db-status")).toContainText("Neo4j");
  });
});
