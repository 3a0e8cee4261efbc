/**
 * The one ingest of a roadmap file, shared by the CLI (`npm run ingest -- FILE`) and the page
 * (POST /api/roadmaps): read and validate with the reader for the file's type, resolve papers
 * already in the graph, plan the rows, then write them in one transaction. Nothing is written
 * unless the whole file is valid; a failed write rolls back.
 */
import { databaseHasPapers, findExistingPaperIds, writeRoadmap, type RoadmapWrite, type WriteOptions, type WriteResult } from "../graph/write-roadmap";
import type { PlanSizes } from "./format-summary";
import { normalizeTitle } from "./ids";
import type { InputProblem } from "./input-error";
import { planPhases, planRoadmap } from "./plan-roadmap";
import { countSameTopicPairs, findExistingNdjsonPaperIds, planNdjsonRoadmap } from "./plan-ndjson-roadmap";
import { readRoadmapFile } from "./read-roadmap-file";
import { readRoadmapNdjson } from "./read-roadmap-ndjson";

/** names given on the command line or the page, and whether a flawed entry refuses the file */
export type IngestNames = { roadmapId?: string | undefined; title?: string | undefined; strict?: boolean | undefined };

export type Prepared = {
  roadmapId: string;
  title: string;
  sizes: PlanSizes;
  /** the lenient readers' warnings (file:line problems they stepped over) */
  warnings: InputProblem[];
  /** absent for a dry run */
  write?: RoadmapWrite;
};

const sized = (n: number) => ({ length: n });

/** Reads and validates `file`; unless it is a dry run, also resolves shared papers and plans the write. */
export async function prepareRoadmapFile(file: string, names: IngestNames, dryRun: boolean): Promise<Prepared> {
  const warnings: InputProblem[] = [];
  if (file.toLowerCase().endsWith(".ndjson")) {
    const source = await readRoadmapNdjson(file, names);
    const c = source.index.counts();
    const sizes: PlanSizes = {
      sections: sized(c.sections), papers: sized(c.papers), resources: sized(c.resources), questions: sized(c.questions),
      placements: sized(c.placements), buildsOn: sized(c.buildsOn), surveys: sized(c.surveys), sameTopic: sized(countSameTopicPairs(source.index)),
    };
    const base = { roadmapId: source.roadmap.id, title: source.roadmap.title, sizes, warnings };
    if (dryRun) return base;
    // In a database without papers nothing can match: the lookup (a reading of every paper line) is skipped.
    const existing = (await databaseHasPapers()) ? await findExistingNdjsonPaperIds(source) : new Map<string, string>();
    return { ...base, write: planNdjsonRoadmap(source, existing) };
  }
  const roadmap = await readRoadmapFile(file, { ...names, warn: (problem) => warnings.push(problem) });
  if (dryRun) {
    const plan = planRoadmap(roadmap);
    return { roadmapId: plan.roadmap.id, title: plan.roadmap.title, sizes: plan, warnings };
  }
  const existing = await findExistingPaperIds(roadmap.papers.map((p) => ({ id: p.id, ...(p.arxivId ? { arxivId: p.arxivId } : {}), ...(p.doi ? { doi: p.doi } : {}), normTitle: normalizeTitle(p.title) })));
  const plan = planRoadmap(roadmap, existing);
  return { roadmapId: plan.roadmap.id, title: plan.roadmap.title, sizes: plan, warnings, write: planPhases(plan) };
}

export type Ingested = Prepared & { result?: WriteResult };

/** prepareRoadmapFile, then (unless a dry run) the one-transaction write. */
export async function ingestRoadmapFile(file: string, names: IngestNames, options: WriteOptions & { dryRun?: boolean } = {}): Promise<Ingested> {
  const { dryRun = false, ...writeOptions } = options;
  const prepared = await prepareRoadmapFile(file, names, dryRun);
  if (!prepared.write) return prepared;
  return { ...prepared, result: await writeRoadmap(prepared.write, writeOptions) };
}
