/**
 * The first pass of a staged write (see graph/staging-statements.ts): every node of the roadmap
 * that is new to the graph, and every relationship between two such nodes, is written under a
 * staging label in batches that each commit on their own, so the memory Neo4j needs is one
 * batch's, whatever the roadmap's size. What touches live data (a shared paper, a section an
 * earlier run wrote, the roadmap node) is deferred to the final transaction: kept in memory while
 * it is small, or re-read from the input (`deferred: undefined`) when it is not.
 */
import type { QueryResult, Session } from "neo4j-driver";
import { toGraphError } from "./errors";
import { DROP_STAGED, STAGED_LABELS, STAGED_STATEMENTS, type NodeStep } from "./staging-statements";
import type { StatementName } from "./roadmap-statements";
import type { RoadmapWrite, StepRow } from "./roadmap-write";

export type Staged = Record<NodeStep, Set<string>>;

export type StageHooks = {
  rid: string;
  batchSize: number;
  /** rows deferred to the final transaction kept in memory at most; beyond, the final pass re-reads the input */
  deferCap: number;
  /** every row, once (the writer collects the cleanup's keep-lists from it) */
  onRow?: (item: StepRow) => void;
  /** each batch's result, after its commit, with the milliseconds from sending it to its commit */
  onBatch: (name: StatementName, rows: number, summary: QueryResult["summary"], wallMs: number) => Promise<void>;
};

const NODE_STEPS = new Set<StatementName>(Object.keys(STAGED_LABELS) as NodeStep[]);
const isNodeStep = (step: StatementName): step is NodeStep => NODE_STEPS.has(step);

/** Whether the staged pass wrote this row: a staged node, or a relationship between two staged nodes. */
export function wasStaged(item: StepRow, staged: Staged): boolean {
  switch (item.step) {
    case "sections":
    case "papers":
    case "resources":
    case "questions":
      return staged[item.step].has(item.row.id);
    case "sectionLinks":
      return item.row.parent !== null && staged.sections.has(item.row.id) && staged.sections.has(item.row.parent);
    case "paperPlacements":
      return staged.papers.has(item.row.node) && staged.sections.has(item.row.section);
    case "resourcePlacements":
      return staged.resources.has(item.row.node) && staged.sections.has(item.row.section);
    case "buildsOn":
      return staged.papers.has(item.row.from) && staged.papers.has(item.row.to);
    case "sectionSurveys":
      return staged.papers.has(item.row.survey) && staged.sections.has(item.row.target);
    case "paperSurveys":
      return staged.papers.has(item.row.survey) && staged.papers.has(item.row.target);
    case "sameTopic":
      return staged.papers.has(item.row.a) && staged.papers.has(item.row.b);
    case "sameTopicGroups":
      return item.row.members.every((id) => staged.papers.has(id));
  }
}

/** Sent to the staged statement? Node rows always (the database tells which it staged), relationships when both ends are staged. */
function isCandidate(item: StepRow, staged: Staged): boolean {
  if (item.step === "questions") return staged.sections.has(item.row.section);
  return isNodeStep(item.step) || wasStaged(item, staged);
}

/** Writes the staged pass; returns what it staged and, per phase, the rows it left for the final transaction. */
export async function stageRoadmap(session: Session, input: RoadmapWrite, hooks: StageHooks): Promise<{ staged: Staged; deferred: StepRow[][] | undefined }> {
  const staged: Staged = { sections: new Set(), papers: new Set(), resources: new Set(), questions: new Set() };
  let deferred: StepRow[][] | undefined = input.phases.map(() => []);
  let deferredRows = 0;
  const defer = (phase: number, item: StepRow) => {
    if (!deferred) return;
    if (++deferredRows > hooks.deferCap) deferred = undefined;
    else deferred[phase]?.push(item);
  };
  // One batch in flight while the next is gathered; batches commit one after another.
  let inFlight: Promise<void> = Promise.resolve();
  const send = async (phase: number, name: StatementName, rows: StepRow[]) => {
    await inFlight;
    const params = { rid: hooks.rid, rows: rows.map((item) => item.row) };
    const statement = STAGED_STATEMENTS[name];
    const sentAt = performance.now();
    const done = session
      .executeWrite((tx) => tx.run(statement, params), { timeout: 10 * 60_000, metadata: { app: "roadmap-ingest", roadmap: hooks.rid, stage: name } })
      .then(async (result) => {
        if (isNodeStep(name)) {
          const ids = new Set(result.records.map((r) => String(r.get("id"))));
          for (const id of ids) staged[name].add(id);
          for (const item of rows) if (!ids.has((item.row as { id: string }).id)) defer(phase, item);
        }
        await hooks.onBatch(name, rows.length, result.summary, performance.now() - sentAt);
      });
    done.catch(() => undefined); // surfaced by the next await of inFlight
    inFlight = done;
  };
  const buffers = new Map<StatementName, StepRow[]>();
  for (const [phase, rows] of input.phases.entries()) {
    for await (const item of rows()) {
      hooks.onRow?.(item);
      if (!isCandidate(item, staged)) {
        defer(phase, item);
        continue;
      }
      const buffer = buffers.get(item.step) ?? [];
      buffer.push(item);
      buffers.set(item.step, buffer.length >= hooks.batchSize ? [] : buffer);
      if (buffer.length >= hooks.batchSize) await send(phase, item.step, buffer);
    }
    // A phase's rows all land before the next phase's rows are sorted: a link needs its ends' fate.
    for (const [name, buffer] of buffers) if (buffer.length > 0) await send(phase, name, buffer);
    buffers.clear();
    await inFlight;
  }
  return { staged, deferred };
}

/** Removes what earlier runs of roadmap `rid` staged and never published (each in batches that commit). */
export async function dropStaged(session: Session, rid: string): Promise<number> {
  let deleted = 0;
  try {
    for (const statement of DROP_STAGED) {
      const result = await session.run(statement, { rid });
      deleted += result.summary.counters.updates().nodesDeleted;
    }
  } catch (error) {
    throw toGraphError(error);
  }
  return deleted;
}
