/**
 * A roadmap too large for one transaction is staged: written in batches that each commit, under staging
 * labels, then made live by one final transaction. Forced here on the small second roadmap with
 * `--staged --batch-size 3`. Proves that it writes exactly what one transaction writes, that readers see
 * none of it before the end (not even while committed batches sit in the database), that a failed
 * run removes what it staged, that a run that dies leaves staging data only, which the next run
 * removes, and that re-runs change nothing. Leaves the shared test database as it found it.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver, getDatabase, getDriver } from "../../graph/driver";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { callRoute } from "./support/call-route";
import { ROOT, runIngest, startIngest } from "./support/run-ingest";
import { makeTempDir, removeTempDirs } from "./support/run-enrich";

const SECOND = resolve(ROOT, "tests", "fixtures", "second-roadmap.md");
// --staged: this small list would fit in one transaction; force the committed batches.
const ARGS = [SECOND, "--roadmap", "second", "--batch-size", "3", "--staged"];

async function stagedNodes(): Promise<number> {
  const { records } = await getDriver().executeQuery(
    "MATCH (n) WHERE any(label IN labels(n) WHERE label STARTS WITH 'Staged') RETURN count(n) AS n",
    {},
    { database: getDatabase(), routing: "READ" },
  );
  return Number(records[0]?.get("n"));
}

/** What a reader of the API sees of the second roadmap and of the graph's size. */
async function readerView(): Promise<{ roadmaps: string[]; nodes: number; relationships: number; pagedAttentionHits: number; sampleKinds: string[] }> {
  const stats = JSON.parse((await callRoute("GET", "/api/stats")).text) as { totals: { nodes: number; relationships: number }; labels: Record<string, number>; roadmaps: { id: string }[] };
  const search = JSON.parse((await callRoute("GET", "/api/search?q=PagedAttention")).text) as { results: unknown[] };
  const sample = JSON.parse((await callRoute("GET", "/api/overview")).text) as { nodes: { kind: string }[] };
  const health = JSON.parse((await callRoute("GET", "/api/health")).text) as { graph: { nodes: number } };
  expect(health.graph.nodes).toBe(stats.totals.nodes);
  return {
    roadmaps: stats.roadmaps.map((r) => r.id).sort(),
    nodes: stats.totals.nodes,
    relationships: stats.totals.relationships,
    pagedAttentionHits: search.results.length,
    sampleKinds: [...new Set([...sample.nodes.map((n) => n.kind), ...Object.keys(stats.labels)])].sort(),
  };
}

let before: GraphChecksum;
let clean: GraphChecksum;
let emptyView: Awaited<ReturnType<typeof readerView>>;

beforeAll(async () => {
  before = await getGraphChecksum();
  emptyView = await readerView();
  // What one transaction writes: the reference for the staged runs.
  const single = await runIngest([SECOND, "--roadmap", "second"]);
  expect(single.code, single.output).toBe(0);
  expect(single.output).toMatch(/written in one transaction/);
  clean = await getGraphChecksum();
  expect(clean.nodes).toBeGreaterThan(before.nodes);
  expect((await readerView()).pagedAttentionHits).toBeGreaterThan(0);
  const removed = await runIngest(["--remove", "second"]);
  expect(removed.code, removed.output).toBe(0);
  expect(await getGraphChecksum()).toEqual(before);
});

afterAll(async () => {
  removeTempDirs();
  await runIngest(["--remove", "t5-list"]);
  await runIngest(["--remove", "second"]);
  expect(await stagedNodes()).toBe(0);
  expect(await getGraphChecksum()).toEqual(before);
  await closeDriver();
});

describe("a roadmap written in committed batches", () => {
  it("writes what one transaction writes, and a re-run changes nothing", async () => {
    const staged = await runIngest([...ARGS, "--profile"]);
    expect(staged.code, staged.output).toBe(0);
    expect(staged.output).toMatch(/written in committed batches \(staged\)/);
    // --profile says where the time went: each committed batch, the final transaction, its commit.
    expect(staged.output).toMatch(/ingest profile \(\d+ commits\):/);
    expect(staged.output).toMatch(/staged batches\s+papers\s+\d+\s+\d+/);
    expect(staged.output).toMatch(/final transaction\s+publish \(label swap\)/);
    expect(staged.output).toMatch(/final transaction\s+commit\s+1\s/);
    expect(await getGraphChecksum()).toEqual(clean);
    const again = await runIngest(ARGS);
    expect(again.output).toMatch(/total changes: 0\b/);
    expect(await getGraphChecksum()).toEqual(clean);
    expect((await runIngest(["--remove", "second"])).code).toBe(0);
    expect(await getGraphChecksum()).toEqual(before);
  });

  it("removes what it staged when a batch fails", async () => {
    const run = await runIngest(ARGS, { INGEST_TEST_FAIL_AFTER_STATEMENT: "6" });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/nothing was written/);
    expect(await stagedNodes()).toBe(0);
    expect(await getGraphChecksum()).toEqual(before);
  });

  it("shows readers none of it while committed batches are staged, and the next run removes a dead run's staging", async () => {
    const child = startIngest(ARGS, { INGEST_TEST_PAUSE_AFTER_STATEMENT: "8" });
    try {
      await child.waitFor(/PAUSED after statement 8/);
      // Nine batches have committed: they are in the database, under staging labels.
      expect(await stagedNodes()).toBeGreaterThan(0);
      expect(await readerView()).toEqual(emptyView);
    } finally {
      child.kill("SIGKILL");
      await child.exited;
    }
    // Dead: its staging data stays, still invisible.
    expect(await stagedNodes()).toBeGreaterThan(0);
    expect(await readerView()).toEqual(emptyView);

    const rerun = await runIngest(ARGS);
    expect(rerun.code, rerun.output).toBe(0);
    expect(await stagedNodes()).toBe(0);
    expect(await getGraphChecksum()).toEqual(clean);
    expect((await runIngest(ARGS)).output).toMatch(/total changes: 0\b/);
  });

  it("marks a paper another roadmap holds unlisted as listed once a staged list places it, and back when it goes", async () => {
    // The bundled roadmap holds T5 without listing it (inRoadmap false); a list that places it is
    // staged in batches of 3, and its final transaction checks only the papers it touched.
    const file = join(makeTempDir("t5-list-"), "t5-list.md");
    writeFileSync(
      file,
      [
        "# Text-to-text",
        "",
        "## Models",
        "",
        "- [Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer](https://arxiv.org/abs/1910.10683) (2019)",
        "- [mT5: A Massively Multilingual Pre-trained Text-to-Text Transformer](https://arxiv.org/abs/2010.11934) (2020)",
        "- [ByT5: Towards a Token-Free Future with Pre-trained Byte-to-Byte Models](https://arxiv.org/abs/2105.13626) (2021)",
        "",
      ].join("\n"),
    );
    const listed = async () => {
      const { records } = await getDriver().executeQuery("MATCH (p:Paper {arxivId: '1910.10683'}) RETURN p.inRoadmap AS listed", {}, { database: getDatabase(), routing: "READ" });
      return records.map((r) => r.get("listed") as boolean);
    };
    expect(await listed()).toEqual([false]);
    const start = await getGraphChecksum();
    const run = await runIngest([file, "--roadmap", "t5-list", "--batch-size", "3", "--staged"]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/written in committed batches \(staged\)/);
    expect(await listed()).toEqual([true]);
    expect((await runIngest(["--remove", "t5-list"])).code).toBe(0);
    expect(await listed()).toEqual([false]);
    expect(await getGraphChecksum()).toEqual(start);
  });

  it("--remove also drops a dead run's staging data", async () => {
    expect((await runIngest(["--remove", "second"])).code).toBe(0);
    const child = startIngest(ARGS, { INGEST_TEST_PAUSE_AFTER_STATEMENT: "4" });
    await child.waitFor(/PAUSED after statement 4/);
    child.kill("SIGKILL");
    await child.exited;
    expect(await stagedNodes()).toBeGreaterThan(0);
    const removed = await runIngest(["--remove", "second"]);
    expect(removed.code, removed.output).toBe(0);
    expect(await stagedNodes()).toBe(0);
    expect(await getGraphChecksum()).toEqual(before);
  });
});
