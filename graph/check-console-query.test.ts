import { describe, expect, it } from "vitest";
import { ALLOWED_PROCEDURES, checkConsoleQuery } from "./check-console-query";
import { tokenizeCypher } from "./tokenize-cypher";

const refusedMessage = (query: string): string => {
  const result = checkConsoleQuery(query);
  if (result.ok) throw new Error(`expected a refusal of: ${query}`);
  expect(result.kind).toBe("refused");
  return result.message;
};

describe("checkConsoleQuery: allowed reads", () => {
  it.each([
    "MATCH (n) RETURN n LIMIT 25",
    "MATCH (p:Paper)-[r:BUILDS_ON]->(q:Paper) WHERE p.year > 2020 RETURN p.title, q.title",
    "MATCH p = shortestPath((a:Paper {id: $a})-[*..6]-(b:Paper {id: $b})) RETURN p",
    "OPTIONAL MATCH (n:Section) WITH n ORDER BY n.order RETURN collect(n.name)",
    "UNWIND range(1, 10) AS x RETURN x",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.schema.visualization()",
    "CALL db.index.fulltext.queryNodes('roadmapSearch', 'attention') YIELD node, score RETURN node.title, score",
    "call DB.LABELS()",
    "CALL () { MATCH (n) RETURN count(n) AS c } RETURN c",
    "CALL { MATCH (n) RETURN n } RETURN n",
    "SHOW INDEXES",
    "SHOW FULLTEXT INDEXES YIELD name RETURN name",
    "SHOW CONSTRAINTS",
    "SHOW PROCEDURES YIELD name",
    "SHOW FUNCTIONS EXECUTABLE BY CURRENT USER",
    "EXPLAIN MATCH (n) RETURN n",
    "PROFILE MATCH (n:Paper) RETURN count(n)",
    "RETURN date.truncate('month', date()) AS d, point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS p",
    "RETURN duration.between(date('2017-06-12'), date()) AS age",
    "MATCH (n) RETURN db.nameFromElementId(elementId(n)) LIMIT 1",
    "MATCH (n) WHERE n.title CONTAINS 'CREATE INDEX; LOAD CSV' RETURN n",
    'MATCH (n) WHERE n.title = "DELETE \\" SET" RETURN n',
    "MATCH (n) // DELETE n\nRETURN n",
    "MATCH (n) /* DETACH DELETE n; LOAD CSV */ RETURN n",
    "MATCH (n:`CREATE`) RETURN n.`set`",
    "MATCH (n) RETURN n.set, n.delete, {merge: 1, create: 2} AS m",
    "MATCH (n) RETURN n;",
    "USE neo4j MATCH (n) RETURN count(n)",
    "MATCH (start:Paper)-[:BUILDS_ON]->(stop:Paper) RETURN start, stop",
    "MATCH (с:Paper) RETURN с.title", // a Cyrillic variable name that spells no keyword
    "RETURN 'Трансформер' AS name",
  ])("allows %s", (query) => {
    const result = checkConsoleQuery(query);
    expect(result).toMatchObject({ ok: true });
  });

  it("strips one trailing semicolon and sends the normalised text", () => {
    expect(checkConsoleQuery("MATCH (n) RETURN n;  ")).toEqual({ ok: true, query: "MATCH (n) RETURN n" });
    // Compatibility forms inside strings are folded too (ﬁ -> fi): what is checked is what runs.
    expect(checkConsoleQuery("RETURN 'ﬁ' AS s")).toEqual({ ok: true, query: "RETURN 'fi' AS s" });
  });
});

describe("checkConsoleQuery: refusals", () => {
  it.each([
    ["CREATE (n:Probe) RETURN n", /CREATE .*read-only/],
    ["MATCH (n) SET n.x = 1", /SET/],
    ["MATCH (n) DETACH DELETE n", /DETACH/],
    ["MATCH (n) REMOVE n.title", /REMOVE/],
    ["MERGE (n:Paper {id: 'x'})", /MERGE/],
    ["MATCH (n) FOREACH (x IN [1] | SET n.y = x)", /FOREACH/],
    ["DROP INDEX paper_year", /DROP/],
    ["CREATE INDEX foo FOR (n:Paper) ON (n.title)", /CREATE/],
    ["ALTER DATABASE neo4j SET ACCESS READ ONLY", /ALTER/],
    ["GRANT ROLE admin TO neo4j", /GRANT/],
    ["INSERT (n:Probe)", /INSERT/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
    ["load csv with headers from 'https://example.com/x.csv' as row return row", /LOAD CSV/],
    ["CALL { MATCH (n) RETURN n } IN TRANSACTIONS OF 10 ROWS RETURN n", /IN TRANSACTIONS/],
    ["CALL (n) { SET n.x = 1 } IN 4 CONCURRENT TRANSACTIONS", /SET|TRANSACTIONS/],
    ["SHOW TRANSACTIONS", /Only SHOW INDEXES/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE/],
    ["SHOW USERS", /Only SHOW INDEXES/],
    ["SHOW DATABASES", /Only SHOW INDEXES/],
    ["SHOW SETTINGS", /Only SHOW INDEXES/],
    ["CALL dbms.listConfig()", /dbms\.\* procedures administer/],
    ["CALL dbms.security.createUser('x', 'y')", /dbms/],
    ["CALL db.createLabel('Probe')", /db\.createLabel\(\) is not allowed/],
    ["CALL db.clearQueryCaches()", /not allowed/],
    ["CALL apoc.load.json('file:///etc/passwd')", /APOC/],
    ["CALL `apoc`.`load`.`json`('https://example.com')", /APOC/],
    ["CALL db.index.fulltext.drop('roadmapSearch')", /not allowed/],
    ["CALL () { CALL dbms.killQueries(['x']) } RETURN 1", /dbms/],
    ["RETURN apoc.util.sha1(['x'])", /apoc\.util\.sha1\(\) is not a built-in function/],
    ["RETURN dbms.something()", /not a built-in function/],
    ["USE system SHOW USERS", /USE switches/],
    ["USE other MATCH (n) RETURN n", /USE switches/],
    ["MATCH (n) RETURN n; MATCH (m) DETACH DELETE m", /DETACH|One statement/],
    ["MATCH (n) RETURN n; MATCH (m) RETURN m", /One statement at a time/],
    ["USING PERIODIC COMMIT LOAD CSV FROM 'x' AS r RETURN r", /PERIODIC|LOAD/],
    ["START DATABASE neo4j", /START DATABASE/],
    ["STOP DATABASE neo4j", /STOP DATABASE/],
    ["MATCH (n) WHERE n.title = 'x' SET n.title = 'y'", /SET/],
    ["RETURN 1 /* comment */ ; CREATE (n)", /One statement|CREATE/],
    ["RETURN 1DELETE", /DELETE/],
  ])("refuses %s", (query, pattern) => {
    expect(refusedMessage(query)).toMatch(pattern);
  });

  it("refuses keywords in fullwidth letters (NFKC folds them to ASCII keywords)", () => {
    expect(refusedMessage("ＬＯＡＤ ＣＳＶ FROM 'file:///etc/passwd' AS r RETURN r")).toMatch(/looks like the keyword LOAD/);
    expect(refusedMessage("ＭＡＴＣＨ (n) RETURN n")).toMatch(/looks like the keyword MATCH/);
  });

  it("refuses keywords spelled with look-alike letters", () => {
    // "ЅET" and "СREATE" start with Cyrillic letters.
    expect(refusedMessage("MATCH (n) ЅET n.x = 1")).toMatch(/looks like the keyword SET/);
    expect(refusedMessage("СREATE (n)")).toMatch(/looks like the keyword CREATE/);
  });

  it("refuses invisible characters outside strings", () => {
    expect(refusedMessage("LO\u200bAD CSV FROM 'x' AS r RETURN r")).toMatch(/invisible control character \(U\+200B\)/);
    expect(checkConsoleQuery("RETURN 'a\u200bb' AS s")).toMatchObject({ ok: true });
  });

  it("names the position of what it refuses", () => {
    const result = checkConsoleQuery("MATCH (n)\nWITH n\nDETACH DELETE n");
    expect(result).toMatchObject({ ok: false, position: { line: 3, column: 1, offset: 17 } });
  });

  it("reports an unterminated string or comment as a syntax error with its position", () => {
    expect(checkConsoleQuery("RETURN 'abc")).toMatchObject({ ok: false, kind: "syntax", position: { line: 1, column: 8, offset: 7 } });
    expect(checkConsoleQuery("RETURN 1 /* LOAD CSV")).toMatchObject({ ok: false, kind: "syntax" });
    expect(checkConsoleQuery("   ")).toMatchObject({ ok: false, kind: "syntax" });
  });

  it("keeps a string's escaped quote inside the string", () => {
    expect(refusedMessage("RETURN 'it\\'s' AS a DELETE")).toMatch(/DELETE/);
    expect(refusedMessage("RETURN '\\\\' AS a LOAD CSV FROM 'x' AS r RETURN r")).toMatch(/LOAD/);
  });

  it("refuses range() over many numbers, or with bounds it cannot know, inside expressions", () => {
    expect(refusedMessage("RETURN reduce(s = '', x IN range(1, 100000000) | s + 'x') AS s")).toMatch(/range\(\) may produce at most 10,000/);
    expect(refusedMessage("RETURN size([x IN range(0, 10^9) WHERE x < 0]) AS n")).toMatch(/range\(\)/);
    expect(refusedMessage("MATCH (n) RETURN range(0, count(n))")).toMatch(/range\(\)/);
    expect(refusedMessage("RETURN range(1, 10, 0)")).toMatch(/range\(\)/);
    expect(checkConsoleQuery("RETURN range(1, $n) AS xs", { params: { n: 1e6 } })).toMatchObject({ ok: false });
    expect(checkConsoleQuery("RETURN range(1, $n) AS xs", { params: { n: 100 } })).toMatchObject({ ok: true });
    expect(checkConsoleQuery("RETURN range(-5, 9999, 2), range(10, 1, -1)")).toMatchObject({ ok: true });
    // As rows, an endless range is cut off by the row cap and the timeout: allowed.
    expect(checkConsoleQuery("UNWIND range(1, 10000000000) AS x RETURN x")).toMatchObject({ ok: true });
  });

  it("lists every allowed procedure in the refusal message", () => {
    const message = refusedMessage("CALL db.stats.retrieve('GRAPH COUNTS')");
    for (const name of ALLOWED_PROCEDURES) expect(message).toContain(name);
  });
});

describe("tokenizeCypher", () => {
  it("keeps strings, quoted names and parameters whole", () => {
    const result = tokenizeCypher("MATCH (`a``b`) WHERE a.x = 'q\\'x' AND $`p 1` > $p2 RETURN 1.5");
    if (!("tokens" in result)) throw new Error("lex error");
    expect(result.tokens.filter((t) => t.kind !== "symbol").map((t) => [t.kind, t.text])).toEqual([
      ["word", "MATCH"],
      ["quoted", "a`b"],
      ["word", "WHERE"],
      ["word", "a"],
      ["word", "x"],
      ["string", "'q\\'x'"],
      ["word", "AND"],
      ["param", "$`p 1`"],
      ["param", "$p2"],
      ["word", "RETURN"],
      ["number", "1.5"],
    ]);
  });
});

describe("checkConsoleQuery: \\u escapes, which Neo4j decodes before it parses", () => {
  it("sees keywords and quotes written as escapes, as Neo4j does", () => {
    expect(refusedMessage(String.raw`\u004cOAD CSV FROM 'https://example.com/a.csv' AS r RETURN r`)).toMatch(/LOAD CSV/);
    expect(refusedMessage(String.raw`WITH '\u0027 AS x CALL dbms.listConfig() YIELD name RETURN name //' AS y RETURN y`)).toMatch(/dbms/);
    expect(refusedMessage(String.raw`RETURN 1 // \u000a CREATE (n)`)).toMatch(/CREATE/);
    // A fullwidth backslash becomes "\" under NFKC, and then an escape.
    expect(refusedMessage("MATCH (n) ＼u0044ETACH DELETE n")).toMatch(/DETACH/);
  });

  it("sends the decoded text, which holds no escape left to decode", () => {
    expect(checkConsoleQuery(String.raw`RETURN 'a\u0041b' AS s`)).toEqual({ ok: true, query: "RETURN 'aAb' AS s" });
    expect(checkConsoleQuery(String.raw`RETURN '\u005cu0041' AS s`)).toEqual({ ok: true, query: "RETURN 'A' AS s" });
  });
});
