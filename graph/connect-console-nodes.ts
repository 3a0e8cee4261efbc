/**
 * The relationships among a console result's nodes, as Neo4j Browser draws them: a query that
 * returns only nodes (`RETURN p, q`) still shows how they connect. Capped, since a result of
 * 2,000 well-connected nodes could have far more relationships than anyone can look at.
 */
import { z } from "zod";
import type { DetailedEdge, DetailedNode } from "@/contract/schemas";
import { readRows } from "./read-query";
import { edgeId, toDetailedEdge } from "./to-graph-elements";

export const CONNECTIONS_CAP = 1_000;
const CONNECTIONS_TIMEOUT_MS = 3_000;

const CONNECTIONS = `
  MATCH (a)-[r]->(b)
  WHERE elementId(a) IN $eids AND elementId(b) IN $eids
  RETURN elementId(a) AS start, type(r) AS type, elementId(b) AS end, properties(r) AS properties
  LIMIT $limit`;

const rowSchema = z.object({ start: z.string(), type: z.string(), end: z.string(), properties: z.record(z.string(), z.unknown()) });

/** `nodes` by elementId; edges the result already holds are not repeated. */
export async function connectConsoleNodes(
  nodes: ReadonlyMap<string, DetailedNode>,
  known: readonly DetailedEdge[],
  cap = CONNECTIONS_CAP,
): Promise<{ edges: DetailedEdge[]; truncated: boolean }> {
  if (nodes.size < 2) return { edges: [], truncated: false };
  const seen = new Set(known.map((e) => e.id));
  let rows: z.output<typeof rowSchema>[];
  try {
    rows = await readRows(CONNECTIONS, { eids: [...nodes.keys()], limit: cap + seen.size + 1 }, rowSchema, { timeoutMs: CONNECTIONS_TIMEOUT_MS });
  } catch {
    // An extra for the drawing: the result itself is already in hand and must not be lost.
    return { edges: [], truncated: true };
  }
  const edges: DetailedEdge[] = [];
  let truncated = rows.length > cap + seen.size;
  for (const row of rows) {
    const source = nodes.get(row.start)?.id;
    const target = nodes.get(row.end)?.id;
    if (!source || !target) continue;
    const id = edgeId(source, row.type, target);
    if (seen.has(id)) continue;
    seen.add(id);
    if (edges.length === cap) {
      truncated = true;
      break;
    }
    edges.push(toDetailedEdge({ type: row.type, source, target, properties: row.properties }));
  }
  return { edges, truncated };
}
