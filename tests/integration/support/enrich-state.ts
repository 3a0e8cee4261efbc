/**
 * What the enrichment tests need from the database beyond the app's own functions: a snapshot
 * of every paper's properties, and putting the graph back to it (the other suites share this
 * database and the bundled roadmap, whose papers the test lists share).
 */
import { getDatabase, getDriver } from "../../../graph/driver";
import { removeRoadmap } from "../../../graph/remove-roadmap";
import { toPlain } from "../../../graph/neo4j-values";

export type PaperSnapshot = Map<string, Record<string, unknown>>;

export async function query(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await getDriver().executeQuery(cypher, params, { database: getDatabase() });
  return records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}

export async function snapshotPapers(): Promise<PaperSnapshot> {
  const rows = await query("MATCH (p:Paper) RETURN p.id AS id, properties(p) AS props");
  return new Map(rows.map((r) => [String(r.id), r.props as Record<string, unknown>]));
}

/** Removes the test roadmaps and everything enrichment wrote, and gives papers back their properties. */
export async function restoreGraph(snapshot: PaperSnapshot, roadmapIds: string[]): Promise<void> {
  await query("MATCH ()-[r:CITES]->() DELETE r");
  await query("MATCH ()-[r:BUILDS_ON {source: 'citation'}]->() DELETE r");
  for (const id of roadmapIds) await removeRoadmap(id);
  await query("MATCH (p:Paper) WHERE NOT p.id IN $ids DETACH DELETE p", { ids: [...snapshot.keys()] });
  // JavaScript numbers are written as floats: whole ones (year, citation count) go back as
  // integers, or a paper's year would change type for every later reader.
  const rows = [...snapshot].map(([id, props]) => ({ id, props, ints: Object.keys(props).filter((key) => Number.isInteger(props[key])) }));
  await query("UNWIND $rows AS row MATCH (p:Paper {id: row.id}) SET p = row.props WITH p, row UNWIND row.ints AS key SET p[key] = toInteger(p[key])", { rows });
}
