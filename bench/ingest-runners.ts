/**
 * One timed run of each ingest method against a benchmark Neo4j, with what the ingest
 * benchmark records: wall time, the graph's size afterwards, the ingest process's peak RSS
 * (ours) and the largest transaction memory Neo4j reported while it ran.
 */
import type { BenchDriver } from "./bench-driver";
import { runTsx } from "./bench-neo4j";
import { loadCsv } from "./load-csv-baseline";
import { loadNaively } from "./naive-baseline";
import type { CsvFile, Table } from "./write-csv-files";

export type Method = "ours" | "loadCsv" | "naive";
export type RunRecord = {
  method: Method; seconds: number; nodes: number; relationships: number; peakRssMb?: number; txHeapMb: number; projected?: boolean; changes?: number;
  /** ours: the CLI's `--profile` table (where its time went) */
  profile?: string;
  /** LOAD CSV: seconds per file (one statement each) */
  steps?: { file: string; seconds: number }[];
};
export type Roadmap = { id: string; title: string; source: string | null };

export async function countGraph(db: BenchDriver): Promise<{ nodes: number; relationships: number }> {
  const [row] = (await db.run("CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels")).rows;
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.rels ?? 0) };
}

/** Empties the database (the schema stays), in batches so that no transaction grows large. */
export async function wipe(db: BenchDriver): Promise<void> {
  await db.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
}

/** Polls SHOW TRANSACTIONS; stop() returns the largest estimatedUsedHeapMemory seen, in MB. */
export function watchTransactionMemory(db: BenchDriver): { stop(): Promise<number> } {
  let max = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { rows } = await db.run("SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory AS heap, currentQuery AS query WHERE NOT query STARTS WITH 'SHOW' RETURN heap");
        for (const row of rows) max = Math.max(max, Number(row.heap ?? 0));
      } catch {
        // a transaction may end while we look at it
      }
      await new Promise((done) => setTimeout(done, 500));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return max / 1e6;
    },
  };
}

/** Our CLI, as a user runs it, in its own process. */
/** `env` may add NODE_OPTIONS, e.g. a heap cap that shows how much memory the ingest really needs. */
export async function runOurs(db: BenchDriver, uri: string, file: string, batchSize?: number, env: Record<string, string> = {}): Promise<RunRecord> {
  const watch = watchTransactionMemory(db);
  const run = await runTsx("ingest/cli.ts", [file, "--profile", ...(batchSize ? ["--batch-size", String(batchSize)] : [])], { NEO4J_URI: uri, ...env });
  const txHeapMb = await watch.stop();
  if (run.code !== 0) throw new Error(`ingest CLI failed (exit ${run.code}):\n${run.stderr.slice(-2000)}\n${run.stdout.slice(-2000)}`);
  const changes = Number(/total changes: (\d+)/.exec(run.stdout)?.[1] ?? Number.NaN);
  const profile = /^ingest profile[\s\S]*$/m.exec(run.stdout)?.[0].trimEnd();
  return { method: "ours", seconds: run.seconds, ...(await countGraph(db)), peakRssMb: run.peakRssMb, txHeapMb, changes, ...(profile ? { profile } : {}) };
}

export async function runLoadCsv(db: BenchDriver, roadmap: Roadmap, folder: string, batch: number): Promise<RunRecord> {
  const watch = watchTransactionMemory(db);
  const result = await loadCsv(db, roadmap, { folder, batch });
  const txHeapMb = await watch.stop();
  return { method: "loadCsv", seconds: result.seconds, ...(await countGraph(db)), txHeapMb, steps: result.steps };
}

export async function runNaive(db: BenchDriver, roadmap: Roadmap, tables: Record<CsvFile, Table>, sample: number): Promise<RunRecord> {
  const result = await loadNaively(db, roadmap, tables, sample);
  return { method: "naive", seconds: result.projectedSeconds, ...(await countGraph(db)), txHeapMb: 0, projected: result.projected };
}
