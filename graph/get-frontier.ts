/**
 * What can be read next: papers not read yet whose BUILDS_ON prerequisites are all read, in
 * roadmap order. With nothing read, that is every paper that builds on nothing.
 */
import { z } from "zod";
import { POSITION } from "./get-reading-path";
import { notFound, readTransaction } from "./read-query";
import { frontierResponseSchema, type FrontierResponse, type ParsedFrontierRequest } from "@/contract/schemas";
import { nodeProjection, rawNodeSchema, toGraphNode } from "./to-graph-elements";

const FRONTIER = `
  MATCH (p:Paper)
  WHERE NOT p.id IN $read
    AND ($roadmap IS NULL OR p.ownerRoadmap = $roadmap OR EXISTS { (p)-[:IN_SECTION]->(:Section {roadmap: $roadmap}) })
    AND NOT EXISTS { MATCH (p)-[:BUILDS_ON]->(q:Paper) WHERE NOT q.id IN $read }
  WITH p, ${POSITION("p")} AS position
  RETURN ${nodeProjection("p")} AS node
  ORDER BY coalesce(position[0], 1000000), coalesce(position[1], 1000000), p.year, p.id`;

export async function getFrontier(input: ParsedFrontierRequest): Promise<FrontierResponse> {
  return readTransaction(async (tx) => {
    if (input.roadmap !== undefined) {
      const found = await tx.rows("MATCH (r:Roadmap {id: $id}) RETURN r.id AS id", { id: input.roadmap }, z.object({ id: z.string() }));
      if (found.length === 0) throw notFound("roadmap", input.roadmap);
    }
    const rows = await tx.rows(FRONTIER, { read: input.read, roadmap: input.roadmap ?? null }, z.object({ node: rawNodeSchema }));
    return frontierResponseSchema.parse({ frontier: rows.map((row) => toGraphNode(row.node)) });
  });
}
