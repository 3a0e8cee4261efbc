/**
 * Process and file plumbing for neo4j/control.ts: the pid/state files in a data directory,
 * "is this pid still our launcher?", ports, log tails.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { z } from "zod";
import { LAUNCHER_MAIN_CLASS } from "./build-launcher";

export class Neo4jControlError extends Error {
  override readonly name = "Neo4jControlError";
}

const stateSchema = z.object({
  pid: z.number().int().positive(),
  port: z.number().int().min(1).max(65535),
  uri: z.string(),
  startedAt: z.string(),
});
export type LauncherState = z.infer<typeof stateSchema>;

const pidFile = (dataDir: string) => join(dataDir, "neo4j.pid");
const stateFile = (dataDir: string) => join(dataDir, "launcher-state.json");
export const outputFile = (dataDir: string) => join(dataDir, "logs", "launcher.out");

export function writeState(dataDir: string, state: LauncherState): void {
  writeFileSync(pidFile(dataDir), `${state.pid}\n`);
  writeFileSync(stateFile(dataDir), `${JSON.stringify(state, null, 2)}\n`);
}

export function clearState(dataDir: string): void {
  rmSync(pidFile(dataDir), { force: true });
  rmSync(stateFile(dataDir), { force: true });
}

function readState(dataDir: string): LauncherState | undefined {
  try {
    return stateSchema.parse(JSON.parse(readFileSync(stateFile(dataDir), "utf8")));
  } catch {
    return undefined;
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The command line of a process, or undefined when it is gone. */
function commandLine(pid: number): string | undefined {
  const proc = `/proc/${pid}/cmdline`;
  try {
    if (existsSync(proc)) return readFileSync(proc, "utf8").split("\0").join(" ");
    return execFileSync("ps", ["-o", "args=", "-p", String(pid)], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The recorded launcher of this data directory, if it still runs. The command-line check
 * guards against a recycled pid: we never signal a process that is not our launcher.
 */
export function readLiveState(dataDir: string): LauncherState | undefined {
  const state = readState(dataDir);
  if (!state || !isProcessAlive(state.pid)) return undefined;
  const args = commandLine(state.pid);
  if (!args?.includes(LAUNCHER_MAIN_CLASS) || !args.includes(dataDir)) return undefined;
  return state;
}

export function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** Polls until the process is gone; false on timeout. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return !isProcessAlive(pid);
}

/** Whether we could bind 127.0.0.1:port right now (a wildcard listener also makes it busy). */
export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once("error", () => done(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => done(true)));
  });
}

/** A port that is free on 127.0.0.1 at the moment of asking (the OS picks it). */
export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port > 0 ? done(port) : fail(new Error("could not find a free port"))));
    });
  });
}

/** The last `lines` lines of a text file ("" or a note when it does not exist). */
export function logTail(file: string, lines: number, noteMissing = true): string {
  if (!existsSync(file)) return noteMissing ? `(no ${file})` : "";
  const text = readFileSync(file, "utf8").trimEnd();
  return text.split("\n").slice(-lines).join("\n");
}
