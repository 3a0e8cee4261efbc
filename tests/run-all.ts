/**
 * `npm test`: typecheck, lint, unit tests, integration tests against a real Neo4j, and
 * Playwright e2e tests in real Chromium against the built app.
 *
 * Unless NEO4J_URI is given, it starts a throw-away Neo4j on a free port (data in
 * .neo4j-test/) and stops it afterwards, whatever happens. Last, a one-run ingest benchmark at
 * 1,000 papers on its own Neo4j (so that `npm run bench` cannot break unnoticed; it checks the
 * figures exist, never their times). Stages can be picked:
 * `tsx tests/run-all.ts [typecheck] [lint] [unit] [integration] [e2e] [bench]`.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildLauncher, findFreePort, startNeo4j, stopNeo4j } from "../neo4j/control";
import { checkBenchResults } from "./support/check-bench-results";

type Stage = "typecheck" | "lint" | "unit" | "integration" | "e2e" | "bench";
const ALL: Stage[] = ["typecheck", "lint", "unit", "integration", "e2e", "bench"];
const root = resolve(import.meta.dirname, "..");
const resultsDir = join(root, "test-results");

type Tally = { passed: number; failed: number; skipped: number };
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
const stageResults: { stage: string; ok: boolean; seconds: number }[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      console.error(`cannot run ${command}: ${error.message}`);
      done(1);
    });
  });
}

async function stage(name: string, body: () => Promise<number>): Promise<boolean> {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const code = await body();
  const seconds = (Date.now() - started) / 1000;
  stageResults.push({ stage: name, ok: code === 0, seconds });
  console.log(`=== ${name}: ${code === 0 ? "ok" : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s ===`);
  return code === 0;
}

/** Adds a vitest JSON report's counts to the tally. */
function countVitest(file: string): void {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
    numTodoTests?: number;
  };
  tally.passed += report.numPassedTests ?? 0;
  tally.failed += report.numFailedTests ?? 0;
  tally.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

/** Adds a Playwright JSON report's counts to the tally. */
function countPlaywright(file: string): void {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  };
  tally.passed += (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0);
  tally.failed += report.stats?.unexpected ?? 0;
  tally.skipped += report.stats?.skipped ?? 0;
}

async function main(): Promise<number> {
  const picked = process.argv.slice(2).filter((arg): arg is Stage => (ALL as string[]).includes(arg));
  const stages = new Set<Stage>(picked.length > 0 ? picked : ALL);
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  let ok = true;

  if (stages.has("typecheck")) ok = (await stage("typecheck", () => run("npx", ["tsc", "--noEmit"]))) && ok;
  if (stages.has("lint")) ok = (await stage("lint", () => run("npx", ["eslint", "--max-warnings=0", "."]))) && ok;
  if (stages.has("unit")) {
    const report = join(resultsDir, "unit.json");
    ok =
      (await stage("unit", () =>
        run("npx", ["vitest", "run", "--config", "vitest.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]),
      )) && ok;
    countVitest(report);
  }

  const needsDb = stages.has("integration") || stages.has("e2e");
  let stopDb: (() => Promise<void>) | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (needsDb && !process.env.NEO4J_URI) {
    const started = await stage("neo4j", async () => {
      await buildLauncher();
      const port = await findFreePort();
      const dataDir = join(root, ".neo4j-test", String(port));
      rmSync(dataDir, { recursive: true, force: true });
      const db = await startNeo4j({ port, dataDir, detached: true });
      // By data folder, not by process: the outage e2e test restarts it as another process.
      stopDb = async () => {
        await stopNeo4j(dataDir);
      };
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => {
          console.error(`\n${signal}: stopping the test Neo4j before exiting…`);
          void stopNeo4j(dataDir).finally(() => process.exit(130));
        });
      }
      Object.assign(env, {
        NEO4J_URI: db.uri,
        NEO4J_TEST_PORT: String(port),
        NEO4J_TEST_DATA_DIR: dataDir,
      });
      console.log(`Neo4j for tests: ${db.uri} (data in ${dataDir})`);
      return 0;
    }).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      return false;
    });
    if (!started) return finish(false);
  }

  try {
    if (needsDb) {
      // The bundled roadmap is what the integration and e2e tests read.
      ok = (await stage("ingest bundled roadmap", () => run("npx", ["tsx", "--conditions=react-server", "ingest/cli.ts"], env))) && ok;
    }
    if (stages.has("integration")) {
      const report = join(resultsDir, "integration.json");
      ok =
        (await stage("integration", () =>
          run(
            "npx",
            ["vitest", "run", "--config", "vitest.integration.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
            env,
          ),
        )) && ok;
      countVitest(report);
      ok = (await corpusStage()) && ok;
    }
    if (stages.has("e2e")) {
      const built = await stage("build app", () => run("npx", ["next", "build"], env));
      ok = built && ok;
      if (built) {
        const e2ePort = await findFreePort();
        ok = (await stage("e2e", () => run("npx", ["playwright", "test"], { ...env, E2E_PORT: String(e2ePort) }))) && ok;
        countPlaywright(join(resultsDir, "e2e.json"));
      }
    }
  } finally {
    if (stopDb) {
      console.log("\nstopping the test Neo4j…");
      await stopDb().catch((error: unknown) => console.error("could not stop Neo4j:", error));
    }
  }
  if (stages.has("bench")) ok = (await stage("bench smoke", runBenchSmoke)) && ok;
  return finish(ok);
}

/**
 * The Markdown ingest against the real awesome-lists (tests/corpus/check-corpus.ts), in its own
 * throw-away Neo4j so that the e2e tests still see only the bundled roadmap. Skipped, and said
 * so, when the corpus folder is missing or the database is the caller's own (NEO4J_URI).
 */
async function corpusStage(): Promise<boolean> {
  const dir = resolve(root, process.env.CORPUS_DIR ?? join("..", "shared", "corpus", "awesome-lists"));
  const skip = !existsSync(dir) ? `${dir} not found (set CORPUS_DIR)` : process.env.NEO4J_URI && !process.env.CORPUS_NEO4J_URI ? "NEO4J_URI is your own database (set CORPUS_NEO4J_URI to an empty one)" : undefined;
  if (skip) {
    console.log(`\n=== corpus: SKIPPED, ${skip} ===`);
    return true;
  }
  return stage("corpus", () => run("npx", ["tsx", "--conditions=react-server", "tests/corpus/check-corpus.ts"], { ...process.env, CORPUS_DIR: dir, NEO4J_HEAP: process.env.NEO4J_HEAP ?? "1g" }));
}

/** `npm run bench` at 1,000 papers, one run, ingest only (ours and LOAD CSV); then its figures are checked. */
async function runBenchSmoke(): Promise<number> {
  const since = Date.now();
  const methods = ["ours", "loadCsv"];
  const code = await run("npx", ["tsx", "--conditions=react-server", "bench/run-all.ts", "--only", "ingest", "--sizes", "1000", "--runs", "1", "--methods", methods.join(",")]);
  if (code !== 0) return code;
  const problems = checkBenchResults(join(root, "bench", "results", "all.json"), since, { papers: 1000, methods });
  for (const problem of problems) console.error(`bench smoke: ${problem}`);
  tally[problems.length === 0 ? "passed" : "failed"]++;
  return problems.length === 0 ? 0 : 1;
}

/** One line per reliability suite that ran, from the figures it wrote (see RELIABILITY.md). */
function printReliabilityFigures(): void {
  const dir = join(resultsDir, "reliability");
  if (!existsSync(dir)) return;
  console.log("\n=== reliability figures (test-results/reliability/) ===");
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".json")).sort()) {
    const { recordedAt: _, ...figures } = JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;
    console.log(`${file.replace(/\.json$/, "").padEnd(22)} ${JSON.stringify(figures).slice(0, 400)}`);
  }
}

function finish(ok: boolean): number {
  printReliabilityFigures();
  console.log("\n=== summary ===");
  for (const { stage: name, ok: passed, seconds } of stageResults) {
    console.log(`${passed ? "ok    " : "FAILED"}  ${name.padEnd(24)} ${seconds.toFixed(1).padStart(7)} s`);
  }
  const allOk = ok && tally.failed === 0;
  // A plain closing line that CI reads, whatever the runners printed above.
  console.log(`\nTests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
  if (!allOk) console.log("npm test FAILED");
  return allOk ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
