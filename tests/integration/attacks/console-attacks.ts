/**
 * The catalogue of attacks on the Cypher console, as data: console-attacks.test.ts sends each
 * one to POST /api/cypher and checks the answer it expects, that the server kept answering and
 * that the graph did not change. To cover a new attack, add a line to one of the lists.
 */
import { evasionAttacks } from "./evasion-attacks";
import { resourceAttacks } from "./resource-attacks";
import { writeAttacks } from "./write-attacks";

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

export const STATUS: Record<AttackExpectation, number> = {
  refused: 403,
  timeout: 408,
  "row-cap": 200,
  "bad-query": 400,
  "too-large": 413,
  "invalid-input": 400,
  harmless: 200,
};

export const consoleAttacks: readonly ConsoleAttack[] = [...writeAttacks, ...evasionAttacks, ...resourceAttacks];
