import { describe, expect, it } from "vitest";
import { arxivIdFromUrl, normalizeArxivId, paperId, safeDecode, slugifyName, transliterate, yearFromArxivId } from "./ids";

describe("arXiv ids", () => {
  it.each([
    ["https://arxiv.org/abs/1706.03762", "1706.03762"],
    ["https://arxiv.org/pdf/1706.03762.pdf", "1706.03762"],
    ["https://arxiv.org/pdf/2305.13245v3", "2305.13245"],
    ["https://arxiv.org/pdf/1911.02150v1.pdf", "1911.02150"],
    ["https://arxiv.org/pdf/2104.08691.pdf?trk=public_post_comment-text", "2104.08691"],
    ["https://arxiv.org/pdf/2101.00190.pdf%EF%BC%89", "2101.00190"],
    ["http://export.arxiv.org/abs/2305.13245", "2305.13245"],
    ["https://arxiv.org/abs/hep-th/9901001v2", "hep-th/9901001"],
    ["https://arxiv.org/abs/math.GT/0309136", "math.GT/0309136"],
    ["https://arxiv.org/abs/%E0%A4%A", undefined],
    ["https://github.com/a/1706.03762", undefined],
  ])("%s -> %s", (url, id) => {
    expect(arxivIdFromUrl(url)).toBe(id);
  });

  it("normalises bare ids", () => {
    expect(normalizeArxivId("arXiv:1911.02150v1")).toBe("1911.02150");
    expect(normalizeArxivId("2305.13245.pdf")).toBe("2305.13245");
  });

  it("dates an id by its yymm", () => {
    expect(yearFromArxivId("1706.03762")).toBe(2017);
    expect(yearFromArxivId("2405.21060")).toBe(2024);
    expect(yearFromArxivId("hep-th/9901001")).toBe(1999);
    expect(yearFromArxivId("cs/0112017")).toBe(2001);
    expect(yearFromArxivId("nonsense")).toBeUndefined();
  });

  it("makes old-style ids valid slugs", () => {
    expect(paperId("x", "2305.13245")).toBe("2305.13245");
    expect(paperId("x", "hep-th/9901001")).toBe("hep-th_9901001");
    expect(paperId("x", "math.GT/0309136")).toBe("math.gt_0309136");
    expect(paperId("Attention Is All You Need")).toBe("attention-is-all-you-need");
  });
});

describe("names in other scripts", () => {
  it("transliterates Russian for ids", () => {
    expect(transliterate("Оценка")).toBe("otsenka");
    expect(slugifyName("Большие языковые модели (LLMS)")).toBe("bolshie-yazykovye-modeli-llms");
    expect(slugifyName("Фоновые знания")).toBe("fonovye-znaniya");
    expect(slugifyName("Attention")).toBe("attention");
  });

  it("decodes URLs without throwing", () => {
    expect(safeDecode("%E2%9C%93")).toBe("✓");
    expect(safeDecode("%E0%A4%A")).toBe("%E0%A4%A");
  });
});
