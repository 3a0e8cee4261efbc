/**
 * Search scoped to one list (GET /api/search?roadmap=): against the real Neo4j with the bundled
 * roadmap and a small list of ours that shares some of its papers. Scoped, every hit is the
 * list's own (its papers are the fixture's arXiv ids); unscoped, hits of the other list come too,
 * and every hit names the lists that hold it.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchResponse } from "@/contract/schemas";
import { closeDriver } from "../../graph/driver";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { callRoute } from "./support/call-route";
import { ROOT } from "./support/run-ingest";

Object.assign(process.env, { ALLOW_PAGE_INGEST: "true", PAGE_INGEST_RATE_LIMIT: "1000" });

const SECOND = readFileSync(resolve(ROOT, "tests", "fixtures", "second-roadmap.md"));
const SECOND_PAPERS = new Set([...SECOND.toString("utf8").matchAll(/arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/g)].map((m) => m[1] ?? ""));

async function search(query: string): Promise<SearchResponse> {
  const answer = await callRoute("GET", `/api/search?${query}`);
  expect(answer.status, answer.text).toBe(200);
  return JSON.parse(answer.text) as SearchResponse;
}

let before: GraphChecksum;
beforeAll(async () => {
  before = await getGraphChecksum();
  const loaded = await callRoute("POST", "/api/roadmaps?name=second-roadmap.md", SECOND, { "content-type": "application/octet-stream" });
  expect(loaded.status, loaded.text).toBe(200);
}, 60_000);
afterAll(async () => {
  await callRoute("DELETE", "/api/roadmaps?id=second-roadmap");
  expect(await getGraphChecksum()).toEqual(before);
  await closeDriver();
}, 60_000);

describe("search scope", () => {
  it("with roadmap=, finds only what that list holds", async () => {
    const { results } = await search("q=attention&limit=50&roadmap=second-roadmap");
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.roadmaps.map((l) => l.id)).toContain("second-roadmap");
      if (r.node.kind === "section") expect(r.node.id.startsWith("second-roadmap/")).toBe(true);
      else if (r.node.kind !== "resource") expect(SECOND_PAPERS.has(r.node.id)).toBe(true);
    }
    // FlashAttention and GQA are the list's own and match.
    expect(results.map((r) => r.node.id)).toEqual(expect.arrayContaining(["2205.14135", "2305.13245"]));
  });

  it("gives the path of sections in the chosen list for a paper two lists hold", async () => {
    const scoped = await search("q=2305.13245&roadmap=second-roadmap");
    expect(scoped.results[0]?.sectionPath.map((s) => s.name)).toEqual(["Faster Inference", "Attention variants"]);
    expect(scoped.results[0]?.roadmaps.map((l) => l.id).sort()).toEqual(["generative-ai", "second-roadmap"]);
  });

  it("without roadmap=, finds the other lists' papers too, each saying which lists hold it", async () => {
    const { results } = await search("q=attention&limit=50");
    const others = results.filter((r) => !r.roadmaps.some((l) => l.id === "second-roadmap"));
    expect(others.length).toBeGreaterThan(0);
    for (const r of others) expect(r.roadmaps).toContainEqual({ id: "generative-ai", title: expect.any(String) as string });
    expect(results.length).toBeGreaterThan((await search("q=attention&limit=50&roadmap=second-roadmap")).results.length);
  });

  it("a paper of another list only is not found in this list", async () => {
    // Mamba is in the bundled roadmap, not in ours.
    expect((await search("q=mamba&roadmap=generative-ai")).results.length).toBeGreaterThan(0);
    expect((await search("q=mamba&roadmap=second-roadmap")).results).toEqual([]);
  });

  it("refuses a malformed roadmap id", async () => {
    expect((await callRoute("GET", `/api/search?q=attention&roadmap=${"x".repeat(400)}`)).status).toBe(400);
  });
});
