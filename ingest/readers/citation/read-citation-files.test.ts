import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InputProblem } from "../../input-error";
import { RoadmapInputError } from "../../input-error";
import { readRoadmapFile } from "../../read-roadmap-file";

const fixture = (name: string) => resolve(import.meta.dirname, "..", "..", "fixtures", name);
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "read-citation-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function read(path: string, strict = false) {
  const warnings: InputProblem[] = [];
  const roadmap = await readRoadmapFile(path, { strict, warn: (w) => warnings.push(w) });
  return { roadmap, warnings };
}

async function refusal(path: string, strict = false): Promise<RoadmapInputError> {
  const error = await read(path, strict).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RoadmapInputError);
  return error as RoadmapInputError;
}

const sectionsOf = (roadmap: Awaited<ReturnType<typeof read>>["roadmap"]) => roadmap.sections.map((s) => [s.name, s.items.map((i) => i.ref)]);

describe("BibTeX", () => {
  it("loads papers with their ids, authors, venues and DOIs, under their keywords", async () => {
    const { roadmap, warnings } = await read(fixture("reading-list.bib"));
    expect(roadmap.roadmap).toEqual({ id: "reading-list", title: "reading-list", source: "reading-list.bib" });
    expect(roadmap.papers.map((p) => p.id)).toEqual(["1706.03762", "2305.13245", "2312.00752", "long-short-term-memory", "imagenet-classification-with-deep-convolutional-neural-networks"]);
    expect(roadmap.papers[0]).toMatchObject({ title: "Attention Is All You Need", venue: "Advances in Neural Information Processing Systems", year: 2017 });
    expect(roadmap.papers[0]?.authors).toHaveLength(8);
    expect(roadmap.papers[0]?.authors?.[6]).toBe("Łukasz Kaiser");
    expect(roadmap.papers[1]).toMatchObject({ title: "GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints", arxivId: "2305.13245" });
    expect(roadmap.papers[3]).toMatchObject({ doi: "10.1162/neco.1997.9.8.1735", venue: "Neural Computation", year: 1997, authors: ["Sepp Hochreiter", "Jürgen Schmidhuber"] });
    expect(roadmap.resources).toEqual([expect.objectContaining({ kind: "repository", url: "https://github.com/huggingface/transformers" })]);
    expect(sectionsOf(roadmap)).toEqual([
      ["Transformers", ["1706.03762", "2305.13245", "r-transformers-state-of-the-art-natural-language-processing"]],
      ["Efficient inference", ["2305.13245"]],
      ["State space models", ["2312.00752"]],
      ["reading-list", ["long-short-term-memory", "imagenet-classification-with-deep-convolutional-neural-networks"]],
    ]);
    // Keywords are topics; the catch-all section of untagged entries is not (no SAME_TOPIC).
    expect(roadmap.sections.map((s) => s.topic)).toEqual([undefined, undefined, undefined, false]);
    expect(warnings).toEqual([{ line: 50, message: '@misc entry cannot be read (syntax error: expected "text", got EOF, noticed at line 53); entry skipped' }]);
  });

  it("--strict refuses the file at the flawed entry, with file and line", async () => {
    const error = await refusal(fixture("reading-list.bib"), true);
    expect(error.message).toBe(`${fixture("reading-list.bib")}:50: @misc entry cannot be read (syntax error: expected "text", got EOF, noticed at line 53) (refused: --strict)`);
  });

  it("one paper listed twice is one paper in both places; --title names the roadmap", async () => {
    const path = await write("twice.bib", [
      "@misc{a, title = {Mamba}, eprint = {2312.00752}, keywords = {SSM}}",
      "@article{b, title = {Mamba: Linear-Time Sequence Modeling with Selective State Spaces}, journal = {arXiv preprint arXiv:2312.00752}, author = {Gu, Albert}, keywords = {Architectures}}",
      // Same title, different DOIs: two papers.
      "@article{c, title = {Introduction}, doi = {10.1000/one}}",
      "@article{d, title = {Introduction}, doi = {10.1000/two}}",
    ].join("\n"));
    const roadmap = await readRoadmapFile(path, { title: "Mine" });
    expect(roadmap.roadmap.title).toBe("Mine");
    expect(roadmap.papers.map((p) => [p.id, p.authors, p.doi])).toEqual([
      ["2312.00752", ["Albert Gu"], undefined],
      ["introduction", undefined, "10.1000/one"],
      ["introduction-2", undefined, "10.1000/two"],
    ]);
    expect(roadmap.papers[0]?.title).toBe("Mamba");
    expect(sectionsOf(roadmap)).toEqual([["SSM", ["2312.00752"]], ["Architectures", ["2312.00752"]], ["Mine", ["introduction", "introduction-2"]]]);
  });

  it("refuses text that is not BibTeX, and a file whose every entry is flawed", async () => {
    expect((await refusal(await write("prose.bib", "Just some notes about papers.\n"))).message).toContain("not a BibTeX file");
    const none = await refusal(await write("none.bib", "@misc{a, year = 2020}\n@misc{b, title = {Unclosed\n"));
    expect(none.problems.map((p) => p.line)).toEqual([1, 2, undefined]);
    expect(none.message).toContain("none of its 2 entries could be read");
  });
});

describe("RIS", () => {
  it("loads records, sections from KW, and skips a record without a title", async () => {
    const { roadmap, warnings } = await read(fixture("reading-list.ris"));
    expect(roadmap.papers.map((p) => [p.id, p.year, p.doi])).toEqual([
      ["1810.04805", 2018, "10.18653/v1/n19-1423"],
      ["1512.03385", 2015, "10.1109/cvpr.2016.90"],
      ["2006.11239", 2020, undefined],
    ]);
    expect(roadmap.papers[0]?.authors).toEqual(["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"]);
    expect(sectionsOf(roadmap)).toEqual([["Language models", ["1810.04805"]], ["Vision", ["1512.03385", "2006.11239"]], ["Diffusion", ["2006.11239"]]]);
    expect(warnings).toEqual([{ line: 27, message: "record has no title; record skipped" }]);
    expect((await refusal(fixture("reading-list.ris"), true)).message).toMatch(/reading-list\.ris:27: record has no title \(refused: --strict\)$/);
  });

  it("reads a record without ER up to the next one, and refuses a file without records", async () => {
    const { roadmap, warnings } = await read(await write("open.ris", "TY  - JOUR\nTI  - First\n\nTY  - JOUR\nTI  - Second\nER  - \n"));
    expect(roadmap.papers.map((p) => p.title)).toEqual(["First", "Second"]);
    expect(warnings).toEqual([{ line: 1, message: "record has no ER (end of record) line; read up to the next TY" }]);
    expect((await refusal(await write("notes.ris", "Title: my notes\n"))).message).toContain("not an RIS file");
  });
});

describe("CSL-JSON", () => {
  it("loads items, told apart from a roadmap JSON by content, with the line of each item", async () => {
    const { roadmap, warnings } = await read(fixture("reading-list.csl.json"));
    expect(roadmap.papers.map((p) => [p.id, p.year, p.venue])).toEqual([
      ["1911.02150", 2019, undefined],
      ["2111.00396", 2021, "International Conference on Learning Representations 2022"],
    ]);
    expect(roadmap.resources.map((r) => r.kind)).toEqual(["repository"]);
    expect(sectionsOf(roadmap)).toEqual([
      ["Attention", ["1911.02150", "r-transformers-state-of-the-art-natural-language-processing"]],
      ["reading-list", ["2111.00396"]],
    ]);
    expect(warnings).toEqual([{ line: 27, message: "item 3: item has no title; item skipped" }]);
  });

  it("reads a plain .json holding CSL items; refuses arrays of anything else", async () => {
    const path = await write("export.json", JSON.stringify([{ type: "article", title: "Deep Residual Learning for Image Recognition", URL: "https://arxiv.org/abs/1512.03385" }], null, 2));
    expect((await read(path)).roadmap.papers[0]?.id).toBe("1512.03385");
    expect((await refusal(await write("empty.json", "[]"))).message).toContain("not a CSL-JSON file");
    const numbers = await refusal(await write("numbers.json", "[\n  1,\n  2\n]\n"));
    expect(numbers.problems.map((p) => p.line)).toEqual([2, 3, undefined]);
    expect(numbers.message).toContain("item 1: is not a CSL-JSON object; item skipped");
    const typed = await refusal(await write("typed.json", '[{"type": "article", "title": 42}]'));
    expect(typed.message).toContain('item 1: field "title" has the wrong type for CSL-JSON');
  });
});
