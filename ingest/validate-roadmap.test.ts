import { describe, expect, it } from "vitest";
import { RoadmapInputError } from "./input-error";
import type { RoadmapInput } from "./roadmap-schema";
import { findCycle, validateRoadmap } from "./validate-roadmap";

/** A small valid roadmap; each test breaks one thing. */
function base(): RoadmapInput & Required<Pick<RoadmapInput, "papers" | "resources" | "buildsOn" | "surveys">> {
  return {
    roadmap: { id: "t", title: "T" },
    sections: [
      { id: "area", name: "Area", line: 1, items: [{ ref: "p-old", line: 2 }] },
      { id: "sub", name: "Sub", parent: "area", line: 3, items: [{ ref: "p-new", line: 4 }, { ref: "r-blog", line: 5 }] },
    ],
    papers: [
      { id: "p-old", title: "Old", year: 2017, line: 2 },
      { id: "p-mid", title: "Mid", year: 2020, line: 6 },
      { id: "p-new", title: "New", year: 2023, line: 4 },
      { id: "p-survey", title: "A Survey", year: 2024, isSurvey: true, line: 7 },
    ],
    resources: [{ id: "r-blog", title: "Blog", kind: "blog", url: "https://example.org/", line: 5 }],
    buildsOn: [
      { from: "p-new", to: "p-mid", reason: "extends the mid paper directly", line: 10 },
      { from: "p-mid", to: "p-old", reason: "extends the old paper directly", line: 11 },
    ],
    surveys: [{ survey: "p-survey", covers: ["sub", "p-new"], line: 12 }],
  };
}

function problemsOf(data: unknown): { line?: number; message: string }[] {
  try {
    validateRoadmap(data, { file: "r.yaml" });
  } catch (error) {
    expect(error).toBeInstanceOf(RoadmapInputError);
    return (error as RoadmapInputError).problems;
  }
  throw new Error("expected validation to fail");
}

describe("validateRoadmap", () => {
  it("accepts a valid roadmap and applies defaults", () => {
    const roadmap = validateRoadmap(base(), { file: "r.yaml" });
    expect(roadmap.papers[0]).toMatchObject({ isSurvey: false, inRoadmap: true });
    expect(roadmap.sections[0]?.questions).toEqual([]);
  });

  it("maps zod issues to lines: lineOf first, then the object's own line", () => {
    const data = base();
    data.papers[1] = { ...data.papers[1], year: "2020" } as unknown as (typeof data.papers)[number];
    data.resources[0] = { ...data.resources[0], kind: "podcast" } as unknown as (typeof data.resources)[number];
    const problems = problemsOf(data);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toEqual({ line: 6, message: "papers.1.year: Invalid input: expected number, received string" });
    expect(problems[1]?.line).toBe(5);
    expect(problems[1]?.message).toMatch(/^resources\.0\.kind: Invalid option/);
    const error = (() => {
      try {
        return validateRoadmap(data, { file: "r.yaml", lineOf: (path) => (path[0] === "papers" ? 99 : undefined) });
      } catch (caught) {
        return caught as RoadmapInputError;
      }
    })();
    expect((error as RoadmapInputError).problems.map((p) => p.line)).toEqual([99, 5]);
  });

  it("reports duplicate ids of sections and of papers+resources together", () => {
    const data = base();
    data.sections.push({ id: "sub", name: "Again", line: 20 });
    data.resources.push({ id: "p-old", title: "Clash", kind: "other", line: 21 });
    expect(problemsOf(data)).toEqual([
      { line: 20, message: 'sections.2.id: duplicate section id "sub"' },
      { line: 21, message: 'resources.1.id: duplicate id "p-old" (papers and resources share one id space)' },
    ]);
  });

  it("reports a second paper with the same arXiv id", () => {
    const data = base();
    data.papers.push({ id: "x", title: "X", arxivId: "1706.03762", line: 30 }, { id: "y", title: "Y", arxivId: "1706.03762", line: 31 });
    expect(problemsOf(data)).toEqual([{ line: 31, message: 'papers.5.arxivId: arXiv id 1706.03762 is also paper "x"' }]);
  });

  it("reports dangling parents and item refs", () => {
    const data = base();
    data.sections.push({ id: "lost", name: "Lost", parent: "nowhere", line: 40, items: [{ ref: "ghost", line: 41 }] });
    expect(problemsOf(data)).toEqual([
      { line: 40, message: 'sections.2.parent: unknown parent section "nowhere"' },
      { line: 41, message: 'sections.2.items.0.ref: "ghost" is not a paper or resource of this roadmap' },
    ]);
  });

  it("reports parent cycles once", () => {
    const data = base();
    data.sections.push({ id: "a", name: "A", parent: "b", line: 50 }, { id: "b", name: "B", parent: "a", line: 51 });
    expect(problemsOf(data)).toEqual([{ line: 50, message: "sections.2.parent: section parent cycle: a -> b -> a" }]);
  });

  it("reports builds-on edges to non-papers, self edges, duplicates and edges into the future", () => {
    const data = base();
    data.buildsOn.push(
      { from: "p-new", to: "r-blog", reason: "a resource is not a paper", line: 60 },
      { from: "p-old", to: "p-old", reason: "builds on itself somehow", line: 61 },
      { from: "p-new", to: "p-mid", reason: "extends the mid paper directly", line: 62 },
      { from: "p-old", to: "p-new", reason: "an older paper cannot build on a newer one", line: 63 },
    );
    const messages = problemsOf(data);
    expect(messages).toContainEqual({ line: 60, message: 'buildsOn.2.to: "r-blog" is not a paper' });
    expect(messages).toContainEqual({ line: 61, message: 'buildsOn.3: self edge: "p-old" builds on itself' });
    expect(messages).toContainEqual({ line: 62, message: "buildsOn.4: duplicate edge p-new -> p-mid" });
    expect(messages).toContainEqual({
      line: 63,
      message: "buildsOn.5: edge into the future: p-old (2017) builds on p-new (2023); the source is older than the target",
    });
  });

  it("reports a BUILDS_ON cycle with its ids", () => {
    const data = base();
    for (const paper of data.papers) delete paper.year; // years would also flag the back edge
    data.buildsOn.push({ from: "p-old", to: "p-new", reason: "closes the loop for the test", line: 70 });
    expect(problemsOf(data)).toEqual([{ line: 11, message: "buildsOn.1: BUILDS_ON cycle: p-mid -> p-old -> p-new -> p-mid" }]);
  });

  it("reports a venue year before the first public version", () => {
    const data = base();
    data.papers[1] = { ...data.papers[1]!, venue: "ICLR", venueYear: 2021 };
    expect(validateRoadmap(data, { file: "r.yaml" }).papers[1]).toMatchObject({ year: 2020, venueYear: 2021 });
    data.papers[1] = { ...data.papers[1], venueYear: 2019 };
    expect(problemsOf(data)).toEqual([
      { line: 6, message: "papers.1.venueYear: venue year 2019 is before the first public version (2020); year is the earlier of the two" },
    ]);
  });

  it("reports a standalone paper that builds on others, and keeps the reason of one that does not", () => {
    const data = base();
    data.papers[0] = { ...data.papers[0]!, standalone: "the first paper of the field here" };
    expect(validateRoadmap(data, { file: "r.yaml" }).papers[0]?.standalone).toBe("the first paper of the field here");
    data.papers[1] = { ...data.papers[1]!, standalone: "claims to build on nothing" };
    expect(problemsOf(data)).toEqual([{ line: 6, message: 'papers.1.standalone: paper "p-mid" is marked standalone but builds on other papers' }]);
  });

  it("reports surveys that are not survey papers and covers that resolve to nothing", () => {
    const data = base();
    data.surveys.push({ survey: "p-old", covers: ["area"], line: 80 }, { survey: "nobody", covers: ["r-blog"], line: 81 });
    expect(problemsOf(data)).toEqual([
      { line: 80, message: 'surveys.1.survey: paper "p-old" is not marked isSurvey: true' },
      { line: 81, message: 'surveys.2.survey: "nobody" is not a paper' },
      { line: 81, message: 'surveys.2.covers.0: "r-blog" is not a section or paper' },
    ]);
  });

  it("collects all problems into one error message", () => {
    const data = base();
    data.sections.push({ id: "area", name: "Dup", line: 90, items: [{ ref: "ghost", line: 91 }] });
    let message = "";
    try {
      validateRoadmap(data, { file: "r.yaml" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split("\n")).toEqual([
      'r.yaml:90: sections.2.id: duplicate section id "area"',
      'r.yaml:91: sections.2.items.0.ref: "ghost" is not a paper or resource of this roadmap',
    ]);
  });
});

describe("findCycle", () => {
  it("finds a cycle or none", () => {
    expect(findCycle([{ from: "a", to: "b" }, { from: "b", to: "c" }])).toBeUndefined();
    expect(findCycle([{ from: "a", to: "b" }, { from: "b", to: "c" }, { from: "c", to: "b" }])).toEqual(["b", "c", "b"]);
  });

  it("handles long chains without recursion", () => {
    const edges = Array.from({ length: 50_000 }, (_v, i) => ({ from: `n${i + 1}`, to: `n${i}` }));
    expect(findCycle(edges)).toBeUndefined();
  });
});
