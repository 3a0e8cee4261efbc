import { describe, expect, it } from "vitest";
import { chooseOverlay } from "./choose-overlay";

const explore = { mode: "explore" as const, overview: "ready" as const, viewNodes: 10, hidden: 0, drawn: 10, filtersActive: false, target: null, ends: false, loading: false };

describe("chooseOverlay", () => {
  it("says what the explore view is waiting for or why it is empty", () => {
    expect(chooseOverlay({ ...explore, overview: "pending" })).toMatchObject({ busy: true });
    expect(chooseOverlay({ ...explore, overview: "error" })).toMatchObject({ action: "retry" });
    expect(chooseOverlay({ ...explore, viewNodes: 0, drawn: 0 })?.text).toMatch(/empty/);
    expect(chooseOverlay({ ...explore, drawn: 0, filtersActive: true })).toMatchObject({ action: "clear-filters" });
    expect(chooseOverlay({ ...explore, drawn: 0, hidden: 3, viewNodes: 0 })).toMatchObject({ action: "reset-view" });
    expect(chooseOverlay(explore)).toBeNull();
  });

  it("asks each mode for what it needs", () => {
    expect(chooseOverlay({ ...explore, mode: "path", drawn: 0 })?.text).toMatch(/target/);
    expect(chooseOverlay({ ...explore, mode: "path", target: "x", drawn: 0, loading: true })).toMatchObject({ busy: true });
    expect(chooseOverlay({ ...explore, mode: "finder", drawn: 0 })?.text).toMatch(/two nodes/);
    expect(chooseOverlay({ ...explore, mode: "cypher", drawn: 0 })?.text).toMatch(/Run a query/);
    expect(chooseOverlay({ ...explore, mode: "finder", ends: true, drawn: 4 })).toBeNull();
  });
});
