/**
 * Which layout runs how, decided from the view's size: the force layout draws stored positions
 * when the list has them and is otherwise computed (seeded, so the same picture every time),
 * dagre is kept to views it can finish quickly, and timeline and the large-view hierarchy are
 * plain computed positions (instant, deterministic). Big views are not animated.
 */
import type { LayoutOptions, Position } from "cytoscape";
import type { LayoutName } from "./url-state";
import { concentricPositions } from "./concentric-positions";
import { layeredPositions } from "./layered-positions";
import { placeNearNeighbours } from "./place-near-neighbours";

export { concentricPositions, layeredPositions };

export const ANIMATE_LIMIT = 250;
export const DAGRE_LIMIT = 500;
/** Above this many nodes the hierarchy wraps its ranks instead of running dagre. */
export const DAGRE_WRAP_FROM = 60;

export type LayoutNode = { id: string; year: number | null; area: string; kind: string; size: number; builtUponBy?: number };
export type LayoutEdge = { source: string; target: string; type: string };

/**
 * `timelineOrigin`: the year drawn at x = 0 by the timeline layout. Later filters remove nodes
 * without moving the rest, so the year axis must be drawn from this origin, not from the years
 * that happen to be left.
 */
export type LayoutPlan = {
  options: LayoutOptions;
  note?: "dagre-too-large";
  timelineOrigin?: number;
  /** fcose only: "stored" draws the positions given; "force" needs the force layout's positions first */
  source?: "stored" | "force";
};

/**
 * `first`: the canvas's first layout. Animation shows how a view changes (a layout switch, an
 * expansion); on the first drawing there is nothing to change from, so it would only delay the
 * finished picture (by the animation's 450 ms).
 */
export function planLayout(
  name: LayoutName,
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  areas: readonly string[],
  first = false,
  stored?: Readonly<Record<string, Position>>,
): LayoutPlan {
  const n = nodes.length;
  const animate = !first && n > 0 && n <= ANIMATE_LIMIT;
  // Cytoscape's own fit measures every label; big views are fitted from positions instead.
  const common = { animate, animationDuration: 450, fit: animate, padding: 40 };
  switch (name) {
    case "fcose":
      // A stored picture (the list's overview, GET /api/positions) is drawn as it is, newcomers
      // beside their neighbours; anything else gets the seeded force layout, computed by the
      // caller (contract/force-layout.ts) and drawn the same way.
      return stored
        ? { options: { name: "preset", ...common, positions: placeNearNeighbours(stored, nodes, edges) }, source: "stored" }
        : { options: { name: "preset", ...common }, source: "force" };
    case "dagre":
      if (n > DAGRE_LIMIT) {
        return { options: { name: "preset", ...common, positions: layeredPositions(nodes, edges) }, note: "dagre-too-large" };
      }
      // dagre puts every rank on one line: a roadmap overview (many papers per rank, many with no
      // BUILDS_ON at all) becomes a thin strip. Wrapped ranks stay readable at screen size.
      if (n > DAGRE_WRAP_FROM) return { options: { name: "preset", ...common, positions: layeredPositions(nodes, edges) } };
      // BUILDS_ON points from the later paper to the earlier one; "BT" puts edge targets
      // (earlier papers) on top.
      return { options: { name: "dagre", ...common, rankDir: "BT", nodeSep: 24, rankSep: 60, edgeSep: 8 } as unknown as LayoutOptions };
    case "timeline":
      return { options: { name: "preset", ...common, positions: timelinePositions(nodes, areas) }, timelineOrigin: timelineOrigin(nodes) };
    case "concentric":
      return { options: { name: "preset", ...common, positions: concentricPositions(nodes, areas) } };
  }
}

export const YEAR_WIDTH = 140;

/**
 * x = year; within a year nodes stack in lanes by area so colours group together.
 * Undated nodes (sections, most resources) get a column of their own left of the first year.
 */
export function timelinePositions(nodes: readonly LayoutNode[], areas: readonly string[]): Record<string, Position> {
  const minYear = timelineOrigin(nodes);
  const columns = new Map<string, LayoutNode[]>();
  for (const node of nodes) {
    const key = node.year === null ? "undated" : String(node.year);
    const list = columns.get(key) ?? [];
    list.push(node);
    columns.set(key, list);
  }
  const out: Record<string, Position> = {};
  for (const [key, list] of columns) {
    const undated = key === "undated";
    const x = undated ? -2 * YEAR_WIDTH : (Number(key) - minYear) * YEAR_WIDTH;
    list.sort((a, b) => areaRank(a.area, areas) - areaRank(b.area, areas) || a.id.localeCompare(b.id));
    // Two sub-columns keep tall years from becoming one endless line; undated nodes (sections,
    // with long names) get one column, staggered so neighbouring labels do not collide.
    list.forEach((node, i) => {
      out[node.id] = undated ? { x: x - (i % 2) * 40, y: i * 48 } : { x: x + (i % 2) * 56, y: Math.floor(i / 2) * 64 };
    });
  }
  return out;
}

/** The earliest year among the nodes (x = 0 of the timeline); 2000 when none has a year. */
export function timelineOrigin(nodes: readonly { year: number | null }[]): number {
  const years = nodes.map((n) => n.year).filter((y): y is number => y !== null);
  return years.length ? Math.min(...years) : 2000;
}

function areaRank(area: string, areas: readonly string[]): number {
  const i = areas.indexOf(area);
  return i < 0 ? areas.length : i;
}

// The force layout's draft spreading and refinement limit live with the layout both sides compute.
export { REFINE_LIMIT, spreadPositions } from "@/contract/force-layout";
