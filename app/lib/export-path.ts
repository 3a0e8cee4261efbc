/**
 * A reading path as text people keep: a Markdown checklist (GitHub renders the boxes). Pure:
 * the caller downloads or copies the string. The BibTeX export is to-bibtex.ts.
 */
import type { DetailedNode, GraphNode } from "@/contract/schemas";
import type { StatusMap } from "./reading-progress";

/**
 * The part of a reading step (contract/reading-path.ts) the exports use, its node with every
 * stored property (links, venue: POST /api/nodes).
 */
export type ReadingStepExport = {
  node: DetailedNode;
  order: number;
  depth: number;
  reasons: { from: string; fromLabel: string; to: string; reason: string | null }[];
};

/**
 * Reading steps with their nodes as POST /api/nodes returned them (every stored property). A
 * node the answer lacks (removed meanwhile) is exported with what the path itself says of it.
 */
export function withDetails<S extends { node: GraphNode }>(steps: readonly S[], details: readonly DetailedNode[]): (Omit<S, "node"> & { node: DetailedNode })[] {
  const byId = new Map(details.map((node) => [node.id, node]));
  return steps.map((step) => ({ ...step, node: byId.get(step.node.id) ?? { ...step.node, labels: [], properties: {} } }));
}

function prop(node: Pick<DetailedNode, "properties">, key: string): string | undefined {
  const value = node.properties[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function paperUrl(node: Pick<DetailedNode, "properties">): string | undefined {
  const arxiv = prop(node, "arxivId");
  return prop(node, "url") ?? (arxiv ? `https://arxiv.org/abs/${arxiv}` : undefined);
}

/** Markdown link text must not close the bracket early. */
function escapeMd(text: string): string {
  return text.replace(/([[\]\\])/g, "\\$1");
}

export function toMarkdownChecklist(target: Pick<DetailedNode, "title">, steps: readonly ReadingStepExport[], statuses: StatusMap = {}): string {
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
