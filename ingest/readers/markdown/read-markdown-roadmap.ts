/**
 * Awesome-list style Markdown -> Roadmap, through a real parser: micromark with GFM gives the
 * syntax tree (mdast), HTML blocks and inline tags go through an HTML parser (hast), and
 * flatten-markdown.ts lays the tree out as events. Here the events become the roadmap:
 * - headings (any depth, also <h1>) are sections, nested by depth; the one top heading is the
 *   roadmap's title; "Contents" headings add no section; "License", "Contributing" and the like
 *   are skipped with everything under them;
 * - every block (list item, paragraph, table row) is one or more entries (read-entry.ts);
 *   several entries in one paragraph are split at hard breaks where a new title starts;
 * - groups: a linkless list item over a nested list, a bold-only line, a <details> summary;
 * - a line mentioning "questions" followed by linkless list items gives the section's questions.
 * Lenient: a flaw (find-markdown-flaws.ts) or an entry without a title is a warning with its
 * line and what was done; strict: the first flaw throws RoadmapInputError.
 */
import type { RootContent } from "mdast";
import { createRoadmapBuilder, type RoadmapBuilder } from "../../build-roadmap";
import { type InputProblem, RoadmapInputError } from "../../input-error";
import { clip } from "../../read-annotation";
import type { Roadmap } from "../../roadmap-schema";
import { findMarkdownFlaws } from "./find-markdown-flaws";
import { parseMarkdownTree } from "./parse-markdown-tree";
import { flattenMarkdown, groupName, hasEntryLink, type MarkdownEvent } from "./flatten-markdown";
import { type Entry, readEntry } from "./read-entry";
import { isGenericTitle } from "./read-entry-facts";
import { readTableColumns, readTableRow } from "./read-table-entry";
import { type Span, spansText, splitAtBreaks } from "./to-spans";

export type MarkdownReadOptions = {
  file: string;
  roadmapId: string;
  title?: string | undefined;
  /** refuse the file at its first flaw instead of warning */
  strict?: boolean | undefined;
  /** receives every warning: the flaws in document order, then the papers left without a title */
  warn?: ((problem: InputProblem) => void) | undefined;
};

const TOC = /^(table of contents?|contents|toc|outline|оглавление|содержание|таблица (контента|содержания))$/i;
/** Housekeeping sections of awesome lists: their links (licence, contributors) are not entries. */
const BOILERPLATE = /^(licen[cs]e|contributing|contributors?|contribution guidelines|acknowledg(e)?ments?|citation|how to cite|star history|stargazers|sponsors?|contact|changelog)$/i;
const QUESTIONS = /\bquestions?\b|вопрос/i;
const UI_SUMMARY = /^(click|expand|show|hide|more|details|see)\b/i;


function collectDefinitions(nodes: readonly RootContent[], into: Map<string, string>): Map<string, string> {
  for (const node of nodes) {
    if (node.type === "definition") into.set(node.identifier, node.url);
    else if ("children" in node && node.type !== "paragraph" && node.type !== "table") collectDefinitions(node.children, into);
  }
  return into;
}

/** Splits a block at hard breaks into entries: a new entry starts where a line opens with a title after a line with a link. */
export function splitEntries(spans: readonly Span[]): Span[][] {
  const entries: Span[][] = [];
  let current: Span[] = [];
  for (const segment of splitAtBreaks(spans)) {
    const first = segment.find((span) => span.kind === "text" && span.text.trim() !== "");
    const linkText = first?.kind === "text" && first.link ? spansText(segment.filter((s) => s.kind === "text" && s.link?.id === first.link?.id)) : "";
    const opensTitle = first?.kind === "text" && ((first.strong && !first.link) || /^\s*["“]/.test(first.text) || (first.link !== undefined && !isGenericTitle(linkText)));
    if (opensTitle && hasEntryLink(current)) {
      entries.push(current);
      current = [];
    }
    current.push(...segment, { kind: "break", line: first?.line ?? 0 });
  }
  if (current.length > 0) entries.push(current);
  return entries;
}

export function readMarkdownRoadmap(text: string, options: MarkdownReadOptions): Roadmap {
  const tree = parseMarkdownTree(text);
  const flaws = findMarkdownFlaws(text, tree);
  const first = flaws[0];
  if (options.strict && first) throw new RoadmapInputError(options.file, [{ line: first.line, message: first.message }]);
  for (const flaw of flaws) options.warn?.({ line: flaw.line, message: `${flaw.message}: ${flaw.done}` });
  const events = flattenMarkdown(tree, collectDefinitions(tree.children, new Map()));

  const headings = events.filter((e): e is Extract<MarkdownEvent, { type: "heading" }> => e.type === "heading" && e.name.length > 0);
  const top = Math.min(7, ...headings.map((h) => h.depth));
  const tops = headings.filter((h) => h.depth === top);
  const titleHeading = tops.length === 1 && headings[0] === tops[0] ? tops[0] : undefined;
  const builder = createRoadmapBuilder({ id: options.roadmapId, title: options.title ?? titleHeading?.name ?? options.roadmapId, source: options.file.split(/[\\/]/).pop() ?? options.file });

  let current: string | undefined;
  const stack: { depth: number; id: string }[] = [];
  let skipBelow: number | undefined;
  let boldGroup: string | undefined;
  let summaryGroup: string | undefined;
  let inQuestions = false;
  const section = (line: number) => (current ??= builder.addSection({ name: titleHeading?.name ?? "Introduction", line }));
  const add = (entry: Entry | undefined, group: string | undefined) => addEntry(builder, section, entry, group);

  for (const event of events) {
    if (event.type === "heading") {
      boldGroup = undefined;
      inQuestions = false;
      if (event.name.length === 0 || (skipBelow !== undefined && event.depth > skipBelow)) continue;
      const plain = event.name.replace(/[^\p{L}\p{N} ]/gu, "").trim();
      skipBelow = BOILERPLATE.test(plain) ? event.depth : undefined;
      if (skipBelow !== undefined) continue;
      if (event === titleHeading || TOC.test(plain)) {
        current = undefined;
        if (event === titleHeading) stack.length = 0;
        continue;
      }
      while ((stack[stack.length - 1]?.depth ?? 0) >= event.depth) stack.pop();
      current = builder.addSection({ name: event.name, parent: stack[stack.length - 1]?.id, line: event.line });
      stack.push({ depth: event.depth, id: current });
      continue;
    }
    if (skipBelow !== undefined) continue;
    if (event.type === "summary") {
      summaryGroup = event.name && !UI_SUMMARY.test(event.name) ? clip(event.name, 80) : undefined;
    } else if (event.type === "endDetails") {
      summaryGroup = undefined;
    } else if (event.type === "table") {
      const columns = readTableColumns(event.header);
      for (const row of event.rows) add(readTableRow(row.cells, columns), event.group ?? boldGroup ?? summaryGroup);
    } else {
      const linked = hasEntryLink(event.spans);
      const plain = spansText(event.spans);
      if (!linked && !event.listItem) {
        const boldOnly = plain.length > 0 && event.spans.every((span) => span.kind === "break" || span.strong || span.text.trim() === "" || /^\s*:\s*$/.test(span.text));
        if (boldOnly) boldGroup = groupName(event.spans);
        else if (plain.length > 0) boldGroup = undefined;
        inQuestions = !boldOnly && QUESTIONS.test(plain);
        continue;
      }
      if (!linked) {
        if (inQuestions && plain.length > 0) builder.addQuestion(section(event.line), { en: plain, line: event.line });
        continue;
      }
      if (!event.listItem) {
        inQuestions = false;
        // A sentence with links ends the bold line's group; an entry paragraph ("**Title** \ …") does not.
        const first = event.spans.find((span) => span.kind === "text" && span.text.trim() !== "");
        if (first?.kind === "text" && !first.strong && !first.link) boldGroup = undefined;
      }
      for (const spans of splitEntries(event.spans)) add(readEntry(spans, { prose: !event.listItem }), event.group ?? boldGroup ?? summaryGroup);
    }
  }
  for (const lost of builder.dropUntitled()) {
    options.warn?.({ line: lost.line, message: `no title for ${lost.url} (its entries name it only with link words, dates or ids): the paper was skipped` });
  }
  if (builder.sectionCount() === 0) section(1);
  return builder.build();
}

function addEntry(builder: RoadmapBuilder, section: (line: number) => string, entry: Entry | undefined, group: string | undefined): void {
  if (!entry) return;
  const placement = { line: entry.line, group };
  if (entry.kind === "untitled") {
    builder.addUntitledPaper(section(entry.line), { ...placement, url: entry.url });
  } else if (entry.kind === "papers") {
    for (const { title, url, weakTitle, ...facts } of entry.papers) builder.addPaper(section(entry.line), { ...placement, title, url, facts: { ...facts, weakTitle } });
  } else if (entry.kind === "links") {
    for (const link of entry.links) builder.addLink(section(entry.line), { ...placement, title: link.title, url: link.url, note: link.note });
  } else {
    const { title, url, tag, note, weakTitle, ...facts } = entry.paper;
    builder.addPaper(section(entry.line), { ...placement, title, url, tag, note, facts: { ...facts, weakTitle } });
  }
}
