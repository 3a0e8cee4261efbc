/**
 * Loads the enrichment test list (tests/fixtures/enrich) into the e2e database and enriches it
 * against the replay server, then puts the graph back: the other specs see the bundled roadmap
 * only. Runs as its own process (`tsx --conditions=react-server`, like the CLIs) because the
 * graph modules are server-only; the snapshot of the papers is kept in a file in between.
 *
 *   tsx --conditions=react-server tests/e2e/support/citation-data.ts load SNAPSHOT_FILE
 *   tsx --conditions=react-server tests/e2e/support/citation-data.ts restore SNAPSHOT_FILE
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ENRICH_FIXTURES, startReplayServer } from "../../../bench/replay-server";
import { closeDriver } from "../../../graph/driver";
import { restoreGraph, snapshotPapers } from "../../integration/support/enrich-state";
import { runIngest } from "../../integration/support/run-ingest";

export const ENRICHED_ROADMAP = "enrich-ke";

async function load(file: string): Promise<void> {
  writeFileSync(file, JSON.stringify([...(await snapshotPapers())]));
  const server = await startReplayServer();
  const cacheDir = mkdtempSync(join(tmpdir(), "e2e-enrich-cache-"));
  try {
    const env = { S2_API_URL: server.s2Url, OPENALEX_API_URL: server.openAlexUrl, ENRICH_CACHE_DIR: cacheDir, ENRICH_INTERVAL_MS: "0", ENRICH_TIMEOUT_MS: "5000", ENRICH_BACKOFF_MS: "20" };
    const run = await runIngest([resolve(ENRICH_FIXTURES, "knowledge-editing.yaml"), "--enrich"], env);
    if (run.code !== 0) throw new Error(`ingest --enrich failed (${run.code}):\n${run.output}`);
  } finally {
    await server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function restore(file: string): Promise<void> {
  const rows = JSON.parse(readFileSync(file, "utf8")) as [string, Record<string, unknown>][];
  await restoreGraph(new Map(rows), [ENRICHED_ROADMAP]);
  rmSync(file, { force: true });
}

const [command, file] = process.argv.slice(2);
if ((command !== "load" && command !== "restore") || !file) {
  console.error("usage: citation-data.ts load|restore SNAPSHOT_FILE");
  process.exit(2);
}
// No top-level await: tsx compiles this file as CommonJS.
void (command === "load" ? load(file) : restore(file))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
