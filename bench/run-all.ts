/**
 * `npm run bench [-- --sizes 1000,10000,100000] [--runs 3] [--only ingest,markdown,api,ui] [--build]`
 *
 * Runs the benchmarks one after another on this machine's own benchmark Neo4j instances (free
 * ports, data under bench/.data/, stopped at the end): the ingest at each size with its two
 * baselines, the API on the largest graph the ingest left loaded, then the UI on the bundled
 * roadmap. Prints each table and the verdict on each target; writes bench/results/*.json.
 * A quick run: `npm run bench -- --sizes 1000,10000 --runs 1`.
 */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { apiProfileTable, apiTable, apiTargets, runApiBench } from "./api-bench";
import { sizesTable } from "./api-sizes";
import { runTsx, startBenchNeo4j, type BenchNeo4j } from "./bench-neo4j";
import { describeMachine, log, parseSizes, ROOT, writeResults } from "./bench-stats";
import { ingestProfiles, ingestTable, ingestTargets, parseMethods, runIngestBench } from "./ingest-bench";
import { markdownTable, markdownTargets, runMarkdownBench } from "./markdown-bench";
import { ensureBuild, startNext } from "./next-server";
import { runUiBench, UI_DEFAULTS, uiTable, uiTargets } from "./ui-bench";
import { viewProfileTable } from "./view-profile";

const STAGES = ["ingest", "markdown", "api", "ui"] as const;
// The corpus sits beside a fresh clone (../shared); CORPUS_DIR names it elsewhere, as for `npm test`.
const BIG_LIST = join(resolve(ROOT, process.env.CORPUS_DIR ?? join("..", "shared", "corpus", "awesome-lists")), "ml-papers-of-the-week.md");
type Stage = (typeof STAGES)[number];

function section(title: string, body: string, verdicts: string[]): void {
  console.log(`\n=== ${title} ===\n${body}\n${verdicts.map((line) => `  - ${line}`).join("\n")}`);
}

async function uiStage(runs: number): Promise<{ table: string; verdicts: string[]; result: unknown }> {
  const db = await startBenchNeo4j({ name: "ui", heap: "1g", pageCache: "256m" });
  try {
    const ingest = await runTsx("ingest/cli.ts", [], { NEO4J_URI: db.uri });
    if (ingest.code !== 0) throw new Error(`loading the bundled roadmap failed:\n${ingest.stderr}`);
    // The big real list (about 1,200 papers in 134 sections), when the corpus is beside the clone.
    const lists: string[] = [];
    if (existsSync(BIG_LIST)) {
      const big = await runTsx("ingest/cli.ts", [BIG_LIST, "--roadmap", "ml-papers-of-the-week"], { NEO4J_URI: db.uri });
      if (big.code === 0) lists.push("ml-papers-of-the-week");
      else log(`ml-papers-of-the-week did not load, its overview is not timed:\n${big.stderr}`);
    }
    const server = await startNext(db.uri);
    try {
      const result = await runUiBench({ url: server.url, runs, ...UI_DEFAULTS, lists });
      return { table: `${uiTable(result)}\n${viewProfileTable(result.views)}`, verdicts: uiTargets(result), result };
    } finally {
      await server.stop();
    }
  } finally {
    await db.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,100000" },
      runs: { type: "string", default: "3" },
      only: { type: "string", default: STAGES.join(",") },
      duration: { type: "string", default: "6" },
      "naive-sample": { type: "string", default: "500" },
      methods: { type: "string", default: "ours,loadCsv,naive" },
      build: { type: "boolean", default: false },
    },
  });
  const stages = new Set(values.only.split(",").map((s) => s.trim()) as Stage[]);
  const sizes = parseSizes(values.sizes);
  const runs = Number(values.runs);
  const started = Date.now();
  const machine = describeMachine();
  console.log(`machine: ${machine.cpuModel}, ${machine.nproc} cores, ${machine.memoryGb} GB (${machine.freeMemoryGb} GB free), load ${machine.loadAverage.join(" ")}; node ${machine.node}; ${machine.java}`);
  const summary: Record<string, unknown> = { sizes, runs };
  let kept: { papers: number; db: BenchNeo4j } | undefined;
  try {
    if (stages.has("api") || stages.has("ui")) await ensureBuild(values.build);
    if (stages.has("ingest") || stages.has("api")) {
      const ingestSizes = stages.has("ingest") ? sizes : [sizes[sizes.length - 1] ?? 100_000];
      const methods = stages.has("ingest") ? parseMethods(values.methods) : parseMethods("ours");
      const ingest = await runIngestBench({ sizes: ingestSizes, runs: stages.has("ingest") ? runs : 1, naiveSample: Number(values["naive-sample"]), seed: 1, csvBatch: 10_000, keepLargest: stages.has("api"), methods });
      kept = ingest.kept;
      summary.ingest = ingest.results;
      if (stages.has("ingest")) section("ingest (seconds are medians)", ingestTable(ingest.results), [...ingestTargets(ingest.results), ...ingestProfiles(ingest.results)]);
    }
    if (stages.has("markdown")) {
      const markdown = await runMarkdownBench(runs);
      summary.markdown = markdown;
      section("markdown ingest: ml-papers-of-the-week.md", markdownTable(markdown), markdownTargets(markdown));
    }
    if (stages.has("api") && kept) {
      const build = statSync(join(ROOT, ".next", "BUILD_ID")).mtime.toISOString();
      const concurrency = [1, 32];
      const api = await runApiBench({ uri: kept.db.uri, papers: kept.papers, seed: 1, count: 40, duration: Number(values.duration), concurrency, runs, build: false });
      summary.api = { ...api, build };
      const note = kept.papers < 100_000 ? [`measured on ${kept.papers} papers; the targets are set at 100k`] : [];
      section(`API on ${kept.papers.toLocaleString("en-US")} papers (medians of ${runs} runs, app build of ${build})`, apiTable(api, concurrency), [...apiTargets(api, concurrency), ...note]);
      section(`API: where a request's time goes, on ${kept.papers.toLocaleString("en-US")} papers`, apiProfileTable(api), []);
      section(`API answer sizes on ${kept.papers.toLocaleString("en-US")} papers (JSON bodies; gzip is what a browser receives)`, sizesTable(api.sizes), []);
    }
  } finally {
    await kept?.db.stop();
  }
  if (stages.has("ui")) {
    log("ui: bundled roadmap, views of 500, 2,000 and 5,000 nodes");
    const ui = await uiStage(runs);
    summary.ui = ui.result;
    section("UI in headless Chromium (medians)", ui.table, ui.verdicts);
  }
  console.log(`\nall benchmarks: ${((Date.now() - started) / 60_000).toFixed(1)} min; results: ${writeResults("all", summary)}`);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
