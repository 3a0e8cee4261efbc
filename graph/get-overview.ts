/**
 * The whole-roadmap picture: the roadmap, its sections, its papers (listed ones and the
 * foundational ones it brought in) and the structural and builds-on edges among them.
 * SAME_TOPIC and the roadmap's resources are left out unless asked for: both are many and hide
 * the structure.
 */
import { z } from "zod";
import { notFound, readTransaction } from "./read-query";
import { subgraphSchema, type OverviewQuery, type RelationType, type Subgraph } from "@/contract/schemas";
import { edgeProjection, nodeProjection, rawEdgeSchema, rawNodeSchema, toGraphEdge, toGraphNode, uniqueById } from "./to-graph-elements";

const ROADMAPS = `MATCH (r:Roadmap) WHERE $roadmap IS NULL OR r.id = $roadmap RETURN r.id AS id`;

const NODES = `
  MATCH (r:Roadmap) WHERE r.id IN $roadmaps
  CALL (r) {
    RETURN r AS n
    UNION
    MATCH (n:Section {roadmap: r.id}) RETURN n
    UNION
    MATCH (n:Paper)-[:IN_SECTION]->(:Section {roadmap: r.id}) RETURN n
    UNION
    MATCH (n:Paper {ownerRoadmap: r.id}) RETURN n
    UNION
    MATCH (n:Resource)-[:IN_SECTION]->(:Section {roadmap: r.id}) WHERE $resources RETURN n
  }
  WITH DISTINCT n
  RETURN elementId(n) AS eid, ${nodeProjection("n")} AS node
  ORDER BY CASE WHEN n:Roadmap THEN 0 WHEN n:Section THEN 1 ELSE 2 END, n.order, n.year, n.id`;

const EDGES = `
  MATCH (a)-[r]->(b)
  WHERE elementId(a) IN $eids AND type(r) IN $types AND elementId(b) IN $eids
  RETURN ${edgeProjection("r")} AS edge`;

const BASE_TYPES: RelationType[] = ["BUILDS_ON", "SUBSECTION_OF", "PART_OF", "IN_SECTION", "SURVEYS"];

export async function getOverview(query: Partial<OverviewQuery> = {}): Promise<Subgraph> {
  const types = query.sameTopic ? [...BASE_TYPES, "SAME_TOPIC"] : BASE_TYPES;
  return readTransaction(async (tx) => {
    const roadmaps = await tx.rows(ROADMAPS, { roadmap: query.roadmap ?? null }, z.object({ id: z.string() }));
    if (query.roadmap !== undefined && roadmaps.length === 0) throw notFound("roadmap", query.roadmap);
    const nodes = await tx.rows(NODES, { roadmaps: roadmaps.map((r) => r.id), resources: query.resources ?? false }, z.object({ eid: z.string(), node: rawNodeSchema }));
    const edges = await tx.rows(EDGES, { eids: nodes.map((n) => n.eid), types }, z.object({ edge: rawEdgeSchema }));
    return subgraphSchema.parse({
      nodes: uniqueById(nodes.map((row) => toGraphNode(row.node))),
      edges: uniqueById(edges.map((row) => toGraphEdge(row.edge))),
      omitted: 0,
    });
  });
}
