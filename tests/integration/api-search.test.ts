/**
 * GET /api/search and GET /api/node against the bundled roadmap: the graph functions directly
 * and the route handlers with real Requests (zod parsing and error mapping included).
 */
import { afterAll, describe, expect, it } from "vitest";

// Route handlers import "server-only" and "@/graph/errors"; vitest resolves neither by itself.

import { GET as searchRoute } from "../../app/api/search/route";
import { GET as nodeRoute } from "../../app/api/node/route";
import { closeDriver } from "../../graph/driver";
import { getNodeDetails } from "../../graph/get-node-details";
import type { ErrorBody, NodeDetails, SearchResponse } from "@/contract/schemas";
import { searchQuerySchema } from "@/contract/schemas";
import { searchNodes } from "../../graph/search-nodes";

const GQA = "2305.13245";
const MQA = "1911.02150";
const TRANSFORMER = "1706.03762";
const SECTION = "generative-ai/transformer-architecture";
const BOOK = "generative-ai/neural-networks-and-deep-learning-book";
const MAMBA = "2312.00752";
const DDPM = "2006.11239";
const DIFFUSION_SECTION = "generative-ai/diffusion-models";

async function get<T>(handler: (request: Request) => Promise<Response>, path: string): Promise<{ status: number; body: T }> {
  const response = await handler(new Request(`http://localhost${path}`));
  return { status: response.status, body: (await response.json()) as T };
}
const search = (q: string, extra: Record<string, unknown> = {}) => searchNodes(searchQuerySchema.parse({ q, ...extra }));
const ids = (response: SearchResponse) => response.results.map((result) => result.node.id);

afterAll(async () => {
  await closeDriver();
});

describe("search", () => {
  it("ranks grouped-query attention first for its words and for its tag", async () => {
    expect(ids(await search("grouped query attention"))[0]).toBe(GQA);
    const byTag = await search("GQA");
    expect(byTag.results[0]?.node).toMatchObject({ id: GQA, kind: "paper", label: "GQA", year: 2023 });
    expect(byTag.results[0]?.sectionPath).toEqual([
      { id: "generative-ai/background-knowledge", name: "Background Knowledge", nameRu: "Базовые знания" },
      { id: "generative-ai/transformer-architecture", name: "Transformer Architecture", nameRu: "Архитектура трансформера" },
    ]);
  });

  it("matches prefixes and typos", async () => {
    expect(ids(await search("attention is all you ne"))).toContain(TRANSFORMER);
    expect(ids(await search("atention is all you need"))[0]).toBe(TRANSFORMER);
    const diffusion = await search("difusion", { limit: 50 });
    expect(diffusion.results.length).toBeGreaterThan(3);
    expect(diffusion.results.every((r) => /diffus/i.test(`${r.node.title} ${r.node.label}`))).toBe(true);
  });

  it("finds sections by their Russian names", async () => {
    const results = await search("Архитектура трансформера", { kind: "section" });
    expect(ids(results)[0]).toBe(SECTION);
    expect(results.results[0]?.node.kind).toBe("section");
  });

  it("finds a listing by the roadmap's note on it, in any case", async () => {
    // "Chapter 3.2 especially 3.2.6" annotates the deep-learning book's listing; no title holds it.
    for (const q of ["especially", "ESPECIALLY chapter"]) {
      const hit = (await search(q)).results.find((result) => result.node.id === BOOK);
      expect(hit, q).toBeDefined();
      expect(hit?.score).toBeGreaterThanOrEqual(10);
    }
    expect(ids(await search("especially chapter nonexistentword"))).not.toContain(BOOK);
  });

  it("matches an exact arXiv id, however it is written", async () => {
    for (const q of [GQA, `arXiv:${GQA}v3`, `https://arxiv.org/pdf/${GQA}.pdf`]) {
      expect(ids(await search(q))[0]).toBe(GQA);
    }
  });

  it("filters by kind, section and years", async () => {
    const papers = await search("transformer", { kind: "paper", limit: 100 });
    expect(papers.results.every((r) => r.node.kind === "paper")).toBe(true);
    const inSection = await search("transformer", { section: "generative-ai/background-knowledge", limit: 100 });
    expect(inSection.results.length).toBeGreaterThan(0);
    expect(inSection.results.every((r) => r.node.id === "generative-ai/background-knowledge" || r.sectionPath[0]?.name === "Background Knowledge")).toBe(true);
    const recent = await search("attention", { yearFrom: 2020, yearTo: 2023, limit: 100 });
    expect(recent.results.every((r) => (r.node.year ?? 0) >= 2020 && (r.node.year ?? 0) <= 2023)).toBe(true);
    expect(ids(recent)).not.toContain(TRANSFORMER);
  });

  it("treats Lucene syntax in user text as text", async () => {
    for (const q of ['title:"x" AND (', "*", "[1 TO 2]", "a\\", "~~~"]) {
      const response = await get<SearchResponse>(searchRoute, `/api/search?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
    }
  });

  it("answers over HTTP, and 400 with the issues for bad input", async () => {
    const ok = await get<SearchResponse>(searchRoute, "/api/search?q=gqa&kind=paper&limit=5");
    expect(ok.status).toBe(200);
    expect(ok.body.results[0]?.node.id).toBe(GQA);
    const missing = await get<ErrorBody>(searchRoute, "/api/search");
    expect(missing.status).toBe(400);
    expect(missing.body.error.kind).toBe("invalid-input");
    expect(missing.body.error.issues?.[0]?.path).toEqual(["q"]);
    expect((await get<ErrorBody>(searchRoute, "/api/search?q=x&kind=book")).status).toBe(400);
    expect((await get<ErrorBody>(searchRoute, "/api/search?q=x&limit=1000")).status).toBe(400);
    expect((await get<ErrorBody>(searchRoute, "/api/search?q=x&yearFrom=2024&yearTo=2020")).status).toBe(400);
  });
});

describe("search ranking and Russian", () => {
  const position = async (q: string, id: string, extra: Record<string, unknown> = {}) => ids(await search(q, extra)).indexOf(id);

  it("puts the paper a word names above tutorials and papers that merely mention it", async () => {
    expect(ids(await search("attention"))[0]).toBe(TRANSFORMER);
    expect(ids(await search("Attention Is All You Need"))[0]).toBe(TRANSFORMER);
  });

  it("finds the important paper first through a typo", async () => {
    expect(ids(await search("transfromer"))[0]).toBe(TRANSFORMER);
  });

  it("ranks exact tags and the roadmap's names of a listing first", async () => {
    expect(ids(await search("mamba"))[0]).toBe(MAMBA);
    expect(ids(await search("multi-query attention"))[0]).toBe(MQA);
    expect(ids(await search("MQA"))[0]).toBe(MQA);
  });

  it("finds English papers and sections for Russian field terms in any word form", async () => {
    for (const q of ["трансформер", "трансформеры", "трансформеров"]) {
      const at = await position(q, TRANSFORMER);
      expect(at, q).toBeGreaterThanOrEqual(0);
      expect(at, q).toBeLessThan(5);
    }
    for (const q of ["внимание", "механизм внимания"]) expect(await position(q, TRANSFORMER), q).toBe(0);
    const diffusion = await search("диффузия", { limit: 20 });
    expect(diffusion.results.length).toBeGreaterThan(5);
    const named = (r: SearchResponse["results"][number]) => [r.node.title, r.node.label, r.node.nameRu].filter((x) => typeof x === "string").join(" ");
    expect(diffusion.results.every((r) => /diffus|диффуз/i.test(named(r)))).toBe(true);
    expect(ids(diffusion)).toContain(DIFFUSION_SECTION);
    expect(ids(diffusion)).toContain(DDPM);
  });

  it("stems Russian section names: another case of a word finds the name", async () => {
    // "Open Challenges" is "Открытые проблемы"; "проблемами" is three edits away, past fuzzy
    // matching, and not in the glossary: only the Russian analyzer relates the two.
    const results = await search("проблемами", { kind: "section" });
    expect(results.results.length).toBeGreaterThan(0);
    expect(results.results.every((r) => r.node.title === "Open Challenges")).toBe(true);
  });
});

describe("node details", () => {
  it("groups a paper's neighbours by relation and direction", async () => {
    const gqa = await getNodeDetails(GQA);
    expect(gqa.node).toMatchObject({ id: GQA, kind: "paper", area: "generative-ai/background-knowledge" });
    expect(gqa.breadcrumb.map((b) => b.id)).toEqual(["generative-ai/background-knowledge", SECTION]);
    expect(gqa.breadcrumb[1]?.nameRu).toBe("Архитектура трансформера");
    expect(gqa.buildsOn.map((b) => b.node.id).sort()).toEqual([MQA, TRANSFORMER].sort());
    expect(gqa.buildsOn.every((b) => (b.reason ?? "").length > 10)).toBe(true);
    expect(gqa.builtUponBy.map((b) => b.node.id)).not.toContain(MQA);
    expect(gqa.sameTopic.map((s) => s.node.id)).toContain(MQA);
    expect(gqa.sections.map((s) => [s.section.id, s.order])).toEqual([[SECTION, 6]]);
    expect(gqa.subsections).toBeUndefined();

    const transformer = await getNodeDetails(TRANSFORMER);
    expect(transformer.builtUponBy.map((b) => b.node.id)).toEqual(expect.arrayContaining([GQA, MQA]));
    expect(transformer.node.builtUponBy).toBe(transformer.builtUponBy.length);
  });

  it("lists a section's items in roadmap order, its subsections and its questions", async () => {
    const section = await getNodeDetails(SECTION);
    expect(section.node).toMatchObject({ kind: "section", title: "Transformer Architecture" });
    const items = section.items ?? [];
    expect(items.map((i) => i.order)).toEqual([...items.map((i) => i.order)].sort((a, b) => (a ?? 0) - (b ?? 0)));
    const order = items.map((i) => i.node.id);
    expect(order.indexOf(TRANSFORMER)).toBeLessThan(order.indexOf(MQA));
    expect(order.indexOf(MQA)).toBeLessThan(order.indexOf(GQA));
    expect(items.some((i) => i.node.kind === "resource")).toBe(true);
    expect(section.questions?.some((q) => /MQA and GQA/.test(q.text))).toBe(true);
    expect(section.subsections).toEqual([]);
    const top = await getNodeDetails("generative-ai/background-knowledge");
    expect(top.subsections?.map((s) => s.id)).toContain(SECTION);
  });

  it("answers over HTTP with ids that hold '/' and '.', 404 for unknown ids and 400 without one", async () => {
    const ok = await get<NodeDetails>(nodeRoute, `/api/node?id=${encodeURIComponent(SECTION)}`);
    expect(ok.status).toBe(200);
    expect(ok.body.node.id).toBe(SECTION);
    const unknown = await get<ErrorBody>(nodeRoute, "/api/node?id=no-such-paper");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ kind: "not-found", message: 'No node with id "no-such-paper".' });
    expect((await get<ErrorBody>(nodeRoute, "/api/node")).status).toBe(400);
  });
});
