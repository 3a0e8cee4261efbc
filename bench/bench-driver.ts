/**
 * Bare driver access for the benchmarks in bench/ only (the app never imports this): the
 * baselines that must bypass the app's own layers (LOAD CSV, one row per transaction, the
 * API's Cypher without HTTP or validation) and the monitors that read Neo4j's own numbers.
 * The one module outside graph/ allowed to import neo4j-driver (see eslint.config.mjs).
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { getDriver } from "@/graph/driver";
import { toNeo4jParams } from "@/graph/read-query";
import { toPlain } from "@/graph/neo4j-values";

export type BenchQuery = { cypher: string; params: Record<string, unknown> };
export type Counters = { nodesCreated: number; relationshipsCreated: number; propertiesSet: number };

export type BenchDriver = {
  /** One auto-commit query (needed for CALL { } IN TRANSACTIONS); rows as plain values. */
  run(cypher: string, params?: Record<string, unknown>): Promise<{ rows: Record<string, unknown>[]; counters: Counters }>;
  /** One write transaction per call, as a naive loader would do per row. */
  writeOne(cypher: string, params: Record<string, unknown>): Promise<void>;
  /** Replays recorded queries in one read transaction, records consumed but not parsed. */
  replayRead(queries: readonly BenchQuery[], timeoutMs: number): Promise<number>;
  /** the same, returning every query's rows as plain objects (for the baseline that answers over HTTP) */
  replayReadRows(queries: readonly BenchQuery[], timeoutMs: number): Promise<Record<string, unknown>[][]>;
  close(): Promise<void>;
};

export function openBenchDriver(uri: string): BenchDriver {
  const driver: Driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "bench"), { maxConnectionPoolSize: 64, userAgent: "roadmap-bench" });
  const session = () => driver.session({ database: "neo4j" });
  return {
    async run(cypher, params = {}) {
      const s = session();
      try {
        const result = await s.run(cypher, toNeo4jParams(params));
        const c = result.summary.counters.updates();
        return {
          rows: result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>),
          counters: { nodesCreated: c.nodesCreated, relationshipsCreated: c.relationshipsCreated, propertiesSet: c.propertiesSet },
        };
      } finally {
        await s.close();
      }
    },
    async writeOne(cypher, params) {
      const s = session();
      try {
        await s.executeWrite((tx) => tx.run(cypher, params));
      } finally {
        await s.close();
      }
    },
    async replayRead(queries, timeoutMs) {
      const s = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
      try {
        return await s.executeRead(async (tx) => {
          let rows = 0;
          for (const q of queries) rows += (await tx.run(q.cypher, q.params)).records.length;
          return rows;
        }, { timeout: timeoutMs });
      } finally {
        await s.close();
      }
    },
    async replayReadRows(queries, timeoutMs) {
      const s = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
      try {
        return await s.executeRead(async (tx) => {
          const out: Record<string, unknown>[][] = [];
          for (const q of queries) out.push((await tx.run(q.cypher, q.params)).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>));
          return out;
        }, { timeout: timeoutMs });
      } finally {
        await s.close();
      }
    },
    close: () => driver.close(),
  };
}

/**
 * Runs `work` (a graph/ read function) and returns the queries each of its read transactions
 * sent, with their parameters as sent, so that a baseline can replay exactly the same Cypher.
 * Works by wrapping the app's cached driver's sessions for the duration of the call.
 */
export async function recordReadQueries<T>(work: () => Promise<T>): Promise<{ result: T; transactions: BenchQuery[][] }> {
  const driver = getDriver();
  const transactions: BenchQuery[][] = [];
  const original = driver.session.bind(driver);
  driver.session = ((config: Parameters<Driver["session"]>[0]) => {
    const s = original(config);
    const executeRead = s.executeRead.bind(s);
    s.executeRead = ((fn: (tx: ManagedTransaction) => Promise<unknown>, txConfig?: Parameters<typeof executeRead>[1]) =>
      executeRead((tx) => {
        const sent: BenchQuery[] = [];
        transactions.push(sent);
        const run = tx.run.bind(tx);
        const proxy = Object.create(tx) as ManagedTransaction;
        proxy.run = ((cypher: string, params?: Record<string, unknown>) => {
          sent.push({ cypher, params: params ?? {} });
          return run(cypher, params);
        }) as ManagedTransaction["run"];
        return fn(proxy);
      }, txConfig)) as typeof s.executeRead;
    return s;
  });
  try {
    return { result: await work(), transactions };
  } finally {
    driver.session = original;
  }
}
