/**
 * The ingest against the real Neo4j: the bundled roadmap's content, idempotence, atomicity
 * (bad input, a failure and a killed process mid-transaction) and two roadmaps side by side.
 * tests/run-all.ts has loaded the bundled roadmap before these run; every test leaves the
 * database as it found it.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver, getDatabase, getDriver } from "../../graph/driver";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { ROOT, runIngest, startIngest } from "./support/run-ingest";

const REFERENCE = resolve(ROOT, "..", "shared", "reference", "generative-ai-roadmap.en.md");
const SECOND = resolve(ROOT, "tests", "fixtures", "second-roadmap.md");

async function read<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await getDriver().executeQuery(query, params, { database: getDatabase(), routing: "READ" });
  return records.map((r) => r.toObject() as T);
}

let before: GraphChecksum;

beforeAll(async () => {
  before = await getGraphChecksum();
});
afterAll(async () => {
  await closeDriver();
});

describe("the bundled Generative AI roadmap", () => {
  it("has its five areas in roadmap order, each with Russian names", async () => {
    const areas = await read<{ name: string; nameRu: string | null }>(
      "MATCH (s:Section)-[:PART_OF]->(:Roadmap {id: 'generative-ai'}) RETURN s.name AS name, s.nameRu AS nameRu ORDER BY s.order",
    );
    expect(areas.map((a) => a.name)).toEqual([
      "Background Knowledge",
      "Large Language Models (LLMs)",
      "Diffusion Models",
      "Large Multimodal Models (LMMs)",
      "Beyond Transformers",
    ]);
    expect(areas.every((a) => typeof a.nameRu === "string" && /[а-яА-Я]/.test(a.nameRu))).toBe(true);
    expect(areas[0]?.nameRu).toBe("Базовые знания");
    // The seed's machine translation stays in the data file as a source; it is never written.
    const sources = await read<{ n: number }>("MATCH (s:Section) WHERE s.nameRuSource IS NOT NULL RETURN count(s) AS n");
    expect(Number(sources[0]?.n)).toBe(0);
  });

  it("lists every entry of known sections (counted by hand from the reference)", async () => {
    const counts = await read<{ name: string; n: number }>(
      `MATCH (s:Section {roadmap: 'generative-ai'}) WHERE s.name IN $names
       RETURN s.name AS name, COUNT { (s)<-[:IN_SECTION]-() } AS n`,
      { names: ["Transformer Architecture", "Common Transformer-based Models", "Miscellaneous", "Neural Networks Inference and Training"] },
    );
    const byName = Object.fromEntries(counts.map((c) => [c.name, Number(c.n)]));
    expect(byName["Transformer Architecture"]).toBe(12);
    expect(byName["Common Transformer-based Models"]).toBe(5);
    expect(byName.Miscellaneous).toBe(3);
    expect(byName["Neural Networks Inference and Training"]).toBe(6);
  });

  // The English original lives beside the repository (../shared), not in it: without it, the
  // check shows as skipped.
  it.runIf(existsSync(REFERENCE))("has every arXiv link of the reference file as a paper's arxivId", async () => {
    const text = readFileSync(REFERENCE, "utf8");
    const ids = new Set([...text.matchAll(/arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/g)].map((m) => m[1]!));
    expect(ids.size).toBeGreaterThan(60);
    const found = await read<{ id: string }>("MATCH (p:Paper) WHERE p.arxivId IN $ids RETURN p.arxivId AS id", { ids: [...ids] });
    const missing = [...ids].filter((id) => !found.some((f) => f.id === id));
    expect(missing).toEqual([]);
  });

  it("holds known BUILDS_ON facts, each with a reason", async () => {
    const edges = await read<{ from: string; to: string; reason: string }>(
      "MATCH (a:Paper)-[r:BUILDS_ON]->(b:Paper) RETURN a.arxivId AS from, b.arxivId AS to, r.reason AS reason",
    );
    const has = (from: string, to: string) => edges.some((e) => e.from === from && e.to === to);
    expect(has("2305.13245", "1911.02150")).toBe(true); // GQA builds on multi-query attention
    expect(has("1911.02150", "1706.03762")).toBe(true); // MQA builds on the Transformer
    expect(has("2312.00752", "2111.00396")).toBe(true); // Mamba builds on S4
    expect(edges.every((e) => typeof e.reason === "string" && e.reason.length >= 10)).toBe(true);
    const omitted = await read<{ n: number }>("MATCH (p:Paper {inRoadmap: false}) RETURN count(p) AS n");
    expect(Number(omitted[0]?.n)).toBeGreaterThan(0);
  });

  it("keeps BUILDS_ON acyclic and never pointing at a newer paper", async () => {
    const cycles = await read<{ n: number }>("MATCH p = (a:Paper)-[:BUILDS_ON*1..20]->(a) RETURN count(p) AS n");
    expect(Number(cycles[0]?.n)).toBe(0);
    const future = await read<{ a: string; b: string }>(
      "MATCH (a:Paper)-[:BUILDS_ON]->(b:Paper) WHERE a.year < b.year RETURN a.id AS a, b.id AS b",
    );
    expect(future).toEqual([]);
  });

  it("derives SAME_TOPIC once per pair and never stores both directions", async () => {
    const both = await read<{ n: number }>("MATCH (a:Paper)-[:SAME_TOPIC]->(b:Paper)-[:SAME_TOPIC]->(a) RETURN count(*) AS n");
    expect(Number(both[0]?.n)).toBe(0);
    const some = await read<{ n: number }>("MATCH (:Paper)-[r:SAME_TOPIC]->(:Paper) RETURN count(r) AS n");
    expect(Number(some[0]?.n)).toBeGreaterThan(0);
  });

  it("changes nothing when loaded a second time", async () => {
    const run = await runIngest([]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/total changes: 0\b/);
    expect(await getGraphChecksum()).toEqual(before);
  });
});

describe("a failing ingest leaves the database exactly as before", () => {
  it("rejects a file with a dangling reference, naming file and line", async () => {
    const run = await runIngest([resolve(ROOT, "tests", "fixtures", "dangling-reference.yaml")]);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/dangling-reference\.yaml:\d+: .*(unknown|dangling|does not exist|not found|is not a paper or resource)/i);
    expect(await getGraphChecksum()).toEqual(before);
  });

  it("rejects a missing file", async () => {
    const run = await runIngest([resolve(ROOT, "tests", "fixtures", "no-such-file.md")]);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/no-such-file\.md/);
    expect(await getGraphChecksum()).toEqual(before);
  });

  it("rolls back when a write fails in the middle of the transaction", async () => {
    const run = await runIngest([SECOND, "--roadmap", "second"], { INGEST_TEST_FAIL_AFTER_STATEMENT: "4" });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/nothing was written/);
    expect(await getGraphChecksum()).toEqual(before);
  });

  it("rolls back when the process is killed (connection lost) in the middle of writing", async () => {
    const child = startIngest([SECOND, "--roadmap", "second"], { INGEST_TEST_PAUSE_AFTER_STATEMENT: "5" });
    await child.waitFor(/PAUSED after statement 5/);
    child.kill("SIGKILL");
    await child.exited;
    // The server notices the dropped connection and rolls the open transaction back.
    await expect.poll(async () => (await getGraphChecksum()).sha256, { timeout: 30_000, interval: 250 }).toBe(before.sha256);
  });
});

describe("two roadmaps side by side", () => {
  it("shares papers, adds its own sections and clobbers nothing of the first", async () => {
    const added = await runIngest([SECOND, "--roadmap", "second", "--title", "Efficient Attention Reading List"]);
    expect(added.code, added.output).toBe(0);
    try {
      const shared = await read<{ n: number; roadmaps: string[]; tag: string | null }>(
        `MATCH (p:Paper {arxivId: '2305.13245'})
         OPTIONAL MATCH (p)-[:IN_SECTION]->(s:Section)
         RETURN count(DISTINCT p) AS n, collect(DISTINCT s.roadmap) AS roadmaps, p.tag AS tag`,
      );
      expect(Number(shared[0]?.n)).toBe(1);
      expect([...(shared[0]?.roadmaps ?? [])].sort()).toEqual(["generative-ai", "second"]);
      const paged = await read<{ inRoadmap: boolean }>("MATCH (p:Paper {arxivId: '2309.06180'}) RETURN p.inRoadmap AS inRoadmap");
      expect(paged).toHaveLength(1);
      const first = await read<{ n: number }>("MATCH (s:Section {roadmap: 'generative-ai'})<-[r:IN_SECTION]-() RETURN count(r) AS n");
      const firstBefore = await read<{ n: number }>("MATCH (s:Section {roadmap: 'generative-ai'}) RETURN count(s) AS n");
      expect(Number(first[0]?.n)).toBeGreaterThan(100);
      expect(Number(firstBefore[0]?.n)).toBeGreaterThan(20);

      const again = await runIngest([SECOND, "--roadmap", "second", "--title", "Efficient Attention Reading List"]);
      expect(again.output).toMatch(/total changes: 0\b/);
      const reset = await runIngest([SECOND, "--roadmap", "second", "--title", "Efficient Attention Reading List", "--reset"]);
      expect(reset.code, reset.output).toBe(0);
    } finally {
      const removed = await runIngest(["--remove", "second"]);
      expect(removed.code, removed.output).toBe(0);
    }
    expect(await getGraphChecksum()).toEqual(before);
  });

  it("dry run writes nothing", async () => {
    const run = await runIngest([SECOND, "--roadmap", "second", "--dry-run"]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/dry run/);
    expect(await getGraphChecksum()).toEqual(before);
  });
});
