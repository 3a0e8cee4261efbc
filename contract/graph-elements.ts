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

/**
 * A node as the canvas and lists show it, and no more: list and graph answers carry these.
 * Everything else a node stores (authors, venue, links, abstract...) comes from the details
 * endpoints (GET /api/node, POST /api/nodes) when a panel, an export or a tooltip needs it.
 * `id` is the node's stable id property.
 */
export const graphNodeSchema = z.object({
  id: z.string(),
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
  /** a prerequisite citation data proposed (npm run enrich), not in any list */
  suggested: z.boolean().optional(),
  /** a section's Russian name, for the Russian interface */
  nameRu: z.string().optional(),
  /** the list (roadmap id) a section belongs to */
  roadmap: z.string().optional(),
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

/** A node with everything it stores: the details endpoints and the Cypher console answer these. */
export const detailedNodeSchema = graphNodeSchema.extend({
  labels: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});
export type DetailedNode = z.infer<typeof detailedNodeSchema>;

/**
 * An edge as the canvas draws it: `origin` says whether it is drawn dashed (citation data),
 * `reason` (BUILDS_ON) or `topic` (SAME_TOPIC) is its tooltip.
 */
export const graphEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  origin: edgeOriginSchema,
  reason: z.string().optional(),
  topic: z.string().optional(),
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

/** An edge with every stored property: what the Cypher console returns. */
export const detailedEdgeSchema = graphEdgeSchema.extend({ properties: z.record(z.string(), z.unknown()) });
export type DetailedEdge = z.infer<typeof detailedEdgeSchema>;

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
