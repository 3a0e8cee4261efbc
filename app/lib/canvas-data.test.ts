import { describe, expect, it } from "vitest";
import { edge, node } from "./fixtures.test-support";
import { isReversed, membershipWithAreas, mergeGraphs, pathsToCanvas, readingPathToCanvas } from "./canvas-data";

const CURATED = { source: "curated", confidence: null, evidence: null } as const;

describe("canvas data", () => {
  it("draws a reading path with its target and highlights the BUILDS_ON edges", () => {
    const data = readingPathToCanvas({
      target: node("c"),
      steps: [
        { node: node("a"), order: 1, depth: 2, reasons: [], read: false },
        { node: node("b"), order: 2, depth: 1, reasons: [], read: false },
      ],
      edges: [edge("b", "a"), edge("c", "b"), edge("c", "x"), edge("b", "a", "SAME_TOPIC")],
      frontier: [],
    });
    expect(data.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(data.edges).toHaveLength(3);
    expect([...data.highlight!.edges]).toEqual(["b-BUILDS_ON-a", "c-BUILDS_ON-b"]);
  });

  it("draws paths with edges in their stored direction, once per pair", () => {
    const data = pathsToCanvas({
      paths: [
        { nodes: [node("a"), node("b"), node("c")], steps: [{ from: "a", to: "b", type: "BUILDS_ON", direction: "forward", reason: "r", ...CURATED }, { from: "b", to: "c", type: "BUILDS_ON", direction: "backward", source: "citation", confidence: 0.9, evidence: "we build on b" }] },
        { nodes: [node("a"), node("b")], steps: [{ from: "a", to: "b", type: "BUILDS_ON", direction: "forward", ...CURATED }] },
      ],
    });
    expect(data.edges.map((e) => [e.source, e.target])).toEqual([["a", "b"], ["c", "b"]]);
    expect(data.edges[0]).toMatchObject({ origin: "curated", reason: "r" });
    // A derived step keeps its origin so the canvas draws it dashed.
    expect(data.edges[1]).toEqual({ id: "c|BUILDS_ON|b", type: "BUILDS_ON", source: "c", target: "b", origin: "citation" });
    expect(data.highlight!.nodes.size).toBe(3);
    expect(isReversed("backward")).toBe(true);
    expect(isReversed("forward")).toBe(false);
  });

  it("appends graphs without duplicates or dangling edges", () => {
    const merged = mergeGraphs({ nodes: [node("a")], edges: [] }, { nodes: [node("a"), node("b")], edges: [edge("b", "a"), edge("b", "z")] });
    expect(merged.nodes).toHaveLength(2);
    expect(merged.edges).toHaveLength(1);
  });

  it("falls back to the area for nodes that have no IN_SECTION edge", () => {
    const m = membershipWithAreas([node("a", { area: "llm" }), node("b", { area: "llm" }), node("s", { kind: "section", area: "llm" })], [edge("a", "llm/prompting", "IN_SECTION")]);
    expect([...m.get("llm/prompting")!]).toEqual(["a"]);
    expect([...m.get("llm")!]).toEqual(["b"]);
  });
});
