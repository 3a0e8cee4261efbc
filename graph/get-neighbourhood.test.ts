import { describe, expect, it } from "vitest";
import { capNeighbours, type LevelNode } from "./get-neighbourhood";

const node = (id: string, distance: number, degree: number): LevelNode => ({ eid: `e-${id}`, id, distance, degree });

describe("capNeighbours", () => {
  const found = [node("far", 2, 99), node("hub", 1, 50), node("leaf", 1, 1), node("mid", 1, 10), node("screen", 1, 80)];

  it("keeps the nearest, then the best connected, and counts the rest", () => {
    const { kept, omitted } = capNeighbours(found, new Set(), 3);
    expect(kept.map((n) => n.id)).toEqual(["screen", "hub", "mid"]);
    expect(omitted).toBe(2);
  });

  it("neither returns nor counts nodes already on screen", () => {
    const { kept, omitted } = capNeighbours(found, new Set(["screen"]), 3);
    expect(kept.map((n) => n.id)).toEqual(["hub", "mid", "leaf"]);
    expect(omitted).toBe(1);
  });

  it("never keeps a farther node while dropping a nearer one", () => {
    const { kept } = capNeighbours(found, new Set(), 4);
    expect(kept.map((n) => n.distance)).toEqual([1, 1, 1, 1]);
  });
});
