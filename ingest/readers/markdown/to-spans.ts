/**
 * Flattens inline content, Markdown (mdast) or HTML (hast), into one list of spans: runs of
 * text with their style (bold, italic, inside which link) and the hard breaks between them.
 * Entry reading (read-entry.ts) then works on this one shape, whatever syntax the list used:
 * `**Title**` and `<b>Title</b>`, `[pdf](url)` and `<a href="url">pdf</a>` look the same.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { PhrasingContent, RootContent } from "mdast";

export type Span =
  | { kind: "text"; text: string; line: number; strong: boolean; emphasis: boolean; link?: SpanLink }
  | { kind: "break"; line: number };
/** `id` tells two adjacent links apart; `image` marks a link around an image only (a badge). */
export type SpanLink = { url: string; id: number };

type Style = { strong: boolean; emphasis: boolean; link?: SpanLink | undefined };
export type Definitions = ReadonlyMap<string, string>;

let nextLinkId = 1;
const newLink = (url: string): SpanLink => ({ url: url.trim(), id: nextLinkId++ });

const BREAK_TAGS = new Set(["br", "p", "div", "li", "tr", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "details", "ul", "ol", "table"]);
const STRONG_TAGS = new Set(["b", "strong"]);
const EMPHASIS_TAGS = new Set(["i", "em", "cite"]);
const SKIPPED_TAGS = new Set(["img", "script", "style", "svg", "picture", "video", "source"]);

const parsedTags = new Map<string, HastRoot>();
/** Parses one inline HTML tag (`<a href="…">`, `<br/>`) with the HTML parser; cached, lists repeat them. */
function parseTag(raw: string): HastRoot {
  let root = parsedTags.get(raw);
  if (!root) {
    root = fromHtml(raw, { fragment: true });
    if (parsedTags.size < 10_000) parsedTags.set(raw, root);
  }
  return root;
}

/** Spans of mdast phrasing content. Inline HTML tags open and close styles as they come. */
export function phrasingToSpans(nodes: readonly (PhrasingContent | RootContent)[], definitions: Definitions, parentLine = 0): Span[] {
  const spans: Span[] = [];
  const open: { tag: string; style: Style }[] = [];
  // Nodes made by a transform (GFM's autolink literals) carry no position: they take the line of
  // the node before them, or of their parent.
  let known = parentLine;
  const walk = (list: readonly (PhrasingContent | RootContent)[], style: Style) => {
    for (const node of list) {
      const line = node.position?.start.line ?? known;
      known = line;
      const current = open.length > 0 ? (open[open.length - 1]?.style ?? style) : style;
      switch (node.type) {
        case "text":
          spans.push({ kind: "text", text: node.value, line, ...current });
          break;
        case "inlineCode":
          spans.push({ kind: "text", text: node.value, line, ...current });
          break;
        case "break":
          spans.push({ kind: "break", line });
          break;
        case "strong":
          walk(node.children, { ...current, strong: true });
          break;
        case "emphasis":
          walk(node.children, { ...current, emphasis: true });
          break;
        case "delete":
          walk(node.children, current);
          break;
        case "link":
          walk(node.children, { ...current, link: newLink(node.url) });
          break;
        case "linkReference": {
          const url = definitions.get(node.identifier);
          walk(node.children, url !== undefined ? { ...current, link: newLink(url) } : current);
          break;
        }
        case "html":
          inlineHtml(node.value, line, current);
          break;
        default:
          break; // images, footnote references: decoration, never entry text
      }
    }
  };
  const inlineHtml = (raw: string, line: number, style: Style) => {
    const closing = /^<\/\s*([a-z][a-z0-9]*)/i.exec(raw)?.[1]?.toLowerCase();
    if (closing) {
      const at = open.map((entry) => entry.tag).lastIndexOf(closing);
      if (at >= 0) open.length = at;
      if (BREAK_TAGS.has(closing)) spans.push({ kind: "break", line });
      return;
    }
    const element = parseTag(raw).children.find((child): child is Element => child.type === "element");
    if (!element) return;
    const tag = element.tagName;
    if (BREAK_TAGS.has(tag)) spans.push({ kind: "break", line });
    const href = element.properties.href;
    const next: Style | undefined =
      tag === "a" && typeof href === "string" ? { ...style, link: newLink(href) }
      : STRONG_TAGS.has(tag) ? { ...style, strong: true }
      : EMPHASIS_TAGS.has(tag) ? { ...style, emphasis: true }
      : undefined;
    // An element with its content in the same node (`<b>x</b>` inside a table cell) is read whole.
    if (element.children.length > 0) {
      spans.push(...hastToSpans(element.children, line - 1, next ?? style));
      return;
    }
    if (next && !/\/>\s*$/.test(raw)) open.push({ tag, style: next });
  };
  walk(nodes, { strong: false, emphasis: false });
  return spans;
}

/** Spans of hast content; `lineOffset` + the node's own line is its line in the Markdown file. */
export function hastToSpans(nodes: readonly (ElementContent | HastContent)[], lineOffset: number, style: Style = { strong: false, emphasis: false }): Span[] {
  const spans: Span[] = [];
  const walk = (list: readonly (ElementContent | HastContent)[], current: Style) => {
    for (const node of list) {
      const line = lineOffset + (node.position?.start.line ?? 1);
      if (node.type === "text") {
        spans.push({ kind: "text", text: node.value, line, ...current });
        continue;
      }
      if (node.type !== "element" || SKIPPED_TAGS.has(node.tagName)) continue;
      const tag = node.tagName;
      if (BREAK_TAGS.has(tag)) spans.push({ kind: "break", line });
      const href = node.properties.href;
      const next: Style =
        tag === "a" && typeof href === "string" ? { ...current, link: newLink(href) }
        : STRONG_TAGS.has(tag) ? { ...current, strong: true }
        : EMPHASIS_TAGS.has(tag) ? { ...current, emphasis: true }
        : current;
      walk(node.children, next);
      if (BREAK_TAGS.has(tag) && tag !== "br") spans.push({ kind: "break", line });
    }
  };
  walk(nodes, style);
  return spans;
}

/** The plain text of spans, breaks as spaces, whitespace collapsed. */
export function spansText(spans: readonly Span[]): string {
  return spans
    .map((span) => (span.kind === "text" ? span.text : " "))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** Splits spans at hard breaks (`\` or two spaces at line end, `<br>`): one segment per visual line. */
export function splitAtBreaks(spans: readonly Span[]): Span[][] {
  const segments: Span[][] = [[]];
  for (const span of spans) {
    if (span.kind === "break") segments.push([]);
    else segments[segments.length - 1]?.push(span);
  }
  return segments.filter((segment) => segment.some((span) => span.kind === "text" && span.text.trim() !== ""));
}
