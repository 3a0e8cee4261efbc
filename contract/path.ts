/** GET /api/path: the shortest paths between two nodes. */
import { z } from "zod";
import { edgeProvenanceShape, edgeSetSchema, graphNodeSchema, nodeIdSchema } from "./graph-elements";
import { queryFlag, queryInt, relationTypeListParam } from "./query-params";

export const pathQuerySchema = z.object({
  from: nodeIdSchema,
  to: nodeIdSchema,
  /** every shortest path rather than one */
  all: queryFlag(false),
  /** relation types to walk (default: all) */
  types: relationTypeListParam.optional(),
  /** only steps from an older paper to a not-older one */
  forward: queryFlag(false),
  maxLength: queryInt(1, 15).default(10),
  /** curated: the lists' own edges only; all: also CITES and citation-derived BUILDS_ON */
  edges: edgeSetSchema.default("all"),
});
export type PathQuery = z.infer<typeof pathQuerySchema>;

export const pathStepSchema = z.object({
  from: z.string(),
  to: z.string(),
  type: z.string(),
  /** forward: the relationship points from `from` to `to` */
  direction: z.enum(["forward", "backward"]),
  reason: z.string().optional(),
  ...edgeProvenanceShape,
});
export const graphPathSchema = z.object({ nodes: z.array(graphNodeSchema), steps: z.array(pathStepSchema) });
export const pathsResponseSchema = z.object({ paths: z.array(graphPathSchema) });
export type PathStep = z.infer<typeof pathStepSchema>;
export type GraphPath = z.infer<typeof graphPathSchema>;
export type PathsResponse = z.infer<typeof pathsResponseSchema>;
