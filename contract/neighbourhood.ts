/** POST /api/neighbourhood: the subgraph around nodes, to put on the canvas. */
import { z } from "zod";
import { relationTypeSchema, nodeIdSchema, nodeLabelSchema } from "./graph-elements";

export const neighbourhoodRequestSchema = z.object({
  ids: z.array(nodeIdSchema).min(1).max(50),
  depth: z.number().int().min(1).max(3).default(1),
  types: z.array(relationTypeSchema).min(1).optional(),
  labels: z.array(nodeLabelSchema).min(1).optional(),
  /** cap on new nodes (Neo4j Browser expands 100 neighbours at a time) */
  limit: z.number().int().min(1).max(500).default(100),
  /** ids already on screen: not returned, not counted, but edges to them are */
  exclude: z.array(nodeIdSchema).max(5000).optional(),
});
export type NeighbourhoodRequest = z.input<typeof neighbourhoodRequestSchema>;
/** As graph/ takes it: parsed, defaults filled in. */
export type ParsedNeighbourhoodRequest = z.output<typeof neighbourhoodRequestSchema>;
