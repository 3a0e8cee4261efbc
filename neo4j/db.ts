/**
 * `npm run db:build|db:start|db:stop|db:status`: the local Neo4j without Docker.
 *
 * Environment: NEO4J_BOLT_PORT (else the port of NEO4J_URI, else 7687), NEO4J_DATA_DIR
 * (default neo4j/data), NEO4J_HEAP (JVM heap, default 2g), NEO4J_PAGECACHE (default 512m).
 */
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  boltUri,
  buildLauncher,
  LauncherSetupError,
  Neo4jControlError,
  pinnedNeo4jVersion,
  startNeo4j,
  statusNeo4j,
  stopNeo4j,
  type Neo4jStatus,
} from "./control";

const USAGE = "usage: tsx neo4j/db.ts build [--force] | start | stop | status";
const DEFAULT_DATA_DIR = fileURLToPath(new URL("./data/", import.meta.url));

class UsageError extends Error {}

function boltPort(env: NodeJS.ProcessEnv): number {
  const explicit = env.NEO4J_BOLT_PORT?.trim();
  if (explicit) {
    const port = Number(explicit);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new UsageError(`NEO4J_BOLT_PORT must be a port number (1-65535), got "${explicit}"`);
    }
    return port;
  }
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return 7687;
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    throw new UsageError(`NEO4J_URI is not a URI: "${uri}"`);
  }
  if (!["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname)) {
    console.error(
      `note: NEO4J_URI (${uri}) is not this machine; the local Neo4j uses port ${parsed.port || 7687} anyway, ` +
        "and the app keeps using NEO4J_URI.",
    );
  }
  return parsed.port ? Number(parsed.port) : 7687;
}

const show = (dir: string) => {
  const rel = relative(process.cwd(), dir);
  return rel === "" ? "." : rel.startsWith("..") ? dir : rel;
};

function describe(status: Neo4jStatus, dataDir: string): string {
  switch (status.state) {
    case "running":
      return `running: Neo4j ${status.version} (${status.edition}) on ${status.uri}, pid ${status.pid}, data in ${show(dataDir)}`;
    case "unresponsive":
      return `not answering: the launcher (pid ${status.pid}) runs but ${status.uri} does not answer Bolt (${status.error}). Logs: ${show(dataDir)}/logs/`;
    case "stopped":
      return status.portInUse
        ? `stopped (port ${status.port} is in use by another process: ${status.other ?? "unknown"})`
        : `stopped (port ${status.port} is free)`;
  }
}

async function waitWhileUnresponsive(dataDir: string, port: number, timeoutMs: number): Promise<Neo4jStatus> {
  const deadline = Date.now() + timeoutMs;
  let status = await statusNeo4j(dataDir, port);
  while (status.state === "unresponsive" && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 500));
    status = await statusNeo4j(dataDir, port);
  }
  return status;
}

async function main(command: string | undefined, flags: string[]): Promise<number> {
  const dataDir = resolve(process.env.NEO4J_DATA_DIR?.trim() || DEFAULT_DATA_DIR);
  switch (command) {
    case "build": {
      await buildLauncher({ force: flags.includes("--force") });
      console.log(`Launcher ready (Neo4j ${pinnedNeo4jVersion()}): neo4j/launcher/target/`);
      return 0;
    }
    case "start": {
      const port = boltPort(process.env);
      // Another `db:start` may still be starting it: give it the start-up time before judging.
      const status = await waitWhileUnresponsive(dataDir, port, 120_000);
      if (status.state === "running") {
        console.log(`Already running, nothing to do: ${describe(status, dataDir)}`);
        if (status.port !== port) console.log(`note: it listens on ${status.port}, not on the requested ${port}.`);
        return 0;
      }
      if (status.state === "unresponsive") {
        console.error(describe(status, dataDir));
        console.error("Stop it with `npm run db:stop` and start again.");
        return 1;
      }
      console.log(`Starting Neo4j ${pinnedNeo4jVersion()} on ${boltUri(port)} (data in ${show(dataDir)}) ...`);
      const started = await startNeo4j({
        port,
        dataDir,
        detached: true,
        heap: process.env.NEO4J_HEAP?.trim() || undefined,
        pageCache: process.env.NEO4J_PAGECACHE?.trim() || undefined,
        log: (line) => console.log(line),
      });
      console.log(`Stop it with \`npm run db:stop\`. Logs: ${show(dataDir)}/logs/ (pid ${started.pid}).`);
      return 0;
    }
    case "stop": {
      const result = await stopNeo4j(dataDir);
      if (!result.wasRunning) console.log(`Neo4j is not running (data in ${show(dataDir)}).`);
      else if (result.forced) console.log(`Neo4j (pid ${result.pid}) did not stop in time and was killed.`);
      else console.log(`Neo4j stopped (pid ${result.pid}).`);
      return 0;
    }
    case "status": {
      const status = await statusNeo4j(dataDir, boltPort(process.env));
      console.log(describe(status, dataDir));
      return status.state === "running" ? 0 : 1;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : "no command given");
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exit(2);
    }
    const known = error instanceof LauncherSetupError || error instanceof Neo4jControlError;
    console.error(known ? (error as Error).message : error);
    process.exit(1);
  },
);
