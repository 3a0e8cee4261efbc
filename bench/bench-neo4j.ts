/**
 * The benchmarks' own Neo4j: a fresh data folder under bench/.data/, a free port, sizes chosen
 * per benchmark, and (for the LOAD CSV baseline) an import folder that LOAD CSV may read
 * (ROADMAP_BENCH_IMPORT_DIR, honoured by neo4j/launcher only when set). Never the shared dev
 * database. Stopped explicitly, and also when this process ends (the launcher watches stdin).
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { findFreePort, startNeo4j, stopNeo4j } from "../neo4j/control";
import { DATA_DIR, log, ROOT } from "./bench-stats";

export type BenchNeo4j = { uri: string; dataDir: string; heap: string; stop(): Promise<void> };

const running = new Set<string>();
let hooked = false;

function stopAllOnExit(): void {
  if (hooked) return;
  hooked = true;
  const stopAll = async () => {
    for (const dir of running) await stopNeo4j(dir).catch(() => undefined);
    process.exit(130);
  };
  process.once("SIGINT", () => void stopAll());
  process.once("SIGTERM", () => void stopAll());
}

export async function startBenchNeo4j(options: { name: string; heap: string; pageCache: string; importDir?: string }): Promise<BenchNeo4j> {
  const dataDir = join(DATA_DIR, `neo4j-${options.name}`);
  await stopNeo4j(dataDir).catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
  const port = await findFreePort();
  const previous = process.env.ROADMAP_BENCH_IMPORT_DIR;
  if (options.importDir) process.env.ROADMAP_BENCH_IMPORT_DIR = options.importDir;
  else delete process.env.ROADMAP_BENCH_IMPORT_DIR;
  try {
    // txTimeout 0: no server-side limit; the ingest of 100k papers is one long transaction.
    const db = await startNeo4j({ port, dataDir, detached: false, heap: options.heap, pageCache: options.pageCache, txTimeout: "0s", log });
    running.add(dataDir);
    stopAllOnExit();
    return {
      uri: db.uri,
      dataDir,
      heap: options.heap,
      stop: async () => {
        await db.stop();
        running.delete(dataDir);
      },
    };
  } finally {
    if (previous === undefined) delete process.env.ROADMAP_BENCH_IMPORT_DIR;
    else process.env.ROADMAP_BENCH_IMPORT_DIR = previous;
  }
}

export type ChildRun = { code: number; stdout: string; stderr: string; seconds: number; peakRssMb: number };

/** VmHWM (peak resident set) of a live process, in MB; 0 when unknown (not Linux, or gone). */
async function peakRss(pid: number): Promise<number> {
  try {
    const { readFile } = await import("node:fs/promises");
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs a TypeScript entry point in a plain `node --import tsx` process (one process, so its
 * peak memory is the script's own), with `env` added; samples its peak RSS every 50 ms.
 */
export function runTsx(script: string, args: string[], env: Record<string, string>): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let peak = 0;
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setInterval(() => {
    if (child.pid !== undefined) void peakRss(child.pid).then((mb) => (peak = Math.max(peak, mb)));
  }, 50);
  return new Promise((done) => {
    child.on("exit", (code, signal) => {
      clearInterval(timer);
      done({ code: code ?? (signal ? 1 : 0), stdout, stderr, seconds: (performance.now() - started) / 1000, peakRssMb: peak });
    });
  });
}
