import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findSeedStructure } from "./find-seed-structure";
import { parseSeedText } from "./parse-seed-text";
import type { Roadmap } from "./roadmap-schema";
import { validateRoadmap } from "./validate-roadmap";

const parse = (text: string) => parseSeedText(text, { file: "seed.txt", roadmapId: "seed" });
const section = (roadmap: Roadmap, id: string) => {
  const found = roadmap.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id} in ${roadmap.sections.map((s) => s.id).join(", ")}`);
  return found;
};
const titleOf = (roadmap: Roadmap, ref: string) => (roadmap.papers.find((p) => p.id === ref) ?? roadmap.resources.find((r) => r.id === ref))?.title;

describe("parseSeedText: excerpt of the seed", () => {
  const roadmap = parse(readFileSync(resolve(import.meta.dirname, "fixtures", "seed-excerpt.txt"), "utf8"));

  it("finds headings from the table of contents and decides areas vs subsections", () => {
    expect(roadmap.roadmap.title).toBe("Генеративная дорожная карта ИИ");
    expect(roadmap.sections.map((s) => [s.id, s.parent ?? null, s.line])).toEqual([
      ["fonovye-znaniya", null, 16],
      ["neyronnye-seti-vyvody-i-obuchenie", "fonovye-znaniya", 18],
      ["raznoobraznyy", "fonovye-znaniya", 35],
      ["bolshie-yazykovye-modeli-llms", null, 39],
      // the body says "Предварительная подготовка и создание": matched by shared word stems
      ["predvaritelnaya-podgotovka-i-tonkaya-nastroyka", "bolshie-yazykovye-modeli-llms", 43],
      ["otsenka", "bolshie-yazykovye-modeli-llms", 51],
      ["rabota-s-dlinnym-kontekstom", "bolshie-yazykovye-modeli-llms", 78],
      ["otkrytye-problemy", "bolshie-yazykovye-modeli-llms", 94],
      ["diffuzionnye-modeli", null, 113],
      ["diffuzionnye-modeli-otsenka", "diffuzionnye-modeli", 120],
      ["diffuzionnye-modeli-otkrytye-problemy", "diffuzionnye-modeli", 126],
    ]);
    expect(section(roadmap, "otsenka")).toMatchObject({ name: "Оценка", nameRu: "Оценка" });
  });

  it("reads question blocks, keeping the Russian text in en and ru", () => {
    const questions = section(roadmap, "neyronnye-seti-vyvody-i-obuchenie").questions;
    expect(questions).toHaveLength(6);
    expect(questions[0]).toEqual({ en: "Почему CNN работают лучше, чем MLP на изображениях?", ru: "Почему CNN работают лучше, чем MLP на изображениях?", line: 24 });
    expect(questions[5]?.line).toBe(34);
  });

  it("reads entries: venue papers, annotations and described resources", () => {
    const items = section(roadmap, "neyronnye-seti-vyvody-i-obuchenie").items;
    expect(items.map((i) => i.line)).toEqual([20, 21, 22, 28, 29, 30]);
    const resprop = roadmap.papers.find((p) => p.line === 30);
    expect(resprop).toMatchObject({ title: "RESPROP: повторно используйте разреженные обратные процессы", venue: "CVPR 2020", year: 2020 });
    expect(items[5]?.note).toBe("Раздел 3.1");
    expect(titleOf(roadmap, items[0]?.ref ?? "")).toBe("Многослойный персептрон (MLP)");
    expect(roadmap.resources.find((r) => r.title === "Автоматизированная интерпретация")).toMatchObject({ kind: "other", line: 68 });
    expect(section(roadmap, "otsenka").items.find((i) => i.line === 68)?.note).toMatch(/^код для автоматического/);
  });

  it("reads plain-line entries where the bullets were lost", () => {
    expect(section(roadmap, "raznoobraznyy").items.map((i) => i.line)).toEqual([36, 37, 38]);
    expect(roadmap.papers.find((p) => p.line === 37)).toMatchObject({ venue: "ICML 2024" });
  });

  it("finds groups and skips label and lost-link lines", () => {
    const items = section(roadmap, "otsenka").items;
    expect([...new Set(items.map((i) => i.group ?? null))]).toEqual(["Автоматические показатели оценки", "Наборы данных", "Инструменты анализа моделей", null]);
    const lines = items.map((i) => i.line);
    expect(lines).not.toContain(59); // "- Рейтинги человека : ..." is a description
    expect(lines).not.toContain(66); // "- Полный список можно найти здесь" lost its link
    expect(titleOf(roadmap, items[0]?.ref ?? "")).toBe("Bleu");
    const context = section(roadmap, "rabota-s-dlinnym-kontekstom").items;
    expect(context.map((i) => i.group)).toEqual([
      "Эффективные трансформаторы",
      "Эффективные трансформаторы",
      "Государственные космические модели",
      "Государственные космические модели",
      "Длина экстраполяция",
      "Длина экстраполяция",
      "Длина экстраполяция",
      "Долгосрочная память",
      "Долгосрочная память",
    ]);
  });

  it("does not list an area's explanatory bullets", () => {
    expect(section(roadmap, "diffuzionnye-modeli").items).toEqual([]);
    expect(section(roadmap, "diffuzionnye-modeli-otkrytye-problemy").items).toHaveLength(4);
    expect(roadmap.papers.filter((p) => p.isSurvey).length).toBeGreaterThanOrEqual(4);
  });

  it("passes validation", () => {
    expect(() => validateRoadmap(roadmap, { file: "seed-excerpt.txt" })).not.toThrow();
  });
});

describe("parseSeedText: other shapes", () => {
  it("without a table of contents, keeps everything in one section", () => {
    const roadmap = parse("Мой список\n- Статья один: о трансформерах (ICML 2020)\n- Инструмент - делает что-то\n");
    expect(roadmap.sections).toHaveLength(1);
    expect(roadmap.sections[0]).toMatchObject({ id: "moy-spisok", name: "Мой список" });
    expect(roadmap.papers).toHaveLength(1);
    expect(roadmap.resources).toHaveLength(1);
  });

  it("keeps a ToC entry whose heading is missing, without a line", () => {
    const structure = findSeedStructure(["Title", "Contents", "- Alpha", "- Beta", "Alpha", "Intro text.", "- Entry one of alpha", "Something else"]);
    expect(structure.sections.map((s) => [s.name, s.heading ?? null, s.topLevel])).toEqual([
      ["Alpha", 4, true],
      ["Beta", null, false],
    ]);
  });

  it("does not throw on arbitrary text", () => {
    for (const text of ["", "\n\n", "Таблица контента", "Таблица контента\n- a\n- a\n- a\na\na", "- вопросы:\n- ?", "x".repeat(5000)]) {
      expect(parse(text).sections.length).toBeGreaterThan(0);
    }
  });
});

const SEED = resolve(import.meta.dirname, "..", "../shared/seeds/000_17f2506cef02a7ea.txt");
const hasSeed = existsSync(SEED);

describe.runIf(hasSeed)("parseSeedText: the full seed (../shared/seeds)", () => {
  const roadmap = parse(hasSeed ? readFileSync(SEED, "utf8") : "");

  it("has the five areas with the same subsections as the English roadmap", () => {
    const top = roadmap.sections.filter((s) => !s.parent);
    expect(top.map((s) => s.name)).toEqual(["Фоновые знания", "Большие языковые модели (LLMS)", "Диффузионные модели", "Большие мультимодальные модели (LMMS)", "За пределами трансформаторов"]);
    expect(top.map((s) => roadmap.sections.filter((c) => c.parent === s.id).length)).toEqual([4, 11, 8, 3, 2]);
    expect(roadmap.sections.every((s) => s.line !== undefined)).toBe(true);
  });

  it("reads all questions and validates", () => {
    expect(roadmap.sections.flatMap((s) => s.questions)).toHaveLength(12);
    expect(roadmap.papers.length + roadmap.resources.length).toBeGreaterThan(150);
    expect(() => validateRoadmap(roadmap, { file: SEED })).not.toThrow();
  });
});

if (!hasSeed) it.skip(`full seed: ${SEED} not found`, () => undefined);
