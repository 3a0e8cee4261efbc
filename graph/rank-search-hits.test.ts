import { describe, expect, it } from "vitest";
import { expandSearchTerms } from "./expand-search-terms";
import { searchTerms } from "./build-lucene-query";
import { normaliseName, rankSearchHits, type SearchHit } from "./rank-search-hits";

const hit = (id: string, names: string[], extra: Partial<SearchHit> = {}): SearchHit => ({ id, names, notes: [], builtUponBy: 0, score: 1, exactId: false, year: 2020, ...extra });
const rank = (text: string, hits: SearchHit[]) => rankSearchHits(hits, { text, groups: expandSearchTerms(searchTerms(text)) }).map((h) => h.id);

// Scores as Lucene gave them for these listings of the bundled roadmap (notes score 10).
const keras = hit("keras-tutorial", ["Neural machine translation with a Transformer and Keras"], { notes: ["Attention layers in practice"], score: 10 });
const gqa = hit("gqa", ["GQA: Training Generalized Multi-Query Transformer Models", "GQA"], { notes: ["Grouped-Query Attention (GQA)"], score: 10, builtUponBy: 1 });
const mqa = hit("mqa", ["Fast Transformer Decoding: One Write-Head is All You Need", "MQA"], { notes: ["Multi-Query Attention (MQA)"], score: 10, builtUponBy: 3 });
const aft = hit("aft", ["An Attention Free Transformer", "AFT"], { score: 6.8 });
const transformer = hit("transformer", ["Attention Is All You Need", "Transformer"], { score: 6.4, builtUponBy: 30, year: 2017 });
const linear = hit("linear", ["Transformers are RNNs", "Linear Transformer"], { score: 3, builtUponBy: 1 });

describe("rankSearchHits", () => {
  it("puts the paper everything builds on above papers and tutorials that merely mention the word", () => {
    expect(rank("attention", [keras, gqa, mqa, aft, transformer])[0]).toBe("transformer");
    // Every one has the word somewhere; what matters more comes first, a mention last.
    expect(rank("attention", [keras, gqa, mqa, aft, transformer])).toEqual(["transformer", "mqa", "gqa", "keras-tutorial", "aft"]);
  });

  it("lets a typo find the important paper first", () => {
    expect(rank("transfromer", [linear, aft, transformer])[0]).toBe("transformer");
  });

  it("ranks exact titles, tags and aliases first, with or without the abbreviation", () => {
    expect(rank("multi-query attention", [transformer, gqa, mqa])[0]).toBe("mqa");
    expect(rank("MQA", [transformer, gqa, mqa])[0]).toBe("mqa");
    expect(rank("an attention free transformer", [transformer, aft])[0]).toBe("aft");
    expect(rank("gqa", [mqa, { ...gqa, score: 1 }])[0]).toBe("gqa");
  });

  it("puts exact ids above everything", () => {
    expect(rank("attention", [transformer, { ...aft, exactId: true }])[0]).toBe("aft");
  });

  it("counts a Russian query's English equivalents and Russian word forms as written", () => {
    const section = hit("section", ["Image Generation", "Генерация изображений"]);
    const other = hit("other", ["Video Diffusion Models"], { builtUponBy: 5 });
    expect(rank("изображениями", [other, section])[0]).toBe("section");
    expect(rank("диффузия", [section, other])[0]).toBe("other");
    // Written in the words typed beats written through the glossary's translation.
    const russianNamed = hit("diffusion-section", ["Diffusion Models", "Диффузионные модели"]);
    expect(rank("диффузия", [other, russianNamed])).toEqual(["diffusion-section", "other"]);
  });

  it("matches words from their beginning only, and breaks ties the same way every time", () => {
    const organ = hit("organ", ["Organ segmentation"], { builtUponBy: 9 });
    const gan = hit("gan", ["GAN"], { builtUponBy: 0 });
    expect(rank("gan", [organ, gan])[0]).toBe("gan");
    const a = hit("a", ["X model"]);
    const b = hit("b", ["X model"]);
    expect(rank("model", [b, a])).toEqual(rank("model", [a, b]));
  });
});

describe("normaliseName", () => {
  it("keeps letters and digits as single-spaced lowercase words", () => {
    expect(normaliseName("Grouped-Query  Attention (GQA)")).toBe("grouped query attention gqa");
    expect(normaliseName("Ёлка")).toBe("елка");
  });
});
