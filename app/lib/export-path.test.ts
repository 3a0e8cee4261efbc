import { describe, expect, it } from "vitest";
import { detailedNode, node } from "./fixtures.test-support";
import { paperUrl, toMarkdownChecklist, withDetails } from "./export-path";

const attention = detailedNode("1706.03762", { title: "Attention Is All You Need", year: 2017, properties: { arxivId: "1706.03762", venue: "NeurIPS" } });
const bert = detailedNode("1810.04805", { title: "BERT: Pre-training of [Deep] Bidirectional Transformers", year: 2019, properties: { url: "https://aclanthology.org/N19-1423", venue: "NAACL" } });

describe("export path", () => {
  it("links to the paper's URL or else its arXiv page", () => {
    expect(paperUrl(attention)).toBe("https://arxiv.org/abs/1706.03762");
    expect(paperUrl(bert)).toBe("https://aclanthology.org/N19-1423");
    expect(paperUrl(detailedNode("x"))).toBeUndefined();
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

  it("exports a path's lean steps with the details fetched for them, in the path's order", () => {
    const steps = [
      { node: node(attention.id, { title: attention.title }), order: 1, depth: 1, reasons: [] },
      { node: node("gone", { title: "Removed meanwhile" }), order: 2, depth: 0, reasons: [] },
    ];
    const out = withDetails(steps, [bert, attention]);
    expect(out.map((step) => [step.order, step.node.id])).toEqual([[1, attention.id], [2, "gone"]]);
    expect(paperUrl(out[0]!.node)).toBe("https://arxiv.org/abs/1706.03762");
    // A node the details lack is exported as the path names it, without links.
    expect(out[1]!.node).toMatchObject({ title: "Removed meanwhile", properties: {} });
    expect(toMarkdownChecklist(bert, out)).toContain("- [ ] 2. Removed meanwhile");
  });
});
