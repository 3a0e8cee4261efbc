import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode, Overview } from "@/contract/schemas";
import { clusterOverview } from "./collapse-sections";
import { mergeIntoView, viewFromSubgraph } from "./view-graph";

const node = (id: string, kind: GraphNode["kind"], extra: Partial<GraphNode> = {}): GraphNode =>
  ({ id, kind, label: id, title: id, ...extra });
const edge = (source: string, type: GraphEdge["type"], target: string): GraphEdge => ({ id: `${source}-${type}-${target}`, source, target, type, origin: "curated" });

// A clustered overview as the server answers it: the list, its sections and what each holds.
const clustered: Overview = {
  nodes: [node("r", "roadmap"), node("s1", "section", { nameRu: "Раздел" }), node("s2", "section"), node("s3", "section")],
  edges: [edge("s1", "PART_OF", "r"), edge("s2", "SUBSECTION_OF", "s1"), edge("s3", "PART_OF", "r")],
  omitted: 0,
  clustered: true,
  clusters: [
    { section: "s1", papers: 2, resources: 0, items: 2 },
    { section: "s2", papers: 1, resources: 1, items: 2 },
    { section: "s3", papers: 0, resources: 4, items: 0 },
  ],
};

describe("clusterOverview", () => {
  it("leaves an overview that is not clustered as it is", () => {
    const small: Overview = { ...clustered, nodes: [...clustered.nodes, node("p1", "paper")], clustered: false, clusters: [] };
    const result = clusterOverview(small);
    expect(result.base).toBe(small);
    expect(result.clusters.size).toBe(0);
  });

  it("labels each section with the items it stands for, in both languages", () => {
    const { base, clusters } = clusterOverview(clustered);
    expect(base.nodes.map((n) => [n.id, n.label])).toEqual([
      ["r", "r"],
      ["s1", "2 · s1"],
      ["s2", "2 · s2"],
      ["s3", "0 · s3"],
    ]);
    expect(base.nodes[1]?.nameRu).toBe("2 · Раздел");
    expect(base.edges).toBe(clustered.edges);
    // s3 holds only resources, which were not asked for: nothing to open.
    expect([...clusters]).toEqual(["s1", "s2"]);
  });

  it("opens a section in place: its items join, with the edges among what is drawn", () => {
    const { base } = clusterOverview(clustered);
    const items = {
      nodes: [node("p1", "paper"), node("p2", "paper")],
      edges: [edge("p1", "IN_SECTION", "s1"), edge("p2", "IN_SECTION", "s1"), edge("p2", "BUILDS_ON", "p1"), edge("p3", "BUILDS_ON", "p1")],
    };
    const view = mergeIntoView(viewFromSubgraph(base), items, "s1");
    expect([...view.nodes.keys()]).toEqual(["r", "s1", "s2", "s3", "p1", "p2"]);
    expect([...view.edges.keys()]).toContain("p2-BUILDS_ON-p1");
    expect([...view.edges.keys()]).not.toContain("p3-BUILDS_ON-p1");
    expect(view.addedBy.get("p1")).toBe("s1");
  });
});
