/**
 * Ingest benchmark: for each size, a synthetic roadmap (bench/build-synthetic-roadmap.ts) is
 * loaded into an empty benchmark Neo4j by our CLI (the streamed .ndjson form), by LOAD CSV with
 * CALL { } IN TRANSACTIONS (the same rows as CSV files) and by a naive one-row-per-transaction
 * loader, `runs` times each, in rotating order, on the same server. Then our CLI runs once more
 * on the loaded graph to show it changes nothing. Standalone: `npx tsx --conditions=react-server bench/ingest-bench.ts
 * [--sizes 1000,10000] [--runs 3]`; `npm run bench` runs it with the others.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openBenchDriver } from "./bench-driver";
import { planRoadmap } from "../ingest/plan-roadmap";
import { validateRoadmap } from "../ingest/validate-roadmap";
import { runTsx, startBenchNeo4j, type BenchNeo4j } from "./bench-neo4j";
import { DATA_DIR, formatTable, log, median, parseSizes, writeResults } from "./bench-stats";
import { syntheticStructured, writeSyntheticNdjson } from "./generate-roadmap";
import { countGraph, runLoadCsv, runNaive, runOurs, wipe, type Method, type RunRecord } from "./ingest-runners";
import { planTables, writeCsvFiles } from "./write-csv-files";

export type IngestOptions = { sizes: number[]; runs: number; naiveSample: number; seed: number; batchSize?: number; csvBatch: number; keepLargest: boolean; methods: Method[] };
export type MethodSummary = { seconds: number; nodesPerSecond: number; relationshipsPerSecond: number; peakRssMb?: number; txHeapMb: number; projected?: boolean; runs: number[] };
export type SizeResult = {
  papers: number;
  heap: string;
  nodes: number;
  relationships: number;
  methods: Partial<Record<Method, MethodSummary>>;
  rerun: { seconds: number; changes: number };
  /** our CLI once more with V8's heap capped at CAPPED_HEAP_MB: its peak RSS, or null if it ran out of memory */
  capped: { seconds: number; peakRssMb: number } | null;
  records: RunRecord[];
};

/** Old-space cap of the bounded-memory run: the same for every size. */
export const CAPPED_HEAP_MB = 128;

const IMPORT_DIR = join(DATA_DIR, "import");
/**
 * The launcher's default heap (2g, so a 1 GB limit per transaction) at every size: a roadmap larger
 * than one batch is staged in committed batches, so its final transaction stays small (issue 17).
 */
export const heapFor = (_papers: number) => "2g";

function summarize(records: RunRecord[], method: Method, graph: { nodes: number; relationships: number }): MethodSummary {
  const mine = records.filter((r) => r.method === method);
  const seconds = median(mine.map((r) => r.seconds));
  const rss = mine.flatMap((r) => (r.peakRssMb ? [r.peakRssMb] : []));
  return {
    seconds,
    nodesPerSecond: graph.nodes / seconds,
    relationshipsPerSecond: graph.relationships / seconds,
    ...(rss.length > 0 ? { peakRssMb: median(rss) } : {}),
    txHeapMb: Math.max(...mine.map((r) => r.txHeapMb)),
    ...(mine.some((r) => r.projected) ? { projected: true } : {}),
    runs: mine.map((r) => Math.round(r.seconds * 100) / 100),
  };
}

async function benchSize(papers: number, options: IngestOptions, warmup: string): Promise<{ result: SizeResult; db: BenchNeo4j }> {
  const file = join(DATA_DIR, `synthetic-${papers}.ndjson`);
  writeSyntheticNdjson(file, { papers, seed: options.seed });
  const plan = planRoadmap(validateRoadmap(syntheticStructured({ papers, seed: options.seed }), { file }));
  const tables = planTables(plan);
  writeCsvFiles(join(IMPORT_DIR, String(papers)), tables);
  const heap = heapFor(papers);
  const db = await startBenchNeo4j({ name: `ingest-${papers}`, heap, pageCache: "1g", importDir: IMPORT_DIR });
  const driver = openBenchDriver(db.uri);
  try {
    const schema = await runTsx("bench/ensure-schema-child.ts", [], { NEO4J_URI: db.uri });
    if (schema.code !== 0) throw new Error(`creating the schema failed: ${schema.stderr}`);
    // Warm-up (not timed): JIT and query plans of both loaders.
    await runOurs(driver, db.uri, warmup, options.batchSize);
    await wipe(driver);
    await runLoadCsv(driver, plan.roadmap, "1000", options.csvBatch);
    const records: RunRecord[] = [];
    const order = options.methods;
    for (let run = 0; run < options.runs; run++) {
      for (const method of [...order.slice(run % order.length), ...order.slice(0, run % order.length)]) {
        await wipe(driver);
        log(`ingest ${papers}: run ${run + 1}/${options.runs}, ${method}`);
        const record =
          method === "ours" ? await runOurs(driver, db.uri, file, options.batchSize)
          : method === "loadCsv" ? await runLoadCsv(driver, plan.roadmap, String(papers), options.csvBatch)
          : await runNaive(driver, plan.roadmap, tables, options.naiveSample);
        records.push(record);
        log(`  ${record.seconds.toFixed(2)} s${record.projected ? " (projected)" : ""}, ${record.nodes} nodes, ${record.relationships} relationships`);
      }
    }
    await wipe(driver);
    log(`ingest ${papers}: ours with the heap capped at ${CAPPED_HEAP_MB} MB`);
    const capped = await runOurs(driver, db.uri, file, options.batchSize, { NODE_OPTIONS: `--max-old-space-size=${CAPPED_HEAP_MB}` }).then(
      (r) => ({ seconds: r.seconds, peakRssMb: r.peakRssMb ?? 0 }),
      (error: unknown) => {
        log(`  failed: ${String(error).slice(0, 300)}`);
        return null;
      },
    );
    await wipe(driver);
    await runOurs(driver, db.uri, file, options.batchSize);
    const graph = await countGraph(driver);
    const again = await runOurs(driver, db.uri, file, options.batchSize);
    const loadCsvGraph = records.find((r) => r.method === "loadCsv");
    if (loadCsvGraph && (loadCsvGraph.nodes !== graph.nodes || loadCsvGraph.relationships !== graph.relationships)) {
      log(`WARNING: LOAD CSV made ${loadCsvGraph.nodes}/${loadCsvGraph.relationships} nodes/relationships, ours ${graph.nodes}/${graph.relationships}`);
    }
    const methods = Object.fromEntries(options.methods.map((m) => [m, summarize(records, m, graph)])) as Partial<Record<Method, MethodSummary>>;
    return { result: { papers, heap, ...graph, methods, rerun: { seconds: again.seconds, changes: again.changes ?? Number.NaN }, capped, records }, db };
  } catch (error) {
    await db.stop();
    throw error;
  } finally {
    await driver.close();
  }
}

export function ingestTable(results: SizeResult[]): string {
  const rows = results.flatMap((r) =>
    (["ours", "loadCsv", "naive"] as const).flatMap((method) => {
      const m = r.methods[method];
      if (!m) return [];
      return [[`${r.papers.toLocaleString("en-US")} ${method}${m.projected ? " (projected)" : ""}`, m.seconds, m.nodesPerSecond, m.relationshipsPerSecond, m.peakRssMb ?? "-", m.txHeapMb > 0 ? m.txHeapMb : "-"]];
    }),
  );
  return formatTable(["papers / method", "seconds", "nodes/s", "rels/s", "peak RSS MB", "max tx MB"], rows);
}

/** Where the time went, per size: our CLI's profile and LOAD CSV's seconds per file, from each one's median run. */
export function ingestProfiles(results: SizeResult[]): string[] {
  const medianRun = (records: RunRecord[]) => [...records].sort((a, b) => a.seconds - b.seconds)[Math.floor((records.length - 1) / 2)];
  return results.flatMap((r) => {
    const ours = medianRun(r.records.filter((x) => x.method === "ours" && x.profile));
    const csv = medianRun(r.records.filter((x) => x.method === "loadCsv" && x.steps));
    return [
      ...(ours?.profile ? [`ours at ${r.papers} papers (${ours.seconds.toFixed(2)} s), ${ours.profile}`] : []),
      ...(csv?.steps ? [`LOAD CSV at ${r.papers} papers (${csv.seconds.toFixed(2)} s), seconds per file: ${csv.steps.map((s) => `${s.file} ${s.seconds.toFixed(2)}`).join(", ")}`] : []),
    ];
  });
}

/** Verdicts of the issue's ingest targets, at the largest size measured. */
export function ingestTargets(results: SizeResult[]): string[] {
  const largest = results[results.length - 1];
  const smallest = results[0];
  const ours = largest?.methods.ours;
  const csv = largest?.methods.loadCsv;
  if (!largest || !smallest || !ours) return [];
  const lines: string[] = [];
  if (csv) {
    const met = ours.seconds <= csv.seconds;
    lines.push(`ingest speed at ${largest.papers} papers: ours ${ours.seconds.toFixed(1)} s vs LOAD CSV ${csv.seconds.toFixed(1)} s (x${(ours.seconds / csv.seconds).toFixed(2)}): ${met ? "MET" : "NOT MET"}${largest.papers < 100_000 ? " (the target is set at 100k papers)" : ""}`);
  }
  const small = smallest.methods.ours?.peakRssMb ?? Number.NaN;
  const growth = (ours.peakRssMb ?? Number.NaN) / small;
  const cappedSmall = smallest.capped?.peakRssMb ?? Number.NaN;
  const cappedLarge = largest.capped?.peakRssMb ?? Number.NaN;
  const bounded = largest.capped !== null && cappedLarge / cappedSmall <= 1.25;
  lines.push(
    `ingest memory: peak RSS ${small.toFixed(0)} MB at ${smallest.papers} papers, ${ours.peakRssMb?.toFixed(0)} MB at ${largest.papers} (x${growth.toFixed(2)} for x${(largest.papers / smallest.papers).toFixed(0)} the input; V8 collects lazily)`,
    `ingest memory with the heap capped at ${CAPPED_HEAP_MB} MB: ${largest.capped ? `completes at ${largest.papers} papers, peak RSS ${cappedSmall.toFixed(0)} -> ${cappedLarge.toFixed(0)} MB (x${(cappedLarge / cappedSmall).toFixed(2)})` : `runs out of memory at ${largest.papers} papers`}: ${bounded ? "MET (memory needed does not grow beyond the id index)" : "NOT MET"}`,
    `idempotent re-run at ${largest.papers}: total changes ${largest.rerun.changes} in ${largest.rerun.seconds.toFixed(1)} s: ${largest.rerun.changes === 0 ? "MET" : "NOT MET"}`,
  );
  return lines;
}

export async function runIngestBench(options: IngestOptions): Promise<{ results: SizeResult[]; kept?: { papers: number; db: BenchNeo4j } }> {
  const warmup = join(DATA_DIR, "synthetic-warmup-1000.ndjson");
  writeSyntheticNdjson(warmup, { papers: 1000, seed: options.seed + 1 });
  const warmPlan = planRoadmap(validateRoadmap(syntheticStructured({ papers: 1000, seed: options.seed + 1 }), { file: warmup }));
  writeCsvFiles(join(IMPORT_DIR, "1000"), planTables(warmPlan));
  const results: SizeResult[] = [];
  let kept: { papers: number; db: BenchNeo4j } | undefined;
  for (const [i, papers] of options.sizes.entries()) {
    const { result, db } = await benchSize(papers, options, warmup);
    results.push(result);
    if (options.keepLargest && i === options.sizes.length - 1) kept = { papers, db };
    else await db.stop();
  }
  return { results, ...(kept ? { kept } : {}) };
}

export function parseMethods(text: string): Method[] {
  const methods = text.split(",").map((m) => m.trim());
  const known: Method[] = ["ours", "loadCsv", "naive"];
  if (!methods.includes("ours") || methods.some((m) => !known.includes(m as Method))) throw new Error(`--methods: a list of ${known.join(", ")} that includes ours`);
  return methods as Method[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000,100000" }, runs: { type: "string", default: "3" }, "naive-sample": { type: "string", default: "500" }, methods: { type: "string", default: "ours,loadCsv,naive" }, "batch-size": { type: "string" } } });
  const options: IngestOptions = {
    sizes: parseSizes(values.sizes), runs: Number(values.runs), naiveSample: Number(values["naive-sample"]), seed: 1, csvBatch: 10_000, keepLargest: false,
    methods: parseMethods(values.methods), ...(values["batch-size"] ? { batchSize: Number(values["batch-size"]) } : {}),
  };
  const { results } = await runIngestBench(options);
  console.log(ingestTable(results));
  for (const line of ingestProfiles(results)) console.log(line);
  for (const line of ingestTargets(results)) console.log(line);
  console.log(`results: ${writeResults("ingest", { options, results })}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
