/** Small builders for unit tests of the pure modules. */
import type { GraphEdge, GraphNode } from "@/contract/schemas";

export function node(id: string, extra: Partial<GraphNode> = {}): GraphNode {
  return { id, labels: ["Paper"], kind: "paper", label: id.toUpperCase(), title: `Title of ${id}`, properties: {}, ...extra };
}

export function edge(source: string, target: string, type = "BUILDS_ON", properties: Record<string, unknown> = {}): GraphEdge {
  return { id: `${source}-${type}-${target}`, type, source, target, properties };
}

/** Three real papers with the fields a BibTeX export writes (arXiv id, DOI, venue, authors). */
export const attention = node("1706.03762", {
  title: "Attention Is All You Need",
  year: 2017,
  properties: { arxivId: "1706.03762", venue: "NeurIPS", authors: ["Ashish Vaswani", "Noam Shazeer", "Łukasz Kaiser"] },
});
export const lstm = node("long-short-term-memory", {
  title: "Long Short-Term Memory",
  year: 1997,
  properties: { doi: "10.1162/neco.1997.9.8.1735", venue: "Neural Computation", authors: ["Sepp Hochreiter", "Jürgen Schmidhuber"] },
});
export const gqa = node("2305.13245", {
  title: "GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints",
  year: 2023,
  properties: { arxivId: "2305.13245", venue: "arXiv", authors: ["Joshua Ainslie", "Michiel de Jong"] },
});
