/**
 * Concentric rings by importance without the hairball: the most built-upon papers in the
 * inner rings, sections on the outer one, and in every ring nodes ordered by area, so each
 * area keeps to the same slice of the circle and its edges stay short instead of crossing it.
 * Ring radii grow with what the ring holds, so neighbours on a ring keep their distance.
 */
import type { Position } from "cytoscape";

type Node = { id: string; area: string; kind: string; builtUponBy?: number };

export const RING_SPACING = 60;
const RING_GAP = 80;
const RING_STEP = 56;
/** builtUponBy thresholds of the inner rings; papers below the last fall to the outer paper ring. */
const LEVELS = [12, 5, 2, 1];

function ringOf(node: Node): number {
  if (node.kind === "roadmap") return -1;
  if (node.kind === "section") return LEVELS.length + 1;
  const value = node.builtUponBy ?? 0;
  const level = LEVELS.findIndex((threshold) => value >= threshold);
  return level < 0 ? LEVELS.length : level;
}

export function concentricPositions(nodes: readonly Node[], areas: readonly string[]): Record<string, Position> {
  const rank = (area: string) => {
    const i = areas.indexOf(area);
    return i < 0 ? areas.length : i;
  };
  const rings = new Map<number, Node[]>();
  for (const node of nodes) rings.set(ringOf(node), [...(rings.get(ringOf(node)) ?? []), node]);
  const out: Record<string, Position> = {};
  let radius = 0;
  for (const ring of [...rings.keys()].sort((a, b) => a - b)) {
    const list = rings.get(ring)!;
    list.sort((a, b) => rank(a.area) - rank(b.area) || (b.builtUponBy ?? 0) - (a.builtUponBy ?? 0) || a.id.localeCompare(b.id));
    if (ring === -1 || (radius === 0 && list.length === 1)) {
      list.forEach((node, i) => (out[node.id] = { x: i * RING_SPACING, y: 0 }));
      radius = RING_GAP / 2;
      continue;
    }
    // A level with more nodes than one circle holds spreads over several circles RING_STEP
    // apart, node i on circle i mod R at angle i / n: neighbours in the order stagger, each
    // circle keeps RING_SPACING between its nodes, areas keep their slice, and the picture grows
    // like a disc (radius ~ square root of the count) instead of one huge ring.
    radius += RING_GAP;
    let circles = 1;
    while ((2 * Math.PI * radius * circles) / list.length < RING_SPACING) circles++;
    list.forEach((node, i) => {
      // Start at the top and go clockwise, the first area first.
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / list.length;
      const r = radius + (i % circles) * RING_STEP;
      out[node.id] = { x: Math.round(r * Math.cos(angle)), y: Math.round(r * Math.sin(angle)) };
    });
    radius += (circles - 1) * RING_STEP;
  }
  return out;
}
