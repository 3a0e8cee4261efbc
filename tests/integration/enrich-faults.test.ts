/**
 * Citation enrichment when things go wrong: refused candidates (a cycle with a curated edge,
 * a citation pointing forward in time), provider faults that retries absorb (429 with
 * Retry-After, 500, a hanging request), and faults that end the run (malformed JSON, a provider
 * that keeps failing, --offline without a cache): each with a clear message and the graph as it was.
 */
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { recordFigures } from "../support/record-figures";
import { ENRICH_FIXTURES } from "@/bench/replay-server";
import { query, restoreGraph } from "./support/enrich-state";
import { setUpEnrichSuite } from "./support/enrich-suite";
import { readSummary, replayEnv, runEnrich } from "./support/run-enrich";
import { runIngest } from "./support/run-ingest";

const FAULTY = resolve(ENRICH_FIXTURES, "knowledge-editing-faulty.yaml");
const LIST = resolve(ENRICH_FIXTURES, "knowledge-editing.yaml");
const ROADMAPS = ["enrich-ke", "enrich-ke-faulty"];

const figures: Record<string, unknown> = {};
const suite = setUpEnrichSuite(ROADMAPS, {}, () => recordFigures("enrich-faults", figures));
const envFor = () => replayEnv(suite.server, 400);

describe("enrichment refuses what cannot be true", () => {
  it("counts candidates that would close a cycle or point forward in time, and writes neither", async () => {
    expect((await runIngest([FAULTY], {})).code).toBe(0);
    const run = await runEnrich(["--roadmap", "enrich-ke-faulty"], envFor());
    expect(run.code, run.output).toBe(0);
    expect(readSummary(run.output)).toMatchObject({ cycle: 1, forward: 1 });
    const derived = await query("MATCH (a:Paper)-[r:BUILDS_ON {source: 'citation'}]->(b:Paper) WHERE a.id IN ['2110.11309', '2104.08696'] RETURN a.id AS a, b.id AS b");
    expect(derived).not.toContainEqual({ a: "2110.11309", b: "2104.08164" });
    expect(derived).not.toContainEqual({ a: "2104.08696", b: "2012.14913" });
    // Both are still CITES: the citation is a fact, only the dependency was refused.
    expect(await query("MATCH (:Paper {id: '2110.11309'})-[r:CITES]->(:Paper {id: '2104.08164'}) RETURN count(r) AS n")).toEqual([{ n: 1 }]);
    figures.refused = readSummary(run.output);
    await restoreGraph(suite.snapshot, ROADMAPS);
  });
});

describe("provider faults", () => {
  let before: GraphChecksum;
  beforeAll(async () => {
    expect((await runIngest([LIST], {})).code).toBe(0);
    before = await getGraphChecksum();
  });

  it("absorbs a 429 with Retry-After, a 500 and a hanging request, and says so", async () => {
    suite.server.addFault({ path: /\/paper\/batch$/, kind: "429", times: 1, retryAfterSeconds: 1 });
    suite.server.addFault({ path: /\/references$/, kind: "500", times: 1 });
    suite.server.addFault({ path: /\/works$/, kind: "hang", times: 1 });
    const env = envFor();
    const run = await runEnrich(["--roadmap", "enrich-ke", "--dry-run"], env);
    expect(run.code, run.output).toBe(0);
    const summary = readSummary(run.output);
    expect(summary).toMatchObject({ rateLimited: 1, retries: 3 });
    expect(summary.written).toBeGreaterThan(0);
    expect(await getGraphChecksum()).toEqual(before); // a dry run
    figures.absorbed = summary;
    // The same run again is answered from the cache, faults or not.
    suite.server.addFault({ path: /./, kind: "500", times: 100 });
    const again = await runEnrich(["--roadmap", "enrich-ke", "--dry-run", "--offline"], env);
    expect(readSummary(again.output)).toMatchObject({ requests: 0 });
    suite.server.clearFaults();
  });

  it.each([
    ["malformed JSON", { path: /\/paper\/batch$/, kind: "malformed" as const, times: 1 }, /answered malformed JSON \(\d+ bytes, starting "\[\{"paperId"/],
    ["a provider that keeps failing", { path: /\/paper\/batch$/, kind: "500" as const, times: 5 }, /POST http:\/\/127\.0\.0\.1:\d+\/s2\/paper\/batch\?.* failed after 5 attempts: HTTP 500/],
    ["requests that never answer", { path: /\/paper\/batch$/, kind: "hang" as const, times: 5 }, /failed after 5 attempts: no answer within 400 ms/],
  ])("ends on %s with a clear message and writes nothing", async (_, fault, message) => {
    suite.server.clearFaults();
    suite.server.addFault({ ...fault });
    const run = await runEnrich(["--roadmap", "enrich-ke"], envFor());
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/enrich failed, nothing was written/);
    expect(run.output).toMatch(message);
    expect(await getGraphChecksum()).toEqual(before);
  });

  it("refuses --offline without a cache, and an unknown roadmap, naming the problem", async () => {
    const offline = await runEnrich(["--roadmap", "enrich-ke", "--offline"], envFor());
    expect(offline.code).not.toBe(0);
    expect(offline.output).toMatch(/--offline, and no cached answer for POST .*\/paper\/batch/);
    const unknown = await runEnrich(["--roadmap", "no-such-list"], envFor());
    expect(unknown.output).toMatch(/no roadmap with id "no-such-list"/);
    expect(await getGraphChecksum()).toEqual(before);
  });
});
