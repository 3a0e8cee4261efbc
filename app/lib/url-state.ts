/**
 * Everything that makes a view shareable lives in the URL: mode, selection, reading target,
 * path-finder ends, search and Cypher text, layout and filters, and the chosen list. Parsing is forgiving (a hand-edited
 * or old link never breaks the page); serialising writes only what differs from the defaults so
 * links stay short.
 */
import type { NodeKind } from "@/contract/schemas";

export const MODES = ["explore", "path", "finder", "cypher"] as const;
export type Mode = (typeof MODES)[number];

export const LAYOUTS = ["fcose", "dagre", "timeline", "concentric"] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** Relation types the canvas can filter on (structural ones are always shown). */
export const FILTER_TYPES = ["BUILDS_ON", "CITES", "SAME_TOPIC", "SURVEYS", "IN_SECTION", "SUBSECTION_OF"] as const;
export type FilterType = (typeof FILTER_TYPES)[number];

export const FILTER_KINDS = ["section", "paper", "survey", "resource"] as const satisfies readonly NodeKind[];
export type FilterKind = (typeof FILTER_KINDS)[number];

export type Filters = {
  /** relation types to show; empty = all */
  types: FilterType[];
  /** node kinds to show; empty = all */
  kinds: FilterKind[];
  yearFrom: number | null;
  yearTo: number | null;
  /** section id: show only what sits in this section (or below it) */
  section: string | null;
};

export type ViewState = {
  /** the chosen list's id; null: all lists */
  roadmap: string | null;
  /** with a list chosen, search every list instead of that one */
  searchAll: boolean;
  mode: Mode;
  selected: string | null;
  target: string | null;
  from: string | null;
  to: string | null;
  buildsOnOnly: boolean;
  forwardOnly: boolean;
  allPaths: boolean;
  /** reading path and path finder walk only the lists' own edges, no citation data */
  curatedOnly: boolean;
  query: string;
  cypher: string;
  layout: LayoutName;
  filters: Filters;
  /** nodes whose neighbours were expanded, so a shared link shows the same view */
  expanded: string[];
  /** nodes the user hid from the canvas, so a shared link hides them too */
  hidden: string[];
  hideRead: boolean;
};

export const DEFAULT_STATE: ViewState = {
  roadmap: null,
  searchAll: false,
  mode: "explore",
  selected: null,
  target: null,
  from: null,
  to: null,
  buildsOnOnly: false,
  forwardOnly: false,
  allPaths: false,
  curatedOnly: false,
  query: "",
  cypher: "",
  layout: "fcose",
  filters: { types: [], kinds: [], yearFrom: null, yearTo: null, section: null },
  expanded: [],
  hidden: [],
  hideRead: false,
};

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const seen = new Set<T>();
  for (const part of value.split(",")) {
    if ((allowed as readonly string[]).includes(part)) seen.add(part as T);
  }
  return [...seen];
}

function year(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

function text(value: string | null): string | null {
  return value && value.trim() !== "" ? value : null;
}

/** Comma-separated node ids, without empties or repeats, capped so a hand-made link stays cheap. */
function idList(value: string | null, cap: number): string[] {
  return [...new Set((value ?? "").split(",").filter((id) => id !== ""))].slice(0, cap);
}

export function parseViewState(search: string | URLSearchParams): ViewState {
  const p = typeof search === "string" ? new URLSearchParams(search) : search;
  const mode = pick(p.get("mode"), MODES, DEFAULT_STATE.mode);
  // Each mode has its own sensible default layout; an explicit one wins.
  const defaultLayout: LayoutName = mode === "path" ? "dagre" : "fcose";
  return {
    roadmap: text(p.get("roadmap")),
    searchAll: p.get("scope") === "all",
    mode,
    selected: text(p.get("sel")),
    target: text(p.get("target")),
    from: text(p.get("from")),
    to: text(p.get("to")),
    buildsOnOnly: p.get("bo") === "1",
    forwardOnly: p.get("fwd") === "1",
    allPaths: p.get("all") === "1",
    curatedOnly: p.get("edges") === "curated",
    query: p.get("q") ?? "",
    cypher: p.get("cypher") ?? "",
    layout: pick(p.get("layout"), LAYOUTS, defaultLayout),
    filters: {
      types: list(p.get("types"), FILTER_TYPES),
      kinds: list(p.get("kinds"), FILTER_KINDS),
      yearFrom: year(p.get("from_y")),
      yearTo: year(p.get("to_y")),
      section: text(p.get("section")),
    },
    expanded: idList(p.get("exp"), 50),
    hidden: idList(p.get("hide"), 200),
    hideRead: p.get("hideRead") === "1",
  };
}

/** The query string (without "?") for a state; keys in a fixed order so equal states give equal links. */
export function serializeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  const set = (key: string, value: string | null | false | undefined) => {
    if (value) p.set(key, value);
  };
  set("roadmap", state.roadmap);
  // Only meaningful with a list chosen: without one, search covers every list anyway.
  set("scope", state.roadmap !== null && state.searchAll && "all");
  set("mode", state.mode !== "explore" && state.mode);
  set("sel", state.selected);
  set("target", state.target);
  set("from", state.from);
  set("to", state.to);
  set("bo", state.buildsOnOnly && "1");
  set("fwd", state.forwardOnly && "1");
  set("all", state.allPaths && "1");
  set("edges", state.curatedOnly && "curated");
  set("q", state.query);
  set("cypher", state.cypher);
  const defaultLayout: LayoutName = state.mode === "path" ? "dagre" : "fcose";
  set("layout", state.layout !== defaultLayout && state.layout);
  set("types", state.filters.types.join(","));
  set("kinds", state.filters.kinds.join(","));
  set("from_y", state.filters.yearFrom?.toString());
  set("to_y", state.filters.yearTo?.toString());
  set("section", state.filters.section);
  set("exp", state.expanded.join(","));
  set("hide", state.hidden.join(","));
  set("hideRead", state.hideRead && "1");
  return p.toString();
}

/** Applies a partial change; switching mode resets the layout to that mode's default unless given. */
export function updateViewState(state: ViewState, patch: Partial<ViewState>): ViewState {
  const next = { ...state, ...patch, filters: { ...state.filters, ...patch.filters } };
  if (patch.mode && patch.mode !== state.mode && !patch.layout) {
    next.layout = patch.mode === "path" ? "dagre" : state.layout === "dagre" && state.mode === "path" ? "fcose" : state.layout;
  }
  return next;
}

export function activeFilterCount(filters: Filters): number {
  return (
    (filters.types.length > 0 ? 1 : 0) +
    (filters.kinds.length > 0 ? 1 : 0) +
    (filters.yearFrom !== null || filters.yearTo !== null ? 1 : 0) +
    (filters.section ? 1 : 0)
  );
}
