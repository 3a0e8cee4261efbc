import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, activeFilterCount, parseViewState, serializeViewState, updateViewState } from "./url-state";

describe("url state", () => {
  it("parses an empty query into the defaults and serialises the defaults to nothing", () => {
    expect(parseViewState("")).toEqual(DEFAULT_STATE);
    expect(serializeViewState(DEFAULT_STATE)).toBe("");
  });

  it("round-trips every field, including ids with slashes and dots", () => {
    const state = updateViewState(DEFAULT_STATE, {
      roadmap: "awesome-llm.v2",
      mode: "finder",
      selected: "gen-ai/llm.prompting",
      from: "1706.03762",
      to: "cs/0112017",
      buildsOnOnly: true,
      forwardOnly: true,
      allPaths: true,
      query: "attention is all",
      cypher: "MATCH (n) RETURN n LIMIT 5",
      layout: "timeline",
      filters: { types: ["BUILDS_ON", "SURVEYS"], kinds: ["paper"], yearFrom: 2017, yearTo: 2023, section: "gen-ai/llm" },
      expanded: ["1706.03762", "2005.14165"],
      hidden: ["gen-ai/llm", "2303.08774"],
      hideRead: true,
    });
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it("keeps the chosen list in roadmap= and treats an empty one as all lists", () => {
    expect(serializeViewState({ ...DEFAULT_STATE, roadmap: "generative-ai" })).toBe("roadmap=generative-ai");
    expect(parseViewState("roadmap=generative-ai").roadmap).toBe("generative-ai");
    expect(parseViewState("roadmap=%20").roadmap).toBeNull();
  });

  it("ignores unknown and malformed values instead of failing", () => {
    const state = parseViewState("mode=nope&layout=spiral&types=BUILDS_ON,EVIL,BUILDS_ON&from_y=20x7&kinds=paper,robot&sel=%20");
    expect(state.mode).toBe("explore");
    expect(state.layout).toBe("fcose");
    expect(state.filters.types).toEqual(["BUILDS_ON"]);
    expect(state.filters.kinds).toEqual(["paper"]);
    expect(state.filters.yearFrom).toBeNull();
    expect(state.selected).toBeNull();
  });

  it("uses the hierarchical layout by default in reading-path mode and omits it from the link", () => {
    const state = parseViewState("mode=path&target=x");
    expect(state.layout).toBe("dagre");
    expect(serializeViewState(state)).toBe("mode=path&target=x");
  });

  it("switches to the mode's default layout when the mode changes", () => {
    const path = updateViewState(DEFAULT_STATE, { mode: "path" });
    expect(path.layout).toBe("dagre");
    expect(updateViewState(path, { mode: "explore" }).layout).toBe("fcose");
    const timeline = updateViewState(DEFAULT_STATE, { layout: "timeline" });
    expect(updateViewState(timeline, { mode: "finder" }).layout).toBe("timeline");
  });

  it("merges filter patches and counts active filters", () => {
    const s = updateViewState(DEFAULT_STATE, { filters: { ...DEFAULT_STATE.filters, yearFrom: 2020 } });
    expect(activeFilterCount(s.filters)).toBe(1);
    expect(activeFilterCount(updateViewState(s, { filters: { ...s.filters, section: "a", kinds: ["survey"] } }).filters)).toBe(3);
  });

  it("caps the expanded list so a hand-made link cannot ask for thousands of expansions", () => {
    const ids = Array.from({ length: 80 }, (_, i) => `p${i}`).join(",");
    expect(parseViewState(`exp=${ids}`).expanded).toHaveLength(50);
  });

  it("keeps hidden nodes in hide=, once each", () => {
    expect(serializeViewState({ ...DEFAULT_STATE, hidden: ["1706.03762", "gen-ai/llm"] })).toBe("hide=1706.03762%2Cgen-ai%2Fllm");
    expect(parseViewState("hide=a,,b,a").hidden).toEqual(["a", "b"]);
  });

  it("keeps the search scope with a chosen list, and drops it where there is no list to scope to", () => {
    const all = parseViewState("roadmap=second&scope=all");
    expect(all.searchAll).toBe(true);
    expect(serializeViewState(all)).toBe("roadmap=second&scope=all");
    expect(parseViewState("roadmap=second").searchAll).toBe(false);
    expect(serializeViewState({ ...all, roadmap: null })).toBe("");
  });
});
