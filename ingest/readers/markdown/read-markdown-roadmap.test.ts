import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type InputProblem, RoadmapInputError } from "../../input-error";
import { readMarkdownRoadmap } from "./read-markdown-roadmap";
import type { Roadmap } from "../../roadmap-schema";
import { validateRoadmap } from "../../validate-roadmap";

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, "../../fixtures", name), "utf8");
const parse = (text: string, roadmapId = "test") => readMarkdownRoadmap(text, { file: "test.md", roadmapId });
const section = (roadmap: Roadmap, id: string) => {
  const found = roadmap.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id} in ${roadmap.sections.map((s) => s.id).join(", ")}`);
  return found;
};
const paper = (roadmap: Roadmap, id: string) => roadmap.papers.find((p) => p.id === id);
const refs = (roadmap: Roadmap, id: string) => section(roadmap, id).items.map((item) => item.ref);

describe("readMarkdownRoadmap: the reference excerpt", () => {
  const roadmap = parse(fixture("genai-roadmap-excerpt.md"), "genai");

  it("takes the <h1> as title and skips the table of contents", () => {
    expect(roadmap.roadmap).toEqual({ id: "genai", title: "Generative AI Roadmap", source: "test.md" });
    expect(roadmap.sections.some((s) => /table of content/i.test(s.name))).toBe(false);
    expect(roadmap.sections.filter((s) => !s.parent).map((s) => s.name)).toEqual([
      "Background Knowledge",
      "Large Language Models (LLMs)",
      "Diffusion Models",
      "Beyond Transformers",
    ]);
  });

  it("nests subsections by heading depth and scopes repeated names", () => {
    expect(section(roadmap, "transformer-architecture")).toMatchObject({ parent: "background-knowledge", line: 44 });
    expect(section(roadmap, "evaluation").parent).toBe("large-language-models-llms");
    expect(section(roadmap, "diffusion-models-evaluation")).toMatchObject({ name: "Evaluation", parent: "diffusion-models", line: 129 });
  });

  it("reads question blocks with their lines", () => {
    const questions = section(roadmap, "neural-networks-inference-and-training").questions;
    expect(questions).toHaveLength(6);
    expect(questions[0]).toEqual({ en: "Why do CNNs work better than MLPs on images?", line: 29 });
    expect(questions[3]?.line).toBe(40);
  });

  it("reads papers: arXiv ids, venues, years, tags and notes", () => {
    expect(paper(roadmap, "1706.06197")).toMatchObject({
      title: "meProp: Sparsified Back Propagation for Accelerated Deep Learning with Reduced Overfitting",
      venue: "ICML 2017",
      year: 2017,
      arxivId: "1706.06197",
      url: "https://arxiv.org/abs/1706.06197",
      line: 36,
    });
    expect(paper(roadmap, "1911.02150")).toMatchObject({ tag: "MQA", year: 2019 });
    expect(paper(roadmap, "2305.13245")).toMatchObject({ tag: "GQA", year: 2023 });
    expect(paper(roadmap, "learning-transferable-visual-models-from-natural-language-supervision")).toMatchObject({ tag: "CLIP", venue: "ICML 2021" });
    expect(paper(roadmap, "resprop-reuse-sparsified-backpropagation")).toMatchObject({ venue: "CVPR 2020", year: 2020 });
    const items = section(roadmap, "neural-networks-inference-and-training").items;
    expect(items.find((item) => item.ref === "1706.06197")).toEqual({ ref: "1706.06197", line: 36, note: "Section 2.1" });
  });

  it("classifies resources", () => {
    const kinds = Object.fromEntries(roadmap.resources.map((r) => [r.id, r.kind]));
    expect(kinds["r-multi-layer-perceptron-mlp"]).toBe("tutorial");
    expect(kinds["r-neural-networks-and-deep-learning"]).toBe("book");
    expect(kinds["r-triviaqa-a-large-scale-distantly-supervised-challenge-dataset-for-reading-comp"]).toBe("dataset");
    expect(kinds["r-lilianweng-github-io-posts-2021-07-11-diffusion-models"]).toBe("blog");
  });

  it("takes groups from linkless and bold bullets", () => {
    const items = section(roadmap, "evaluation").items;
    expect(items.find((item) => item.ref === "r-bleu")).toMatchObject({ group: "Automatic Evaluation Metrics", line: 68 });
    expect(items.find((item) => item.ref === "hellaswag-can-a-machine-really-finish-your-sentence")?.group).toBe("Benchmark Datasets");
    const longContext = section(roadmap, "dealing-with-long-context").items;
    expect(longContext.map((item) => [item.ref, item.group])).toEqual([
      ["2004.05150", "Efficient Transformers"],
      ["2001.04451", "Efficient Transformers"],
      ["2006.16236", "State Space Models"],
      ["2009.14794", "State Space Models"],
      ["2312.00752", "Length Extrapolation"],
    ]);
  });

  it("reads labels before links and a link split over two lines", () => {
    const items = section(roadmap, "efficient-finetuning").items;
    expect(items[0]).toMatchObject({ ref: "2104.08691", note: "Prompt Tuning" });
    expect(paper(roadmap, "2106.09685")?.tag).toBe("LoRA");
    expect(paper(roadmap, "2101.00190")?.arxivId).toBe("2101.00190");
    expect(paper(roadmap, "2406.04151")).toMatchObject({ title: "AGENTGYM: Evolving Large Language Model-based Agents across Diverse Environments", line: 112 });
  });

  it("makes prose links entries, but not images", () => {
    // "Check this [paper](…) for more details." names no title, and no other listing does: left out.
    expect(refs(roadmap, "large-language-models-llms")).toEqual(["r-milestone-papers"]);
    expect(paper(roadmap, "2304.04052")).toBeUndefined();
    expect(refs(roadmap, "diffusion-models")).toEqual([
      "1606.05908",
      "1406.2661",
      "1908.09257",
      "r-lilianweng-github-io-posts-2021-07-11-diffusion-models",
      "r-diff-usion-awesome-diffusion-models",
      "r-yangling0818-diffusion-models-papers-survey-taxonomy",
    ]);
  });

  it("lists a paper twice as one paper with two items", () => {
    expect(roadmap.papers.filter((p) => p.arxivId === "2312.00752")).toHaveLength(1);
    expect(refs(roadmap, "implictly-structured-parameters")).toContain("2312.00752");
    expect(refs(roadmap, "new-model-architectures")).toContain("2312.00752");
  });

  it("passes validation", () => {
    expect(() => validateRoadmap(roadmap, { file: "excerpt.md" })).not.toThrow();
  });
});

describe("readMarkdownRoadmap: every supported form", () => {
  const roadmap = parse(fixture("awesome-forms.md"));

  it("builds sections from ATX and setext headings, skipping 'Contents'", () => {
    expect(roadmap.roadmap.title).toBe("Awesome Efficient Models");
    expect(roadmap.sections.map((s) => [s.id, s.parent ?? null, s.line])).toEqual([
      ["awesome-efficient-models", null, 7],
      ["architectures", null, 13],
      ["sparse-models", "architectures", 15],
      ["efficient-transformers", "architectures", 21],
      ["benchmarks", null, 40],
    ]);
  });

  it("normalises arXiv ids of every link form", () => {
    expect(roadmap.papers.map((p) => p.arxivId).filter(Boolean)).toEqual(["1706.03762", "2101.03961", "hep-th/9901001", "2305.13245", "2006.16236", "2004.05150", "2011.04006"]);
    expect(paper(roadmap, "hep-th_9901001")).toMatchObject({ year: 1999, title: "Old-style paper" });
    // The year of the first public version (arXiv, January 2021); the venue keeps its own.
    expect(paper(roadmap, "2101.03961")).toMatchObject({ venue: "JMLR 2022", year: 2021, tag: "Switch" });
  });

  it("merges a prose mention and a list entry of the same paper", () => {
    expect(paper(roadmap, "1706.03762")).toMatchObject({ title: "Attention Is All You Need", tag: "MHA", line: 7 });
    expect(refs(roadmap, "awesome-efficient-models")).toEqual(["1706.03762"]);
    expect(refs(roadmap, "sparse-models")).toContain("1706.03762");
  });

  it("reads venues written after the link and awards in the title", () => {
    expect(paper(roadmap, "performer")).toMatchObject({ venue: "ICLR 2021", year: 2021, url: "https://openreview.net/forum?id=Ua6zuk0WRH" });
    expect(paper(roadmap, "deja-vu")).toMatchObject({ venue: "ICML 2023" });
    expect(section(roadmap, "efficient-transformers").items.find((i) => i.ref === "deja-vu")?.note).toBe("Oral");
  });

  it("handles groups, secondary links, HTML links, details and <br>", () => {
    const items = section(roadmap, "efficient-transformers").items;
    expect(items.map((i) => [i.ref, i.group ?? null])).toEqual([
      ["2006.16236", "Linear attention"],
      ["performer", "Linear attention"],
      ["2004.05150", "Sparse attention"],
      ["deja-vu", null],
      ["r-transformers-explained", "Tutorials"],
      ["r-the-illustrated-transformer", "Tutorials"],
    ]);
    expect(paper(roadmap, "2004.05150")?.codeUrl).toBe("https://github.com/allenai/longformer");
    const resources = Object.fromEntries(roadmap.resources.map((r) => [r.id, r]));
    expect(resources["r-transformers-explained"]).toMatchObject({ kind: "video", url: "https://www.youtube.com/watch?v=abc123" });
    expect(Object.keys(resources).some((id) => id.includes("longformer"))).toBe(false);
  });

  it("reads questions after a line that mentions questions", () => {
    expect(section(roadmap, "efficient-transformers").questions).toEqual([
      { en: "What does a linear attention kernel replace?", line: 37 },
      { en: "Why is sparse attention cheaper?", line: 38 },
    ]);
  });

  it("reads tables: title, venue, year and code columns", () => {
    expect(paper(roadmap, "2011.04006")).toMatchObject({ title: "Long Range Arena", venue: "ICLR 2021", year: 2020, line: 45, codeUrl: "https://github.com/google-research/long-range-arena" });
    expect(paper(roadmap, "efficient-transformers-a-survey")).toMatchObject({ venue: "ACM Computing Surveys 2022", isSurvey: true });
    expect(roadmap.resources.find((r) => r.id === "r-glue")?.title).toBe("GLUE");
  });

  it("uses bold lines as groups, resolves reference links and bare URLs, ignores code blocks and badges", () => {
    const items = section(roadmap, "benchmarks").items;
    expect(items.filter((i) => i.group === "Datasets").map((i) => i.ref)).toEqual(["r-the-pile", "r-c4-on-kaggle"]);
    const urls = roadmap.resources.map((r) => r.url);
    expect(urls).toContain("https://huggingface.co/blog/long-range-transformers");
    expect(urls).toContain("https://medium.com/@someone/efficient-models-1234");
    expect(urls.some((url) => url?.includes("shields.io") || url?.includes("awesome.re") || url?.includes("opensource.org"))).toBe(false);
    expect(roadmap.papers.some((p) => p.arxivId === "9999.99999")).toBe(false);
  });

  it("skips License sections and what is under them", () => {
    expect(roadmap.sections.some((s) => /licen/i.test(s.name))).toBe(false);
    expect(roadmap.resources.some((r) => /creativecommons|github\.com\/someone|example\.org\/licence/.test(r.url ?? ""))).toBe(false);
  });

  it("passes validation", () => {
    expect(() => validateRoadmap(roadmap, { file: "awesome-forms.md" })).not.toThrow();
  });
});

describe("readMarkdownRoadmap: structure rules and robustness", () => {
  it("warns about a table row with more cells than its header and reads it, or refuses it when strict", () => {
    const warnings: InputProblem[] = [];
    const roadmap = readMarkdownRoadmap(fixture("malformed-table.md"), { file: "test.md", roadmapId: "t", warn: (problem) => warnings.push(problem) });
    expect(warnings).toEqual([{ line: 8, message: "table row has 3 cells but the header (line 5) has 2: all its cells were read" }]);
    expect(roadmap.papers.map((p) => p.arxivId)).toEqual(["2001.00001", "2001.00002", "2001.00003"]);
    const error = (() => {
      try {
        readMarkdownRoadmap(fixture("malformed-table.md"), { file: "test.md", roadmapId: "t", strict: true });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RoadmapInputError);
    expect((error as RoadmapInputError).problems).toEqual([{ line: 8, message: "table row has 3 cells but the header (line 5) has 2" }]);
  });

  it("puts entries before any heading into an Introduction section", () => {
    const roadmap = parse("- [A paper](https://arxiv.org/abs/2001.00001)\n\n## Later\n- [B](https://arxiv.org/abs/2001.00002)\n## Again\n");
    expect(roadmap.sections.map((s) => s.name)).toEqual(["Introduction", "Later", "Again"]);
    expect(roadmap.roadmap.title).toBe("test");
  });

  it("treats several H1s as sections and makes section ids unique", () => {
    const roadmap = parse("# A\n## Tools\n- [x](https://x.org)\n# B\n## Tools\n## Tools\n");
    expect(roadmap.sections.map((s) => s.id)).toEqual(["a", "tools", "b", "b-tools", "b-tools-2"]);
  });

  it("dedupes resources by URL and papers by title", () => {
    const roadmap = parse("## S\n- [Tool A](https://github.com/a/b)\n- [Tool A again](https://github.com/a/b)\n- [Paper X (ICML 2020)](https://openreview.net/1)\n- [paper x](https://example.org/x.pdf)\n");
    expect(roadmap.resources).toHaveLength(1);
    expect(roadmap.papers).toHaveLength(1);
    // Listed twice in one section, each stays one item there (the first listing).
    expect(section(roadmap, "s").items).toEqual([
      { ref: "r-tool-a", line: 2 },
      { ref: "paper-x", line: 4 },
    ]);
    expect(roadmap.papers[0]).toMatchObject({ title: "Paper X", venue: "ICML 2020", url: "https://openreview.net/1" });
  });

  it("does not throw on arbitrary text", () => {
    const samples = ["", "\u0000\u0001", "[[[[[[", "](((((", "| a |\n|---|\n", "#", "######", "<h1>", "- \n  - \n", "[x](", "![a](b)", "`".repeat(10), "<!-- never closed", "*".repeat(100), "a\n===\n---\n"];
    let seed = 7;
    for (let n = 0; n < 200; n++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const alphabet = "[]()#-*|<>!:` \nab1.\\h";
      samples.push(Array.from({ length: 80 }, (_v, k) => alphabet[(seed >> (k % 24)) % alphabet.length]).join(""));
    }
    for (const text of samples) {
      try {
        const roadmap = parse(text);
        expect(roadmap.sections.length).toBeGreaterThan(0);
      } catch (error) {
        expect(error).toBeInstanceOf(RoadmapInputError);
      }
    }
  });
});
