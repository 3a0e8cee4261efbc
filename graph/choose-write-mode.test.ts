import { describe, expect, it } from "vitest";
import { estimateTransactionBytes, FALLBACK_BUDGET, parseByteSetting, shouldStage, transactionBudget } from "./choose-write-mode";

describe("choosing one transaction or a staged write", () => {
  it("reads Neo4j's byte settings as SHOW SETTINGS gives them", () => {
    expect(parseByteSetting("1.00GiB")).toBe(1024 ** 3);
    expect(parseByteSetting("3.00MiB")).toBe(3 * 1024 ** 2);
    expect(parseByteSetting("512m")).toBeNull();
    expect(parseByteSetting("0B")).toBe(0);
    expect(parseByteSetting("1073741824")).toBe(1073741824);
    expect(parseByteSetting(null)).toBeNull();
    expect(parseByteSetting("lots")).toBeNull();
  });

  it("estimates from papers mostly, and leaves out section links (counted with sections)", () => {
    expect(estimateTransactionBytes({ papers: 1000 })).toBe(1000 * 25 * 1024);
    expect(estimateTransactionBytes({ papers: 10, sections: 4, sectionLinks: 4, resources: 6 })).toBe(10 * 25 * 1024 + 10 * 3 * 1024);
    expect(estimateTransactionBytes(undefined)).toBe(0);
  });

  it("writes what fits in half the limit in one transaction and stages the rest", () => {
    const gib = 1024 ** 3;
    expect(transactionBudget(gib)).toBe(gib / 2);
    expect(transactionBudget(0)).toBe(FALLBACK_BUDGET);
    expect(transactionBudget(null)).toBe(FALLBACK_BUDGET);
    // The launcher's default 1 GiB limit: 10k papers (about 256 MB) in one go, 100k staged.
    expect(shouldStage({ papers: 10_000, sections: 260, resources: 500, paperPlacements: 10_320 }, gib)).toBe(false);
    expect(shouldStage({ papers: 100_000, sections: 2_600 }, gib)).toBe(true);
    // A tiny limit stages even a small list.
    expect(shouldStage({ papers: 170, sections: 40 }, 3 * 1024 ** 2)).toBe(true);
  });
});
