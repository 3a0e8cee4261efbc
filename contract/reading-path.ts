/** POST /api/reading-path and POST /api/frontier: what to read before a paper, and what is next. */
import { z } from "zod";
import { edgeProvenanceShape, edgeSetSchema, graphNodeSchema, graphEdgeSchema, nodeIdSchema } from "./graph-elements";

export const readingPathRequestSchema = z.object({
  /** a paper, or a section (all papers in it and its subsections) */
  target: nodeIdSchema,
  /** ids of papers already read */
  read: z.array(nodeIdSchema).max(5000).default([]),
  /** leave read papers out of the steps */
  hideRead: z.boolean().default(false),
  /** curated: the lists' own BUILDS_ON only; all: also those derived from citations (curated wins a pair) */
  edges: edgeSetSchema.default("all"),
});
export type ReadingPathRequest = z.input<typeof readingPathRequestSchema>;
export type ParsedReadingPathRequest = z.output<typeof readingPathRequestSchema>;

/** `from` builds on `to`; `fromLabel` names `from` so a reason is never read as `to`'s own. */
export const buildsOnReasonSchema = z.object({
  from: z.string(),
  fromLabel: z.string(),
  to: z.string(),
  reason: z.string().nullable(),
  ...edgeProvenanceShape,
});
export const readingStepSchema = z.object({
  node: graphNodeSchema,
  order: z.number().int().positive(),
  /** longest BUILDS_ON distance to the target (the target is 0) */
  depth: z.number().int().nonnegative(),
  /** why it is on the path: the path's papers that build on it */
  reasons: z.array(buildsOnReasonSchema),
  read: z.boolean(),
});
export const readingPathSchema = z.object({
  target: graphNodeSchema,
  steps: z.array(readingStepSchema),
  edges: z.array(graphEdgeSchema),
  frontier: z.array(graphNodeSchema),
});
export type ReadingStep = z.infer<typeof readingStepSchema>;
export type ReadingPath = z.infer<typeof readingPathSchema>;

export const frontierRequestSchema = z.object({
  read: z.array(nodeIdSchema).max(5000).default([]),
  roadmap: nodeIdSchema.optional(),
});
export type FrontierRequest = z.input<typeof frontierRequestSchema>;
export type ParsedFrontierRequest = z.output<typeof frontierRequestSchema>;
export const frontierResponseSchema = z.object({ frontier: z.array(graphNodeSchema) });
export type FrontierResponse = z.infer<typeof frontierResponseSchema>;
