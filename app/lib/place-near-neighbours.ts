/**
 * Where the nodes go that a stored picture does not hold (resources ticked on, a paper an
 * enrichment suggested, a list's newest entry): beside their neighbours that have a place,
 * never moving those. Placed nodes keep their positions exactly; a new node sits on a spiral
 * around the middle of its placed neighbours (so several newcomers of one spot do not pile up);
 * one whose neighbours are new too follows them in a later round; what touches nothing placed
 * lines up in rows under the picture. Pure and deterministic: the same input, the same places.
 */
import type { Position } from "cytoscape";

/** The golden angle: consecutive slots of one spiral never line up. */
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

export function placeNearNeighbours(
  known: Readonly<Record<string, Position>>,
  nodes: readonly { id: string }[],
  edges: readonly { source: string; target: string }[],
  spacing = 70,
): Record<string, Position> {
  const out: Record<string, Position> = {};
  const ids = nodes.map((n) => n.id);
  const present = new Set(ids);
  for (const id of ids) {
    const p = known[id];
    if (p) out[id] = { x: p.x, y: p.y };
  }
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b || !present.has(a) || !present.has(b)) return;
    neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    neighbours.set(b, (neighbours.get(b) ?? new Set()).add(a));
  };
  for (const e of edges) link(e.source, e.target);

  // Occupied places, so the spiral steps past where nodes already are.
  const taken = new Set(Object.values(out).map((p) => `${Math.round(p.x / (spacing / 2))},${Math.round(p.y / (spacing / 2))}`));
  const cell = (p: Position) => `${Math.round(p.x / (spacing / 2))},${Math.round(p.y / (spacing / 2))}`;
  let waiting = [...new Set(ids)].filter((id) => !out[id]).sort();
  while (waiting.length > 0) {
    const placedNow: [string, Position][] = [];
    for (const id of waiting) {
      const anchors = [...(neighbours.get(id) ?? [])].map((n) => out[n]).filter((p): p is Position => p !== undefined);
      if (anchors.length === 0) continue;
      const centre = { x: anchors.reduce((s, p) => s + p.x, 0) / anchors.length, y: anchors.reduce((s, p) => s + p.y, 0) / anchors.length };
      let spot = centre;
      for (let k = 1; k < 2000; k++) {
        const r = spacing * Math.sqrt(k) * 0.8;
        spot = { x: Math.round(centre.x + r * Math.cos(k * GOLDEN)), y: Math.round(centre.y + r * Math.sin(k * GOLDEN)) };
        if (!taken.has(cell(spot))) break;
      }
      taken.add(cell(spot));
      placedNow.push([id, spot]);
    }
    // Places found in a round anchor others only from the next round on: a chain of new nodes
    // grows outward one step per round instead of trailing off in id order.
    for (const [id, p] of placedNow) out[id] = p;
    if (placedNow.length === 0) break;
    waiting = waiting.filter((id) => !out[id]);
  }

  const loose = waiting.filter((id) => !out[id]);
  if (loose.length > 0) {
    const placed = Object.values(out);
    const left = placed.length ? Math.min(...placed.map((p) => p.x)) : 0;
    const right = placed.length ? Math.max(...placed.map((p) => p.x)) : 0;
    const bottom = placed.length ? Math.max(...placed.map((p) => p.y)) + 2 * spacing : 0;
    const perRow = Math.max(1, Math.floor((right - left) / spacing) + 1, Math.ceil(Math.sqrt(loose.length)));
    loose.forEach((id, i) => {
      out[id] = { x: left + (i % perRow) * spacing, y: bottom + Math.floor(i / perRow) * spacing };
    });
  }
  return out;
}
