/**
 * A big list's overview (GET /api/overview) is answered as its sections with their counts, and
 * GET /api/overview/section opens one: against the real Neo4j, with a generated list of 900
 * papers in 12 sections loaded through POST /api/roadmaps and removed afterwards. What the API
 * says is checked against the generated plan, not against another query.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLUSTER_ABOVE, type Overview, type Subgraph } from "@/contract/schemas";
import { closeDriver } from "../../graph/driver";
import { buildBigList } from "../support/big-list";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { callRoute } from "./support/call-route";

Object.assign(process.env, { ALLOW_PAGE_INGEST: "true", PAGE_INGEST_RATE_LIMIT: "1000" });

const BIG = buildBigList();
const SECTIONS = [...BIG.papersBySection.keys()];
const first = SECTIONS[0] ?? "";
const second = SECTIONS[1] ?? "";

async function get<T>(path: string): Promise<T> {
  const answer = await callRoute("GET", path);
  expect(answer.status, answer.text).toBe(200);
  return JSON.parse(answer.text) as T;
}
const section = (id: string, extra = "") => get<Subgraph>(`/api/overview/section?roadmap=${BIG.id}&section=${encodeURIComponent(id)}${extra}`);

let before: GraphChecksum;
beforeAll(async () => {
  before = await getGraphChecksum();
  const loaded = await callRoute("POST", `/api/roadmaps?name=${BIG.id}.json`, BIG.text, { "content-type": "application/octet-stream" });
  expect(loaded.status, loaded.text).toBe(200);
}, 120_000);
afterAll(async () => {
  await callRoute("DELETE", `/api/roadmaps?id=${BIG.id}`);
  expect(await getGraphChecksum()).toEqual(before);
  await closeDriver();
}, 120_000);

describe("a big list's overview", () => {
  it("is its list and sections only, each section with what it holds", async () => {
    const overview = await get<Overview>(`/api/overview?roadmap=${BIG.id}`);
    expect(overview.clustered).toBe(true);
    expect(overview.nodes.map((n) => n.id).sort()).toEqual([BIG.id, ...SECTIONS].sort());
    expect(overview.nodes.filter((n) => n.kind === "section").map((n) => n.title).sort()).toEqual([...BIG.sectionNames.values()].sort());
    expect(overview.edges.every((e) => e.type === "PART_OF" || e.type === "SUBSECTION_OF")).toBe(true);
    expect(overview.edges).toHaveLength(SECTIONS.length);
    const counts = new Map(overview.clusters.map((c) => [c.section, c]));
    for (const [id, papers] of BIG.papersBySection) {
      expect(counts.get(id)).toEqual({ section: id, papers: papers.length, resources: 1, items: papers.length });
    }
  });

  it("counts resources among the items when they are asked for", async () => {
    const overview = await get<Overview>(`/api/overview?roadmap=${BIG.id}&resources=true`);
    expect(overview.clusters.find((c) => c.section === first)).toMatchObject({ papers: 75, resources: 1, items: 76 });
  });

  it("keeps a small list whole, as before", async () => {
    const overview = await get<Overview>("/api/overview?roadmap=generative-ai");
    expect(overview.clustered).toBe(false);
    expect(overview.clusters).toEqual([]);
    expect(overview.nodes.length).toBeLessThanOrEqual(CLUSTER_ABOVE);
    expect(overview.nodes.some((n) => n.kind === "paper")).toBe(true);
  });

  it("clusters all lists together when they are big together", async () => {
    const overview = await get<Overview>("/api/overview");
    expect(overview.clustered).toBe(true);
    expect(overview.nodes.filter((n) => n.kind === "roadmap").map((n) => n.id).sort()).toEqual(["generative-ai", BIG.id].sort());
    expect(overview.nodes.every((n) => n.kind === "roadmap" || n.kind === "section")).toBe(true);
    expect(overview.clusters.some((c) => c.section.startsWith("generative-ai/"))).toBe(true);
  });
});

describe("opening a section", () => {
  it("gives the papers listed in it, in list order, each tied to the section", async () => {
    const items = await section(second);
    expect(items.nodes.map((n) => n.id)).toEqual(BIG.papersBySection.get(second));
    const inSection = new Set(items.edges.filter((e) => e.type === "IN_SECTION" && e.target === second).map((e) => e.source));
    expect([...inSection].sort()).toEqual([...(BIG.papersBySection.get(second) ?? [])].sort());
  });

  it("carries the edges to the rest of the list: the other section a paper is in and what it builds on there", async () => {
    const items = await section(second);
    const sharedPaper = BIG.papersBySection.get(first)?.[0] ?? "";
    expect(items.edges).toContainEqual(expect.objectContaining({ type: "IN_SECTION", source: sharedPaper, target: first }));
    // big-0080 (cluster 2) builds on big-0003 (cluster 1): an edge to a paper of a section not yet opened
    expect(items.edges).toContainEqual(expect.objectContaining({ type: "BUILDS_ON", source: "big-0080", target: "big-0003" }));
    const inSecond = new Set(BIG.papersBySection.get(second));
    expect(items.edges.filter((e) => e.type === "BUILDS_ON" && inSecond.has(e.source) && inSecond.has(e.target))).toHaveLength(74);
  });

  it("adds its resources only when asked for", async () => {
    expect((await section(first)).nodes.some((n) => n.kind === "resource")).toBe(false);
    const withResources = await section(first, "&resources=true");
    expect(withResources.nodes.filter((n) => n.kind === "resource").map((n) => n.id)).toEqual(BIG.resourcesBySection.get(first));
  });

  it("together, the sections give every paper of the list", async () => {
    const all = new Set<string>();
    for (const id of SECTIONS) for (const n of (await section(id)).nodes) all.add(n.id);
    expect(all.size).toBe(12 * 75);
  });

  it("answers 404 for an unknown section or one of another list, 400 without a section", async () => {
    expect((await callRoute("GET", `/api/overview/section?section=${encodeURIComponent(`${BIG.id}/nope`)}`)).status).toBe(404);
    expect((await callRoute("GET", `/api/overview/section?roadmap=generative-ai&section=${encodeURIComponent(first)}`)).status).toBe(404);
    expect((await callRoute("GET", `/api/overview/section?roadmap=${BIG.id}`)).status).toBe(400);
  });
});
