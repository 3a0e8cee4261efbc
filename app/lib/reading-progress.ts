/**
 * Reading progress kept in the browser: which papers are read, being read or skipped, how far
 * each section of the roadmap is done. Storage is a small JSON object; anything unexpected in it
 * is dropped rather than trusted.
 */
import type { GraphEdge } from "@/contract/schemas";

export const READING_STATUSES = ["read", "reading", "skipped"] as const;
export type ReadingStatus = (typeof READING_STATUSES)[number];
export type StatusMap = Readonly<Record<string, ReadingStatus>>;

export const STORAGE_KEY = "rge.reading.v1";

export function parseStatuses(raw: string | null): StatusMap {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const out: Record<string, ReadingStatus> = {};
  for (const [id, status] of Object.entries(value)) {
    if ((READING_STATUSES as readonly unknown[]).includes(status)) out[id] = status as ReadingStatus;
  }
  return out;
}

export function serializeStatuses(map: StatusMap): string {
  return JSON.stringify(map);
}

/** Sets or clears (null) one status; returns the same object when nothing changes. */
export function setStatus(map: StatusMap, id: string, status: ReadingStatus | null): StatusMap {
  if ((map[id] ?? null) === status) return map;
  const next: Record<string, ReadingStatus> = { ...map };
  if (status === null) delete next[id];
  else next[id] = status;
  return next;
}

/** Papers the reading path and the frontier treat as done: read, and skipped on purpose. */
export function doneIds(map: StatusMap): string[] {
  return Object.entries(map)
    .filter(([, s]) => s === "read" || s === "skipped")
    .map(([id]) => id)
    .sort();
}

export type SectionNode = { id: string; children: readonly SectionNode[] };
export type Progress = { total: number; done: number; reading: number };

/** section id -> ids of the papers listed directly in it, from IN_SECTION edges. */
export function membershipFromEdges(edges: readonly GraphEdge[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (edge.type !== "IN_SECTION") continue;
    let set = out.get(edge.target);
    if (!set) out.set(edge.target, (set = new Set()));
    set.add(edge.source);
  }
  return out;
}

/**
 * Progress per section, counting each paper once even when it is listed in several
 * subsections of the same area. Only ids in `papers` count (resources are not "read").
 */
export function sectionProgress(
  tree: readonly SectionNode[],
  membership: ReadonlyMap<string, ReadonlySet<string>>,
  statuses: StatusMap,
  papers?: ReadonlySet<string>,
): Map<string, Progress> {
  const out = new Map<string, Progress>();
  const visit = (section: SectionNode): Set<string> => {
    const ids = new Set<string>();
    for (const id of membership.get(section.id) ?? []) if (!papers || papers.has(id)) ids.add(id);
    for (const child of section.children) for (const id of visit(child)) ids.add(id);
    let done = 0;
    let reading = 0;
    for (const id of ids) {
      const s = statuses[id];
      if (s === "read" || s === "skipped") done++;
      else if (s === "reading") reading++;
    }
    out.set(section.id, { total: ids.size, done, reading });
    return ids;
  };
  for (const root of tree) visit(root);
  return out;
}

/** Section ids at or below `id`, so a section filter also matches its subsections. */
export function sectionSubtree(tree: readonly SectionNode[], id: string): Set<string> {
  const find = (nodes: readonly SectionNode[]): SectionNode | undefined => {
    for (const n of nodes) {
      if (n.id === id) return n;
      const hit = find(n.children);
      if (hit) return hit;
    }
    return undefined;
  };
  const out = new Set<string>();
  const collect = (n: SectionNode) => {
    out.add(n.id);
    n.children.forEach(collect);
  };
  const root = find(tree);
  if (root) collect(root);
  return out;
}

export function percent(p: Progress | undefined): number {
  if (!p || p.total === 0) return 0;
  return Math.round((100 * p.done) / p.total);
}
