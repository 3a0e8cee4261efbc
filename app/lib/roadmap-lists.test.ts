import { describe, expect, it } from "vitest";
import { chosenList, loadedDate, namedPairs, withProgress } from "./roadmap-lists";

const list = (id: string, title: string, papers: number) => ({ id, title, source: null, sections: 1, papers, resources: 0, loadedAt: null });

describe("withProgress", () => {
  it("counts read papers per list, never above its size, and rounds the percentage", () => {
    const rows = withProgress([list("a", "A", 3), list("b", "B", 0), list("c", "C", 2)], [
      { id: "a", read: 1 },
      { id: "c", read: 5 },
    ]);
    expect(rows.map((r) => [r.id, r.read, r.percent])).toEqual([
      ["a", 1, 33],
      ["b", 0, 0],
      ["c", 2, 100],
    ]);
  });
});

describe("namedPairs", () => {
  it("names pairs by title, most shared first, and drops pairs of lists that are gone", () => {
    const pairs = namedPairs({
      roadmaps: [list("a", "Alpha", 5), list("b", "Beta", 5), list("c", "Gamma", 5)],
      shared: [
        { a: "a", b: "b", papers: 2 },
        { a: "b", b: "c", papers: 7 },
        { a: "a", b: "zzz", papers: 9 },
      ],
    });
    expect(pairs.map((p) => `${p.aTitle}+${p.bTitle}=${p.papers}`)).toEqual(["Beta+Gamma=7", "Alpha+Beta=2"]);
  });
});

describe("chosenList", () => {
  it("is the named list, or null for all lists and for an unknown id", () => {
    const lists = [list("a", "A", 1)];
    expect(chosenList(lists, "a")?.title).toBe("A");
    expect(chosenList(lists, null)).toBeNull();
    expect(chosenList(lists, "gone")).toBeNull();
    expect(chosenList(undefined, "a")).toBeNull();
  });
});

describe("loadedDate", () => {
  it("formats a known time and says nothing for an unknown one", () => {
    expect(loadedDate(Date.UTC(2026, 2, 12, 12), "en")).toBe("12 Mar 2026");
    expect(loadedDate(null, "en")).toBeNull();
  });
});
