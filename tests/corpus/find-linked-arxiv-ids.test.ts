import { describe, expect, it } from "vitest";
import { findLinkedArxivIds } from "./find-linked-arxiv-ids";

describe("findLinkedArxivIds", () => {
  it("counts link targets to arXiv in every form SOURCES.md names, once each, without versions", () => {
    const text = [
      "- [A](https://arxiv.org/abs/2305.13245v2) and [again](http://arxiv.org/pdf/2305.13245.pdf)",
      '<a href="https://arxiv.org/html/2411.02117v1">B</a>',
      "[C](https://doi.org/10.48550/arXiv.2206.04615) [old](https://arxiv.org/abs/hep-th/9901001)",
    ].join("\n");
    expect([...findLinkedArxivIds(text)].sort()).toEqual(["2206.04615", "2305.13245", "2411.02117", "hep-th/9901001"]);
  });

  it("ignores ids that are not link targets: images' src, plain text, other hosts", () => {
    const text = '<img src="https://arxiv.org/html/2411.02117v1/x1.png"> arXiv:1706.03762 [x](https://example.org/abs/2001.00001)';
    expect(findLinkedArxivIds(text).size).toBe(0);
  });
});
