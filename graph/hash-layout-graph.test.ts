import { describe, expect, it } from "vitest";
import { hashLayoutGraph, type LayoutGraph } from "./hash-layout-graph";

const base: LayoutGraph = {
  nodes: ["r", "s1", "2305.13245", "1911.02150"],
  edges: [
    { source: "s1", target: "r", type: "PART_OF" },
    { source: "2305.13245", target: "1911.02150", type: "BUILDS_ON" },
  ],
};

describe("hashLayoutGraph", () => {
  it("is the same for the same graph in any order, and a hex SHA-256", () => {
    const shuffled = { nodes: [...base.nodes].reverse(), edges: [...base.edges].reverse() };
    expect(hashLayoutGraph(shuffled, "fcose")).toBe(hashLayoutGraph(base, "fcose"));
    expect(hashLayoutGraph(base, "fcose")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with a node, an edge, an edge's type or direction, and the layout", () => {
    const key = hashLayoutGraph(base, "fcose");
    const variants: LayoutGraph[] = [
      { ...base, nodes: [...base.nodes, "new"] },
      { ...base, nodes: base.nodes.slice(1) },
      { ...base, edges: [...base.edges, { source: "1911.02150", target: "r", type: "IN_SECTION" }] },
      { ...base, edges: base.edges.slice(1) },
      { ...base, edges: [base.edges[0]!, { ...base.edges[1]!, type: "SAME_TOPIC" }] },
      { ...base, edges: [base.edges[0]!, { source: "1911.02150", target: "2305.13245", type: "BUILDS_ON" }] },
    ];
    for (const graph of variants) expect(hashLayoutGraph(graph, "fcose")).not.toBe(key);
    expect(hashLayoutGraph(base, "dagre")).not.toBe(key);
  });

  it("does not confuse ids that run together", () => {
    const a = hashLayoutGraph({ nodes: ["a|b", "c"], edges: [] }, "fcose");
    const b = hashLayoutGraph({ nodes: ["a", "b|c"], edges: [] }, "fcose");
    expect(a).not.toBe(b);
  });
});
