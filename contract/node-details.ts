/**
 * GET /api/node: one node with everything it stores and its neighbours grouped by relation
 * (the neighbours as lists show them). POST /api/nodes: several nodes with everything they store,
 * for what needs more than lists carry (a reading path's BibTeX and Markdown exports).
 */
import { z } from "zod";
import { detailedNodeSchema, graphNodeSchema, nodeIdSchema } from "./graph-elements";

export const nodeQuerySchema = z.object({ id: nodeIdSchema });
export const breadcrumbItemSchema = z.object({ id: z.string(), name: z.string(), nameRu: z.string().nullable() });
export const linkedPaperSchema = z.object({
  node: graphNodeSchema,
  reason: z.string().nullable(),
  /** the BUILDS_ON edge was derived from a citation (npm run enrich), not stated in a list */
  derived: z.boolean().optional(),
  /** the citing sentence a derived edge rests on */
  evidence: z.string().nullable().optional(),
});
export const placementSchema = z.object({
  group: z.string().nullable(),
  order: z.number().int().nullable(),
  note: z.string().nullable(),
});
export const questionSchema = z.object({ id: z.string(), text: z.string(), textRu: z.string().nullable() });

export const nodeDetailsSchema = z.object({
  node: detailedNodeSchema,
  breadcrumb: z.array(breadcrumbItemSchema),
  buildsOn: z.array(linkedPaperSchema),
  builtUponBy: z.array(linkedPaperSchema),
  sameTopic: z.array(z.object({ node: graphNodeSchema, topic: z.string().nullable() })),
  surveyedBy: z.array(graphNodeSchema),
  surveys: z.array(graphNodeSchema),
  sections: z.array(placementSchema.extend({ section: graphNodeSchema })),
  /** sections (and the roadmap) only */
  subsections: z.array(graphNodeSchema).optional(),
  items: z.array(placementSchema.extend({ node: graphNodeSchema })).optional(),
  questions: z.array(questionSchema).optional(),
});
export type NodeDetails = z.infer<typeof nodeDetailsSchema>;

/** A reading path holds at most a few hundred papers; one request fetches them all. */
export const NODES_MAX_IDS = 1000;
export const nodesRequestSchema = z.object({ ids: z.array(nodeIdSchema).min(1).max(NODES_MAX_IDS) });
export type NodesRequest = z.input<typeof nodesRequestSchema>;
export const nodesResponseSchema = z.object({
  /** in the order asked, each id once */
  nodes: z.array(detailedNodeSchema),
  /** ids asked for that no node has */
  missing: z.array(z.string()),
});
export type NodesResponse = z.infer<typeof nodesResponseSchema>;
