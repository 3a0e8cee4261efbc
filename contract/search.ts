/** GET /api/search: the query and the ranked results. */
import { z } from "zod";
import { graphNodeSchema, nodeIdSchema } from "./graph-elements";
import { breadcrumbItemSchema } from "./node-details";
import { queryInt } from "./query-params";

export const searchKindSchema = z.enum(["paper", "survey", "resource", "section"]);
export type SearchKind = z.infer<typeof searchKindSchema>;

export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(1, "type something to search for").max(200),
    kind: searchKindSchema.optional(),
    section: nodeIdSchema.optional(),
    /** only what this list holds (its sections, and the papers and resources listed in them or brought in by it) */
    roadmap: nodeIdSchema.optional(),
    yearFrom: queryInt(1900, 2100).optional(),
    yearTo: queryInt(1900, 2100).optional(),
    limit: queryInt(1, 100).default(20),
  })
  .refine((v) => v.yearFrom === undefined || v.yearTo === undefined || v.yearFrom <= v.yearTo, {
    message: "yearFrom must not be after yearTo",
    path: ["yearFrom"],
  });
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchResultSchema = z.object({
  node: graphNodeSchema,
  score: z.number(),
  /** the sections the node sits in, top-level first (in the `roadmap` asked for, when it is there), named in both languages */
  sectionPath: z.array(breadcrumbItemSchema),
  /** the lists that hold the node, so a hit from another list can say which */
  roadmaps: z.array(z.object({ id: z.string(), title: z.string() })),
});
export const searchResponseSchema = z.object({ results: z.array(searchResultSchema) });
export type SearchResult = z.infer<typeof searchResultSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
