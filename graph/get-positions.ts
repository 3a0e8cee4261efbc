/**
 * GET /api/positions: the stored force-layout picture of a list's overview, when one is stored
 * for the overview as it is now. The overview's node ids and edges are read (ids only: cheap)
 * and hashed into the key; positions stored under another key are never answered. When none
 * match, the answer says "pending" and hands the caller a job that computes and stores them,
 * which the route runs after answering: the request is never kept waiting for a layout.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { z } from "zod";
import { computeForceLayout } from "@/contract/force-layout";
import { positionsResponseSchema, type PositionsQuery, type PositionsResponse } from "@/contract/positions";
import { hashLayoutGraph, type LayoutGraph } from "./hash-layout-graph";
import { notFound, readTransaction } from "./read-query";
import { readStoredPositions, storePositions } from "./stored-positions";

cytoscape.use(fcose);

/** Overviews above this many nodes are not laid out on the server (the browser lays out what it draws). */
export const SERVER_LAYOUT_LIMIT = 5_000;

// The overview's membership (graph/get-overview.ts) without resources, which are asked for
// separately and placed beside their sections; edges of the types it draws by default.
const NODES = `
  MATCH (r:Roadmap) WHERE $roadmap IS NULL OR r.id = $roadmap
  CALL (r) {
    RETURN r AS n
    UNION
    MATCH (n:Section {roadmap: r.id}) RETURN n
    UNION
    MATCH (n:Paper)-[:IN_SECTION]->(:Section {roadmap: r.id}) RETURN n
    UNION
    MATCH (n:Paper {ownerRoadmap: r.id}) RETURN n
  }
  WITH DISTINCT n
  RETURN elementId(n) AS eid, n.id AS id`;
const EDGES = `
  MATCH (a)-[r]->(b)
  WHERE elementId(a) IN $eids AND type(r) IN $types AND elementId(b) IN $eids
  RETURN a.id AS source, type(r) AS type, b.id AS target`;
const TYPES = ["BUILDS_ON", "SUBSECTION_OF", "PART_OF", "IN_SECTION", "SURVEYS"];

export async function readLayoutGraph(roadmap: string | undefined): Promise<LayoutGraph> {
  return readTransaction(async (tx) => {
    if (roadmap !== undefined) {
      const found = await tx.rows("MATCH (r:Roadmap {id: $roadmap}) RETURN r.id AS id", { roadmap }, z.object({ id: z.string() }));
      if (found.length === 0) throw notFound("roadmap", roadmap);
    }
    const nodes = await tx.rows(NODES, { roadmap: roadmap ?? null }, z.object({ eid: z.string(), id: z.string() }));
    const edges = await tx.rows(EDGES, { eids: nodes.map((n) => n.eid), types: TYPES }, z.object({ source: z.string(), type: z.string(), target: z.string() }));
    return { nodes: nodes.map((n) => n.id), edges };
  });
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
