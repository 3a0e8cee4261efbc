/**
 * The syntax tree (mdast, with HTML blocks parsed by hast) -> a flat list of events in document
 * order: headings, blocks of inline content (a paragraph, a list item, an HTML paragraph), tables,
 * and the opening and closing of <details> groups. Nested lists pass their linkless parent item
 * down as the group of their entries. read-markdown-roadmap.ts turns the events into a roadmap.
 */
import type { Element, ElementContent, RootContent as HastContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { List, Root, RootContent, TableRow } from "mdast";
import { isIgnoredUrl } from "../../classify-link";
import { clip } from "../../read-annotation";
import { type Definitions, hastToSpans, phrasingToSpans, type Span, spansText } from "./to-spans";

export type MarkdownEvent =
  | { type: "heading"; depth: number; name: string; line: number }
  | { type: "block"; spans: Span[]; line: number; listItem: boolean; group?: string | undefined }
  | { type: "table"; header: Span[][]; rows: { cells: Span[][]; line: number }[]; group?: string | undefined; line: number }
  | { type: "summary"; name: string }
  | { type: "endDetails" };

export const hasEntryLink = (spans: readonly Span[]) => spans.some((span) => span.kind === "text" && span.link !== undefined && span.text.trim() !== "" && !isIgnoredUrl(span.link.url));

/** "**Benchmark Datasets**: Standardized ..." -> "Benchmark Datasets"; a long sentence -> its head. */
export function groupName(spans: readonly Span[]): string | undefined {
  const bold = spans.find((span) => span.kind === "text" && span.strong && span.text.trim() !== "");
  const text = spansText(spans);
  const head = /^([^:]{1,60}?)\s*:\s/.exec(text)?.[1];
  const name = bold?.kind === "text" ? bold.text.trim() : head && head.split(" ").length <= 6 ? head : text;
  const clean = name.replace(/[:.]\s*$/, "").trim();
  return clean ? clip(clean, 80) : undefined;
}

export function flattenMarkdown(tree: Root, definitions: Definitions): MarkdownEvent[] {
  const events: MarkdownEvent[] = [];
  const rowCells = (row: TableRow) => row.children.map((cell) => phrasingToSpans(cell.children, definitions, cell.position?.start.line ?? row.position?.start.line));

  const list = (node: List, group: string | undefined) => {
    for (const item of node.children) {
      const own = item.children.filter((child) => child.type !== "list");
      const spans: Span[] = [];
      for (const child of own) {
        if (child.type === "paragraph" || child.type === "heading") spans.push(...phrasingToSpans(child.children, definitions, child.position?.start.line), { kind: "break", line: child.position?.end.line ?? 0 });
        else if (child.type === "html") spans.push(...phrasingToSpans([child], definitions));
        else blocks([child], group);
      }
      const line = item.position?.start.line ?? 0;
      if (spans.length > 0) events.push({ type: "block", spans, line, listItem: true, group });
      const nestedGroup = hasEntryLink(spans) ? group : (groupName(spans) ?? group);
      for (const child of item.children) if (child.type === "list") list(child, nestedGroup);
    }
  };

  const blocks = (nodes: readonly RootContent[], group: string | undefined) => {
    for (const node of nodes) {
      const line = node.position?.start.line ?? 0;
      if (node.type === "heading") events.push({ type: "heading", depth: node.depth, name: spansText(phrasingToSpans(node.children, definitions, line)), line });
      else if (node.type === "paragraph") events.push({ type: "block", spans: phrasingToSpans(node.children, definitions, line), line, listItem: false, group });
      else if (node.type === "list") list(node, group);
      else if (node.type === "table") {
        const [header, ...rows] = node.children;
        events.push({ type: "table", header: header ? rowCells(header) : [], rows: rows.map((row) => ({ cells: rowCells(row), line: row.position?.start.line ?? line })), group, line });
      } else if (node.type === "html") html(node.value, line);
      else if (node.type === "blockquote") blocks(node.children, group);
    }
  };

  const html = (value: string, line: number) => {
    if (/^\s*<\/details\s*>/i.test(value)) events.push({ type: "endDetails" });
    const root = fromHtml(value, { fragment: true });
    hast(root.children, line - 1);
    if (/<\/details\s*>\s*$/i.test(value) && !/^\s*<\/details\s*>\s*$/i.test(value)) events.push({ type: "endDetails" });
  };

  const hast = (nodes: readonly (ElementContent | HastContent)[], offset: number) => {
    let inline: (ElementContent | HastContent)[] = [];
    const flush = () => {
      const spans = hastToSpans(inline, offset);
      if (spans.some((span) => span.kind === "text" && span.text.trim() !== "")) {
        events.push({ type: "block", spans, line: spans.find((span) => span.kind === "text" && span.text.trim() !== "")?.line ?? offset + 1, listItem: false });
      }
      inline = [];
    };
    for (const node of nodes) {
      if (node.type !== "element") {
        inline.push(node);
        continue;
      }
      const line = offset + (node.position?.start.line ?? 1);
      const tag = node.tagName;
      const heading = /^h([1-6])$/.exec(tag)?.[1];
      if (heading) {
        flush();
        events.push({ type: "heading", depth: Number(heading), name: spansText(hastToSpans(node.children, offset)), line });
      } else if (tag === "summary") {
        flush();
        events.push({ type: "summary", name: spansText(hastToSpans(node.children, offset)) });
      } else if (tag === "table") {
        flush();
        htmlTable(node, offset);
      } else if (tag === "ul" || tag === "ol") {
        flush();
        for (const item of node.children) {
          if (item.type !== "element" || item.tagName !== "li") continue;
          const spans = hastToSpans(item.children, offset);
          events.push({ type: "block", spans, line: offset + (item.position?.start.line ?? 1), listItem: true });
        }
      } else if (["p", "div", "details", "blockquote", "center", "section", "article", "body", "html", "main", "header", "footer", "nav", "dl", "dd", "dt", "figure"].includes(tag)) {
        flush();
        hast(node.children, offset);
      } else inline.push(node);
    }
    flush();
  };

  const htmlTable = (table: Element, offset: number) => {
    const rows: Element[] = [];
    const collectRows = (nodes: readonly ElementContent[]) => {
      for (const node of nodes) {
        if (node.type !== "element") continue;
        if (node.tagName === "tr") rows.push(node);
        else if (["thead", "tbody", "tfoot"].includes(node.tagName)) collectRows(node.children);
      }
    };
    collectRows(table.children);
    const cellsOf = (row: Element) => row.children.filter((cell): cell is Element => cell.type === "element" && (cell.tagName === "td" || cell.tagName === "th")).map((cell) => hastToSpans(cell.children, offset));
    const first = rows[0];
    const hasHeader = first?.children.some((cell) => cell.type === "element" && cell.tagName === "th") ?? false;
    const body = hasHeader ? rows.slice(1) : rows;
    events.push({
      type: "table",
      header: hasHeader && first ? cellsOf(first) : [],
      rows: body.map((row) => ({ cells: cellsOf(row), line: offset + (row.position?.start.line ?? 1) })),
      line: offset + (table.position?.start.line ?? 1),
    });
  };

  blocks(tree.children, undefined);
  return events;
}
