import { describe, expect, it } from "vitest";
import { addToHistory, HISTORY_CAP, HISTORY_KEY, loadHistory, parseHistory, saveHistory, summarizeQuery } from "./query-history";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe("addToHistory", () => {
  it("puts the newest query first", () => {
    expect(addToHistory(["b", "a"], "c")).toEqual(["c", "b", "a"]);
  });

  it("moves a repeated query to the front instead of duplicating it", () => {
    expect(addToHistory(["c", "b", "a"], "a")).toEqual(["a", "c", "b"]);
  });

  it("treats queries differing only in surrounding whitespace as the same", () => {
    expect(addToHistory(["MATCH (n) RETURN n"], "  MATCH (n) RETURN n\n")).toEqual(["MATCH (n) RETURN n"]);
  });

  it("ignores empty queries", () => {
    expect(addToHistory(["a"], "   \n")).toEqual(["a"]);
  });

  it("caps the list at 50 by default, dropping the oldest", () => {
    let history: string[] = [];
    for (let i = 0; i < 60; i++) history = addToHistory(history, `RETURN ${i}`);
    expect(history).toHaveLength(HISTORY_CAP);
    expect(history[0]).toBe("RETURN 59");
    expect(history.at(-1)).toBe("RETURN 10");
  });

  it("does not mutate its input", () => {
    const history = ["a", "b"];
    addToHistory(history, "b");
    expect(history).toEqual(["a", "b"]);
  });
});

describe("parseHistory", () => {
  it("reads a stored list", () => {
    expect(parseHistory(JSON.stringify(["b", "a"]))).toEqual(["b", "a"]);
  });

  it("returns an empty list for missing, malformed or wrong-shaped data", () => {
    expect(parseHistory(null)).toEqual([]);
    expect(parseHistory("{not json")).toEqual([]);
    expect(parseHistory(JSON.stringify({ a: 1 }))).toEqual([]);
  });

  it("drops non-strings and duplicates and applies the cap", () => {
    expect(parseHistory(JSON.stringify(["b", 3, null, "a", "b", ""]))).toEqual(["b", "a"]);
    expect(parseHistory(JSON.stringify(Array.from({ length: 80 }, (_, i) => `q${i}`)))).toHaveLength(HISTORY_CAP);
  });
});

describe("loadHistory / saveHistory", () => {
  it("round-trips through storage", () => {
    const storage = memoryStorage();
    saveHistory(storage, ["b", "a"]);
    expect(storage.data.get(HISTORY_KEY)).toBe('["b","a"]');
    expect(loadHistory(storage)).toEqual(["b", "a"]);
  });

  it("removes the key when the history is cleared", () => {
    const storage = memoryStorage({ [HISTORY_KEY]: '["a"]' });
    saveHistory(storage, []);
    expect(storage.data.has(HISTORY_KEY)).toBe(false);
  });

  it("survives storage that throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => undefined,
    };
    expect(loadHistory(broken)).toEqual([]);
    expect(() => saveHistory(broken, ["a"])).not.toThrow();
    expect(loadHistory(undefined)).toEqual([]);
  });
});

describe("summarizeQuery", () => {
  it("collapses whitespace and shortens long queries", () => {
    expect(summarizeQuery("MATCH (n)\n  RETURN n")).toBe("MATCH (n) RETURN n");
    const long = summarizeQuery("RETURN " + "x".repeat(200), 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith("…")).toBe(true);
  });
});
