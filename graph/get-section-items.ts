/**
 * One section of a clustered overview opened (see get-overview.ts): the papers listed directly
 * in it (and its resources when asked for), with their overview edges to each other and to
 * whatever else the overview of the list may have drawn: the list, its sections and the items
 * of its other sections. The page keeps the edges whose both ends are on the canvas.
 */
import { z } from "zod";
import { notFound, readTransaction } from "./read-query";
import { subgraphSchema, type SectionItemsQuery, type Subgraph } from "@/contract/schemas";
import { overviewTypes } from "./get-overview";
import { edgeProjection, nodeProjection, rawEdgeSchema, rawNodeSchema, toGraphEdge, toGraphNode, uniqueById } from "./to-graph-elements";

const SECTION = `MATCH (s:Section {id: $section}) RETURN s.roadmap AS roadmap`;

const ITEMS = `
  MATCH (s:Section {id: $section})
  CALL (s) {
    MATCH (n:Paper)-[l:IN_SECTION]->(s) RETURN n, l.order AS at
    UNION
    MATCH (n:Resource)-[l:IN_SECTION]->(s) WHERE $resources RETURN n, l.order AS at
  }
  WITH n, min(at) AS at
  RETURN elementId(n) AS eid, ${nodeProjection("n")} AS node
  ORDER BY at, n.year, n.id`;

// The other end is one the list's overview holds: the list (or, with no list named, any),
// one of its sections, or an item listed in one of them or brought in by it.
const EDGES = `
  MATCH (a)-[r]-(b)
  WHERE elementId(a) IN $eids AND type(r) IN $types
    AND (elementId(b) IN $eids
      OR b:Roadmap AND ($roadmap IS NULL OR b.id = $roadmap)
      OR b:Section AND ($roadmap IS NULL OR b.roadmap = $roadmap)
      OR (b:Paper OR b:Resource) AND EXISTS { MATCH (b)-[:IN_SECTION]->(t:Section) WHERE $roadmap IS NULL OR t.roadmap = $roadmap }
      OR b:Paper AND b.ownerRoadmap IS NOT NULL AND ($roadmap IS NULL OR b.ownerRoadmap = $roadmap))
  WITH DISTINCT r
  RETURN ${edgeProjection("r")} AS edge`;

export async function getSectionItems(query: SectionItemsQuery): Promise<Subgraph> {
  return readTransaction(async (tx) => {
    const [section] = await tx.rows(SECTION, { section: query.section }, z.object({ roadmap: z.string().nullable() }));
    if (!section) throw notFound("section", query.section);
    if (query.roadmap !== undefined && section.roadmap !== query.roadmap) throw notFound("section", `${query.section} in ${query.roadmap}`);
    const nodes = await tx.rows(ITEMS, { section: query.section, resources: query.resources }, z.object({ eid: z.string(), node: rawNodeSchema }));
    const edges = await tx.rows(
      EDGES,
      { eids: nodes.map((n) => n.eid), types: overviewTypes(query.sameTopic), roadmap: query.roadmap ?? null },
      z.object({ edge: rawEdgeSchema }),
    );
    return subgraphSchema.parse({
      nodes: uniqueById(nodes.map((row) => toGraphNode(row.node))),
      edges: uniqueById(edges.map((row) => toGraphEdge(row.edge))),
      omitted: 0,
    });
  });
}
