/**
 * The order to read a paper's prerequisites in. Pure: no driver, unit-tested beside it.
 *
 * Topological over BUILDS_ON (each paper after everything it builds on), ties broken by roadmap
 * order (section order, then position in the section), then year, then id, so the same graph
 * always gives the same path. Depth is the longest BUILDS_ON distance to a target.
 */

export type PathPaper = {
  id: string;
  /** order of the first section the paper is listed in; null for papers the roadmap omits */
  sectionOrder: number | null;
  /** position inside that section */
  itemOrder: number | null;
  year: number | null;
};

/** `from` builds on `to`: `to` must be read first. */
export type PrerequisiteEdge = { from: string; to: string; reason: string | null };

export type ReadingOrderInput = {
  papers: readonly PathPaper[];
  edges: readonly PrerequisiteEdge[];
  read?: Iterable<string>;
  hideRead?: boolean;
};

export type OrderedStep = {
  id: string;
  order: number;
  depth: number;
  /** the path's papers that build on this one, and why */
  reasons: PrerequisiteEdge[];
  read: boolean;
};

export type ReadingOrder = {
  steps: OrderedStep[];
  /** unread papers whose prerequisites are all read, in reading order */
  frontier: string[];
  /** true when BUILDS_ON had a cycle (the ingest forbids it); the cycle was cut where it stood */
  cyclic: boolean;
};

const nullsLast = (a: number | null, b: number | null) => (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY) || 0;

export function compareRoadmapOrder(a: PathPaper, b: PathPaper): number {
  return (
    nullsLast(a.sectionOrder, b.sectionOrder) ||
    nullsLast(a.itemOrder, b.itemOrder) ||
    nullsLast(a.year, b.year) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function pickFirst(candidates: Iterable<PathPaper>): PathPaper | undefined {
  let best: PathPaper | undefined;
  for (const paper of candidates) if (!best || compareRoadmapOrder(paper, best) < 0) best = paper;
  return best;
}

export function orderReadingPath(input: ReadingOrderInput): ReadingOrder {
  const papers = new Map(input.papers.map((paper) => [paper.id, paper]));
  const edges = input.edges.filter((edge) => papers.has(edge.from) && papers.has(edge.to) && edge.from !== edge.to);
  const prerequisites = new Map<string, Set<string>>([...papers.keys()].map((id) => [id, new Set<string>()]));
  const dependents = new Map<string, PrerequisiteEdge[]>([...papers.keys()].map((id) => [id, []]));
  for (const edge of edges) {
    prerequisites.get(edge.from)?.add(edge.to);
    dependents.get(edge.to)?.push(edge);
  }

  // Kahn's algorithm; the available set is small, so a linear scan for the next one is enough.
  const waiting = new Map([...prerequisites].map(([id, set]) => [id, set.size]));
  const available = new Map<string, PathPaper>();
  for (const [id, count] of waiting) if (count === 0) available.set(id, papers.get(id) as PathPaper);
  const order: string[] = [];
  const placed = new Set<string>();
  let cyclic = false;
  while (order.length < papers.size) {
    let next = pickFirst(available.values());
    if (!next) {
      cyclic = true;
      next = pickFirst([...papers.values()].filter((paper) => !placed.has(paper.id)));
      if (!next) break;
    }
    available.delete(next.id);
    placed.add(next.id);
    order.push(next.id);
    for (const edge of dependents.get(next.id) ?? []) {
      const left = (waiting.get(edge.from) ?? 0) - 1;
      waiting.set(edge.from, left);
      if (left === 0 && !placed.has(edge.from)) available.set(edge.from, papers.get(edge.from) as PathPaper);
    }
  }

  // Longest distance to a target: walk from the last read to the first, so every dependent of
  // a paper has its depth before the paper does. A target that another target builds on (two
  // papers of one section) is deeper than 0; a paper nothing on the path builds on is a target.
  const depth = new Map<string, number>();
  for (const id of [...order].reverse()) {
    const viaDependents = (dependents.get(id) ?? []).map((edge) => depth.get(edge.from)).filter((d): d is number => d !== undefined);
    depth.set(id, viaDependents.length > 0 ? Math.max(...viaDependents) + 1 : 0);
  }

  const read = new Set(input.read ?? []);
  const frontier = order.filter((id) => !read.has(id) && [...(prerequisites.get(id) ?? [])].every((pre) => read.has(pre)));
  const shown = input.hideRead ? order.filter((id) => !read.has(id)) : order;
  const steps = shown.map((id, index) => ({
    id,
    order: index + 1,
    depth: depth.get(id) ?? 0,
    reasons: [...(dependents.get(id) ?? [])].sort((a, b) => a.from.localeCompare(b.from)),
    read: read.has(id),
  }));
  return { steps, frontier, cyclic };
}
