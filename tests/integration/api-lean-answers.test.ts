/**
 * Lean answers: list and graph endpoints send what the canvas and lists show, never a node's
 * or an edge's stored properties; the details endpoints (GET /api/node, POST /api/nodes) send
 * those on demand. Against the bundled roadmap, through the route handlers.
 */
import { afterAll, describe, expect, it } from "vitest";
import { closeDriver } from "../../graph/driver";
import { nodeDetailsSchema, nodesResponseSchema, type DetailedNode, type GraphNode } from "@/contract/schemas";
import { callRoute } from "./support/call-route";

const GQA = "2305.13245";
const MQA = "1911.02150";
const TRANSFORMER = "1706.03762";
const SECTION = "generative-ai/transformer-architecture";

afterAll(async () => {
  await closeDriver();
});

async function answer(method: "GET" | "POST", path: string, body?: unknown): Promise<unknown> {
  const response = await callRoute(method, path, body);
  expect(response.status, `${method} ${path}: ${response.text}`).toBe(200);
  return JSON.parse(response.text);
}

/** Every object key anywhere in a JSON value, with the path it sits at. */
function keysIn(value: unknown, at = "$", out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item, i) => keysIn(item, `${at}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      out.push(`${at}.${key}`);
      keysIn(inner, `${at}.${key}`, out);
    }
  }
  return out;
}
// Below the top level: /api/stats has its own top-level `labels` (counts per label).
const stored = (value: unknown) => keysIn(value).filter((path) => /^\$.+\.(properties|labels|authors|abstract|url|arxivId|doi|venue)$/.test(path));

describe("list and graph answers", () => {
  const answers: [string, () => Promise<unknown>][] = [
    ["search", () => answer("GET", "/api/search?q=attention&limit=20")],
    ["overview", () => answer("GET", "/api/overview?sameTopic=true&resources=true")],
    ["neighbourhood", () => answer("POST", "/api/neighbourhood", { ids: [GQA], depth: 2, limit: 300 })],
    ["reading path", () => answer("POST", "/api/reading-path", { target: SECTION })],
    ["frontier", () => answer("POST", "/api/frontier", { read: [TRANSFORMER] })],
    ["path", () => answer("GET", `/api/path?from=${TRANSFORMER}&to=${GQA}&all=true`)],
    ["stats", () => answer("GET", "/api/stats")],
  ];

  it.each(answers)("%s carries no stored properties, only what is shown", async (_name, get) => {
    const body = await get();
    expect(keysIn(body).length).toBeGreaterThan(10);
    expect(stored(body)).toEqual([]);
  });

  it("still carries the flags the page draws from: areas, counts, inRoadmap, origins, Russian section names", async () => {
    const overview = (await answer("GET", "/api/overview")) as { nodes: GraphNode[]; edges: { type: string; origin: string; reason?: string }[] };
    const gqa = overview.nodes.find((n) => n.id === GQA);
    expect(gqa).toMatchObject({ kind: "paper", label: "GQA", year: 2023, inRoadmap: true });
    expect(typeof gqa?.area).toBe("string");
    expect(overview.nodes.find((n) => n.id === MQA)?.builtUponBy).toBeGreaterThan(0);
    const sections = overview.nodes.filter((n) => n.kind === "section");
    expect(sections.length).toBeGreaterThan(10);
    expect(sections.every((s) => s.roadmap === "generative-ai" && typeof s.nameRu === "string" && s.nameRu !== "")).toBe(true);
    expect(overview.nodes.some((n) => n.inRoadmap === false)).toBe(true);
    const buildsOn = overview.edges.filter((e) => e.type === "BUILDS_ON");
    expect(buildsOn.length).toBeGreaterThan(50);
    expect(buildsOn.every((e) => e.origin === "curated" && typeof e.reason === "string")).toBe(true);
  });
});

describe("details on demand", () => {
  it("GET /api/node sends the node's stored properties, its neighbours lean", async () => {
    const details = nodeDetailsSchema.parse(await answer("GET", `/api/node?id=${GQA}`));
    expect(details.node.labels).toEqual(["Paper"]);
    expect(details.node.properties).toMatchObject({ id: GQA, arxivId: GQA, tag: "GQA", year: 2023 });
    expect(details.node.properties).not.toHaveProperty("normTitle");
    expect(details.buildsOn.map((x) => x.node.id)).toContain(MQA);
    expect(stored({ ...details, node: null })).toEqual([]);
  });

  it("POST /api/nodes sends several nodes' stored properties, in the order asked, and names unknown ids", async () => {
    const body = nodesResponseSchema.parse(await answer("POST", "/api/nodes", { ids: [MQA, "no-such-node", GQA, SECTION, MQA] }));
    expect(body.nodes.map((n) => n.id)).toEqual([MQA, GQA, SECTION]);
    expect(body.missing).toEqual(["no-such-node"]);
    const [mqa, gqa, section] = body.nodes as [DetailedNode, DetailedNode, DetailedNode];
    expect(mqa.properties).toMatchObject({ arxivId: MQA });
    // The same node as the single-node details endpoint sends.
    expect(gqa).toEqual(nodeDetailsSchema.parse(await answer("GET", `/api/node?id=${GQA}`)).node);
    expect(section).toMatchObject({ kind: "section", labels: ["Section"], properties: { id: SECTION, roadmap: "generative-ai" } });
  });

  it("lean nodes are the details' own fields: what lists show agrees with what details say", async () => {
    const path = (await answer("POST", "/api/reading-path", { target: GQA })) as { steps: { node: GraphNode }[] };
    const ids = path.steps.map((step) => step.node.id);
    expect(ids.length).toBeGreaterThan(2);
    const { nodes } = nodesResponseSchema.parse(await answer("POST", "/api/nodes", { ids }));
    expect(nodes.map(({ labels: _labels, properties: _properties, ...lean }) => lean)).toEqual(path.steps.map((step) => step.node));
  });

  it("refuses an empty or oversized id list with a 400 naming the field", async () => {
    for (const body of [{ ids: [] }, { ids: Array.from({ length: 1001 }, (_, i) => `p${i}`) }, {}]) {
      const response = await callRoute("POST", "/api/nodes", body);
      expect(response.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(response.text).toContain("ids");
    }
  });
});
