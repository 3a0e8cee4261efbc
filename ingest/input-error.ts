/**
 * The one error the ingest raises for a caller's bad input (a missing file, a malformed table,
 * a dangling reference...). It carries every problem found, not just the first, so a person
 * fixing a roadmap sees the whole list in one run; the CLI prints `message` and exits non-zero.
 */

export type InputProblem = { line?: number; message: string };

export class RoadmapInputError extends Error {
  readonly file: string;
  /** line of the first problem that has one */
  readonly line?: number;
  readonly problems: InputProblem[];

  constructor(file: string, problems: InputProblem[]) {
    const list = problems.length > 0 ? problems : [{ message: "invalid roadmap" }];
    super(formatProblems(file, list));
    this.name = "RoadmapInputError";
    this.file = file;
    this.problems = list;
    const line = list.find((problem) => problem.line !== undefined)?.line;
    if (line !== undefined) this.line = line;
  }
}

/** "file:line: problem" per problem (just "file: problem" when the line is unknown). */
export function formatProblems(file: string, problems: readonly InputProblem[]): string {
  return problems
    .map((problem) => (problem.line !== undefined ? `${file}:${problem.line}: ${problem.message}` : `${file}: ${problem.message}`))
    .join("\n");
}

/**
 * How a reader hands on a flaw it can work around. Its message says the flaw and, after the
 * last "; ", what was done ("entry has no title; entry skipped"). Lenient, that is a warning
 * for the summary; strict, the file is refused at that flaw (and nothing was done).
 */
export function createProblemReporter(file: string, options: { strict?: boolean | undefined; warn?: ((problem: InputProblem) => void) | undefined }) {
  return (problem: InputProblem): void => {
    if (options.strict) {
      const flaw = problem.message.replace(/; [^;]*$/, "");
      throw new RoadmapInputError(file, [{ ...problem, message: `${flaw} (refused: --strict)` }]);
    }
    options.warn?.(problem);
  };
}
