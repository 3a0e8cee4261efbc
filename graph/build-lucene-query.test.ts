import { describe, expect, it } from "vitest";
import { arxivIdIn, buildLuceneQuery, escapeLucene, searchTerms } from "./build-lucene-query";

describe("searchTerms", () => {
  it("cuts text into lowercase analyzer-like terms, keeping version numbers whole", () => {
    expect(searchTerms("Grouped-Query Attention (GQA) v2.0!")).toEqual(["grouped", "query", "attention", "gqa", "v2.0"]);
    expect(searchTerms("Архитектура трансформатора")).toEqual(["архитектура", "трансформатора"]);
    expect(searchTerms("ＧＱＡ")).toEqual(["gqa"]);
    expect(searchTerms("*** ??? :::")).toEqual([]);
  });
});

describe("buildLuceneQuery", () => {
  it("matches each term exactly, as a prefix and fuzzily, with tags boosted", () => {
    expect(buildLuceneQuery("diffusion")).toEqual({
      all: "+(tag:diffusion^4 OR diffusion^2 OR diffusion* OR diffusion~2)",
      any: "(tag:diffusion^4 OR diffusion^2 OR diffusion* OR diffusion~2)",
      russian: null,
      groups: [["diffusion"]],
    });
  });

  it("lets a Russian term match its English equivalent too, and asks the Russian index for Russian words", () => {
    const query = buildLuceneQuery("диффузионные модели");
    expect(query?.groups).toEqual([
      ["диффузионные", "diffusion"],
      ["модели", "model"],
    ]);
    expect(query?.all).toBe(
      "+((tag:диффузионные^4 OR диффузионные^2 OR диффузионные* OR диффузионные~2) OR (tag:diffusion^4 OR diffusion^2 OR diffusion* OR diffusion~2)) " +
        "+((tag:модели^4 OR модели^2 OR модели* OR модели~1) OR (tag:model^4 OR model^2 OR model* OR model~1))",
    );
    expect(query?.russian).toEqual({ all: "+диффузионные +модели", any: "диффузионные модели" });
    expect(buildLuceneQuery("GQA внимание")?.russian).toEqual({ all: "+внимание", any: "внимание" });
  });

  it("leaves fuzziness out for short words and numbers", () => {
    expect(buildLuceneQuery("gqa 2023")?.any).toBe("(tag:gqa^4 OR gqa^2 OR gqa*) (tag:2023^4 OR 2023^2 OR 2023*)");
    expect(buildLuceneQuery("a")?.any).toBe("(tag:a^4 OR a^2)");
  });

  it("never passes Lucene syntax through", () => {
    const query = buildLuceneQuery('title:foo AND (bar OR "baz") -qux ~ ^ \\ / [x TO y]');
    expect(query?.any).not.toMatch(/title:|"|\[| TO |\\/);
    expect(buildLuceneQuery("?!*")).toBeNull();
    expect(escapeLucene('a+b-c:d"e')).toBe('a\\+b\\-c\\:d\\"e');
  });

  it("caps the number of terms", () => {
    const many = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    expect(buildLuceneQuery(many)?.all.match(/\+\(/g)).toHaveLength(12);
  });
});

describe("arxivIdIn", () => {
  it.each([
    ["2305.13245", "2305.13245"],
    ["arXiv:2305.13245v3", "2305.13245"],
    ["https://arxiv.org/pdf/1706.03762.pdf", "1706.03762"],
    ["https://arxiv.org/abs/1911.02150v1", "1911.02150"],
    ["cs/0112017", "cs/0112017"],
    ["attention", null],
    ["2305.13245 and more", null],
  ])("%s -> %s", (text, expected) => {
    expect(arxivIdIn(text)).toBe(expected);
  });
});
