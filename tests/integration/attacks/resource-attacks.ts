/**
 * Queries that try to exhaust the server (endless rows, blow-ups, memory, one long expression),
 * parameters that carry Cypher text or are themselves too big, and requests over the limits.
 */
import { CONSOLE_MAX_PARAMS, CONSOLE_MAX_PARAMS_BYTES, CONSOLE_MAX_QUERY_LENGTH } from "@/contract/schemas";
import type { ConsoleAttack } from "./console-attack";

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

export const resourceAttacks: ConsoleAttack[] = [
  // Rows, time and memory
  { name: "an endless UNWIND", query: "UNWIND range(1, 10000000000) AS x RETURN x", expect: "row-cap" },
  { name: "a cartesian blow-up", query: "MATCH (a), (b), (c) RETURN a.id, b.id, c.id", expect: "row-cap" },
  { name: "a huge result of whole nodes", query: "MATCH (a), (b) RETURN a, b", expect: "row-cap" },
  { name: "a huge result of long strings", query: `UNWIND range(1, 1000000) AS x RETURN x, '${"x".repeat(2_000)}' AS padding`, expect: "row-cap" },
  { name: "a cartesian blow-up that returns one row", query: "MATCH (a), (b), (c), (d) WHERE a.id < b.id AND c.id < d.id RETURN count(*)", expect: "timeout", match: /longer than/ },
  { name: "an endless UNWIND that returns nothing", query: "UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN x", expect: "timeout" },
  { name: "every path of any length", query: "MATCH p = (a)-[*]-(b) RETURN count(p)", expect: "timeout" },
  { name: "sorting an endless UNWIND", query: "UNWIND range(1, 10000000000) AS x RETURN x ORDER BY x DESC LIMIT 1", expect: "timeout" },
  {
    name: "collecting past the transaction memory limit",
    query: `UNWIND range(1, 5000000) AS x WITH collect(toString(x) + '${"x".repeat(300)}') AS xs RETURN size(xs)`,
    expect: "too-large",
    match: /memory/,
  },
  { name: "reduce() over a huge range", query: "RETURN reduce(s = '', x IN range(1, 100000000) | s + 'xxxxxxxxxx') AS s", expect: "refused", match: /range\(\)/ },
  { name: "a comprehension over a huge range", query: "RETURN size([x IN range(1, 1000000000) | x]) AS n", expect: "refused", match: /range\(\)/ },
  { name: "range() bounded by a huge parameter", query: "RETURN size(range(1, $n)) AS n", params: { n: 1e12 }, expect: "refused", match: /range\(\)/ },
  { name: "range() with a computed bound", query: "WITH 10 AS k RETURN size(range(1, k * 100000000)) AS n", expect: "refused", match: /range\(\)/ },
  { name: "a long list in one row is cut", query: "UNWIND range(1, 20000) AS x RETURN collect(x) AS xs", expect: "harmless", match: /"truncated":true/ },
  // Parameters
  { name: "a parameter carrying a delete", query: "RETURN $q AS q", params: { q: "MATCH (n) DETACH DELETE n" }, expect: "harmless", match: /DETACH DELETE/ },
  { name: "a parameter carrying an injection", query: "MATCH (p:Paper) WHERE p.id = $id RETURN p.id", params: { id: "' OR 1=1 //" }, expect: "harmless", match: /"rows":\[\]/ },
  { name: "a parameter carrying LOAD CSV", query: "RETURN size($q) AS n", params: { q: "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r" }, expect: "harmless" },
  { name: "a parameter named like a keyword", query: "RETURN $CREATE AS x", params: { CREATE: 1 }, expect: "harmless" },
  { name: "a Lucene query that does not parse", query: "CALL db.index.fulltext.queryNodes('roadmapSearch', $q) YIELD node RETURN node", params: { q: "title:(" }, expect: "bad-query", match: /Failed to invoke procedure/ },
  { name: "a __proto__ parameter", query: "RETURN $__proto__ AS x", body: () => '{"query":"RETURN $__proto__ AS x","params":{"__proto__":{"polluted":true}}}', expect: "bad-query", match: /__proto__/ },
  { name: "a parameter name that is not an identifier", query: "RETURN 1", params: { "a; DROP": 1 }, expect: "invalid-input", match: /identifiers/ },
  {
    name: "too many parameters",
    query: "RETURN 1",
    params: Object.fromEntries(Array.from({ length: CONSOLE_MAX_PARAMS + 1 }, (_, i) => [`p${i}`, i])),
    expect: "invalid-input",
    match: /at most 100 parameters/,
  },
  { name: "parameters too large", query: "RETURN size($s)", params: { s: "x".repeat(CONSOLE_MAX_PARAMS_BYTES + 10) }, expect: "invalid-input", match: /larger than 32768 bytes/ },
  { name: "parameters nested too deep", query: "RETURN $x", params: { x: nested(20) }, expect: "invalid-input", match: /nest more than 16 levels/ },
  { name: "a body nested 10,000 levels deep", query: "", body: () => `{"query":"RETURN 1","params":{"x":${"[".repeat(10_000)}1${"]".repeat(10_000)}}}`, expect: "invalid-input", match: /levels deep/ },
  { name: "a long list parameter", query: "UNWIND $xs AS x RETURN count(x) AS n", params: { xs: Array.from({ length: 5_000 }, () => 1) }, expect: "harmless", match: /5000/ },
  // Request limits
  { name: "a query over 10,000 characters", query: `RETURN 1 AS x ${" ".repeat(CONSOLE_MAX_QUERY_LENGTH)}`, expect: "invalid-input", match: /longer than 10,000 characters/ },
  { name: "a body over 64 kB", query: "", body: () => JSON.stringify({ query: "RETURN $s", params: { s: "x".repeat(70_000) } }), expect: "too-large", match: /larger than 65536 bytes/ },
  { name: "a body that is not JSON", query: "", body: () => "query=MATCH (n) DETACH DELETE n", expect: "invalid-input", match: /must be JSON/ },
  { name: "a query that is not a string", query: "", body: () => '{"query":{"$ne":null}}', expect: "invalid-input" },
  { name: "an empty query", query: "", body: () => '{"query":""}', expect: "invalid-input", match: /empty/ },
];
