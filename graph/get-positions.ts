/**
 * GET /api/positions: the stored force-layout picture of a list's overview, when one is stored
 * for the overview as it is now. The overview (as the page gets it) is read
 * and hashed into the key; positions stored under another key are never answered. When none
 * match, the answer says "pending" and hands the caller a job that computes and stores them,
 * which the route runs after answering: the request is never kept waiting for a layout.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { computeForceLayout } from "@/contract/force-layout";
import { positionsResponseSchema, type PositionsQuery, type PositionsResponse } from "@/contract/positions";
import { hashLayoutGraph, type LayoutGraph } from "./hash-layout-graph";
import { getOverview } from "./get-overview";
import { readStoredPositions, storePositions } from "./stored-positions";

cytoscape.use(fcose);

/** Overviews above this many nodes are not laid out on the server (the browser lays out what it draws). */
export const SERVER_LAYOUT_LIMIT = 5_000;

/**
 * The graph the page draws as the overview: the overview itself (graph/get-overview.ts), as the
 * page asks for it by default (no resources, no SAME_TOPIC), clustered when the page gets it
 * clustered. Reading the same answer keeps the stored picture and the drawn one in step.
 */
export async function readLayoutGraph(roadmap: string | undefined): Promise<LayoutGraph> {
  const overview = await getOverview(roadmap === undefined ? {} : { roadmap });
  return { nodes: overview.nodes.map((n) => n.id), edges: overview.edges.map((e) => ({ source: e.source, type: e.type, target: e.target })) };
}

/** Layouts being computed in this process, by key: a second request for one waits for nothing and starts nothing. */
const running = new Map<string, Promise<void>>();

/** Computes the picture of `graph` and stores it under `key` (once per key at a time). */
export function computePositions(scope: string, layout: string, key: string, graph: LayoutGraph): Promise<void> {
  const job = running.get(key);
  if (job) return job;
  const started = (async () => {
    const positions = computeForceLayout(cytoscape, { nodes: graph.nodes.map((id) => ({ id })), edges: graph.edges });
    await storePositions(scope, layout, key, positions);
  })().finally(() => running.delete(key));
  running.set(key, started);
  return started;
}

export type PositionsAnswer = { response: PositionsResponse; compute?: () => Promise<void> };

export async function getPositions(query: PositionsQuery): Promise<PositionsAnswer> {
  const scope = query.roadmap ?? "all";
  const graph = await readLayoutGraph(query.roadmap);
  const key = hashLayoutGraph(graph, query.layout);
  const base = { layout: query.layout, scope, key, nodes: graph.nodes.length };
  if (graph.nodes.length > SERVER_LAYOUT_LIMIT) return { response: positionsResponseSchema.parse({ ...base, status: "too-large", positions: {} }) };
  const stored = await readStoredPositions(scope, query.layout, key);
  if (stored) return { response: positionsResponseSchema.parse({ ...base, status: "ready", positions: stored }) };
  return {
    response: positionsResponseSchema.parse({ ...base, status: "pending", positions: {} }),
    compute: () => computePositions(scope, query.layout, key, graph),
  };
}
