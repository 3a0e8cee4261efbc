/**
 * The one Neo4j driver of this process. Every module that talks to Neo4j goes through here;
 * nothing outside graph/ imports neo4j-driver. `server-only` makes a client component that
 * reaches it a build error; Node scripts that use it (the ingest CLI, benchmarks) run with
 * `--conditions=react-server`, the condition under which that marker is empty.
 */
import "server-only";
import neo4j, { type Driver } from "neo4j-driver";
import { getConfig, type AppConfig } from "./config";

const globalKey = Symbol.for("roadmap-explorer.neo4j-driver");
type DriverHolder = { [globalKey]?: Driver };

export function createDriver(config: Pick<AppConfig, "NEO4J_URI" | "NEO4J_USERNAME" | "NEO4J_PASSWORD">): Driver {
  return neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USERNAME, config.NEO4J_PASSWORD), {
    // Fail fast when the database is down: the API answers 503 rather than hanging.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 50,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: false,
    userAgent: "roadmap-graph-explorer",
  });
}

/** The cached driver (kept on globalThis so Next.js dev reloads do not leak drivers). */
export function getDriver(): Driver {
  const holder = globalThis as DriverHolder;
  holder[globalKey] ??= createDriver(getConfig());
  return holder[globalKey];
}

export function getDatabase(): string {
  return getConfig().NEO4J_DATABASE;
}

export async function closeDriver(): Promise<void> {
  const holder = globalThis as DriverHolder;
  const driver = holder[globalKey];
  delete holder[globalKey];
  if (driver) await driver.close();
}
