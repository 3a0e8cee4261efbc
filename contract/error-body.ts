/**
 * The body of every error answer and the HTTP status of each kind of error, defined once:
 * app/api/respond.ts writes them, graph/errors.ts raises the kinds, the client reads the kind
 * from the body (not from the status).
 */
import { z } from "zod";

export const ERROR_STATUS = {
  "invalid-input": 400, // the request does not match its schema
  "bad-query": 400, // Cypher syntax or semantic error
  refused: 403, // the console refused a query
  "not-found": 404, // unknown id
  timeout: 408, // the server-side timeout cut it off
  "too-large": 413, // memory limit, or a request body over the limit
  "rate-limited": 429, // too many console queries from one client (with Retry-After)
  internal: 500, // anything else, with no details
  unavailable: 503, // Neo4j cannot be reached
} as const;
export type ErrorKind = keyof typeof ERROR_STATUS;
export const errorKindSchema = z.enum(Object.keys(ERROR_STATUS) as [ErrorKind, ...ErrorKind[]]);

export const errorPositionSchema = z.object({ line: z.number().int(), column: z.number().int(), offset: z.number().int() });
export type ErrorPosition = z.infer<typeof errorPositionSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    kind: z.string(),
    message: z.string(),
    code: z.string().optional(),
    position: errorPositionSchema.optional(),
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A ZodError for a problem found after parsing (a malformed body, an id of the wrong kind): a 400. */
export function invalidInput(path: (string | number)[], message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path, message, input: undefined }]);
}
