/**
 * Records become GraphNode / GraphEdge here. The Cypher side is a map projection (NODE, EDGE
 * below) so queries return plain maps rather than driver objects; the TypeScript side is pure
 * and unit-tested (graph/to-graph-elements.test.ts).
 */
import { z } from "zod";
import type { DetailedEdge, DetailedNode, GraphEdge, GraphNode, NodeKind, PathStep } from "@/contract/schemas";
import { getEdgeProvenance } from "./edge-provenance";

/** Labels that carry an `id` property with a uniqueness constraint. */
export const ID_LABELS = ["Paper", "Section", "Resource", "Roadmap", "Question"] as const;

/**
 * Cypher that binds `variable` to the node whose id is `idExpr`, or to nothing. One index seek
 * per label: a label-less `MATCH (n {id: $id})` would scan every node of the graph.
 * `imports` are the outer variables `idExpr` refers to (none when it is a parameter).
 */
export function matchNodeById(variable: string, idExpr: string, imports: string[] = []): string {
  const branches = ID_LABELS.map((label) => `MATCH (${variable}:${label} {id: ${idExpr}}) RETURN ${variable}`);
  return `CALL (${imports.join(", ")}) { ${branches.join(" UNION ")} }`;
}

/** The stored properties a lean node (GraphNode) is made of: what the canvas and lists show. */
export const LEAN_NODE_KEYS = ["id", "title", "name", "text", "tag", "year", "isSurvey", "inRoadmap", "suggested", "nameRu", "roadmap"] as const;
/** The stored properties a lean edge is made of: its tooltip and where it comes from. */
export const LEAN_EDGE_KEYS = ["reason", "topic", "source"] as const;
/** What a path step's provenance needs besides (graph/edge-provenance.ts). */
export const PROVENANCE_EDGE_KEYS = ["reason", "topic", "source", "confidence", "evidence", "contexts"] as const;

const pick = (v: string, keys: readonly string[]) => `${v}{${keys.map((key) => `.${key}`).join(", ")}}`;

/**
 * Cypher map projection of node `v` that `toGraphNode` understands. `area` is the top-level
 * section the node sits under (for colouring), `builtUponBy` how many papers build on a paper.
 * Only the properties a lean node needs leave the database, unless `all` (details, console).
 */
export function nodeProjection(v: string, options: { all?: boolean } = {}): string {
  return `{elementId: elementId(${v}), labels: labels(${v}), properties: ${options.all ? `properties(${v})` : pick(v, LEAN_NODE_KEYS)},
    area: COLLECT { MATCH (${v})-[:IN_SECTION|CHECKS*0..1]->(:Section)-[:SUBSECTION_OF*0..8]->(top:Section)-[:PART_OF]->(:Roadmap)
                    RETURN top.id ORDER BY top.order LIMIT 1 }[0],
    builtUponBy: CASE WHEN ${v}:Paper THEN COUNT { (${v})<-[:BUILDS_ON]-(:Paper) } END}`;
}

/** Cypher map projection of relationship `r` that `toGraphEdge` understands, with the stored properties `keys`. */
export function edgeProjection(r: string, keys: readonly string[] = LEAN_EDGE_KEYS): string {
  return `{type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, properties: ${pick(r, keys)}}`;
}

export const rawNodeSchema = z.object({
  elementId: z.string().optional(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
  area: z.string().nullable().optional(),
  builtUponBy: z.number().int().nullable().optional(),
});
export type RawNode = z.infer<typeof rawNodeSchema>;

export const rawEdgeSchema = z.object({
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), z.unknown()),
});
export type RawEdge = z.infer<typeof rawEdgeSchema>;

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : undefined);

export function shorten(value: string, max = 40): string {
  return value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
}

export function kindOf(labels: readonly string[], properties: Record<string, unknown>): NodeKind {
  if (labels.includes("Paper")) return properties.isSurvey === true ? "survey" : "paper";
  if (labels.includes("Section")) return "section";
  if (labels.includes("Resource")) return "resource";
  if (labels.includes("Roadmap")) return "roadmap";
  if (labels.includes("Question")) return "question";
  return "other";
}

/** The public id: the `id` property; nodes without one (console results) use their elementId. */
export function publicId(properties: Record<string, unknown>, elementId: string | undefined): string {
  return text(properties.id) ?? `element:${elementId ?? "unknown"}`;
}

// Internal bookkeeping properties the UI has no use for.
const HIDDEN_PROPERTIES = new Set(["normTitle"]);

/** A node as lists and the canvas show it (contract/graph-elements.ts), from either projection. */
export function toGraphNode(raw: RawNode): GraphNode {
  const { properties } = raw;
  const id = publicId(properties, raw.elementId);
  const title = text(properties.title) ?? text(properties.name) ?? text(properties.text) ?? id;
  const year = typeof properties.year === "number" && Number.isInteger(properties.year) ? properties.year : null;
  const kind = kindOf(raw.labels, properties);
  const nameRu = kind === "section" ? text(properties.nameRu) : undefined;
  const roadmap = kind === "section" ? text(properties.roadmap) : undefined;
  return {
    id,
    kind,
    label: text(properties.tag) ?? shorten(title),
    title,
    year,
    area: raw.area ?? null,
    ...(typeof raw.builtUponBy === "number" ? { builtUponBy: raw.builtUponBy } : {}),
    ...(typeof properties.inRoadmap === "boolean" ? { inRoadmap: properties.inRoadmap } : {}),
    ...(properties.suggested === true ? { suggested: true } : {}),
    ...(nameRu ? { nameRu } : {}),
    ...(roadmap ? { roadmap } : {}),
  };
}

/** A node with its labels and every stored property (but bookkeeping): details and the console. */
export function toDetailedNode(raw: RawNode): DetailedNode {
  const properties = Object.fromEntries(Object.entries(raw.properties).filter(([key]) => !HIDDEN_PROPERTIES.has(key)));
  return { ...toGraphNode(raw), labels: raw.labels, properties };
}

/** Edge ids are derived, not elementIds: the ingest MERGEs at most one edge per type and pair. */
export function edgeId(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

/** An edge as the canvas draws it: from the lean projection or from all stored properties. */
export function toGraphEdge(raw: RawEdge): GraphEdge {
  const reason = text(raw.properties.reason);
  const topic = text(raw.properties.topic);
  return {
    id: edgeId(raw.source, raw.type, raw.target),
    type: raw.type,
    source: raw.source,
    target: raw.target,
    origin: getEdgeProvenance(raw.type, raw.properties).source,
    ...(reason ? { reason } : {}),
    ...(topic ? { topic } : {}),
  };
}

/** An edge with every stored property: the Cypher console shows what the query returns. */
export function toDetailedEdge(raw: RawEdge): DetailedEdge {
  return { ...toGraphEdge(raw), properties: raw.properties };
}

/** Keeps the first node/edge of each id, in order. */
export function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

/**
 * A path's relationships as steps along its node sequence: `forward` when the relationship
 * points the way the path walks.
 */
export function toPathSteps(nodeIds: readonly string[], relationships: readonly RawEdge[]): PathStep[] {
  return relationships.map((rel, index) => {
    const from = nodeIds[index] ?? rel.source;
    const to = nodeIds[index + 1] ?? rel.target;
    const reason = text(rel.properties.reason);
    return {
      from,
      to,
      type: rel.type,
      direction: rel.source === from && rel.target === to ? "forward" : "backward",
      ...(reason ? { reason } : {}),
      ...getEdgeProvenance(rel.type, rel.properties),
    };
  });
}
