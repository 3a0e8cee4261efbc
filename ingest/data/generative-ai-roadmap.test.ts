/**
 * The bundled roadmap as data, without a database: it loads (the ingest's own validation), and
 * it keeps the curation rules of find-data-problems.ts. A problem is listed with its paper or
 * edge, so a failing run says what to fix in generative-ai-roadmap.yaml.
 */
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findDataProblems } from "../find-data-problems";
import { readRoadmapFile } from "../read-roadmap-file";
import type { Roadmap } from "../roadmap-schema";

let roadmap: Roadmap;
beforeAll(async () => {
  roadmap = await readRoadmapFile(resolve(import.meta.dirname, "generative-ai-roadmap.yaml"));
});

const problems = (rule: string) =>
  findDataProblems(roadmap)
    .filter((p) => p.rule === rule)
    .map((p) => `${p.subject}: ${p.message}`);

describe("the bundled Generative AI roadmap", () => {
  it.each([
    ["title"],
    ["year"],
    ["duplicate-arxiv"],
    ["first-version"],
    ["reason"],
    ["dangling"],
    ["future"],
    ["cycle"],
    ["unconnected"],
    ["orphan-prerequisite"],
    ["russian-name"],
  ])("keeps the rule %s", (rule) => {
    expect(problems(rule)).toEqual([]);
  });

  it("breaks no rule at all (no rule left unchecked above)", () => {
    expect(findDataProblems(roadmap)).toEqual([]);
  });

  it("names all 33 sections in Russian in our own words, not the seed's machine translation", () => {
    expect(roadmap.sections).toHaveLength(33);
    // Words the machine translation used where Russian ML texts use another.
    const wrong = /трансформатор|поколени|подсказк|с питанием|разнообразный|LLMS|LMMS|модель слияния|модель архитектуры/i;
    expect(roadmap.sections.filter((s) => wrong.test(s.nameRu ?? "")).map((s) => `${s.id}: ${s.nameRu}`)).toEqual([]);
  });

  it("keeps the roadmap's short name as a tag when the title is the paper's own", () => {
    const byArxiv = new Map(roadmap.papers.map((p) => [p.arxivId, p]));
    expect(byArxiv.get("2310.12109")).toMatchObject({ title: "Monarch Mixer: A Simple Sub-Quadratic GEMM-Based Architecture", tag: "Monarch Mixer" });
    expect(byArxiv.get("2201.09865")?.title).toBe("RePaint: Inpainting using Denoising Diffusion Probabilistic Models");
    expect(byArxiv.get("2110.14168")).toMatchObject({ title: "Training Verifiers to Solve Math Word Problems", tag: "GSM8K" });
  });

  it("dates papers by their first version and keeps the venue's year apart", () => {
    const vit = roadmap.papers.find((p) => p.arxivId === "2010.11929");
    expect(vit).toMatchObject({ year: 2020, venue: "ICLR", venueYear: 2021 });
  });

  it("has the foundational prerequisites, each built upon", () => {
    const ids = ["2302.13971", "2203.02155", "2207.12598", "1907.05600", "2201.11903", "2210.03629", "2001.08361", "2205.01068", "2305.18565", "2304.08818", "2012.09841", "1505.04597"];
    for (const id of ids) {
      const paper = roadmap.papers.find((p) => p.arxivId === id);
      expect(paper, id).toMatchObject({ inRoadmap: false });
      expect(roadmap.buildsOn.some((e) => e.to === paper?.id), id).toBe(true);
    }
  });
});
