import { describe, expect, it } from "vitest";
import { findBrokenLinks } from "./find-broken-links";

const messages = (text: string) => findBrokenLinks(text, 7).map((problem) => `${problem.line}: ${problem.message}`);

describe("findBrokenLinks", () => {
  it("finds unclosed, empty, non-URL and id-less arXiv links, with the line", () => {
    expect(messages("- [BERT](https://arxiv.org/abs/1810.04805")).toEqual(['7: broken link: [BERT](https://arxiv.org/abs/1810.04805 is never closed (a ")" is missing)']);
    expect(messages("- [BERT(https://arxiv.org/abs/1810.04805)")).toEqual(['7: broken link: [BERT(https://arxiv.org/abs/1810.04805) has no closing "]"']);
    expect(messages("- [Nothing]()")).toEqual(["7: broken link: [Nothing]() has no target"]);
    expect(messages("- [Typo](htps//example.org) [Scheme](ht!tp://example.org)")).toEqual(["7: broken link: [Scheme](ht!tp://example.org) does not point at a valid URL"]);
    expect(messages("- [Cut](https://arxiv.org/abs/1810.0)")).toEqual(["7: broken link: [Cut](https://arxiv.org/abs/1810.0) is an arXiv link without an arXiv id"]);
  });

  it("accepts what awesome lists really hold", () => {
    for (const line of [
      "- [Attention](https://arxiv.org/abs/1706.03762v5) [[code](https://github.com/a/b)]",
      "- [Wiki](https://en.wikipedia.org/wiki/Transformer_(deep_learning_architecture))",
      "- [Intro](#introduction) and [relative](docs/readme.md)",
      "![badge](https://img.shields.io/badge/x-y-green) text",
      "`[not a link](` in code, and [mail](mailto:someone@example.org)",
      "- [PDF](https://arxiv.org/pdf/2305.13245v3 \"title\")",
      "[CLIP] Learning Transferable Visual Models (ICML 2021)",
    ]) {
      expect(messages(line), line).toEqual([]);
    }
  });
});
