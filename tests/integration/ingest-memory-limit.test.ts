/**
 * Neo4j's transaction memory limit, on a Neo4j of this file's own with a tiny limit (the shared
 * test database is never touched):
 * - a roadmap written in one transaction (at most one batch of rows) that goes over it is
 *   refused; the CLI says what limit was hit and how to get under it, and the graph stays as it was;
 * - the same roadmap in smaller batches loads: more rows than a batch and more than half the
 *   limit by the writer's estimate, it is staged in batches that each commit, and
 *   only the final transaction (a label swap and what touches live data) must fit. A re-run
 *   under the limit changes nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver } from "../../graph/driver";
import { getGraphChecksum } from "../support/get-graph-checksum";
import { getGraphCounts } from "../../graph/get-graph-counts";
import { findFreePort, startNeo4j, stopNeo4j } from "../../neo4j/control";
import { ROOT, runIngest } from "./support/run-ingest";

const SECOND = resolve(ROOT, "tests", "fixtures", "second-roadmap.md");
const dataDir = mkdtempSync(join(tmpdir(), "roadmap-neo4j-tx-limit-"));

beforeAll(async () => {
  const port = await findFreePort();
  // 3 MB per transaction: the small second roadmap fits, the bundled roadmap (~170 papers) in one transaction does not.
  await startNeo4j({ port, dataDir, heap: "512m", pageCache: "64m", txMemoryMax: "3m", log: () => undefined });
  process.env.NEO4J_URI = `bolt://127.0.0.1:${port}`;
}, 240_000);

afterAll(async () => {
  await closeDriver();
  await stopNeo4j(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe("Neo4j's transaction memory limit", () => {
  it("refuses a one-transaction ingest over it, naming the limit and how to get under it, and leaves the graph unchanged", async () => {
    const small = await runIngest([SECOND, "--roadmap", "second"]);
    expect(small.code, small.output).toBe(0);
    const before = await getGraphChecksum();
    expect(before.nodes).toBeGreaterThan(0);

    // About 1,000 rows: under the default --batch-size, so one transaction whatever the limit.
    const big = await runIngest([]);
    expect(big.code, big.output).toBe(1);
    expect(big.output).toMatch(/nothing was written/);
    expect(big.output).toMatch(/too large for this Neo4j's memory limit/);
    expect(big.output).toMatch(/db\.memory\.transaction\.max/);
    expect(big.output).toMatch(/--batch-size/);
    expect(big.output).toMatch(/NEO4J_HEAP=/);
    expect(big.output).not.toMatch(/add a LIMIT/);
    expect(await getGraphChecksum()).toEqual(before);
  }, 180_000);

  it("loads the same roadmap in committed batches under it, and a re-run changes nothing", async () => {
    const staged = await runIngest(["--batch-size", "25"]);
    expect(staged.code, staged.output).toBe(0);
    expect(staged.output).toMatch(/written in committed batches \(staged\)/);
    const loaded = await getGraphCounts();
    expect(loaded.labels.Paper).toBeGreaterThan(150);
    expect(Object.keys(loaded.labels).filter((label) => label.startsWith("Staged"))).toEqual([]);
    const again = await runIngest(["--batch-size", "25"]);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/total changes: 0\b/);
  }, 180_000);
});
