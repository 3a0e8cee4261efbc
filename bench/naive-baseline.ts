/**
 * Baseline 2 of the ingest benchmark: the naive loader, one row per write transaction, with
 * the LOAD CSV baseline's statements (bench/load-csv-baseline.ts) and the same rows. At a
 * thousand rows per second or less it would take many minutes at 100k papers, so it writes a
 * sample of every table (`sample` rows each, only rows whose endpoints the sample holds) and
 * projects the full time from each table's measured rate. Its result says it was projected.
 */
import type { BenchDriver } from "./bench-driver";
import { CSV_STATEMENTS } from "./load-csv-baseline";
import type { Cell, CsvFile, Table } from "./write-csv-files";

export type NaiveResult = { projectedSeconds: number; measuredRows: number; measuredSeconds: number; rowsPerSecond: number; projected: boolean };

/** The columns of a table that name nodes which must exist before the row can match. */
const REFS: Partial<Record<CsvFile, string[]>> = {
  "paper-placements.csv": ["node", "section"],
  "resource-placements.csv": ["node", "section"],
  "questions.csv": ["section"],
  "builds-on.csv": ["from", "to"],
  "section-surveys.csv": ["survey", "target"],
  "paper-surveys.csv": ["survey", "target"],
  "same-topic.csv": ["a", "b"],
};

const asObject = (header: string[], row: Cell[]) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? null]));

export async function loadNaively(db: BenchDriver, roadmap: { id: string; title: string; source: string | null }, tables: Record<CsvFile, Table>, sample: number): Promise<NaiveResult> {
  await db.run("MERGE (r:Roadmap {id: $id}) SET r.title = $title, r.source = $source", roadmap);
  const written = new Set<string>();
  let projectedSeconds = 0;
  let measuredRows = 0;
  let measuredSeconds = 0;
  let projected = false;
  let unmeasured = 0;
  for (const statement of CSV_STATEMENTS) {
    const { header, rows } = tables[statement.file];
    const refs = (REFS[statement.file] ?? []).map((name) => header.indexOf(name));
    const declaresNodes = !REFS[statement.file] || statement.file === "questions.csv";
    const chosen = rows.filter((row) => refs.every((i) => written.has(String(row[i])))).slice(0, sample);
    if (chosen.length < rows.length) projected = true;
    const started = performance.now();
    for (const row of chosen) {
      const params = asObject(header, row);
      await db.writeOne(`WITH $row AS row ${statement.cypher}`, { row: params, rid: roadmap.id });
      if (declaresNodes && typeof params.id === "string") written.add(params.id);
    }
    const seconds = (performance.now() - started) / 1000;
    measuredRows += chosen.length;
    measuredSeconds += seconds;
    if (chosen.length > 0) projectedSeconds += (seconds / chosen.length) * rows.length;
    else unmeasured += rows.length;
  }
  // A table with no row whose endpoints the sample holds is projected at the average rate.
  const rate = measuredSeconds > 0 ? measuredRows / measuredSeconds : 0;
  if (rate > 0) projectedSeconds += unmeasured / rate;
  return { projectedSeconds, measuredRows, measuredSeconds, rowsPerSecond: rate, projected };
}
