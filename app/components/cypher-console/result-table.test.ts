import { describe, expect, it } from "vitest";
import { toCell, toTable } from "./result-table";

const gqa = {
  id: "2305.13245",
  labels: ["Paper"],
  kind: "paper",
  label: "GQA",
  title: "GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints",
  properties: { tag: "GQA", year: 2023 },
};
const mqa = { id: "1911.02150", labels: ["Paper"], properties: { tag: "MQA", title: "Fast Transformer Decoding" } };
const buildsOn = { id: "e1", type: "BUILDS_ON", source: "2305.13245", target: "1911.02150", properties: { reason: "groups MQA heads" } };

describe("toCell", () => {
  it("shows scalars as they are", () => {
    expect(toCell("GQA")).toEqual({ kind: "string", text: "GQA" });
    expect(toCell(2023)).toEqual({ kind: "number", text: "2023" });
    expect(toCell(false)).toEqual({ kind: "boolean", text: "false" });
    expect(toCell(null)).toEqual({ kind: "null", text: "null" });
    expect(toCell(undefined)).toEqual({ kind: "null", text: "null" });
  });

  it("shows a node as its labels and short name, with the full value as a tooltip", () => {
    const cell = toCell(gqa);
    expect(cell.kind).toBe("node");
    expect(cell.text).toBe("(:Paper GQA)");
    expect(JSON.parse(cell.title ?? "{}")).toEqual(gqa);
  });

  it("names a plain node by tag, name, title or id in that order and shortens long names", () => {
    expect(toCell({ labels: ["Section"], properties: { name: "Prompting", id: "s1" } }).text).toBe("(:Section Prompting)");
    expect(toCell({ labels: ["Resource"], properties: { title: "x".repeat(60) } }).text).toBe(`(:Resource ${"x".repeat(39)}…)`);
    expect(toCell({ labels: [], properties: {} }).text).toBe("()");
    expect(toCell({ labels: ["A", "B"], id: "n1" }).text).toBe("(:A:B n1)");
  });

  it("shows a relationship as its type", () => {
    expect(toCell(buildsOn)).toMatchObject({ kind: "relationship", text: "[:BUILDS_ON]" });
    expect(toCell({ type: "CHECKS", start: 1, end: 2, properties: {} })).toMatchObject({ kind: "relationship", text: "[:CHECKS]" });
  });

  it("shows a path of nodes and relationships with directions", () => {
    expect(toCell({ nodes: [gqa, mqa], relationships: [buildsOn] })).toMatchObject({ kind: "path", text: "(GQA)-[:BUILDS_ON]->(MQA)" });
    expect(toCell({ nodes: [mqa, gqa], edges: [buildsOn] }).text).toBe("(MQA)<-[:BUILDS_ON]-(GQA)");
    expect(toCell({ segments: [{ start: gqa, relationship: buildsOn, end: mqa }] }).text).toBe("(GQA)-[:BUILDS_ON]->(MQA)");
  });

  it("reads the console API's own encoding of nodes, relationships and paths", () => {
    const a = { elementId: "4:x:1", id: "2305.13245", labels: ["Paper"], properties: { tag: "GQA" } };
    const b = { elementId: "4:x:2", id: "1911.02150", labels: ["Paper"], properties: { tag: "MQA" } };
    const rel = { elementId: "5:x:9", id: "2305.13245|BUILDS_ON|1911.02150", type: "BUILDS_ON", start: "2305.13245", end: "1911.02150", startElementId: "4:x:1", endElementId: "4:x:2", properties: {} };
    expect(toCell(a).text).toBe("(:Paper GQA)");
    expect(toCell(rel).text).toBe("[:BUILDS_ON]");
    expect(toCell({ nodes: [b, a], relationships: [rel] }).text).toBe("(MQA)<-[:BUILDS_ON]-(GQA)");
  });

  it("shows lists and maps compactly, formatting nested graph values", () => {
    expect(toCell([1, "a", null]).text).toBe("[1, a, null]");
    expect(toCell([gqa, mqa])).toMatchObject({ kind: "list", text: "[(:Paper GQA), (:Paper MQA)]" });
    expect(toCell({ tag: "GQA", year: 2023, refs: [1, 2] })).toMatchObject({ kind: "map", text: '{tag: "GQA", year: 2023, refs: [1, 2]}' });
    expect(toCell({}).text).toBe("{}");
  });

  it("does not mistake a map with a 'type' key for a relationship", () => {
    expect(toCell({ type: "blog", url: "https://example.org" }).kind).toBe("map");
  });
});

describe("toTable", () => {
  it("returns the columns and one cell per column for each row", () => {
    const table = toTable(["p", "title"], [[gqa, gqa.title]]);
    expect(table.columns).toEqual(["p", "title"]);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.map((cell) => cell.text)).toEqual(["(:Paper GQA)", gqa.title]);
  });

  it("pads short rows with nulls and drops cells beyond the columns", () => {
    const table = toTable(["a", "b"], [[1], [1, 2, 3]]);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ["1", "null"],
      ["1", "2"],
    ]);
  });

  it("handles an empty result", () => {
    expect(toTable([], [])).toEqual({ columns: [], rows: [] });
  });
});
