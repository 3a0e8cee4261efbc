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
import type { Overview, OverviewAnswer, OverviewQuery } from "@/contract/overview";
import { positionsResponseSchema, type PositionsQuery, type PositionsResponse, type StoredLayout } from "@/contract/positions";
import { hashLayoutGraph, type LayoutGraph } from "./hash-layout-graph";
import { getOverview } from "./get-overview";
import { readStoredPositions, storePositions, type StoredPicture } from "./stored-positions";

cytoscape.use(fcose);

/** Overviews above this many nodes are not laid out on the server (the browser lays out what it draws). */
export const SERVER_LAYOUT_LIMIT = 5_000;

/**
 * The graph the page draws as the overview: the overview itself (graph/get-overview.ts), as the
 * page asks for it by default (no resources, no SAME_TOPIC), clustered when the page gets it
 * clustered. Reading the same answer keeps the stored picture and the drawn one in step.
 */
export async function readLayoutGraph(roadmap: string | undefined): Promise<LayoutGraph> {
  return toLayoutGraph(await getOverview(roadmap === undefined ? {} : { roadmap }));
}

function toLayoutGraph(overview: Overview): LayoutGraph {
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
  // Both reads at once: the stored picture is checked against the key once the graph is read.
  const [graph, stored] = await Promise.all([readLayoutGraph(query.roadmap), readStoredPositions(scope, query.layout)]);
  return positionsOf(scope, query.layout, graph, stored);
}

/**
 * GET /api/overview: the overview and its stored picture from one read of the overview (and one
 * of the picture, at the same time) when the overview asked for is the one the picture is of;
 * with SAME_TOPIC or resources asked for, the picture's graph is read on its own.
 */
export async function getOverviewWithPositions(query: OverviewQuery): Promise<{ response: OverviewAnswer; compute?: () => Promise<void> }> {
  const scope = query.roadmap ?? "all";
  const plain = !query.sameTopic && !query.resources;
  const [overview, graph, stored] = await Promise.all([
    getOverview(query),
    plain ? null : readLayoutGraph(query.roadmap),
    readStoredPositions(scope, "fcose"),
  ]);
  const positions = positionsOf(scope, "fcose", graph ?? toLayoutGraph(overview), stored);
  return { response: { ...overview, positions: positions.response }, compute: positions.compute };
}

function positionsOf(scope: string, layout: StoredLayout, graph: LayoutGraph, stored: StoredPicture | null): PositionsAnswer {
  const key = hashLayoutGraph(graph, layout);
  const base = { layout, scope, key, nodes: graph.nodes.length };
  if (graph.nodes.length > SERVER_LAYOUT_LIMIT) return { response: positionsResponseSchema.parse({ ...base, status: "too-large", positions: {} }) };
  // Positions stored for another key are of another graph: never answered.
  if (stored?.key === key) return { response: positionsResponseSchema.parse({ ...base, status: "ready", positions: stored.positions }) };
  return {
    response: positionsResponseSchema.parse({ ...base, status: "pending", positions: {} }),
    compute: () => computePositions(scope, layout, key, graph),
  };
}
