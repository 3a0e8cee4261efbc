/**
 * The Cypher console. Read-only by construction, in layers:
 * 1. graph/check-console-query.ts refuses writes, LOAD CSV, non-allowlisted procedures,
 *    IN TRANSACTIONS, admin commands and multiple statements before anything is sent;
 * 2. the query runs in a READ session (Neo4j rejects writes in it) in an explicit transaction
 *    with a server-side timeout. Not executeRead: the driver would retry transient errors,
 *    memory-limit ones included, for up to 30 s;
 * 3. at most `rowCap` rows are pulled (fetchSize = cap + 1), then the rest is discarded, which
 *    stops the query on the server, so an endless UNWIND costs one batch;
 * 4. Neo4j's own settings (no file URLs for LOAD CSV, transaction timeout and memory limit,
 *    set by neo4j/launcher) stand behind all of this.
 */
import neo4j, { type ResultSummary } from "neo4j-driver";
import { checkConsoleQuery } from "./check-console-query";
import { connectConsoleNodes } from "./connect-console-nodes";
import { getDatabase, getDriver } from "./driver";
import { GraphError, toConsoleError } from "./errors";
import { toNumber, toPlain } from "./neo4j-values";
import { readRows, toNeo4jParams } from "./read-query";
import { cypherResponseSchema, type CypherResponse, type DetailedNode, type ParsedCypherRequest } from "@/contract/schemas";
import { ConsoleCollector } from "./to-console-values";
import { nodeProjection, rawNodeSchema, toDetailedNode } from "./to-graph-elements";
import { z } from "zod";

export const CONSOLE_ROW_CAP = 1000;
export const CONSOLE_TIMEOUT_MS = 5_000;
/** How long past the server-side timeout the caller waits before the answer is a 408 regardless. */
const CLIENT_GRACE_MS = 2_000;

export type ConsoleOptions = { rowCap?: number; timeoutMs?: number };

function summarise(summary: ResultSummary | undefined, timing: { available: number | null; consumed: number | null }): CypherResponse["summary"] {
  if (!summary) {
    // Cut off at the row cap: the server's summary never came; report our own timings.
    return { queryType: "r", counters: {}, resultAvailableAfter: timing.available, resultConsumedAfter: timing.consumed, notifications: [] };
  }
  const plan = summary.profile || summary.plan;
  return {
    queryType: summary.queryType ?? null,
    counters: { ...summary.counters.updates(), containsUpdates: summary.counters.containsUpdates(), systemUpdates: summary.counters.systemUpdates() },
    resultAvailableAfter: summary.resultAvailableAfter === null ? null : toNumber(summary.resultAvailableAfter),
    resultConsumedAfter: summary.resultConsumedAfter === null ? null : toNumber(summary.resultConsumedAfter),
    notifications: summary.notifications.map((n) => ({
      code: n.code,
      title: n.title,
      description: n.description,
      severity: String(n.rawSeverityLevel || n.severityLevel),
      ...(n.position && "line" in n.position && n.position.line !== undefined
        ? { position: { line: n.position.line, column: n.position.column ?? 0, offset: n.position.offset ?? 0 } }
        : {}),
    })),
    ...(plan ? { plan: toPlain(plan) } : {}),
  };
}

/** Checks, then runs, a console query. Refusals are GraphError("refused") with a clear message. */
export async function runConsoleQuery(input: ParsedCypherRequest, options: ConsoleOptions = {}): Promise<CypherResponse> {
  const check = checkConsoleQuery(input.query, { database: getDatabase(), params: input.params });
  if (!check.ok) {
    throw new GraphError(check.kind === "syntax" ? "bad-query" : "refused", check.message, { code: check.kind === "syntax" ? "Console.Syntax" : "Console.Refused", position: check.position });
  }
  return executeConsoleQuery(check.query, input.params, options);
}

type Streamed = { columns: string[]; rows: unknown[][]; truncated: boolean; summary?: ResultSummary; available: number | null };

/** Runs the query in a read transaction and pulls at most `rowCap` rows. */
async function stream(query: string, params: Record<string, unknown>, collector: ConsoleCollector, rowCap: number, timeoutMs: number): Promise<Streamed> {
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: neo4j.session.READ, fetchSize: rowCap + 1 });
  const started = Date.now();
  const out: Streamed = { columns: [], rows: [], truncated: false, available: null };
  try {
    const tx = await session.beginTransaction({ timeout: timeoutMs, metadata: { app: "roadmap-console" } });
    try {
      const result = tx.run(query, toNeo4jParams(params));
      out.columns = await result.keys();
      out.available = Date.now() - started;
      const iterator = result[Symbol.asyncIterator]();
      for (let next = await iterator.next(); ; next = await iterator.next()) {
        if (next.done) {
          out.summary = next.value;
          break;
        }
        if (out.rows.length >= rowCap) {
          out.truncated = true;
          // return() sends DISCARD, which stops the query on the server at once. Without it the
          // driver's rollback waits for a stream nobody reads, and hangs.
          await iterator.return?.();
          break;
        }
        const record = next.value;
        out.rows.push(out.columns.map((key) => collector.render(record.get(key))));
      }
    } finally {
      // Read-only: nothing to commit.
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  } finally {
    await session.close().catch(() => undefined);
  }
  return out;
}

/**
 * Runs a query WITHOUT the static check: only the read session, timeout and row cap apply.
 * Exported so the integration tests can show the second wall holding on its own.
 */
export async function executeConsoleQuery(query: string, params: Record<string, unknown> = {}, options: ConsoleOptions = {}): Promise<CypherResponse> {
  const rowCap = options.rowCap ?? CONSOLE_ROW_CAP;
  const timeoutMs = options.timeoutMs ?? CONSOLE_TIMEOUT_MS;
  const collector = new ConsoleCollector();
  const started = Date.now();
  // The server checks its timeout between rows; one long expression can outlive it. The caller
  // gets an answer at the deadline anyway; the abandoned session closes when the server is done.
  const work = stream(query, params, collector, rowCap, timeoutMs);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GraphError("timeout", `The query ran longer than ${timeoutMs / 1000} s and was abandoned; add a LIMIT or narrow the pattern.`)), timeoutMs + CLIENT_GRACE_MS);
  });
  let streamed: Streamed;
  try {
    streamed = await Promise.race([work, deadline]);
  } catch (error) {
    work.catch(() => undefined);
    throw toConsoleError(error, CONSOLE_TIMEOUT_MS);
  } finally {
    clearTimeout(timer);
  }
  const nodes = await enrichNodes(collector);
  const graph = collector.finish(nodes);
  const connections = await connectConsoleNodes(nodes, graph.edges);
  return cypherResponseSchema.parse({
    columns: streamed.columns,
    rows: streamed.rows,
    graph: { ...graph, connections: connections.edges, connectionsTruncated: connections.truncated },
    truncated: streamed.truncated || collector.truncated,
    rowCap,
    summary: summarise(streamed.summary, { available: streamed.available, consumed: Date.now() - started }),
  });
}

/** The collected nodes and missing endpoints as API nodes (with area and builds-on counts). */
async function enrichNodes(collector: ConsoleCollector): Promise<Map<string, DetailedNode>> {
  const wanted = [...collector.nodes.keys(), ...collector.missingEndpoints()];
  if (wanted.length === 0) return new Map();
  const rows = await readRows(`MATCH (n) WHERE elementId(n) IN $eids RETURN ${nodeProjection("n", { all: true })} AS node`, { eids: wanted }, z.object({ node: rawNodeSchema }));
  const enriched = new Map(rows.map((row) => [row.node.elementId ?? "", toDetailedNode(row.node)]));
  const out = new Map<string, DetailedNode>();
  for (const eid of wanted) {
    // A node the second read cannot see (a virtual node, say) keeps its raw form rather than vanishing.
    const raw = collector.nodes.get(eid);
    const node = enriched.get(eid) ?? (raw ? toDetailedNode(raw) : undefined);
    if (node) out.set(eid, node);
  }
  return out;
}
