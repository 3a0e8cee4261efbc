/**
 * Turning results and errors into HTTP answers, shared by every route handler.
 * Callers' mistakes are 4xx with the zod issues; Neo4j down is 503; never a stack trace.
 */
import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { ERROR_STATUS, type ErrorBody } from "@/contract/error-body";
import { GraphError, toGraphError } from "@/graph/errors";

export function json<T>(body: T, init?: ResponseInit): NextResponse<T> {
  return NextResponse.json(body, { ...init, headers: { "cache-control": "no-store", ...init?.headers } });
}

export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (error instanceof z.ZodError) {
    return json(
      { error: { kind: "invalid-input", message: "The request is invalid.", issues: error.issues.map(({ path, message, code }) => ({ path: path.map((key) => (typeof key === "symbol" ? String(key) : key)), message, code })) } },
      { status: ERROR_STATUS["invalid-input"] },
    );
  }
  const graphError = error instanceof GraphError ? error : toGraphError(error);
  if (graphError.kind === "internal") {
    console.error("[api] internal error:", error);
  }
  const status = ERROR_STATUS[graphError.kind];
  return json(
    {
      error: {
        kind: graphError.kind,
        message: graphError.message,
        ...(graphError.details?.code ? { code: graphError.details.code } : {}),
        ...(graphError.details?.position ? { position: graphError.details.position } : {}),
      },
    },
    { status, headers: retryAfter(graphError) },
  );
}

/** Seconds a client should wait before trying again, for the answers where waiting helps. */
function retryAfter(error: GraphError): Record<string, string> {
  if (error.kind === "unavailable") return { "retry-after": "5" };
  if (error.kind === "rate-limited") return { "retry-after": String(Math.max(1, Math.ceil(error.details?.retryAfterSeconds ?? 1))) };
  return {};
}

/** Wraps a handler so any thrown error becomes a clean JSON answer. */
export async function handle<T>(run: () => Promise<T>, init?: ResponseInit): Promise<NextResponse> {
  try {
    return json(await run(), init);
  } catch (error) {
    return errorResponse(error);
  }
}
