/**
 * The API's contract: every answer the graph API gives is one of these shapes, parsed with zod
 * on the way out of Neo4j, and every request is parsed on the way in. The UI imports the types
 * (never the driver); the OpenAPI document is generated from the same schemas.
 */
import { z } from "zod";

export const nodeKindSchema = z.enum(["roadmap", "section", "paper", "survey", "resource", "question", "other"]);
export type NodeKind = z.infer<typeof nodeKindSchema>;

export const relationTypeSchema = z.enum(["BUILDS_ON", "SAME_TOPIC", "SURVEYS", "IN_SECTION", "SUBSECTION_OF", "PART_OF", "CHECKS"]);
export type RelationType = z.infer<typeof relationTypeSchema>;

/** A node as the canvas and lists show it. `id` is the node's stable id property. */
export const graphNodeSchema = z.object({
  id: z.string(),
  labels: z.array(z.string()),
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
  properties: z.record(z.string(), z.unknown()),
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), z.unknown()),
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

export const subgraphSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  /** neighbours not returned because of the cap */
  omitted: z.number().int().nonnegative().default(0),
});
export type Subgraph = z.infer<typeof subgraphSchema>;

// ---------------------------------------------------------------------------------------------
// Request pieces. Node ids contain '/' and '.', so they travel in query strings or JSON bodies.

export const nodeIdSchema = z.string().trim().min(1, "must not be empty").max(300);
export const nodeLabelSchema = z.enum(["Roadmap", "Section", "Paper", "Resource", "Question"]);
export type NodeLabel = z.infer<typeof nodeLabelSchema>;

/** A query-string flag: "true"/"1" or "false"/"0"; absent means `fallback`. */
const queryFlag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((value) => (value === undefined ? fallback : value === "true" || value === "1"));

const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** `types=BUILDS_ON,SAME_TOPIC` or `types=BUILDS_ON&types=SAME_TOPIC`. */
const relationTypeListParam = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(",")).map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(relationTypeSchema).min(1));

// ---------------------------------------------------------------------------------------------
// Search

export const searchKindSchema = z.enum(["paper", "survey", "resource", "section"]);
export type SearchKind = z.infer<typeof searchKindSchema>;

export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(1, "type something to search for").max(200),
    kind: searchKindSchema.optional(),
    section: nodeIdSchema.optional(),
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
  /** names of the sections the node sits in, top-level first */
  sectionPath: z.array(z.string()),
});
export const searchResponseSchema = z.object({ results: z.array(searchResultSchema) });
export type SearchResult = z.infer<typeof searchResultSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Node details

export const nodeQuerySchema = z.object({ id: nodeIdSchema });
export const breadcrumbItemSchema = z.object({ id: z.string(), name: z.string(), nameRu: z.string().nullable() });
export const linkedPaperSchema = z.object({ node: graphNodeSchema, reason: z.string().nullable() });
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

// ---------------------------------------------------------------------------------------------
// Neighbourhood, overview

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

export const overviewQuerySchema = z.object({ roadmap: nodeIdSchema.optional(), sameTopic: queryFlag(false) });
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Section tree

export const sectionsQuerySchema = z.object({ roadmap: nodeIdSchema.optional() });

export type SectionTreeNode = {
  id: string;
  name: string;
  nameRu: string | null;
  level: number;
  order: number;
  /** distinct papers in this section and its descendants */
  paperCount: number;
  resourceCount: number;
  children: SectionTreeNode[];
};
export const sectionTreeNodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameRu: z.string().nullable(),
  level: z.number().int().nonnegative(),
  order: z.number().int().nonnegative(),
  paperCount: z.number().int().nonnegative(),
  resourceCount: z.number().int().nonnegative(),
  get children(): z.ZodArray<typeof sectionTreeNodeSchema> {
    return z.array(sectionTreeNodeSchema);
  },
});
export const sectionsResponseSchema = z.object({
  roadmaps: z.array(z.object({ id: z.string(), title: z.string(), sections: z.array(sectionTreeNodeSchema) })),
});
export type SectionsResponse = z.infer<typeof sectionsResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Reading path and frontier

export const readingPathRequestSchema = z.object({
  /** a paper, or a section (all papers in it and its subsections) */
  target: nodeIdSchema,
  /** ids of papers already read */
  read: z.array(nodeIdSchema).max(5000).default([]),
  /** leave read papers out of the steps */
  hideRead: z.boolean().default(false),
});
export type ReadingPathRequest = z.input<typeof readingPathRequestSchema>;

/** `from` builds on `to`; `fromLabel` names `from` so a reason is never read as `to`'s own. */
export const buildsOnReasonSchema = z.object({ from: z.string(), fromLabel: z.string(), to: z.string(), reason: z.string().nullable() });
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
export const frontierResponseSchema = z.object({ frontier: z.array(graphNodeSchema) });
export type FrontierResponse = z.infer<typeof frontierResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Paths between two nodes

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
});
export type PathQuery = z.infer<typeof pathQuerySchema>;

export const pathStepSchema = z.object({
  from: z.string(),
  to: z.string(),
  type: z.string(),
  /** forward: the relationship points from `from` to `to` */
  direction: z.enum(["forward", "backward"]),
  reason: z.string().optional(),
});
export const graphPathSchema = z.object({ nodes: z.array(graphNodeSchema), steps: z.array(pathStepSchema) });
export const pathsResponseSchema = z.object({ paths: z.array(graphPathSchema) });
export type PathStep = z.infer<typeof pathStepSchema>;
export type GraphPath = z.infer<typeof graphPathSchema>;
export type PathsResponse = z.infer<typeof pathsResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Stats

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

// ---------------------------------------------------------------------------------------------
// Cypher console

export const CONSOLE_MAX_QUERY_LENGTH = 10_000;
/** Limits of a console query's parameters: how many, how large (as JSON) and how deeply nested. */
export const CONSOLE_MAX_PARAMS = 100;
export const CONSOLE_MAX_PARAMS_BYTES = 32_768;
export const CONSOLE_MAX_PARAMS_DEPTH = 16;
/** Any JSON value (a console parameter). */
export const jsonValueSchema = z.json();

function nesting(value: unknown, depth = 0): number {
  if (value === null || typeof value !== "object" || depth > CONSOLE_MAX_PARAMS_DEPTH) return depth;
  return Math.max(depth + 1, ...Object.values(value).map((inner) => nesting(inner, depth + 1)));
}

export const cypherRequestSchema = z.object({
  query: z.string().min(1, "the query is empty").max(CONSOLE_MAX_QUERY_LENGTH, `the query is longer than ${CONSOLE_MAX_QUERY_LENGTH.toLocaleString("en")} characters`),
  params: z
    .record(z.string(), jsonValueSchema)
    // Checked here rather than as the record's key schema, whose message would only say "Invalid key".
    .refine((params) => Object.keys(params).every((name) => /^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(name)), "parameter names are identifiers: letters, digits and _, at most 100 characters")
    .refine((params) => Object.keys(params).length <= CONSOLE_MAX_PARAMS, `at most ${CONSOLE_MAX_PARAMS} parameters`)
    .refine((params) => new TextEncoder().encode(JSON.stringify(params)).length <= CONSOLE_MAX_PARAMS_BYTES, `the parameters are larger than ${CONSOLE_MAX_PARAMS_BYTES} bytes as JSON`)
    .refine((params) => nesting(params) <= CONSOLE_MAX_PARAMS_DEPTH, `the parameters nest more than ${CONSOLE_MAX_PARAMS_DEPTH} levels deep`)
    .default({}),
});
export type CypherRequest = z.input<typeof cypherRequestSchema>;

export const consoleNotificationSchema = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string(),
  severity: z.string(),
  position: z.object({ line: z.number(), column: z.number(), offset: z.number() }).optional(),
});
export const cypherResponseSchema = z.object({
  columns: z.array(z.string()),
  /** plain JSON; nodes are {elementId, id, labels, properties}, relationships {elementId, type, start, end, properties} */
  rows: z.array(z.array(z.unknown())),
  /** every node, relationship and path found anywhere in the rows */
  graph: z.object({ nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) }),
  /** true when rows (or a long list in a row) were cut at the cap */
  truncated: z.boolean(),
  rowCap: z.number().int().positive(),
  summary: z.object({
    queryType: z.string().nullable(),
    counters: z.record(z.string(), z.union([z.number(), z.boolean()])),
    resultAvailableAfter: z.number().nullable(),
    resultConsumedAfter: z.number().nullable(),
    notifications: z.array(consoleNotificationSchema),
    plan: z.unknown().optional(),
  }),
});
export type CypherResponse = z.infer<typeof cypherResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Errors (what app/api/respond.ts writes)

export const apiErrorSchema = z.object({
  error: z.object({
    kind: z.string(),
    message: z.string(),
    code: z.string().optional(),
    position: z.object({ line: z.number().int(), column: z.number().int(), offset: z.number().int() }).optional(),
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
