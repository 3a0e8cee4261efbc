/**
 * The console's view of a failed run: what kind of failure, the server's message and, for
 * syntax errors, where in the query it is (with a caret line to show under the query).
 */
import { z } from "zod";
import type { ErrorKind } from "./i18n";

export type ErrorPosition = { line: number; column: number; offset: number };
export type ConsoleError = { kind: ErrorKind; status: number; message: string; code?: string; position?: ErrorPosition };

const positionSchema = z.object({ line: z.number().int(), column: z.number().int(), offset: z.number().int() });
const errorBodySchema = z.object({
  error: z.object({
    kind: z.string(),
    message: z.string(),
    code: z.string().optional(),
    position: positionSchema.partial().optional().catch(undefined),
  }),
});

const KNOWN_KINDS = new Set<string>(["bad-query", "invalid-input", "refused", "timeout", "too-large", "unavailable", "rate-limited", "network", "internal"]);
const KIND_BY_STATUS: Record<number, ErrorKind> = { 400: "bad-query", 403: "refused", 408: "timeout", 413: "too-large", 429: "rate-limited", 503: "unavailable" };

/** Completes a partial position (only an offset, or only line/column) against the query text. */
export function normalizePosition(query: string, position: Partial<ErrorPosition> | undefined): ErrorPosition | undefined {
  if (!position) return undefined;
  const lines = query.split("\n");
  if (position.line !== undefined && position.column !== undefined) {
    const line = Math.min(Math.max(1, position.line), lines.length);
    const column = Math.max(1, position.column);
    const offset = position.offset ?? lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
    return { line, column, offset };
  }
  if (position.offset !== undefined) {
    const offset = Math.min(Math.max(0, position.offset), query.length);
    const before = query.slice(0, offset).split("\n");
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, offset };
  }
  return undefined;
}

/** Builds the ConsoleError for an HTTP answer that was not OK. */
export function toConsoleError(status: number, body: unknown, query: string): ConsoleError {
  const parsed = errorBodySchema.safeParse(body);
  const fallbackKind: ErrorKind = KIND_BY_STATUS[status] ?? "internal";
  if (!parsed.success) return { kind: fallbackKind, status, message: `HTTP ${status}` };
  const { kind, message, code, position } = parsed.data.error;
  const normalized = normalizePosition(query, position);
  return {
    kind: KNOWN_KINDS.has(kind) ? (kind as ErrorKind) : fallbackKind,
    status,
    message,
    ...(code ? { code } : {}),
    ...(normalized ? { position: normalized } : {}),
  };
}

export type CaretLines = { lineNumber: number; column: number; text: string; caret: string };

/**
 * The query line that holds the error and a line with a caret under the column. Tabs before
 * the column are kept so the caret lines up in a monospace block whatever the tab width.
 */
export function caretLines(query: string, position: ErrorPosition): CaretLines {
  const lines = query.split("\n");
  const lineNumber = Math.min(Math.max(1, position.line), Math.max(1, lines.length));
  const text = (lines[lineNumber - 1] ?? "").replace(/\r$/, "");
  const column = Math.min(Math.max(1, position.column), text.length + 1);
  const padding = text.slice(0, column - 1).replace(/[^\t]/g, " ");
  return { lineNumber, column, text, caret: `${padding}^` };
}
