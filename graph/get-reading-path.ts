/**
 * A reading path: every prerequisite of a paper (or of all papers of a section) over
 * BUILDS_ON, ordered by graph/order-reading-path.ts, with the edges among them and the
 * frontier (what can be read next given what is read).
 */
import { z } from "zod";
import { orderReadingPath } from "./order-reading-path";
import { invalidInput } from "@/contract/error-body";
import { notFound, readTransaction } from "./read-query";
import { getEdgeProvenance, walkableEdge } from "./edge-provenance";
import { readingPathSchema, type EdgeSet, type ParsedReadingPathRequest, type ReadingPath } from "@/contract/schemas";
import { edgeProjection, matchNodeById, nodeProjection, PROVENANCE_EDGE_KEYS, rawEdgeSchema, rawNodeSchema, toGraphEdge, toGraphNode } from "./to-graph-elements";

const TARGET = `${matchNodeById("t", "$target")} RETURN ${nodeProjection("t")} AS node`;

/** Roadmap position: the first section (by order) the paper is listed in, and its place there. */
export const POSITION = (p: string) =>
  `COLLECT { MATCH (${p})-[r:IN_SECTION]->(s:Section) RETURN [s.order, r.order] AS pos ORDER BY s.order, r.order LIMIT 1 }[0]`;

// Seeds: the target paper, or the papers listed in the section and its subsections; `seed` marks
// them among their prerequisites (the order starts from them).
// BUILDS_ON*0.. with DISTINCT ends is planned as a pruning breadth-first expand, not a path enumeration.
const papers = (edges: EdgeSet) => `
  CALL () {
    MATCH (seed:Paper {id: $target}) RETURN seed
    UNION
    MATCH (seed:Paper)-[:IN_SECTION]->(:Section)-[:SUBSECTION_OF*0..8]->(:Section {id: $target}) RETURN seed
  }
  ${edges === "all" ? "MATCH (seed)-[:BUILDS_ON*0..]->(p:Paper)" : `MATCH (seed) ((x)-[r:BUILDS_ON]->(y) WHERE ${walkableEdge(edges, "r", "x", "y")})* (p:Paper)`}
  WITH DISTINCT p
  RETURN ${nodeProjection("p")} AS node, ${POSITION("p")} AS position,
    p.id = $target OR EXISTS { (p)-[:IN_SECTION]->(:Section)-[:SUBSECTION_OF*0..8]->(:Section {id: $target}) } AS seed`;

const edgesAmong = (edges: EdgeSet) => `
  MATCH (a:Paper)-[r:BUILDS_ON]->(b:Paper) WHERE a.id IN $ids AND b.id IN $ids AND ${walkableEdge(edges, "r", "a", "b")}
  RETURN ${edgeProjection("r", PROVENANCE_EDGE_KEYS)} AS edge`;

const paperRow = z.object({ node: rawNodeSchema, position: z.array(z.number().int().nullable()).nullable(), seed: z.boolean() });

/** `edges` defaults to "all" like the API's. */
export async function getReadingPath(request: Omit<ParsedReadingPathRequest, "edges"> & { edges?: EdgeSet }): Promise<ReadingPath> {
  const input = { ...request, edges: request.edges ?? "all" };
  return readTransaction(async (tx) => {
    const [target] = await tx.rows(TARGET, { target: input.target }, z.object({ node: rawNodeSchema }));
    if (!target) throw notFound("paper or section", input.target);
    if (!target.node.labels.includes("Paper") && !target.node.labels.includes("Section")) {
      throw invalidInput(["target"], `"${input.target}" is a ${target.node.labels.join("/")}; a reading path needs a paper or a section.`);
    }
    const rows = (await tx.rows(papers(input.edges), { target: input.target }, paperRow)).map((row) => ({ ...row, graphNode: toGraphNode(row.node) }));
    const nodes = new Map(rows.map((row) => [row.graphNode.id, row.graphNode]));
    const edgeRows = await tx.rows(edgesAmong(input.edges), { ids: [...nodes.keys()] }, z.object({ edge: rawEdgeSchema }));
    const edges = edgeRows.map((row) => toGraphEdge(row.edge));
    const provenance = new Map(edgeRows.map(({ edge }) => [`${edge.source}>${edge.target}`, getEdgeProvenance(edge.type, edge.properties)]));

    const order = orderReadingPath({
      papers: rows.map((row) => ({
        id: row.graphNode.id,
        sectionOrder: row.position?.[0] ?? null,
        itemOrder: row.position?.[1] ?? null,
        year: row.graphNode.year ?? null,
        seed: row.seed,
        isSurvey: row.graphNode.kind === "survey",
      })),
      edges: edges.map((edge) => ({ from: edge.source, to: edge.target, reason: edge.reason ?? null })),
      read: input.read,
      hideRead: input.hideRead,
    });
    const shown = new Set(order.steps.map((step) => step.id));
    return readingPathSchema.parse({
      target: toGraphNode(target.node),
      steps: order.steps.map(({ id, reasons, ...step }) => ({
        node: nodes.get(id),
        reasons: reasons.map((reason) => ({
          ...reason,
          fromLabel: nodes.get(reason.from)?.label ?? reason.from,
          ...(provenance.get(`${reason.from}>${reason.to}`) ?? getEdgeProvenance("BUILDS_ON", {})),
        })),
        ...step,
      })),
      edges: edges.filter((edge) => shown.has(edge.source) && shown.has(edge.target)),
      frontier: order.frontier.map((id) => nodes.get(id)),
    });
  });
}
