/**
 * The order to read a paper's prerequisites in. Pure: no driver, unit-tested beside it.
 *
 * An order for learning, not just any topological one. The papers the reader asked about (the
 * target, or the papers listed in the target section) are taken one by one: first the main line
 * (papers connected by BUILDS_ON), then surveys (after what they survey), then side topics
 * (papers nothing on the path builds on and that build on nothing in it: a metric, a dataset).
 * Within each group roadmap order decides (section order, position in the section, year, id).
 * Each paper brings its prerequisites right before it, depth first, so a prerequisite
 * comes just before the first paper that needs it instead of wherever the roadmap happens to
 * list it (multi-query attention is read right before PaLM, not before diffusion models).
 * Depth is the longest BUILDS_ON distance to a target.
 */

export type PathPaper = {
  id: string;
  /** order of the first section the paper is listed in; null for papers the roadmap omits */
  sectionOrder: number | null;
  /** position inside that section */
  itemOrder: number | null;
  year: number | null;
  /** listed in what the reader asked for (the target paper, or the target section's papers) */
  seed?: boolean;
  isSurvey?: boolean;
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

/** 0: the main line; 1: surveys; 2: side topics (no BUILDS_ON either way on the path). */
function group(paper: PathPaper, connected: boolean): number {
  if (paper.isSurvey) return 1;
  return connected ? 0 : 2;
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
  const byRoadmap = (ids: Iterable<string>) =>
    [...ids].map((id) => papers.get(id) as PathPaper).sort(compareRoadmapOrder);

  // Depth-first, prerequisites before the paper (post-order). A prerequisite met again while
  // its own visit is under way closes a cycle (the ingest forbids them): that edge is cut.
  const order: string[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  let cyclic = false;
  const visit = (id: string) => {
    if (placed.has(id)) return;
    if (visiting.has(id)) {
      cyclic = true;
      return;
    }
    visiting.add(id);
    for (const pre of byRoadmap(prerequisites.get(id) ?? [])) visit(pre.id);
    visiting.delete(id);
    placed.add(id);
    order.push(id);
  };
  // Starting points: what the reader asked for, and anything nothing on the path builds on
  // (a caller that marks no seeds gets the sinks: the targets). Every other paper is reached
  // as a prerequisite; the last sweep only matters when a cycle hides one.
  const connected = (id: string) => (prerequisites.get(id)?.size ?? 0) > 0 || (dependents.get(id)?.length ?? 0) > 0;
  const rank = (paper: PathPaper) => group(paper, connected(paper.id));
  const starts = [...papers.values()]
    .filter((paper) => paper.seed === true || (dependents.get(paper.id)?.length ?? 0) === 0)
    .sort((a, b) => rank(a) - rank(b) || compareRoadmapOrder(a, b));
  for (const paper of starts) visit(paper.id);
  for (const paper of byRoadmap(papers.keys())) visit(paper.id);

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
