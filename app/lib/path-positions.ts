/**
 * Where the path finder draws its paths: each path a row read left to right, From at the left
 * and To at the right, so the picture reads in the order the panel lists the steps. A node on
 * several paths (the ends, a shared step) sits at the middle of its rows. Pure.
 */
import type { Position } from "cytoscape";

export const STEP_WIDTH = 170;
export const ROW_HEIGHT = 90;

export function pathPositions(paths: readonly { nodes: readonly { id: string }[] }[]): Record<string, Position> {
  const seen = new Map<string, { x: number; ys: number[] }>();
  paths.forEach((path, row) => {
    const y = (row - (paths.length - 1) / 2) * ROW_HEIGHT;
    path.nodes.forEach((node, step) => {
      const entry = seen.get(node.id);
      if (entry) entry.ys.push(y);
      else seen.set(node.id, { x: step * STEP_WIDTH, ys: [y] });
    });
  });
  const out: Record<string, Position> = {};
  for (const [id, { x, ys }] of seen) out[id] = { x, y: ys.reduce((sum, y) => sum + y, 0) / ys.length };
  return out;
}
