/**
 * Spawns the launcher JVM for neo4j/control.ts: its command line and its output plumbing.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, createWriteStream, openSync } from "node:fs";
import { JVM_FLAGS, LAUNCHER_MAIN_CLASS, launcherClasspath } from "./build-launcher";
import { Neo4jControlError, outputFile } from "./process-files";

export type StartOptions = {
  port: number;
  dataDir: string;
  /** true: the JVM outlives this process (npm run db:start); false: it stops when we exit. */
  detached?: boolean;
  /** JVM heap, default 2g; the transaction-memory limits default to 1/2 (one) and 3/4 (all) of it. */
  heap?: string;
  pageCache?: string;
  txMemoryMax?: string;
  txMemoryTotal?: string;
  txTimeout?: string;
  timeoutMs?: number;
  log?: (line: string) => void;
};

/** "2g", "1536m", "512M" -> MiB. */
function mebibytes(size: string, what: string): number {
  const match = /^(\d+)([mMgG])$/.exec(size.trim());
  if (!match?.[1] || !match[2]) throw new Neo4jControlError(`${what} must look like 512m or 2g, got "${size}"`);
  return Number(match[1]) * (match[2].toLowerCase() === "g" ? 1024 : 1);
}

export function launcherArgs(options: StartOptions, dataDir: string): string[] {
  const heap = options.heap ?? "2g";
  const heapMiB = mebibytes(heap, "the heap size");
  return [
    // Neo4j warns unless the initial heap is set; equal sizes avoid resizing pauses.
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    "-cp",
    launcherClasspath(),
    LAUNCHER_MAIN_CLASS,
    "--port",
    String(options.port),
    "--home",
    dataDir,
    "--pagecache",
    options.pageCache ?? "512m",
    // Below the heap, so that a runaway query fails with a memory-limit error, not an OutOfMemoryError.
    "--tx-memory-max",
    options.txMemoryMax ?? `${Math.floor(heapMiB / 2)}m`,
    "--tx-memory-total",
    options.txMemoryTotal ?? `${Math.floor((heapMiB * 3) / 4)}m`,
    "--tx-timeout",
    options.txTimeout ?? "60s",
  ];
}

export function spawnLauncher(
  java: string,
  args: string[],
  dataDir: string,
  detached: boolean,
  output: { text: string },
): ChildProcess {
  if (detached) {
    const fd = openSync(outputFile(dataDir), "w");
    try {
      return spawn(java, args, { cwd: dataDir, detached: true, stdio: ["ignore", fd, fd] });
    } finally {
      closeSync(fd);
    }
  }
  // The launcher stops itself when our end of its stdin closes, i.e. when this process dies.
  const child = spawn(java, [...args, "--exit-on-stdin-eof"], { cwd: dataDir, stdio: ["pipe", "pipe", "pipe"] });
  const file = createWriteStream(outputFile(dataDir));
  child.stdout?.on("data", (chunk: Buffer) => {
    output.text += chunk.toString("utf8");
    file.write(chunk);
  });
  child.stderr?.on("data", (chunk: Buffer) => file.write(chunk));
  return child;
}
