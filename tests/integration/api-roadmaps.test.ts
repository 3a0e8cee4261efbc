/**
 * Lists in the API: GET /api/roadmaps (sizes, load time, the papers pairs of lists share),
 * loading and removing a list through POST/DELETE /api/roadmaps (the CLI's ingest, one
 * transaction, file:line problems, nothing written on failure), the per-list progress, and
 * /api/stats, /api/sections and /api/overview following one list. Every test leaves the
 * database as it found it.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoadRoadmapResponse, NodesResponse, RoadmapProgressResponse, RoadmapsResponse, SectionsResponse, Stats, Subgraph } from "@/contract/schemas";
import { closeDriver } from "../../graph/driver";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { callRoute } from "./support/call-route";
import { ROOT } from "./support/run-ingest";

// This file's modules are its own (vitest isolates files), so the config is read from these.
Object.assign(process.env, { ALLOW_PAGE_INGEST: "true", PAGE_INGEST_MAX_BYTES: "20000", PAGE_INGEST_RATE_LIMIT: "1000" });

const fixture = (name: string) => readFileSync(resolve(ROOT, "tests", "fixtures", name));
const SECOND = fixture("second-roadmap.md");
const DIFFUSION = fixture("diffusion-reading-list.md");
const arxivIds = (text: Buffer) => [...new Set([...text.toString("utf8").matchAll(/arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/g)].map((m) => m[1] ?? ""))];

async function get<T>(path: string): Promise<T> {
  const answer = await callRoute("GET", path);
  expect(answer.status, answer.text).toBe(200);
  return JSON.parse(answer.text) as T;
}
const load = (name: string, bytes: Uint8Array) => callRoute("POST", `/api/roadmaps?name=${encodeURIComponent(name)}`, bytes, { "content-type": "application/octet-stream" });

let before: GraphChecksum;
beforeAll(async () => {
  before = await getGraphChecksum();
});
afterAll(async () => {
  await callRoute("DELETE", "/api/roadmaps?id=second-roadmap");
  await callRoute("DELETE", "/api/roadmaps?id=diffusion-reading-list");
  expect(await getGraphChecksum()).toEqual(before);
  await closeDriver();
});

describe("lists loaded from the page", () => {
  it("lists the bundled roadmap alone at first, with its sizes and page loading on", async () => {
    const lists = await get<RoadmapsResponse>("/api/roadmaps");
    expect(lists.pageIngest).toBe(true);
    expect(lists.roadmaps.map((r) => r.id)).toEqual(["generative-ai"]);
    const stats = await get<Stats>("/api/stats?roadmap=generative-ai");
    expect(lists.roadmaps[0]).toMatchObject({ sections: stats.roadmaps[0]?.sections, resources: stats.roadmaps[0]?.resources });
    expect(lists.roadmaps[0]?.papers).toBeGreaterThanOrEqual(stats.roadmaps[0]?.papers ?? Infinity);
    expect(lists.shared).toEqual([]);
  });

  it("loads two files as lists, counts what they hold and the papers each pair shares", async () => {
    const started = Date.now();
    const second = await load("second-roadmap.md", SECOND);
    expect(second.status, second.text).toBe(200);
    const body = JSON.parse(second.text) as LoadRoadmapResponse;
    expect(body.roadmap).toEqual({ id: "second-roadmap", title: "Efficient Attention Reading List" });
    expect(body.counts.papers).toBe(arxivIds(SECOND).length);
    expect(body.changes).toBeGreaterThan(0);
    expect((await load("diffusion-reading-list.md", DIFFUSION)).status).toBe(200);

    const lists = await get<RoadmapsResponse>("/api/roadmaps");
    expect(lists.roadmaps.map((r) => r.id).sort()).toEqual(["diffusion-reading-list", "generative-ai", "second-roadmap"]);
    const loaded = lists.roadmaps.find((r) => r.id === "second-roadmap");
    expect(loaded?.loadedAt).toBeGreaterThanOrEqual(started - 1000);

    // Shared papers, counted independently: the arXiv ids of each list's overview.
    // The overview carries what the canvas shows; arXiv ids come from the nodes' details.
    const papersOf = async (id: string) => {
      const ids = (await get<Subgraph>(`/api/overview?roadmap=${id}`)).nodes.filter((n) => n.kind === "paper" || n.kind === "survey").map((n) => n.id);
      const details = await callRoute("POST", "/api/nodes", { ids });
      expect(details.status, details.text).toBe(200);
      return new Set((JSON.parse(details.text) as NodesResponse).nodes.map((n) => n.properties.arxivId).filter(Boolean));
    };
    const bundled = await papersOf("generative-ai");
    const inBoth = (ids: string[], other: Set<unknown>) => ids.filter((id) => other.has(id)).length;
    const pair = (a: string, b: string) => lists.shared.find((p) => p.a === a && p.b === b)?.papers ?? 0;
    expect(pair("generative-ai", "second-roadmap")).toBe(inBoth(arxivIds(SECOND), bundled));
    expect(pair("diffusion-reading-list", "generative-ai")).toBeGreaterThan(0);
    expect(pair("diffusion-reading-list", "second-roadmap")).toBe(inBoth(arxivIds(DIFFUSION), new Set(arxivIds(SECOND))));
  });

  it("scopes sections, overview and stats to one list", async () => {
    const sections = await get<SectionsResponse>("/api/sections?roadmap=second-roadmap");
    expect(sections.roadmaps.map((r) => r.id)).toEqual(["second-roadmap"]);
    expect(sections.roadmaps[0]?.sections.map((s) => s.name)).toEqual(["Foundations", "Faster Inference"]);
    const overview = await get<Subgraph>("/api/overview?roadmap=diffusion-reading-list");
    const sectionRoadmaps = new Set(overview.nodes.filter((n) => n.kind === "section").map((n) => n.roadmap));
    expect([...sectionRoadmaps]).toEqual(["diffusion-reading-list"]);
    const listed = new Set(overview.nodes.map((n) => n.id));
    const stats = await get<Stats>("/api/stats?roadmap=diffusion-reading-list");
    expect(stats.roadmaps.map((r) => r.id)).toEqual(["diffusion-reading-list"]);
    for (const m of stats.mostBuiltUpon) expect(listed.has(m.node.id), m.node.id).toBe(true);
    expect((await callRoute("GET", "/api/stats?roadmap=no-such-list")).status).toBe(404);
  });

  it("counts read papers per list", async () => {
    const answer = await callRoute("POST", "/api/roadmaps/progress", { read: ["1706.03762", "2006.11239", "not-a-paper"] });
    expect(answer.status, answer.text).toBe(200);
    const read = new Map((JSON.parse(answer.text) as RoadmapProgressResponse).progress.map((p) => [p.id, p.read]));
    expect(read.get("second-roadmap")).toBe(1);
    expect(read.get("diffusion-reading-list")).toBe(2);
    expect(read.get("generative-ai")).toBe(2);
  });

  it("loads a file with a flawed entry leniently and shows the flaw with its line", async () => {
    const at = await getGraphChecksum();
    const flawed = Buffer.from("# Flawed list\n\n## Section\n\n- [A paper(https://arxiv.org/abs/1706.03762)\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n");
    const answer = await load("flawed.md", flawed);
    expect(answer.status, answer.text).toBe(200);
    const body = JSON.parse(answer.text) as { roadmap: { id: string }; warnings: { line?: number; message: string }[] };
    expect(body.warnings[0]).toMatchObject({ line: 5 });
    expect(body.warnings[0]?.message).toMatch(/closing "\]"/);
    expect((await callRoute("DELETE", `/api/roadmaps?id=${body.roadmap.id}`)).status).toBe(200);
    expect(await getGraphChecksum()).toEqual(at);
  });

  it("refuses a file that is not a list with its name, and writes nothing", async () => {
    const at = await getGraphChecksum();
    const prose = Buffer.from("# Notes\n\nJust prose, no links at all.\n");
    const answer = await load("prose.md", prose);
    expect(answer.status).toBe(400);
    const issues = (JSON.parse(answer.text) as { error: { issues: { path: (string | number)[]; message: string }[] } }).error.issues;
    expect(issues[0]?.path[0]).toBe("prose.md");
    expect(issues[0]?.message).toMatch(/no entries/);
    expect((await load("list.exe", prose)).status).toBe(400);
    expect((await load("empty.md", new Uint8Array(0))).status).toBe(400);
    expect((await load("big.md", new Uint8Array(20_001).fill(65))).status).toBe(413);
    expect(await getGraphChecksum()).toEqual(at);
  });

  it("removes a list, keeping the papers other lists hold", async () => {
    const answer = await callRoute("DELETE", "/api/roadmaps?id=diffusion-reading-list");
    expect(answer.status, answer.text).toBe(200);
    expect((await callRoute("DELETE", "/api/roadmaps?id=diffusion-reading-list")).status).toBe(404);
    const lists = await get<RoadmapsResponse>("/api/roadmaps");
    expect(lists.roadmaps.map((r) => r.id).sort()).toEqual(["generative-ai", "second-roadmap"]);
    expect((await get<{ node: { id: string } }>("/api/node?id=2006.11239")).node.id).toBe("2006.11239");
    expect((await callRoute("GET", "/api/node?id=2212.09748")).status).toBe(404);
  });
});
