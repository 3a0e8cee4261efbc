"use client";
/**
 * The Explore canvas's content: the roadmap overview, plus each expansion named in the URL
 * (so a shared link shows the same view), plus nodes revealed from search or the details panel,
 * minus what the user hid. Expansion results are cached per node, so collapsing and expanding
 * again costs nothing.
 */
import { keepPreviousData, useQueries, useQuery, type UseQueryResult } from "@tanstack/react-query";
import { overviewExtras } from "@/app/lib/filters";
import { useCallback, useMemo, useState } from "react";
import type { Subgraph } from "@/app/lib/api-types";
import { collapseOverview } from "@/app/lib/collapse-sections";
import { EMPTY_VIEW, collapsibleFrom, hideNodes, mergeIntoView, viewFromSubgraph, type ViewGraph } from "@/app/lib/view-graph";
import type { ViewState } from "@/app/lib/url-state";
import { neighbourhoodQuery, overviewQuery, positionsQuery } from "@/app/queries";
import type { Position } from "cytoscape";
import type { UpdateView } from "./use-view-state";

/** New neighbours per expansion; "show more" adds MORE_STEP at a time. */
export const EXPAND_LIMIT = 10;
const MORE_STEP = 20;

const combine = (results: UseQueryResult<Subgraph>[]) => ({
  data: results.map((r) => r.data),
  pending: results.some((r) => r.isFetching),
});

export type ExploreView = {
  view: ViewGraph;
  overview: UseQueryResult<Subgraph>;
  /** the list's stored force-layout positions; null when none are stored yet, undefined while asked for */
  stored: Readonly<Record<string, Position>> | null | undefined;
  expanding: boolean;
  expand: (id: string) => void;
  showMore: (id: string) => void;
  collapse: (id: string) => void;
  hide: (id: string) => void;
  reveal: (id: string) => void;
  reset: () => void;
  hiddenCount: number;
};

export function useExploreView(state: ViewState, update: UpdateView): ExploreView {
  const extras = overviewExtras(state.filters);
  // Ticking SAME_TOPIC or resources reloads the overview with them; the old one stays drawn meanwhile.
  const overview = useQuery({ ...overviewQuery(state.roadmap ?? undefined, extras.sameTopic, extras.resources), placeholderData: keepPreviousData });
  const positions = useQuery(positionsQuery(state.roadmap ?? undefined));
  const stored = positions.isPending ? undefined : positions.data?.status === "ready" ? positions.data.positions : null;
  const [limits, setLimits] = useState<Record<string, number>>({});
  const [hidden, setHidden] = useState<string[]>([]);
  const [revealed, setRevealed] = useState<string[]>([]);
  // The roadmap overview is always on screen: leaving it out makes the cap count only new nodes
  // (and keeps the cache key stable while the view changes).
  const base = useMemo(() => (overview.data?.nodes ?? []).map((n) => n.id), [overview.data]);
  const expansions = useQueries({
    queries: state.expanded.map((id) => ({
      ...neighbourhoodQuery({ ids: [id], depth: 1, limit: limits[id] ?? EXPAND_LIMIT, exclude: base }),
      enabled: overview.data !== undefined,
    })),
    combine,
  });
  const reveals = useQueries({ queries: revealed.map((id) => neighbourhoodQuery({ ids: [id], depth: 1, limit: 100 })), combine });

  // A big list opens as its sections; expanding a section adds its items in place.
  const collapsed = useMemo(() => (overview.data ? collapseOverview(overview.data) : null), [overview.data]);
  const view = useMemo(() => {
    let v = collapsed ? viewFromSubgraph(collapsed.base) : EMPTY_VIEW;
    state.expanded.forEach((id, i) => {
      const part = collapsed?.parts.get(id);
      if (part) v = mergeIntoView(v, part, id);
      const data = expansions.data[i];
      if (data) v = mergeIntoView(v, data, id);
    });
    revealed.forEach((id, i) => {
      const data = reveals.data[i];
      const self = data?.nodes.find((n) => n.id === id);
      // Only the node itself and its edges to what is already drawn, not its whole neighbourhood.
      if (data && self) v = mergeIntoView(v, { nodes: [self], edges: data.edges });
    });
    return hideNodes(v, hidden);
  }, [collapsed, state.expanded, expansions.data, revealed, reveals.data, hidden]);

  const expand = useCallback(
    (id: string) => {
      setHidden((h) => h.filter((x) => x !== id));
      if (!state.expanded.includes(id)) update({ expanded: [...state.expanded, id], selected: id });
    },
    [state.expanded, update],
  );
  const showMore = useCallback((id: string) => setLimits((l) => ({ ...l, [id]: (l[id] ?? EXPAND_LIMIT) + MORE_STEP })), []);
  const collapse = useCallback(
    (id: string) => {
      const drop = new Set(collapsibleFrom(view, id));
      update({ expanded: state.expanded.filter((x) => x !== id && !drop.has(x)) });
    },
    [view, state.expanded, update],
  );
  const hide = useCallback(
    (id: string) => {
      setHidden((h) => [...h, id]);
      update({ selected: state.selected === id ? null : state.selected, expanded: state.expanded.filter((x) => x !== id) });
    },
    [state.selected, state.expanded, update],
  );
  const reveal = useCallback(
    (id: string) => {
      setHidden((h) => h.filter((x) => x !== id));
      if (!view.nodes.has(id)) setRevealed((r) => (r.includes(id) ? r : [...r, id]));
    },
    [view],
  );
  const reset = useCallback(() => {
    setHidden([]);
    setRevealed([]);
    update({ expanded: [], selected: null });
  }, [update]);

  return {
    view,
    overview,
    stored,
    expanding: expansions.pending || reveals.pending,
    expand,
    showMore,
    collapse,
    hide,
    reveal,
    reset,
    hiddenCount: hidden.length,
  };
}
