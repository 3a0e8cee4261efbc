/**
 * What the console returns for ordinary queries: columns, plain rows, graph elements found
 * anywhere in the rows, the summary, syntax errors with their position (400), long lists cut
 * and a smaller row cap honoured. The graph is unchanged afterwards. Attacks on the console
 * (endless rows, timeouts, memory, refusals) are in console-attacks.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as cypherRoute } from "../../app/api/cypher/route";
import { GET as healthRoute } from "../../app/api/health/route";
import { closeDriver } from "../../graph/driver";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { CONSOLE_ROW_CAP, executeConsoleQuery } from "../../graph/run-console-query";
import type { ErrorBody, CypherResponse } from "@/contract/schemas";

async function cypher<T = CypherResponse>(query: string, params: Record<string, unknown> = {}): Promise<{ status: number; body: T; ms: number }> {
  const started = Date.now();
  const response = await cypherRoute(
    new Request("http://localhost/api/cypher", { method: "POST", body: JSON.stringify({ query, params }), headers: { "content-type": "application/json" } }),
  );
  return { status: response.status, body: (await response.json()) as T, ms: Date.now() - started };
}

let before: GraphChecksum;
beforeAll(async () => {
  before = await getGraphChecksum();
});
afterAll(async () => {
  expect(await getGraphChecksum()).toEqual(before);
  await closeDriver();
});

describe("results", () => {
  it("returns columns, plain rows and the nodes and relationships found in them", async () => {
    const { status, body } = await cypher("MATCH (p:Paper {id: $id})-[r:BUILDS_ON]->(q:Paper) RETURN p.tag AS tag, r, q ORDER BY q.year", { id: "2305.13245" });
    expect(status).toBe(200);
    expect(body.columns).toEqual(["tag", "r", "q"]);
    expect(body.rows).toHaveLength(2);
    expect(body.rows[0]?.[0]).toBe("GQA");
    expect(body.rows[0]?.[2]).toMatchObject({ id: "1706.03762", labels: ["Paper"], properties: { year: 2017 } });
    expect(body.rows[0]?.[1]).toMatchObject({ type: "BUILDS_ON", start: "2305.13245", end: "1706.03762", id: "2305.13245|BUILDS_ON|1706.03762" });
    // GQA itself was not returned, but the relationships need it: it is fetched for the graph.
    expect(body.graph.nodes.map((n) => n.id).sort()).toEqual(["1706.03762", "1911.02150", "2305.13245"]);
    expect(body.graph.edges.map((e) => e.target).sort()).toEqual(["1706.03762", "1911.02150"]);
    expect(body.graph.nodes.find((n) => n.id === "1706.03762")).toMatchObject({ kind: "paper", label: "Transformer", area: "generative-ai/background-knowledge" });
    expect(body).toMatchObject({ truncated: false, rowCap: CONSOLE_ROW_CAP, summary: { queryType: "r", counters: { containsUpdates: false } } });
  });

  it("connects a result's nodes with the relationships between them, apart from the result's own", async () => {
    const { body } = await cypher("MATCH (p:Paper)-[:BUILDS_ON]->(q:Paper) RETURN p, q LIMIT 50");
    expect(body.graph.edges).toHaveLength(0);
    const ids = new Set(body.graph.nodes.map((n) => n.id));
    expect(body.graph.connections.length).toBeGreaterThanOrEqual(ids.size / 2);
    expect(body.graph.connections.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(body.graph.connections.some((e) => e.type === "BUILDS_ON")).toBe(true);
    expect(body.graph.connectionsTruncated).toBe(false);
    // Relationships the result holds itself are not repeated as connections.
    const own = await cypher("MATCH (p:Paper {id: $id})-[r:BUILDS_ON]->(q:Paper) RETURN p, r, q", { id: "2305.13245" });
    const ownIds = new Set(own.body.graph.edges.map((e) => e.id));
    expect(own.body.graph.connections.some((e) => ownIds.has(e.id))).toBe(false);
  });

  it("finds paths and nodes inside lists and maps", async () => {
    const { body } = await cypher("MATCH p = (:Paper {id: '2305.13245'})-[:BUILDS_ON*1..2]->(:Paper {id: '1706.03762'}) RETURN collect(p) AS paths, {first: head(nodes(head(collect(p))))} AS m");
    const paths = body.rows[0]?.[0] as { nodes: { id: string }[]; relationships: unknown[] }[];
    expect(paths.map((p) => p.nodes.map((n) => n.id)).sort()).toEqual([
      ["2305.13245", "1706.03762"],
      ["2305.13245", "1911.02150", "1706.03762"],
    ]);
    expect(body.graph.edges).toHaveLength(3);
    expect(body.rows[0]?.[1]).toMatchObject({ first: { id: "2305.13245" } });
  });

  it("turns whole-number parameters into integers and explains plans", async () => {
    const { body } = await cypher("UNWIND range(1, $n) AS x RETURN x", { n: 3 });
    expect(body.rows).toEqual([[1], [2], [3]]);
    const explained = await cypher("EXPLAIN MATCH (p:Paper {id: '2305.13245'}) RETURN p");
    expect(explained.body.rows).toEqual([]);
    expect((explained.body.summary.plan as { operatorType?: string } | undefined)?.operatorType).toMatch(/ProduceResults/);
  });

  it("answers a syntax error with 400 and Neo4j's position", async () => {
    const { status, body } = await cypher<ErrorBody>("MATCH (n:Paper\nRETURN n");
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ kind: "bad-query", code: "Neo.ClientError.Statement.SyntaxError", position: { line: 2, column: 1 } });
    expect((await cypher<ErrorBody>("RETURN 'unclosed")).body.error).toMatchObject({ kind: "bad-query", position: { line: 1, column: 8 } });
    // Neo4j lists LOAD CSV among the keywords it expected: still a syntax error, not a refusal.
    const typo = await cypher<ErrorBody>("MATCH (p:Paper) RETRUN p");
    expect(typo.status).toBe(400);
    expect(typo.body.error).toMatchObject({ kind: "bad-query", position: { line: 1 } });
  });
});

describe("limits", () => {
  // Endless rows, blow-ups, timeouts, the memory limit and long expressions are cases of the
  // attack catalogue (console-attacks.test.ts); here, the limits of ordinary answers.
  it("cuts long lists inside a row and honours a smaller cap", async () => {
    const { body } = await cypher("UNWIND range(1, 20000) AS x RETURN collect(x) AS xs");
    expect((body.rows[0]?.[0] as unknown[]).length).toBe(10_000);
    expect(body.truncated).toBe(true);
    const small = await executeConsoleQuery("MATCH (n) RETURN n", {}, { rowCap: 5 });
    expect(small.rows).toHaveLength(5);
    expect(small.graph.nodes).toHaveLength(5);
    expect(small).toMatchObject({ truncated: true, rowCap: 5 });
  });

  it("still answers afterwards", async () => {
    const health = await healthRoute();
    expect(health.status).toBe(200);
    const { status, body } = await cypher("MATCH (n) RETURN count(n) AS c");
    expect(status).toBe(200);
    expect(body.rows).toEqual([[before.nodes]]);
  });
});
