/**
 * Stored overview positions against the real Neo4j: the graph they are computed from is the
 * overview's, a missing picture is answered "pending" and computed once, the same picture
 * comes back on every later request, and a list that changes gets a new key (the old picture
 * is never answered for it); removing the list removes its picture. The database is left as
 * it was found. GET /api/overview carries the same picture (one request draws the map).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OverviewAnswer, PositionsResponse } from "@/contract/schemas";
import { closeDriver, getDatabase, getDriver } from "../../graph/driver";
import { getOverview } from "../../graph/get-overview";
import { getPositions, readLayoutGraph } from "../../graph/get-positions";
import { readRows } from "../../graph/read-query";
import { dropStoredPositions } from "../../graph/stored-positions";
import { z } from "zod";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { callRoute } from "./support/call-route";
import { ROOT } from "./support/run-ingest";

Object.assign(process.env, { ALLOW_PAGE_INGEST: "true", PAGE_INGEST_MAX_BYTES: "20000", PAGE_INGEST_RATE_LIMIT: "1000" });

const ROADMAP = "generative-ai";
const LIST = "positions-list";
const fixture = (name: string) => readFileSync(resolve(ROOT, "tests", "fixtures", name));
const load = (bytes: Uint8Array) => callRoute("POST", `/api/roadmaps?name=${LIST}.md`, bytes, { "content-type": "application/octet-stream" });

async function positions(query: string): Promise<PositionsResponse> {
  const answer = await callRoute("GET", `/api/positions?${query}`);
  expect(answer.status, answer.text).toBe(200);
  return JSON.parse(answer.text) as PositionsResponse;
}
async function overviewAnswer(query: string): Promise<OverviewAnswer> {
  const answer = await callRoute("GET", `/api/overview?${query}`);
  expect(answer.status, answer.text).toBe(200);
  return JSON.parse(answer.text) as OverviewAnswer;
}
/** Computes and stores the picture a pending answer promised (the route does this after answering). */
async function computeNow(roadmap: string | undefined): Promise<void> {
  const answer = await getPositions({ roadmap, layout: "fcose" });
  await answer.compute?.();
}
const layoutNodes = () => readRows("MATCH (l:Layout) RETURN l.scope AS scope, l.key AS key", {}, z.object({ scope: z.string(), key: z.string() }));

/** Pictures stored before this file ran (the database may be one other suites or a visit used): put back at the end. */
async function snapshotLayouts(): Promise<Record<string, unknown>[]> {
  const result = await getDriver().executeQuery("MATCH (l:Layout) RETURN properties(l) AS props", {}, { database: getDatabase() });
  return result.records.map((r) => r.get("props") as Record<string, unknown>);
}

let before: GraphChecksum;
let stored: Record<string, unknown>[];
beforeAll(async () => {
  before = await getGraphChecksum();
  stored = await snapshotLayouts();
});
afterAll(async () => {
  await callRoute("DELETE", `/api/roadmaps?id=${LIST}`);
  for (const scope of [ROADMAP, "all", LIST]) await dropStoredPositions(scope);
  // The driver's own values (floats stay floats) go back as they came.
  await getDriver().executeQuery("UNWIND $rows AS row CREATE (l:Layout) SET l = row", { rows: stored }, { database: getDatabase() });
  expect(await getGraphChecksum()).toEqual(before);
  await closeDriver();
});

describe("stored overview positions", () => {
  it("are computed from the overview's nodes and edges", async () => {
    const graph = await readLayoutGraph(ROADMAP);
    const overview = await getOverview({ roadmap: ROADMAP });
    expect([...graph.nodes].sort()).toEqual(overview.nodes.map((n) => n.id).sort());
    const edge = (e: { source: string; type: string; target: string }) => `${e.source} ${e.type} ${e.target}`;
    expect(graph.edges.map(edge).sort()).toEqual([...new Set(overview.edges.map(edge))].sort());
  });

  it("are pending at first, then the same picture on every request, covering every overview node", async () => {
    await dropStoredPositions(ROADMAP);
    const first = await positions(`roadmap=${ROADMAP}`);
    expect(first).toMatchObject({ layout: "fcose", scope: ROADMAP, status: "pending", positions: {} });
    expect(first.key).toMatch(/^[0-9a-f]{64}$/);
    // Called outside Next's request scope, the route schedules nothing: still nothing stored.
    expect((await layoutNodes()).filter((l) => l.scope === ROADMAP)).toEqual([]);

    await computeNow(ROADMAP);
    const ready = await positions(`roadmap=${ROADMAP}&layout=fcose`);
    expect(ready.status).toBe("ready");
    expect(ready.key).toBe(first.key);
    const overview = await getOverview({ roadmap: ROADMAP });
    expect(Object.keys(ready.positions).sort()).toEqual(overview.nodes.map((n) => n.id).sort());
    expect(ready.nodes).toBe(overview.nodes.length);
    expect(await positions(`roadmap=${ROADMAP}`)).toEqual(ready);

    // Computed afresh, the picture is the same: the layout is seeded.
    await dropStoredPositions(ROADMAP);
    await computeNow(ROADMAP);
    expect((await positions(`roadmap=${ROADMAP}`)).positions).toEqual(ready.positions);
    // Asking again while one is stored computes nothing.
    expect((await getPositions({ roadmap: ROADMAP, layout: "fcose" })).compute).toBeUndefined();
  });

  it("get a new key when the list changes, never the old picture, and go when the list goes", async () => {
    expect((await load(fixture("second-roadmap.md"))).status).toBe(200);
    await computeNow(LIST);
    const old = await positions(`roadmap=${LIST}`);
    expect(old.status).toBe("ready");
    const allBefore = await positions("");
    expect(allBefore.scope).toBe("all");

    // The same list id loaded with other entries: a different graph.
    expect((await load(fixture("diffusion-reading-list.md"))).status).toBe(200);
    const changed = await positions(`roadmap=${LIST}`);
    expect(changed.key).not.toBe(old.key);
    // The overview answer carries the new key and no picture, never the old one.
    expect((await overviewAnswer(`roadmap=${LIST}`)).positions).toEqual(changed);
    expect(changed.status).toBe("pending");
    expect(changed.positions).toEqual({});
    await computeNow(LIST);
    const fresh = await positions(`roadmap=${LIST}`);
    expect(fresh.status).toBe("ready");
    expect(Object.keys(fresh.positions).sort()).toEqual((await readLayoutGraph(LIST)).nodes.slice().sort());
    // One stored picture per list and layout: the new one replaced the old.
    expect((await layoutNodes()).filter((l) => l.scope === LIST)).toEqual([{ scope: LIST, key: fresh.key }]);

    // All lists together changed too.
    expect((await positions("")).key).not.toBe(allBefore.key);

    expect((await callRoute("DELETE", `/api/roadmaps?id=${LIST}`)).status).toBe(200);
    expect((await layoutNodes()).filter((l) => l.scope === LIST)).toEqual([]);
  });

  it("come inside the overview answer: pending before they are stored, then the very picture GET /api/positions answers", async () => {
    await dropStoredPositions(ROADMAP);
    const pending = await overviewAnswer(`roadmap=${ROADMAP}`);
    expect(pending.positions).toMatchObject({ layout: "fcose", scope: ROADMAP, status: "pending", positions: {} });
    expect(pending.positions).toEqual(await positions(`roadmap=${ROADMAP}`));
    // The overview itself is the one the picture is of: its key is that of the nodes and edges answered.
    expect(pending.positions.nodes).toBe(pending.nodes.length);

    await computeNow(ROADMAP);
    const ready = await overviewAnswer(`roadmap=${ROADMAP}`);
    expect(ready.positions.status).toBe("ready");
    expect(ready.positions).toEqual(await positions(`roadmap=${ROADMAP}`));
    expect(Object.keys(ready.positions.positions).sort()).toEqual(ready.nodes.map((n) => n.id).sort());
    // With SAME_TOPIC and resources asked for, the same picture: the page places the extra nodes beside their neighbours.
    const extras = await overviewAnswer(`roadmap=${ROADMAP}&sameTopic=true&resources=true`);
    expect(extras.nodes.length).toBeGreaterThan(ready.nodes.length);
    expect(extras.positions).toEqual(ready.positions);
    // All lists together: the picture of that overview, under its own scope.
    expect((await overviewAnswer("")).positions).toEqual(await positions(""));
  });

  it("refuses an unknown list and a layout that is not stored", async () => {
    expect((await callRoute("GET", "/api/positions?roadmap=no-such-list")).status).toBe(404);
    expect((await callRoute("GET", `/api/positions?roadmap=${ROADMAP}&layout=timeline`)).status).toBe(400);
  });
});
