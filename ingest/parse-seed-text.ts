/**
 * The seed's plain-text form -> Roadmap (Russian, no links, no Markdown). Structure comes from
 * find-seed-structure.ts; this module reads each section's body:
 * - "- text" lines are entries; a paper when the text has "(Venue 2021)" or reads like a paper
 *   title ("Name: subtitle", or five words or more without a " - description"), else a
 *   resource of kind "other" (without URLs there is nothing better to go on);
 * - trailing "[...]" annotations become the tag or note, as in Markdown;
 * - a line ending in "вопросы:" / "questions:" starts a question block: its "- ...?" lines are
 *   questions. The text is stored as given in `en` (the schema requires it) and also in `ru`
 *   when it is Russian, so the Russian text is never lost if `en` is later translated;
 * - groups: "Head : description:" lines (a bold label that lost its "**"), and runs of bullets
 *   that alternate a short label ("- Галлюцинация") with the entries under it;
 * - names keep the ToC's wording, in `name` and, when Russian, in `nameRu`.
 */
import { createRoadmapBuilder } from "./build-roadmap";
import {
  findSeedStructure,
  isBoldLabel,
  isExplanatory,
  isLostLinkSentence,
  isPlainEntry,
  SEED_BULLET,
  type SeedSection,
} from "./find-seed-structure";
import { type Annotation, clip, mergeAnnotations, readAnnotation, readPaperTitle } from "./read-annotation";
import type { Roadmap } from "./roadmap-schema";

export type SeedOptions = { file: string; roadmapId: string; title?: string | undefined };

const CYRILLIC = /[\u0400-\u04ff]/;
const QUESTIONS = /(вопрос[а-яё]*|questions?)\s*:\s*$/i;
const russian = (text: string) => (CYRILLIC.test(text) ? text : undefined);

export function parseSeedText(text: string, options: SeedOptions): Roadmap {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const structure = findSeedStructure(lines);
  const builder = createRoadmapBuilder({
    id: options.roadmapId,
    title: options.title ?? structure.title ?? options.roadmapId,
    source: options.file.split(/[\\/]/).pop() ?? options.file,
  });
  let area: string | undefined;
  for (const section of structure.sections) {
    const id = builder.addSection({
      name: section.name,
      nameRu: russian(section.name),
      parent: section.topLevel ? undefined : area,
      line: section.heading !== undefined ? section.heading + 1 : undefined,
    });
    if (section.topLevel) area = id;
    readBody(lines, section, (kind, payload) => {
      if (kind === "question") builder.addQuestion(id, { en: payload.text, ru: russian(payload.text), line: payload.line });
      else addEntry(builder, id, payload);
    });
  }
  return builder.build();
}

type Found = { text: string; line: number; group?: string | undefined };

/** Bullet indexes that are group labels: runs like "- Label", "- entry", "- Label", "- entry". */
function groupLabels(lines: readonly string[], start: number, end: number): Set<number> {
  const labels = new Set<number>();
  let i = start;
  while (i < end) {
    if (!SEED_BULLET.test(lines[i] ?? "")) {
      i++;
      continue;
    }
    const run: number[] = [];
    for (; i < end && SEED_BULLET.test(lines[i] ?? ""); i++) run.push(i);
    const isLabel = (index: number) => {
      const content = SEED_BULLET.exec(lines[index] ?? "")?.[1]?.trim() ?? "";
      return content.length <= 40 && content.split(/\s+/).length <= 3 && !/[:[\]()?.]/.test(content);
    };
    const flags = run.map(isLabel);
    const alternates = flags.every((flag, k) => !flag || (k + 1 < flags.length && !flags[k + 1]));
    if (flags[0] && flags.filter(Boolean).length >= 2 && alternates) run.forEach((index, k) => flags[k] && labels.add(index));
  }
  return labels;
}

function readBody(lines: readonly string[], section: SeedSection, emit: (kind: "entry" | "question", found: Found) => void): void {
  const [start, end] = section.body;
  const labels = groupLabels(lines, start, end);
  const hasBullets = lines.slice(start, end).some((line) => SEED_BULLET.test(line));
  let group: string | undefined;
  let inQuestions = false;
  for (let i = start; i < end; i++) {
    const raw = lines[i] ?? "";
    const text = raw.trim();
    if (text === "") continue;
    const content = SEED_BULLET.exec(raw)?.[1]?.trim();
    if (content === undefined) {
      inQuestions = QUESTIONS.test(text);
      // "Автоматические показатели оценки : эти метрики ... включают:" -> group "Автоматические показатели оценки"
      const head = /^(.{2,60}?)(?:\s[:.]\s|:\s)\S.*:\s*$/.exec(text)?.[1];
      group = !inQuestions && head && head.split(/\s+/).length <= 5 ? head : undefined;
      if (!hasBullets && !inQuestions && !head && isPlainEntry(text)) emit("entry", { text, line: i + 1 });
      continue;
    }
    if (content.length === 0) continue;
    if (inQuestions) {
      emit("question", { text: content, line: i + 1 });
      continue;
    }
    if (labels.has(i)) {
      group = content;
      continue;
    }
    if (isBoldLabel(content) || isLostLinkSentence(content) || (section.topLevel && isExplanatory(content))) continue;
    emit("entry", { text: content, line: i + 1, group });
  }
}

/** "Title (ICML 2022) [DINO] [note]" -> title, annotations; "Tool - what it does" -> title and note. */
function readEntry(text: string): { title: string; annotation: Annotation; described: boolean } {
  let title = text;
  const annotations: Annotation[] = [];
  for (let match = /\s*\[([^[\]]*)\]+\s*$/.exec(title); match && match.index > 0; match = /\s*\[([^[\]]*)\]+\s*$/.exec(title)) {
    annotations.unshift(readAnnotation(match[1] ?? ""));
    title = title.slice(0, match.index);
  }
  title = title.replace(/^\[+|\]+$/g, "").trim();
  // " - " starts a description, except the Russian copula " - это" ("X - это Y" means "X is Y").
  // (\b is ASCII-only in JS regexes, hence the explicit "not followed by a Cyrillic letter".)
  const dash = /\s[-–—]\s(?!это(?![а-яё]))/i.exec(title);
  // "Bleu: измеряет сходство ... N-грамма." — a name, then a sentence describing it.
  const colon = /\.\s*$/.test(title) ? /:\s/.exec(title) : null;
  const split = dash ?? colon;
  let described = false;
  if (split && title.slice(0, split.index).split(/\s+/).length <= 6) {
    annotations.push({ note: clip(title.slice(split.index + split[0].length).trim(), 200) });
    title = title.slice(0, split.index).trim();
    described = true;
  }
  return { title: title || text, annotation: mergeAnnotations(annotations), described };
}

function addEntry(builder: ReturnType<typeof createRoadmapBuilder>, sectionId: string, found: Found): void {
  const { title, annotation, described } = readEntry(found.text);
  const hasVenue = readPaperTitle(title).year !== undefined;
  const colonTitle = /^[^:]{2,60}:\s+\S+(\s+\S+){2,}/.test(title);
  const sentence = /\.\s*$/.test(title);
  const isPaper = hasVenue || (!described && !sentence && (colonTitle || title.split(/\s+/).length >= 5));
  const placement = { line: found.line, group: found.group, note: annotation.note };
  if (isPaper) builder.addPaper(sectionId, { ...placement, title, tag: annotation.tag });
  else builder.addResource(sectionId, { ...placement, title, kind: "other", note: annotation.note ?? annotation.tag });
}
