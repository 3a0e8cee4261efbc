import { describe, expect, it } from "vitest";
import { nextFocusIndex } from "./roving-focus";

describe("nextFocusIndex", () => {
  it("steps with the arrows, wrapping at both ends, and jumps with Home and End", () => {
    expect(nextFocusIndex("ArrowDown", 0, 3)).toBe(1);
    expect(nextFocusIndex("ArrowDown", 2, 3)).toBe(0);
    expect(nextFocusIndex("ArrowUp", 0, 3)).toBe(2);
    expect(nextFocusIndex("Home", 2, 3)).toBe(0);
    expect(nextFocusIndex("End", 0, 3)).toBe(2);
  });

  it("ignores other keys, the other axis and empty lists", () => {
    expect(nextFocusIndex("Enter", 0, 3)).toBeNull();
    expect(nextFocusIndex("ArrowRight", 0, 3)).toBeNull();
    expect(nextFocusIndex("ArrowRight", 0, 3, "horizontal")).toBe(1);
    expect(nextFocusIndex("ArrowDown", 0, 0)).toBeNull();
  });
});
