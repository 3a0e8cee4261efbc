/**
 * /api/roadmaps: the loaded lists (GET), loading one from the page (POST) and removing one
 * (DELETE); /api/roadmaps/progress: how many papers of each list a reader has read.
 */
import { z } from "zod";
import { nodeIdSchema } from "./graph-elements";

const count = z.number().int().nonnegative();

export const roadmapSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  sections: count,
  papers: count,
  resources: count,
  /** when the list was first loaded (ms since the epoch); null for lists loaded before this was kept */
  loadedAt: z.number().int().nullable(),
});
export type RoadmapSummary = z.infer<typeof roadmapSummarySchema>;

export const roadmapsResponseSchema = z.object({
  roadmaps: z.array(roadmapSummarySchema),
  /** every pair of lists that share at least one paper, a < b */
  shared: z.array(z.object({ a: z.string(), b: z.string(), papers: count })),
  /** whether this server accepts lists loaded from the page (ALLOW_PAGE_INGEST) */
  pageIngest: z.boolean(),
});
export type RoadmapsResponse = z.infer<typeof roadmapsResponseSchema>;

export const roadmapProgressRequestSchema = z.object({ read: z.array(nodeIdSchema).max(20_000) });
export type RoadmapProgressRequest = z.infer<typeof roadmapProgressRequestSchema>;
export const roadmapProgressResponseSchema = z.object({ progress: z.array(z.object({ id: z.string(), read: count })) });
export type RoadmapProgressResponse = z.infer<typeof roadmapProgressResponseSchema>;

/** POST /api/roadmaps?name=FILE[&roadmap=ID][&title=TEXT]: the file's bytes are the body. */
export const loadRoadmapQuerySchema = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/\.(md|markdown|txt|ya?ml|json|ndjson|bib|ris)$/i, "must end in .md, .markdown, .txt, .yaml, .yml, .json, .ndjson, .bib or .ris"),
  roadmap: nodeIdSchema.optional(),
  title: z.string().trim().min(1).max(300).optional(),
});
export type LoadRoadmapQuery = z.infer<typeof loadRoadmapQuerySchema>;

export const ingestProblemSchema = z.object({ line: z.number().int().optional(), message: z.string() });

export const loadRoadmapResponseSchema = z.object({
  roadmap: z.object({ id: z.string(), title: z.string() }),
  /** what the list holds */
  counts: z.object({ sections: count, papers: count, resources: count, buildsOn: count }),
  /** nodes, relationships and properties the write created, deleted or set */
  changes: count,
  /** flaws the lenient readers stepped over, with the file's line */
  warnings: z.array(ingestProblemSchema),
});
export type LoadRoadmapResponse = z.infer<typeof loadRoadmapResponseSchema>;

export const removeRoadmapQuerySchema = z.object({ id: nodeIdSchema });
export const removeRoadmapResponseSchema = z.object({ id: z.string(), nodesDeleted: count, relationshipsDeleted: count });
export type RemoveRoadmapResponse = z.infer<typeof removeRoadmapResponseSchema>;
