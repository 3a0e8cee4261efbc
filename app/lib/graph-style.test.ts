import { describe, expect, it } from "vitest";
import { AREA_PALETTE, NEUTRAL, areaColor, buildStylesheet, edgeLook } from "./graph-style";
import { translate, sectionName } from "./i18n";

describe("graph style", () => {
  it("colours areas in roadmap order and unknown areas stably", () => {
    expect(areaColor("b", ["a", "b"])).toBe(AREA_PALETTE[1]);
    expect(areaColor(null, ["a"])).toBe(NEUTRAL);
    expect(areaColor("other", ["a"])).toBe(areaColor("other", ["a"]));
  });

  it("styles each relation type differently", () => {
    expect(edgeLook("BUILDS_ON", "light")).toMatchObject({ style: "solid", arrow: true });
    expect(edgeLook("SAME_TOPIC", "light")).toMatchObject({ style: "dashed", arrow: false });
    expect(edgeLook("SURVEYS", "dark").style).toBe("dotted");
  });

  it("builds a stylesheet whose generic edge rule comes before the specific ones", () => {
    const sheet = buildStylesheet("dark", ["a", "b"]) as { selector: string }[];
    const generic = sheet.findIndex((r) => r.selector === "edge");
    const builds = sheet.findIndex((r) => r.selector === "edge[type = 'BUILDS_ON']");
    expect(generic).toBeGreaterThanOrEqual(0);
    expect(generic).toBeLessThan(builds);
    expect(sheet.some((r) => r.selector === 'node[area = "b"]')).toBe(true);
  });

  it("draws big views with plain edges and landmark labels only", () => {
    const small = buildStylesheet("light", []) as { selector: string; style: Record<string, unknown> }[];
    const large = buildStylesheet("light", [], true) as { selector: string; style: Record<string, unknown> }[];
    expect(small.some((r) => r.style["curve-style"] === "haystack")).toBe(false);
    expect(large.some((r) => r.selector === "edge" && r.style["curve-style"] === "haystack")).toBe(true);
    expect(large.some((r) => r.selector.includes("builtUponBy >= 5") && r.style.label === "data(label)")).toBe(true);
  });
});

describe("i18n", () => {
  it("translates, falls back to English and fills placeholders", () => {
    expect(translate("ru", "Explore")).toBe("Обзор");
    expect(translate("en", "Explore")).toBe("Explore");
    expect(translate("ru", "no such key")).toBe("no such key");
    expect(translate("ru", "Show {n} more", { n: 5 })).toBe("Показать ещё 5");
  });

  it("uses the Russian section name when there is one", () => {
    expect(sectionName({ name: "Prompting", nameRu: "Промптинг" }, "ru")).toBe("Промптинг");
    expect(sectionName({ name: "Prompting", nameRu: null }, "ru")).toBe("Prompting");
    expect(sectionName({ name: "Prompting", nameRu: "Промптинг" }, "en")).toBe("Prompting");
  });
});
