/**
 * Full-text search over papers, resources and sections (titles, tags, English and Russian
 * section names) through the `roadmapSearch` index, Russian names through the Russian-stemmed
 * `roadmapSearchRu`, the roadmap's notes on listings, plus exact arXiv-id and node-id hits.
 * The database finds and filters candidates; graph/rank-search-hits.ts orders them.
 */
import { z } from "zod";
import { arxivIdIn, buildLuceneQuery, type LuceneQueries } from "./build-lucene-query";
import { NOTES_INDEX, RUSSIAN_INDEX, SEARCH_INDEX } from "./ensure-schema";
import { rankSearchHits } from "./rank-search-hits";
import { readRows, readTransaction } from "./read-query";
import { breadcrumbItemSchema, searchResponseSchema, type SearchQuery, type SearchResponse } from "@/contract/schemas";
import { nodeProjection, rawNodeSchema, toGraphNode } from "./to-graph-elements";

// The index returns candidates before our filters apply; ask for enough that filtering
// (kind, section, years) still leaves `limit` results on a roadmap-sized graph.
const CANDIDATES = 500;
const EXACT_SCORE = 1000;
// The roadmap's annotation of a listing ("Grouped-Query Attention (GQA)") lives on IN_SECTION,
// outside the node index; a note holding every term is strong evidence, about a good title hit.
const NOTE_SCORE = 10;

type Indexes = { notes: boolean; russian: boolean };

/**
 * `indexes.notes`: whether listings whose note holds every term come from the notes' full-text
 * index (confirmed by the substring test) or from the substring test on every IN_SECTION (a
 * database loaded before that index existed; ~30 ms per search at 100k papers). A term counts
 * as held when any word of its group (itself, its English equivalents) is.
 */
function candidatesCypher(lucene: { main: string; russian: string | null } | null, indexes: Indexes): string {
  const noteHits = indexes.notes
    ? `CALL db.index.fulltext.queryRelationships($notesIndex, $lucene, {limit: $candidates}) YIELD relationship AS r
       WITH r WHERE size($groups) > 0 AND all(group IN $groups WHERE any(term IN group WHERE toLower(r.note) CONTAINS term))
       MATCH (node)-[r]->(:Section)`
    : `MATCH (node)-[r:IN_SECTION]->(:Section)
       WHERE r.note IS NOT NULL AND size($groups) > 0 AND all(group IN $groups WHERE any(term IN group WHERE toLower(r.note) CONTAINS term))`;
  const russian =
    lucene?.russian && indexes.russian
      ? `CALL db.index.fulltext.queryNodes($russianIndex, $russianLucene, {limit: $candidates}) YIELD node, score RETURN node, score UNION ALL`
      : "";
  const fulltext = lucene
    ? `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score RETURN node, score UNION ALL
       ${russian}
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
      AND ($roadmap IS NULL OR CASE WHEN node:Section THEN node.roadmap = $roadmap
        ELSE node.ownerRoadmap = $roadmap OR EXISTS { MATCH (node)-[:IN_SECTION]->(:Section {roadmap: $roadmap}) } END)
      AND ($yearFrom IS NULL OR node.year >= $yearFrom)
      AND ($yearTo IS NULL OR node.year <= $yearTo)
    RETURN elementId(node) AS elementId, node.id AS id, score, score >= ${EXACT_SCORE} AS exactId, node.year AS year,
      [name IN [node.title, node.tag, node.name, node.nameRu] WHERE name IS NOT NULL] AS names,
      [(node)-[r:IN_SECTION]->(:Section) WHERE r.note IS NOT NULL | r.note] AS notes,
      CASE WHEN node:Paper THEN COUNT { (node)<-[:BUILDS_ON]-(:Paper) } ELSE 0 END AS builtUponBy`;
}

const RESULTS = `
  UNWIND range(0, size($elementIds) - 1) AS rank
  MATCH (node) WHERE elementId(node) = $elementIds[rank]
  RETURN ${nodeProjection("node")} AS node, COLLECT {
      MATCH (node)-[:IN_SECTION*0..1]->(s:Section)
      MATCH p = (s)-[:SUBSECTION_OF*0..8]->(:Section)-[:PART_OF]->(:Roadmap)
      RETURN [x IN reverse(nodes(p)) WHERE x:Section AND x <> node | {id: x.id, name: coalesce(x.name, x.id), nameRu: x.nameRu}] AS names
      ORDER BY CASE WHEN s.roadmap = $roadmap THEN 0 ELSE 1 END, s.order LIMIT 1
    }[0] AS sectionPath,
    COLLECT {
      MATCH (r:Roadmap)
      WHERE r.id = node.ownerRoadmap OR r.id = node.roadmap OR EXISTS { MATCH (node)-[:IN_SECTION]->(:Section {roadmap: r.id}) }
      RETURN {id: r.id, title: coalesce(r.title, r.id)} AS list ORDER BY r.id
    } AS roadmaps
  ORDER BY rank`;

const candidateSchema = z.object({
  elementId: z.string(),
  id: z.string(),
  score: z.number(),
  exactId: z.boolean(),
  year: z.number().int().nullable(),
  names: z.array(z.string()),
  notes: z.array(z.string()),
  builtUponBy: z.number().int(),
});
const resultSchema = z.object({ node: rawNodeSchema, sectionPath: z.array(breadcrumbItemSchema).nullable(), roadmaps: z.array(z.object({ id: z.string(), title: z.string() })) });

let indexesOnline: Promise<Indexes> | null = null;

/**
 * Whether the notes' and the Russian index exist and are online (the ingest creates them; a
 * database loaded by an older version has none until the next ingest). Asked once per process
 * while both are there; asked again next time while one is not, or when the question itself
 * failed (then: searched without them).
 */
function onlineIndexes(): Promise<Indexes> {
  indexesOnline ??= readRows(
    "SHOW FULLTEXT INDEXES YIELD name, state WHERE name IN $names AND state = 'ONLINE' RETURN collect(name) AS online",
    { names: [NOTES_INDEX, RUSSIAN_INDEX] },
    z.object({ online: z.array(z.string()) }),
  ).then(
    (rows) => {
      const online = new Set(rows[0]?.online ?? []);
      const indexes = { notes: online.has(NOTES_INDEX), russian: online.has(RUSSIAN_INDEX) };
      if (!indexes.notes || !indexes.russian) indexesOnline = null;
      return indexes;
    },
    () => {
      // Not allowed to list indexes, say, or the database is down (then the search itself
      // answers 503): search without them this time, and ask again next time.
      indexesOnline = null;
      return { notes: false, russian: false };
    },
  );
  return indexesOnline;
}

/** Ranked matches (see rank-search-hits.ts): every term matching first, else any term. */
export async function searchNodes(query: SearchQuery): Promise<SearchResponse> {
  const lucene = buildLuceneQuery(query.q);
  const base = {
    index: SEARCH_INDEX,
    notesIndex: NOTES_INDEX,
    russianIndex: RUSSIAN_INDEX,
    groups: lucene?.groups ?? [],
    candidates: CANDIDATES,
    q: query.q.trim(),
    arxiv: arxivIdIn(query.q),
    kind: query.kind ?? null,
    section: query.section ?? null,
    roadmap: query.roadmap ?? null,
    yearFrom: query.yearFrom ?? null,
    yearTo: query.yearTo ?? null,
  };
  const indexes = lucene ? await onlineIndexes() : { notes: false, russian: false };
  const rows = await readTransaction(async (tx) => {
    const find = (mode: "all" | "any", queries: LuceneQueries | null) => {
      const chosen = queries ? { main: queries[mode], russian: queries.russian?.[mode] ?? null } : null;
      return tx.rows(candidatesCypher(chosen, indexes), { ...base, lucene: chosen?.main ?? null, russianLucene: chosen?.russian ?? null }, candidateSchema);
    };
    let candidates = await find("all", lucene);
    if (candidates.length === 0 && lucene && lucene.all !== lucene.any) candidates = await find("any", lucene);
    const ranked = rankSearchHits(candidates, { text: query.q, groups: base.groups }).slice(0, query.limit);
    const shown = await tx.rows(RESULTS, { elementIds: ranked.map((hit) => hit.elementId), roadmap: base.roadmap }, resultSchema);
    return shown.map((row, i) => ({ ...row, score: ranked[i]?.score ?? 0 }));
  });
  return searchResponseSchema.parse({
    results: rows.map((row) => ({ node: toGraphNode(row.node), score: row.score, sectionPath: row.sectionPath ?? [], roadmaps: row.roadmaps })),
  });
}
