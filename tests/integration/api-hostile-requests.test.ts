/**
 * Every endpoint fed malformed, oversized and hostile requests through its route handler: each
 * gets the 4xx it expects (never a 500), as JSON with an error kind, and no answer carries a
 * stack trace, a path of this machine or a Java class. Full-text syntax in a search is data,
 * not an error. An internal error's details stay in the server's log.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { errorResponse } from "../../app/api/respond";
import { closeDriver } from "../../graph/driver";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { recordFigures } from "../support/record-figures";
import { callRoute } from "./support/call-route";
import { findLeaks } from "./support/find-leaks";

type Hostile = { name: string; method: "GET" | "POST"; path: string; body?: unknown; status: number };

const get = (name: string, path: string, status: number): Hostile => ({ name, method: "GET", path, status });
const post = (name: string, path: string, body: unknown, status: number): Hostile => ({ name, method: "POST", path, body, status });
const deep = (depth: number) => `{"ids":${"[".repeat(depth)}"x"${"]".repeat(depth)}}`;
const ids = (n: number) => Array.from({ length: n }, (_, i) => `2001.${String(i).padStart(5, "0")}`);

const HOSTILE: Hostile[] = [
  get("search without q", "/api/search", 400),
  get("search with a 10,000-character q", `/api/search?q=${"a".repeat(10_000)}`, 400),
  get("search with Lucene field syntax", `/api/search?q=${encodeURIComponent("title:(")}`, 200),
  get("search with Lucene wildcards", `/api/search?q=${encodeURIComponent("*:* OR ?")}`, 200),
  get("search with quotes and backslashes", `/api/search?q=${encodeURIComponent('"\\ \\"')}`, 200),
  get("search with Cypher in q", `/api/search?q=${encodeURIComponent("') DETACH DELETE n //")}`, 200),
  get("search with a NUL character", "/api/search?q=%00", 200),
  get("search with a negative limit", "/api/search?q=gqa&limit=-1", 400),
  get("search with a huge limit", "/api/search?q=gqa&limit=1000000000", 400),
  get("search with a year that is not a number", "/api/search?q=gqa&yearFrom=NaN", 400),
  get("search with an unknown kind", "/api/search?q=gqa&kind=%3Cscript%3E", 400),
  get("node without id", "/api/node", 400),
  get("node with an unknown id", `/api/node?id=${encodeURIComponent("' OR 1=1 //")}`, 404),
  get("node with a 1,000-character id", `/api/node?id=${"x".repeat(1_000)}`, 400),
  get("path without to", "/api/path?from=1706.03762", 400),
  get("path with a huge maxLength", "/api/path?from=1706.03762&to=2305.13245&maxLength=1000", 400),
  get("path over an unknown relation type", "/api/path?from=1706.03762&to=2305.13245&types=DROP", 400),
  get("path between unknown nodes", "/api/path?from=nope&to=nada", 404),
  get("overview of an unknown roadmap", "/api/overview?roadmap=nope", 404),
  get("overview with a flag that is not one", "/api/overview?sameTopic=maybe", 400),
  get("sections of an unknown roadmap", "/api/sections?roadmap=nope", 404),
  post("neighbourhood with a body that is not JSON", "/api/neighbourhood", "ids=1706.03762", 400),
  post("neighbourhood with an array body", "/api/neighbourhood", [], 400),
  post("neighbourhood with no ids", "/api/neighbourhood", { ids: [] }, 400),
  post("neighbourhood with too many ids", "/api/neighbourhood", { ids: ids(51) }, 400),
  post("neighbourhood with a depth of 99", "/api/neighbourhood", { ids: ["1706.03762"], depth: 99 }, 400),
  post("neighbourhood with ids of the wrong type", "/api/neighbourhood", { ids: [{ $ne: null }] }, 400),
  post("neighbourhood nested 5,000 levels deep", "/api/neighbourhood", deep(5_000), 400),
  post("neighbourhood with a body over 256 kB", "/api/neighbourhood", { ids: ["1706.03762"], exclude: ["x".repeat(300_000)] }, 413),
  post("neighbourhood with a body that is not UTF-8", "/api/neighbourhood", new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 400),
  post("neighbourhood with a __proto__ key", "/api/neighbourhood", '{"ids":["1706.03762"],"__proto__":{"depth":3}}', 200),
  post("reading path with no target", "/api/reading-path", {}, 400),
  post("reading path to an unknown paper", "/api/reading-path", { target: "nope" }, 404),
  post("reading path with 6,000 read papers", "/api/reading-path", { target: "2305.13245", read: ids(6_000) }, 400),
  post("frontier with read as a string", "/api/frontier", { read: "1706.03762" }, 400),
  post("frontier of an unknown roadmap", "/api/frontier", { read: [], roadmap: "nope" }, 404),
];

let before: GraphChecksum;
const statuses = new Map<number, number>();
beforeAll(async () => {
  before = await getGraphChecksum();
});
afterAll(async () => {
  recordFigures("api-hostile-requests", { requests: HOSTILE.length, byStatus: Object.fromEntries(statuses) });
  await closeDriver();
});

describe("hostile requests to every endpoint", () => {
  it.each(HOSTILE.map((request) => [request.name, request] as const))("%s", async (_, request) => {
    const answer = await callRoute(request.method, request.path, request.body);
    expect(answer.status, answer.text.slice(0, 300)).toBe(request.status);
    expect(answer.headers.get("content-type")).toMatch(/application\/json/);
    expect(findLeaks(answer.text)).toEqual([]);
    if (answer.status >= 400) {
      const body = JSON.parse(answer.text) as { error?: { kind?: unknown; message?: unknown } };
      expect(typeof body.error?.kind).toBe("string");
      expect(typeof body.error?.message).toBe("string");
    }
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  });

  it("changed nothing in the graph", async () => {
    expect(await getGraphChecksum()).toEqual(before);
  });
});

describe("an internal error", () => {
  it("answers 500 with a generic message and logs the details on the server only", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const error = new TypeError("Cannot read properties of undefined (reading 'id') at /work/main/graph/get-node-details.ts:42:7");
      const response = errorResponse(error);
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(JSON.parse(text)).toEqual({ error: { kind: "internal", message: "Unexpected error while talking to the graph database." } });
      expect(findLeaks(text)).toEqual([]);
      // The leak detector itself does see what it must never let through.
      expect(findLeaks(`${error.message}\n${error.stack ?? ""}`).length).toBeGreaterThan(0);
      expect(log).toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });
});
