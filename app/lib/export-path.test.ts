import { describe, expect, it } from "vitest";
import { node } from "./fixtures.test-support";
import { bibKey, paperUrl, toBibtex, toMarkdownChecklist } from "./export-path";

const attention = node("1706.03762", { title: "Attention Is All You Need", year: 2017, properties: { arxivId: "1706.03762", venue: "NeurIPS" } });
const bert = node("1810.04805", { title: "BERT: Pre-training of [Deep] Bidirectional Transformers", year: 2019, properties: { url: "https://aclanthology.org/N19-1423", venue: "NAACL" } });

describe("export path", () => {
  it("links to the paper's URL or else its arXiv page", () => {
    expect(paperUrl(attention)).toBe("https://arxiv.org/abs/1706.03762");
    expect(paperUrl(bert)).toBe("https://aclanthology.org/N19-1423");
    expect(paperUrl(node("x"))).toBeUndefined();
  });

  it("writes a numbered Markdown checklist with reasons said to be whose, and read boxes ticked", () => {
    const md = toMarkdownChecklist(bert, [
      {
        node: attention,
        order: 1,
        depth: 1,
        reasons: [
          { from: bert.id, fromLabel: "BERT", to: attention.id, reason: "Pre-trains a Transformer encoder." },
          { from: "x", fromLabel: "Later", to: attention.id, reason: null },
        ],
      },
      { node: bert, order: 2, depth: 0, reasons: [] },
    ], { [attention.id]: "read" });
    expect(md).toBe(
      [
        "# Reading path to BERT: Pre-training of [Deep] Bidirectional Transformers",
        "",
        "- [x] 1. [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (2017, NeurIPS)",
        "  - BERT builds on it: Pre-trains a Transformer encoder.",
        "  - Later builds on it",
        "- [ ] 2. [BERT: Pre-training of \\[Deep\\] Bidirectional Transformers](https://aclanthology.org/N19-1423) (2019, NAACL)",
        "",
      ].join("\n"),
    );
  });

  it("makes unique, readable citation keys", () => {
    const taken = new Set<string>();
    expect(bibKey(attention, taken)).toBe("attention2017");
    expect(bibKey(attention, taken)).toBe("attention2017a");
  });

  it("writes BibTeX for papers only, escaping special characters", () => {
    const tricky = node("t", { title: "Cost & {Speed}: 50% faster_models", year: 2024, properties: { arxivId: "2401.00001", venue: "arXiv" } });
    const bib = toBibtex([attention, tricky, node("s", { kind: "section" })]);
    expect(bib).toContain("@inproceedings{attention2017,\n  title = {Attention Is All You Need},\n  year = 2017,\n  booktitle = {NeurIPS},\n  eprint = {1706.03762}");
    expect(bib).toContain("@misc{cost2024,");
    expect(bib).toContain("title = {Cost \\& \\{Speed\\}: 50\\% faster\\_models}");
    expect(bib.match(/^@/gm)).toHaveLength(2);
    expect(toBibtex([])).toBe("");
  });
});
