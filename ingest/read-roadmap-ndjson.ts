/**
 * Reads a roadmap in the streamed form (`.ndjson`, see roadmap-ndjson-schema.ts) of any size in
 * bounded memory. First pass: every line is decoded, parsed and zod-validated on its own, and
 * only ids and a few numbers are kept (roadmap-index.ts); then the cross-line checks run
 * (check-roadmap-index.ts). Nothing is written unless all of that passes. The writer then reads
 * the file again, as many times as it needs (`lines(kinds)`), and a changed file is refused.
 */
import { stat } from "node:fs/promises";
import { checkRoadmapIndex } from "./check-roadmap-index";
import { type InputProblem, RoadmapInputError } from "./input-error";
import { LineError, readLines } from "./read-lines";
import { NodeKind, RoadmapIndex } from "./roadmap-index";
import { type NdjsonBodyLine, type NdjsonKind, ndjsonBodyLineSchema, ndjsonRoadmapLineSchema, type NdjsonRoadmapLine } from "./roadmap-ndjson-schema";

/** Streamed, so far above the 20 MB of the whole-document forms; a line is still bounded. */
export const MAX_NDJSON_BYTES = 4 * 1024 ** 3;
export const MAX_LINE_BYTES = 16 * 1024 * 1024;
const MAX_PROBLEMS = 100;
const KIND_CODES: Record<NdjsonKind, number> = { section: 1, paper: 2, resource: 3, buildsOn: 4, surveys: 5 };

export type NdjsonRoadmap = {
  file: string;
  roadmap: { id: string; title: string; source: string | null };
  index: RoadmapIndex;
  /** The body lines of `kinds` again, parsed, in file order. Throws if the file changed since it was validated. */
  lines<K extends NdjsonKind>(kinds: readonly K[]): AsyncGenerator<Extract<NdjsonBodyLine, { kind: K }>>;
};

const fail = (file: string, message: string, line?: number): never => {
  throw new RoadmapInputError(file, [{ message, ...(line !== undefined ? { line } : {}) }]);
};

async function checkFile(file: string): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(file, code === "ENOENT" || code === "ENOTDIR" ? "file not found" : `cannot read file (${code ?? String(error)})`);
  }
  if (info.isDirectory()) fail(file, "is a directory, not a roadmap file");
  if (!info.isFile()) fail(file, "is not a regular file");
  if (info.size === 0) fail(file, "file is empty");
  if (info.size > MAX_NDJSON_BYTES) fail(file, `file is too large: ${(info.size / 1024 ** 3).toFixed(1)} GB (the limit is 4 GB)`);
}

const issuesOf = (issues: readonly { path: readonly PropertyKey[]; message: string }[], line: number): InputProblem[] =>
  issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key === "string" || typeof key === "number");
    return { line, message: `${path.length > 0 ? `${path.join(".")}: ` : ""}${issue.message}` };
  });

export async function readRoadmapNdjson(file: string, options: { roadmapId?: string | undefined; title?: string | undefined } = {}): Promise<NdjsonRoadmap> {
  await checkFile(file);
  const index = new RoadmapIndex();
  const problems: InputProblem[] = [];
  let kinds = new Uint8Array(1 << 16);
  let head: NdjsonRoadmapLine | undefined;
  const reading = readLines(file, { maxLineBytes: MAX_LINE_BYTES });
  try {
    for await (const { number, text } of reading.lines) {
      if (problems.length >= MAX_PROBLEMS) break;
      if (text.trim() === "") continue;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        problems.push({ line: number, message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
      if (head === undefined) {
        const parsed = ndjsonRoadmapLineSchema.safeParse(data);
        if (!parsed.success) fail(file, `the first line must describe the roadmap, e.g. {"kind":"roadmap","id":"my-list","title":"My list"}: ${issuesOf(parsed.error.issues, number).map((p) => p.message).join("; ")}`, number);
        else head = parsed.data;
        continue;
      }
      const parsed = ndjsonBodyLineSchema.safeParse(data);
      if (!parsed.success) {
        const isHead = ndjsonRoadmapLineSchema.safeParse(data).success;
        problems.push(...(isHead ? [{ line: number, message: "a second roadmap line: a file holds one roadmap" }] : issuesOf(parsed.error.issues, number)));
        continue;
      }
      if (number >= kinds.length) {
        const grown = new Uint8Array(Math.max(kinds.length * 2, number + 1));
        grown.set(kinds);
        kinds = grown;
      }
      kinds[number] = KIND_CODES[parsed.data.kind];
      addToIndex(index, parsed.data, number);
    }
  } catch (error) {
    if (error instanceof LineError) fail(file, error.message, error.line);
    throw error;
  }
  if (problems.length >= MAX_PROBLEMS) {
    throw new RoadmapInputError(file, [...problems, { message: `stopped after ${MAX_PROBLEMS} problems; fix these first` }]);
  }
  if (!head) return fail(file, "no roadmap line: the file holds only blank lines");
  if (index.sectionNames.length === 0) problems.push({ message: "no sections: a roadmap needs at least one section line" });
  problems.push(...checkRoadmapIndex(index));
  if (problems.length > 0) throw new RoadmapInputError(file, problems);
  const digest = reading.digest();

  return {
    file,
    roadmap: { id: options.roadmapId ?? head.id, title: options.title ?? head.title, source: head.source ?? null },
    index,
    async *lines<K extends NdjsonKind>(wanted: readonly K[]) {
      const codes = new Set(wanted.map((kind) => KIND_CODES[kind]));
      const again = readLines(file, { maxLineBytes: MAX_LINE_BYTES, skip: (n) => !codes.has(kinds[n] ?? 0) });
      try {
        for await (const { text } of again.lines) yield withDefaults(JSON.parse(text) as NdjsonBodyLine) as Extract<NdjsonBodyLine, { kind: K }>;
      } catch (error) {
        // The first reading accepted every line: a failure now means the file changed since.
        const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
        fail(file, `the file changed while it was being loaded (${detail}); load it again`, error instanceof LineError ? error.line : undefined);
      }
      if (again.digest() !== digest) fail(file, "the file changed while it was being loaded; load it again");
    },
  };
}

/**
 * A line of the later readings, which the first reading validated (and the digest proves
 * unchanged): only zod's defaults are applied again, which saves a validation and a copy of
 * every line on every reading. Keep in step with the defaults of roadmap-schema.ts.
 */
function withDefaults(line: NdjsonBodyLine): NdjsonBodyLine {
  if (line.kind === "section") {
    line.items ??= [];
    line.questions ??= [];
  } else if (line.kind === "paper") {
    line.isSurvey ??= false;
    line.inRoadmap ??= true;
  }
  return line;
}

function addToIndex(index: RoadmapIndex, line: NdjsonBodyLine, number: number): void {
  switch (line.kind) {
    case "section":
      return index.declareSection(line, number);
    case "paper":
      return index.declareNode(line.id, NodeKind.Paper, number, { year: line.year, survey: line.isSurvey, arxivId: line.arxivId });
    case "resource":
      return index.declareNode(line.id, NodeKind.Resource, number, {});
    case "buildsOn":
      return index.addBuildsOn(line, number);
    case "surveys":
      return index.addSurveys(line, number);
  }
}
