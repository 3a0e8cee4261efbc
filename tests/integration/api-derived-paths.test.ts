/**
 * Reading paths and the path finder over citation-derived edges, through the route handlers:
 * a list loaded and enriched against the replay server (tests/fixtures/enrich), then asked
 * with edges "all" (the default) and "curated".
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver } from "../../graph/driver";
import { ENRICH_FIXTURES, startReplayServer, type ReplayServer } from "@/bench/replay-server";
import type { PathsResponse, ReadingPath } from "@/contract/schemas";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { callRoute } from "./support/call-route";
import { query, restoreGraph, snapshotPapers, type PaperSnapshot } from "./support/enrich-state";
import { runIngest } from "./support/run-ingest";

const LIST = resolve(ENRICH_FIXTURES, "knowledge-editing.yaml");
const KE = "2104.08164", MEND = "2110.11309", ROME = "2202.05262", MEMIT = "2210.07229";

let server: ReplayServer;
let initial: GraphChecksum;
let snapshot: PaperSnapshot;
let cacheDir: string;

beforeAll(async () => {
  server = await startReplayServer({ pageSize: 2 });
  initial = await getGraphChecksum();
  snapshot = await snapshotPapers();
  cacheDir = mkdtempSync(join(tmpdir(), "derived-paths-cache-"));
  const env = { S2_API_URL: server.s2Url, OPENALEX_API_URL: server.openAlexUrl, ENRICH_CACHE_DIR: cacheDir, ENRICH_INTERVAL_MS: "0", ENRICH_TIMEOUT_MS: "5000", ENRICH_BACKOFF_MS: "20" };
  const run = await runIngest([LIST, "--enrich"], env);
  expect(run.code, run.output).toBe(0);
});
afterAll(async () => {
  await restoreGraph(snapshot, ["enrich-ke"]);
  expect(await getGraphChecksum()).toEqual(initial);
  await server.close();
  rmSync(cacheDir, { recursive: true, force: true });
  await closeDriver();
});

const readingPath = async (body: Record<string, unknown>) => {
  const response = await callRoute("POST", "/api/reading-path", body);
  expect(response.status, response.text).toBe(200);
  return JSON.parse(response.text) as ReadingPath;
};
const paths = async (query: string) => {
  const response = await callRoute("GET", `/api/path?${query}`);
  expect(response.status, response.text).toBe(200);
  return (JSON.parse(response.text) as PathsResponse).paths;
};

describe("reading path over derived edges", () => {
  it("orders several steps and says which rest on citations, with the citing sentence", async () => {
    const path = await readingPath({ target: MEMIT });
    const ids = path.steps.map((step) => step.node.id);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const [later, earlier] of [[MEMIT, ROME], [ROME, MEND], [MEND, KE]] as const) expect(ids.indexOf(earlier)).toBeLessThan(ids.indexOf(later));
    const reasons = path.steps.flatMap((step) => step.reasons);
    const derived = reasons.filter((reason) => reason.source === "citation");
    expect(derived.length).toBeGreaterThan(0);
    for (const reason of derived) expect(reason).toMatchObject({ confidence: expect.any(Number) as unknown, evidence: expect.stringMatching(/\w{3,}/) as unknown });
    expect(reasons.find((reason) => reason.from === MEND && reason.to === KE)).toMatchObject({ source: "citation", confidence: 0.9 });
    // The pair the list states keeps its curated edge and reason.
    expect(reasons.find((reason) => reason.from === MEMIT && reason.to === ROME)).toMatchObject({ source: "curated", confidence: null, evidence: null, reason: expect.any(String) as unknown });
    for (const edge of path.edges) expect(ids).toContain(edge.source);
  });

  it("with edges=curated walks only what the list states", async () => {
    const path = await readingPath({ target: MEMIT, edges: "curated" });
    // The oracle: every paper MEMIT reaches over BUILDS_ON paths none of whose edges is derived.
    const [curated] = await query(
      "MATCH p = (:Paper {id: $id})-[:BUILDS_ON*0..]->(q:Paper) WHERE all(r IN relationships(p) WHERE coalesce(r.source, '') <> 'citation') RETURN collect(DISTINCT q.id) AS ids",
      { id: MEMIT },
    );
    const ids = path.steps.map((step) => step.node.id);
    expect([...ids].sort()).toEqual([...(curated?.ids as string[])].sort());
    expect(ids).toContain(ROME);
    expect(ids.at(-1)).toBe(MEMIT);
    expect(ids.length).toBeLessThan((await readingPath({ target: MEMIT })).steps.length);
    expect(path.steps.flatMap((step) => step.reasons).every((reason) => reason.source === "curated")).toBe(true);
    expect(path.edges.every((edge) => edge.origin === "curated")).toBe(true);
  });

  it("rejects an unknown edge set with a 400 naming the field", async () => {
    const response = await callRoute("POST", "/api/reading-path", { target: MEMIT, edges: "some" });
    expect(response.status).toBe(400);
    expect(response.text).toContain("edges");
  });
});

describe("path finder over derived edges", () => {
  it("links two papers of the enriched list over citations, each step with its evidence", async () => {
    const [path] = await paths(`from=${KE}&to=${MEMIT}&types=BUILDS_ON,CITES`);
    expect(path?.nodes[0]?.id).toBe(KE);
    expect(path?.nodes.at(-1)?.id).toBe(MEMIT);
    expect(path?.steps.some((step) => step.source === "citation")).toBe(true);
    for (const step of path?.steps ?? []) if (step.type === "CITES" || step.source === "citation") expect(step.source).toBe("citation");
    const derived = path?.steps.filter((step) => step.type === "BUILDS_ON" && step.source === "citation") ?? [];
    for (const step of derived) expect(step.evidence?.length).toBeGreaterThan(10);
  });

  it("with edges=curated walks no citation data", async () => {
    const all = await paths(`from=${KE}&to=${MEMIT}&all=true&edges=curated`);
    expect(all.length).toBeGreaterThan(0);
    for (const path of all) for (const step of path.steps) expect([step.type, step.source]).not.toContain("citation");
    expect(all.flatMap((path) => path.steps).some((step) => step.type === "CITES")).toBe(false);
    expect(await paths(`from=${KE}&to=${MEMIT}&types=BUILDS_ON,CITES&edges=curated`)).toEqual([]);
  });

  it("prefers the curated edge where a citation joins the same pair", async () => {
    const all = await paths(`from=${ROME}&to=${MEMIT}&all=true&types=BUILDS_ON,CITES`);
    expect(all).toHaveLength(1);
    expect(all[0]?.steps).toEqual([expect.objectContaining({ type: "BUILDS_ON", source: "curated" })]);
  });
});
