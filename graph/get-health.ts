import { getDatabase, getDriver } from "./driver";
import { countStaged, sumOf } from "./count-staged";
import { toGraphError } from "./errors";
import { toNumber } from "./neo4j-values";
import { healthSchema, type Health } from "@/contract/health";

/** Asks Neo4j who it is and how big the graph is. Throws GraphError("unavailable") when down. */
export async function getHealth(): Promise<Health> {
  const driver = getDriver();
  const database = getDatabase();
  try {
    const info = await driver.getServerInfo({ database });
    const components = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition",
      {},
      { database, routing: "READ" },
    );
    const counts = await driver.executeQuery(
      "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
      {},
      { database, routing: "READ" },
    );
    const staged = await countStaged(async (query) => toNumber((await driver.executeQuery(query, {}, { database, routing: "READ" })).records[0]?.get("c")));
    const component = components.records[0];
    const count = counts.records[0];
    return healthSchema.parse({
      status: "ok",
      neo4j: {
        version: String(component?.get("version") ?? info.agent ?? "unknown"),
        edition: String(component?.get("edition") ?? "unknown"),
        address: info.address ?? "unknown",
        database,
      },
      // Without staging data: a large ingest in progress is not part of the graph yet.
      graph: { nodes: toNumber(count?.get("nodes")) - staged.nodes, relationships: toNumber(count?.get("relationships")) - sumOf(staged.relationships) },
    });
  } catch (error) {
    throw toGraphError(error);
  }
}
