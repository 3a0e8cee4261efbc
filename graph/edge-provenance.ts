/**
 * Where an edge comes from, for answers and for Cypher. Enrich writes CITES and
 * BUILDS_ON {source: "citation"}; every other edge was stated in a list. Curated BUILDS_ON may
 * carry "curated" or (legacy) the roadmap id as source, so anything but "citation" is curated.
 */
import type { EdgeSet } from "@/contract/schemas";

export type EdgeProvenance = { source: "curated" | "citation"; confidence: number | null; evidence: string | null };

const firstText = (value: unknown): string | null => {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (Array.isArray(value)) return firstText(value.find((item) => typeof item === "string" && item.trim() !== ""));
  return null;
};

/** The provenance of a relationship from its type and properties (as Neo4j returns them). */
export function getEdgeProvenance(type: string, properties: Record<string, unknown>): EdgeProvenance {
  if (type === "CITES") return { source: "citation", confidence: null, evidence: firstText(properties.contexts) };
  if (type === "BUILDS_ON" && properties.source === "citation") {
    return { source: "citation", confidence: typeof properties.confidence === "number" ? properties.confidence : null, evidence: firstText(properties.evidence) };
  }
  return { source: "curated", confidence: null, evidence: null };
}

/** Cypher: relationship `r` is citation data (CITES, or a BUILDS_ON derived from a citation). */
export const isCitationEdge = (r: string) => `(type(${r}) = 'CITES' OR (type(${r}) = 'BUILDS_ON' AND ${r}.source = 'citation'))`;

/**
 * Cypher: relationship `r` between `x` and `y` may be walked. "curated" drops citation data;
 * "all" drops what a stronger edge between the same pair makes redundant (a curated BUILDS_ON
 * over a derived one, any BUILDS_ON over a plain CITES), so a pair is joined once, curated first.
 */
export function walkableEdge(edges: EdgeSet, r: string, x: string, y: string): string {
  if (edges === "curated") return `NOT ${isCitationEdge(r)}`;
  return `NOT (
    (type(${r}) = 'CITES' AND EXISTS { (${x})-[:BUILDS_ON]-(${y}) })
    OR (type(${r}) = 'BUILDS_ON' AND ${r}.source = 'citation' AND EXISTS { (${x})-[c:BUILDS_ON]-(${y}) WHERE c.source IS NULL OR c.source <> 'citation' }))`;
}
