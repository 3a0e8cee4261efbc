/**
 * The one way the API reads Neo4j: a read transaction (so a cluster routes it to a reader and a
 * single server refuses writes in it) with a server-side timeout, parameterised Cypher, and
 * every row parsed with zod. A row of the wrong shape is our bug, not the caller's: it becomes
 * an internal error, never a 400.
 */
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { getConfig } from "./config";
import { getDatabase, getDriver } from "./driver";
import { GraphError, toGraphError } from "./errors";
import { toPlain } from "./neo4j-values";

export type Params = Record<string, unknown>;

/**
 * Parameters on their way into Neo4j: JSON has no integers, and a JS number is sent as a
 * float, which Cypher refuses in LIMIT, SKIP, range() and quantifiers. Whole numbers become
 * Neo4j Integers (Cypher compares 2017 and 2017.0 as equal, so nothing else changes).
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, toNeo4jParams(inner)]));
  }
  return value;
}

export type ReadTx = {
  /** Runs one query and parses each row (as a plain object keyed by column) with `schema`. */
  rows<S extends z.ZodType>(cypher: string, params: Params, schema: S): Promise<z.output<S>[]>;
};

function parseRows<S extends z.ZodType>(records: readonly { toObject(): object }[], schema: S, cypher: string): z.output<S>[] {
  return records.map((record) => {
    const parsed = schema.safeParse(toPlain(record.toObject()));
    if (parsed.success) return parsed.data;
    console.error("[graph] a row did not match its schema:", z.prettifyError(parsed.error), "\nquery:", cypher.slice(0, 300));
    throw new GraphError("internal", "The graph returned data of an unexpected shape.");
  });
}

function wrap(tx: ManagedTransaction): ReadTx {
  return {
    async rows(cypher, params, schema) {
      const result = await tx.run(cypher, toNeo4jParams(params));
      return parseRows(result.records, schema, cypher);
    },
  };
}

export type ReadOptions = { timeoutMs?: number };

/**
 * Runs `work` in one read transaction (one consistent snapshot for several queries). The
 * driver may retry it on transient errors, so `work` must only read.
 */
export async function readTransaction<R>(work: (tx: ReadTx) => Promise<R>, options: ReadOptions = {}): Promise<R> {
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => work(wrap(tx)), {
      timeout: options.timeoutMs ?? getConfig().NEO4J_QUERY_TIMEOUT_MS,
      metadata: { app: "roadmap-api" },
    });
  } catch (error) {
    // The caller's mistakes found mid-read (a ZodError) stay theirs: 400, not 500.
    if (error instanceof z.ZodError) throw error;
    throw toGraphError(error);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** One query in its own read transaction. */
export function readRows<S extends z.ZodType>(cypher: string, params: Params, schema: S, options: ReadOptions = {}): Promise<z.output<S>[]> {
  return readTransaction((tx) => tx.rows(cypher, params, schema), options);
}

export function notFound(what: string, id: string): GraphError {
  return new GraphError("not-found", `No ${what} with id "${id}".`);
}
