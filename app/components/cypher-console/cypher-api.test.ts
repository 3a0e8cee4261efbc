import { describe, expect, it } from "vitest";
import { parseCypherResult, toEditorSchema } from "./cypher-api";

describe("toEditorSchema", () => {
  it("turns /api/stats labels and relationship types into the editor's prefixed, sorted lists", () => {
    const stats = { labels: { Section: 40, Paper: 120 }, relationships: { SURVEYS: 5, BUILDS_ON: 80 }, totals: { nodes: 160 } };
    expect(toEditorSchema(stats, ["year", "tag", "id", "tag", 3, ""])).toEqual({
      labels: [":Paper", ":Section"],
      relationshipTypes: [":BUILDS_ON", ":SURVEYS"],
      propertyKeys: ["id", "tag", "year"],
    });
  });

  it("accepts a `types` map and survives a missing or malformed answer", () => {
    expect(toEditorSchema({ labels: {}, types: { CHECKS: 1 } }, []).relationshipTypes).toEqual([":CHECKS"]);
    expect(toEditorSchema(undefined, ["id"])).toEqual({ labels: [], relationshipTypes: [], propertyKeys: ["id"] });
    expect(toEditorSchema({ labels: "x" }, []).labels).toEqual([]);
  });
});

describe("parseCypherResult", () => {
  const answer = {
    columns: ["p"],
    rows: [[{ elementId: "4:x:1", id: "2305.13245", labels: ["Paper"], properties: { tag: "GQA" } }]],
    graph: {
      nodes: [{ id: "2305.13245", labels: ["Paper"], kind: "paper", label: "GQA", title: "GQA", properties: {} }],
      edges: [{ id: "a|BUILDS_ON|b", type: "BUILDS_ON", source: "a", target: "b", properties: {} }],
    },
    truncated: false,
    rowCap: 1000,
    summary: { queryType: "r", counters: { nodesCreated: 0, containsUpdates: false }, resultAvailableAfter: 2, resultConsumedAfter: 1, notifications: [] },
  };

  it("reads the API's answer", () => {
    const result = parseCypherResult(answer);
    expect(result?.columns).toEqual(["p"]);
    expect(result?.graph.nodes[0]?.label).toBe("GQA");
    expect(result?.summary.resultAvailableAfter).toBe(2);
  });

  it("accepts null timings and a cut-off summary without losing the rows", () => {
    const cut = { ...answer, truncated: true, summary: { queryType: null, counters: {}, resultAvailableAfter: null, resultConsumedAfter: null, notifications: [] } };
    expect(parseCypherResult(cut)?.rows).toHaveLength(1);
    expect(parseCypherResult({ ...answer, summary: "odd" })?.summary).toEqual({});
  });

  it("rejects answers without columns, rows or graph ids", () => {
    expect(parseCypherResult({ error: { kind: "bad-query", message: "x" } })).toBeNull();
    expect(parseCypherResult({ ...answer, graph: { nodes: [{ label: "no id" }], edges: [] } })).toBeNull();
    expect(parseCypherResult(undefined)).toBeNull();
  });
});
