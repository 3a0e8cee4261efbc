/**
 * Awesome-list style Markdown -> Roadmap. A line-based walk (see parse-markdown-lines.ts):
 * - headings (any depth, also <h1>) are sections, nested by depth; the one top heading is the
 *   roadmap's title, and a "Table of Contents" heading with its link list is skipped;
 * - every link in a bullet, a table row or a prose line is an entry (images, badges, anchors
 *   and relative links are not, nor anything under "License" or "Contributing" headings);
 * - a linkless bullet (or a "**Bold**:" bullet) with nested bullets is the group of those
 *   nested entries, as is a bold-only line or <summary>;
 * - a line mentioning "questions" followed by linkless bullets gives the section's questions.
 * It never throws except RoadmapInputError, for tables whose rows do not fit their header and
 * for broken links (find-broken-links.ts).
 */
import { arxivIdFromUrl } from "./ids";
import { isGenericLinkText, isIgnoredUrl, titleFromUrl } from "./classify-link";
import { createRoadmapBuilder, type RoadmapBuilder } from "./build-roadmap";
import { findBrokenLinks } from "./readers/markdown/find-broken-links";
import { type InputProblem, RoadmapInputError } from "./input-error";
import { type LinkRefs, leadingBold, plainText, type Token, tokenize, unbracket } from "./parse-markdown-inline";
import { bulletOf, headingAt, type LogicalLine, toLogicalLines } from "./parse-markdown-lines";
import { isTableStart, readTable } from "./parse-markdown-table";
import { type Annotation, clip, mergeAnnotations, readAnnotation } from "./read-annotation";
import type { Roadmap } from "./roadmap-schema";

export type ParseOptions = { file: string; roadmapId: string; title?: string | undefined };

const TOC = /^(table of contents?|contents|toc|outline|оглавление|содержание|таблица (контента|содержания))$/i;
/** Housekeeping sections of awesome lists: their links (licence, contributors) are not entries. */
const BOILERPLATE = /^(licen[cs]e|contributing|contributors?|contribution guidelines|acknowledg(e)?ments?|citation|how to cite|star history|stargazers|sponsors?|contact|changelog)$/i;
const QUESTIONS = /\bquestions?\b|вопрос/i;
const UI_SUMMARY = /^(click|expand|show|hide|more|details|see)\b/i;
/** "(ICML 2022)" or ", NeurIPS 2021" written after the link instead of inside it */
const VENUE_AFTER = /^[\s,(-]*([A-Z][A-Za-z&']{1,15}(?: [A-Z][A-Za-z&']{1,15})?\s*'?(?:19|20)\d{2})\)?/;

/** The single top-level heading, which names the roadmap rather than a section. */
function findTitleHeading(lines: readonly LogicalLine[]): number | undefined {
  const headings: { index: number; depth: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = headingAt(lines, i);
    if (heading && heading.name.length > 0) headings.push({ index: i, depth: heading.depth });
  }
  const top = headings.reduce((min, h) => Math.min(min, h.depth), 7);
  const first = headings[0];
  return first && first.depth === top && headings.filter((h) => h.depth === top).length === 1 ? first.index : undefined;
}

export function parseMarkdownRoadmap(text: string, options: ParseOptions): Roadmap {
  const { lines, refs } = toLogicalLines(text);
  const titleIndex = findTitleHeading(lines);
  const titleName = titleIndex !== undefined ? headingAt(lines, titleIndex)?.name : undefined;
  const builder = createRoadmapBuilder({ id: options.roadmapId, title: options.title ?? titleName ?? options.roadmapId, source: baseName(options.file) });
  const problems: InputProblem[] = [];

  let current: string | undefined;
  const sectionStack: { depth: number; id: string }[] = [];
  let listStack: { indent: number; group?: string }[] = [];
  let boldGroup: string | undefined;
  let summaryGroup: string | undefined;
  let inQuestions = false;
  let inToc = false;
  let skipBelow: number | undefined;

  const section = (line: number) => {
    current ??= builder.addSection({ name: titleName ?? "Introduction", line });
    return current;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heading = headingAt(lines, i);
    if (heading) {
      i += heading.consumed - 1;
      listStack = [];
      boldGroup = summaryGroup = undefined;
      inQuestions = false;
      if (heading.name.length === 0) continue;
      const plainName = heading.name.replace(/[^\p{L}\p{N} ]/gu, "").trim();
      // A housekeeping section is skipped with everything under it, up to the next heading at its level.
      if (skipBelow !== undefined && heading.depth > skipBelow) continue;
      skipBelow = BOILERPLATE.test(plainName) ? heading.depth : undefined;
      if (skipBelow !== undefined) continue;
      inToc = TOC.test(plainName);
      if (i - heading.consumed + 1 === titleIndex) {
        current = undefined;
        sectionStack.length = 0;
      } else if (!inToc) {
        while ((sectionStack[sectionStack.length - 1]?.depth ?? 0) >= heading.depth) sectionStack.pop();
        current = builder.addSection({ name: heading.name, parent: sectionStack[sectionStack.length - 1]?.id, line: line.no });
        sectionStack.push({ depth: heading.depth, id: current });
      }
      continue;
    }
    if (line.text.trim() === "" || skipBelow !== undefined) continue;
    problems.push(...findBrokenLinks(line.text, line.no));
    const tokens = tokenize(line.text, refs);
    const links = entryLinks(tokens);
    // A table of contents is anchor links; the first real link means its content has begun.
    if (inToc && links.length === 0) continue;
    inToc = false;

    if (isTableStart(lines, i)) {
      const table = readTable(lines, i, refs);
      problems.push(...table.problems);
      for (const row of lines.slice(i + 1, table.end)) problems.push(...findBrokenLinks(row.text, row.no));
      for (const entry of table.entries) addTableEntry(builder, section(entry.line), entry, boldGroup ?? summaryGroup);
      i = table.end - 1;
      continue;
    }

    const bullet = bulletOf(line.text);
    if (bullet) {
      while ((listStack[listStack.length - 1]?.indent ?? -1) >= bullet.indent) listStack.pop();
      const group = [...listStack].reverse().find((entry) => entry.group)?.group ?? boldGroup ?? summaryGroup;
      if (links.length === 0) {
        const plain = plainText(bullet.content, refs);
        if (inQuestions && plain.length > 0) builder.addQuestion(section(line.no), { en: plain, line: line.no });
        listStack.push({ indent: bullet.indent, ...(plain ? { group: groupName(bullet.content, plain) } : {}) });
      } else {
        addBulletEntries(builder, section(line.no), tokenize(bullet.content, refs), refs, { line: line.no, group });
        listStack.push({ indent: bullet.indent });
      }
      continue;
    }

    // A prose line (or an HTML block line).
    if (/^\s{0,1}\S/.test(line.text)) listStack = [];
    const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(line.text)?.[1];
    if (summary !== undefined) {
      const name = plainText(summary, refs);
      summaryGroup = name && !UI_SUMMARY.test(name) ? clip(name, 80) : undefined;
    }
    if (/<\/details>/i.test(line.text)) summaryGroup = undefined;
    const plain = plainText(line.text, refs);
    const bold = /^\s*(\*\*|__)[^*_]+\1\s*:?\s*$/.test(line.text) ? leadingBold(line.text) : undefined;
    if (bold) {
      boldGroup = bold;
      inQuestions = false;
      continue;
    }
    if (plain.length > 0 && summary === undefined) {
      boldGroup = undefined;
      inQuestions = QUESTIONS.test(plain);
    }
    for (const link of links) builder.addLink(section(line.no), { line: line.no, group: summaryGroup, title: linkTitle(link, refs), url: link.url });
  }
  if (problems.length > 0) throw new RoadmapInputError(options.file, problems);
  if (builder.sectionCount() === 0) section(1);
  return builder.build();
}

type LinkToken = Extract<Token, { kind: "link" }>;
type Placement = { line: number; group?: string | undefined };

function entryLinks(tokens: readonly Token[]): LinkToken[] {
  return tokens.flatMap((token) => (token.kind === "link" && !token.badge && !isIgnoredUrl(token.url) ? [token] : []));
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** "**Benchmark Datasets**: Standardized ..." -> "Benchmark Datasets"; "Model Analysis Tools: ..." -> its head. */
function groupName(raw: string, plain: string): string {
  const head = /^([^:]{1,60}?)\s*:\s/.exec(plain)?.[1];
  const name = leadingBold(raw) ?? (head && head.split(" ").length <= 6 ? head : plain);
  return clip(name.replace(/[:.]\s*$/, ""), 80);
}

/** The title a link gives its entry: its text, or something from the URL when the text is "here". */
function linkTitle(link: LinkToken, refs: LinkRefs, fallbackText = ""): string {
  const text = link.bare ? fallbackText : unbracket(plainText(link.text, refs));
  return isGenericLinkText(text) ? titleFromUrl(link.url, arxivIdFromUrl(link.url)) : text;
}

function addBulletEntries(builder: RoadmapBuilder, sectionId: string, tokens: readonly Token[], refs: LinkRefs, placement: Placement): void {
  const mainIndex = tokens.findIndex((token) => token.kind === "link" && !token.badge && !isIgnoredUrl(token.url));
  const main = tokens[mainIndex];
  if (main?.kind !== "link") return;
  const annotations: Annotation[] = [];
  // Text before the link is a label ("LoRA: [...]"), or the title itself for a bare URL.
  const prefix = plainText(tokens.slice(0, mainIndex).map(tokenSource).join(""), refs).replace(/\s*[:\-–—]\s*$/, "").trim();
  const title = linkTitle(main, refs, prefix);
  if (prefix && !(main.bare && title === prefix)) annotations.push(readAnnotation(prefix));
  let venue: string | undefined;
  let description = "";
  const rest = tokens.slice(mainIndex + 1);
  const nextLink = rest.findIndex((token) => token.kind === "link" && !token.badge && !isIgnoredUrl(token.url));
  for (const token of nextLink >= 0 ? rest.slice(0, nextLink) : rest) {
    if (token.kind === "bracket") annotations.push(readAnnotation(plainText(token.text, refs)));
    else if (token.kind === "text") description += token.text;
  }
  const after = VENUE_AFTER.exec(description);
  if (after?.[1] && !/\((?:[^()]*\s)?(?:19|20)\d{2}\)\s*$/.test(title)) {
    venue = after[1];
    description = description.slice(after[0].length);
  }
  const detail = plainText(description, refs).replace(/^[\s:\-–—,;.]+/, "").trim();
  if (detail.length > 0) annotations.push({ note: clip(detail, 200) });
  const { tag, note } = mergeAnnotations(annotations);
  builder.addLink(sectionId, { ...placement, title: venue ? `${title} (${venue})` : title, url: main.url, tag, note });
  // Further links of the same bullet ("[code]", a video) are entries of their own.
  for (const link of entryLinks(rest)) {
    const text = unbracket(plainText(link.text, refs));
    const label = isGenericLinkText(text) && text ? `${title} (${text.toLowerCase()})` : linkTitle(link, refs);
    builder.addLink(sectionId, { ...placement, title: label, url: link.url });
  }
}

function tokenSource(token: Token): string {
  return token.kind === "text" ? token.text : token.kind === "bracket" ? `[${token.text}]` : "";
}

function addTableEntry(builder: RoadmapBuilder, sectionId: string, entry: ReturnType<typeof readTable>["entries"][number], group: string | undefined): void {
  const placement = { line: entry.line, group, note: entry.note };
  if (entry.url) builder.addLink(sectionId, { ...placement, title: entry.title, url: entry.url });
  else if (entry.published) builder.addPaper(sectionId, { ...placement, title: entry.title });
  else builder.addResource(sectionId, { ...placement, title: entry.title, kind: "other" });
  for (const extra of entry.extraLinks) builder.addLink(sectionId, { line: entry.line, group, title: extra.title, url: extra.url });
}
