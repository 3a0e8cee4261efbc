/**
 * What can be read next in the whole graph (or one roadmap): papers not read yet whose
 * BUILDS_ON prerequisites are all read, in roadmap order. With nothing read, that is every paper
 * that builds on nothing. A reading path has its own frontier (graph/order-reading-path.ts);
 * both sort by the same roadmap order, compareRoadmapOrder.
 */
import { z } from "zod";
import { POSITION } from "./get-reading-path";
import { compareRoadmapOrder } from "./order-reading-path";
import { notFound, readTransaction } from "./read-query";
import { frontierResponseSchema, type FrontierResponse, type ParsedFrontierRequest } from "@/contract/schemas";
import { nodeProjection, rawNodeSchema, toGraphNode } from "./to-graph-elements";

const FRONTIER = `
  MATCH (p:Paper)
  WHERE NOT p.id IN $read
    AND ($roadmap IS NULL OR p.ownerRoadmap = $roadmap OR EXISTS { (p)-[:IN_SECTION]->(:Section {roadmap: $roadmap}) })
    AND NOT EXISTS { MATCH (p)-[:BUILDS_ON]->(q:Paper) WHERE NOT q.id IN $read }
  RETURN ${nodeProjection("p")} AS node, ${POSITION("p")} AS position`;

const frontierRow = z.object({ node: rawNodeSchema, position: z.array(z.number().int().nullable()).nullable() });

export async function getFrontier(input: ParsedFrontierRequest): Promise<FrontierResponse> {
  return readTransaction(async (tx) => {
    if (input.roadmap !== undefined) {
      const found = await tx.rows("MATCH (r:Roadmap {id: $id}) RETURN r.id AS id", { id: input.roadmap }, z.object({ id: z.string() }));
      if (found.length === 0) throw notFound("roadmap", input.roadmap);
    }
    const rows = await tx.rows(FRONTIER, { read: input.read, roadmap: input.roadmap ?? null }, frontierRow);
    const papers = rows.map((row) => {
      const node = toGraphNode(row.node);
      return { node, id: node.id, sectionOrder: row.position?.[0] ?? null, itemOrder: row.position?.[1] ?? null, year: node.year ?? null };
    });
    return frontierResponseSchema.parse({ frontier: papers.sort(compareRoadmapOrder).map((paper) => paper.node) });
  });
}
