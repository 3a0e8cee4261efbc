/**
 * Short-lived connectivity probes for CLIs and tests (neo4j/control.ts, the launcher test).
 * Each call opens and closes its own driver: the one deliberate exception to the
 * one-driver-per-process rule of graph/driver.ts, because a probe must not share, or leave
 * behind, the app's connection pool.
 */
import neo4j, { type Driver } from "neo4j-driver";

export type ProbeOptions = {
  username?: string;
  /** With authentication disabled (the local launcher) any password is accepted. */
  password?: string;
  /** Upper bound for the whole probe: connect, handshake and query. */
  timeoutMs?: number;
  database?: string;
};

export type BoltCheck = { ok: true; version: string; edition: string } | { ok: false; error: string };

export type CypherProbeResult =
  | { ok: true; rows: Record<string, unknown>[] }
  | { ok: false; code: string; error: string };

const DEFAULT_TIMEOUT_MS = 5_000;

function openDriver(uri: string, options: ProbeOptions): Driver {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return neo4j.driver(uri, neo4j.auth.basic(options.username ?? "neo4j", options.password ?? "neo4j"), {
    connectionTimeout: timeout,
    connectionAcquisitionTimeout: timeout,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0,
    // Probe results are printed or compared in tests: plain numbers are what callers want.
    disableLosslessIntegers: true,
    userAgent: "roadmap-graph-explorer-probe",
  });
}

/** Rejects after `ms` so that a server that accepts TCP but never answers cannot hang a CLI. */
async function withDeadline<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return { code: typeof code === "string" && code !== "" ? code : error.name, message: error.message };
  }
  return { code: "Error", message: String(error) };
}

/** Is a Neo4j answering Bolt at `uri`? Reports its version and edition (from dbms.components()). */
export async function verifyBolt(uri: string, options: ProbeOptions = {}): Promise<BoltCheck> {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let driver: Driver | undefined;
  try {
    driver = openDriver(uri, options);
    const opened = driver;
    const components = await withDeadline(
      timeout,
      (async () => {
        await opened.getServerInfo(options.database ? { database: options.database } : {});
        const result = await opened.executeQuery(
          "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition",
          {},
          { database: options.database, routing: neo4j.routing.READ },
        );
        return result.records.map((record) => record.toObject());
      })(),
    );
    const kernel = components.find((row) => row.name === "Neo4j Kernel") ?? components[0];
    const versions: unknown = kernel?.versions;
    const version = Array.isArray(versions) && typeof versions[0] === "string" ? versions[0] : "unknown";
    const edition = typeof kernel?.edition === "string" ? kernel.edition : "unknown";
    return { ok: true, version, edition };
  } catch (error) {
    const { code, message } = describeError(error);
    return { ok: false, error: code === "Error" ? message : `${code}: ${message}` };
  } finally {
    await driver?.close().catch(() => undefined);
  }
}

/**
 * Runs one query in an auto-commit transaction and returns its rows, or the server's error code.
 * For tests and diagnostics (e.g. "is LOAD CSV from file:/// refused by configuration?").
 */
export async function runCypherProbe(
  uri: string,
  query: string,
  options: ProbeOptions & { params?: Record<string, unknown>; mode?: "read" | "write" } = {},
): Promise<CypherProbeResult> {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let driver: Driver | undefined;
  try {
    driver = openDriver(uri, options);
    const session = driver.session({
      database: options.database,
      defaultAccessMode: options.mode === "read" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const result = await withDeadline(timeout, session.run(query, options.params ?? {}, { timeout }));
      return { ok: true, rows: result.records.map((record) => record.toObject()) };
    } finally {
      await session.close().catch(() => undefined);
    }
  } catch (error) {
    const { code, message } = describeError(error);
    return { ok: false, code, error: message };
  } finally {
    await driver?.close().catch(() => undefined);
  }
}
