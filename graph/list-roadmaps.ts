/**
 * The loaded lists with their sizes, which pairs of them share papers, and how many of each
 * list's papers a reader has read. A list's papers are those placed in its sections plus the
 * foundational ones it brought in (ownerRoadmap), as the overview draws them.
 */
import { z } from "zod";
import { readRows, readTransaction } from "./read-query";

const LISTS = `
  MATCH (r:Roadmap)
  RETURN r.id AS id, coalesce(r.title, r.id) AS title, r.source AS source, r.loadedAt AS loadedAt,
    COUNT { MATCH (s:Section {roadmap: r.id}) } AS sections,
    size(COLLECT { MATCH (p:Paper)-[:IN_SECTION]->(:Section {roadmap: r.id}) RETURN p.id UNION MATCH (p:Paper {ownerRoadmap: r.id}) RETURN p.id }) AS papers,
    size(COLLECT { MATCH (x:Resource)-[:IN_SECTION]->(:Section {roadmap: r.id}) RETURN DISTINCT x.id }) AS resources
  ORDER BY toLower(title), id`;

// A paper is shared when sections of two lists hold it; pairs are counted once (a < b).
const SHARED = `
  MATCH (p:Paper)-[:IN_SECTION]->(s:Section)
  WITH p, collect(DISTINCT s.roadmap) AS lists WHERE size(lists) > 1
  UNWIND lists AS a
  UNWIND lists AS b
  WITH a, b, p WHERE a < b
  RETURN a, b, count(DISTINCT p) AS papers
  ORDER BY papers DESC, a, b`;

const PROGRESS = `
  MATCH (r:Roadmap)
  RETURN r.id AS id,
    size(COLLECT { MATCH (p:Paper)-[:IN_SECTION]->(:Section {roadmap: r.id}) WHERE p.id IN $read RETURN p.id
                   UNION MATCH (p:Paper {ownerRoadmap: r.id}) WHERE p.id IN $read RETURN p.id }) AS read`;

const count = z.number().int().nonnegative();
const listSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  loadedAt: z.number().int().nullable(),
  sections: count,
  papers: count,
  resources: count,
});
const sharedSchema = z.object({ a: z.string(), b: z.string(), papers: count });

export type RoadmapList = { roadmaps: z.infer<typeof listSchema>[]; shared: z.infer<typeof sharedSchema>[] };

export async function listRoadmaps(): Promise<RoadmapList> {
  return readTransaction(async (tx) => ({
    roadmaps: await tx.rows(LISTS, {}, listSchema),
    shared: await tx.rows(SHARED, {}, sharedSchema),
  }));
}

/** Per list, how many of `read` (paper ids) it holds. */
export async function countReadPerRoadmap(read: readonly string[]): Promise<{ id: string; read: number }[]> {
  return readRows(PROGRESS, { read }, z.object({ id: z.string(), read: count }));
}
