import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonDepth, parseBody, parseQuery, searchParamsObject } from "./parse-request";
import { neighbourhoodRequestSchema, pathQuerySchema, searchQuerySchema } from "@/contract/schemas";

const get = (query: string) => new Request(`http://localhost/api/x?${query}`);
const post = (body: string) => new Request("http://localhost/api/x", { method: "POST", body, headers: { "content-type": "application/json" } });

describe("query strings", () => {
  it("keeps repeated keys as arrays and drops empty values", () => {
    expect(searchParamsObject(new URL("http://x/?a=1&b=&c=2&c=3"))).toEqual({ a: "1", c: ["2", "3"] });
  });

  it("coerces numbers, applies defaults and checks year order", () => {
    expect(parseQuery(get("q=gqa&yearFrom=2017&kind=paper"), searchQuerySchema)).toEqual({ q: "gqa", yearFrom: 2017, kind: "paper", limit: 20 });
    expect(() => parseQuery(get("q=x&yearFrom=2020&yearTo=2010"), searchQuerySchema)).toThrow(z.ZodError);
    expect(() => parseQuery(get("q=x&kind=book"), searchQuerySchema)).toThrow(z.ZodError);
    expect(() => parseQuery(get(""), searchQuerySchema)).toThrow(z.ZodError);
  });

  it("reads flags and comma-separated or repeated relation types", () => {
    expect(parseQuery(get("from=a&to=b"), pathQuerySchema)).toEqual({ from: "a", to: "b", all: false, forward: false, maxLength: 10, edges: "all" });
    expect(parseQuery(get("from=a&to=b&edges=curated&types=CITES"), pathQuerySchema)).toMatchObject({ edges: "curated", types: ["CITES"] });
    expect(() => parseQuery(get("from=a&to=b&edges=some"), pathQuerySchema)).toThrow(z.ZodError);
    expect(parseQuery(get("from=a&to=b&all=true&forward=1&types=BUILDS_ON,SAME_TOPIC"), pathQuerySchema)).toMatchObject({ all: true, forward: true, types: ["BUILDS_ON", "SAME_TOPIC"] });
    expect(parseQuery(get("from=a&to=b&types=BUILDS_ON&types=SURVEYS"), pathQuerySchema).types).toEqual(["BUILDS_ON", "SURVEYS"]);
    expect(() => parseQuery(get("from=a&to=b&types=KNOWS"), pathQuerySchema)).toThrow(z.ZodError);
    expect(() => parseQuery(get("from=a&to=b&all=yes"), pathQuerySchema)).toThrow(z.ZodError);
  });
});

describe("JSON bodies", () => {
  it("parses and defaults", async () => {
    expect(await parseBody(post('{"ids":["1706.03762"]}'), neighbourhoodRequestSchema)).toEqual({ ids: ["1706.03762"], depth: 1, limit: 100 });
  });

  it("answers malformed JSON and bad shapes with a ZodError", async () => {
    await expect(parseBody(post("{not json"), neighbourhoodRequestSchema)).rejects.toThrow(/must be JSON/);
    await expect(parseBody(post('{"ids":[]}'), neighbourhoodRequestSchema)).rejects.toBeInstanceOf(z.ZodError);
    await expect(parseBody(post('{"ids":["a"],"depth":4}'), neighbourhoodRequestSchema)).rejects.toBeInstanceOf(z.ZodError);
  });

  it("refuses bodies that are too large", async () => {
    await expect(parseBody(post(`{"ids":["${"x".repeat(1_100_000)}"]}`), neighbourhoodRequestSchema)).rejects.toThrow(/larger than/);
  });
});

describe("hostile bodies", () => {
  const chunked = (parts: string[]) =>
    new Request("http://localhost/api/x", {
      method: "POST",
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);

  it("refuses a body over the limit as too-large, with or without a Content-Length", async () => {
    await expect(parseBody(post(`{"ids":["${"x".repeat(300)}"]}`), neighbourhoodRequestSchema, { maxBytes: 100 })).rejects.toMatchObject({ kind: "too-large" });
    const declared = new Request("http://localhost/api/x", { method: "POST", body: "{}", headers: { "content-length": "999999999" } });
    await expect(parseBody(declared, neighbourhoodRequestSchema, { maxBytes: 100 })).rejects.toMatchObject({ kind: "too-large" });
    await expect(parseBody(chunked(Array.from({ length: 50 }, () => "x".repeat(10))), neighbourhoodRequestSchema, { maxBytes: 100 })).rejects.toMatchObject({ kind: "too-large" });
  });

  it("refuses deep nesting with a 400 instead of overflowing the stack", async () => {
    const deep = `{"ids":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    await expect(parseBody(post(deep), neighbourhoodRequestSchema)).rejects.toThrow(/levels deep/);
    expect(jsonDepth({ a: [{ b: [] }] })).toBe(4);
  });

  it("refuses a body that is not UTF-8", async () => {
    const bytes = new Request("http://localhost/api/x", { method: "POST", body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    await expect(parseBody(bytes, neighbourhoodRequestSchema)).rejects.toThrow(/UTF-8/);
  });
});
