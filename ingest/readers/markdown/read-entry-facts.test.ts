import { describe, expect, it } from "vitest";
import { cleanTitle, isGenericTitle, readAuthors, readVenueAndYear, titleFromLeadingText } from "./read-entry-facts";

describe("isGenericTitle", () => {
  it.each(["paper", "[pdf]", "arXiv", "Code", "link", "html", "project page", "May 2024", "[2023/05]", "16 Jul 2022", "2305.13245", "arXiv:2305.13245v2", "12", "this awesome blog", "Tweet"])(
    "%s names nothing",
    (text) => expect(isGenericTitle(text)).toBe(true),
  );
  it.each(["Attention Is All You Need", "GQA", "Network Morphism", "A"])("%s is a title", (text) => expect(isGenericTitle(text)).toBe(false));
});

describe("cleanTitle and titleFromLeadingText", () => {
  it("drops numbering, dates, emoji codes and outer punctuation", () => {
    expect(cleanTitle(":star: [2023/05] **Title of It.**")).toBe("Title of It");
    expect(cleanTitle("[image source]")).toBe("image source");
    expect(titleFromLeadingText("1) Ultra-Fast Diffusion Models  This paper introduces")).toBe("Ultra-Fast Diffusion Models");
    expect(titleFromLeadingText("Deformable Convolutional Networks (2017), J. Dai et al. ")).toBe("Deformable Convolutional Networks");
    expect(titleFromLeadingText("9) Imagine while Reasoning in Space - introduces MVoT")).toBe("Imagine while Reasoning in Space");
  });
});

describe("readVenueAndYear", () => {
  it("reads a venue with its year where a phrase ends, else a stated year", () => {
    expect(readVenueAndYear("ICLR Workshop 2018. [paper]")).toEqual({ venue: "ICLR Workshop 2018", year: 2018 });
    expect(readVenueAndYear(" (NeurIPS 2022) ")).toEqual({ venue: "NeurIPS 2022", year: 2022 });
    expect(readVenueAndYear("AI Open 2020.")).toEqual({ venue: "AI Open 2020", year: 2020 });
    expect(readVenueAndYear("arxiv 2022.")).toEqual({ year: 2022 });
    expect(readVenueAndYear("(2015), G. Hinton et al.")).toEqual({ year: 2015 });
    expect(readVenueAndYear("[May 2024] something")).toEqual({ year: 2024 });
    expect(readVenueAndYear("scores 85% on AIME 2024 and beats")).toEqual({});
  });
});

describe("readAuthors", () => {
  it("reads 'Given Family' lists and keeps et al.", () => {
    expect(readAuthors("Kevin Meng, David Bau, Alex Andonian, Yonatan Belinkov.")).toEqual(["Kevin Meng", "David Bau", "Alex Andonian", "Yonatan Belinkov"]);
    expect(readAuthors("Yunzhi Yao (Zhejiang University) et al. arXiv.".replace(/ arXiv\.$/, ""))).toEqual(["Yunzhi Yao", "et al."]);
    expect(readAuthors("G. Hinton et al.")).toEqual(["G. Hinton", "et al."]);
    // The names end with the sentence; the venue after it is no author's name.
    expect(readAuthors("Ana Diaz, Ben Ford. ECCV 2020.")).toEqual(["Ana Diaz", "Ben Ford"]);
    expect(readAuthors("J. R. Smith, A. B. Jones. NeurIPS")).toEqual(["J. R. Smith", "A. B. Jones"]);
  });
  it("leaves out what is not clearly a list of names", () => {
    expect(readAuthors("Simonyan, Karen, and Andrew Zisserman.")).toBeUndefined();
    expect(readAuthors("a new reasoning framework, proposed here")).toBeUndefined();
    expect(readAuthors("Mistral Large")).toBeUndefined();
  });
});
