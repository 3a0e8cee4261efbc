import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { StepRow } from "../graph/write-roadmap";
import { countSameTopicPairs, planNdjsonRoadmap } from "./plan-ndjson-roadmap";
import { planPhases, planRoadmap, sameTopicRow } from "./plan-roadmap";
import { readRoadmapNdjson } from "./read-roadmap-ndjson";
import { validateRoadmap } from "./validate-roadmap";

const dir = mkdtempSync(join(tmpdir(), "ndjson-roadmap-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function file(lines: unknown[]): string {
  const path = join(dir, `r${counter++}.ndjson`);
  writeFileSync(path, lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n") + "\n");
  return path;
}

const HEAD = { kind: "roadmap", id: "mini", title: "Mini" };
const BODY = [
  { kind: "paper", id: "1706.03762", title: "Attention Is All You Need", year: 2017, arxivId: "1706.03762" },
  { kind: "paper", id: "1911.02150", title: "Fast Transformer Decoding", year: 2019 },
  { kind: "paper", id: "2305.13245", title: "GQA", year: 2023, tag: "GQA" },
  { kind: "paper", id: "survey-1", title: "A Survey", year: 2024, isSurvey: true },
  { kind: "resource", id: "blog", title: "A blog post", resourceKind: "blog", url: "https://example.org/b" },
  { kind: "section", id: "llm", name: "LLMs", nameRu: "БЯМ", questions: [{ en: "Why GQA?" }] },
  { kind: "section", id: "attn", name: "Attention", parent: "llm", items: [{ ref: "1706.03762", group: "Core" }, { ref: "1911.02150", group: "Core" }, { ref: "2305.13245" }, { ref: "blog" }, { ref: "2305.13245", note: "again" }] },
  { kind: "section", id: "more", name: "More", parent: "llm", items: [{ ref: "1911.02150" }, { ref: "2305.13245" }, { ref: "survey-1" }] },
  { kind: "buildsOn", from: "2305.13245", to: "1911.02150", reason: "generalises multi-query attention" },
  { kind: "buildsOn", from: "1911.02150", to: "1706.03762", reason: "shares keys and values across heads" },
  { kind: "surveys", survey: "survey-1", covers: ["attn", "2305.13245"] },
];

/** The same roadmap in the structured form that roadmapSchema reads. */
function structured(): unknown {
  const strip = ({ kind: _kind, ...rest }: Record<string, unknown>) => rest;
  const of = (kind: string) => BODY.filter((line) => line.kind === kind).map((line) => strip(line));
  return {
    roadmap: strip(HEAD),
    sections: of("section"),
    papers: of("paper"),
    resources: of("resource").map(({ resourceKind, ...rest }) => ({ ...rest, kind: resourceKind })),
    buildsOn: of("buildsOn"),
    surveys: of("surveys"),
  };
}

async function collect(phases: (() => Iterable<StepRow> | AsyncIterable<StepRow>)[]): Promise<string[]> {
  const rows: string[] = [];
  const sameTopic = new Set<string>();
  for (const phase of phases) {
    for await (const item of phase()) {
      // A topic's row stands for every pair of its papers, a before b, as the statement makes them.
      const pairs: StepRow[] =
        item.step === "sameTopicGroups"
          ? item.row.members.flatMap((a, i) => item.row.members.slice(i + 1).map((b): StepRow => ({ step: "sameTopic", row: sameTopicRow(a, b, item.row.topic) })))
          : [item];
      for (const pair of pairs) {
        if (pair.step === "sameTopic") {
          const key = `${pair.row.a}|${pair.row.b}`;
          if (sameTopic.has(key)) continue; // the database keeps the first (MERGE ... ON CREATE)
          sameTopic.add(key);
        }
        rows.push(JSON.stringify(pair));
      }
    }
  }
  return rows.sort();
}

describe("the streamed (.ndjson) roadmap form", () => {
  it("plans exactly the rows the structured form plans", async () => {
    const source = await readRoadmapNdjson(file([HEAD, ...BODY]));
    const streamed = await collect(planNdjsonRoadmap(source, new Map()).phases);
    const plan = planRoadmap(validateRoadmap(structured(), { file: "mini.json" }));
    expect(streamed).toEqual(await collect(planPhases(plan).phases));
    expect(countSameTopicPairs(source.index)).toBe(plan.sameTopic.length);
    expect(source.index.counts()).toMatchObject({ sections: 3, papers: 4, resources: 1, placements: plan.placements.length, buildsOn: 2, surveys: 2 });
  });

  it("names the file and line of every problem, and reads nothing further when the head is wrong", async () => {
    const bad = file([HEAD, BODY[0], "{not json", { kind: "paper", id: "x" }, { kind: "section", id: "s", name: "S", items: [{ ref: "nope" }] }, { kind: "buildsOn", from: "1706.03762", to: "1706.03762", reason: "a self edge here" }]);
    const error = await readRoadmapNdjson(bad).catch((e: unknown) => e);
    const message = error instanceof Error ? error.message : "";
    expect(message).toMatch(/r\d+\.ndjson:3: invalid JSON/);
    expect(message).toMatch(/:4: title: /);
    expect(message).toMatch(/:5: "nope" is not a paper or resource of this roadmap/);
    expect(message).toMatch(/:6: self edge/);
    await expect(readRoadmapNdjson(file([BODY[0]]))).rejects.toThrow(/:1: the first line must describe the roadmap/);
  });

  it("refuses cycles, edges into the future and duplicate ids", async () => {
    const lines = [
      HEAD,
      ...BODY,
      { kind: "paper", id: "2305.13245", title: "Again" },
      { kind: "buildsOn", from: "1706.03762", to: "2305.13245", reason: "a cycle back to the newest paper" },
    ];
    const error = await readRoadmapNdjson(file(lines)).catch((e: unknown) => (e instanceof Error ? e.message : ""));
    expect(error).toMatch(/duplicate id "2305.13245"/);
    expect(error).toMatch(/edge into the future/);
    expect(error).toMatch(/BUILDS_ON cycle/);
  });

  it("refuses to go on when the file changes between its readings", async () => {
    const path = file([HEAD, ...BODY]);
    const source = await readRoadmapNdjson(path);
    appendFileSync(path, `${JSON.stringify({ kind: "paper", id: "late", title: "Late" })}\n`);
    const sweep = async () => {
      for await (const _line of source.lines(["paper"])) {
        // consume
      }
    };
    await expect(sweep()).rejects.toThrow(/changed while it was being loaded/);
  });
});
