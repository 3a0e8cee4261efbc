/**
 * Talking to the console's endpoints: POST /api/cypher to run a query, GET /api/schema for the
 * editor's schema, through the app's own client (app/queries.ts). Answers are parsed here;
 * failures become ConsoleErrors.
 */
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import { fetchJson, post, RequestError } from "@/app/queries";
import { toConsoleError, type ConsoleError } from "./console-error";

const elementSchema = z.looseObject({ id: z.string() });
const edgeSchema = elementSchema.extend({ source: z.string(), target: z.string() });
const cypherResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: z.object({
    nodes: z.array(elementSchema),
    edges: z.array(edgeSchema),
    connections: z.array(edgeSchema).default([]),
    connectionsTruncated: z.boolean().default(false),
  }),
  truncated: z.boolean().default(false),
  rowCap: z.number().default(0),
  // Lenient: a summary detail the console cannot read must not hide the rows.
  summary: z
    .looseObject({
      queryType: z.string().nullish().catch(null),
      counters: z.record(z.string(), z.unknown()).optional().catch(undefined),
      resultAvailableAfter: z.number().nullish().catch(null),
      resultConsumedAfter: z.number().nullish().catch(null),
      notifications: z.array(z.unknown()).optional().catch(undefined),
    })
    .catch({}),
});

export type CypherSummary = z.infer<typeof cypherResultSchema>["summary"];
export type CypherResult = Omit<z.infer<typeof cypherResultSchema>, "graph"> & {
  graph: { nodes: GraphNode[]; edges: GraphEdge[]; connections: GraphEdge[]; connectionsTruncated: boolean };
};

/** What the canvas draws of a result: its own elements, plus the connections between its nodes when asked. */
export function graphToDraw(graph: CypherResult["graph"], connect: boolean): { nodes: GraphNode[]; edges: GraphEdge[] } {
  return { nodes: graph.nodes, edges: connect ? [...graph.edges, ...graph.connections] : graph.edges };
}

/** Thrown by runCypher; carries the parsed error for the UI. */
export class ConsoleRunError extends Error {
  constructor(readonly detail: ConsoleError) {
    super(detail.message);
    this.name = "ConsoleRunError";
  }
}

export async function runCypher(query: string, params?: Record<string, unknown>): Promise<CypherResult> {
  let body: unknown;
  try {
    body = await post<unknown>("/api/cypher", params ? { query, params } : { query });
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    if (error.kind === "network") throw new ConsoleRunError({ kind: "network", status: 0, message: error.message });
    throw new ConsoleRunError(toConsoleError(error.status, error.body, query));
  }
  const result = parseCypherResult(body);
  if (!result) {
    throw new ConsoleRunError({ kind: "internal", status: 200, message: "The server's answer has an unexpected shape." });
  }
  return result;
}

/** The result of a successful run, or null when the answer is not the API's shape. */
export function parseCypherResult(body: unknown): CypherResult | null {
  const parsed = cypherResultSchema.safeParse(body);
  // The server builds nodes and edges from its own zod schemas; the id checks here are what
  // the console relies on, so the elements are passed on as the canvas' types.
  return parsed.success ? (parsed.data as CypherResult) : null;
}

export type EditorSchema = { labels: string[]; relationshipTypes: string[]; propertyKeys: string[] };
/** What the console's editor gets: the editor package's lists, and each label's keys. */
export type ConsoleSchema = { editor: EditorSchema; labelProperties: Record<string, string[]> };

const graphSchemaAnswer = z.object({
  labels: z.record(z.string(), z.array(z.string())).catch({}),
  relationshipTypes: z.record(z.string(), z.array(z.string())).catch({}),
});

/**
 * The editor's lists from GET /api/schema, in the form the editor expects (":Label", ":TYPE",
 * "key"), and each label's own keys, which completion offers first after `v.`.
 */
export function toEditorSchema(answer: unknown): ConsoleSchema {
  const parsed = graphSchemaAnswer.safeParse(answer);
  const schema = parsed.success ? parsed.data : { labels: {}, relationshipTypes: {} };
  const keys = [...Object.values(schema.labels), ...Object.values(schema.relationshipTypes)].flat().filter((key) => key !== "");
  const editor: EditorSchema = {
    labels: Object.keys(schema.labels).sort().map((label) => `:${label}`),
    relationshipTypes: Object.keys(schema.relationshipTypes).sort().map((type) => `:${type}`),
    propertyKeys: [...new Set(keys)].sort(),
  };
  return { editor, labelProperties: schema.labels };
}

/** Labels, types and property keys from the schema endpoint; an editor without completion if it fails. */
export async function fetchEditorSchema(): Promise<ConsoleSchema> {
  return toEditorSchema(await fetchJson<unknown>("/api/schema").catch(() => undefined));
}

/** The editor's schema changes only with a new ingest: fetched once per page load. */
export const editorSchemaQuery = () =>
  queryOptions({ queryKey: ["cypher-console", "editor-schema"], queryFn: fetchEditorSchema, staleTime: Infinity, retry: false });
