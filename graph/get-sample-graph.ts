import neo4j from "neo4j-driver";
import { z } from "zod";
import { getDatabase, getDriver } from "./driver";
import { toGraphError } from "./errors";
import { toPlain } from "./neo4j-values";

export const sampleGraphSchema = z.object({
  nodes: z.array(z.object({ id: z.string(), label: z.string(), kind: z.string() })),
  edges: z.array(z.object({ id: z.string(), source: z.string(), target: z.string(), type: z.string() })),
});
export type SampleGraph = z.infer<typeof sampleGraphSchema>;

/** Up to `limit` nodes and the relationships among them: a first look at what the graph holds. */
export async function getSampleGraph(limit = 150): Promise<SampleGraph> {
  try {
    const { records } = await getDriver().executeQuery(
      // Live labels only: nodes of a large ingest in progress carry staging labels instead.
      `MATCH (n:Roadmap|Section|Paper|Resource|Question) WITH n ORDER BY elementId(n) LIMIT $limit
       WITH collect(n) AS ns
       UNWIND ns AS n
       OPTIONAL MATCH (n)-[r]->(m) WHERE m IN ns
       WITH ns, collect(DISTINCT r) AS rs
       RETURN [n IN ns | {id: elementId(n), label: coalesce(n.tag, n.name, n.title, n.id, labels(n)[0]), kind: labels(n)[0]}] AS nodes,
              [r IN rs WHERE r IS NOT NULL | {id: elementId(r), source: elementId(startNode(r)), target: elementId(endNode(r)), type: type(r)}] AS edges`,
      { limit: neo4j.int(Math.trunc(limit)) },
      { database: getDatabase(), routing: "READ", transactionConfig: { timeout: 5_000 } },
    );
    const record = records[0];
    return sampleGraphSchema.parse({ nodes: toPlain(record?.get("nodes") ?? []), edges: toPlain(record?.get("edges") ?? []) });
  } catch (error) {
    throw toGraphError(error);
  }
}
