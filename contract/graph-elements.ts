/** Nodes and edges as every endpoint returns them, and the ids and labels requests name. */
import { z } from "zod";

export const nodeKindSchema = z.enum(["roadmap", "section", "paper", "survey", "resource", "question", "other"]);
export type NodeKind = z.infer<typeof nodeKindSchema>;

export const relationTypeSchema = z.enum(["BUILDS_ON", "SAME_TOPIC", "SURVEYS", "IN_SECTION", "SUBSECTION_OF", "PART_OF", "CHECKS", "CITES"]);
export type RelationType = z.infer<typeof relationTypeSchema>;

/** Which edges a path may use: those written in the lists only, or those and the ones derived from citations. */
export const edgeSetSchema = z.enum(["curated", "all"]);
export type EdgeSet = z.infer<typeof edgeSetSchema>;
/**
 * Where an edge comes from: "citation" for CITES and for BUILDS_ON that enrich derived from a
 * citation, "curated" for everything a list states (legacy curated edges carry their roadmap id).
 */
export const edgeOriginSchema = z.enum(["curated", "citation"]);
/** Provenance every step of a path carries; confidence and evidence only for derived edges. */
export const edgeProvenanceShape = {
  source: edgeOriginSchema,
  confidence: z.number().min(0).max(1).nullable(),
  /** the citing sentence a derived edge rests on */
  evidence: z.string().nullable(),
};

/** A node as the canvas and lists show it. `id` is the node's stable id property. */
export const graphNodeSchema = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  kind: nodeKindSchema,
  /** short display label: the roadmap tag, or a shortened title/name */
  label: z.string(),
  title: z.string(),
  year: z.number().int().nullable().optional(),
  /** id of the top-level section (area) the node belongs to, for colouring */
  area: z.string().nullable().optional(),
  /** how many papers build on this one */
  builtUponBy: z.number().int().nonnegative().optional(),
  inRoadmap: z.boolean().optional(),
  properties: z.record(z.string(), z.unknown()),
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), z.unknown()),
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

export const subgraphSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  /** neighbours not returned because of the cap */
  omitted: z.number().int().nonnegative().default(0),
});
export type Subgraph = z.infer<typeof subgraphSchema>;


export const nodeIdSchema = z.string().trim().min(1, "must not be empty").max(300);
export const nodeLabelSchema = z.enum(["Roadmap", "Section", "Paper", "Resource", "Question"]);
export type NodeLabel = z.infer<typeof nodeLabelSchema>;
