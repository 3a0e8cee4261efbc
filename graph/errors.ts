/**
 * Neo4j errors become the app's own errors here, in one place. Route handlers turn them into
 * HTTP answers (see app/api/respond.ts, with the status of each kind in contract/error-body.ts);
 * nothing else inspects driver error codes.
 */
import { Neo4jError, isRetryableError } from "neo4j-driver";
import type { ErrorKind } from "@/contract/error-body";

/** Every error kind but "invalid-input" (a request that fails its schema, found before graph/ runs). */
export type GraphErrorKind = Exclude<ErrorKind, "invalid-input">;

export class GraphError extends Error {
  override readonly name = "GraphError";
  constructor(
    readonly kind: GraphErrorKind,
    message: string,
    readonly details?: { code?: string; position?: { line: number; column: number; offset: number }; retryAfterSeconds?: number },
  ) {
    super(message);
  }
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
]);

function positionOf(error: Neo4jError): { line: number; column: number; offset: number } | undefined {
  // Neo4j appends "(line 1, column 8 (offset: 7))" to syntax error messages.
  const match = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(error.message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}

/** Converts anything thrown by the driver into a GraphError. */
export function toGraphError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code;
    if (UNAVAILABLE_CODES.has(code) || /connect|ECONNREFUSED|Pool is closed|acquisition timed out/i.test(error.message)) {
      return new GraphError("unavailable", "The graph database is unreachable. Try again in a moment.", { code });
    }
    if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" || /terminated.*timeout|timed out/i.test(error.message) && code.includes("Transaction")) {
      return new GraphError("timeout", "The query ran longer than the allowed time and was stopped.", { code });
    }
    if (code.startsWith("Neo.ClientError.Statement.SyntaxError") || code === "Neo.ClientError.Statement.ArgumentError" || code === "Neo.ClientError.Statement.SemanticError" || code === "Neo.ClientError.Statement.TypeError" || code === "Neo.ClientError.Statement.ParameterMissing" || code === "Neo.ClientError.Procedure.ProcedureNotFound" || code === "Neo.ClientError.Statement.EntityNotFound") {
      const position = positionOf(error);
      return new GraphError("bad-query", error.message.split("\n")[0] ?? error.message, { code, ...(position ? { position } : {}) });
    }
    if (code === "Neo.ClientError.Procedure.ProcedureCallFailed") {
      // A procedure refused its arguments (a malformed full-text query, say): the caller's
      // mistake. Neo4j's message names Java exception classes; keep only what it says.
      const said = (error.message.split("\n")[0] ?? "").replace(/Caused by: (?:[\w$]+\.)+[\w$]+: /g, "");
      return new GraphError("bad-query", said || "The procedure call failed.", { code });
    }
    if (code === "Neo.ClientError.Statement.AccessMode" || code === "Neo.ClientError.Security.Forbidden") {
      return new GraphError("refused", "This console is read-only: the query tried to write.", { code });
    }
    if (code.includes("MemoryPoolOutOfMemoryError") || code.includes("TransactionOutOfMemoryError") || /memory/i.test(code)) {
      return new GraphError("too-large", "The query needed more memory than allowed; narrow it down or add a LIMIT.", { code });
    }
    if (isRetryableError(error)) {
      return new GraphError("unavailable", "The graph database is busy or restarting. Try again in a moment.", { code });
    }
    return new GraphError("internal", "The graph database reported an error.", { code });
  }
  if (error instanceof Error && /ECONNREFUSED|ECONNRESET|socket|connect/i.test(error.message)) {
    return new GraphError("unavailable", "The graph database is unreachable. Try again in a moment.");
  }
  return new GraphError("internal", "Unexpected error while talking to the graph database.");
}

/** Errors the console meets that ordinary reads do not: reading files, security, procedures. */
export function toConsoleError(error: unknown, timeoutMs: number): GraphError {
  if (error instanceof Neo4jError) {
    const code = error.code;
    // A syntax error's message lists the keywords Neo4j expected (LOAD CSV among them): it is
    // a mistake to show with its position, not a refusal.
    if (code.startsWith("Neo.ClientError.Statement.SyntaxError")) return toGraphError(error);
    if (code === "Neo.ClientError.Statement.ExternalResourceFailed" || /LOAD CSV|file URL|allow_csv_import/i.test(error.message)) {
      return new GraphError("refused", "LOAD CSV failed: this console does not read files or URLs, and Neo4j does not allow file URLs here.", { code });
    }
    if (/IN TRANSACTIONS/i.test(error.message)) {
      return new GraphError("refused", "CALL { … } IN TRANSACTIONS is not allowed: it needs its own transactions, and the console runs one read transaction.", { code });
    }
    if (code.startsWith("Neo.ClientError.Security.") || code === "Neo.ClientError.Statement.AccessMode") {
      return new GraphError("refused", "This console is read-only: Neo4j refused the query in a read transaction.", { code });
    }
    if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" || code === "Neo.TransientError.Transaction.Terminated" || code === "Neo.ClientError.Transaction.Terminated") {
      return new GraphError("timeout", `The query ran longer than ${timeoutMs / 1000} s and was stopped; add a LIMIT or narrow the pattern.`, { code });
    }
  }
  return toGraphError(error);
}
