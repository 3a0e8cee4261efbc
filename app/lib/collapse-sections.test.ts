import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import { collapseOverview } from "./collapse-sections";
import { mergeIntoView, viewFromSubgraph } from "./view-graph";

const node = (id: string, kind: GraphNode["kind"], extra: Partial<GraphNode> = {}): GraphNode =>
  ({ id, kind, label: id, title: id, ...extra });
const edge = (source: string, type: GraphEdge["type"], target: string): GraphEdge => ({ id: `${source}-${type}-${target}`, source, target, type, origin: "curated" });

const graph = {
  nodes: [
    node("r", "roadmap"),
    node("s1", "section", { nameRu: "Раздел" }),
    node("s2", "section"),
    node("p1", "paper"),
    node("p2", "paper"),
    node("p3", "paper"),
    node("x1", "resource"),
  ],
  edges: [
    edge("s1", "PART_OF", "r"),
    edge("s2", "SUBSECTION_OF", "s1"),
    edge("p1", "IN_SECTION", "s1"),
    edge("p2", "IN_SECTION", "s1"),
    edge("x1", "IN_SECTION", "s2"),
    edge("p3", "IN_SECTION", "s2"),
    edge("p2", "BUILDS_ON", "p1"),
    edge("p3", "BUILDS_ON", "p1"),
  ],
};

describe("collapseOverview", () => {
  it("leaves an overview at or under the threshold as it is", () => {
    const result = collapseOverview(graph, 7);
    expect(result.collapsed).toBe(false);
    expect(result.base).toBe(graph);
  });

  it("draws a big list as its roadmap and sections, each labelled with its item count", () => {
    const { base, collapsed } = collapseOverview(graph, 3);
    expect(collapsed).toBe(true);
    expect(base.nodes.map((n) => [n.id, n.label])).toEqual([
      ["r", "r"],
      ["s1", "2 · s1"],
      ["s2", "2 · s2"],
    ]);
    expect(base.nodes[1]?.nameRu).toBe("2 · Раздел");
    expect(base.nodes[2]).not.toHaveProperty("nameRu");
    expect(base.edges.map((e) => e.id)).toEqual(["s1-PART_OF-r", "s2-SUBSECTION_OF-s1"]);
  });

  it("opens a section in place: its items join, with the edges among what is drawn", () => {
    const { base, parts } = collapseOverview(graph, 3);
    let view = viewFromSubgraph(base);
    const s1 = parts.get("s1");
    expect(s1?.nodes.map((n) => n.id)).toEqual(["p1", "p2"]);
    view = mergeIntoView(view, s1 ?? { nodes: [], edges: [] }, "s1");
    expect([...view.nodes.keys()]).toEqual(["r", "s1", "s2", "p1", "p2"]);
    expect([...view.edges.keys()]).toContain("p2-BUILDS_ON-p1");
    expect([...view.edges.keys()]).not.toContain("p3-BUILDS_ON-p1");
    expect(view.addedBy.get("p1")).toBe("s1");
  });
});
