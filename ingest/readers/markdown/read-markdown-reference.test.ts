import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { arxivIdFromUrl } from "../../ids";
import { readMarkdownRoadmap } from "./read-markdown-roadmap";
import { validateRoadmap } from "../../validate-roadmap";

// The full English roadmap, read from the shared checkout next to the repository.
const REFERENCE = resolve(import.meta.dirname, "../../../../shared/reference/generative-ai-roadmap.en.md");
const hasReference = existsSync(REFERENCE);

describe.runIf(hasReference)("readMarkdownRoadmap: the full reference roadmap (../shared/reference)", () => {
  const text = hasReference ? readFileSync(REFERENCE, "utf8") : "";
  const warnings: string[] = [];
  const roadmap = readMarkdownRoadmap(text, { file: "generative-ai-roadmap.en.md", roadmapId: "generative-ai-roadmap", warn: (w) => warnings.push(w.message) });

  it("has the five areas and their subsections", () => {
    const top = roadmap.sections.filter((s) => !s.parent);
    expect(top.map((s) => s.name)).toEqual([
      "Background Knowledge",
      "Large Language Models (LLMs)",
      "Diffusion Models",
      "Large Multimodal Models (LMMs)",
      "Beyond Transformers",
    ]);
    const children = (id: string) => roadmap.sections.filter((s) => s.parent === id).length;
    expect(top.map((s) => children(s.id))).toEqual([4, 11, 8, 3, 2]);
    expect(roadmap.sections).toHaveLength(33);
  });

  it("turns every arxiv.org link into a paper's arxivId, or says why not", () => {
    const links = [...text.matchAll(/https?:\/\/(?:www\.)?arxiv\.org\/[^\s)\]]+/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(100);
    const ids = new Set(roadmap.papers.map((p) => p.arxivId));
    const missing = links.filter((url) => !ids.has(arxivIdFromUrl(url)));
    // A link in running prose named only "paper" has no title to give; the reader skips it
    // with a warning naming the link instead of loading a paper titled "paper".
    expect(missing.filter((url) => !warnings.some((w) => w.includes(arxivIdFromUrl(url) ?? url)))).toEqual([]);
    expect(missing.length).toBeLessThanOrEqual(2);
  });

  it("finds the questions and validates", () => {
    expect(roadmap.sections.flatMap((s) => s.questions)).toHaveLength(12);
    expect(roadmap.papers.length).toBeGreaterThan(120);
    expect(() => validateRoadmap(roadmap, { file: REFERENCE })).not.toThrow();
  });
});

// Shown as a skipped test, so a missing ../shared checkout is visible in the report.
if (!hasReference) it.skip(`full reference roadmap: ${REFERENCE} not found`, () => undefined);
