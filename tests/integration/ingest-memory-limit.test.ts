/**
 * A roadmap too large for one transaction under Neo4j's transaction memory limit: the ingest
 * is one transaction, so Neo4j refuses it; the CLI must say what limit was hit and how to raise
 * it, and the graph must stay as it was. On a Neo4j of this file's own with a tiny limit (the
 * shared test database is never touched).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver } from "../../graph/driver";
import { getGraphChecksum } from "../support/get-graph-checksum";
import { findFreePort, startNeo4j, stopNeo4j } from "../../neo4j/control";
import { ROOT, runIngest } from "./support/run-ingest";

const SECOND = resolve(ROOT, "tests", "fixtures", "second-roadmap.md");
const dataDir = mkdtempSync(join(tmpdir(), "roadmap-neo4j-tx-limit-"));

beforeAll(async () => {
  const port = await findFreePort();
  // 3 MB per transaction: the small second roadmap fits, the bundled roadmap (~170 papers) does not.
  await startNeo4j({ port, dataDir, heap: "512m", pageCache: "64m", txMemoryMax: "3m", log: () => undefined });
  process.env.NEO4J_URI = `bolt://127.0.0.1:${port}`;
}, 240_000);

afterAll(async () => {
  await closeDriver();
  await stopNeo4j(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe("a roadmap over Neo4j's transaction memory limit", () => {
  it("is refused with the limit named and how to raise it, and the graph is unchanged", async () => {
    const small = await runIngest([SECOND, "--roadmap", "second"]);
    expect(small.code, small.output).toBe(0);
    const before = await getGraphChecksum();
    expect(before.nodes).toBeGreaterThan(0);

    const big = await runIngest([]);
    expect(big.code, big.output).toBe(1);
    expect(big.output).toMatch(/nothing was written/);
    expect(big.output).toMatch(/too large for one transaction/);
    expect(big.output).toMatch(/db\.memory\.transaction\.max/);
    expect(big.output).toMatch(/NEO4J_HEAP=/);
    expect(big.output).not.toMatch(/add a LIMIT/);
    expect(await getGraphChecksum()).toEqual(before);
  }, 180_000);
});
