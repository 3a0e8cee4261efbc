/** Small builders for unit tests of the pure modules. */
import type { DetailedNode, GraphEdge, GraphNode } from "@/contract/schemas";

export function node(id: string, extra: Partial<GraphNode> = {}): GraphNode {
  return { id, kind: "paper", label: id.toUpperCase(), title: `Title of ${id}`, ...extra };
}

/** A node as the details endpoints return it: with its labels and stored properties. */
export function detailedNode(id: string, extra: Partial<DetailedNode> = {}): DetailedNode {
  return { ...node(id), labels: ["Paper"], properties: {}, ...extra };
}

export function edge(source: string, target: string, type = "BUILDS_ON", extra: Partial<GraphEdge> = {}): GraphEdge {
  return { id: `${source}-${type}-${target}`, type, source, target, origin: "curated", ...extra };
}

/** Three real papers with the fields a BibTeX export writes (arXiv id, DOI, venue, authors). */
export const attention = detailedNode("1706.03762", {
  title: "Attention Is All You Need",
  year: 2017,
  properties: { arxivId: "1706.03762", venue: "NeurIPS", authors: ["Ashish Vaswani", "Noam Shazeer", "Łukasz Kaiser"] },
});
export const lstm = detailedNode("long-short-term-memory", {
  title: "Long Short-Term Memory",
  year: 1997,
  properties: { doi: "10.1162/neco.1997.9.8.1735", venue: "Neural Computation", authors: ["Sepp Hochreiter", "Jürgen Schmidhuber"] },
});
export const gqa = detailedNode("2305.13245", {
  title: "GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints",
  year: 2023,
  properties: { arxivId: "2305.13245", venue: "arXiv", authors: ["Joshua Ainslie", "Michiel de Jong"] },
});
