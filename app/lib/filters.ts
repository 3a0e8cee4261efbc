/**
 * What the canvas shows after the filters: relation types, node kinds, a year range, a section
 * (with its subsections) and "hide what is read". Undated nodes (sections) are never dropped by
 * the year range, since they have no year to compare.
 */
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import type { StatusMap } from "./reading-progress";
import { FILTER_TYPES, type FilterType, type Filters } from "./url-state";

/**
 * Relation types shown when the filter names none: all but SAME_TOPIC, which is dense and
 * hides the structure, so it is shown (and loaded) only when ticked.
 */
export const DEFAULT_TYPES: readonly FilterType[] = FILTER_TYPES.filter((t) => t !== "SAME_TOPIC");

export function shownTypes(filters: Filters): readonly FilterType[] {
  return filters.types.length > 0 ? filters.types : DEFAULT_TYPES;
}

/** What the overview must load beyond its default for the filters to show what they say. */
export function overviewExtras(filters: Filters): { sameTopic: boolean; resources: boolean } {
  return { sameTopic: shownTypes(filters).includes("SAME_TOPIC"), resources: filters.kinds.includes("resource") };
}

export type FilterContext = {
  /** section ids at or below the section filter (empty when there is none) */
  sectionScope: ReadonlySet<string>;
  /** node id -> the sections it is listed in */
  memberOf: ReadonlyMap<string, ReadonlySet<string>>;
  statuses: StatusMap;
  hideRead: boolean;
};

export function invertMembership(membership: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [section, ids] of membership) {
    for (const id of ids) {
      let set = out.get(id);
      if (!set) out.set(id, (set = new Set()));
      set.add(section);
    }
  }
  return out;
}

function inSection(node: GraphNode, filters: Filters, ctx: FilterContext): boolean {
  if (!filters.section) return true;
  if (ctx.sectionScope.has(node.id)) return true;
  if (node.area === filters.section) return true;
  for (const s of ctx.memberOf.get(node.id) ?? []) if (ctx.sectionScope.has(s)) return true;
  return false;
}

export function keepNode(node: GraphNode, filters: Filters, ctx: FilterContext): boolean {
  if (filters.kinds.length > 0 && !(filters.kinds as string[]).includes(node.kind)) return false;
  if (node.year !== null && node.year !== undefined) {
    if (filters.yearFrom !== null && node.year < filters.yearFrom) return false;
    if (filters.yearTo !== null && node.year > filters.yearTo) return false;
  }
  if (ctx.hideRead && ctx.statuses[node.id] === "read") return false;
  return inSection(node, filters, ctx);
}

export function applyFilters(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  filters: Filters,
  ctx: FilterContext,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const kept = nodes.filter((n) => keepNode(n, filters, ctx));
  const ids = new Set(kept.map((n) => n.id));
  if (filters.section) {
    // A section's papers build on foundations no section lists (DDPM, S4...): keep those
    // prerequisites in view. They are drawn in the "outside the roadmap" colour.
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const rest = { ...filters, section: null };
    for (const e of edges) {
      const prerequisite = byId.get(e.target);
      if (e.type !== "BUILDS_ON" || !ids.has(e.source) || !prerequisite || ids.has(prerequisite.id)) continue;
      // A node with an area sits under some section of the roadmap.
      const outside = prerequisite.inRoadmap === false || (prerequisite.inRoadmap === undefined && !prerequisite.area);
      if (outside && keepNode(prerequisite, rest, ctx)) {
        kept.push(prerequisite);
        ids.add(prerequisite.id);
      }
    }
  }
  // Without a choice every relation but SAME_TOPIC is shown; a choice shows exactly what it lists.
  const typeShown = filters.types.length > 0 ? (type: string) => (filters.types as string[]).includes(type) : (type: string) => type !== "SAME_TOPIC";
  return {
    nodes: kept,
    edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target) && typeShown(e.type)),
  };
}

/** Year bounds of what is loaded, for the range inputs' placeholders and limits. */
export function yearBounds(nodes: readonly GraphNode[]): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const n of nodes) {
    if (typeof n.year !== "number") continue;
    min = Math.min(min, n.year);
    max = Math.max(max, n.year);
  }
  return min === Infinity ? null : { min, max };
}
