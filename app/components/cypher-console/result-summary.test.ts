import { describe, expect, it } from "vitest";
import { nonZeroCounters, notificationTexts, timing } from "./result-summary";

describe("result summary", () => {
  it("keeps only positive numeric counters", () => {
    expect(nonZeroCounters({ nodesCreated: 0, propertiesSet: 2, containsUpdates: true })).toEqual([["propertiesSet", 2]]);
    expect(nonZeroCounters(undefined)).toEqual([]);
  });

  it("reads notification titles and descriptions without repeating them", () => {
    expect(
      notificationTexts([
        { title: "Cartesian product", description: "Avoid it" },
        { code: "Neo.ClientNotification.Statement.X" },
        { title: "Same", description: "Same" },
        "plain",
        42,
      ]),
    ).toEqual(["Cartesian product: Avoid it", "Neo.ClientNotification.Statement.X", "Same", "plain"]);
  });

  it("adds the consuming time to the time until the first row", () => {
    expect(timing({ resultAvailableAfter: 3, resultConsumedAfter: 4 })).toEqual({ available: 3, consumed: 4 });
    expect(timing({ resultAvailableAfter: 3 })).toEqual({ available: 3, consumed: 0 });
    expect(timing({})).toBeUndefined();
  });
});
