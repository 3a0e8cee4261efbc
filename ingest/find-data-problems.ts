/**
 * The curation rules of a hand-made dataset, stricter than what the ingest accepts from any
 * file (validate-roadmap.ts): a reading list a learner trusts has a year and title on every
 * paper, a reason on every BUILDS_ON edge, no cycle, no edge into the future, one paper per
 * arXiv id, no first-version year later than its arXiv id says, and no paper left outside every
 * BUILDS_ON edge unless it says why (`standalone`). Pure: the data test runs it on the bundled
 * YAML, and its own tests break one rule at a time.
 */
import type { Roadmap } from "./roadmap-schema";
import { findCycle } from "./validate-roadmap";

export type DataProblem = { rule: string; subject: string; message: string };

/** 2305.13245 was first posted in 2023; old-style ids (cs/0112017) give 2001. */
export function arxivYear(arxivId: string): number | undefined {
  const modern = /^(\d{2})(\d{2})\.\d{4,5}$/.exec(arxivId);
  if (modern) return 2000 + Number(modern[1]);
  const legacy = /\/(\d{2})\d{5}$/.exec(arxivId);
  if (!legacy) return undefined;
  const yy = Number(legacy[1]);
  return yy >= 91 ? 1900 + yy : 2000 + yy;
}

export function findDataProblems(roadmap: Pick<Roadmap, "papers" | "buildsOn" | "sections">): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (rule: string, subject: string, message: string) => problems.push({ rule, subject, message });
  const papers = new Map(roadmap.papers.map((paper) => [paper.id, paper]));

  const owners = new Map<string, string>();
  for (const paper of roadmap.papers) {
    if (paper.title.trim() === "") add("title", paper.id, "has no title");
    if (paper.year === undefined) add("year", paper.id, "has no year");
    if (paper.arxivId === undefined) continue;
    const owner = owners.get(paper.arxivId);
    if (owner !== undefined) add("duplicate-arxiv", paper.id, `arXiv ${paper.arxivId} is also paper "${owner}"`);
    else owners.set(paper.arxivId, paper.id);
    const posted = arxivYear(paper.arxivId);
    if (paper.year !== undefined && posted !== undefined && paper.year > posted) {
      add("first-version", paper.id, `year ${paper.year} is later than its arXiv id's ${posted}: year is the first public version, not the venue's`);
    }
  }

  const touched = new Set<string>();
  const builtUpon = new Set<string>();
  for (const edge of roadmap.buildsOn) {
    const name = `${edge.from} -> ${edge.to}`;
    touched.add(edge.from).add(edge.to);
    builtUpon.add(edge.to);
    if (edge.reason.trim() === "") add("reason", name, "has no reason");
    const [from, to] = [papers.get(edge.from), papers.get(edge.to)];
    if (!from || !to) add("dangling", name, "names a paper that does not exist");
    else if (from.year !== undefined && to.year !== undefined && from.year < to.year) {
      add("future", name, `${edge.from} (${from.year}) cannot build on the later ${edge.to} (${to.year})`);
    }
  }
  const cycle = findCycle(roadmap.buildsOn);
  if (cycle) add("cycle", cycle.join(" -> "), "BUILDS_ON goes round in a circle");

  for (const paper of roadmap.papers) {
    if (!touched.has(paper.id) && (paper.standalone ?? "").trim() === "") {
      add("unconnected", paper.id, "takes part in no BUILDS_ON edge and does not say why (standalone)");
    }
    // A prerequisite the roadmap omits is only there because something builds on it.
    if (!paper.inRoadmap && !builtUpon.has(paper.id)) add("orphan-prerequisite", paper.id, "is outside the roadmap and nothing builds on it");
  }

  for (const section of roadmap.sections) {
    if (!/[а-яё]/i.test(section.nameRu ?? "")) add("russian-name", section.id, "has no Russian name");
  }
  return problems;
}
