import { describe, expect, it } from "vitest";
import { directForm, englishFor, expandSearchTerms } from "./expand-search-terms";

describe("expandSearchTerms", () => {
  it("gives Russian field terms their English names, in any case or number", () => {
    for (const word of ["трансформер", "трансформеры", "трансформеров", "трансформера"]) expect(englishFor(word)).toEqual(["transformer"]);
    for (const word of ["диффузия", "диффузии", "диффузионные", "диффузионная"]) expect(englishFor(word)).toEqual(["diffusion"]);
    for (const word of ["внимание", "внимания", "вниманием"]) expect(englishFor(word)).toEqual(["attention"]);
    expect(englishFor("самовнимание")).toEqual([]);
  });

  it("prefers the longest stem and folds ё", () => {
    expect(englishFor("дообучение")).toEqual(["finetuning", "tuning"]);
    expect(englishFor("обучение")).toEqual(["learning", "training"]);
    expect(englishFor("свёрточные")).toEqual(["convolutional"]);
  });

  it("keeps every term, adds equivalents only for Russian words", () => {
    expect(expandSearchTerms(["attention", "механизм", "внимания"])).toEqual([["attention"], ["механизм"], ["внимания", "attention"]]);
  });
});

describe("directForm", () => {
  it("cuts a long Russian word to its stem-like beginning, leaves others whole", () => {
    expect(directForm("изображениями")).toBe("изображени");
    expect(directForm("диффузия")).toBe("диффу");
    expect(directForm("видео")).toBe("видео");
    expect(directForm("transformers")).toBe("transformers");
  });
});
