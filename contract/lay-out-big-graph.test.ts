import { describe, expect, it } from "vitest";
import { layOutBigGraph, separate } from "./lay-out-big-graph";

/** A citation-like graph (each node builds on one or two earlier ones), plus a few small separate pieces and loners. */
function graph(n: number): { nodes: string[]; edges: [string, string][] } {
  let seed = 5;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const ids = Array.from({ length: n }, (_, i) => `n${String(i).padStart(5, "0")}`);
  const edges: [string, string][] = [];
  for (let i = 1; i < n; i++) for (let j = 0, k = random() < 0.5 ? 1 : 2; j < k; j++) edges.push([ids[i]!, ids[Math.floor(random() * i)]!]);
  const extra = ["x1", "x2", "x3", "y1", "y2", "z"];
  edges.push(["x1", "x2"], ["x2", "x3"], ["y1", "y2"]);
  return { nodes: [...ids, ...extra].sort(), edges };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("layOutBigGraph", () => {
  const g = graph(1500);
  const positions = layOutBigGraph(g.nodes, g.edges, 100);

  it("places every node, at a finite spot, and draws the same picture every run", () => {
    expect(Object.keys(positions).sort()).toEqual(g.nodes);
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(layOutBigGraph(g.nodes, g.edges, 100)).toEqual(positions);
  });

  it("leaves no two nodes on top of each other", () => {
    const list = Object.values(positions).sort((a, b) => a.x - b.x);
    let closest = Infinity;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length && list[j]!.x - list[i]!.x < 100; j++) closest = Math.min(closest, distance(list[i]!, list[j]!));
    expect(closest).toBeGreaterThan(25);
  });

  it("keeps linked nodes closer than the average pair, and separate pieces apart", () => {
    const linked = g.edges.reduce((s, [a, b]) => s + distance(positions[a]!, positions[b]!), 0) / g.edges.length;
    let all = 0;
    for (let i = 0; i < g.nodes.length; i++) all += distance(positions[g.nodes[i]!]!, positions[g.nodes[(i * 7 + 3) % g.nodes.length]!]!);
    expect(linked).toBeLessThan(all / g.nodes.length / 2);
    // The small pieces sit outside the big one's box.
    const big = g.nodes.filter((id) => id.startsWith("n")).map((id) => positions[id]!);
    const box = { x1: Math.min(...big.map((p) => p.x)), x2: Math.max(...big.map((p) => p.x)), y1: Math.min(...big.map((p) => p.y)), y2: Math.max(...big.map((p) => p.y)) };
    for (const id of ["x1", "x2", "x3", "y1", "y2", "z"]) {
      const p = positions[id]!;
      expect(p.x > box.x2 || p.x < box.x1 || p.y > box.y2 || p.y < box.y1).toBe(true);
    }
  });
});

describe("separate", () => {
  it("spreads nodes that share one spot until they are about `gap` apart", () => {
    const xs = new Float64Array(30).fill(500);
    const ys = new Float64Array(30).fill(-200);
    separate(xs, ys, 50, 200);
    for (let i = 0; i < 30; i++) for (let j = i + 1; j < 30; j++) expect(Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!)).toBeGreaterThan(45);
  });
});
