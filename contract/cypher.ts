/** POST /api/cypher: a read-only Cypher query and its rows, graph and summary. */
import { z } from "zod";
import { detailedEdgeSchema, detailedNodeSchema } from "./graph-elements";

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
export type ParsedCypherRequest = z.output<typeof cypherRequestSchema>;

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
  /**
   * every node, relationship and path found anywhere in the rows; `connections`: the other
   * relationships among those nodes (capped; `connectionsTruncated` when cut), which the graph
   * view draws unless the user turns them off
   */
  graph: z.object({
    /** the console shows what the query returns: nodes and edges with every stored property */
    nodes: z.array(detailedNodeSchema),
    edges: z.array(detailedEdgeSchema),
    connections: z.array(detailedEdgeSchema),
    connectionsTruncated: z.boolean(),
  }),
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
