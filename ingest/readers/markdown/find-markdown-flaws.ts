/**
 * The flaws of a Markdown list that cost an entry, in document order, each with its line and
 * what the lenient reader does about it: broken links (find-broken-links.ts), table rows with
 * more cells than their header, and table headers whose separator row does not fit (GFM then
 * reads the lines as a paragraph). `--strict` refuses the file at the first one. Pure.
 */
import type { Root, RootContent, Table } from "mdast";
import type { InputProblem } from "../../input-error";

/** A flaw: what is wrong (what --strict reports) and what the lenient reader does about it. */
export type MarkdownFlaw = InputProblem & { line: number; done: string };
import { findBrokenLinks } from "./find-broken-links";

const cellCount = (line: string) => line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "").split(/(?<!\\)\|/).length;
const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

function collect(nodes: readonly RootContent[], into: { tables: Table[]; code: [number, number][] }): void {
  for (const node of nodes) {
    if (node.type === "table") into.tables.push(node);
    else if (node.type === "code" && node.position) into.code.push([node.position.start.line, node.position.end.line]);
    else if ("children" in node) collect(node.children, into);
  }
}

export function findMarkdownFlaws(text: string, tree: Root): MarkdownFlaw[] {
  const found = { tables: [] as Table[], code: [] as [number, number][] };
  collect(tree.children, found);
  const inCode = new Set<number>();
  for (const [start, end] of found.code) for (let line = start; line <= end; line++) inCode.add(line);
  const problems: MarkdownFlaw[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (inCode.has(line)) return;
    for (const problem of findBrokenLinks(raw, line)) problems.push({ line, message: problem.message, done: "the link was skipped" });
    const next = lines[index + 1] ?? "";
    if (raw.includes("|") && SEPARATOR.test(next) && next.includes("-") && !SEPARATOR.test(raw) && cellCount(next) !== cellCount(raw) && !inCode.has(line + 1)) {
      problems.push({ line: line + 1, message: `table separator has ${cellCount(next)} cells but the header (line ${line}) has ${cellCount(raw)}`, done: "the table was read as text" });
    }
  });
  for (const table of found.tables) {
    const header = table.children[0];
    const width = header?.children.length ?? 0;
    for (const row of table.children.slice(1)) {
      if (row.children.length > width) {
        problems.push({
          line: row.position?.start.line ?? 0,
          message: `table row has ${row.children.length} cells but the header (line ${header?.position?.start.line ?? "?"}) has ${width}`,
          done: "all its cells were read",
        });
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
