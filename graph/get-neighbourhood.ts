/**
 * The neighbourhood of one or several nodes, 1 to 3 hops out, breadth first.
 *
 * A variable-length MATCH would enumerate every path (thousands through a dense same-topic
 * cluster) to find a few hundred nodes; walking level by level with the seen set keeps each
 * step proportional to the new nodes. New nodes are capped like Neo4j Browser's expansion:
 * nearest first, then the best connected, and `omitted` counts the rest. Because the order is
 * by distance, a kept node's path back to the start is always kept too.
 */
import { z } from "zod";
import { notFound, readTransaction } from "./read-query";
import { relationTypeSchema, subgraphSchema, type ParsedNeighbourhoodRequest, type Subgraph } from "@/contract/schemas";
import { edgeProjection, matchNodeById, nodeProjection, rawEdgeSchema, rawNodeSchema, toGraphEdge, toGraphNode, uniqueById } from "./to-graph-elements";

/** Safety valve per level: a depth-3 walk from a hub of a huge graph must not pull everything. */
const LEVEL_CAP = 20_000;

const START = `UNWIND $ids AS wanted ${matchNodeById("n", "wanted", ["wanted"])} RETURN wanted AS id, elementId(n) AS eid`;

const LEVEL = `
  MATCH (a) WHERE elementId(a) IN $frontier
  MATCH (a)-[r]-(b)
  WHERE type(r) IN $types AND NOT elementId(b) IN $seen
    AND ($labels IS NULL OR any(label IN labels(b) WHERE label IN $labels))
  WITH DISTINCT b LIMIT $levelCap
  RETURN elementId(b) AS eid, b.id AS id, COUNT { (b)--() } AS degree`;

const NODES = `MATCH (n) WHERE elementId(n) IN $eids RETURN ${nodeProjection("n")} AS node`;

// Edges touching at least one returned node whose other end is returned or already on screen.
const EDGES = `
  MATCH (a) WHERE elementId(a) IN $core
  MATCH (a)-[r]-(b)
  WHERE type(r) IN $types AND (elementId(b) IN $core OR b.id IN $exclude)
  WITH DISTINCT r
  RETURN ${edgeProjection("r")} AS edge`;

const levelRow = z.object({ eid: z.string(), id: z.string().nullable(), degree: z.number().int() });

export type LevelNode = z.infer<typeof levelRow> & { distance: number };

/**
 * Which new nodes to return: nearest first, then by degree, then id; excluded (on-screen) ids
 * are neither returned nor counted. Pure.
 */
export function capNeighbours(found: readonly LevelNode[], exclude: ReadonlySet<string>, limit: number): { kept: LevelNode[]; omitted: number } {
  const fresh = found.filter((node) => node.id === null || !exclude.has(node.id));
  const ordered = [...fresh].sort((a, b) => a.distance - b.distance || b.degree - a.degree || (a.id ?? a.eid).localeCompare(b.id ?? b.eid));
  return { kept: ordered.slice(0, limit), omitted: Math.max(0, ordered.length - limit) };
}

export async function getNeighbourhood(input: ParsedNeighbourhoodRequest): Promise<Subgraph> {
  const types = input.types ?? relationTypeSchema.options;
  const labels = input.labels ?? null;
  const exclude = new Set(input.exclude ?? []);
  const ids = [...new Set(input.ids)];

  return readTransaction(async (tx) => {
    const starts = await tx.rows(START, { ids }, z.object({ id: z.string(), eid: z.string() }));
    const missing = ids.filter((id) => !starts.some((start) => start.id === id));
    if (missing.length > 0) throw notFound("node", missing.join('", "'));

    const seen = new Set(starts.map((start) => start.eid));
    const found: LevelNode[] = [];
    let frontier = [...seen];
    for (let distance = 1; distance <= input.depth && frontier.length > 0; distance++) {
      const level = await tx.rows(LEVEL, { frontier, seen: [...seen], types, labels, levelCap: LEVEL_CAP }, levelRow);
      for (const node of level) seen.add(node.eid);
      found.push(...level.map((node) => ({ ...node, distance })));
      frontier = level.map((node) => node.eid);
    }

    const { kept, omitted } = capNeighbours(found, exclude, input.limit);
    const returned = [...starts.filter((start) => !exclude.has(start.id)).map((start) => start.eid), ...kept.map((node) => node.eid)];
    const core = [...starts.map((start) => start.eid), ...kept.map((node) => node.eid)];
    const nodes = await tx.rows(NODES, { eids: returned }, z.object({ node: rawNodeSchema }));
    const edges = await tx.rows(EDGES, { core, types, exclude: [...exclude] }, z.object({ edge: rawEdgeSchema }));

    // Keep the order: starts, then nearest first (the UI lays out in this order).
    const position = new Map(returned.map((eid, index) => [eid, index]));
    const sorted = [...nodes].sort((a, b) => (position.get(a.node.elementId ?? "") ?? 0) - (position.get(b.node.elementId ?? "") ?? 0));
    return subgraphSchema.parse({
      nodes: uniqueById(sorted.map((row) => toGraphNode(row.node))),
      edges: uniqueById(edges.map((row) => toGraphEdge(row.edge))),
      omitted,
    });
  });
}
