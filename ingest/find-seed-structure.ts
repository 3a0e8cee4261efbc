/**
 * The section structure of the seed's plain-text form, where Markdown was lost: headings are
 * bare lines and the table of contents ("Таблица контента") is a flat "- name" list that no
 * longer shows which names are areas and which are their subsections.
 *
 * Headings: the ToC names, found in the body in ToC order. A name matches a line that equals
 * it (case and punctuation aside). The translation sometimes words a heading differently from
 * its ToC entry ("Эффективная тонкая настройка" vs "Эффективное создание"), so when no equal
 * line comes before the next ToC name's line, the first short heading-shaped line in between
 * that shares a word stem with the name is taken.
 *
 * Top-level areas (the rule, in order):
 * 1. the first ToC entry is an area;
 * 2. a name listed more than once ("Оценка", "Открытые проблемы") is a subsection: the same
 *    subsection name under different areas;
 * 3. otherwise a section is an area when its body is introduction only: prose, and no entries
 *    (explanatory bullets such as "- Forward process: it applies noise ... ." do not count).
 *    Every subsection of the roadmap lists entries; the areas only introduce the subsections.
 * Each subsection belongs to the nearest area above it.
 */

export type SeedSection = {
  name: string;
  /** index into the lines of the heading, when found */
  heading?: number;
  /** [start, end) line indexes of the section's body */
  body: [number, number];
  topLevel: boolean;
};

export type SeedStructure = { title?: string; tocLine?: number; sections: SeedSection[] };

const TOC = /^(таблица (контента|содержания)|содержание|оглавление|table of contents?|contents)\s*:?$/i;
export const SEED_BULLET = /^\s*(?:[-*•+]|\d{1,3}[.)])\s+(.*)$/;

const norm = (text: string) => text.toLowerCase().replace(/ё/g, "е").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const stems = (text: string) => new Set(norm(text).split(" ").filter((w) => w.length >= 4).map((w) => w.slice(0, 5)));
const wordCount = (text: string) => text.trim().split(/\s+/).length;

export function isHeadingShaped(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 80 && wordCount(text) <= 8 && !SEED_BULLET.test(line) && !/[.:?!;,\]]$/.test(text);
}

/** A bullet that explains rather than lists: "Name: a full sentence ending with a period." */
export const isExplanatory = (content: string) => /:\s/.test(content) && /\.\s*$/.test(content) && wordCount(content) >= 8;
/** "Рейтинги человека : ..." — a bold label whose "**" the plain text lost (note the space before ":"). */
export const isBoldLabel = (content: string) => /^\S.{0,60}?\s:\s/.test(content);
/** "Полный список можно найти здесь" — a sentence whose link was lost, not an entry. */
export const isLostLinkSentence = (content: string) => /можно найти|can be found|found here/i.test(content);
/** A plain (non-bullet) line listing an entry, as in sections whose bullets were lost. */
export const isPlainEntry = (line: string) => {
  const text = line.trim();
  return text.length > 0 && text.length <= 200 && !/[.:?!;]$/.test(text) && !isLostLinkSentence(text);
};

function findToc(lines: readonly string[]): { index: number; names: string[]; end: number } | undefined {
  const index = lines.findIndex((line) => TOC.test(line.trim()));
  if (index < 0) return undefined;
  const names: string[] = [];
  let end = index + 1;
  for (; end < lines.length; end++) {
    const line = lines[end] ?? "";
    const bullet = SEED_BULLET.exec(line);
    if (bullet?.[1]) names.push(bullet[1].trim());
    else if (line.trim() !== "" || !SEED_BULLET.test(lines[end + 1] ?? "")) break;
  }
  return names.length > 0 ? { index, names, end } : undefined;
}

export function findSeedStructure(lines: readonly string[]): SeedStructure {
  const firstText = lines.findIndex((line) => line.trim() !== "");
  const toc = findToc(lines);
  const titleLine = firstText >= 0 && firstText !== toc?.index ? (lines[firstText] ?? "").trim() : "";
  const title = titleLine && titleLine.length <= 120 && !SEED_BULLET.test(titleLine) ? titleLine : undefined;
  if (!toc) {
    const start = title ? firstText + 1 : 0;
    return { ...(title ? { title } : {}), sections: [{ name: title ?? "Introduction", body: [start, lines.length], topLevel: true }] };
  }

  // Where each normalised name occurs as a (non-bullet) line, in line order.
  const occurrences = new Map<string, number[]>();
  for (let i = toc.end; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (SEED_BULLET.test(line) || line.trim() === "") continue;
    const key = norm(line);
    const seen = occurrences.get(key);
    if (seen) seen.push(i);
    else occurrences.set(key, [i]);
  }
  const firstAt = (name: string, from: number) => (occurrences.get(norm(name)) ?? []).find((i) => i >= from);

  const headings: (number | undefined)[] = [];
  let pos = toc.end;
  toc.names.forEach((name, k) => {
    let limit = lines.length;
    // The next heading of another name bounds the search (a repeated name is its own later occurrence).
    for (const later of toc.names.slice(k + 1)) {
      if (norm(later) !== norm(name)) limit = Math.min(limit, firstAt(later, pos) ?? limit);
    }
    let found = firstAt(name, pos);
    if (found === undefined || found >= limit) {
      const wanted = stems(name);
      found = undefined;
      for (let i = pos; i < limit && found === undefined; i++) {
        const line = lines[i] ?? "";
        if (isHeadingShaped(line) && [...stems(line)].some((stem) => wanted.has(stem))) found = i;
      }
    }
    headings.push(found);
    if (found !== undefined) pos = found + 1;
  });

  const counts = new Map<string, number>();
  for (const name of toc.names) counts.set(norm(name), (counts.get(norm(name)) ?? 0) + 1);
  const sections = toc.names.map((name, k): SeedSection => {
    const heading = headings[k];
    const next = headings.slice(k + 1).find((h) => h !== undefined) ?? lines.length;
    const body: [number, number] = heading === undefined ? [0, 0] : [heading + 1, next];
    const topLevel = k === 0 || ((counts.get(norm(name)) ?? 0) === 1 && isIntroductionOnly(lines.slice(body[0], body[1])));
    return { name, body, topLevel, ...(heading !== undefined ? { heading } : {}) };
  });
  return { ...(title ? { title } : {}), tocLine: toc.index, sections };
}

function isIntroductionOnly(body: readonly string[]): boolean {
  const bullets = body.flatMap((line) => SEED_BULLET.exec(line)?.[1] ?? []);
  const prose = body.filter((line) => line.trim() !== "" && !SEED_BULLET.test(line));
  const listed = bullets.some((content) => !isExplanatory(content) && !isBoldLabel(content) && !isLostLinkSentence(content));
  const plainListed = bullets.length === 0 && prose.some(isPlainEntry);
  return prose.length > 0 && !listed && !plainListed;
}
