/**
 * The single gate before anything is written: zod shape first, then the facts zod cannot see
 * (unique ids, references that resolve, acyclic parents and BUILDS_ON, edges that point back in
 * time). Every problem is collected, with the line of the offending object where known, and
 * all of them are thrown together as one RoadmapInputError.
 */
import { type InputProblem, RoadmapInputError } from "./input-error";
import { type Roadmap, roadmapSchema } from "./roadmap-schema";

export type PathKey = string | number;
export type ValidateOptions = { file: string; lineOf?: ((path: PathKey[]) => number | undefined) | undefined };

/** The `line` of the deepest object on the path that has one (parsers record `line`). */
function lineFromData(data: unknown, path: readonly PathKey[]): number | undefined {
  let node: unknown = data;
  let line: number | undefined;
  for (const key of [undefined, ...path]) {
    if (key !== undefined) node = node !== null && typeof node === "object" ? (node as Record<PathKey, unknown>)[key] : undefined;
    const own = node !== null && typeof node === "object" ? (node as { line?: unknown }).line : undefined;
    if (typeof own === "number" && Number.isInteger(own) && own > 0) line = own;
  }
  return line;
}

export function validateRoadmap(data: unknown, options: ValidateOptions): Roadmap {
  const parsed = roadmapSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): InputProblem => {
      const path = issue.path.filter((key): key is PathKey => typeof key === "string" || typeof key === "number");
      const line = options.lineOf?.(path) ?? lineFromData(data, path);
      const where = path.length > 0 ? `${path.join(".")}: ` : "";
      return { ...(line !== undefined ? { line } : {}), message: `${where}${issue.message}` };
    });
    throw new RoadmapInputError(options.file, problems);
  }
  const roadmap = parsed.data;
  const problems = checkRoadmap(roadmap, (path) => options.lineOf?.(path) ?? lineFromData(roadmap, path));
  if (problems.length > 0) throw new RoadmapInputError(options.file, problems);
  return roadmap;
}

/** Semantic checks of an already well-shaped roadmap; returns problems in document order. */
export function checkRoadmap(roadmap: Roadmap, lineOf: (path: PathKey[]) => number | undefined): InputProblem[] {
  const problems: InputProblem[] = [];
  const report = (path: PathKey[], message: string) => {
    const line = lineOf(path);
    problems.push({ ...(line !== undefined ? { line } : {}), message: `${path.join(".")}: ${message}` });
  };

  const sections = new Map<string, (typeof roadmap.sections)[number]>();
  roadmap.sections.forEach((section, i) => {
    if (sections.has(section.id)) report(["sections", i, "id"], `duplicate section id "${section.id}"`);
    else sections.set(section.id, section);
  });
  const papers = new Map(roadmap.papers.map((paper) => [paper.id, paper]));
  const nodes = new Set<string>();
  const arxivOwners = new Map<string, string>();
  (["papers", "resources"] as const).forEach((kind) =>
    roadmap[kind].forEach((node, i) => {
      if (nodes.has(node.id)) report([kind, i, "id"], `duplicate id "${node.id}" (papers and resources share one id space)`);
      nodes.add(node.id);
      const arxivId = "arxivId" in node ? node.arxivId : undefined;
      const owner = arxivId ? arxivOwners.get(arxivId) : undefined;
      if (arxivId && owner && owner !== node.id) report([kind, i, "arxivId"], `arXiv id ${arxivId} is also paper "${owner}"`);
      else if (arxivId) arxivOwners.set(arxivId, node.id);
    }),
  );

  roadmap.sections.forEach((section, i) => {
    if (section.parent !== undefined && !sections.has(section.parent)) report(["sections", i, "parent"], `unknown parent section "${section.parent}"`);
    section.items.forEach((item, j) => {
      if (!nodes.has(item.ref)) report(["sections", i, "items", j, "ref"], `"${item.ref}" is not a paper or resource of this roadmap`);
    });
  });
  // Parent cycles: follow parents from each section; reaching the start again is a cycle.
  const reported = new Set<string>();
  roadmap.sections.forEach((section, i) => {
    const seen: string[] = [];
    let current: string | undefined = section.id;
    while (current !== undefined && !seen.includes(current)) {
      seen.push(current);
      current = sections.get(current)?.parent;
    }
    if (current === section.id && !reported.has(section.id)) {
      seen.forEach((id) => reported.add(id));
      report(["sections", i, "parent"], `section parent cycle: ${[...seen, section.id].join(" -> ")}`);
    }
  });

  roadmap.papers.forEach((paper, i) => {
    if (paper.year !== undefined && paper.venueYear !== undefined && paper.venueYear < paper.year) {
      report(["papers", i, "venueYear"], `venue year ${paper.venueYear} is before the first public version (${paper.year}); year is the earlier of the two`);
    }
  });
  const builders = new Set(roadmap.buildsOn.map((edge) => edge.from));
  roadmap.papers.forEach((paper, i) => {
    if (paper.standalone !== undefined && builders.has(paper.id)) report(["papers", i, "standalone"], `paper "${paper.id}" is marked standalone but builds on other papers`);
  });

  const edges = new Set<string>();
  roadmap.buildsOn.forEach((edge, i) => {
    const from = papers.get(edge.from);
    const to = papers.get(edge.to);
    if (!from) report(["buildsOn", i, "from"], `"${edge.from}" is not a paper`);
    if (!to) report(["buildsOn", i, "to"], `"${edge.to}" is not a paper`);
    if (edge.from === edge.to) report(["buildsOn", i], `self edge: "${edge.from}" builds on itself`);
    const key = `${edge.from}\u0000${edge.to}`;
    if (edges.has(key)) report(["buildsOn", i], `duplicate edge ${edge.from} -> ${edge.to}`);
    edges.add(key);
    if (from?.year !== undefined && to?.year !== undefined && from.year < to.year) {
      report(["buildsOn", i], `edge into the future: ${edge.from} (${from.year}) builds on ${edge.to} (${to.year}); the source is older than the target`);
    }
  });
  const cycle = findCycle(roadmap.buildsOn.filter((edge) => edge.from !== edge.to));
  if (cycle) {
    const index = roadmap.buildsOn.findIndex((edge) => edge.from === cycle[0] && edge.to === cycle[1]);
    report(["buildsOn", Math.max(index, 0)], `BUILDS_ON cycle: ${cycle.join(" -> ")}`);
  }

  roadmap.surveys.forEach((survey, i) => {
    const paper = papers.get(survey.survey);
    if (!paper) report(["surveys", i, "survey"], `"${survey.survey}" is not a paper`);
    else if (!paper.isSurvey) report(["surveys", i, "survey"], `paper "${survey.survey}" is not marked isSurvey: true`);
    survey.covers.forEach((target, j) => {
      if (!sections.has(target) && !papers.has(target)) report(["surveys", i, "covers", j], `"${target}" is not a section or paper`);
    });
  });
  return problems;
}

/** One cycle of the graph as [a, b, ..., a], or undefined. Iterative DFS (no recursion limit). */
export function findCycle(edges: readonly { from: string; to: string }[]): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const targets = next.get(edge.from);
    if (targets) targets.push(edge.to);
    else next.set(edge.from, [edge.to]);
  }
  const state = new Map<string, "open" | "done">();
  for (const start of [...next.keys()].sort()) {
    if (state.has(start)) continue;
    const stack: { node: string; index: number }[] = [{ node: start, index: 0 }];
    state.set(start, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const target = (next.get(top.node) ?? [])[top.index++];
      if (target === undefined) {
        state.set(top.node, "done");
        stack.pop();
      } else if (state.get(target) === "open") {
        const path = stack.map((entry) => entry.node);
        return [...path.slice(path.indexOf(target)), target];
      } else if (!state.has(target)) {
        state.set(target, "open");
        stack.push({ node: target, index: 0 });
      }
    }
  }
  return undefined;
}
