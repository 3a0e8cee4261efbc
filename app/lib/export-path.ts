/**
 * A reading path as text people keep: a Markdown checklist (GitHub renders the boxes) and
 * BibTeX entries for a reference manager. Pure: the caller downloads or copies the string.
 */
import type { GraphNode } from "@/graph/schemas";
import type { StatusMap } from "./reading-progress";

export type PathStep = {
  node: GraphNode;
  order: number;
  depth: number;
  reasons: { from: string; fromLabel: string; to: string; reason: string | null }[];
};

function prop(node: GraphNode, key: string): string | undefined {
  const value = node.properties[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function paperUrl(node: GraphNode): string | undefined {
  const arxiv = prop(node, "arxivId");
  return prop(node, "url") ?? (arxiv ? `https://arxiv.org/abs/${arxiv}` : undefined);
}

/** Markdown link text must not close the bracket early. */
function escapeMd(text: string): string {
  return text.replace(/([[\]\\])/g, "\\$1");
}

export function toMarkdownChecklist(target: GraphNode, steps: readonly PathStep[], statuses: StatusMap = {}): string {
  const lines = [`# Reading path to ${target.title}`, ""];
  for (const step of steps) {
    const done = statuses[step.node.id] === "read" ? "x" : " ";
    const url = paperUrl(step.node);
    const title = url ? `[${escapeMd(step.node.title)}](${url})` : escapeMd(step.node.title);
    const meta = [step.node.year, prop(step.node, "venue")].filter(Boolean).join(", ");
    lines.push(`- [${done}] ${step.order}. ${title}${meta ? ` (${meta})` : ""}`);
    // A reason describes the paper that builds on this step, so it is said whose it is.
    for (const r of step.reasons) lines.push(`  - ${r.fromLabel} builds on it${r.reason ? `: ${r.reason}` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}

/** A citation key people recognise: first word of the title plus the year, ASCII only. */
export function bibKey(node: GraphNode, taken: Set<string>): string {
  const word = (node.title.match(/[A-Za-z0-9]+/g) ?? ["paper"]).find((w) => w.length > 3) ?? "paper";
  const base = `${word.toLowerCase()}${node.year ?? ""}`;
  let key = base;
  for (let i = 0; taken.has(key); i++) key = `${base}${String.fromCharCode(97 + (i % 26))}${i >= 26 ? i : ""}`;
  taken.add(key);
  return key;
}

/** BibTeX treats braces and a few characters specially; keep titles' capitals with double braces. */
function escapeBib(text: string): string {
  return text.replace(/\\/g, "\\textbackslash{}").replace(/([{}&%$#_])/g, "\\$1");
}

export function toBibtex(nodes: readonly GraphNode[]): string {
  const taken = new Set<string>();
  const entries: string[] = [];
  for (const node of nodes) {
    if (node.kind !== "paper" && node.kind !== "survey") continue;
    const arxiv = prop(node, "arxivId");
    const venue = prop(node, "venue");
    const fields: [string, string][] = [["title", `{${escapeBib(node.title)}}`]];
    if (node.year) fields.push(["year", String(node.year)]);
    if (venue && !/arxiv/i.test(venue)) fields.push(["booktitle", `{${escapeBib(venue)}}`]);
    if (arxiv) fields.push(["eprint", `{${arxiv}}`], ["archivePrefix", "{arXiv}"]);
    const url = paperUrl(node);
    if (url) fields.push(["url", `{${url}}`]);
    const type = venue && !/arxiv/i.test(venue) ? "inproceedings" : "misc";
    const body = fields.map(([k, v]) => `  ${k} = ${v}`).join(",\n");
    entries.push(`@${type}{${bibKey(node, taken)},\n${body}\n}`);
  }
  return entries.length ? `${entries.join("\n\n")}\n` : "";
}
