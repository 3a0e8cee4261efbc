/**
 * The whole-roadmap picture: the roadmap, its sections, its papers (listed ones and the
 * foundational ones it brought in) and the structural and builds-on edges among them.
 * SAME_TOPIC and the roadmap's resources are left out unless asked for: both are many and hide
 * the structure.
 *
 * A big picture (more than CLUSTER_ABOVE nodes: ml-papers-of-the-week has about 2,600) is
 * answered as its lists and sections only, each section with its counts, so the page draws a
 * readable map at once and fetches a section's items when it is opened (get-section-items.ts).
 * Sending every item and collapsing in the browser cost seconds in transfer and parsing.
 */
import { z } from "zod";
import { notFound, readTransaction, type ReadTx } from "./read-query";
import { CLUSTER_ABOVE, overviewSchema, type Overview, type OverviewQuery, type RelationType } from "@/contract/schemas";
import { edgeProjection, nodeProjection, rawEdgeSchema, rawNodeSchema, toGraphEdge, toGraphNode, uniqueById } from "./to-graph-elements";

const ROADMAPS = `MATCH (r:Roadmap) WHERE $roadmap IS NULL OR r.id = $roadmap RETURN r.id AS id`;

/** Everything the full overview draws; `$items` false keeps only the lists and their sections. */
const MEMBERS = `
  MATCH (r:Roadmap) WHERE r.id IN $roadmaps
  CALL (r) {
    RETURN r AS n
    UNION
    MATCH (n:Section {roadmap: r.id}) RETURN n
    UNION
    MATCH (n:Paper)-[:IN_SECTION]->(:Section {roadmap: r.id}) WHERE $items RETURN n
    UNION
    MATCH (n:Paper {ownerRoadmap: r.id}) WHERE $items RETURN n
    UNION
    MATCH (n:Resource)-[:IN_SECTION]->(:Section {roadmap: r.id}) WHERE $items AND $resources RETURN n
  }
  WITH DISTINCT n`;

const COUNT = `${MEMBERS} RETURN count(n) AS total`;

const NODES = `${MEMBERS}
  RETURN elementId(n) AS eid, ${nodeProjection("n")} AS node
  ORDER BY CASE WHEN n:Roadmap THEN 0 WHEN n:Section THEN 1 ELSE 2 END, n.order, n.year, n.id`;

const EDGES = `
  MATCH (a)-[r]->(b)
  WHERE elementId(a) IN $eids AND type(r) IN $types AND elementId(b) IN $eids
  RETURN ${edgeProjection("r")} AS edge`;

const CLUSTERS = `
  MATCH (s:Section) WHERE s.roadmap IN $roadmaps
  RETURN s.id AS section,
    COUNT { MATCH (p:Paper)-[:IN_SECTION]->(s) RETURN DISTINCT p } AS papers,
    COUNT { MATCH (x:Resource)-[:IN_SECTION]->(s) RETURN DISTINCT x } AS resources`;

export const OVERVIEW_TYPES: RelationType[] = ["BUILDS_ON", "SUBSECTION_OF", "PART_OF", "IN_SECTION", "SURVEYS"];

export const overviewTypes = (sameTopic: boolean): RelationType[] => (sameTopic ? [...OVERVIEW_TYPES, "SAME_TOPIC"] : OVERVIEW_TYPES);

const nodeRow = z.object({ eid: z.string(), node: rawNodeSchema });
const clusterRow = z.object({ section: z.string(), papers: z.number().int(), resources: z.number().int() });

async function drawn(tx: ReadTx, roadmaps: string[], items: boolean, resources: boolean, types: RelationType[]) {
  const nodes = await tx.rows(NODES, { roadmaps, items, resources }, nodeRow);
  const edges = await tx.rows(EDGES, { eids: nodes.map((n) => n.eid), types }, z.object({ edge: rawEdgeSchema }));
  return { nodes: uniqueById(nodes.map((row) => toGraphNode(row.node))), edges: uniqueById(edges.map((row) => toGraphEdge(row.edge))) };
}

/** `clusterAbove`: the size beyond which the answer is clustered (tests lower it; the API uses the default). */
export async function getOverview(query: Partial<OverviewQuery> = {}, clusterAbove = CLUSTER_ABOVE): Promise<Overview> {
  const types = overviewTypes(query.sameTopic ?? false);
  const resources = query.resources ?? false;
  return readTransaction(async (tx) => {
    const rows = await tx.rows(ROADMAPS, { roadmap: query.roadmap ?? null }, z.object({ id: z.string() }));
    if (query.roadmap !== undefined && rows.length === 0) throw notFound("roadmap", query.roadmap);
    const roadmaps = rows.map((r) => r.id);
    const [size] = await tx.rows(COUNT, { roadmaps, items: true, resources }, z.object({ total: z.number().int() }));
    const clustered = (size?.total ?? 0) > clusterAbove;
    const graph = await drawn(tx, roadmaps, !clustered, resources, types);
    const clusters = clustered ? await tx.rows(CLUSTERS, { roadmaps }, clusterRow) : [];
    return overviewSchema.parse({
      ...graph,
      omitted: 0,
      clustered,
      clusters: clusters.map((c) => ({ ...c, items: c.papers + (resources ? c.resources : 0) })),
    });
  });
}
