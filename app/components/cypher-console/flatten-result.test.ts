import { describe, expect, it } from "vitest";
import { toCsv } from "@/app/lib/write-csv";
import { flattenResult } from "./flatten-result";

const gqa = { elementId: "4:x:1", id: "2305.13245", labels: ["Paper"], properties: { tag: "GQA", year: 2023 } };
const mqa = { elementId: "4:x:2", id: "1911.02150", labels: ["Paper"], properties: { tag: "MQA", venue: "arXiv" } };
const rel = { elementId: "5:x:1", type: "BUILDS_ON", start: "2305.13245", end: "1911.02150", properties: { reason: "=HYPERLINK(1)" } };

describe("flattenResult", () => {
  it("spreads nodes and relationships into id, labels or type and ends, and one column per property", () => {
    const flat = flattenResult(["p", "r", "q", "n"], [[gqa, rel, mqa, 3], [mqa, null, null, "x"]]);
    expect(flat.header).toEqual(["p.id", "p.labels", "p.tag", "p.venue", "p.year", "r.type", "r.start", "r.end", "r.reason", "q.id", "q.labels", "q.tag", "q.venue", "n"]);
    expect(flat.rows[0]).toEqual(["2305.13245", "Paper", "GQA", undefined, 2023, "BUILDS_ON", "2305.13245", "1911.02150", "=HYPERLINK(1)", "1911.02150", "Paper", "MQA", "arXiv", 3]);
    expect(flat.rows[1]!.slice(0, 5)).toEqual(["1911.02150", "Paper", "MQA", "arXiv", undefined]);
    // Written through the one CSV writer: no JSON in the cells, formulas defused.
    const csv = toCsv(flat.header, flat.rows);
    expect(csv).not.toContain("{");
    expect(csv).toContain("'=HYPERLINK(1)");
  });

  it("leaves mixed or plain columns as they are", () => {
    const flat = flattenResult(["v"], [[gqa], [1]]);
    expect(flat.header).toEqual(["v"]);
    expect(flat.rows).toEqual([[gqa], [1]]);
  });
});
