/**
 * The Cypher of the staged write (graph/stage-roadmap.ts): a roadmap larger than one batch is
 * written in committed batches, and readers must not see it before it is complete.
 *
 * A staged node carries a staging label (StagedPaper…) INSTEAD of its live one (Paper…): every
 * read query, constraint and index (full-text ones included) names live labels, so staged nodes
 * are invisible to them at no cost. A staged relationship only ever joins two staged nodes
 * (what touches a live node waits for the final transaction), so no traversal from a live node
 * can reach staging data either. The final transaction relabels the run's staged nodes
 * (PUBLISH): a label swap per node, much lighter than writing the nodes and relationships.
 */
import type { StatementName } from "./roadmap-statements";

/** Steps whose rows are nodes; the staged statement returns the ids it staged. */
export type NodeStep = "sections" | "papers" | "resources" | "questions";
export const STAGED_LABELS: Record<NodeStep, string> = { sections: "StagedSection", papers: "StagedPaper", resources: "StagedResource", questions: "StagedQuestion" };

/** Created with the rest of the schema (graph/ensure-schema.ts): the staged statements look nodes up by id. */
export const STAGING_SCHEMA = Object.entries(STAGED_LABELS).map(
  ([, label]) => `CREATE INDEX ${label.replace("Staged", "staged_").toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) ON (n.id)`,
);

// Papers are looked up with their owner too: a paper id is not scoped by the roadmap, and a dead
// run of another roadmap may have left a staged paper of the same id.
const paper = (variable: string, id: string) => `(${variable}:StagedPaper {id: ${id}, ownerRoadmap: $rid})`;
const section = (variable: string, id: string) => `(${variable}:StagedSection {id: ${id}})`;

// A node is staged only when no live node has its id; the others (a paper another roadmap
// brought in, a section of an earlier run) are written by the final transaction.
const stageNode = (live: string, staged: string, owner: string) => `UNWIND $rows AS row
    WITH row WHERE NOT EXISTS { MATCH (:${live} {id: row.id}) }
    CREATE (n:${staged} {id: row.id}) SET n += row.props, n.${owner} = $rid
    RETURN n.id AS id`;

const placements = (node: string) => `UNWIND $rows AS row
    MATCH ${node} MATCH ${section("s", "row.section")}
    CREATE (n)-[r:IN_SECTION]->(s) SET r += row.props`;

/**
 * One statement per step. The writer sends a relationship row here only when both its ends were
 * staged by this run (so each pair is new: CREATE where the rows are unique, MERGE where the same
 * pair may come twice, as in roadmap-statements.ts).
 */
export const STAGED_STATEMENTS: Record<StatementName, string> = {
  sections: stageNode("Section", "StagedSection", "roadmap"),
  papers: stageNode("Paper", "StagedPaper", "ownerRoadmap"),
  resources: stageNode("Resource", "StagedResource", "roadmap"),
  questions: `UNWIND $rows AS row
    WITH row WHERE NOT EXISTS { MATCH (:Question {id: row.id}) }
    MATCH ${section("s", "row.section")}
    CREATE (q:StagedQuestion {id: row.id})-[:CHECKS]->(s) SET q += row.props, q.roadmap = $rid
    RETURN q.id AS id`,
  sectionLinks: `UNWIND $rows AS row
    MATCH ${section("s", "row.id")} MATCH ${section("p", "row.parent")}
    CREATE (s)-[:SUBSECTION_OF]->(p)`,
  paperPlacements: placements(paper("n", "row.node")),
  resourcePlacements: placements("(n:StagedResource {id: row.node})"),
  buildsOn: `UNWIND $rows AS row
    MATCH ${paper("a", "row.from")} MATCH ${paper("b", "row.to")}
    CREATE (a)-[:BUILDS_ON {source: $rid, reason: row.reason}]->(b)`,
  sectionSurveys: `UNWIND $rows AS row
    MATCH ${paper("a", "row.survey")} MATCH ${section("b", "row.target")}
    MERGE (a)-[r:SURVEYS]->(b) ON CREATE SET r.source = $rid`,
  paperSurveys: `UNWIND $rows AS row
    MATCH ${paper("a", "row.survey")} MATCH ${paper("b", "row.target")}
    MERGE (a)-[r:SURVEYS]->(b) ON CREATE SET r.source = $rid`,
  // Both papers are new to the graph: no other roadmap can have stored the pair the other way.
  sameTopic: `UNWIND $rows AS row
    MATCH ${paper("a", "row.a")} MATCH ${paper("b", "row.b")}
    MERGE (a)-[r:SAME_TOPIC]->(b) ON CREATE SET r.source = $rid, r.topic = row.topic`,
  sameTopicGroups: `UNWIND $rows AS row
    CALL (row) {
      UNWIND row.members AS id
      MATCH ${paper("p", "id")}
      WITH p ORDER BY p.id
      RETURN collect(p) AS papers
    }
    UNWIND range(0, size(papers) - 2) AS i
    UNWIND range(i + 1, size(papers) - 1) AS j
    WITH row, papers[i] AS a, papers[j] AS b
    MERGE (a)-[r:SAME_TOPIC]->(b) ON CREATE SET r.source = $rid, r.topic = row.topic`,
};

const owner = (step: NodeStep) => (step === "papers" ? "ownerRoadmap" : "roadmap");
const live = (step: NodeStep) => STAGED_LABELS[step].replace("Staged", "");

/** Run in the final transaction: the run's staged nodes become live, all at once. */
export const PUBLISH = (Object.keys(STAGED_LABELS) as NodeStep[]).map(
  (step) => `MATCH (n:${STAGED_LABELS[step]} {${owner(step)}: $rid}) SET n:${live(step)} REMOVE n:${STAGED_LABELS[step]}`,
);

/**
 * Removes what a run of roadmap $rid staged and did not publish (a run that failed or died), in
 * committed batches of its own (auto-commit transactions: `IN TRANSACTIONS`), so that a dead
 * 100k-paper run is removed in bounded memory. Staged relationships join staged nodes only.
 */
export const DROP_STAGED = (Object.keys(STAGED_LABELS) as NodeStep[]).map(
  (step) => `MATCH (n:${STAGED_LABELS[step]} {${owner(step)}: $rid})
    CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`,
);
