/**
 * Writes a planned roadmap into Neo4j in ONE write transaction: either all of it lands or
 * nothing does (a killed process or a lost connection rolls the transaction back).
 * Idempotent: properties are only SET where they differ, so a second run counts zero changes.
 */
import type { ManagedTransaction, QueryResult, Transaction } from "neo4j-driver";
import type { RoadmapPlan } from "../ingest/plan-roadmap";
import { getDatabase, getDriver } from "./driver";
import { toGraphError } from "./errors";
import { ensureSchema } from "./ensure-schema";

export type WriteOptions = {
  reset?: boolean;
  batchSize?: number;
  onProgress?: (step: string, done: number, total: number) => void;
  /** test hook: called after each statement with its index (throw to abort, await to pause) */
  afterStatement?: (index: number) => Promise<void> | void;
};

export type WriteResult = {
  changes: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
};

/** True when some property of row.props differs from the node's (nulls included). */
const differs = (node: string) =>
  `any(k IN keys(row.props) WHERE NOT (${node}[k] = row.props[k]) OR (${node}[k] IS NULL) <> (row.props[k] IS NULL))`;

const STATEMENTS = {
  roadmap: `MERGE (r:Roadmap {id: $roadmap.id})
    WITH r, {title: $roadmap.title, source: $roadmap.source} AS props
    WITH r, props WHERE any(k IN keys(props) WHERE NOT (r[k] = props[k]) OR (r[k] IS NULL) <> (props[k] IS NULL))
    SET r += props`,
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
    WITH p, row WHERE coalesce(p.ownerRoadmap, $rid) = $rid AND ${differs("p")}
    SET p += row.props`,
  resources: `UNWIND $rows AS row
    MERGE (n:Resource {id: row.id}) ON CREATE SET n.roadmap = $rid
    WITH n, row WHERE ${differs("n")} SET n += row.props`,
  placements: (label: "Paper" | "Resource") => `UNWIND $rows AS row
    MATCH (n:${label} {id: row.node}) MATCH (s:Section {id: row.section})
    MERGE (n)-[r:IN_SECTION]->(s)
    WITH r, row WHERE ${differs("r")} SET r += row.props`,
  questions: `UNWIND $rows AS row
    MATCH (s:Section {id: row.section})
    MERGE (q:Question {id: row.id}) ON CREATE SET q.roadmap = $rid
    MERGE (q)-[:CHECKS]->(s)
    WITH q, row WHERE ${differs("q")} SET q += row.props`,
  buildsOn: `UNWIND $rows AS row
    MATCH (a:Paper {id: row.from}) MATCH (b:Paper {id: row.to})
    MERGE (a)-[r:BUILDS_ON]->(b) ON CREATE SET r.source = $rid, r.reason = row.reason
    WITH r, row WHERE r.source = $rid AND r.reason <> row.reason SET r.reason = row.reason`,
  surveys: (label: "Paper" | "Section") => `UNWIND $rows AS row
    MATCH (a:Paper {id: row.survey}) MATCH (b:${label} {id: row.target})
    MERGE (a)-[r:SURVEYS]->(b) ON CREATE SET r.source = $rid`,
  sameTopic: `UNWIND $rows AS row
    MATCH (a:Paper {id: row.a}) MATCH (b:Paper {id: row.b})
    WHERE NOT EXISTS { (b)-[:SAME_TOPIC]->(a) }
    MERGE (a)-[r:SAME_TOPIC]->(b) ON CREATE SET r.source = $rid, r.topic = row.topic`,
} as const;

/** What no longer belongs to this roadmap: deleted after the writes, in the same transaction. */
const CLEANUP = [
  `MATCH (q:Question {roadmap: $rid}) WHERE NOT q.id IN $questionIds DETACH DELETE q`,
  `MATCH (n)-[r:IN_SECTION]->(s:Section {roadmap: $rid}) WHERE NOT (n.id + '|' + s.id) IN $placementKeys DELETE r`,
  `MATCH (s:Section {roadmap: $rid}) WHERE NOT s.id IN $sectionIds DETACH DELETE s`,
  `MATCH (n:Resource {roadmap: $rid}) WHERE NOT n.id IN $resourceIds DETACH DELETE n`,
  `MATCH (a:Paper)-[r:BUILDS_ON {source: $rid}]->(b:Paper) WHERE NOT (a.id + '|' + b.id) IN $buildsKeys DELETE r`,
  `MATCH (a:Paper)-[r:SURVEYS {source: $rid}]->(b) WHERE NOT (a.id + '|' + b.id) IN $surveyKeys DELETE r`,
  `MATCH (a:Paper)-[r:SAME_TOPIC {source: $rid}]->(b:Paper) WHERE NOT (a.id + '|' + b.id) IN $sameKeys AND NOT (b.id + '|' + a.id) IN $sameKeys DELETE r`,
  // A paper this roadmap brought in and no longer lists goes, unless another roadmap uses it.
  `MATCH (p:Paper {ownerRoadmap: $rid}) WHERE NOT p.id IN $paperIds
     AND NOT EXISTS { (p)-[:IN_SECTION]->() } AND NOT EXISTS { (p)-[:BUILDS_ON|SURVEYS|SAME_TOPIC]-() }
   DETACH DELETE p`,
  `MATCH (p:Paper {ownerRoadmap: $rid}) WHERE NOT p.id IN $paperIds REMOVE p.ownerRoadmap`,
  // inRoadmap means "some roadmap lists it": true as long as any IN_SECTION remains.
  `MATCH (p:Paper) WITH p, EXISTS { (p)-[:IN_SECTION]->() } AS listed
   WHERE coalesce(p.inRoadmap, false) <> listed SET p.inRoadmap = listed`,
];

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function addCounters(result: WriteResult, summary: QueryResult["summary"]): void {
  const c = summary.counters.updates();
  result.nodesCreated += c.nodesCreated;
  result.nodesDeleted += c.nodesDeleted;
  result.relationshipsCreated += c.relationshipsCreated;
  result.relationshipsDeleted += c.relationshipsDeleted;
  result.propertiesSet += c.propertiesSet;
  result.changes = result.nodesCreated + result.nodesDeleted + result.relationshipsCreated + result.relationshipsDeleted + result.propertiesSet;
}

/** Finds papers already in the database that are the same as the plan's (arXiv id or title). */
export async function findExistingPaperIds(papers: { id: string; arxivId?: string; normTitle: string }[]): Promise<Map<string, string>> {
  const { records } = await getDriver().executeQuery(
    `UNWIND $rows AS row
     OPTIONAL MATCH (byId:Paper {id: row.id})
     OPTIONAL MATCH (byArxiv:Paper {arxivId: row.arxivId})
     OPTIONAL MATCH (byTitle:Paper {normTitle: row.normTitle})
     WITH row, coalesce(byId, byArxiv, byTitle) AS match
     WHERE match IS NOT NULL AND match.id <> row.id
     RETURN row.id AS local, match.id AS existing`,
    { rows: papers.map((p) => ({ id: p.id, arxivId: p.arxivId ?? null, normTitle: p.normTitle })) },
    { database: getDatabase(), routing: "READ" },
  );
  return new Map(records.map((r) => [String(r.get("local")), String(r.get("existing"))]));
}

export async function deleteRoadmapContent(tx: Transaction | ManagedTransaction, rid: string): Promise<QueryResult[]> {
  const empty = { questionIds: [], placementKeys: [], sectionIds: [], resourceIds: [], buildsKeys: [], surveyKeys: [], sameKeys: [], paperIds: [] };
  const results: QueryResult[] = [];
  for (const statement of CLEANUP) results.push(await tx.run(statement, { rid, ...empty }));
  return results;
}

export async function writeRoadmap(plan: RoadmapPlan, options: WriteOptions = {}): Promise<WriteResult> {
  const batchSize = options.batchSize ?? 1000;
  const rid = plan.roadmap.id;
  const result: WriteResult = { changes: 0, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
  const paperIds = new Set(plan.papers.map((p) => p.id));
  const sectionIdSet = new Set(plan.sections.map((s) => s.id));
  let statementIndex = 0;

  try {
    await ensureSchema();
    const session = getDriver().session({ database: getDatabase(), defaultAccessMode: "WRITE" });
    try {
      const tx = session.beginTransaction({ timeout: 30 * 60_000, metadata: { app: "roadmap-ingest", roadmap: rid } });
      try {
        const step = async (name: string, statement: string, rows: readonly unknown[] | null, extra: Record<string, unknown> = {}) => {
          const batches = rows === null ? [null] : chunks(rows, batchSize);
          let done = 0;
          for (const batch of batches) {
            const summary = (await tx.run(statement, { rid, rows: batch, ...extra })).summary;
            addCounters(result, summary);
            done += batch?.length ?? 0;
            if (rows !== null) options.onProgress?.(name, done, rows.length);
            await options.afterStatement?.(statementIndex++);
          }
        };
        if (options.reset) {
          for (const r of await deleteRoadmapContent(tx, rid)) addCounters(result, r.summary);
        }
        await step("roadmap", STATEMENTS.roadmap, null, { roadmap: plan.roadmap });
        await step("sections", STATEMENTS.sections, plan.sections);
        await step("section links", STATEMENTS.sectionLinks, plan.sections);
        await step("papers", STATEMENTS.papers, plan.papers);
        await step("resources", STATEMENTS.resources, plan.resources);
        await step("paper placements", STATEMENTS.placements("Paper"), plan.placements.filter((p) => paperIds.has(p.node)));
        await step("resource placements", STATEMENTS.placements("Resource"), plan.placements.filter((p) => !paperIds.has(p.node)));
        await step("questions", STATEMENTS.questions, plan.questions);
        await step("builds on", STATEMENTS.buildsOn, plan.buildsOn);
        await step("surveys of sections", STATEMENTS.surveys("Section"), plan.surveys.filter((s) => sectionIdSet.has(s.target)));
        await step("surveys of papers", STATEMENTS.surveys("Paper"), plan.surveys.filter((s) => !sectionIdSet.has(s.target)));
        await step("same topic", STATEMENTS.sameTopic, plan.sameTopic);
        const keep = {
          questionIds: plan.questions.map((q) => q.id),
          placementKeys: plan.placements.map((p) => `${p.node}|${p.section}`),
          sectionIds: plan.sections.map((s) => s.id),
          resourceIds: plan.resources.map((r) => r.id),
          buildsKeys: plan.buildsOn.map((e) => `${e.from}|${e.to}`),
          surveyKeys: plan.surveys.map((e) => `${e.survey}|${e.target}`),
          sameKeys: plan.sameTopic.map((e) => `${e.a}|${e.b}`),
          paperIds: [...paperIds],
        };
        for (const statement of CLEANUP) await step("cleanup", statement, null, keep);
        await tx.commit();
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      await session.close();
    }
  } catch (error) {
    throw toGraphError(error);
  }
  return result;
}
