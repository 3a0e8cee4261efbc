/** The shape of one attack on the Cypher console (the lists import it; console-attacks.ts gathers them). */
/**
 * What the console must answer:
 * - refused: 403 `refused` (the static check, or Neo4j's read transaction);
 * - timeout: 408, the server-side timeout stopped it;
 * - row-cap: 200 with exactly the row cap's rows and `truncated: true`;
 * - bad-query: 400 `bad-query` (Cypher or procedure error, with Neo4j's message);
 * - too-large: 413 (the transaction memory limit, or a body over the size limit);
 * - invalid-input: 400 `invalid-input` (the request's shape: sizes, depth, names);
 * - harmless: 200, and nothing was written (the attack's text ends up as data).
 */
export type AttackExpectation = "refused" | "timeout" | "row-cap" | "bad-query" | "too-large" | "invalid-input" | "harmless";

export type ConsoleAttack = {
  name: string;
  /** sent as {query, params}; ignored when `body` is given */
  query: string;
  params?: Record<string, unknown>;
  /** a raw request body instead of {query, params}: for malformed and oversized requests */
  body?: () => string;
  expect: AttackExpectation;
  /** the error message (or, for harmless ones, the JSON answer) must match */
  match?: RegExp;
  /** also run it past the static check, straight into the read transaction: Neo4j must refuse it too */
  secondWall?: boolean;
};
