/**
 * A hierarchy that stays readable at screen size: rank = longest BUILDS_ON chain below a node
 * (earliest papers rank 0, drawn on top); a wide rank wraps onto several lines so the drawing
 * keeps roughly the canvas's proportions; within a rank, nodes sit under the mean position of
 * what they build on (fewer crossings). Nodes without any BUILDS_ON edge (sections, side
 * papers) form a block of their own below, instead of widening the first rank; in it the
 * sections, whose names are always drawn and long, come first with twice the spacing and
 * every other one half a line lower, so their labels do not run into each other.
 */
import type { Position } from "cytoscape";

type Node = { id: string; year: number | null; kind?: string };
type Edge = { source: string; target: string; type: string };

export const LAYER_X = 96;
export const LAYER_Y = 56;
const RANK_GAP = 40;
/** Width over height of the picture aimed for (a landscape canvas). */
const ASPECT = 1.6;

export function layeredPositions(nodes: readonly Node[], edges: readonly Edge[]): Record<string, Position> {
  const ids = new Set(nodes.map((n) => n.id));
  const prerequisites = new Map<string, string[]>();
  const linked = new Set<string>();
  for (const e of edges) {
    if (e.type !== "BUILDS_ON" || !ids.has(e.source) || !ids.has(e.target) || e.source === e.target) continue;
    prerequisites.set(e.source, [...(prerequisites.get(e.source) ?? []), e.target]);
    linked.add(e.source).add(e.target);
  }
  const rank = new Map<string, number>();
  const visiting = new Set<string>();
  const rankOf = (id: string): number => {
    const known = rank.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0; // the data is acyclic by contract; never loop if it is not
    visiting.add(id);
    let r = 0;
    for (const p of prerequisites.get(id) ?? []) r = Math.max(r, rankOf(p) + 1);
    visiting.delete(id);
    rank.set(id, r);
    return r;
  };
  const rows = new Map<number, Node[]>();
  const loose: Node[] = [];
  for (const node of nodes) {
    if (!linked.has(node.id)) {
      loose.push(node);
      continue;
    }
    const r = rankOf(node.id);
    rows.set(r, [...(rows.get(r) ?? []), node]);
  }
  // Lines of at most `perLine` nodes make the picture about ASPECT times wider than tall.
  const perLine = Math.max(8, Math.ceil(Math.sqrt((nodes.length * ASPECT * LAYER_Y) / LAYER_X)));
  const out: Record<string, Position> = {};
  const byYear = (a: Node, b: Node) => (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id);
  let y = 0;
  const place = (row: Node[], spread = 1) => {
    const width = Math.max(1, Math.floor(perLine / spread));
    const lineHeight = spread > 1 ? LAYER_Y * 1.5 : LAYER_Y;
    row.forEach((node, i) => {
      const line = Math.floor(i / width);
      const inLine = Math.min(width, row.length - line * width);
      // Spread-out lines also alternate up and down by half a line, so neighbouring labels never meet.
      const stagger = spread > 1 && i % 2 === 1 ? lineHeight / 2 : 0;
      out[node.id] = { x: ((i % width) - (inLine - 1) / 2) * LAYER_X * spread, y: y + line * lineHeight + stagger };
    });
    y += Math.ceil(row.length / width) * lineHeight + RANK_GAP;
  };
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(r) ?? [];
    const centre = (node: Node) => {
      const xs = (prerequisites.get(node.id) ?? []).map((p) => out[p]?.x).filter((x): x is number => x !== undefined);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
    };
    const at = new Map(row.map((node) => [node.id, centre(node)]));
    row.sort((a, b) => at.get(a.id)! - at.get(b.id)! || byYear(a, b));
    place(row);
  }
  const named = (node: Node) => node.kind === "section" || node.kind === "roadmap";
  const looseNamed = loose.filter(named);
  const looseRest = loose.filter((node) => !named(node));
  if (loose.length > 0) y += RANK_GAP;
  if (looseNamed.length > 0) place(looseNamed.sort(byYear), 2);
  if (looseRest.length > 0) place(looseRest.sort(byYear));
  return out;
}
