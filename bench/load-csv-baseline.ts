/**
 * Baseline 1 of the ingest benchmark: Neo4j's own bulk path. The same rows as our writer
 * (bench/write-csv-files.ts), loaded server-side with LOAD CSV and CALL { } IN TRANSACTIONS,
 * the way Neo4j's documentation loads a graph: MERGE on the uniquely constrained id for nodes,
 * MATCH both ends and MERGE for relationships (so it is idempotent too, like ours), one
 * statement per file. It commits every `batch` rows, so unlike ours it is NOT atomic: a failed
 * run leaves a partial graph. Needs a Neo4j that allows file URLs from the import folder
 * (ROADMAP_BENCH_IMPORT_DIR, see neo4j/launcher).
 */
import type { BenchDriver } from "./bench-driver";
import type { CsvFile } from "./write-csv-files";

/** One statement per file, `row` being one CSV row (strings, null for empty fields). */
export const CSV_STATEMENTS: { file: CsvFile; cypher: string }[] = [
  {
    file: "sections.csv",
    cypher: `MERGE (s:Section {id: row.id})
      SET s.roadmap = $rid, s.name = row.name, s.nameRu = row.nameRu, s.level = toInteger(row.level), s.order = toInteger(row.order), s.localId = row.localId`,
  },
  {
    file: "sections.csv",
    cypher: `MATCH (s:Section {id: row.id})
      CALL (s, row) { WITH s, row WHERE row.parent IS NOT NULL MATCH (p:Section {id: row.parent}) MERGE (s)-[:SUBSECTION_OF]->(p) }
      CALL (s, row) { WITH s, row WHERE row.parent IS NULL MATCH (r:Roadmap {id: $rid}) MERGE (s)-[:PART_OF]->(r) }`,
  },
  {
    file: "papers.csv",
    cypher: `MERGE (p:Paper {id: row.id}) ON CREATE SET p.ownerRoadmap = $rid
      SET p.title = row.title, p.normTitle = row.normTitle, p.year = toInteger(row.year), p.venue = row.venue, p.url = row.url,
        p.arxivId = row.arxivId, p.tag = row.tag, p.isSurvey = toBoolean(row.isSurvey), p.inRoadmap = toBoolean(row.inRoadmap)`,
  },
  {
    file: "resources.csv",
    cypher: `MERGE (n:Resource {id: row.id}) SET n.roadmap = $rid, n.title = row.title, n.url = row.url, n.kind = row.kind`,
  },
  ...([["Paper", "paper-placements.csv"], ["Resource", "resource-placements.csv"]] as const).map(([label, file]) => ({
    file,
    cypher: `MATCH (n:${label} {id: row.node}) MATCH (s:Section {id: row.section})
      MERGE (n)-[r:IN_SECTION]->(s) SET r.order = toInteger(row.order), r.group = row.group, r.note = row.note`,
  })),
  {
    file: "questions.csv",
    cypher: `MATCH (s:Section {id: row.section})
      MERGE (q:Question {id: row.id}) SET q.roadmap = $rid, q.text = row.text, q.textRu = row.textRu, q.order = toInteger(row.order)
      MERGE (q)-[:CHECKS]->(s)`,
  },
  {
    file: "builds-on.csv",
    cypher: `MATCH (a:Paper {id: row.from}) MATCH (b:Paper {id: row.to})
      MERGE (a)-[r:BUILDS_ON]->(b) ON CREATE SET r.source = $rid, r.reason = row.reason`,
  },
  ...([["Section", "section-surveys.csv"], ["Paper", "paper-surveys.csv"]] as const).map(([label, file]) => ({
    file,
    cypher: `MATCH (a:Paper {id: row.survey}) MATCH (b:${label} {id: row.target}) MERGE (a)-[r:SURVEYS]->(b) ON CREATE SET r.source = $rid`,
  })),
  {
    file: "same-topic.csv",
    cypher: `MATCH (a:Paper {id: row.a}) MATCH (b:Paper {id: row.b})
      MERGE (a)-[r:SAME_TOPIC]->(b) ON CREATE SET r.source = $rid, r.topic = row.topic`,
  },
];

export type LoadCsvResult = { seconds: number; nodesCreated: number; relationshipsCreated: number; steps: { file: string; seconds: number }[] };

/** Loads the CSV files of a roadmap; the schema (constraints, indexes) must exist already. */
export async function loadCsv(db: BenchDriver, roadmap: { id: string; title: string; source: string | null }, options: { folder: string; batch: number }): Promise<LoadCsvResult> {
  const started = performance.now();
  const out: LoadCsvResult = { seconds: 0, nodesCreated: 0, relationshipsCreated: 0, steps: [] };
  const first = await db.run("MERGE (r:Roadmap {id: $id}) SET r.title = $title, r.source = $source", roadmap);
  out.nodesCreated += first.counters.nodesCreated;
  for (const statement of CSV_STATEMENTS) {
    const stepStarted = performance.now();
    const { counters } = await db.run(
      `LOAD CSV WITH HEADERS FROM 'file:///${options.folder}/${statement.file}' AS row
       CALL (row) { ${statement.cypher} } IN TRANSACTIONS OF ${Math.trunc(options.batch)} ROWS`,
      { rid: roadmap.id },
    );
    out.nodesCreated += counters.nodesCreated;
    out.relationshipsCreated += counters.relationshipsCreated;
    out.steps.push({ file: statement.file, seconds: (performance.now() - stepStarted) / 1000 });
  }
  out.seconds = (performance.now() - started) / 1000;
  return out;
}
