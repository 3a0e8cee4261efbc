/**
 * Citation enrichment end to end: the real CLIs (ingest --enrich, enrich) against the replay
 * server on 127.0.0.1 (tests/fixtures/enrich) and the real Neo4j. Proves what is written
 * (CITES, derived BUILDS_ON with evidence, filled metadata, suggested prerequisites), what is
 * never touched (curated edges), what is refused (cycles, forward in time), that faults end in
 * a clear summary with the graph as it was, and that a warm cache makes 0 requests and 0 changes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getGraphChecksum } from "../support/get-graph-checksum";
import { getReadingPath } from "../../graph/get-reading-path";
import { removeRoadmap } from "../../graph/remove-roadmap";
import { ENRICH_FIXTURES } from "@/bench/replay-server";
import { query, restoreGraph } from "./support/enrich-state";
import { setUpEnrichSuite } from "./support/enrich-suite";
import { makeTempDir, readSummary, replayEnv, runEnrich } from "./support/run-enrich";
import { runIngest } from "./support/run-ingest";

const LIST = resolve(ENRICH_FIXTURES, "knowledge-editing.yaml");
const ROADMAPS = ["enrich-ke"];
const KE = "2104.08164", KN = "2104.08696", MEND = "2110.11309", ROME = "2202.05262", SERAC = "2206.06520", MEMIT = "2210.07229", GEVA = "2012.14913";

const suite = setUpEnrichSuite(ROADMAPS, { pageSize: 2 });
const edge = async (type: string, from: string, to: string) =>
  (await query(`MATCH (:Paper {id: $from})-[r:${type}]->(:Paper {id: $to}) RETURN properties(r) AS props`, { from, to }))[0]?.props as Record<string, unknown> | undefined;

describe("a list loaded and enriched against the replay server", () => {
  const env: Record<string, string> = {};
  beforeAll(() => Object.assign(env, replayEnv(suite.server, 5000)));

  it("writes CITES, derived BUILDS_ON with evidence, filled metadata and suggestions", async () => {
    const curatedBefore = await query("MATCH ()-[r:BUILDS_ON]->() WHERE r.source <> 'citation' RETURN count(r) AS n, collect(properties(r)) AS props");
    suite.server.requests.length = 0;
    const run = await runIngest([LIST, "--enrich"], env);
    expect(run.code, run.output).toBe(0);
    const summary = readSummary(run.output);
    expect(summary.cites).toBeGreaterThanOrEqual(15);
    expect(summary.written).toBeGreaterThanOrEqual(4);
    expect(run.output).toMatch(/6 by Semantic Scholar, 1 by OpenAlex, 1 unknown/);
    expect(run.output).toMatch(/unknown to the providers: 2307\.12976/);
    // One batch for every paper with an id; pages of 2 for the evidence pass.
    expect(suite.server.requests.filter((r) => r.startsWith("POST /s2/paper/batch"))).toHaveLength(1);
    expect(suite.server.requests.filter((r) => r.includes("/references?")).length).toBeGreaterThan(5);

    expect(await edge("CITES", ROME, MEND)).toMatchObject({ source: "semantic-scholar", intents: ["methodology"], influential: false });
    expect(await edge("CITES", SERAC, MEND)).toMatchObject({ source: "openalex", contexts: [] });
    expect(await edge("BUILDS_ON", KN, GEVA)).toMatchObject({ source: "citation", confidence: 0.9, evidence: expect.stringMatching(/key-value memories/) as unknown });
    expect(await edge("BUILDS_ON", MEND, KE)).toMatchObject({ source: "citation", confidence: 0.9 });
    expect(await edge("BUILDS_ON", ROME, KN)).toBeUndefined(); // a result citation is no dependency
    // Curated edges (this list's MEMIT -> ROME is the bundled roadmap's too) stand as they were.
    expect(await edge("BUILDS_ON", MEMIT, ROME)).toMatchObject({ source: expect.not.stringMatching(/^citation$/) as unknown, reason: expect.any(String) as unknown });
    expect(await query("MATCH ()-[r:BUILDS_ON]->() WHERE r.source <> 'citation' RETURN count(r) AS n, collect(properties(r)) AS props")).toEqual(curatedBefore);

    const [ke] = await query("MATCH (p:Paper {id: $id}) RETURN p.year AS year, p.authors AS authors, p.venue AS venue, p.s2Id AS s2Id", { id: KE });
    expect(ke).toMatchObject({ year: 2021, authors: ["Nicola De Cao", "Wilker Aziz", "Ivan Titov"], venue: expect.stringMatching(/Empirical Methods/) as unknown });
    const [survey] = await query("MATCH (p:Paper {id: 'editing-large-language-models-problems-methods-and-opportunities'}) RETURN p.s2Id AS s2Id, p.year AS year");
    expect(survey).toMatchObject({ s2Id: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown, year: 2023 });

    const suggested = await query("MATCH (p:Paper {suggested: true}) RETURN p.id AS id, p.inRoadmap AS inRoadmap, p.suggestedBy AS by ORDER BY p.id");
    expect(suggested).toEqual([
      { id: "1909.01066", inRoadmap: false, by: 3 },
      { id: "2004.00345", inRoadmap: false, by: 3 },
    ]);
    expect(await edge("BUILDS_ON", MEND, "2004.00345")).toMatchObject({ source: "citation" });
  });

  it("gives later papers reading paths of several steps, in order", async () => {
    const path = await getReadingPath({ target: MEMIT, read: [], hideRead: false });
    const ids = [...path.steps].sort((a, b) => a.order - b.order).map((step) => step.node.id);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const [later, earlier] of [[MEMIT, ROME], [ROME, MEND], [MEND, KE]] as const) expect(ids.indexOf(earlier)).toBeLessThan(ids.indexOf(later));
  });

  it("makes 0 requests and 0 changes on a second run with a warm cache, online or --offline", async () => {
    suite.server.requests.length = 0;
    for (const args of [["--roadmap", "enrich-ke"], ["--roadmap", "enrich-ke", "--offline"]]) {
      const before = await getGraphChecksum();
      const run = await runEnrich(args, env);
      expect(run.code, run.output).toBe(0);
      expect(readSummary(run.output)).toMatchObject({ requests: 0, changes: 0, suggestions: 2, newSuggestions: 0 });
      expect(await getGraphChecksum()).toEqual(before);
    }
    expect(suite.server.requests).toEqual([]);
  });

  it("keeps what enrichment filled when the list is loaded again without it", async () => {
    const run = await runIngest([LIST], env);
    expect(run.code, run.output).toBe(0);
    const [ke] = await query("MATCH (p:Paper {id: $id}) RETURN p.year AS year, p.authors AS authors, p.venue AS venue", { id: KE });
    expect(ke).toMatchObject({ year: 2021, authors: ["Nicola De Cao", "Wilker Aziz", "Ivan Titov"], venue: expect.stringMatching(/Empirical Methods/) as unknown });
    expect(await edge("BUILDS_ON", MEND, KE)).toMatchObject({ source: "citation" });
  });

  it("makes a derived edge curated when the list comes to state it", async () => {
    const dir = makeTempDir("enrich-list-");
    const stated = join(dir, "knowledge-editing.yaml");
    const reason = "Edits with a trained hypernetwork as KnowledgeEditor does, applied to low-rank decomposed gradients so it scales to large models.";
    writeFileSync(stated, readFileSync(LIST, "utf8").replace(/^buildsOn:\n/m, `buildsOn:\n  - from: "${MEND}"\n    to: "${KE}"\n    reason: ${reason}\n`));
    const run = await runIngest([stated], env);
    expect(run.code, run.output).toBe(0);
    const props = await edge("BUILDS_ON", MEND, KE);
    expect(props).toEqual({ source: "enrich-ke", reason });
    // Loading it again changes nothing.
    const before = await getGraphChecksum();
    expect((await runIngest([stated], env)).code).toBe(0);
    expect(await getGraphChecksum()).toEqual(before);
  });

  it("takes the list's citation data and suggestions away with it when the list is removed", async () => {
    const unheld = "MATCH (p:Paper) WHERE p.ownerRoadmap IS NULL AND NOT EXISTS { (p)-[:IN_SECTION]->() } AND NOT EXISTS { (p)-[r:BUILDS_ON|SURVEYS|SAME_TOPIC]-() WHERE r.source <> 'citation' } RETURN p.id AS id ORDER BY id";
    expect(await removeRoadmap("enrich-ke")).toMatchObject({ removed: true });
    // No paper only this list held is left; a suggestion stays only while a paper some list still
    // holds (lists it, or brought it in) cites it: MEND, ROME and SERAC are the bundled roadmap's
    // too, and their citations are facts.
    const left = (await query(unheld)).map((r) => String(r.id));
    const suggestions = await query("MATCH (p:Paper {suggested: true}) RETURN p.id AS id, EXISTS { MATCH (p)<-[:CITES]-(a:Paper) WHERE a.ownerRoadmap IS NOT NULL OR EXISTS { (a)-[:IN_SECTION]->() } } AS cited");
    expect(suggestions.every((s) => s.cited === true)).toBe(true);
    expect(left.filter((id) => !suite.snapshot.has(id) && !suggestions.some((s) => s.id === id))).toEqual([]);
    for (const id of [KE, KN, MEND, SERAC, GEVA].filter((id) => !suite.snapshot.has(id))) expect(left).not.toContain(id);
    // Citation edges stay only from papers some list still holds.
    const cites = await query("MATCH (a:Paper)-[r:CITES]->(b:Paper) RETURN a.ownerRoadmap IS NOT NULL OR EXISTS { (a)-[:IN_SECTION]->() } AS held");
    expect(cites.length).toBeGreaterThan(0);
    expect(cites.every((c) => c.held === true)).toBe(true);
  });

  it("leaves the graph as it was when the write fails halfway", async () => {
    await restoreGraph(suite.snapshot, ROADMAPS);
    expect((await runIngest([LIST], env)).code).toBe(0);
    const before = await getGraphChecksum();
    const run = await runEnrich(["--roadmap", "enrich-ke"], { ...env, ENRICH_TEST_FAIL_AFTER_STATEMENT: "2" });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/enrich failed, nothing was written/);
    expect(await getGraphChecksum()).toEqual(before);
  });
});
