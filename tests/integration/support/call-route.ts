/**
 * Calls the app's route handlers directly with a `new Request(...)`, as Next.js would, by the
 * request's path: the integration suites test every endpoint without starting a server.
 */
import { POST as cypher } from "../../../app/api/cypher/route";
import { POST as frontier } from "../../../app/api/frontier/route";
import { GET as health } from "../../../app/api/health/route";
import { POST as neighbourhood } from "../../../app/api/neighbourhood/route";
import { GET as node } from "../../../app/api/node/route";
import { POST as nodes } from "../../../app/api/nodes/route";
import { GET as openapi } from "../../../app/api/openapi.json/route";
import { GET as overview } from "../../../app/api/overview/route";
import { GET as overviewSection } from "../../../app/api/overview/section/route";
import { GET as path } from "../../../app/api/path/route";
import { GET as positions } from "../../../app/api/positions/route";
import { POST as readingPath } from "../../../app/api/reading-path/route";
import { DELETE as removeRoadmap, GET as roadmaps, POST as loadRoadmap } from "../../../app/api/roadmaps/route";
import { POST as roadmapProgress } from "../../../app/api/roadmaps/progress/route";
import { GET as search } from "../../../app/api/search/route";
import { GET as sections } from "../../../app/api/sections/route";
import { GET as stats } from "../../../app/api/stats/route";

type Handler = (request: Request) => Promise<Response>;

const ROUTES: Record<string, Handler> = {
  "GET /api/health": health,
  "GET /api/search": search,
  "GET /api/node": node,
  "GET /api/sections": sections,
  "GET /api/overview": overview,
  "GET /api/overview/section": overviewSection,
  "GET /api/path": path,
  "GET /api/positions": positions,
  "GET /api/stats": stats,
  "GET /api/openapi.json": openapi,
  "POST /api/neighbourhood": neighbourhood,
  "POST /api/nodes": nodes,
  "POST /api/reading-path": readingPath,
  "POST /api/frontier": frontier,
  "POST /api/cypher": cypher,
  "GET /api/roadmaps": roadmaps,
  "POST /api/roadmaps": loadRoadmap,
  "DELETE /api/roadmaps": removeRoadmap,
  "POST /api/roadmaps/progress": roadmapProgress,
};

export type RouteAnswer = { status: number; headers: Headers; text: string };

/** `body` is sent as is when it is a string or bytes, as JSON otherwise. */
export async function callRoute(method: "GET" | "POST" | "DELETE", pathAndQuery: string, body?: unknown, headers: Record<string, string> = {}): Promise<RouteAnswer> {
  const handler = ROUTES[`${method} ${pathAndQuery.split("?")[0] ?? ""}`];
  if (!handler) throw new Error(`no route for ${method} ${pathAndQuery}`);
  const payload = body === undefined ? undefined : typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body);
  const response = await handler(
    new Request(`http://localhost${pathAndQuery}`, { method, ...(payload !== undefined ? { body: payload as BodyInit } : {}), headers: { "content-type": "application/json", ...headers } }),
  );
  return { status: response.status, headers: response.headers, text: await response.text() };
}
