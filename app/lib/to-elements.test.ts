import { describe, expect, it } from "vitest";
import { edge, node } from "./fixtures.test-support";
import { diffElements, fingerprint, nodeSize, ringPositions, shortLabel, tagOf, toEdgeElement, toNodeElement } from "./to-elements";

describe("to elements", () => {
  it("sizes nodes by how many papers build on them, within bounds", () => {
    expect(nodeSize({ kind: "paper" })).toBe(18);
    expect(nodeSize({ kind: "paper", builtUponBy: 4 })).toBe(32);
    expect(nodeSize({ kind: "paper", builtUponBy: 10_000 })).toBe(64);
    expect(nodeSize({ kind: "section", builtUponBy: 100 })).toBe(34);
  });

  it("shows a tag only when it says something the title does not", () => {
    expect(tagOf({ label: "CLIP", title: "Learning Transferable Visual Models" })).toBe("CLIP");
    expect(tagOf({ label: "Evaluating Large Language…", title: "Evaluating Large Language Models: A Survey" })).toBeNull();
    expect(tagOf({ label: "Same", title: "Same" })).toBeNull();
  });

  it("shortens long labels with an ellipsis", () => {
    expect(shortLabel({ label: "", title: "A very long title that will not fit on the canvas" })).toHaveLength(28);
    expect(shortLabel({ label: "CLIP", title: "Learning Transferable…" })).toBe("CLIP");
  });

  it("carries kind, area, year, status and the edge's reason into element data", () => {
    const el = toNodeElement(node("a", { area: "gen-ai/llm", year: 2020, builtUponBy: 1 }), "read");
    expect(el.data).toMatchObject({ id: "a", kind: "paper", area: "gen-ai/llm", year: 2020, status: "read", size: 25 });
    expect(toEdgeElement(edge("b", "a", "BUILDS_ON", { reason: "extends it" })).data).toMatchObject({ source: "b", target: "a", reason: "extends it" });
    expect(toEdgeElement(edge("b", "a", "SAME_TOPIC", { topic: "RAG" })).data.reason).toBe("RAG");
  });

  it("names sections in Russian when asked, and updates them on a language switch", () => {
    const section = node("s", { kind: "section", label: "Prompting", title: "Prompting", nameRu: "Промптинг" });
    expect(toNodeElement(section, undefined, "ru").data.label).toBe("Промптинг");
    expect(toNodeElement(node("p"), undefined, "ru").data.label).toBe("P");
    const en = toNodeElement(section);
    const diff = diffElements(new Map([["s", fingerprint(en)]]), [section], [], {}, "ru");
    expect(diff.update.map((e) => e.data.label as string)).toEqual(["Промптинг"]);
  });

  it("diffs: adds new nodes and edges, updates changed ones, removes what is gone", () => {
    const a = toNodeElement(node("a"));
    const current = new Map([["a", fingerprint(a)], ["gone", "x"], ["old-edge", ""]]);
    const diff = diffElements(current, [node("a"), node("b")], [edge("b", "a"), edge("b", "zzz")], { a: "reading" });
    expect(diff.addNodes.map((e) => e.data.id)).toEqual(["b"]);
    expect(diff.addEdges.map((e) => e.data.id)).toEqual(["b-BUILDS_ON-a"]);
    expect(diff.update.map((e) => e.data.id)).toEqual(["a"]);
    expect(diff.remove.sort()).toEqual(["gone", "old-edge"]);
  });

  it("places new neighbours on a ring away from the rest of the graph", () => {
    expect(ringPositions({ x: 0, y: 0 }, 0)).toEqual([]);
    const [only] = ringPositions({ x: 100, y: 0 }, 1, { x: 0, y: 0 });
    expect(only).toEqual({ x: 190, y: 0 });
    const many = ringPositions({ x: 0, y: 0 }, 40);
    const radius = Math.hypot(many[0]!.x, many[0]!.y);
    expect(radius).toBeGreaterThan(400);
    expect(new Set(many.map((p) => `${p.x},${p.y}`)).size).toBe(40);
  });
});
