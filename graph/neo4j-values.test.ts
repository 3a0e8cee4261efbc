import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toNumber, toPlain } from "./neo4j-values";

const { Date: Neo4jDate, DateTime, Duration, Point, Node } = neo4j.types;

describe("toPlain", () => {
  it("passes strings, numbers, booleans through and turns undefined into null", () => {
    expect(toPlain("Attention Is All You Need")).toBe("Attention Is All You Need");
    expect(toPlain(2017)).toBe(2017);
    expect(toPlain(0.5)).toBe(0.5);
    expect(toPlain(false)).toBe(false);
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(null)).toBeNull();
  });

  it("turns Integers into numbers, and into strings when they do not fit a double exactly", () => {
    expect(toPlain(neo4j.int(2023))).toBe(2023);
    expect(toPlain(neo4j.int(-7))).toBe(-7);
    expect(toPlain(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toPlain(9007199254740993n)).toBe("9007199254740993");
    expect(toPlain(12n)).toBe(12);
  });

  it("converts inside nested maps and lists, keeping every key", () => {
    const row = { node: { id: "a", year: neo4j.int(2020), tags: ["x", neo4j.int(3)], extra: { deep: [neo4j.int(1), null] } }, n: neo4j.int(2) };
    expect(toPlain(row)).toEqual({ node: { id: "a", year: 2020, tags: ["x", 3], extra: { deep: [1, null] } }, n: 2 });
  });

  it("writes temporal values as ISO strings and points as coordinates", () => {
    expect(toPlain(new Neo4jDate(2017, 6, 12))).toBe("2017-06-12");
    expect(toPlain(new DateTime(2024, 1, 2, 3, 4, 5, 0, 0))).toBe("2024-01-02T03:04:05Z");
    expect(toPlain(new Duration(0, 1, 30, 0))).toBe("P1DT30S");
    expect(toPlain(new Point(neo4j.int(7203), 1.5, 2))).toEqual({ srid: 7203, x: 1.5, y: 2 });
    expect(toPlain(new Point(neo4j.int(9157), 1, 2, 3))).toEqual({ srid: 9157, x: 1, y: 2, z: 3 });
  });

  it("opens other driver objects into their own fields", () => {
    const node = new Node(neo4j.int(1), ["Paper"], { id: "p", year: neo4j.int(2019) }, "e1");
    expect(toPlain(node)).toMatchObject({ identity: 1, labels: ["Paper"], properties: { id: "p", year: 2019 }, elementId: "e1" });
  });
});

describe("toNumber", () => {
  it("reads Integers, bigints and numbers, and gives NaN for anything else", () => {
    expect(toNumber(neo4j.int(5))).toBe(5);
    expect(toNumber(6n)).toBe(6);
    expect(toNumber(7)).toBe(7);
    expect(toNumber("8")).toBeNaN();
    expect(toNumber(neo4j.int("9007199254740993"))).toBeNaN();
  });
});
