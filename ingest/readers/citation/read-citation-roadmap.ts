/**
 * A reference-manager export (BibTeX, RIS, CSL-JSON) -> a Roadmap. Each format's reader gives
 * located entries and problems; here a file that holds no entries at all is refused (it is not
 * a bibliography), every flawed entry is reported as a warning (or, strict, refuses the file at
 * the first one, in file order), and the entries become the roadmap.
 */
import { basename } from "node:path";
import { type InputProblem, RoadmapInputError } from "../../input-error";
import type { Roadmap } from "../../roadmap-schema";
import { buildCitationRoadmap } from "./build-citation-roadmap";
import type { ReadEntries } from "./read-bibtex";

export type CitationFormat = "bibtex" | "ris" | "csl-json";

export type CitationOptions = {
  file: string;
  roadmapId: string;
  title?: string | undefined;
  /** called with each flaw in file order; throws to refuse the file (--strict) */
  report: (problem: InputProblem) => void;
};

const NOT_A_BIBLIOGRAPHY: Record<CitationFormat, string> = {
  bibtex: "not a BibTeX file: no entries such as @article{key, ...} found",
  ris: 'not an RIS file: no record starting with a "TY  - " line found',
  "csl-json": "not a CSL-JSON file: expected an array of items with a type and a title",
};

export function readCitationRoadmap(read: ReadEntries, format: CitationFormat, options: CitationOptions): Roadmap {
  if (read.found === 0) throw new RoadmapInputError(options.file, [{ message: NOT_A_BIBLIOGRAPHY[format] }]);
  const problems = [...read.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (read.entries.length === 0) {
    throw new RoadmapInputError(options.file, [...problems, { message: `none of its ${read.found} entries could be read` }]);
  }
  for (const problem of problems) options.report(problem);
  const name = basename(options.file).replace(/(\.csl)?\.[^.]+$/i, "");
  return buildCitationRoadmap(read.entries, { id: options.roadmapId, title: options.title ?? name, source: basename(options.file) });
}
