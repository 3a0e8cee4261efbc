import { getDatabase, getDriver } from "./driver";
import { toGraphError } from "./errors";
import { toNumber } from "./neo4j-values";

export type GraphCounts = { labels: Record<string, number>; types: Record<string, number>; nodes: number; relationships: number };

/** Node counts per label and relationship counts per type (from Neo4j's count store: cheap). */
export async function getGraphCounts(): Promise<GraphCounts> {
  const driver = getDriver();
  const database = getDatabase();
  try {
    const labels: Record<string, number> = {};
    const types: Record<string, number> = {};
    const labelNames = await driver.executeQuery("CALL db.labels() YIELD label RETURN label ORDER BY label", {}, { database, routing: "READ" });
    for (const record of labelNames.records) {
      const label = String(record.get("label"));
      // Labels cannot be parameters; the name comes from db.labels() and is quoted.
      const count = await driver.executeQuery(`MATCH (n:\`${label.replaceAll("`", "``")}\`) RETURN count(n) AS c`, {}, { database, routing: "READ" });
      labels[label] = toNumber(count.records[0]?.get("c"));
    }
    const typeNames = await driver.executeQuery("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS t ORDER BY t", {}, { database, routing: "READ" });
    for (const record of typeNames.records) {
      const type = String(record.get("t"));
      const count = await driver.executeQuery(`MATCH ()-[r:\`${type.replaceAll("`", "``")}\`]->() RETURN count(r) AS c`, {}, { database, routing: "READ" });
      types[type] = toNumber(count.records[0]?.get("c"));
    }
    const totals = await driver.executeQuery(
      "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
      {},
      { database, routing: "READ" },
    );
    return {
      labels: Object.fromEntries(Object.entries(labels).filter(([, c]) => c > 0)),
      types: Object.fromEntries(Object.entries(types).filter(([, c]) => c > 0)),
      nodes: toNumber(totals.records[0]?.get("nodes")),
      relationships: toNumber(totals.records[0]?.get("rels")),
    };
  } catch (error) {
    throw toGraphError(error);
  }
}
