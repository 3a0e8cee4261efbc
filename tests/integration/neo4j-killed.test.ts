/**
 * Faults of Neo4j itself, on a Neo4j of this file's own (a free port, a temp data folder; the
 * shared test database is never touched):
 * - the Java process is SIGKILLed while an ingest holds an open write transaction: after a
 *   restart the graph is the old one, byte for byte, never a mix; rerunning the ingest converges
 *   to the counts and checksum of a clean run, and a further run changes nothing;
 * - while it is down, every API endpoint answers 503 with a clear JSON body and Retry-After;
 *   once it is back, they answer 200 again with the same driver: no restart of the app.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver } from "../../graph/driver";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { getGraphCounts, type GraphCounts } from "../../graph/get-graph-counts";
import { findFreePort, startNeo4j, stopNeo4j } from "../../neo4j/control";
import { readLiveState, signalProcess, waitForExit } from "../../neo4j/process-files";
import { VALID_REQUESTS } from "../support/api-requests";
import { recordFigures } from "../support/record-figures";
import { callRoute } from "./support/call-route";
import { findLeaks } from "./support/find-leaks";
import { ROOT, runIngest, startIngest } from "./support/run-ingest";

const SECOND = resolve(ROOT, "tests", "fixtures", "second-roadmap.md");
const dataDir = mkdtempSync(join(tmpdir(), "roadmap-neo4j-killed-"));
let port = 0;
const start = () => startNeo4j({ port, dataDir, heap: "512m", pageCache: "64m", log: () => undefined });
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  port = await findFreePort();
  await start();
  // Everything in this file, and the CLIs it spawns, talk to this Neo4j (config is read lazily).
  process.env.NEO4J_URI = `bolt://127.0.0.1:${port}`;
}, 240_000);

afterAll(async () => {
  recordFigures("neo4j-killed", figures);
  await closeDriver();
  await stopNeo4j(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

async function ingest(args: string[]): Promise<string> {
  const run = await runIngest(args);
  expect(run.code, run.output).toBe(0);
  return run.output;
}

describe("Neo4j killed in the middle of an ingest", () => {
  let old: GraphChecksum;
  let oldCounts: GraphCounts;
  let clean: GraphChecksum;
  let cleanCounts: GraphCounts;

  it("records the old graph and what a clean run of the new roadmap gives", async () => {
    await ingest([]);
    old = await getGraphChecksum();
    oldCounts = await getGraphCounts();
    await ingest([SECOND, "--roadmap", "second"]);
    clean = await getGraphChecksum();
    cleanCounts = await getGraphCounts();
    expect(clean.nodes).toBeGreaterThan(old.nodes);
    await ingest(["--remove", "second"]);
    expect(await getGraphChecksum()).toEqual(old);
  });

  it("SIGKILLs the Java process while the write transaction is open", async () => {
    const child = startIngest([SECOND, "--roadmap", "second"], { INGEST_TEST_PAUSE_AFTER_STATEMENT: "5" });
    try {
      await child.waitFor(/PAUSED after statement 5/);
      // The pid of the JVM, from the data folder's state file, as an operator would find it.
      const state = readLiveState(dataDir);
      expect(state?.port).toBe(port);
      signalProcess(state?.pid ?? -1, "SIGKILL");
      expect(await waitForExit(state?.pid ?? -1, 30_000)).toBe(true);
    } finally {
      child.kill("SIGKILL");
      await child.exited;
    }
    figures.killedMidTransaction = true;
  });

  it("answers 503 on every endpoint while Neo4j is down, with a clear body and no internals", async () => {
    const down: string[] = [];
    // All at once: each read first retries for a few seconds, in case the outage is a blip.
    const answers = await Promise.all(VALID_REQUESTS.map((request) => callRoute(request.method, request.path, request.body)));
    for (const [i, request] of VALID_REQUESTS.entries()) {
      const answer = answers[i] as Awaited<ReturnType<typeof callRoute>>;
      if (!request.needsDb) {
        expect(answer.status, request.name).toBe(200);
        continue;
      }
      expect(answer.status, `${request.name}: ${answer.text}`).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("5");
      const body = JSON.parse(answer.text) as { error: { kind: string; message: string } };
      expect(body.error.kind).toBe("unavailable");
      expect(body.error.message).toMatch(/unreachable|restarting|busy/i);
      expect(findLeaks(answer.text)).toEqual([]);
      down.push(request.name);
    }
    figures.endpointsAnswering503 = down;
  });

  it("recovers without a restart of the app, and holds the old graph, not a mix", async () => {
    await start();
    const started = Date.now();
    const meanwhile = new Set<string>();
    // A database fresh from crash recovery is cold: poll each endpoint until it answers.
    for (const request of VALID_REQUESTS) {
      const status = async () => {
        const answer = await callRoute(request.method, request.path, request.body);
        if (answer.status !== 200) meanwhile.add(`${request.name} ${answer.status} ${(JSON.parse(answer.text) as { error?: { kind?: string } }).error?.kind ?? ""}`);
        return answer.status;
      };
      await expect.poll(status, { message: request.name, timeout: 90_000, interval: 500 }).toBe(200);
    }
    figures.secondsToRecoverAllEndpoints = (Date.now() - started) / 1000;
    figures.answersWhileRecovering = [...meanwhile];
    expect(await getGraphChecksum()).toEqual(old);
    expect(await getGraphCounts()).toEqual(oldCounts);
  });

  it("converges to the clean run's graph when the ingest is run again, and then changes nothing", async () => {
    await ingest([SECOND, "--roadmap", "second"]);
    expect(await getGraphCounts()).toEqual(cleanCounts);
    expect(await getGraphChecksum()).toEqual(clean);
    expect(await ingest([SECOND, "--roadmap", "second"])).toMatch(/total changes: 0\b/);
    figures.counts = { old: { nodes: old.nodes, relationships: old.relationships }, new: { nodes: clean.nodes, relationships: clean.relationships } };
  });
});
