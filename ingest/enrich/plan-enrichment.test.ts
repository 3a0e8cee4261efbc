import { describe, expect, it } from "vitest";
import type { EnrichmentScope, GraphPaper } from "../../graph/enrichment-rows";
import type { CitationDetail, FoundPaper } from "./found-paper";
import { buildPaperIndex, matchCitations } from "./match-citations";
import { planEnrichment, yearFromArxivId, type CitationDetails } from "./plan-enrichment";

const paper = (id: string, over: Partial<GraphPaper> = {}): GraphPaper => ({
  id, title: `Paper ${id}`, year: null, arxivId: id, doi: null, s2Id: null, openAlexId: null, venue: null, abstract: null, hasAuthors: false, suggested: false, ...over,
});
const found = (id: string, refs: FoundPaper["references"], over: Partial<FoundPaper> = {}): FoundPaper => ({
  provider: "semantic-scholar", providerId: `s2-${id}`, arxivId: id, title: `Paper ${id}`, authors: ["A. Author"], references: refs, year: 2099, venue: "Venue", ...over,
});
const influential: CitationDetail = { intents: ["methodology"], influential: true, contexts: ["We build on it.", "Again.", "And again.", "Once more."], methodologyContexts: ["We build on it."] };

function scenario() {
  const scope: EnrichmentScope = {
    roadmapId: "r",
    papers: [paper("2301.00001", { venue: "Ours" }), paper("2302.00002"), paper("2303.00003"), paper("2304.00004")],
    others: [paper("1706.03762", { year: 2017, s2Id: "s2-transformer" })],
    buildsOn: [{ from: "2302.00002", to: "1706.03762", source: "roadmap" }, { from: "2304.00004", to: "2303.00003", source: "citation" }],
  };
  const outside = { providerId: "s2-outside", arxivId: "2001.00009", title: "The Outside Paper", year: 2020 };
  const f = new Map<string, FoundPaper>([
    ["2301.00001", found("2301.00001", [])],
    ["2302.00002", found("2302.00002", [{ providerId: "s2-2301.00001" }, { providerId: "s2-transformer" }, outside])],
    ["2303.00003", found("2303.00003", [{ providerId: "other", arxivId: "2301.00001" }, outside])],
    ["2304.00004", found("2304.00004", [outside, { providerId: "s2-unknown", title: "Nobody knows" }])],
  ]);
  return { scope, found: f, matched: matchCitations(buildPaperIndex(scope, f), f) };
}

describe("planEnrichment", () => {
  it("writes CITES inside the graph, matched by provider id or arXiv id, with at most 3 contexts", () => {
    const { scope, found: f, matched } = scenario();
    const details: CitationDetails = new Map([["2302.00002", new Map([["s2-2301.00001", influential]])]]);
    const plan = planEnrichment(scope, f, matched, details, { minCiters: 3, maxSuggestions: 25 });
    const inside = plan.cites.filter((c) => !c.to.startsWith("2001"));
    expect(inside.map((c) => `${c.from}>${c.to}`).sort()).toEqual(["2302.00002>1706.03762", "2302.00002>2301.00001", "2303.00003>2301.00001"]);
    expect(inside.find((c) => c.to === "2301.00001" && c.from === "2302.00002")?.props).toMatchObject({ influential: true, contexts: ["We build on it.", "Again.", "And again."] });
    expect(inside.find((c) => c.from === "2303.00003")?.props.influential).toBeNull(); // no evidence read: unknown
  });

  it("fills only what a paper lacks, the first version's year from its arXiv id", () => {
    const { scope, found: f, matched } = scenario();
    const plan = planEnrichment(scope, f, matched, new Map(), { minCiters: 3, maxSuggestions: 25 });
    const first = plan.paperUpdates.find((u) => u.id === "2301.00001")?.props;
    expect(first).toEqual({ s2Id: "s2-2301.00001", year: 2023, authors: ["A. Author"] }); // venue kept, no arXiv/DOI rewrite
  });

  it("suggests a paper cited by k list papers only when one citation is influential", () => {
    const { scope, found: f, matched } = scenario();
    expect(planEnrichment(scope, f, matched, new Map([["2302.00002", new Map([["s2-outside", { ...influential, influential: false }]])]]), { minCiters: 3, maxSuggestions: 25 }).suggestions).toEqual([]);
    const plan = planEnrichment(scope, f, matched, new Map([["2303.00003", new Map([["s2-outside", influential]])]]), { minCiters: 3, maxSuggestions: 25 });
    expect(plan.suggestions).toEqual([
      { id: "2001.00009", props: expect.objectContaining({ title: "The Outside Paper", year: 2020, suggested: true, inRoadmap: false, suggestedBy: 3, url: "https://arxiv.org/abs/2001.00009" }) as unknown },
    ]);
    expect(plan.cites.filter((c) => c.to === "2001.00009").map((c) => c.from)).toEqual(["2302.00002", "2303.00003", "2304.00004"]);
    expect(plan.candidates.map((c) => `${c.from}>${c.to}`)).toEqual(["2303.00003>2001.00009"]);
    expect(planEnrichment(scope, f, matched, new Map([["2303.00003", new Map([["s2-outside", influential]])]]), { minCiters: 4, maxSuggestions: 25 }).suggestions).toEqual([]);
  });

  it("re-derives this roadmap's own derived edges instead of treating them as fixed", () => {
    const { scope, found: f } = scenario();
    // 2304 -> 2303 is a derived edge of an earlier run: a candidate 2303 -> 2304 is not a cycle with it.
    const reverse = new Map<string, FoundPaper>([...f, ["2303.00003", found("2303.00003", [{ providerId: "s2-2304.00004" }])]]);
    const m = matchCitations(buildPaperIndex(scope, reverse), reverse);
    const plan = planEnrichment(scope, reverse, m, new Map([["2303.00003", new Map([["s2-2304.00004", influential]])]]), { minCiters: 3, maxSuggestions: 25 });
    expect(plan.refused.cycle).toBe(0);
    expect(plan.candidates.map((c) => `${c.from}>${c.to}`)).toEqual(["2303.00003>2304.00004"]);
  });
});

describe("yearFromArxivId", () => {
  it("reads new and old style ids", () => {
    expect(yearFromArxivId("2202.05262")).toBe(2022);
    expect(yearFromArxivId("1706.03762")).toBe(2017);
    expect(yearFromArxivId("hep-th/9901001")).toBe(1999);
    expect(yearFromArxivId("cs/0112017")).toBe(2001);
    expect(yearFromArxivId("not-an-id")).toBeUndefined();
    expect(yearFromArxivId(null)).toBeUndefined();
  });
});
