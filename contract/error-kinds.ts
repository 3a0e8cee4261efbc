/**
 * The kinds of error the API answers with and the HTTP status of each. Without zod, so the
 * browser bundle can read an error body's kind without the schemas.
 */
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

/** Is `kind` one of the API's error kinds? */
export const isErrorKind = (kind: unknown): kind is ErrorKind => typeof kind === "string" && Object.hasOwn(ERROR_STATUS, kind);
