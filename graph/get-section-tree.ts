/** Each roadmap's sections as a tree, with paper and resource counts including descendants. */
import { z } from "zod";
import { buildSectionTree } from "./build-section-tree";
import { notFound, readRows } from "./read-query";
import { sectionsResponseSchema, type SectionsResponse } from "@/contract/schemas";

const TREE = `
  MATCH (r:Roadmap) WHERE $roadmap IS NULL OR r.id = $roadmap
  RETURN r.id AS id, coalesce(r.title, r.id) AS title,
    COLLECT {
      MATCH (s:Section {roadmap: r.id})
      RETURN {
        id: s.id, name: coalesce(s.name, s.id), nameRu: s.nameRu, level: coalesce(s.level, 0), order: coalesce(s.order, 0),
        parent: COLLECT { MATCH (s)-[:SUBSECTION_OF]->(p:Section) RETURN p.id }[0],
        papers: COLLECT { MATCH (p:Paper)-[:IN_SECTION]->(s) RETURN p.id },
        resources: COLLECT { MATCH (x:Resource)-[:IN_SECTION]->(s) RETURN x.id }
      } AS section ORDER BY s.order
    } AS sections
  ORDER BY id`;

const rowSchema = z.object({
  id: z.string(),
  title: z.string(),
  sections: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      nameRu: z.string().nullable(),
      level: z.number().int(),
      order: z.number().int(),
      parent: z.string().nullable(),
      papers: z.array(z.string()),
      resources: z.array(z.string()),
    }),
  ),
});

/** All roadmaps, or one (GraphError "not-found" when it does not exist). */
export async function getSectionTree(roadmap?: string): Promise<SectionsResponse> {
  const rows = await readRows(TREE, { roadmap: roadmap ?? null }, rowSchema);
  if (roadmap !== undefined && rows.length === 0) throw notFound("roadmap", roadmap);
  return sectionsResponseSchema.parse({
    roadmaps: rows.map((row) => ({ id: row.id, title: row.title, sections: buildSectionTree(row.sections) })),
  });
}
