import { describe, expect, it } from "vitest";
import { edgeProjection, nodeProjection, PROVENANCE_EDGE_KEYS } from "@/graph/to-graph-elements";
import { withFullProperties } from "./with-full-properties";

describe("withFullProperties", () => {
  it("turns the lean projections back into every stored property, and leaves the rest alone", () => {
    expect(withFullProperties(`RETURN ${nodeProjection("p")} AS node`)).toBe(`RETURN ${nodeProjection("p", { all: true })} AS node`);
    expect(withFullProperties(edgeProjection("r"))).toBe("{type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}");
    expect(withFullProperties(edgeProjection("rel", PROVENANCE_EDGE_KEYS))).toContain("properties: properties(rel)");
    const other = "MATCH (n) RETURN n{.id, .title} AS x, {properties: n{.id}} AS y";
    expect(withFullProperties(other)).toBe(other);
  });
});
