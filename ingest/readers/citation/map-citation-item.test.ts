import { describe, expect, it } from "vitest";
import { mapCitationItem, splitGroups } from "./map-citation-item";

const title = "Attention Is All You Need";

describe("mapCitationItem: the arXiv id, wherever the exporter put it", () => {
  it.each([
    ["BibTeX eprint + archivePrefix", {}, { eprint: "1706.03762v5", eprintType: "arXiv" }],
    ["BibLaTeX eprint without a type", {}, { eprint: "arXiv:1706.03762" }],
    ["Google Scholar's journal", { "container-title": "arXiv preprint arXiv:1706.03762" }, {}],
    ["Zotero's number", { number: "arXiv:1706.03762" }, {}],
    ["archive + number", { archive: "arXiv", number: "1706.03762" }, {}],
    ["the arXiv DOI", { DOI: "10.48550/arXiv.1706.03762" }, {}],
    ["DBLP's CoRR volume", { "container-title": "CoRR", volume: "abs/1706.03762" }, {}],
    ["an arXiv URL", { URL: "https://arxiv.org/pdf/1706.03762v7.pdf" }, {}],
  ])("%s", (_name, fields, extras) => {
    const { entry, problems } = mapCitationItem({ title, ...fields }, extras);
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ kind: "paper", arxivId: "1706.03762", url: "https://arxiv.org/abs/1706.03762", year: 2017 });
  });

  it("reads old-style ids and ignores an eprint of another kind", () => {
    expect(mapCitationItem({ title }, { eprint: "hep-th/9901001", eprintType: "arxiv" }).entry).toMatchObject({ arxivId: "hep-th/9901001", year: 1999 });
    expect(mapCitationItem({ title }, { eprint: "31452104", eprintType: "pubmed" }).entry).not.toHaveProperty("arxivId");
  });

  it("drops a preprint venue but keeps a real one, with the venue's own year when it differs", () => {
    const bert = mapCitationItem({ title: "BERT", "container-title": "NAACL", issued: { "date-parts": [[2019, 6]] }, URL: "https://arxiv.org/abs/1810.04805" }).entry;
    expect(bert).toMatchObject({ year: 2018, venue: "NAACL 2019" });
    expect(mapCitationItem({ title, "container-title": "CoRR", issued: { "date-parts": [[2017]] } }).entry).not.toHaveProperty("venue");
    expect(mapCitationItem({ title, "event-title": "NeurIPS 2017", issued: { "date-parts": [[2017]] } }).entry).toMatchObject({ venue: "NeurIPS 2017", year: 2017 });
  });
});

describe("mapCitationItem: fields", () => {
  it("normalises DOIs (resolver and case) and warns about a DOI that is none", () => {
    expect(mapCitationItem({ title, DOI: "doi:10.1109/CVPR.2016.90" }).entry).toMatchObject({ doi: "10.1109/cvpr.2016.90" });
    expect(mapCitationItem({ title, DOI: "https://doi.org/10.1162/neco.1997.9.8.1735" }).entry).toMatchObject({
      doi: "10.1162/neco.1997.9.8.1735",
      url: "https://doi.org/10.1162/neco.1997.9.8.1735",
    });
    const bad = mapCitationItem({ title, DOI: "see publisher" });
    expect(bad.problems).toEqual(['DOI "see publisher" is not a DOI (10.prefix/suffix); DOI ignored']);
    expect(bad.entry).not.toHaveProperty("doi");
  });

  it("reads years from date parts, strings and raw dates, and warns about the rest", () => {
    expect(mapCitationItem({ title, issued: { "date-parts": [["2017", "12"]] } }).entry).toMatchObject({ year: 2017 });
    expect(mapCitationItem({ title, issued: { raw: "June 2017" } }).entry).toMatchObject({ year: 2017 });
    const bad = mapCitationItem({ title, issued: { literal: "forthcoming" } });
    expect(bad.problems).toEqual(['year "forthcoming" is not a year from 1900 to 2100; year ignored']);
    expect(bad.entry).not.toHaveProperty("year");
  });

  it("writes authors as people write them, particles and institutions included", () => {
    const { entry } = mapCitationItem({
      title,
      author: [{ given: "Michiel", "non-dropping-particle": "de", family: "Jong" }, { literal: "OpenAI" }, { family: "Shazeer", given: " Noam " }, {}],
    });
    expect(entry).toMatchObject({ authors: ["Michiel de Jong", "OpenAI", "Noam Shazeer"] });
  });

  it("skips an entry without a title, and ignores an address that is not http(s)", () => {
    expect(mapCitationItem({ title: "  ", DOI: "10.1/x" })).toEqual({ problems: ["entry has no title; entry skipped"] });
    const ftp = mapCitationItem({ title, URL: "ftp://example.org/paper.pdf" });
    expect(ftp.problems).toEqual(['URL "ftp://example.org/paper.pdf" is not an http(s) address; URL ignored']);
    expect(ftp.entry).not.toHaveProperty("url");
  });

  it("keeps software, datasets, posts and books as resources unless they are papers", () => {
    expect(mapCitationItem({ title: "Transformers", type: "software", URL: "https://github.com/huggingface/transformers" }).entry).toEqual({
      kind: "resource", resourceKind: "repository", title: "Transformers", url: "https://github.com/huggingface/transformers", groups: [],
    });
    expect(mapCitationItem({ title: "Deep Learning", type: "book" }).entry).toMatchObject({ kind: "resource", resourceKind: "book" });
    expect(mapCitationItem({ title: "A blog", type: "webpage", URL: "https://lilianweng.github.io/posts/x" }).entry).toMatchObject({ kind: "resource" });
    expect(mapCitationItem({ title: "An OpenReview page", type: "webpage", URL: "https://openreview.net/forum?id=abc" }).entry).toMatchObject({ kind: "paper" });
    expect(mapCitationItem({ title: "A preprint as a post", type: "post", URL: "https://arxiv.org/abs/2001.00001" }).entry).toMatchObject({ kind: "paper" });
  });
});

describe("splitGroups", () => {
  it("splits keywords on commas and semicolons, keeping the first spelling of each", () => {
    expect(splitGroups("Transformers; efficient inference, transformers ,, ")).toEqual(["Transformers", "efficient inference"]);
    expect(splitGroups(undefined)).toEqual([]);
  });

  it("takes BibTeX groups over keywords", () => {
    expect(mapCitationItem({ title, keyword: "a, b" }, { groups: "Reading group" }).entry?.groups).toEqual(["Reading group"]);
  });
});
