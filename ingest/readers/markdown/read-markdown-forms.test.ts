/**
 * Entry forms the corpus of real awesome-lists uses, each on a small excerpt written for the
 * test (not copied from the lists): what paper, title, year, venue, authors and links come out.
 */
import { describe, expect, it } from "vitest";
import type { InputProblem } from "../../input-error";
import type { Roadmap } from "../../roadmap-schema";
import { readMarkdownRoadmap } from "./read-markdown-roadmap";

function read(text: string) {
  const warnings: InputProblem[] = [];
  const roadmap = readMarkdownRoadmap(text, { file: "t.md", roadmapId: "t", warn: (problem) => warnings.push(problem) });
  return { roadmap, warnings };
}
const byArxiv = (roadmap: Roadmap, id: string) => roadmap.papers.find((paper) => paper.arxivId === id);

describe("readMarkdownRoadmap: entry forms", () => {
  it("a bullet with the title in bold, authors in italics and [[paper](url)] after it", () => {
    const { roadmap } = read("## Agents\n- [2023/05] **Tool Makers for Models.** *Ann Lee, Bo Chen et al. arXiv.* [[paper](https://arxiv.org/abs/2305.17126)] [[code](https://github.com/x/y)] [[project page](https://x.github.io/y)]\n");
    expect(byArxiv(roadmap, "2305.17126")).toMatchObject({ title: "Tool Makers for Models", year: 2023, authors: ["Ann Lee", "Bo Chen", "et al."], codeUrl: "https://github.com/x/y", projectUrl: "https://x.github.io/y" });
    expect(roadmap.resources).toEqual([]);
  });

  it("a bold short name followed by a colon and the rest of the title, in a list and in a table", () => {
    const { roadmap } = read(
      "## Vision\n- **Patch Mixer**: Mixing Image Patches with Plain Layers. ECCV 2022. [[paper](https://arxiv.org/abs/2205.00001)]\n" +
        "- **Grid Nets:** a fast baseline [[paper](https://arxiv.org/abs/2205.00003)]\n\n" +
        "| Title | Venue | Paper |\n|---|---|---|\n| **Window Former**: Shifted Windows for Dense Vision | ICCV 2021 | [arXiv](https://arxiv.org/abs/2205.00002) |\n",
    );
    expect(byArxiv(roadmap, "2205.00001")).toMatchObject({ title: "Patch Mixer: Mixing Image Patches with Plain Layers", venue: "ECCV 2022" });
    expect(byArxiv(roadmap, "2205.00002")).toMatchObject({ title: "Window Former: Shifted Windows for Dense Vision", venue: "ICCV 2021" });
    // A description after the colon (lower case) is not part of the title.
    expect(byArxiv(roadmap, "2205.00003")?.title).toBe("Grid Nets");
  });

  it("a bare URL after the title: the words before it are the title, not the URL", () => {
    const { roadmap } = read("## Speech\n* Conv Speech Nets: Convolutions for Speech Recognition (Doe et al., 2020) https://arxiv.org/abs/2005.00004\n");
    expect(byArxiv(roadmap, "2005.00004")).toMatchObject({ title: "Conv Speech Nets: Convolutions for Speech Recognition", year: 2020 });
  });

  it("a numbered paragraph entry: **[N]** authors, quoted title, venue and year, [[pdf]]", () => {
    const { roadmap } = read('## Basics\n\n**[7]** Doe, Jane, et al. "**A Deep Thing for Images**." Nature 521 (2015). [[pdf]](https://example.org/files/deep.pdf) **(Classic)** :star:\n');
    expect(roadmap.papers).toMatchObject([{ title: "A Deep Thing for Images", year: 2015, url: "https://example.org/files/deep.pdf" }]);
  });

  it("paragraph entries over several lines joined by a backslash, and two in one paragraph split at <br>", () => {
    const { roadmap } = read(
      "## Diffusion\n\n**Blur Models for Images** \\\n*Ana Diaz, Ben Ford* \\\narxiv 2022. [[Paper](https://arxiv.org/abs/2207.11192)] [[Github](https://github.com/a/b)] \\\n16 Jul 2022\n\n" +
        "[First Paper](https://arxiv.org/abs/2101.00001)<br>[Second Paper](https://arxiv.org/abs/2101.00002v2)\n",
    );
    expect(byArxiv(roadmap, "2207.11192")).toMatchObject({ title: "Blur Models for Images", year: 2022, authors: ["Ana Diaz", "Ben Ford"], codeUrl: "https://github.com/a/b" });
    expect(roadmap.papers.map((p) => p.title)).toEqual(["Blur Models for Images", "First Paper", "Second Paper"]);
  });

  it("table rows: the title column by its header, several named papers in one cell, extra cells salvaged", () => {
    const { roadmap, warnings } = read(
      "## Tables\n| Date | Keywords | Paper |\n|---|---|---|\n| 2017-06 | Transformers | [Attention Is All You Need](https://arxiv.org/pdf/1706.03762.pdf) |\n\n" +
        "| Task | Papers |\n|---|---|\n| **Privacy** | [PrivQA](https://arxiv.org/abs/2310.02224), [Sanitation](https://arxiv.org/pdf/2309.11852.pdf) | [//]: #x |\n",
    );
    expect(byArxiv(roadmap, "1706.03762")).toMatchObject({ title: "Attention Is All You Need", tag: "Transformers", year: 2017 });
    expect(byArxiv(roadmap, "2310.02224")?.title).toBe("PrivQA");
    expect(byArxiv(roadmap, "2309.11852")?.title).toBe("Sanitation");
    expect(warnings).toEqual([{ line: 8, message: "table row has 3 cells but the header (line 6) has 2: all its cells were read" }]);
  });

  it("a table row whose title links to code and whose paper link says 'paper'", () => {
    const { roadmap } = read("| Title & Authors | Links |\n|:--|:--|\n| [![Star](https://img.shields.io/github/stars/a/b.svg)](https://github.com/a/b) <br> :star: [Pruning Big Models](https://github.com/a/b) <br> Eve Stone, Max Power | [Github](https://github.com/a/b) [paper](https://arxiv.org/abs/2301.00774) |\n");
    expect(byArxiv(roadmap, "2301.00774")).toMatchObject({ title: "Pruning Big Models", authors: ["Eve Stone", "Max Power"], codeUrl: "https://github.com/a/b" });
  });

  it("HTML tables, <details> groups and nested lists as groups", () => {
    const { roadmap } = read(
      "## Mixed\n<table><tr><th>Paper</th><th>Venue</th></tr><tr><td><a href=\"https://openreview.net/forum?id=abc\">Open Review Paper</a></td><td>ICLR 2021</td></tr></table>\n\n" +
        "<details>\n<summary>Milestones</summary>\n\n- [Milestone Paper](https://arxiv.org/abs/2001.08361)\n\n</details>\n\n- Attention variants\n  - [Nested Paper](https://arxiv.org/abs/1911.02150)\n",
    );
    expect(roadmap.papers.find((p) => p.title === "Open Review Paper")).toMatchObject({ venue: "ICLR 2021", url: "https://openreview.net/forum?id=abc" });
    const items = roadmap.sections[0]?.items ?? [];
    expect(items.find((item) => item.ref === "2001.08361")?.group).toBe("Milestones");
    expect(items.find((item) => item.ref === "1911.02150")?.group).toBe("Attention variants");
  });

  it("every arXiv link form, DOIs and arXiv:ID in the text; one paper however often it is listed", () => {
    const { roadmap } = read(
      "## Links\n- [One](https://arxiv.org/pdf/2305.13245v3.pdf)\n- [One again](https://arxiv.org/abs/2305.13245)\n- [Two](https://doi.org/10.48550/arXiv.2206.04615)\n" +
        "- [Three](https://arxiv.org/html/2411.02117v1)\n- **Four Paper.** arXiv preprint arXiv:1409.1556 (2014). [[pdf]](https://www.robots.ox.ac.uk/~x/four.pdf)\n- [Five](https://doi.org/10.18653/V1/N19-1423)\n",
    );
    expect(roadmap.papers.map((p) => [p.title, p.arxivId ?? p.doi])).toEqual([
      ["One", "2305.13245"],
      ["Two", "2206.04615"],
      ["Three", "2411.02117"],
      ["Four Paper", "1409.1556"],
      ["Five", "10.18653/v1/n19-1423"],
    ]);
  });

  it("never a generic title: a date or 'paper' alone leaves the paper out, with a warning", () => {
    const { roadmap, warnings } = read("## S\n- [May 2024] [paper](https://arxiv.org/abs/2405.00001)\n- [Named](https://arxiv.org/abs/2405.00002)\n");
    expect(roadmap.papers.map((p) => p.title)).toEqual(["Named"]);
    expect(warnings).toEqual([{ line: 2, message: "no title for https://arxiv.org/abs/2405.00001 (its entries name it only with link words, dates or ids): the paper was skipped" }]);
  });

  it("a later listing names a paper an earlier one left untitled or named by a sentence's words", () => {
    const { roadmap, warnings } = read("Intro: papers on [editing](https://arxiv.org/abs/2305.13172) and [this](https://arxiv.org/abs/2001.00001).\n\n## S\n- [Editing Large Models: A Survey](https://arxiv.org/abs/2305.13172)\n- [Real Title](https://arxiv.org/abs/2001.00001)\n");
    expect(roadmap.papers.map((p) => p.title)).toEqual(["Editing Large Models: A Survey", "Real Title"]);
    expect(warnings).toEqual([]);
  });

  it("a link that is not a paper stays a resource", () => {
    const { roadmap } = read("## Tools\n- [LangChain](https://github.com/langchain-ai/langchain) - a framework\n- [Deep Learning Course](https://www.coursera.org/learn/dl)\n");
    expect(roadmap.papers).toEqual([]);
    expect(roadmap.resources.map((r) => [r.title, r.kind])).toEqual([
      ["LangChain", "repository"],
      ["Deep Learning Course", "course"],
    ]);
  });

  it("broken links are skipped with a warning; --strict refuses the file at the first", () => {
    const text = "## S\n- [Fine](https://arxiv.org/abs/2001.00001)\n- [Empty]()\n- [Cut](https://arxiv.org/abs/1810.0)\n";
    const { roadmap, warnings } = read(text);
    expect(roadmap.papers.map((p) => p.arxivId)).toEqual(["2001.00001"]);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [3, "broken link: [Empty]() has no target: the link was skipped"],
      [4, "broken link: [Cut](https://arxiv.org/abs/1810.0) is an arXiv link without an arXiv id: the link was skipped"],
    ]);
    expect(() => readMarkdownRoadmap(text, { file: "t.md", roadmapId: "t", strict: true })).toThrow(/^t\.md:3: broken link: \[Empty\]\(\) has no target$/);
  });
});
