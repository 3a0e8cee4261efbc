/** GET /api/node: one node with its neighbours grouped by relation. */
import { z } from "zod";
import { graphNodeSchema, nodeIdSchema } from "./graph-elements";

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
  node: graphNodeSchema,
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
