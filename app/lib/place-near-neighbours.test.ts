import { describe, expect, it } from "vitest";
import { placeNearNeighbours } from "./place-near-neighbours";

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
const ids = (...list: string[]) => list.map((id) => ({ id }));

describe("placeNearNeighbours", () => {
  const known = { a: { x: 0, y: 0 }, b: { x: 1000, y: 0 }, c: { x: 0, y: 1000 } };

  it("keeps every stored position exactly and leaves out nodes that are not shown", () => {
    const out = placeNearNeighbours(known, ids("a", "b", "n"), [{ source: "n", target: "a" }]);
    expect(out.a).toEqual(known.a);
    expect(out.b).toEqual(known.b);
    expect(out.c).toBeUndefined();
  });

  it("puts a new node beside its placed neighbour, and between two of them", () => {
    const out = placeNearNeighbours(known, ids("a", "b", "c", "n", "m"), [
      { source: "n", target: "b" },
      { source: "m", target: "a" },
      { source: "m", target: "b" },
    ]);
    expect(dist(out.n!, known.b)).toBeLessThan(150);
    expect(dist(out.n!, known.b)).toBeGreaterThan(20);
    expect(dist(out.m!, { x: 500, y: 0 })).toBeLessThan(150);
  });

  it("spreads several newcomers of one node instead of piling them up", () => {
    const many = Array.from({ length: 12 }, (_, i) => `n${i}`);
    const out = placeNearNeighbours(known, ids("a", ...many), many.map((id) => ({ source: id, target: "a" })));
    const spots = new Set(many.map((id) => `${out[id]!.x},${out[id]!.y}`));
    expect(spots.size).toBe(12);
    for (const id of many) {
      expect(dist(out[id]!, known.a)).toBeLessThan(300);
      for (const other of many) if (other !== id) expect(dist(out[id]!, out[other]!)).toBeGreaterThan(30);
    }
  });

  it("follows a chain of new nodes outward and lines up what touches nothing placed", () => {
    const out = placeNearNeighbours(known, ids("a", "b", "c", "x", "y", "lonely"), [
      { source: "x", target: "c" },
      { source: "y", target: "x" },
    ]);
    expect(dist(out.x!, known.c)).toBeLessThan(150);
    expect(dist(out.y!, out.x!)).toBeLessThan(150);
    expect(out.lonely!.y).toBeGreaterThan(1000);
  });

  it("gives the same places whatever order the nodes and edges come in", () => {
    const nodes = ids("a", "b", "c", "p", "q", "r");
    const edges = [
      { source: "p", target: "a" },
      { source: "q", target: "a" },
      { source: "r", target: "q" },
    ];
    expect(placeNearNeighbours(known, [...nodes].reverse(), [...edges].reverse())).toEqual(placeNearNeighbours(known, nodes, edges));
  });

  it("places a whole new graph when nothing is stored", () => {
    const out = placeNearNeighbours({}, ids("a", "b"), [{ source: "a", target: "b" }]);
    expect(Object.keys(out).sort()).toEqual(["a", "b"]);
  });
});
