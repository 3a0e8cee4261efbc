/**
 * The ingest CLI fed bad files (tests/integration/bad-inputs.ts): each run must exit non-zero
 * with a message naming the file, the line (where one makes sense) and the problem, and leave
 * the database exactly as it was (the checksum of every node's and relationship's content).
 * The files are real runs of `npm run ingest -- FILE`, not dry runs: had one slipped through
 * validation, it would have been written.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver } from "../../graph/driver";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { recordFigures } from "../support/record-figures";
import { writeBadInputs, type BadInput } from "./bad-inputs";
import { runIngest } from "./support/run-ingest";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const dir = mkdtempSync(join(tmpdir(), "roadmap-bad-inputs-"));
const cases = writeBadInputs(dir);
const refused: string[] = [];

let before: GraphChecksum;
beforeAll(async () => {
  before = await getGraphChecksum();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  recordFigures("ingest-bad-inputs", { inputs: cases.length, refused: refused.length, withLine: cases.filter((c) => c.line !== null).length, cases: cases.map((c) => c.name) });
  await closeDriver();
});

describe("the ingest refuses bad input and writes nothing", () => {
  it.each(cases.map((input) => [input.name, input] as const))("%s", async (_, input: BadInput) => {
    const run = await runIngest([input.file, ...(input.args ?? [])]);
    expect(run.code, run.output).not.toBe(0);
    const where = input.line === null ? `${escape(input.file)}: ` : `${escape(input.file)}:${input.line}: `;
    // One line of the output: "FILE:LINE: problem" (or "FILE: problem").
    expect(run.output, run.output).toMatch(new RegExp(`^${where}.*${input.problem.source}`, `m${input.problem.flags.replace("m", "")}`));
    expect(run.output).toMatch(/nothing was written/);
    expect(await getGraphChecksum()).toEqual(before);
    refused.push(input.name);
  });

  it("covers every kind of bad input the issue lists", () => {
    const names = cases.map((c) => c.name).join("\n");
    for (const kind of [/truncated/, /binary garbage/, /empty file/, /50 MB/, /table/, /link/, /duplicate/, /unknown/, /cycle/, /future/, /invalid UTF-8/]) {
      expect(names).toMatch(kind);
    }
  });
});
