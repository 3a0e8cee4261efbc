/**
 * One valid request per API endpoint, against the bundled roadmap. Shared by the outage test
 * (every endpoint must answer 503 while Neo4j is down), the hostile-request test and the e2e
 * load test, so a new endpoint is covered by all three once it is listed here.
 */
export type ApiRequest = {
  name: string;
  method: "GET" | "POST";
  /** path and query string, e.g. /api/search?q=gqa */
  path: string;
  body?: unknown;
  /** false for the endpoints that answer without Neo4j (the OpenAPI document) */
  needsDb: boolean;
};

export const VALID_REQUESTS: readonly ApiRequest[] = [
  { name: "health", method: "GET", path: "/api/health", needsDb: true },
  { name: "search", method: "GET", path: "/api/search?q=attention&limit=5", needsDb: true },
  { name: "node", method: "GET", path: "/api/node?id=2305.13245", needsDb: true },
  { name: "sections", method: "GET", path: "/api/sections?roadmap=generative-ai", needsDb: true },
  { name: "overview", method: "GET", path: "/api/overview?roadmap=generative-ai", needsDb: true },
  { name: "overview-section", method: "GET", path: "/api/overview/section?roadmap=generative-ai&section=generative-ai%2Fbackground-knowledge", needsDb: true },
  { name: "positions", method: "GET", path: "/api/positions?roadmap=generative-ai&layout=fcose", needsDb: true },
  { name: "path", method: "GET", path: "/api/path?from=1706.03762&to=2305.13245", needsDb: true },
  { name: "stats", method: "GET", path: "/api/stats", needsDb: true },
  { name: "openapi", method: "GET", path: "/api/openapi.json", needsDb: false },
  { name: "neighbourhood", method: "POST", path: "/api/neighbourhood", body: { ids: ["1706.03762"], depth: 1, limit: 20 }, needsDb: true },
  { name: "reading-path", method: "POST", path: "/api/reading-path", body: { target: "2305.13245", read: ["1706.03762"] }, needsDb: true },
  { name: "frontier", method: "POST", path: "/api/frontier", body: { read: ["1706.03762"] }, needsDb: true },
  { name: "cypher", method: "POST", path: "/api/cypher", body: { query: "MATCH (p:Paper {id: $id}) RETURN p.title AS title", params: { id: "2305.13245" } }, needsDb: true },
];
