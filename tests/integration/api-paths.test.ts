/**
 * Reading paths, the frontier and paths between two nodes against the bundled roadmap.
 * The known fact: to read grouped-query attention, read Attention Is All You Need, then
 * multi-query attention, then GQA.
 */
import { afterAll, describe, expect, it } from "vitest";
import { POST as frontierRoute } from "../../app/api/frontier/route";
import { GET as pathRoute } from "../../app/api/path/route";
import { POST as readingPathRoute } from "../../app/api/reading-path/route";
import { closeDriver } from "../../graph/driver";
import { findPaths } from "../../graph/find-paths";
import { getFrontier } from "../../graph/get-frontier";
import { getReadingPath } from "../../graph/get-reading-path";
import { frontierRequestSchema, pathQuerySchema, readingPathRequestSchema, type ErrorBody, type FrontierRequest, type ReadingPathRequest, type FrontierResponse, type PathsResponse, type ReadingPath } from "@/contract/schemas";

const GQA = "2305.13245";
const MQA = "1911.02150";
const TRANSFORMER = "1706.03762";
const SECTION = "generative-ai/transformer-architecture";

async function call<T>(handler: (request: Request) => Promise<Response>, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const init = body === undefined ? {} : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const response = await handler(new Request(`http://localhost${path}`, init));
  return { status: response.status, body: (await response.json()) as T };
}
const stepIds = (path: ReadingPath) => path.steps.map((s) => s.node.id);
const paths = (query: Record<string, string>) => findPaths(pathQuerySchema.parse(query));
const readingPath = (request: ReadingPathRequest) => getReadingPath(readingPathRequestSchema.parse(request));
const frontier = (request: FrontierRequest) => getFrontier(frontierRequestSchema.parse(request));

afterAll(async () => {
  await closeDriver();
});

describe("reading path", () => {
  it("puts Attention Is All You Need before multi-query attention before GQA", async () => {
    const path = await readingPath({ target: GQA });
    expect(path.target.id).toBe(GQA);
    expect(stepIds(path)).toEqual([TRANSFORMER, MQA, GQA]);
    expect(path.steps.map((s) => [s.order, s.depth])).toEqual([
      [1, 2],
      [2, 1],
      [3, 0],
    ]);
    expect(path.steps[0]?.reasons.map((r) => r.from).sort()).toEqual([MQA, GQA].sort());
    expect(path.steps[1]?.reasons).toHaveLength(1);
    expect(path.steps[1]?.reasons[0]).toMatchObject({ from: GQA, to: MQA });
    expect(path.steps[1]?.reasons[0]?.reason?.length).toBeGreaterThan(10);
    expect(path.edges).toHaveLength(3);
    expect(path.frontier.map((n) => n.id)).toEqual([TRANSFORMER]);
  });

  it("orders every prerequisite after what it builds on, for any paper", async () => {
    const path = await readingPath({ target: SECTION });
    const position = new Map(stepIds(path).map((id, index) => [id, index]));
    for (const edge of path.edges) expect(position.get(edge.target) ?? -1).toBeLessThan(position.get(edge.source) ?? -1);
    expect(stepIds(path)).toEqual(expect.arrayContaining([TRANSFORMER, MQA, GQA]));
    expect(path.target.kind).toBe("section");
  });

  it("marks read papers, hides them on request and moves the frontier", async () => {
    const marked = await readingPath({ target: GQA, read: [TRANSFORMER] });
    expect(marked.steps.map((s) => s.read)).toEqual([true, false, false]);
    expect(marked.frontier.map((n) => n.id)).toEqual([MQA]);
    const hidden = await readingPath({ target: GQA, read: [TRANSFORMER, MQA], hideRead: true });
    expect(hidden.steps.map((s) => [s.node.id, s.order])).toEqual([[GQA, 1]]);
    expect(hidden.frontier.map((n) => n.id)).toEqual([GQA]);
    expect(hidden.edges).toEqual([]);
  });

  it("answers over HTTP: 404 for an unknown target, 400 for a target that is not a paper or section", async () => {
    const ok = await call<ReadingPath>(readingPathRoute, "/api/reading-path", { target: GQA, read: [TRANSFORMER] });
    expect(ok.status).toBe(200);
    expect(stepIds(ok.body)).toEqual([TRANSFORMER, MQA, GQA]);
    expect((await call<ErrorBody>(readingPathRoute, "/api/reading-path", { target: "nope" })).status).toBe(404);
    const roadmap = await call<ErrorBody>(readingPathRoute, "/api/reading-path", { target: "generative-ai" });
    expect(roadmap.status).toBe(400);
    expect(roadmap.body.error.issues?.[0]).toMatchObject({ path: ["target"] });
    expect((await call<ErrorBody>(readingPathRoute, "/api/reading-path", { read: [] })).status).toBe(400);
  });
});

describe("frontier", () => {
  it("lists unread papers whose prerequisites are all read", async () => {
    const before = await frontier({ read: [] });
    expect(before.frontier.map((n) => n.id)).toContain(TRANSFORMER);
    expect(before.frontier.map((n) => n.id)).not.toContain(MQA);
    const after = await frontier({ read: [TRANSFORMER], roadmap: "generative-ai" });
    const ids = after.frontier.map((n) => n.id);
    expect(ids).toContain(MQA);
    expect(ids).not.toContain(TRANSFORMER);
    expect(ids).not.toContain(GQA);
  });

  it("answers over HTTP, 404 for an unknown roadmap", async () => {
    const ok = await call<FrontierResponse>(frontierRoute, "/api/frontier", { read: [TRANSFORMER, MQA] });
    expect(ok.status).toBe(200);
    expect(ok.body.frontier.map((n) => n.id)).toContain(GQA);
    expect((await call<ErrorBody>(frontierRoute, "/api/frontier", { read: [], roadmap: "nope" })).status).toBe(404);
  });
});

describe("paths between two nodes", () => {
  it("finds the shortest path with each step labelled", async () => {
    const { paths: found } = await paths({ from: GQA, to: TRANSFORMER, types: "BUILDS_ON" });
    expect(found).toHaveLength(1);
    expect(found[0]?.nodes.map((n) => n.id)).toEqual([GQA, TRANSFORMER]);
    expect(found[0]?.steps).toHaveLength(1);
    expect(found[0]?.steps[0]).toMatchObject({ from: GQA, to: TRANSFORMER, type: "BUILDS_ON", direction: "forward" });
    expect(found[0]?.steps[0]?.reason?.length).toBeGreaterThan(10);
  });

  it("finds all shortest paths, over several relation types", async () => {
    const { paths: all } = await paths({ from: GQA, to: TRANSFORMER, all: "true" });
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(new Set(all.map((p) => p.steps[0]?.type))).toEqual(new Set(["BUILDS_ON", "SAME_TOPIC"]));
    expect(all.every((p) => p.steps.length === 1)).toBe(true);
  });

  it("walks only forward in time when asked", async () => {
    const { paths: forward } = await paths({ from: TRANSFORMER, to: GQA, types: "BUILDS_ON", forward: "true" });
    expect(forward[0]?.steps).toEqual([expect.objectContaining({ from: TRANSFORMER, to: GQA, direction: "backward" })]);
    // GQA (2023) to the Transformer (2017) goes back in time: no forward path.
    expect((await paths({ from: GQA, to: TRANSFORMER, types: "BUILDS_ON", forward: "true" })).paths).toEqual([]);
  });

  it("answers 'no forward path' over every relation type too (the search would run past its timeout)", async () => {
    expect((await paths({ from: GQA, to: TRANSFORMER, forward: "true" })).paths).toEqual([]);
    // A section has no year: nothing leads to it forward in time.
    expect((await paths({ from: TRANSFORMER, to: "generative-ai/prompting", forward: "true" })).paths).toEqual([]);
  });

  it("connects a paper to a section through the structure", async () => {
    const { paths: found } = await paths({ from: GQA, to: "generative-ai/prompting" });
    const steps = found[0]?.steps ?? [];
    expect(steps.length).toBeGreaterThan(1);
    for (let i = 1; i < steps.length; i++) expect(steps[i]?.from).toBe(steps[i - 1]?.to);
  });

  it("answers over HTTP: empty when there is no path, 404 for unknown ids, 400 for bad types", async () => {
    const none = await call<PathsResponse>(pathRoute, `/api/path?from=${GQA}&to=${TRANSFORMER}&types=CHECKS`);
    expect(none).toEqual({ status: 200, body: { paths: [] } });
    const same = await call<PathsResponse>(pathRoute, `/api/path?from=${GQA}&to=${GQA}`);
    expect(same.body.paths[0]?.steps).toEqual([]);
    expect((await call<ErrorBody>(pathRoute, `/api/path?from=${GQA}&to=nope`)).status).toBe(404);
    expect((await call<ErrorBody>(pathRoute, `/api/path?from=${GQA}&to=${MQA}&types=KNOWS`)).status).toBe(400);
    expect((await call<ErrorBody>(pathRoute, `/api/path?from=${GQA}`)).status).toBe(400);
  });
});
