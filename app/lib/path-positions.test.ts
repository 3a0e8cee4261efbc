import { describe, expect, it } from "vitest";
import { pathPositions, ROW_HEIGHT, STEP_WIDTH } from "./path-positions";

const path = (...ids: string[]) => ({ nodes: ids.map((id) => ({ id })) });

describe("pathPositions", () => {
  it("draws a path left to right, From first", () => {
    expect(pathPositions([path("from", "mid", "to")])).toEqual({
      from: { x: 0, y: 0 },
      mid: { x: STEP_WIDTH, y: 0 },
      to: { x: 2 * STEP_WIDTH, y: 0 },
    });
  });

  it("puts each of several paths on its own row, shared nodes between them", () => {
    const positions = pathPositions([path("a", "b", "z"), path("a", "c", "z")]);
    expect(positions.b).toEqual({ x: STEP_WIDTH, y: -ROW_HEIGHT / 2 });
    expect(positions.c).toEqual({ x: STEP_WIDTH, y: ROW_HEIGHT / 2 });
    expect(positions.a).toEqual({ x: 0, y: 0 });
    expect(positions.z).toEqual({ x: 2 * STEP_WIDTH, y: 0 });
  });

  it("has nothing to place without paths", () => {
    expect(pathPositions([])).toEqual({});
  });
});
