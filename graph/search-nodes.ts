/**
 * Full-text search over papers, resources and sections (titles, tags, English and Russian
 * section names) through the `roadmapSearch` index, plus exact arXiv-id and node-id hits.
 */
import { z } from "zod";
import { arxivIdIn, buildLuceneQuery, searchTerms } from "./build-lucene-query";
import { NOTES_INDEX, SEARCH_INDEX } from "./ensure-schema";
import { readRows, readTransaction } from "./read-query";
import { searchResponseSchema, type SearchQuery, type SearchResponse } from "@/contract/schemas";
import { nodeProjection, rawNodeSchema, toGraphNode } from "./to-graph-elements";

// The index returns candidates before our filters apply; ask for enough that filtering
// (kind, section, years) still leaves `limit` results on a roadmap-sized graph.
const CANDIDATES = 500;
const EXACT_SCORE = 1000;
// The roadmap's annotation of a listing ("Grouped-Query Attention (GQA)") lives on IN_SECTION,
// outside the node index; a note holding every term is strong evidence, about a good title hit.
const NOTE_SCORE = 10;

const rowSchema = z.object({ node: rawNodeSchema, score: z.number(), sectionPath: z.array(z.string()).nullable() });

/**
 * `notes`: how to find listings whose note holds every term. "index": candidates from the
 * notes' full-text index (the same Lucene query), confirmed by the substring test; "scan": the
 * substring test on every IN_SECTION (a database loaded before that index existed; it costs
 * ~30 ms per search at 100k papers).
 */
function searchCypher(useIndex: boolean, notes: "index" | "scan"): string {
  const noteHits =
    notes === "index"
      ? `CALL db.index.fulltext.queryRelationships($notesIndex, $lucene, {limit: $candidates}) YIELD relationship AS r
       WITH r WHERE size($terms) > 0 AND all(term IN $terms WHERE toLower(r.note) CONTAINS term)
       MATCH (node)-[r]->(:Section)`
      : `MATCH (node)-[r:IN_SECTION]->(:Section)
       WHERE r.note IS NOT NULL AND size($terms) > 0 AND all(term IN $terms WHERE toLower(r.note) CONTAINS term)`;
  const fulltext = useIndex
    ? `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score RETURN node, score UNION ALL
       ${noteHits}
       RETURN node, ${NOTE_SCORE}.0 AS score UNION ALL`
    : "";
  return `
    CALL () {
      ${fulltext}
      MATCH (node:Paper) WHERE node.arxivId = $arxiv RETURN node, ${EXACT_SCORE}.0 AS score
      UNION ALL
      MATCH (node:Paper {id: $q}) RETURN node, ${EXACT_SCORE}.0 AS score
      UNION ALL
      MATCH (node:Section {id: $q}) RETURN node, ${EXACT_SCORE}.0 AS score
      UNION ALL
      MATCH (node:Resource {id: $q}) RETURN node, ${EXACT_SCORE}.0 AS score
    }
    WITH node, max(score) AS score
    WHERE CASE $kind
        WHEN 'paper' THEN node:Paper AND NOT coalesce(node.isSurvey, false)
        WHEN 'survey' THEN node:Paper AND coalesce(node.isSurvey, false)
        WHEN 'resource' THEN node:Resource
        WHEN 'section' THEN node:Section
        ELSE node:Paper OR node:Resource OR node:Section END
      AND ($section IS NULL OR EXISTS {
        MATCH (node)-[:IN_SECTION*0..1]->(:Section)-[:SUBSECTION_OF*0..8]->(:Section {id: $section}) })
      AND ($yearFrom IS NULL OR node.year >= $yearFrom)
      AND ($yearTo IS NULL OR node.year <= $yearTo)
    WITH node, score ORDER BY score DESC, node.year DESC, node.id LIMIT $limit
    RETURN ${nodeProjection("node")} AS node, score,
      COLLECT {
        MATCH (node)-[:IN_SECTION*0..1]->(s:Section)
        MATCH p = (s)-[:SUBSECTION_OF*0..8]->(:Section)-[:PART_OF]->(:Roadmap)
        RETURN [x IN reverse(nodes(p)) WHERE x:Section AND x <> node | x.name] AS names ORDER BY s.order LIMIT 1
      }[0] AS sectionPath`;
}

let notesIndexOnline: Promise<boolean> | null = null;

/**
 * Whether the notes' index exists and is online (the ingest creates it; a database loaded by an
 * older version has none until the next ingest). Asked once per process while it is there;
 * asked again next time while it is not, or when the question itself failed (then: no index).
 */
function hasNotesIndex(): Promise<boolean> {
  notesIndexOnline ??= readRows(
    "SHOW FULLTEXT INDEXES YIELD name, state WHERE name = $name RETURN state = 'ONLINE' AS online",
    { name: NOTES_INDEX },
    z.object({ online: z.boolean() }),
  ).then(
    (rows) => {
      const online = rows[0]?.online ?? false;
      if (!online) notesIndexOnline = null;
      return online;
    },
    () => {
      // Not allowed to list indexes, say, or the database is down (then the search itself
      // answers 503): search without the index this time, and ask again next time.
      notesIndexOnline = null;
      return false;
    },
  );
  return notesIndexOnline;
}

/** Ranked matches: exact arXiv/node id first, then all-terms matches, else any-term matches. */
export async function searchNodes(query: SearchQuery): Promise<SearchResponse> {
  const lucene = buildLuceneQuery(query.q);
  const base = {
    index: SEARCH_INDEX,
    notesIndex: NOTES_INDEX,
    terms: searchTerms(query.q),
    candidates: CANDIDATES,
    q: query.q.trim(),
    arxiv: arxivIdIn(query.q),
    kind: query.kind ?? null,
    section: query.section ?? null,
    yearFrom: query.yearFrom ?? null,
    yearTo: query.yearTo ?? null,
    limit: query.limit,
  };
  const notes = lucene && (await hasNotesIndex()) ? "index" : "scan";
  const rows = await readTransaction(async (tx) => {
    if (!lucene) return tx.rows(searchCypher(false, notes), base, rowSchema);
    const strict = await tx.rows(searchCypher(true, notes), { ...base, lucene: lucene.all }, rowSchema);
    if (strict.length > 0 || lucene.all === lucene.any) return strict;
    return tx.rows(searchCypher(true, notes), { ...base, lucene: lucene.any }, rowSchema);
  });
  return searchResponseSchema.parse({
    results: rows.map((row) => ({ node: toGraphNode(row.node), score: row.score, sectionPath: row.sectionPath ?? [] })),
  });
}
