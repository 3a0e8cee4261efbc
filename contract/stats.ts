/** GET /api/stats: counts for the overview page. */
import { z } from "zod";
import { graphNodeSchema, nodeIdSchema } from "./graph-elements";

export const statsQuerySchema = z.object({ roadmap: nodeIdSchema.optional() });
export type StatsQuery = z.infer<typeof statsQuerySchema>;

export const statsSchema = z.object({
  totals: z.object({ nodes: z.number().int().nonnegative(), relationships: z.number().int().nonnegative() }),
  /** nodes per label */
  labels: z.record(z.string(), z.number().int().nonnegative()),
  /** relationships per type */
  relationships: z.record(z.string(), z.number().int().nonnegative()),
  mostBuiltUpon: z.array(z.object({ node: graphNodeSchema, count: z.number().int().nonnegative() })),
  papersPerYear: z.array(z.object({ year: z.number().int(), count: z.number().int().nonnegative() })),
  roadmaps: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      source: z.string().nullable(),
      sections: z.number().int().nonnegative(),
      papers: z.number().int().nonnegative(),
      resources: z.number().int().nonnegative(),
      questions: z.number().int().nonnegative(),
    }),
  ),
});
export type Stats = z.infer<typeof statsSchema>;
