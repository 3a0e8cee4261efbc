/**
 * `npm run ingest [-- FILE] [--roadmap ID] [--title TEXT] [--dry-run] [--reset] [--batch-size N]`
 *
 * Loads the bundled Generative AI roadmap (no FILE) or any roadmap in Markdown, plain text or
 * the structured YAML/JSON form. Validates everything first, then writes in one transaction.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { closeDriver } from "../graph/driver";
import { GraphError } from "../graph/errors";
import { getGraphCounts } from "../graph/get-graph-counts";
import { findExistingPaperIds, writeRoadmap } from "../graph/write-roadmap";
import { RoadmapInputError } from "./input-error";
import { planRoadmap } from "./plan-roadmap";
import { readRoadmapFile } from "./read-roadmap-file";
import { normalizeTitle } from "./ids";
import { formatSummary } from "./format-summary";
import { ConfigError, getConfig } from "../graph/config";
import { removeRoadmap } from "../graph/remove-roadmap";

export const BUNDLED_ROADMAP = resolve(import.meta.dirname, "data", "generative-ai-roadmap.yaml");

const USAGE = `usage: npm run ingest -- [FILE] [--roadmap ID] [--title TEXT] [--dry-run] [--reset] [--batch-size N]
  FILE          a roadmap in Markdown (.md), plain text (.txt) or YAML/JSON; default: the bundled Generative AI roadmap
  --roadmap ID  the :Roadmap id (default: the file's own id, or its name)
  --dry-run     validate and print what would be written, write nothing
  --reset       replace everything of this roadmap instead of merging into it
  --remove ID   delete roadmap ID (papers other roadmaps list stay)`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      roadmap: { type: "string" },
      title: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      reset: { type: "boolean", default: false },
      remove: { type: "string" },
      "batch-size": { type: "string", default: "1000" },
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
  const roadmap = await readRoadmapFile(file, {
    ...(values.roadmap ? { roadmapId: values.roadmap } : {}),
    ...(values.title ? { title: values.title } : {}),
  });
  console.log(`validated ${file}: ${roadmap.sections.length} sections, ${roadmap.papers.length} papers, ${roadmap.resources.length} resources, ${roadmap.buildsOn.length} builds-on edges`);

  if (values["dry-run"]) {
    const plan = planRoadmap(roadmap);
    console.log(formatSummary({ roadmapId: plan.roadmap.id, plan, dryRun: true, seconds: (Date.now() - started) / 1000 }));
    return 0;
  }

  const existing = await findExistingPaperIds(roadmap.papers.map((p) => ({ id: p.id, ...(p.arxivId ? { arxivId: p.arxivId } : {}), normTitle: normalizeTitle(p.title) })));
  const plan = planRoadmap(roadmap, existing);
  const interactive = process.stderr.isTTY;
  let lastPrint = 0;
  const pauseAfter = Number(process.env.INGEST_TEST_PAUSE_AFTER_STATEMENT ?? Number.NaN);
  const failAfter = Number(process.env.INGEST_TEST_FAIL_AFTER_STATEMENT ?? Number.NaN);
  const result = await writeRoadmap(plan, {
    reset: values.reset,
    batchSize,
    onProgress: (step, done, total) => {
      const now = Date.now();
      if (total < 5_000 && !interactive) return;
      if (now - lastPrint < 500 && done < total) return;
      lastPrint = now;
      process.stderr.write(`${interactive ? "\r" : ""}writing ${step}: ${done}/${total}${interactive ? "   " : "\n"}`);
    },
    // Test hooks (used by the integration tests to kill or fail a run mid-transaction).
    afterStatement: async (index) => {
      if (index === failAfter) throw new Error(`INGEST_TEST_FAIL_AFTER_STATEMENT reached (${index})`);
      if (index === pauseAfter) {
        console.log(`PAUSED after statement ${index}`);
        await new Promise(() => undefined);
      }
    },
  });
  if (interactive) process.stderr.write("\n");
  const counts = await getGraphCounts();
  console.log(formatSummary({ roadmapId: plan.roadmap.id, plan, result, counts, dryRun: false, seconds: (Date.now() - started) / 1000 }));
  return 0;
}

void main()
  .then(
    (code) => code,
    (error: unknown) => {
      if (error instanceof RoadmapInputError || error instanceof ConfigError) {
        console.error(`ingest failed, nothing was written:\n${error.message}`);
      } else if (error instanceof GraphError) {
        console.error(`ingest failed, nothing was written (the transaction was rolled back): ${error.message}${error.details?.code ? ` [${error.details.code}]` : ""}`);
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
