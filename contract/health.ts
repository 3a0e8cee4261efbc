/** GET /api/health: who the database is and how big the graph is. */
import { z } from "zod";

export const healthSchema = z.object({
  status: z.literal("ok"),
  neo4j: z.object({ version: z.string(), edition: z.string(), address: z.string(), database: z.string() }),
  graph: z.object({ nodes: z.number().int().nonnegative(), relationships: z.number().int().nonnegative() }),
});
export type Health = z.infer<typeof healthSchema>;
