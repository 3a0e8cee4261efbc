import { describe, expect, it } from "vitest";
import { compareRoadmapOrder, orderReadingPath, type PathPaper, type PrerequisiteEdge } from "./order-reading-path";

const paper = (id: string, sectionOrder: number | null, itemOrder: number | null, year: number | null): PathPaper => ({ id, sectionOrder, itemOrder, year });
const edge = (from: string, to: string, reason = `${from} builds on ${to}`): PrerequisiteEdge => ({ from, to, reason });

// The attention family: GQA generalises MQA, which changes the Transformer's attention.
const transformer = paper("1706.03762", 1, 0, 2017);
const mqa = paper("1911.02150", 1, 5, 2019);
const gqa = paper("2305.13245", 1, 6, 2023);
const family = { papers: [gqa, transformer, mqa], edges: [edge(gqa.id, mqa.id), edge(mqa.id, transformer.id), edge(gqa.id, transformer.id)] };

describe("orderReadingPath", () => {
  it("puts each paper after everything it builds on", () => {
    const { steps } = orderReadingPath(family);
    expect(steps.map((s) => s.id)).toEqual([transformer.id, mqa.id, gqa.id]);
    expect(steps.map((s) => s.order)).toEqual([1, 2, 3]);
  });

  it("gives the longest distance to the target as depth", () => {
    const { steps } = orderReadingPath(family);
    const depth = Object.fromEntries(steps.map((s) => [s.id, s.depth]));
    // The Transformer is 1 hop from GQA directly but 2 through MQA: the longer counts.
    expect(depth).toEqual({ [gqa.id]: 0, [mqa.id]: 1, [transformer.id]: 2 });
  });

  it("lists as reasons the path's papers that build on a step", () => {
    const { steps } = orderReadingPath(family);
    expect(steps[0]?.reasons.map((r) => r.from)).toEqual([mqa.id, gqa.id]);
    expect(steps[2]?.reasons).toEqual([]);
  });

  it("breaks ties by section order, then position, then year, then id", () => {
    const a = paper("a", 2, 0, 2015);
    const b = paper("b", 1, 3, 2020);
    const c = paper("c", 1, 1, 2021);
    const d = paper("d", null, null, 2010);
    const e = paper("e", null, null, null);
    const target = paper("t", 3, 0, 2022);
    const { steps } = orderReadingPath({
      papers: [target, a, b, c, d, e],
      edges: ["a", "b", "c", "d", "e"].map((id) => edge("t", id)),
    });
    expect(steps.map((s) => s.id)).toEqual(["c", "b", "a", "d", "e", "t"]);
  });

  it("never lets roadmap order beat a prerequisite", () => {
    // "late" is listed first in the roadmap but builds on "early", listed later.
    const late = paper("late", 0, 0, 2020);
    const early = paper("early", 5, 0, 2018);
    const { steps } = orderReadingPath({ papers: [late, early], edges: [edge("late", "early")] });
    expect(steps.map((s) => s.id)).toEqual(["early", "late"]);
  });

  it("marks read papers and computes the frontier", () => {
    const none = orderReadingPath(family);
    expect(none.frontier).toEqual([transformer.id]);
    const some = orderReadingPath({ ...family, read: [transformer.id] });
    expect(some.steps.map((s) => s.read)).toEqual([true, false, false]);
    expect(some.frontier).toEqual([mqa.id]);
    const more = orderReadingPath({ ...family, read: [transformer.id, mqa.id] });
    expect(more.frontier).toEqual([gqa.id]);
  });

  it("leaves read papers out when asked, renumbering the rest", () => {
    const { steps } = orderReadingPath({ ...family, read: [transformer.id], hideRead: true });
    expect(steps.map((s) => [s.id, s.order])).toEqual([
      [mqa.id, 1],
      [gqa.id, 2],
    ]);
  });

  it("ignores edges to papers outside the path and self loops", () => {
    const { steps } = orderReadingPath({ papers: [mqa, gqa], edges: [edge(gqa.id, mqa.id), edge(mqa.id, "elsewhere"), edge(gqa.id, gqa.id)] });
    expect(steps.map((s) => s.id)).toEqual([mqa.id, gqa.id]);
  });

  it("still orders every paper when the data has a cycle, and says so", () => {
    const x = paper("x", 0, 0, 2020);
    const y = paper("y", 0, 1, 2020);
    const z = paper("z", 0, 2, 2021);
    const result = orderReadingPath({ papers: [x, y, z], edges: [edge("x", "y"), edge("y", "x"), edge("z", "x")] });
    expect(result.cyclic).toBe(true);
    expect(result.steps.map((s) => s.id).sort()).toEqual(["x", "y", "z"]);
    expect(result.steps.at(-1)?.id).toBe("z");
  });

  it("handles a section target: several papers at depth 0, shared prerequisites once", () => {
    const base = paper("base", 0, 0, 2017);
    const p1 = paper("p1", 4, 0, 2020);
    const p2 = paper("p2", 4, 1, 2021);
    const { steps } = orderReadingPath({ papers: [p2, p1, base], edges: [edge("p1", "base"), edge("p2", "base")] });
    expect(steps.map((s) => [s.id, s.depth])).toEqual([
      ["base", 1],
      ["p1", 0],
      ["p2", 0],
    ]);
  });

  it("orders a section for learning: prerequisites just in time, surveys after the main line, side topics last", () => {
    // A diffusion-like section (orders 17..25) with prerequisites listed early in the roadmap
    // (the Transformer and MQA, section 2) or not at all (DDPM), as the bundled roadmap has.
    const seed = (id: string, sectionOrder: number, itemOrder: number, year: number, isSurvey = false): PathPaper => ({ ...paper(id, sectionOrder, itemOrder, year), seed: true, isSurvey });
    const vae = paper("vae", null, null, 2013);
    const tutorial = seed("tutorial", 17, 0, 2016);
    const gans = seed("gans", 17, 1, 2014);
    const dul = paper("dul", null, null, 2015);
    const ddpm = paper("ddpm", null, null, 2020);
    const ldm = seed("ldm", 18, 0, 2022);
    const attention = paper("attention", 2, 0, 2017);
    const multiQuery = paper("multi-query", 2, 5, 2019);
    const palm = paper("palm", null, null, 2022);
    const flan = paper("flan", 6, 0, 2022);
    const tango = seed("tango", 20, 1, 2023);
    const fid = seed("fid", 22, 1, 2017);
    const survey = seed("survey", 25, 0, 2023, true);
    const earlySurvey = seed("early-survey", 17, 2, 2019, true);
    const { steps, frontier } = orderReadingPath({
      papers: [survey, fid, tango, flan, palm, multiQuery, attention, ldm, ddpm, dul, gans, tutorial, vae, earlySurvey],
      edges: [edge("tutorial", "vae"), edge("ldm", "ddpm"), edge("ddpm", "dul"), edge("tango", "flan"), edge("flan", "palm"), edge("palm", "attention"), edge("palm", "multi-query"), edge("multi-query", "attention")],
    });
    expect(steps.map((s) => s.id)).toEqual([
      "vae", "tutorial", // the section's first entry, its prerequisite right before it
      "dul", "ddpm", "ldm", // DDPM (outside the roadmap) right before what needs it
      "attention", "multi-query", "palm", "flan", "tango", // MQA when PaLM needs it, not at the start
      "early-survey", "survey", // surveys after the main line
      "gans", "fid", // side topics last
    ]);
    expect(frontier).toEqual(["vae", "dul", "attention", "early-survey", "survey", "gans", "fid"]);
  });

  it("is deterministic whatever the input order", () => {
    const shuffled = { papers: [mqa, gqa, transformer], edges: [...family.edges].reverse() };
    expect(orderReadingPath(shuffled)).toEqual(orderReadingPath(family));
  });
});

describe("compareRoadmapOrder", () => {
  it("puts papers the roadmap omits after listed ones", () => {
    expect(compareRoadmapOrder(paper("x", null, null, 1990), paper("y", 9, 9, 2024))).toBeGreaterThan(0);
  });
});
