/**
 * `npm run ingest [-- FILE] [--roadmap ID] [--title TEXT] [--dry-run] [--reset] [--batch-size N]`
 *
 * Loads the bundled Generative AI roadmap (no FILE) or any roadmap in Markdown, plain text,
 * the structured YAML/JSON form, or the streamed NDJSON form (any size, read line by line).
 * Validates everything first, then writes: in one transaction, or, for a roadmap larger than one
 * batch, in committed batches under staging labels made live by one final transaction
 * (graph/write-roadmap.ts). Either way readers see all of it or nothing.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { closeDriver } from "../graph/driver";
import { GraphError } from "../graph/errors";
import { getGraphCounts } from "../graph/get-graph-counts";
import { writeRoadmap, type WriteTiming } from "../graph/write-roadmap";
import { formatProfile } from "./format-profile";
import { createProgress } from "./create-progress";
import { formatProblems, RoadmapInputError } from "./input-error";
import { formatSummary } from "./format-summary";
import { prepareRoadmapFile } from "./ingest-file";
import { ConfigError, getConfig } from "../graph/config";
import { removeRoadmap } from "../graph/remove-roadmap";
import { describeEnrichFailure, enrichRoadmap } from "./enrich/cli";

export const BUNDLED_ROADMAP = resolve(import.meta.dirname, "data", "generative-ai-roadmap.yaml");

const USAGE = `usage: npm run ingest -- [FILE] [--roadmap ID] [--title TEXT] [--strict] [--dry-run] [--reset] [--batch-size N] [--staged] [--profile]
  FILE          a roadmap in Markdown (.md), plain text (.txt), YAML/JSON, NDJSON (.ndjson, streamed, any size),
                or a reference-manager export: BibTeX (.bib), RIS (.ris), CSL-JSON (.json);
                default: the bundled Generative AI roadmap
  --batch-size  rows per statement (default 5000); a roadmap of more rows that would not fit comfortably
                in one transaction (half of Neo4j's db.memory.transaction.max) is written in committed
                batches of this size, then made live at once
  --staged      write in committed batches whatever the size (bounded memory on a busy server)
  --roadmap ID  the :Roadmap id (default: the file's own id, or its name)
  --strict      refuse the file at its first flaw (default: warn with file:line, skip or salvage the entry, go on)
  --dry-run     validate and print what would be written, write nothing
  --reset       replace everything of this roadmap instead of merging into it
  --remove ID   delete roadmap ID (papers other roadmaps list stay)
  --profile     then print where the time went: reading, each statement (Neo4j's time and ours), the commits
  --enrich      then add citation data (npm run enrich -- --roadmap ID; see its --help)`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      roadmap: { type: "string" },
      title: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      reset: { type: "boolean", default: false },
      remove: { type: "string" },
      "batch-size": { type: "string", default: "5000" },
      enrich: { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      staged: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  getConfig(); // a bad NEO4J_* variable stops here, before any work, even for --dry-run
  if (values.remove !== undefined) {
    const removed = await removeRoadmap(values.remove);
    if (!removed.removed) throw new RoadmapInputError("(arguments)", [{ message: `--remove: no roadmap with id "${values.remove}"` }]);
    console.log(`removed roadmap "${values.remove}": ${removed.nodesDeleted} nodes and ${removed.relationshipsDeleted} relationships deleted`);
    return 0;
  }
  if (positionals.length > 1) throw new RoadmapInputError("(arguments)", [{ message: `expected at most one FILE, got ${positionals.length}` }]);
  const batchSize = Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000) {
    throw new RoadmapInputError("(arguments)", [{ message: "--batch-size must be an integer from 1 to 50000" }]);
  }
  const file = positionals[0] ? resolve(positionals[0]) : BUNDLED_ROADMAP;
  const started = Date.now();
  const prepared = await prepareRoadmapFile(file, { roadmapId: values.roadmap, title: values.title, strict: values.strict }, values["dry-run"]);
  console.log(`validated ${file}: ${prepared.sizes.sections.length} sections, ${prepared.sizes.papers.length} papers, ${prepared.sizes.resources.length} resources, ${prepared.sizes.buildsOn.length} builds-on edges`);
  // Every entry the lenient reader skipped or salvaged, with where and what was done.
  if (prepared.warnings.length > 0) console.log(`warnings (${prepared.warnings.length}; --strict refuses the file instead):\n${formatProblems(file, prepared.warnings)}`);
  if (!prepared.write) {
    console.log(formatSummary({ roadmapId: prepared.roadmapId, plan: prepared.sizes, dryRun: true, seconds: (Date.now() - started) / 1000 }));
    return 0;
  }
  const readMs = Date.now() - started;
  const timings: WriteTiming[] = [];
  const progress = createProgress();
  const pauseAfter = Number(process.env.INGEST_TEST_PAUSE_AFTER_STATEMENT ?? Number.NaN);
  const failAfter = Number(process.env.INGEST_TEST_FAIL_AFTER_STATEMENT ?? Number.NaN);
  const result = await writeRoadmap(prepared.write, {
    reset: values.reset,
    batchSize,
    ...(values.staged ? { staged: true } : {}),
    onProgress: progress.update,
    ...(values.profile ? { onTiming: (timing: WriteTiming) => void timings.push(timing) } : {}),
    // Test hooks (used by the integration tests to kill or fail a run mid-transaction).
    afterStatement: async (index) => {
      if (index === failAfter) throw new Error(`INGEST_TEST_FAIL_AFTER_STATEMENT reached (${index})`);
      if (index === pauseAfter) {
        console.log(`PAUSED after statement ${index}`);
        await new Promise(() => undefined);
      }
    },
  });
  progress.stop();
  const counts = await getGraphCounts();
  console.log(formatSummary({ roadmapId: prepared.roadmapId, plan: prepared.sizes, result, counts, dryRun: false, seconds: (Date.now() - started) / 1000 }));
  if (values.profile) console.log(formatProfile(timings, readMs, Date.now() - started));
  if (values.enrich) {
    // The roadmap is committed by now: a failed enrichment leaves it loaded, and says so.
    try {
      await enrichRoadmap(prepared.roadmapId, {});
    } catch (error) {
      console.error(`the roadmap was loaded, but ${describeEnrichFailure(error)}`);
      return 1;
    }
  }
  return 0;
}

void main()
  .then(
    (code) => code,
    (error: unknown) => {
      if (error instanceof RoadmapInputError || error instanceof ConfigError) {
        console.error(`ingest failed, nothing was written:\n${error.message}`);
      } else if (error instanceof GraphError && error.kind === "too-large") {
        // Neo4j caps a transaction's memory (db.memory.transaction.max; our launcher sets half the
        // heap). A staged write needs one batch's worth plus what changes in live data.
        console.error(
          "ingest failed, nothing was written (rolled back): a transaction of this ingest is too large for this " +
            "Neo4j's memory limit (db.memory.transaction.max)" +
            `${error.details?.code ? ` [${error.details.code}]` : ""}.\n` +
            "A roadmap of more rows than --batch-size (default 5000) is written in committed batches of that size: " +
            "retry with a smaller --batch-size, or give Neo4j more memory: with our launcher, " +
            "`npm run db:stop && NEO4J_HEAP=4g npm run db:start` (the limit is half the heap); elsewhere, raise db.memory.transaction.max.",
        );
      } else if (error instanceof GraphError) {
        console.error(`ingest failed, nothing was written (rolled back): ${error.message}${error.details?.code ? ` [${error.details.code}]` : ""}`);
      } else {
        console.error("ingest failed, nothing was written:", error instanceof Error ? error.message : error);
      }
      return 1;
    },
  )
  .then(async (code) => {
    await closeDriver().catch(() => undefined);
    process.exit(code);
  });
