/** Adding a statement's update counters to a write's running totals: one rule for every writer. */
import type { QueryResult } from "neo4j-driver";

export type ChangeCounts = { changes: number; nodesCreated: number; nodesDeleted: number; relationshipsCreated: number; relationshipsDeleted: number; propertiesSet: number };

export function addCounters(result: ChangeCounts, summary: QueryResult["summary"]): void {
  const c = summary.counters.updates();
  result.nodesCreated += c.nodesCreated;
  result.nodesDeleted += c.nodesDeleted;
  result.relationshipsCreated += c.relationshipsCreated;
  result.relationshipsDeleted += c.relationshipsDeleted;
  result.propertiesSet += c.propertiesSet;
  result.changes = result.nodesCreated + result.nodesDeleted + result.relationshipsCreated + result.relationshipsDeleted + result.propertiesSet;
}
