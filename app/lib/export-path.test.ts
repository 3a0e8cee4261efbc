import { describe, expect, it } from "vitest";
import { node } from "./fixtures.test-support";
import { paperUrl, toMarkdownChecklist } from "./export-path";

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
});
