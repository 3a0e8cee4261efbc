/** Counts per label and relationship type, the most built-upon papers, papers per year, roadmaps. */
import { z } from "zod";
import { countStaged, sumOf } from "./count-staged";
import { notFound, readTransaction, type ReadTx } from "./read-query";
import { statsSchema, type Stats } from "@/contract/schemas";
import { nodeProjection, rawNodeSchema, toGraphNode } from "./to-graph-elements";

const count = z.object({ c: z.number().int() });
// Names come from db.labels()/db.relationshipTypes(), not from callers; quoting keeps odd ones valid.
const quote = (name: string) => `\`${name.replaceAll("`", "``")}\``;

async function countsPer(tx: ReadTx, list: string, column: string, countQuery: (name: string) => string): Promise<Record<string, number>> {
  const names = await tx.rows(`${list} YIELD ${column} RETURN ${column} AS name ORDER BY name`, {}, z.object({ name: z.string() }));
  const out: Record<string, number> = {};
  for (const { name } of names) {
    // One count-store lookup per name: cheaper than scanning every node to group by label.
    const [row] = await tx.rows(countQuery(quote(name)), {}, count);
    if (row && row.c > 0) out[name] = row.c;
  }
  return out;
}

// A list's papers: placed in its sections, or brought in by it as foundations (ownerRoadmap).
const IN_LIST = `($roadmap IS NULL OR p.ownerRoadmap = $roadmap OR EXISTS { (p)-[:IN_SECTION]->(:Section {roadmap: $roadmap}) })`;

const MOST_BUILT_UPON = `
  MATCH (p:Paper) WHERE ${IN_LIST}
  WITH p, COUNT { (p)<-[:BUILDS_ON]-(:Paper) } AS c WHERE c > 0
  ORDER BY c DESC, p.year, p.id LIMIT $limit
  RETURN ${nodeProjection("p")} AS node, c AS count`;

const PER_YEAR = `MATCH (p:Paper) WHERE p.year IS NOT NULL AND ${IN_LIST} RETURN p.year AS year, count(*) AS count ORDER BY year`;

const ROADMAPS = `
  MATCH (r:Roadmap) WHERE $roadmap IS NULL OR r.id = $roadmap
  RETURN r.id AS id, coalesce(r.title, r.id) AS title, r.source AS source,
    COUNT { MATCH (s:Section {roadmap: r.id}) } AS sections,
    size(COLLECT { MATCH (p:Paper)-[:IN_SECTION]->(:Section {roadmap: r.id}) RETURN DISTINCT p.id }) AS papers,
    size(COLLECT { MATCH (x:Resource)-[:IN_SECTION]->(:Section {roadmap: r.id}) RETURN DISTINCT x.id }) AS resources,
    COUNT { MATCH (q:Question)-[:CHECKS]->(:Section {roadmap: r.id}) } AS questions
  ORDER BY id`;

/** The whole graph's figures; with `roadmap`, the most built-upon papers, years and roadmap row are that list's. */
export async function getStats(options: { top?: number; roadmap?: string | undefined } = {}): Promise<Stats> {
  const roadmap = options.roadmap ?? null;
  return readTransaction(async (tx) => {
    if (roadmap !== null && (await tx.rows("MATCH (r:Roadmap {id: $roadmap}) RETURN r.id AS id", { roadmap }, z.object({ id: z.string() }))).length === 0) {
      throw notFound("roadmap", roadmap);
    }
    const labels = await countsPer(tx, "CALL db.labels()", "label", (name) => `MATCH (n:${name}) RETURN count(n) AS c`);
    const perType = await countsPer(tx, "CALL db.relationshipTypes()", "relationshipType", (name) => `MATCH ()-[r:${name}]->() RETURN count(r) AS c`);
    const [nodes] = await tx.rows("MATCH (n) RETURN count(n) AS c", {}, count);
    const [relationships] = await tx.rows("MATCH ()-[r]->() RETURN count(r) AS c", {}, count);
    // A large ingest in progress (or one that died) is not part of the graph yet.
    const staged = await countStaged(async (query) => (await tx.rows(query, {}, count))[0]?.c ?? 0);
    for (const label of staged.labels) delete labels[label];
    for (const [type, n] of Object.entries(staged.relationships)) {
      const live = (perType[type] ?? 0) - n;
      if (live > 0) perType[type] = live;
      else delete perType[type];
    }
    const mostBuiltUpon = await tx.rows(MOST_BUILT_UPON, { limit: options.top ?? 10, roadmap }, z.object({ node: rawNodeSchema, count: z.number().int() }));
    const papersPerYear = await tx.rows(PER_YEAR, { roadmap }, z.object({ year: z.number().int(), count: z.number().int() }));
    const roadmaps = await tx.rows(
      ROADMAPS,
      { roadmap },
      z.object({
        id: z.string(),
        title: z.string(),
        source: z.string().nullable(),
        sections: z.number().int(),
        papers: z.number().int(),
        resources: z.number().int(),
        questions: z.number().int(),
      }),
    );
    return statsSchema.parse({
      totals: { nodes: (nodes?.c ?? 0) - staged.nodes, relationships: (relationships?.c ?? 0) - sumOf(staged.relationships) },
      labels,
      relationships: perType,
      mostBuiltUpon: mostBuiltUpon.map((row) => ({ node: toGraphNode(row.node), count: row.count })),
      papersPerYear,
      roadmaps,
    });
  });
}
