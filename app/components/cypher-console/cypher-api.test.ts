import { describe, expect, it } from "vitest";
import { parseCypherResult, toEditorSchema } from "./cypher-api";

describe("toEditorSchema", () => {
  it("turns /api/schema's labels, types and their keys into the editor's prefixed, sorted lists", () => {
    const schema = { labels: { Section: ["id", "name"], Paper: ["year", "tag", "id"] }, relationshipTypes: { SURVEYS: [], BUILDS_ON: ["reason"] } };
    expect(toEditorSchema(schema)).toEqual({
      editor: {
        labels: [":Paper", ":Section"],
        relationshipTypes: [":BUILDS_ON", ":SURVEYS"],
        propertyKeys: ["id", "name", "reason", "tag", "year"],
      },
      labelProperties: schema.labels,
    });
  });

  it("survives a missing or malformed answer", () => {
    expect(toEditorSchema(undefined)).toEqual({ editor: { labels: [], relationshipTypes: [], propertyKeys: [] }, labelProperties: {} });
    expect(toEditorSchema({ labels: "x", relationshipTypes: { CHECKS: [] } })).toEqual({ editor: { labels: [], relationshipTypes: [":CHECKS"], propertyKeys: [] }, labelProperties: {} });
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
