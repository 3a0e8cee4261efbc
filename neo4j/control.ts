/**
 * Starts, stops and inspects a real Neo4j Community (the launcher in neo4j/launcher/) without
 * Docker. Used by neo4j/db.ts (npm run db:*), tests/run-all.ts and integration tests.
 *
 * Files in the data directory: neo4j.pid (the JVM's pid), launcher-state.json (pid + port),
 * logs/launcher.out (the JVM's stdout/stderr) and Neo4j's own data/ and logs/.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { verifyBolt } from "../graph/verify-bolt";
import { buildLauncherSync, findJava, javaSupportWarning } from "./build-launcher";
import { launcherArgs, spawnLauncher, type StartOptions } from "./spawn-launcher";
import {
  clearState,
  isPortFree,
  isProcessAlive,
  logTail,
  Neo4jControlError,
  outputFile,
  readLiveState,
  signalProcess,
  waitForExit,
  writeState,
} from "./process-files";

export { findFreePort, isPortFree, Neo4jControlError } from "./process-files";
export type { StartOptions } from "./spawn-launcher";
export { LauncherSetupError, pinnedNeo4jVersion } from "./build-launcher";

export const HOST = "127.0.0.1";
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

export type RunningNeo4j = { uri: string; port: number; pid: number; version: string; stop(): Promise<void> };

export type Neo4jStatus =
  | { state: "running"; pid: number; port: number; uri: string; version: string; edition: string }
  | { state: "unresponsive"; pid: number; port: number; uri: string; error: string }
  | { state: "stopped"; port: number; uri: string; portInUse: boolean; other?: string };

export function boltUri(port: number): string {
  return `bolt://${HOST}:${port}`;
}

/** Builds neo4j/launcher/ with Maven unless it is already up to date (then Maven is not needed). */
export function buildLauncher(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<void> {
  try {
    buildLauncherSync(options);
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** What answers on a port that we did not start: for error messages. */
async function describePortUser(port: number): Promise<string> {
  const check = await verifyBolt(boltUri(port), { timeoutMs: 2_000 });
  return check.ok ? `a Neo4j ${check.version} (${check.edition}) answers Bolt there` : "it does not answer Bolt";
}

export async function startNeo4j(options: StartOptions): Promise<RunningNeo4j> {
  const log = options.log ?? ((line: string) => console.error(line));
  const dataDir = resolve(options.dataDir);
  const { port } = options;
  const uri = boltUri(port);

  const existing = readLiveState(dataDir);
  if (existing) {
    throw new Neo4jControlError(
      `Neo4j is already running for ${dataDir} (pid ${existing.pid}, ${boltUri(existing.port)}). Stop it first.`,
    );
  }
  clearState(dataDir);
  if (!(await isPortFree(port))) {
    throw new Neo4jControlError(
      `Port ${port} on ${HOST} is already in use by another process (${await describePortUser(port)}). ` +
        "Stop that process or choose another port (NEO4J_BOLT_PORT).",
    );
  }

  const java = findJava();
  const warning = javaSupportWarning(java);
  if (warning) log(warning);
  buildLauncherSync({ log });

  mkdirSync(join(dataDir, "logs"), { recursive: true });
  const detached = options.detached ?? false;
  const output = { text: "" };
  const child = spawnLauncher(java.command, launcherArgs(options, dataDir), dataDir, detached, output);
  const spawnError = new Promise<Error>((done) => child.once("error", done));
  const pid = child.pid;
  if (pid === undefined) {
    throw new Neo4jControlError(`Could not start ${java.command}: ${(await spawnError).message}`);
  }
  writeState(dataDir, { pid, port, uri, startedAt: new Date().toISOString() });

  const started = Date.now();
  try {
    const version = await waitUntilReady({ dataDir, pid, uri, port, output, detached, timeoutMs: options.timeoutMs ?? START_TIMEOUT_MS });
    log(`Neo4j ${version} is ready on ${uri} (pid ${pid}, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
    // Do not keep our event loop alive for the server; an attached one follows us out when we exit.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as { unref?: () => void } | null)?.unref?.();
    return { uri, port, pid, version, stop: async () => void (await stopPid(dataDir, pid)) };
  } catch (error) {
    if (isProcessAlive(pid)) {
      signalProcess(pid, "SIGKILL");
      await waitForExit(pid, 10_000);
    }
    clearState(dataDir);
    throw error;
  }
}

async function waitUntilReady(ctx: {
  dataDir: string;
  pid: number;
  uri: string;
  port: number;
  output: { text: string };
  detached: boolean;
  timeoutMs: number;
}): Promise<string> {
  const deadline = Date.now() + ctx.timeoutMs;
  const protocolLine = () => {
    const text = ctx.detached ? logTail(outputFile(ctx.dataDir), 100_000, false) : ctx.output.text;
    return /^(READY|FAILED)\b(.*)$/m.exec(text);
  };
  let lastError = "no READY line yet";
  while (Date.now() < deadline) {
    const line = protocolLine();
    if (line?.[1] === "FAILED") {
      const reason = (line[2] ?? "").trim();
      const hint = /address already in use/i.test(reason)
        ? `Port ${ctx.port} on ${HOST} is already in use by another process. `
        : "";
      throw new Neo4jControlError(`${hint}Neo4j failed to start: ${reason}\n${diagnostics(ctx.dataDir)}`);
    }
    if (!isProcessAlive(ctx.pid)) {
      throw new Neo4jControlError(`The Neo4j launcher (pid ${ctx.pid}) exited during start-up.\n${diagnostics(ctx.dataDir)}`);
    }
    if (line?.[1] === "READY") {
      const check = await verifyBolt(ctx.uri, { timeoutMs: 5_000 });
      if (check.ok) return check.version;
      lastError = check.error;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Neo4jControlError(
    `Neo4j did not answer on ${ctx.uri} within ${Math.round(ctx.timeoutMs / 1000)} s (last error: ${lastError}).\n${diagnostics(ctx.dataDir)}`,
  );
}

function diagnostics(dataDir: string): string {
  return [
    `--- ${outputFile(dataDir)} (last lines) ---`,
    logTail(outputFile(dataDir), 30),
    `--- ${join(dataDir, "logs", "debug.log")} (last lines) ---`,
    logTail(join(dataDir, "logs", "debug.log"), 15),
  ].join("\n");
}

/** SIGTERM (Neo4j checkpoints and closes the stores), then SIGKILL if it does not exit in time. */
async function stopPid(dataDir: string, pid: number, timeoutMs = STOP_TIMEOUT_MS): Promise<{ forced: boolean }> {
  let forced = false;
  if (isProcessAlive(pid)) {
    signalProcess(pid, "SIGTERM");
    if (!(await waitForExit(pid, timeoutMs))) {
      forced = true;
      signalProcess(pid, "SIGKILL");
      await waitForExit(pid, 10_000);
    }
  }
  clearState(dataDir);
  return { forced };
}

export async function stopNeo4j(
  dataDir: string,
  options: { timeoutMs?: number } = {},
): Promise<{ wasRunning: boolean; pid?: number; forced?: boolean }> {
  const dir = resolve(dataDir);
  const state = readLiveState(dir);
  if (!state) {
    clearState(dir);
    return { wasRunning: false };
  }
  const { forced } = await stopPid(dir, state.pid, options.timeoutMs);
  return { wasRunning: true, pid: state.pid, forced };
}

export async function statusNeo4j(dataDir: string, port: number): Promise<Neo4jStatus> {
  const dir = resolve(dataDir);
  const state = readLiveState(dir);
  if (state) {
    const uri = boltUri(state.port);
    const check = await verifyBolt(uri, { timeoutMs: 5_000 });
    return check.ok
      ? { state: "running", pid: state.pid, port: state.port, uri, version: check.version, edition: check.edition }
      : { state: "unresponsive", pid: state.pid, port: state.port, uri, error: check.error };
  }
  clearState(dir);
  const portInUse = !(await isPortFree(port));
  return { state: "stopped", port, uri: boltUri(port), portInUse, ...(portInUse ? { other: await describePortUser(port) } : {}) };
}
