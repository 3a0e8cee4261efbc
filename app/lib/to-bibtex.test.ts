import { describe, expect, it } from "vitest";
import { attention, detailedNode as node, gqa, lstm } from "./fixtures.test-support";
import { citationKey, toBibtex } from "./to-bibtex";

describe("citationKey", () => {
  it("is family name, year and the title's first word that says something, unique", () => {
    const taken = new Set<string>();
    expect(citationKey(attention, "Vaswani", taken)).toBe("vaswani2017attention");
    expect(citationKey(attention, "Vaswani", taken)).toBe("vaswani2017attentiona");
    expect(citationKey(node("x", { title: "On the Opportunities and Risks", year: 2021 }), "Bommasani", taken)).toBe("bommasani2021opportunities");
    expect(citationKey(node("y", { title: "Über Lärm", year: 2020 }), "Müller", taken)).toBe("muller2020uber");
    expect(citationKey(node("z", { title: "Attention Is All You Need", year: 2017 }), undefined, taken)).toBe("attention2017");
  });
});

describe("toBibtex", () => {
  it("writes authors, keys, venue, DOI and eprint/archivePrefix for arXiv, papers only", async () => {
    const bib = await toBibtex([attention, lstm, gqa, node("s", { kind: "section" })]);
    expect(bib.match(/^@\w+\{/gm)).toEqual(["@inproceedings{", "@inproceedings{", "@misc{"]);
    expect(bib).toContain("@inproceedings{vaswani2017attention,\n");
    expect(bib).toContain("  author = {Vaswani, Ashish and Shazeer, Noam and Kaiser, \\L{}ukasz},\n");
    expect(bib).toContain("  booktitle = {NeurIPS},\n");
    expect(bib).toContain("  eprint = {1706.03762},\n  archivePrefix = {arXiv},\n");
    expect(bib).toContain("@inproceedings{hochreiter1997long,\n");
    expect(bib).toContain("  doi = {10.1162/neco.1997.9.8.1735},\n");
    expect(bib).toContain("@misc{ainslie2023gqa,\n");
    expect(bib).not.toMatch(/booktitle = \{arXiv/);
    expect(await toBibtex([node("s", { kind: "section" })])).toBe("");
  });

});
