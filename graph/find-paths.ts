/**
 * How two nodes connect: the shortest path (or all shortest paths), undirected, optionally over
 * chosen relation types only, optionally only forward in time (each step from an older paper
 * to a not-older one), over curated edges only or also citation data (graph/edge-provenance.ts). Uses Cypher's SHORTEST with a quantified path pattern, so the time
 * predicate is checked while searching rather than by enumerating paths and filtering them.
 */
import { z } from "zod";
import { notFound, readTransaction } from "./read-query";
import { walkableEdge } from "./edge-provenance";
import { edgeSetSchema, pathsResponseSchema, relationTypeSchema, type EdgeSet, type PathQuery, type PathsResponse, type RelationType } from "@/contract/schemas";
import { edgeProjection, matchNodeById, nodeProjection, PROVENANCE_EDGE_KEYS, rawEdgeSchema, rawNodeSchema, toGraphNode, toPathSteps } from "./to-graph-elements";

/** ALL SHORTEST can return many equally short paths (through shared sections, say). */
export const MAX_PATHS = 25;

const ENDPOINTS = `
  UNWIND $ids AS wanted ${matchNodeById("n", "wanted", ["wanted"])}
  RETURN wanted AS id, ${nodeProjection("n")} AS node`;

/**
 * The Cypher of the search. Relationship types and the length bound cannot be parameters in a
 * pattern; both come from the zod-validated query (an enum and an integer 1..15), never from
 * free text, and are checked again here.
 */
export function pathCypher(options: { all: boolean; types?: readonly RelationType[] | undefined; forward: boolean; maxLength: number; edges?: EdgeSet }): string {
  const types = (options.types ?? []).map((type) => relationTypeSchema.parse(type));
  const maxLength = z.number().int().min(1).max(15).parse(options.maxLength);
  const relationship = types.length > 0 ? `[r:${types.join("|")}]` : "[r]";
  const walkable = walkableEdge(edgeSetSchema.parse(options.edges ?? "all"), "r", "x", "y");
  const forward = options.forward ? " AND x.year IS NOT NULL AND y.year IS NOT NULL AND x.year <= y.year" : "";
  const pattern = `(a) ((x)-${relationship}-(y) WHERE ${walkable}${forward}){1,${maxLength}} (b)`;
  return `
    ${matchNodeById("a", "$from")}
    ${matchNodeById("b", "$to")}
    MATCH p = ${options.all ? "ALL SHORTEST" : "ANY SHORTEST"} ${pattern}
    WITH p LIMIT ${MAX_PATHS}
    RETURN [i IN range(0, length(p)) | nodes(p)[i].id] AS ids,
      COLLECT { UNWIND nodes(p) AS n RETURN ${nodeProjection("n")} AS node } AS nodes,
      [r IN relationships(p) | ${edgeProjection("r", PROVENANCE_EDGE_KEYS)}] AS rels`;
}

const rowSchema = z.object({ ids: z.array(z.string()), nodes: z.array(rawNodeSchema), rels: z.array(rawEdgeSchema) });

export async function findPaths(query: PathQuery): Promise<PathsResponse> {
  return readTransaction(async (tx) => {
    const ends = await tx.rows(ENDPOINTS, { ids: [query.from, query.to] }, z.object({ id: z.string(), node: rawNodeSchema }));
    for (const id of [query.from, query.to]) if (!ends.some((end) => end.id === id)) throw notFound("node", id);
    if (query.from === query.to) {
      const node = ends[0];
      return pathsResponseSchema.parse({ paths: node ? [{ nodes: [toGraphNode(node.node)], steps: [] }] : [] });
    }
    // Forward in time means every step keeps or raises the year, so From must be dated and not
    // newer than To. Say so at once: the search itself would look through every forward path
    // before giving up (past the query timeout on the bundled roadmap).
    if (query.forward) {
      const years = new Map(ends.map((end) => [end.id, toGraphNode(end.node).year ?? null]));
      const [fromYear, toYear] = [years.get(query.from) ?? null, years.get(query.to) ?? null];
      if (fromYear === null || toYear === null || fromYear > toYear) return pathsResponseSchema.parse({ paths: [] });
    }
    const rows = await tx.rows(pathCypher(query), { from: query.from, to: query.to }, rowSchema);
    return pathsResponseSchema.parse({
      paths: rows.map((row) => {
        // COLLECT over UNWIND keeps no promised order: put the nodes back in path order by id.
        const byId = new Map(row.nodes.map((raw) => [toGraphNode(raw).id, toGraphNode(raw)]));
        return { nodes: row.ids.map((id) => byId.get(id)), steps: toPathSteps(row.ids, row.rels) };
      }),
    });
  });
}
