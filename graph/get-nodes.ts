/**
 * Several nodes with everything they store, in one read: what an export of a reading path needs
 * (authors, venue, DOI, links) beyond what lists carry. One index seek per id and label.
 */
import { z } from "zod";
import { readRows } from "./read-query";
import { nodesResponseSchema, type NodesResponse } from "@/contract/schemas";
import { matchNodeById, nodeProjection, rawNodeSchema, toDetailedNode } from "./to-graph-elements";

const NODES = `
  UNWIND $ids AS wanted ${matchNodeById("n", "wanted", ["wanted"])}
  RETURN wanted AS id, ${nodeProjection("n", { all: true })} AS node`;

/** The nodes of `ids` in the order asked (each once); ids no node has are listed in `missing`. */
export async function getNodes(ids: readonly string[]): Promise<NodesResponse> {
  const unique = [...new Set(ids)];
  const rows = await readRows(NODES, { ids: unique }, z.object({ id: z.string(), node: rawNodeSchema }));
  const found = new Map(rows.map((row) => [row.id, toDetailedNode(row.node)]));
  return nodesResponseSchema.parse({
    nodes: unique.flatMap((id) => found.get(id) ?? []),
    missing: unique.filter((id) => !found.has(id)),
  });
}
