/**
 * The OpenAPI 3.1 description of the graph API, generated from the same zod schemas the routes
 * parse with (zod 4's own JSON Schema output, which is the 2020-12 dialect OpenAPI 3.1 uses).
 * Request bodies and query strings are described as the caller writes them (zod "input"),
 * answers as the server sends them ("output").
 */
import { z } from "zod";
import * as s from "@/contract/schemas";

type Endpoint = {
  method: "get" | "post" | "delete";
  path: string;
  summary: string;
  description: string;
  query?: z.ZodObject;
  body?: { name: string; schema: z.ZodType };
  /** the body is a file's bytes, not JSON */
  fileBody?: true;
  response: { name: string; schema: z.ZodType };
  /** error statuses besides 400 and 503, which every endpoint may answer */
  errors: number[];
};

const ENDPOINTS: Endpoint[] = [
  { method: "get", path: "/api/health", summary: "Neo4j's version and the graph's size", description: "503 while Neo4j is unreachable.", response: { name: "Health", schema: s.healthSchema }, errors: [] },
  {
    method: "get", path: "/api/search", summary: "Full-text search",
    description: "Titles, tags and section names (English and Russian); prefix and typo tolerant; an arXiv id or a node id matches exactly.",
    query: s.searchQuerySchema, response: { name: "SearchResponse", schema: s.searchResponseSchema }, errors: [],
  },
  {
    method: "get", path: "/api/node", summary: "A node with everything it stores, and its neighbours grouped by relation",
    description: "Ids contain '/' and '.', so the id is a query parameter. The node itself is a DetailedNode (labels and every stored property); its neighbours are GraphNodes, as lists show them.",
    query: s.nodeQuerySchema, response: { name: "NodeDetails", schema: s.nodeDetailsSchema }, errors: [404],
  },
  {
    method: "post", path: "/api/nodes", summary: "Several nodes with everything they store",
    description: `List and graph answers carry GraphNodes (what the canvas and lists show); this returns DetailedNodes for up to ${s.NODES_MAX_IDS} ids at once, in the order asked, and the ids no node has in \`missing\`. The page's reading-path exports ask it once per path.`,
    body: { name: "NodesRequest", schema: s.nodesRequestSchema }, response: { name: "NodesResponse", schema: s.nodesResponseSchema }, errors: [],
  },
  {
    method: "post", path: "/api/neighbourhood", summary: "Expand around nodes",
    description: "Breadth first, 1 to 3 hops; new nodes are capped (nearest and best connected first) and `omitted` counts the rest.",
    body: { name: "NeighbourhoodRequest", schema: s.neighbourhoodRequestSchema }, response: { name: "Subgraph", schema: s.subgraphSchema }, errors: [404],
  },
  { method: "get", path: "/api/sections", summary: "Section trees with counts", description: "Counts include descendants.", query: s.sectionsQuerySchema, response: { name: "SectionsResponse", schema: s.sectionsResponseSchema }, errors: [404] },
  {
    method: "get", path: "/api/overview", summary: "The roadmap overview graph",
    description: `SAME_TOPIC edges only with sameTopic=true, resources only with resources=true. Beyond ${s.CLUSTER_ABOVE} nodes the answer is clustered: the lists and their sections only, \`clusters\` giving each section's counts; GET /api/overview/section gives a section's items. \`positions\` is the stored force-layout picture of the list's overview, the object GET /api/positions answers (of the overview without SAME_TOPIC and resources, whatever was asked for): the page draws the map from this one answer; a miss is answered pending and computed after the answer.`,
    query: s.overviewQuerySchema, response: { name: "OverviewAnswer", schema: s.overviewAnswerSchema }, errors: [404],
  },
  {
    method: "get", path: "/api/overview/section", summary: "A clustered overview's section opened",
    description: "The papers listed directly in the section (and its resources with resources=true), with their overview edges to each other and to the list, its sections and their items. 404 for an unknown section or one of another list than roadmap=.",
    query: s.sectionItemsQuerySchema, response: { name: "Subgraph", schema: s.subgraphSchema }, errors: [404],
  },
  {
    method: "get", path: "/api/positions", summary: "Stored force-layout positions of a list's overview",
    description:
      "Computed once per overview graph and stored, so every visit draws the same picture. `key` hashes the layout's version, the overview's node ids and its edges (BUILDS_ON, SUBSECTION_OF, PART_OF, IN_SECTION, SURVEYS): a changed list gets a new key and never the old positions. status=pending: none stored for this key yet; they are computed after this answer (ask again later; meanwhile the same seeded layout can be computed by the client). status=too-large: overviews of more than 5,000 nodes are not laid out on the server. No roadmap: all lists together. GET /api/overview carries the same object in its answer.",
    query: s.positionsQuerySchema, response: { name: "PositionsResponse", schema: s.positionsResponseSchema }, errors: [404],
  },
  {
    method: "post", path: "/api/reading-path", summary: "Prerequisites in reading order",
    description: "Every paper reachable over BUILDS_ON from the target (a paper, or all papers of a section), each after all it builds on, ties by roadmap order. edges=curated walks the lists' own BUILDS_ON only; all (default) also those derived from citations, the curated edge winning a pair. Each reason carries source, confidence and evidence.",
    body: { name: "ReadingPathRequest", schema: s.readingPathRequestSchema }, response: { name: "ReadingPath", schema: s.readingPathSchema }, errors: [404],
  },
  { method: "post", path: "/api/frontier", summary: "What can be read next", description: "Unread papers whose prerequisites are all read.", body: { name: "FrontierRequest", schema: s.frontierRequestSchema }, response: { name: "FrontierResponse", schema: s.frontierResponseSchema }, errors: [404] },
  {
    method: "get", path: "/api/path", summary: "Shortest path(s) between two nodes",
    description: "Undirected; optionally only over some relation types (types=BUILDS_ON,SAME_TOPIC,CITES) or only forward in time; edges=curated leaves out CITES and citation-derived BUILDS_ON. Each step carries source, confidence and evidence. No path: an empty list.",
    query: s.pathQuerySchema, response: { name: "PathsResponse", schema: s.pathsResponseSchema }, errors: [404],
  },
  { method: "get", path: "/api/stats", summary: "Counts and distributions", description: "Per label and type, the most built-upon papers, papers per year; with roadmap=, the most built-upon papers, papers per year and the roadmap row are that list's.", query: s.statsQuerySchema, response: { name: "Stats", schema: s.statsSchema }, errors: [404] },
  { method: "get", path: "/api/schema", summary: "Labels, relationship types and their property keys", description: "What the Cypher editor completes from.", response: { name: "GraphSchema", schema: s.graphSchemaSchema }, errors: [] },
  {
    method: "post", path: "/api/cypher", summary: "Read-only Cypher console",
    description:
      "Runs one read query (5 s timeout, 1000-row cap). Refused (403): writes, LOAD CSV, procedures outside a read-only db.* allowlist, CALL … IN TRANSACTIONS, admin commands, several statements, long range() lists inside expressions. Syntax errors: 400 with a position; timeout: 408; memory limit or a body over 64 kB: 413; more than the per-client rate limit (30 per 10 s by default): 429 with Retry-After.",
    body: { name: "CypherRequest", schema: s.cypherRequestSchema }, response: { name: "CypherResponse", schema: s.cypherResponseSchema }, errors: [403, 408, 413, 429],
  },
  { method: "get", path: "/api/roadmaps", summary: "The loaded lists", description: "Each list's sections, papers and resources, when it was loaded, how many papers each pair of lists shares, and whether this server loads lists from the page.", response: { name: "RoadmapsResponse", schema: s.roadmapsResponseSchema }, errors: [] },
  {
    method: "post", path: "/api/roadmaps", summary: "Load a list (the body is the file)",
    description: "Runs the CLI's ingest on the file (Markdown, plain text, YAML/JSON, NDJSON…; the type comes from `name`): everything validated first, one transaction. Off unless ALLOW_PAGE_INGEST=true (403); a file over PAGE_INGEST_MAX_BYTES is a 413, too many loads a 429; an invalid file a 400 whose issues name the file and line.",
    query: s.loadRoadmapQuerySchema, fileBody: true, response: { name: "LoadRoadmapResponse", schema: s.loadRoadmapResponseSchema }, errors: [403, 413, 429],
  },
  { method: "delete", path: "/api/roadmaps", summary: "Remove a list", description: "Papers other lists hold stay. Off unless ALLOW_PAGE_INGEST=true (403).", query: s.removeRoadmapQuerySchema, response: { name: "RemoveRoadmapResponse", schema: s.removeRoadmapResponseSchema }, errors: [403, 404, 429] },
  { method: "post", path: "/api/roadmaps/progress", summary: "Read papers per list", description: "How many of the given paper ids each list holds.", body: { name: "RoadmapProgressRequest", schema: s.roadmapProgressRequestSchema }, response: { name: "RoadmapProgressResponse", schema: s.roadmapProgressResponseSchema }, errors: [] },
];

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid input (with the zod issues) or a Cypher syntax error (with its position)",
  403: "Refused: a console query that is not read-only, or a page load while ALLOW_PAGE_INGEST is off",
  404: "Unknown id",
  408: "The query ran out of time",
  413: "The query needed more memory than allowed, or the body is over the size limit",
  429: "Too many requests (see Retry-After)",
  503: "Neo4j is unreachable",
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(entries: [string, z.ZodType][], io: "input" | "output"): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of entries) if (!registry.has(schema)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io, unrepresentable: "any", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutDialect(schema)]));
}

/** Drops what a standalone JSON Schema carries and an OpenAPI component does not need. */
function withoutDialect(schema: object): object {
  const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
  return rest;
}

function queryParameters(query: z.ZodObject): unknown[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const schema = field as z.ZodType;
    return {
      name,
      in: "query",
      // Optional in the query string when the schema accepts its absence (optional or defaulted).
      required: !schema.safeParse(undefined).success,
      schema: withoutDialect(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" })),
    };
  });
}

export function buildOpenApiDocument(): Record<string, unknown> {
  const shared: [string, z.ZodType][] = [
    ["GraphNode", s.graphNodeSchema],
    ["GraphEdge", s.graphEdgeSchema],
    ["DetailedNode", s.detailedNodeSchema],
    ["DetailedEdge", s.detailedEdgeSchema],
    ["SectionTreeNode", s.sectionTreeNodeSchema],
    ["ApiError", s.errorBodySchema],
  ];
  const responses = componentSchemas([...shared, ...ENDPOINTS.map((e) => [e.response.name, e.response.schema] as [string, z.ZodType])], "output");
  const requests = componentSchemas(
    [["JsonValue", s.jsonValueSchema], ...ENDPOINTS.flatMap((e) => (e.body ? [[e.body.name, e.body.schema] as [string, z.ZodType]] : []))],
    "input",
  );

  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of ENDPOINTS) {
    // Any JSON body over the size limit is a 413, before it is parsed.
    const statuses = [...new Set([400, ...endpoint.errors, ...(endpoint.body || endpoint.fileBody ? [413] : []), 503])].sort();
    paths[endpoint.path] = {
      ...paths[endpoint.path],
      [endpoint.method]: {
        summary: endpoint.summary,
        description: endpoint.description,
        operationId: `${endpoint.method}${endpoint.path.replace("/api/", "_").replace(/[^a-zA-Z0-9_]/g, "_")}`,
        ...(endpoint.query ? { parameters: queryParameters(endpoint.query) } : {}),
        ...(endpoint.body ? { requestBody: { required: true, content: { "application/json": { schema: ref(endpoint.body.name) } } } } : {}),
        ...(endpoint.fileBody ? { requestBody: { required: true, content: { "application/octet-stream": { schema: { type: "string", contentMediaType: "application/octet-stream" } } } } } : {}),
        responses: {
          200: { description: "OK", content: { "application/json": { schema: ref(endpoint.response.name) } } },
          ...Object.fromEntries(statuses.map((status) => [status, { description: ERROR_TEXT[status] ?? "Error", content: { "application/json": { schema: ref("ApiError") } } }])),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Roadmap Graph Explorer API",
      version: "1.0.0",
      description: "Search, expand and query the research-roadmap knowledge graph. Node ids travel in query strings or JSON bodies (they contain '/' and '.'). Examples: docs/api.md.",
    },
    paths,
    components: { schemas: { ...requests, ...responses } },
  };
}
