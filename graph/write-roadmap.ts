/**
 * Writes a planned roadmap into Neo4j so that readers see all of it or none of it.
 * - A roadmap of at most one batch (and any --reset) goes in ONE write transaction: a killed
 *   process or a lost connection rolls it back.
 * - A larger one is staged first (graph/stage-roadmap.ts): its new nodes and the relationships
 *   among them are written in batches that each commit, under staging labels no reader matches;
 *   then one transaction makes them live (a label swap), writes what touches live data, and
 *   removes what the roadmap no longer holds. Neo4j's memory then grows with one batch plus what
 *   changes in live data, not with the roadmap. A run that fails removes its staging data; one
 *   that dies leaves it, invisible, and the next run of that roadmap removes it first.
 * Idempotent: properties are only SET where they differ, so a second run counts zero changes.
 *
 * Rows arrive as a stream, phase by phase (a phase's rows are all written before the next
 * phase starts: nodes, then what links them), and are sent in batches of `batchSize` per
 * statement, so the writer holds one batch per statement whatever the roadmap's size. The
 * keys kept for the final cleanup are collected only when the database already holds some of
 * this roadmap; for a new roadmap the cleanup could only match what this run wrote, and is skipped.
 */
import type { ManagedTransaction, QueryResult, Session, Transaction } from "neo4j-driver";
import type { RoadmapWrite, StepRow } from "./roadmap-write";
import { getDatabase, getDriver } from "./driver";
import { ensureSchema } from "./ensure-schema";
import { addCounters } from "./count-changes";
import { toGraphError } from "./errors";
import { collectKeys, emptyKeep, type KeepKeys } from "./collect-keep-keys";
export type { RoadmapWrite, StepRow, StepRows } from "./roadmap-write";
import { ANY_PAPER, CLEANUP, EMPTY_DATABASE_STATEMENTS, FRESH_CHECKS, FRESH_STATEMENTS, IN_ROADMAP, IN_ROADMAP_OF, MERGE_STATEMENTS, ROADMAP, type StatementName } from "./roadmap-statements";
import { dropStaged, stageRoadmap, wasStaged } from "./stage-roadmap";
import { PUBLISH } from "./staging-statements";
import { parseByteSetting, shouldStage } from "./choose-write-mode";

export type WriteOptions = {
  reset?: boolean;
  batchSize?: number;
  onProgress?: (step: string, done: number, total: number) => void;
  /** test hook: called after each statement with its index (throw to abort, await to pause) */
  afterStatement?: (index: number) => Promise<void> | void;
  /**
   * staged write (see above); default: when the roadmap has more rows than one batch and would
   * not fit comfortably in one transaction (graph/choose-write-mode.ts); never with reset
   */
  staged?: boolean;
  /** where the time goes (`npm run ingest -- --profile`): each statement once it is done, and each commit */
  onTiming?: (timing: WriteTiming) => void;
};

/**
 * One statement or commit of a write (`part`: a committed batch of a staged write, its final
 * transaction, or the single transaction of an unstaged one). `serverMs` is Neo4j's own time for
 * the statement (until its result was available and consumed); `wallMs` runs from sending it to
 * its summary (for a staged batch: to its commit), so it also holds the wait behind the statement before it.
 */
export type WriteTiming = { part: "staged" | "final" | "single"; step: string; rows: number; serverMs: number; wallMs: number };

const serverMs = (summary: QueryResult["summary"]): number => {
  const ms = (value: unknown) => (typeof value === "number" ? value : typeof value === "object" && value !== null && "toNumber" in value ? (value as { toNumber(): number }).toNumber() : 0);
  return ms(summary.resultAvailableAfter) + ms(summary.resultConsumedAfter);
};

export type WriteResult = {
  changes: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  /** true when the database held nothing of this roadmap before (the cleanup was skipped) */
  fresh: boolean;
  /** true when it was staged in committed batches, then made live in one transaction */
  staged: boolean;
};

/** Statements sent ahead of the one running (see run() in writeRoadmap). */
const PIPELINE = 1;

/** Flush order at the end of a phase: what later statements match must exist first. */
const ORDER: StatementName[] = ["sections", "papers", "resources", "sectionLinks", "paperPlacements", "resourcePlacements", "questions", "buildsOn", "sectionSurveys", "paperSurveys", "sameTopic", "sameTopicGroups"];
const LABELS: Record<StatementName, string> = {
  sections: "sections", sectionLinks: "section links", papers: "papers", resources: "resources", paperPlacements: "paper placements",
  resourcePlacements: "resource placements", questions: "questions", buildsOn: "builds on", sectionSurveys: "surveys of sections",
  paperSurveys: "surveys of papers", sameTopic: "same topic", sameTopicGroups: "same topic (by topic)",
};

/** Whether the database holds any paper (when not, no paper of a roadmap can match an existing one). */
export async function databaseHasPapers(): Promise<boolean> {
  const { records } = await getDriver().executeQuery(ANY_PAPER, {}, { database: getDatabase(), routing: "READ" });
  return records.length > 0;
}

/** Finds papers already in the database that are the same as the plan's (arXiv id, DOI or title). */
export async function findExistingPaperIds(papers: { id: string; arxivId?: string; doi?: string; normTitle: string }[]): Promise<Map<string, string>> {
  const { records } = await getDriver().executeQuery(
    `UNWIND $rows AS row
     OPTIONAL MATCH (byId:Paper {id: row.id})
     OPTIONAL MATCH (byArxiv:Paper {arxivId: row.arxivId})
     OPTIONAL MATCH (byDoi:Paper {doi: row.doi})
     OPTIONAL MATCH (byTitle:Paper {normTitle: row.normTitle})
     WITH row, coalesce(byId, byArxiv, byDoi, byTitle) AS match
     WHERE match IS NOT NULL AND match.id <> row.id
     RETURN row.id AS local, match.id AS existing`,
    { rows: papers.map((p) => ({ id: p.id, arxivId: p.arxivId ?? null, doi: p.doi ?? null, normTitle: p.normTitle })) },
    { database: getDatabase(), routing: "READ" },
  );
  return new Map(records.map((r) => [String(r.get("local")), String(r.get("existing"))]));
}

export async function deleteRoadmapContent(tx: Transaction | ManagedTransaction, rid: string): Promise<QueryResult[]> {
  const empty = { questionIds: [], placementKeys: [], sectionIds: [], resourceIds: [], buildsKeys: [], surveyKeys: [], sameKeys: [], paperIds: [] };
  const results: QueryResult[] = [];
  for (const statement of [...CLEANUP, IN_ROADMAP]) results.push(await tx.run(statement, { rid, ...empty }));
  return results;
}

/** The server's db.memory.transaction.max in bytes (0: unlimited); null when it cannot be read (no right to list settings). */
async function readTransactionLimit(): Promise<number | null> {
  try {
    const { records } = await getDriver().executeQuery("SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value", {}, { database: getDatabase(), routing: "READ" });
    return parseByteSetting(records[0]?.get("value"));
  } catch {
    return null;
  }
}

async function isFresh(tx: Transaction | ManagedTransaction, rid: string): Promise<boolean> {
  for (const check of FRESH_CHECKS) if ((await tx.run(check, { rid })).records.length > 0) return false;
  return true;
}

/** Rows kept in memory for the final transaction of a staged write; beyond, it re-reads the input. */
const DEFER_CAP = 100_000;

type Counter = { next: number };

export async function writeRoadmap(input: RoadmapWrite, options: WriteOptions = {}): Promise<WriteResult> {
  const batchSize = options.batchSize ?? 5000;
  const rid = input.roadmap.id;
  const rows = Object.values(input.totals ?? {}).reduce((sum, n) => sum + n, 0);
  const result: WriteResult = { changes: 0, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, fresh: false, staged: false };
  const counter: Counter = { next: 0 };
  try {
    await ensureSchema();
    const staged = !options.reset && (options.staged ?? (rows > batchSize && shouldStage(input.totals, await readTransactionLimit())));
    result.staged = staged;
    const session = getDriver().session({ database: getDatabase(), defaultAccessMode: "WRITE" });
    try {
      if (!staged) {
        await writeTransaction(session, input, options, result, counter);
        return result;
      }
      await dropStaged(session, rid);
      result.fresh = await session.executeRead((tx) => isFresh(tx, rid));
      const keep = result.fresh ? undefined : emptyKeep();
      const done = new Map<StatementName, number>();
      try {
        const pass = await stageRoadmap(session, input, {
          rid,
          batchSize,
          deferCap: DEFER_CAP,
          ...(keep ? { onRow: (item: StepRow) => collectKeys(keep, item) } : {}),
          onBatch: async (name, count, summary, wallMs) => {
            addCounters(result, summary);
            options.onTiming?.({ part: "staged", step: name, rows: count, serverMs: serverMs(summary), wallMs });
            done.set(name, (done.get(name) ?? 0) + count);
            options.onProgress?.(`${LABELS[name]} (staged)`, done.get(name) ?? 0, input.totals?.[name] ?? 0);
            await options.afterStatement?.(counter.next++);
          },
        });
        const phases = pass.deferred
          ? pass.deferred.map((items) => () => items)
          : input.phases.map((phase) => async function* unstaged() {
              for await (const item of phase()) if (!wasStaged(item, pass.staged)) yield item;
            });
        await writeTransaction(session, { ...input, phases }, options, result, counter, { keep });
      } catch (error) {
        // Best effort: when Neo4j itself is gone, the next run of this roadmap removes it.
        await dropStaged(session, rid).catch(() => undefined);
        throw error;
      }
    } finally {
      await session.close();
    }
  } catch (error) {
    throw toGraphError(error);
  }
  return result;
}

/**
 * The one write transaction: the whole roadmap, or (`publish`) the final transaction of a staged
 * write: its staged nodes made live, then the rows the staged pass left, then the cleanup.
 */
async function writeTransaction(session: Session, input: RoadmapWrite, options: WriteOptions, result: WriteResult, counter: Counter, publish?: { keep: KeepKeys | undefined }): Promise<void> {
  const batchSize = options.batchSize ?? 5000;
  const rid = input.roadmap.id;
  const tx = session.beginTransaction({ timeout: 30 * 60_000, metadata: { app: "roadmap-ingest", roadmap: rid } });
  try {
    // Pipelined: the next statement is sent while the previous one still runs, so that the
    // server never waits for us to read and shape the next batch (statements of one
    // transaction still run one after another, in order). At most PIPELINE + 1 in flight.
    const inFlight: Promise<void>[] = [];
    const part = publish ? "final" : "single";
    const run = async (step: string, rows: number, statement: string, params: Record<string, unknown>, onDone?: () => void) => {
      const index = counter.next++;
      const sentAt = performance.now();
      const done = tx.run(statement, { rid, ...params }).summary().then(async (summary) => {
        addCounters(result, summary);
        options.onTiming?.({ part, step, rows, serverMs: serverMs(summary), wallMs: performance.now() - sentAt });
        onDone?.();
        await options.afterStatement?.(index);
      });
      done.catch(() => undefined); // surfaced by the await below or in drain()
      inFlight.push(done);
      while (inFlight.length > PIPELINE) await inFlight.shift();
    };
    const drain = async () => {
      while (inFlight.length > 0) await inFlight.shift();
    };
    if (options.reset) for (const r of await deleteRoadmapContent(tx, rid)) addCounters(result, r.summary);
    await run("roadmap", 1, ROADMAP, { roadmap: input.roadmap });
    let statements = MERGE_STATEMENTS;
    let keep = publish?.keep;
    if (publish) {
      for (const statement of PUBLISH) await run("publish (label swap)", 0, statement, {});
    } else {
      await drain();
      result.fresh = await isFresh(tx, rid);
      const noPapers = result.fresh && (await tx.run(ANY_PAPER)).records.length === 0;
      statements = noPapers ? EMPTY_DATABASE_STATEMENTS : result.fresh ? FRESH_STATEMENTS : MERGE_STATEMENTS;
      keep = result.fresh ? undefined : emptyKeep();
    }
    const collect = publish ? undefined : keep;
    // A first load's staged papers carry the right inRoadmap already: only the papers this final
    // transaction writes or places (ones another roadmap brought in) need checking, not every paper.
    const touched = publish && !publish.keep ? new Set<string>() : undefined;
    const buffers = new Map<StatementName, unknown[]>(ORDER.map((name) => [name, []]));
    const done = new Map<StatementName, number>();
    const flush = async (name: StatementName) => {
      const rows = buffers.get(name) ?? [];
      if (rows.length === 0) return;
      buffers.set(name, []);
      await run(name, rows.length, statements[name], { rows }, () => {
        done.set(name, (done.get(name) ?? 0) + rows.length);
        options.onProgress?.(LABELS[name], done.get(name) ?? 0, input.totals?.[name] ?? 0);
        // The driver keeps every Result of an open transaction, and each Result its parameters,
        // until the commit: emptying the (sent and finished) batch lets its rows be collected,
        // so the writer holds a batch per statement instead of the whole roadmap.
        rows.length = 0;
      });
    };
    for (const phase of input.phases) {
      for await (const item of phase()) {
        if (collect) collectKeys(collect, item);
        if (touched && item.step === "papers") touched.add(item.row.id);
        if (touched && item.step === "paperPlacements") touched.add(item.row.node);
        const buffer = buffers.get(item.step) ?? [];
        buffer.push(item.row);
        if (buffer.length >= batchSize) await flush(item.step);
      }
      for (const name of ORDER) await flush(name);
      await drain();
    }
    const kept = keep;
    if (kept) {
      // Each statement gets only the lists it names: they hold a key per row of the roadmap.
      for (const statement of CLEANUP) {
        const names = [...statement.matchAll(/\$(\w+)/g)].map((m) => m[1] as keyof KeepKeys).filter((name) => name in kept);
        await run("cleanup", 0, statement, Object.fromEntries(names.map((name) => [name, [...kept[name]]])));
      }
    }
    if (touched) await run("inRoadmap flags", touched.size, IN_ROADMAP_OF, { ids: [...touched] });
    else await run("inRoadmap flags", 0, IN_ROADMAP, {});
    await drain();
    const committing = performance.now();
    await tx.commit();
    const commitMs = performance.now() - committing;
    options.onTiming?.({ part, step: "commit", rows: 0, serverMs: commitMs, wallMs: commitMs });
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}
