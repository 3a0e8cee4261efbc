import { describe, expect, it } from "vitest";
import { edge, node } from "./fixtures.test-support";
import { EMPTY_VIEW, collapseNode, expansionReport, collapsibleFrom, hideNodes, isExpanded, mergeIntoView, viewFromSubgraph, viewToSubgraph } from "./view-graph";

describe("view graph", () => {
  const base = viewFromSubgraph({ nodes: [node("a"), node("b")], edges: [edge("b", "a")] });

  it("drops edges whose ends are not both present", () => {
    const v = mergeIntoView(EMPTY_VIEW, { nodes: [node("a")], edges: [edge("b", "a")] });
    expect(v.edges.size).toBe(0);
  });

  it("records which expansion added each node and how many were omitted", () => {
    const v = mergeIntoView(base, { nodes: [node("a"), node("c"), node("d")], edges: [edge("c", "a"), edge("d", "a")], omitted: 7 }, "a");
    expect([...v.addedBy]).toEqual([["c", "a"], ["d", "a"]]);
    expect(v.omitted.get("a")).toBe(7);
    expect(v.expansions?.get("a")).toEqual({ added: 2, relations: 3 });
    expect(isExpanded(v, "a")).toBe(true);
    expect(v.edges.size).toBe(3);
  });

  it("reports an expansion that adds nothing new but shows the node's relations", () => {
    const v = mergeIntoView(base, { nodes: [node("a"), node("b")], edges: [edge("a", "b")] }, "a");
    expect(v.nodes.size).toBe(base.nodes.size);
    expect(v.expansions?.get("a")).toEqual({ added: 0, relations: 2 });
    // Counted on what is drawn: a filter that hides one of the two leaves one.
    expect(expansionReport(v, [edge("a", "b")], "a")).toEqual({ added: 0, relations: 1 });
    expect(expansionReport(v, [], "b")).toBeUndefined();
  });

  it("collapses transitively but keeps nodes that were on screen before", () => {
    let v = mergeIntoView(base, { nodes: [node("c"), node("b")], edges: [edge("c", "a")] }, "a");
    v = mergeIntoView(v, { nodes: [node("e")], edges: [edge("e", "c")] }, "c");
    expect(collapsibleFrom(v, "a").sort()).toEqual(["c", "e"]);
    const collapsed = collapseNode(v, "a");
    expect([...collapsed.nodes.keys()].sort()).toEqual(["a", "b"]);
    expect(isExpanded(collapsed, "a")).toBe(false);
  });

  it("hides nodes with their edges and forgets their expansions", () => {
    const v = mergeIntoView(base, { nodes: [node("c")], edges: [edge("c", "b")] }, "b");
    const hidden = hideNodes(v, ["b"]);
    expect([...hidden.nodes.keys()]).toEqual(["a", "c"]);
    expect(hidden.edges.size).toBe(0);
    expect(hidden.addedBy.size).toBe(0);
    expect(hideNodes(v, [])).toBe(v);
  });

  it("turns back into plain arrays", () => {
    expect(viewToSubgraph(base).nodes.map((n) => n.id)).toEqual(["a", "b"]);
  });
});
