import { describe, expect, it } from "vitest";
import { arxivYear, findDataProblems } from "./find-data-problems";
import type { Roadmap } from "./roadmap-schema";

type Data = Pick<Roadmap, "papers" | "buildsOn" | "sections">;
const paper = (id: string, year: number | undefined, extra: Partial<Roadmap["papers"][number]> = {}): Roadmap["papers"][number] => ({
  id,
  title: `Paper ${id}`,
  ...(year === undefined ? {} : { year }),
  isSurvey: false,
  inRoadmap: true,
  ...extra,
});

/** Three papers in a chain, each on the one before, the first outside the roadmap; every rule holds. */
function base(): Data {
  return {
    papers: [paper("a", 2017, { arxivId: "1706.03762", inRoadmap: false }), paper("b", 2019, { arxivId: "1911.02150" }), paper("c", 2023)],
    buildsOn: [
      { from: "b", to: "a", reason: "shares one key/value head across heads" },
      { from: "c", to: "b", reason: "groups query heads over shared keys" },
    ],
    sections: [{ id: "s", name: "Transformer Architecture", nameRu: "Архитектура трансформера", items: [], questions: [] }],
  };
}
const rules = (data: Data) => findDataProblems(data).map((p) => `${p.rule}:${p.subject}`);

describe("findDataProblems", () => {
  it("finds nothing in data that keeps every rule", () => {
    expect(findDataProblems(base())).toEqual([]);
  });

  it("finds a paper without year or title", () => {
    const data = base();
    data.papers[0] = paper("a", undefined, { title: " ", inRoadmap: false });
    expect(rules(data)).toEqual(["title:a", "year:a"]);
  });

  it("finds a duplicate arXiv id and a year later than the arXiv id's", () => {
    const data = base();
    data.papers.push(paper("a2", 2017, { arxivId: "1706.03762", standalone: "a copy, to break the rule" }));
    data.papers[1] = paper("b", 2020, { arxivId: "1911.02150" }); // the venue's year, not the first version's
    expect(rules(data)).toEqual(["first-version:b", "duplicate-arxiv:a2"]);
  });

  it("finds an edge without reason, an edge into the future and a cycle", () => {
    const data = base();
    data.buildsOn[0] = { ...data.buildsOn[0]!, reason: "  " };
    data.buildsOn.push({ from: "a", to: "c", reason: "an older paper cannot extend a newer one" });
    expect(rules(data)).toEqual(["reason:b -> a", "future:a -> c", "cycle:a -> c -> b -> a"]);
  });

  it("finds a paper outside every edge unless it says why, and a prerequisite nothing builds on", () => {
    const data = base();
    data.papers.push(paper("lonely", 2020), paper("bench", 2021, { standalone: "a benchmark that extends no paper here" }));
    data.papers.push(paper("unused", 2015, { inRoadmap: false, standalone: "foundational but unused" }));
    expect(rules(data)).toEqual(["unconnected:lonely", "orphan-prerequisite:unused"]);
  });

  it("finds a section without a Russian name", () => {
    const data = base();
    data.sections.push({ id: "t", name: "Prompting", nameRu: "Prompting", items: [], questions: [] });
    expect(rules(data)).toEqual(["russian-name:t"]);
  });
});

describe("arxivYear", () => {
  it("reads the year from new and old identifiers", () => {
    expect(arxivYear("2305.13245")).toBe(2023);
    expect(arxivYear("1706.03762")).toBe(2017);
    expect(arxivYear("cs/9905014")).toBe(1999);
    expect(arxivYear("math.GT/0309136")).toBe(2003);
    expect(arxivYear("not-an-id")).toBeUndefined();
  });
});
