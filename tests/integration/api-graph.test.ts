/**
 * Neighbourhood, section tree, overview and stats against the bundled roadmap, through the
 * graph functions and the route handlers.
 */
import { afterAll, describe, expect, it } from "vitest";
import { POST as neighbourhoodRoute } from "../../app/api/neighbourhood/route";
import { GET as openapiRoute } from "../../app/api/openapi.json/route";
import { GET as overviewRoute } from "../../app/api/overview/route";
import { GET as sectionsRoute } from "../../app/api/sections/route";
import { GET as statsRoute } from "../../app/api/stats/route";
import { GET as schemaRoute } from "../../app/api/schema/route";
import { closeDriver } from "../../graph/driver";
import { getNeighbourhood } from "../../graph/get-neighbourhood";
import { getOverview } from "../../graph/get-overview";
import { getSectionTree } from "../../graph/get-section-tree";
import { neighbourhoodRequestSchema, type ErrorBody, type GraphSchema, type NeighbourhoodRequest, type SectionTreeNode, type SectionsResponse, type Stats, type Subgraph } from "@/contract/schemas";

const GQA = "2305.13245";
const MQA = "1911.02150";
const TRANSFORMER = "1706.03762";
const ROADMAP = "generative-ai";

async function call<T>(handler: (request: Request) => Promise<Response>, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const init = body === undefined ? {} : { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json" } };
  const response = await handler(new Request(`http://localhost${path}`, init));
  return { status: response.status, body: (await response.json()) as T };
}
const nodeIds = (graph: Subgraph) => graph.nodes.map((n) => n.id);
const neighbourhood = (request: NeighbourhoodRequest) => getNeighbourhood(neighbourhoodRequestSchema.parse(request));

afterAll(async () => {
  await closeDriver();
});

describe("neighbourhood", () => {
  it("returns the start node, its direct neighbours and the edges among them", async () => {
    const graph = await neighbourhood({ ids: [GQA] });
    expect(graph.nodes[0]?.id).toBe(GQA);
    expect(nodeIds(graph)).toEqual(expect.arrayContaining([MQA, TRANSFORMER, "generative-ai/transformer-architecture"]));
    expect(graph.edges).toContainEqual(expect.objectContaining({ type: "BUILDS_ON", source: GQA, target: MQA }));
    const ids = new Set(nodeIds(graph));
    expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(graph.omitted).toBe(0);
  });

  it("filters by relation type and label", async () => {
    const graph = await neighbourhood({ ids: [GQA], types: ["BUILDS_ON"] });
    // What GQA builds on, and Llama 2, which builds on GQA.
    expect(nodeIds(graph).sort()).toEqual([GQA, MQA, TRANSFORMER, "2307.09288"].sort());
    expect(graph.edges.every((e) => e.type === "BUILDS_ON")).toBe(true);
    // Undirected: two hops reach the Transformer's other descendants too.
    const wider = await neighbourhood({ ids: [GQA], types: ["BUILDS_ON"], depth: 2, limit: 500 });
    expect(wider.nodes.length).toBeGreaterThan(3);
    const sections = await neighbourhood({ ids: [GQA], labels: ["Section"] });
    expect(sections.nodes.slice(1).every((n) => n.kind === "section")).toBe(true);
  });

  it("caps new nodes, nearest first, and counts what it left out", async () => {
    const full = await neighbourhood({ ids: [TRANSFORMER], depth: 2, limit: 500 });
    const capped = await neighbourhood({ ids: [TRANSFORMER], depth: 2, limit: 5 });
    expect(capped.nodes).toHaveLength(6); // the start and 5 new ones
    expect(capped.omitted).toBe(full.nodes.length - 6);
    const direct = new Set(nodeIds(await neighbourhood({ ids: [TRANSFORMER], limit: 500 })));
    expect(capped.nodes.every((n) => direct.has(n.id))).toBe(true);
  });

  it("leaves out nodes already on screen but keeps edges to them", async () => {
    const graph = await neighbourhood({ ids: [GQA], exclude: [GQA, MQA] });
    expect(nodeIds(graph)).not.toContain(MQA);
    expect(nodeIds(graph)).not.toContain(GQA);
    expect(graph.edges).toContainEqual(expect.objectContaining({ source: GQA, target: MQA, type: "BUILDS_ON" }));
  });

  it("answers over HTTP: 200, 404 for an unknown id, 400 for bad input", async () => {
    const ok = await call<Subgraph>(neighbourhoodRoute, "/api/neighbourhood", { ids: [GQA, MQA], depth: 1, limit: 10 });
    expect(ok.status).toBe(200);
    expect(ok.body.nodes.length).toBeLessThanOrEqual(12);
    const unknown = await call<ErrorBody>(neighbourhoodRoute, "/api/neighbourhood", { ids: [GQA, "nope"] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('"nope"');
    expect((await call<ErrorBody>(neighbourhoodRoute, "/api/neighbourhood", { ids: [GQA], depth: 4 })).status).toBe(400);
    expect((await call<ErrorBody>(neighbourhoodRoute, "/api/neighbourhood", { ids: [GQA], types: ["KNOWS"] })).status).toBe(400);
    expect((await call<ErrorBody>(neighbourhoodRoute, "/api/neighbourhood", "{oops")).status).toBe(400);
  });
});

describe("sections and overview", () => {
  const flatten = (nodes: SectionTreeNode[]): SectionTreeNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

  it("nests the roadmap's sections with counts that include descendants", async () => {
    const { roadmaps } = await getSectionTree(ROADMAP);
    expect(roadmaps).toHaveLength(1);
    const top = roadmaps[0]?.sections ?? [];
    expect(top[0]).toMatchObject({ id: "generative-ai/background-knowledge", name: "Background Knowledge", nameRu: "Базовые знания", level: 0 });
    expect(top.map((s) => s.order)).toEqual([...top.map((s) => s.order)].sort((a, b) => a - b));
    const transformer = flatten(top).find((s) => s.id === "generative-ai/transformer-architecture");
    expect(transformer).toMatchObject({ level: 1, children: [] });
    expect(transformer?.paperCount).toBeGreaterThanOrEqual(3);
    for (const section of flatten(top)) {
      const childPapers = Math.max(0, ...section.children.map((c) => c.paperCount));
      expect(section.paperCount).toBeGreaterThanOrEqual(childPapers);
    }
  });

  it("answers 404 for an unknown roadmap", async () => {
    expect((await call<ErrorBody>(sectionsRoute, "/api/sections?roadmap=nope")).status).toBe(404);
    const all = await call<SectionsResponse>(sectionsRoute, "/api/sections");
    expect(all.body.roadmaps.map((r) => r.id)).toContain(ROADMAP);
  });

  it("draws the roadmap, its sections and papers with structural and builds-on edges", async () => {
    const graph = await getOverview({ roadmap: ROADMAP });
    const kinds = new Set(graph.nodes.map((n) => n.kind));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["paper", "roadmap", "section"]));
    expect(kinds.has("resource")).toBe(false);
    expect(nodeIds(graph)).toEqual(expect.arrayContaining([ROADMAP, GQA, MQA, TRANSFORMER]));
    const types = new Set(graph.edges.map((e) => e.type));
    expect([...types]).toEqual(expect.arrayContaining(["BUILDS_ON", "SUBSECTION_OF", "PART_OF", "IN_SECTION"]));
    expect(types.has("SAME_TOPIC")).toBe(false);
    const ids = new Set(nodeIds(graph));
    expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it("adds same-topic edges on request, over HTTP", async () => {
    const response = await call<Subgraph>(overviewRoute, `/api/overview?roadmap=${ROADMAP}&sameTopic=true`);
    expect(response.status).toBe(200);
    expect(response.body.edges.some((e) => e.type === "SAME_TOPIC")).toBe(true);
    expect((await call<ErrorBody>(overviewRoute, "/api/overview?roadmap=nope")).status).toBe(404);
    expect((await call<ErrorBody>(overviewRoute, "/api/overview?sameTopic=maybe")).status).toBe(400);
  });

  it("adds the roadmap's resources on request, listed in their sections", async () => {
    const response = await call<Subgraph>(overviewRoute, `/api/overview?roadmap=${ROADMAP}&resources=true`);
    expect(response.status).toBe(200);
    const resources = response.body.nodes.filter((n) => n.kind === "resource");
    expect(resources.length).toBeGreaterThan(0);
    const inSection = new Set(response.body.edges.filter((e) => e.type === "IN_SECTION").map((e) => e.source));
    expect(resources.every((n) => inSection.has(n.id))).toBe(true);
  });
});

describe("stats and the API description", () => {
  it("counts labels and types and ranks the most built-upon papers", async () => {
    const { status, body } = await call<Stats>(statsRoute, "/api/stats");
    expect(status).toBe(200);
    expect(body.labels.Paper).toBeGreaterThan(100);
    expect(body.relationships.BUILDS_ON).toBeGreaterThan(50);
    expect(body.totals.nodes).toBe(Object.values(body.labels).reduce((a, b) => a + b, 0));
    expect(body.mostBuiltUpon[0]?.node.id).toBe(TRANSFORMER);
    const counts = body.mostBuiltUpon.map((m) => m.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(body.papersPerYear.find((y) => y.year === 2017)?.count).toBeGreaterThan(0);
    expect(body.roadmaps.find((r) => r.id === ROADMAP)).toMatchObject({ title: "Generative AI Roadmap" });
  });

  it("describes the graph's labels and types with their property keys, for the console editor", async () => {
    const { status, body } = await call<GraphSchema>(schemaRoute, "/api/schema");
    expect(status).toBe(200);
    expect(body.labels.Paper).toEqual(expect.arrayContaining(["id", "title", "year"]));
    expect(body.labels.Section).toEqual(expect.arrayContaining(["id", "name"]));
    expect(Object.keys(body.relationshipTypes)).toEqual(expect.arrayContaining(["BUILDS_ON", "IN_SECTION", "SAME_TOPIC"]));
    expect(body.relationshipTypes.BUILDS_ON).toContain("reason");
  });

  it("serves the OpenAPI document", async () => {
    const { status, body } = await call<{ openapi: string; paths: Record<string, unknown> }>(openapiRoute, "/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toContain("/api/reading-path");
  });
});
