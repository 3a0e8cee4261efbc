import { describe, expect, it } from "vitest";
import { caretLines, normalizePosition, toConsoleError } from "./console-error";

describe("toConsoleError", () => {
  it("keeps the server's kind, message and position", () => {
    const query = "MATCH (n RETURN n";
    const error = toConsoleError(
      400,
      { error: { kind: "bad-query", message: "Invalid input 'RETURN'", code: "Neo.ClientError.Statement.SyntaxError", position: { line: 1, column: 10, offset: 9 } } },
      query,
    );
    expect(error).toEqual({
      kind: "bad-query",
      status: 400,
      message: "Invalid input 'RETURN'",
      code: "Neo.ClientError.Statement.SyntaxError",
      position: { line: 1, column: 10, offset: 9 },
    });
  });

  it("recognises a refusal, a timeout and a too-large answer", () => {
    expect(toConsoleError(403, { error: { kind: "refused", message: "read-only" } }, "CREATE (n)").kind).toBe("refused");
    expect(toConsoleError(408, { error: { kind: "timeout", message: "stopped" } }, "").kind).toBe("timeout");
    expect(toConsoleError(413, { error: { kind: "too-large", message: "memory" } }, "").kind).toBe("too-large");
  });

  it("recognises the rate limit by its kind and by its status", () => {
    expect(toConsoleError(429, { error: { kind: "rate-limited", message: "Too many console queries; try again in 3 s." } }, "")).toEqual({
      kind: "rate-limited",
      status: 429,
      message: "Too many console queries; try again in 3 s.",
    });
    expect(toConsoleError(429, "Too Many Requests", "").kind).toBe("rate-limited");
  });

  it("falls back to the status when the body is not the API's error shape", () => {
    expect(toConsoleError(503, "<html>", "")).toEqual({ kind: "unavailable", status: 503, message: "HTTP 503" });
    expect(toConsoleError(408, undefined, "")).toMatchObject({ kind: "timeout" });
    expect(toConsoleError(500, null, "")).toMatchObject({ kind: "internal" });
  });

  it("maps an unknown kind by status and ignores a malformed position", () => {
    const error = toConsoleError(403, { error: { kind: "forbidden-thing", message: "no", position: "line 1" } }, "RETURN 1");
    expect(error.kind).toBe("refused");
    expect(error.position).toBeUndefined();
  });
});

describe("normalizePosition", () => {
  const query = "MATCH (n)\nWHERE n.x = 1\nRETURN m";

  it("derives line and column from an offset", () => {
    expect(normalizePosition(query, { offset: 31 })).toEqual({ line: 3, column: 8, offset: 31 });
    expect(normalizePosition(query, { offset: 0 })).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it("derives the offset from line and column", () => {
    expect(normalizePosition(query, { line: 2, column: 7 })).toEqual({ line: 2, column: 7, offset: 16 });
  });

  it("clamps out-of-range lines and returns undefined without any position", () => {
    expect(normalizePosition(query, { line: 9, column: 1, offset: 5 })?.line).toBe(3);
    expect(normalizePosition(query, {})).toBeUndefined();
    expect(normalizePosition(query, undefined)).toBeUndefined();
  });
});

describe("caretLines", () => {
  it("puts a caret under the column of the failing line", () => {
    const lines = caretLines("MATCH (n)\nRETRUN n", { line: 2, column: 1, offset: 10 });
    expect(lines).toEqual({ lineNumber: 2, column: 1, text: "RETRUN n", caret: "^" });
    const inner = caretLines("MATCH (n RETURN n", { line: 1, column: 10, offset: 9 });
    expect(inner.caret).toBe("         ^");
    expect(inner.text[inner.caret.length - 1]).toBe("R");
  });

  it("keeps tabs so the caret lines up", () => {
    expect(caretLines("\tMATCH x", { line: 1, column: 3, offset: 2 }).caret).toBe("\t ^");
  });

  it("allows a caret just past the end (unexpected end of input) and no further", () => {
    expect(caretLines("RETURN", { line: 1, column: 7, offset: 6 }).caret).toBe("      ^");
    expect(caretLines("RETURN", { line: 1, column: 40, offset: 39 }).caret).toBe("      ^");
  });

  it("strips a carriage return from Windows line ends", () => {
    expect(caretLines("MATCH (n)\r\nRETURN", { line: 1, column: 1, offset: 0 }).text).toBe("MATCH (n)");
  });
});
