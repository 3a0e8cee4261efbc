/**
 * Everything about one node, with its neighbours grouped by relation and direction: what a
 * paper builds on and what builds on it, same-topic papers, surveys, the sections it is listed
 * in; for a section also its subsections, items (in roadmap order) and self-check questions.
 */
import { z } from "zod";
import { notFound, readRows } from "./read-query";
import { nodeDetailsSchema, type NodeDetails } from "@/contract/schemas";
import { matchNodeById, nodeProjection, rawNodeSchema, toDetailedNode, toGraphNode } from "./to-graph-elements";

const N = (v: string) => nodeProjection(v);

const DETAILS = `
  ${matchNodeById("n", "$id")}
  RETURN ${nodeProjection("n", { all: true })} AS node,
    COLLECT {
      MATCH (n)-[:IN_SECTION|CHECKS*0..1]->(s:Section)
      MATCH p = (s)-[:SUBSECTION_OF*0..8]->(:Section)-[:PART_OF]->(:Roadmap)
      RETURN [x IN reverse(nodes(p)) WHERE x:Section | {id: x.id, name: x.name, nameRu: x.nameRu}] AS crumbs
      ORDER BY s.order LIMIT 1
    }[0] AS breadcrumb,
    COLLECT { MATCH (n)-[r:BUILDS_ON]->(m:Paper) RETURN {node: ${N("m")}, reason: r.reason, evidence: CASE WHEN r.source = 'citation' THEN coalesce(r.evidence, '') END} AS x ORDER BY m.year, m.id } AS buildsOn,
    COLLECT { MATCH (n)<-[r:BUILDS_ON]-(m:Paper) RETURN {node: ${N("m")}, reason: r.reason, evidence: CASE WHEN r.source = 'citation' THEN coalesce(r.evidence, '') END} AS x ORDER BY m.year, m.id } AS builtUponBy,
    COLLECT { MATCH (n)-[r:SAME_TOPIC]-(m:Paper) RETURN {node: ${N("m")}, topic: r.topic} AS x ORDER BY m.year, m.id } AS sameTopic,
    COLLECT { MATCH (n)<-[:SURVEYS]-(m:Paper) RETURN ${N("m")} AS x ORDER BY m.year, m.id } AS surveyedBy,
    COLLECT { MATCH (n)-[:SURVEYS]->(m) RETURN ${N("m")} AS x ORDER BY m.order, m.year, m.id } AS surveys,
    COLLECT {
      MATCH (n)-[r:IN_SECTION]->(s:Section)
      RETURN {section: ${N("s")}, group: r.group, order: r.order, note: r.note} AS x ORDER BY s.order
    } AS sections,
    CASE WHEN n:Section OR n:Roadmap THEN
      COLLECT { MATCH (n)<-[:SUBSECTION_OF|PART_OF]-(s:Section) RETURN ${N("s")} AS x ORDER BY s.order }
    END AS subsections,
    CASE WHEN n:Section THEN
      COLLECT {
        MATCH (n)<-[r:IN_SECTION]-(m)
        RETURN {node: ${N("m")}, group: r.group, order: r.order, note: r.note} AS x ORDER BY r.order, m.id
      }
    END AS items,
    CASE WHEN n:Section THEN
      COLLECT { MATCH (n)<-[:CHECKS]-(q:Question) RETURN {id: q.id, text: q.text, textRu: q.textRu} AS x ORDER BY q.order }
    END AS questions`;

const placement = { group: z.string().nullable(), order: z.number().int().nullable(), note: z.string().nullable() };
const rowSchema = z.object({
  node: rawNodeSchema,
  breadcrumb: z.array(z.object({ id: z.string(), name: z.string(), nameRu: z.string().nullable() })).nullable(),
  buildsOn: z.array(z.object({ node: rawNodeSchema, reason: z.string().nullable(), evidence: z.string().nullable() })),
  builtUponBy: z.array(z.object({ node: rawNodeSchema, reason: z.string().nullable(), evidence: z.string().nullable() })),
  sameTopic: z.array(z.object({ node: rawNodeSchema, topic: z.string().nullable() })),
  surveyedBy: z.array(rawNodeSchema),
  surveys: z.array(rawNodeSchema),
  sections: z.array(z.object({ section: rawNodeSchema, ...placement })),
  subsections: z.array(rawNodeSchema).nullable(),
  items: z.array(z.object({ node: rawNodeSchema, ...placement })).nullable(),
  questions: z.array(z.object({ id: z.string(), text: z.string(), textRu: z.string().nullable() })).nullable(),
});

/** Throws GraphError("not-found") for an unknown id. */
export async function getNodeDetails(id: string): Promise<NodeDetails> {
  const [row] = await readRows(DETAILS, { id }, rowSchema);
  if (!row) throw notFound("node", id);
  return nodeDetailsSchema.parse({
    node: toDetailedNode(row.node),
    breadcrumb: row.breadcrumb ?? [],
    buildsOn: row.buildsOn.map((x) => ({ node: toGraphNode(x.node), reason: x.reason, ...(x.evidence === null ? {} : { derived: true, evidence: x.evidence || null }) })),
    builtUponBy: row.builtUponBy.map((x) => ({ node: toGraphNode(x.node), reason: x.reason, ...(x.evidence === null ? {} : { derived: true, evidence: x.evidence || null }) })),
    sameTopic: row.sameTopic.map((x) => ({ node: toGraphNode(x.node), topic: x.topic })),
    surveyedBy: row.surveyedBy.map(toGraphNode),
    surveys: row.surveys.map(toGraphNode),
    sections: row.sections.map((x) => ({ section: toGraphNode(x.section), group: x.group, order: x.order, note: x.note })),
    ...(row.subsections ? { subsections: row.subsections.map(toGraphNode) } : {}),
    ...(row.items ? { items: row.items.map((x) => ({ node: toGraphNode(x.node), group: x.group, order: x.order, note: x.note })) } : {}),
    ...(row.questions ? { questions: row.questions } : {}),
  });
}
