/**
 * The Cypher of graph/write-roadmap.ts: one UNWIND statement per kind of row, and the cleanup
 * that removes what a roadmap no longer holds. MERGE in general; plain CREATE where the writer
 * has proved that MERGE's lookup, lock and re-check would find nothing: for the nodes a new
 * roadmap owns alone (sections, resources, questions: ids scoped by the roadmap's id) and the
 * relationships into its new sections, and, in a database without papers, for papers and
 * BUILDS_ON too. Papers are otherwise shared between roadmaps, so they MERGE.
 */

/** True when some property of row.props differs from the node's (nulls included). */
const differs = (node: string) =>
  `any(k IN keys(row.props) WHERE NOT (${node}[k] = row.props[k]) OR (${node}[k] IS NULL) <> (row.props[k] IS NULL))`;

/**
 * A paper another roadmap owns keeps its values, but takes the identifiers it lacks from this
 * listing (the same paper, matched by title, first listed without its arXiv link): later
 * roadmaps then find it by them. Nothing else of another roadmap's paper changes.
 */
const FILLED = ["arxivId", "doi"];
/**
 * What citation enrichment adds to a paper the list gave without it: a later load of the same
 * list, still without it, keeps the enriched value instead of wiping it; a value the list gives wins.
 */
const KEPT = ["year", "venue", "authors"];
const fillsGap = (node: string) => FILLED.map((k) => `(${node}.${k} IS NULL AND row.props.${k} IS NOT NULL)`).join(" OR ");

// loadedAt is set once, when the list first arrives, so a second run still changes nothing.
export const ROADMAP = `MERGE (r:Roadmap {id: $roadmap.id})
    ON CREATE SET r.loadedAt = timestamp()
    WITH r, {title: $roadmap.title, source: $roadmap.source} AS props
    WITH r, props WHERE any(k IN keys(props) WHERE NOT (r[k] = props[k]) OR (r[k] IS NULL) <> (props[k] IS NULL))
    SET r += props`;

export type StatementName =
  | "sections"
  | "sectionLinks"
  | "papers"
  | "resources"
  | "paperPlacements"
  | "resourcePlacements"
  | "questions"
  | "buildsOn"
  | "sectionSurveys"
  | "paperSurveys"
  | "sameTopic"
  | "sameTopicGroups";

const placements = (label: "Paper" | "Resource") => `UNWIND $rows AS row
    MATCH (n:${label} {id: row.node}) MATCH (s:Section {id: row.section})
    MERGE (n)-[r:IN_SECTION]->(s)
    WITH r, row WHERE ${differs("r")} SET r += row.props`;

const surveys = (label: "Paper" | "Section") => `UNWIND $rows AS row
    MATCH (a:Paper {id: row.survey}) MATCH (b:${label} {id: row.target})
    MERGE (a)-[r:SURVEYS]->(b) ON CREATE SET r.source = $rid`;

// One row per topic (its papers' ids, sorted): each paper is looked up once per topic instead
// of once per pair, and the topic text is sent once; the pairs are made here, a before b.
// `reverseCheck`: another roadmap may have stored the pair the other way round.
const sameTopicGroups = (reverseCheck: boolean) => `UNWIND $rows AS row
    CALL (row) {
      UNWIND row.members AS id
      MATCH (p:Paper {id: id})
      WITH p ORDER BY p.id
      RETURN collect(p) AS papers
    }
    UNWIND range(0, size(papers) - 2) AS i
    UNWIND range(i + 1, size(papers) - 1) AS j
    WITH row, papers[i] AS a, papers[j] AS b
    ${reverseCheck ? "WHERE NOT EXISTS { (b)-[:SAME_TOPIC]->(a) }" : ""}
    MERGE (a)-[r:SAME_TOPIC]->(b) ON CREATE SET r.source = $rid, r.topic = row.topic`;

export const MERGE_STATEMENTS: Record<StatementName, string> = {
  sections: `UNWIND $rows AS row
    MERGE (s:Section {id: row.id}) ON CREATE SET s.roadmap = $rid
    WITH s, row WHERE ${differs("s")} SET s += row.props`,
  sectionLinks: `UNWIND $rows AS row
    MATCH (s:Section {id: row.id})
    OPTIONAL MATCH (s)-[old:SUBSECTION_OF|PART_OF]->(target) WHERE target.id <> coalesce(row.parent, $rid)
    DELETE old
    WITH DISTINCT s, row
    CALL (s, row) {
      WITH s, row WHERE row.parent IS NOT NULL
      MATCH (p:Section {id: row.parent}) MERGE (s)-[:SUBSECTION_OF]->(p)
    }
    CALL (s, row) {
      WITH s, row WHERE row.parent IS NULL
      MATCH (r:Roadmap {id: $rid}) MERGE (s)-[:PART_OF]->(r)
    }`,
  // A paper another roadmap brought in is shared, never rewritten: its owner's data stands.
  papers: `UNWIND $rows AS row
    MERGE (p:Paper {id: row.id}) ON CREATE SET p.ownerRoadmap = $rid
    WITH p, row
    CALL (p, row) {
      WITH p, row.props AS listed WHERE coalesce(p.ownerRoadmap, $rid) = $rid
      WITH p, listed {.*, ${KEPT.map((k) => `${k}: coalesce(listed.${k}, p.${k})`).join(", ")}} AS props
      WITH p, props WHERE any(k IN keys(props) WHERE NOT (p[k] = props[k]) OR (p[k] IS NULL) <> (props[k] IS NULL))
      SET p += props
    }
    CALL (p, row) {
      WITH p, row WHERE coalesce(p.ownerRoadmap, $rid) <> $rid AND ${fillsGap("p")}
      SET ${FILLED.map((k) => `p.${k} = coalesce(p.${k}, row.props.${k})`).join(", ")}
    }`,
  resources: `UNWIND $rows AS row
    MERGE (n:Resource {id: row.id}) ON CREATE SET n.roadmap = $rid
    WITH n, row WHERE ${differs("n")} SET n += row.props`,
  paperPlacements: placements("Paper"),
  resourcePlacements: placements("Resource"),
  questions: `UNWIND $rows AS row
    MATCH (s:Section {id: row.section})
    MERGE (q:Question {id: row.id}) ON CREATE SET q.roadmap = $rid
    MERGE (q)-[:CHECKS]->(s)
    WITH q, row WHERE ${differs("q")} SET q += row.props`,
  buildsOn: `UNWIND $rows AS row
    MATCH (a:Paper {id: row.from}) MATCH (b:Paper {id: row.to})
    MERGE (a)-[r:BUILDS_ON]->(b) ON CREATE SET r.source = $rid, r.reason = row.reason
    WITH r, row WHERE (r.source = $rid AND r.reason <> row.reason) OR r.source = 'citation'
    // A list stating an edge enrichment derived makes it curated: its reason, none of the derived marks.
    SET r.source = $rid, r.reason = row.reason
    REMOVE r.confidence, r.evidence, r.intents, r.influential`,
  sectionSurveys: surveys("Section"),
  paperSurveys: surveys("Paper"),
  sameTopic: `UNWIND $rows AS row
    MATCH (a:Paper {id: row.a}) MATCH (b:Paper {id: row.b})
    WHERE NOT EXISTS { (b)-[:SAME_TOPIC]->(a) }
    MERGE (a)-[r:SAME_TOPIC]->(b) ON CREATE SET r.source = $rid, r.topic = row.topic`,
  sameTopicGroups: sameTopicGroups(true),
};

const createPlacements = (label: "Paper" | "Resource") => `UNWIND $rows AS row
    MATCH (n:${label} {id: row.node}) MATCH (s:Section {id: row.section})
    CREATE (n)-[r:IN_SECTION]->(s) SET r += row.props`;

/** For a roadmap the database holds nothing of (see FRESH_CHECKS): its own nodes cannot exist yet. */
export const FRESH_STATEMENTS: Record<StatementName, string> = {
  ...MERGE_STATEMENTS,
  sections: `UNWIND $rows AS row CREATE (s:Section {id: row.id}) SET s += row.props, s.roadmap = $rid`,
  resources: `UNWIND $rows AS row CREATE (n:Resource {id: row.id}) SET n += row.props, n.roadmap = $rid`,
  questions: `UNWIND $rows AS row
    MATCH (s:Section {id: row.section})
    CREATE (q:Question {id: row.id})-[:CHECKS]->(s) SET q += row.props, q.roadmap = $rid`,
  // A new section has no IN_SECTION yet, and placements come one per node and section.
  paperPlacements: createPlacements("Paper"),
  resourcePlacements: createPlacements("Resource"),
};

/**
 * For a new roadmap in a database that holds no paper at all (a first load): its papers cannot
 * exist yet (ids are unique within a roadmap), so neither can BUILDS_ON between them (pairs are
 * unique too). SURVEYS and SAME_TOPIC keep MERGE, as the same pair may come twice, but
 * SAME_TOPIC needs no check for the reverse direction.
 */
export const EMPTY_DATABASE_STATEMENTS: Record<StatementName, string> = {
  ...FRESH_STATEMENTS,
  papers: `UNWIND $rows AS row CREATE (p:Paper {id: row.id}) SET p += row.props, p.ownerRoadmap = $rid`,
  buildsOn: `UNWIND $rows AS row
    MATCH (a:Paper {id: row.from}) MATCH (b:Paper {id: row.to})
    CREATE (a)-[:BUILDS_ON {source: $rid, reason: row.reason}]->(b)`,
  // Every SAME_TOPIC is this run's, a before b: none can exist the other way round.
  sameTopicGroups: sameTopicGroups(false),
};

/** Returns a row when the database holds any paper (checked with FRESH_CHECKS, before writing). */
export const ANY_PAPER = "MATCH (p:Paper) RETURN 1 LIMIT 1";

/**
 * Each returns a row when the database holds something of roadmap $rid. When none does, every
 * CLEANUP statement could only match what this run writes itself, so the run skips them.
 */
export const FRESH_CHECKS = [
  "MATCH (n:Section {roadmap: $rid}) RETURN 1 LIMIT 1",
  "MATCH (n:Resource {roadmap: $rid}) RETURN 1 LIMIT 1",
  "MATCH (n:Question {roadmap: $rid}) RETURN 1 LIMIT 1",
  "MATCH (n:Paper {ownerRoadmap: $rid}) RETURN 1 LIMIT 1",
  "MATCH ()-[r:BUILDS_ON|SURVEYS|SAME_TOPIC]->() WHERE r.source = $rid RETURN 1 LIMIT 1",
];

/** What no longer belongs to this roadmap: deleted after the writes, in the same transaction. */
export const CLEANUP = [
  `MATCH (q:Question {roadmap: $rid}) WHERE NOT q.id IN $questionIds DETACH DELETE q`,
  `MATCH (n)-[r:IN_SECTION]->(s:Section {roadmap: $rid}) WHERE NOT (n.id + '|' + s.id) IN $placementKeys DELETE r`,
  `MATCH (s:Section {roadmap: $rid}) WHERE NOT s.id IN $sectionIds DETACH DELETE s`,
  `MATCH (n:Resource {roadmap: $rid}) WHERE NOT n.id IN $resourceIds DETACH DELETE n`,
  `MATCH (a:Paper)-[r:BUILDS_ON {source: $rid}]->(b:Paper) WHERE NOT (a.id + '|' + b.id) IN $buildsKeys DELETE r`,
  `MATCH (a:Paper)-[r:SURVEYS {source: $rid}]->(b) WHERE NOT (a.id + '|' + b.id) IN $surveyKeys DELETE r`,
  `MATCH (a:Paper)-[r:SAME_TOPIC {source: $rid}]->(b:Paper) WHERE NOT (a.id + '|' + b.id) IN $sameKeys AND NOT (b.id + '|' + a.id) IN $sameKeys DELETE r`,
  // Citation data (enrichment's CITES and derived BUILDS_ON) of a paper this roadmap brought in
  // and that no list holds any more goes with it, unless a list's own edge keeps the paper.
  `MATCH (p:Paper {ownerRoadmap: $rid}) WHERE NOT p.id IN $paperIds AND NOT EXISTS { (p)-[:IN_SECTION]->() }
     AND NOT EXISTS { (p)-[c:BUILDS_ON|SURVEYS|SAME_TOPIC]-() WHERE c.source <> 'citation' }
   MATCH (p)-[r:CITES|BUILDS_ON]-() WHERE type(r) = 'CITES' OR r.source = 'citation' DELETE r`,
  // A paper this roadmap brought in and no longer lists goes, unless another roadmap uses it.
  `MATCH (p:Paper {ownerRoadmap: $rid}) WHERE NOT p.id IN $paperIds
     AND NOT EXISTS { (p)-[:IN_SECTION]->() } AND NOT EXISTS { (p)-[:BUILDS_ON|SURVEYS|SAME_TOPIC]-() }
   DETACH DELETE p`,
  `MATCH (p:Paper {ownerRoadmap: $rid}) WHERE NOT p.id IN $paperIds REMOVE p.ownerRoadmap`,
  // A suggested prerequisite exists because papers cite it; once none does, it goes.
  `MATCH (p:Paper {suggested: true}) WHERE NOT coalesce(p.inRoadmap, false) AND NOT EXISTS { (p)--() } DELETE p`,
];

/** inRoadmap means "some roadmap lists it": true as long as any IN_SECTION remains. Always runs. */
export const IN_ROADMAP = `MATCH (p:Paper) WITH p, EXISTS { (p)-[:IN_SECTION]->() } AS listed
   WHERE coalesce(p.inRoadmap, false) <> listed SET p.inRoadmap = listed`;

/** The same, for the papers of $ids only (those a first load's final transaction wrote or placed). */
export const IN_ROADMAP_OF = `UNWIND $ids AS id MATCH (p:Paper {id: id}) WITH p, EXISTS { (p)-[:IN_SECTION]->() } AS listed
   WHERE coalesce(p.inRoadmap, false) <> listed SET p.inRoadmap = listed`;
