import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { describe, expect, it } from "vitest";
import { computeForceLayout, normaliseForceGraph, type ForceGraph } from "./force-layout";

cytoscape.use(fcose);

/** A citation-like graph: each node builds on one or two earlier ones (a fixed generator). */
function graph(n: number): ForceGraph {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}` }));
  const edges: { source: string; target: string }[] = [];
  for (let i = 1; i < n; i++) for (let j = 0, k = random() < 0.5 ? 1 : 2; j < k; j++) edges.push({ source: `n${i}`, target: `n${Math.floor(random() * i)}` });
  return { nodes, edges };
}

describe("computeForceLayout", () => {
  it("gives the same positions every run, whatever order the graph comes in and whatever ran before", () => {
    // 1,200: above REFINE_LIMIT, drawn by lay-out-big-graph.ts instead of fcose.
    for (const size of [40, 300, 1200]) {
      const g = graph(size);
      const first = computeForceLayout(cytoscape, g);
      Math.random();
      computeForceLayout(cytoscape, graph(25));
      const again = computeForceLayout(cytoscape, { nodes: [...g.nodes].reverse(), edges: [...g.edges].reverse() });
      expect(again).toEqual(first);
      expect(Object.keys(first)).toHaveLength(size);
    }
    // Layouts of a few hundred nodes take seconds on a busy two-core machine.
  }, 60_000);

  it("leaves Math.random as it found it", () => {
    const random = Math.random;
    computeForceLayout(cytoscape, graph(30));
    expect(Math.random).toBe(random);
  });

  it("spreads the nodes out: no two share a spot, and linked nodes sit closer than the average pair", () => {
    const g = graph(120);
    const p = computeForceLayout(cytoscape, g);
    const spots = new Set(Object.values(p).map((q) => `${q.x},${q.y}`));
    expect(spots.size).toBe(120);
    const d = (a: string, b: string) => Math.hypot(p[a]!.x - p[b]!.x, p[a]!.y - p[b]!.y);
    const linked = g.edges.reduce((s, e) => s + d(e.source, e.target), 0) / g.edges.length;
    const ids = Object.keys(p);
    let all = 0;
    for (let i = 0; i < ids.length; i++) all += d(ids[i]!, ids[(i * 7 + 3) % ids.length]!);
    expect(linked).toBeLessThan(all / ids.length);
  }, 60_000);

  it("ignores duplicate nodes, self-loops and edges to nodes it was not given", () => {
    expect(normaliseForceGraph({ nodes: [{ id: "b" }, { id: "a" }, { id: "a" }], edges: [{ source: "a", target: "a" }, { source: "a", target: "zz" }, { source: "b", target: "a" }] })).toEqual({
      nodes: ["a", "b"],
      edges: [["b", "a"]],
    });
    expect(computeForceLayout(cytoscape, { nodes: [], edges: [] })).toEqual({});
  });
});
