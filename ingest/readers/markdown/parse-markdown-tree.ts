/**
 * Markdown text -> mdast (micromark with GFM: tables, autolinks, strikethrough, footnotes).
 *
 * micromark's cost grows faster than the text: the 974 KB ml-papers-of-the-week.md takes about
 * a third less CPU parsed section by section than whole (BENCHMARKS.md). So a long file is
 * cut before its ATX headings, which end every block except fenced code and HTML blocks, and the
 * pieces' trees are joined, their positions shifted back to the file's lines. It is cut only
 * where that cannot change the result: never inside a fence, an HTML comment or <pre>-like block,
 * only after a blank line (which ends other HTML blocks), and not at all when the file has link reference definitions (they reach
 * across the whole document).
 */
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/** Below this size one parse is as fast as pieces. */
const CHUNK_FROM = 64 * 1024;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

const parse = (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** 0-based line indexes where the text may be cut (the line starts a heading). */
function cutPoints(lines: readonly string[]): number[] {
  const cuts: number[] = [];
  let fence: string | undefined;
  // HTML blocks that a blank line does not end: comments, <pre>, <script>, <style>, <textarea>.
  let rawUntil: RegExp | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (rawUntil) {
      if (rawUntil.test(line)) rawUntil = undefined;
      continue;
    }
    const raw = /<!--|<(pre|script|style|textarea)[\s>]/i.exec(line);
    if (fence === undefined && raw) {
      const end = raw[1] ? new RegExp(`</${raw[1]}>`, "i") : /-->/;
      if (!end.test(line.slice(raw.index + raw[0].length))) rawUntil = end;
      continue;
    }
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line)))) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    if (fence === undefined && /^#{1,6}(\s|$)/.test(line) && (lines[i - 1] ?? "").trim() === "") cuts.push(i);
  }
  return cuts;
}

function shift(node: Nodes, lines: number, offset: number): void {
  if (node.position) {
    node.position.start.line += lines;
    node.position.end.line += lines;
    if (node.position.start.offset !== undefined) node.position.start.offset += offset;
    if (node.position.end.offset !== undefined) node.position.end.offset += offset;
  }
  if ("children" in node) for (const child of node.children) shift(child, lines, offset);
}

export function parseMarkdownTree(text: string): Root {
  if (text.length < CHUNK_FROM || DEFINITION.test(text)) return parse(text);
  const lines = text.split("\n");
  const cuts = cutPoints(lines);
  if (cuts.length === 0) return parse(text);
  const end = { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1, offset: text.length };
  const root: Root = { type: "root", children: [], position: { start: { line: 1, column: 1, offset: 0 }, end } };
  let offset = 0;
  const bounds = [0, ...cuts.filter((cut) => cut > 0), lines.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k] ?? 0;
    const piece = lines.slice(from, bounds[k + 1]).join("\n");
    const tree = parse(piece);
    for (const child of tree.children) {
      shift(child, from, offset);
      root.children.push(child);
    }
    offset += piece.length + 1;
  }
  return root;
}
