/**
 * The Cypher console refuses, with a clear message, what could change data, read files or
 * URLs, or administer the server; and behind that static check, Neo4j itself (read access
 * mode, no file URLs) refuses too. The graph is byte-for-byte the same afterwards and the
 * server still answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as cypherRoute } from "../../app/api/cypher/route";
import { closeDriver } from "../../graph/driver";
import { GraphError } from "../../graph/errors";
import { getGraphChecksum, type GraphChecksum } from "../../graph/get-graph-checksum";
import { executeConsoleQuery } from "../../graph/run-console-query";
import type { ApiError, CypherResponse } from "../../graph/schemas";

async function cypher<T = CypherResponse>(query: string, params: Record<string, unknown> = {}): Promise<{ status: number; body: T }> {
  const response = await cypherRoute(
    new Request("http://localhost/api/cypher", { method: "POST", body: JSON.stringify({ query, params }), headers: { "content-type": "application/json" } }),
  );
  return { status: response.status, body: (await response.json()) as T };
}

async function refusedBy(query: string): Promise<string> {
  const { status, body } = await cypher<ApiError>(query);
  expect(status, `${query} → ${JSON.stringify(body)}`).toBe(403);
  expect(body.error.kind).toBe("refused");
  return body.error.message;
}

let before: GraphChecksum;
beforeAll(async () => {
  before = await getGraphChecksum();
});
afterAll(async () => {
  expect(await getGraphChecksum()).toEqual(before);
  await closeDriver();
});

describe("the console's static check (403 with a message)", () => {
  it.each([
    ["CREATE (n:ConsoleProbe {id: 'probe'}) RETURN n", /CREATE .*read-only/],
    ["MERGE (n:ConsoleProbe {id: 'probe'}) RETURN n", /MERGE/],
    ["MATCH (p:Paper {id: '2305.13245'}) SET p.title = 'changed'", /SET/],
    ["MATCH (p:Paper {id: '2305.13245'}) REMOVE p.title", /REMOVE/],
    ["MATCH (n) DETACH DELETE n", /DETACH/],
    ["MATCH (n) FOREACH (x IN [1] | SET n.touched = x)", /FOREACH/],
    ["CREATE INDEX probe FOR (n:Paper) ON (n.venue)", /CREATE/],
    ["DROP CONSTRAINT paper_id", /DROP/],
  ])("refuses the write %s", async (query, message) => {
    expect(await refusedBy(query)).toMatch(message);
  });

  it("refuses LOAD CSV of a local file and of a URL", async () => {
    expect(await refusedBy("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row")).toMatch(/LOAD CSV reads local files and URLs/);
    expect(await refusedBy("LOAD CSV WITH HEADERS FROM 'https://example.com/papers.csv' AS row RETURN row")).toMatch(/LOAD CSV/);
    expect(await refusedBy("CALL () { LOAD CSV FROM 'file:///etc/hostname' AS r RETURN r } RETURN r")).toMatch(/LOAD CSV/);
  });

  it("refuses admin and plugin procedures, naming the allowed ones", async () => {
    const message = await refusedBy("CALL dbms.listConfig() YIELD name, value RETURN name, value");
    expect(message).toMatch(/dbms\.\* procedures administer the server/);
    expect(message).toContain("db.labels");
    expect(await refusedBy("CALL dbms.security.createUser('mallory', 'secret', false)")).toMatch(/dbms/);
    expect(await refusedBy("CALL db.createLabel('Probe')")).toMatch(/not allowed/);
    expect(await refusedBy("CALL apoc.load.json('file:///etc/passwd')")).toMatch(/APOC/);
    expect(await refusedBy("RETURN apoc.text.join(['a'], ',')")).toMatch(/not a built-in function/);
    expect(await refusedBy("SHOW USERS")).toMatch(/Only SHOW INDEXES/);
    expect(await refusedBy("TERMINATE TRANSACTIONS 'neo4j-transaction-1'")).toMatch(/TERMINATE/);
    expect(await refusedBy("USE system SHOW DATABASES")).toMatch(/USE switches to another database/);
  });

  it("refuses transactions in batches and several statements", async () => {
    expect(await refusedBy("CALL () { MATCH (n) RETURN n } IN TRANSACTIONS OF 10 ROWS RETURN count(*)")).toMatch(/IN TRANSACTIONS/);
    expect(await refusedBy("MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n")).toMatch(/DETACH|One statement/);
    expect(await refusedBy("RETURN 1; RETURN 2")).toMatch(/One statement at a time/);
  });

  it("refuses keywords hidden behind look-alike letters, not those in strings or comments", async () => {
    expect(await refusedBy("MATCH (n) ЅET n.x = 1")).toMatch(/looks like the keyword SET/);
    const ok = await cypher("MATCH (n:Paper) WHERE n.title <> 'CREATE (x); LOAD CSV' // DETACH DELETE n\nRETURN count(n) AS c");
    expect(ok.status).toBe(200);
  });

  it("allows the read-only db.* procedures and SHOW INDEXES", async () => {
    const labels = await cypher("CALL db.labels() YIELD label RETURN label ORDER BY label");
    expect(labels.status).toBe(200);
    expect(labels.body.rows.map((row) => row[0])).toContain("Paper");
    const search = await cypher("CALL db.index.fulltext.queryNodes('roadmapSearch', $q) YIELD node RETURN node.id LIMIT 3", { q: "gqa" });
    expect(search.body.rows[0]).toEqual(["2305.13245"]);
    expect((await cypher("SHOW INDEXES YIELD name RETURN name")).status).toBe(200);
  });
});

describe("Neo4j's own wall, without the static check", () => {
  const secondWall = async (query: string): Promise<GraphError> => {
    const error = await executeConsoleQuery(query).then(
      () => new GraphError("internal", "expected Neo4j to refuse"),
      (e: unknown) => e as GraphError,
    );
    expect(error).toBeInstanceOf(GraphError);
    return error;
  };

  it("refuses writes in the read transaction", async () => {
    const error = await secondWall("CREATE (n:ConsoleProbe {id: 'probe'}) RETURN n");
    expect(error).toMatchObject({ kind: "refused", details: { code: "Neo.ClientError.Statement.AccessMode" } });
    expect((await secondWall("MATCH (p:Paper {id: '2305.13245'}) SET p.title = 'changed'")).kind).toBe("refused");
  });

  it("refuses LOAD CSV from a local file", async () => {
    const error = await secondWall("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 1");
    expect(error.kind).toBe("refused");
    expect(error.message).toMatch(/LOAD CSV/);
  });

  it("refuses CALL { } IN TRANSACTIONS inside the console's transaction", async () => {
    expect((await secondWall("CALL () { MATCH (n) RETURN n } IN TRANSACTIONS OF 10 ROWS RETURN count(*)")).kind).toBe("refused");
  });
});

describe("afterwards", () => {
  it("still answers a normal query", async () => {
    const { status, body } = await cypher("MATCH (n) RETURN count(n) AS nodes");
    expect(status).toBe(200);
    expect(body.rows[0]?.[0]).toBe(before.nodes);
  });
});
