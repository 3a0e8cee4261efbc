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
import type { Overview, Subgraph } from "@/app/lib/api-types";
import { clusterOverview } from "@/app/lib/collapse-sections";
import { EMPTY_VIEW, collapsibleFrom, hideNodes, mergeIntoView, viewFromSubgraph, type ViewGraph } from "@/app/lib/view-graph";
import type { ViewState } from "@/app/lib/url-state";
import { neighbourhoodQuery, overviewQuery, sectionItemsQuery } from "@/app/queries";
import type { Position } from "cytoscape";
import { useViewStateReady, type UpdateView } from "./use-view-state";

/** New neighbours per expansion; "show more" adds MORE_STEP at a time. */
export const EXPAND_LIMIT = 10;
const MORE_STEP = 20;

const combine = (results: UseQueryResult<Subgraph>[]) => ({
  data: results.map((r) => r.data),
  pending: results.some((r) => r.isFetching),
});

type ExpansionContext = { cluster: boolean; roadmap: string | null; sameTopic: boolean; resources: boolean; limit: number; base: string[] };

/** Opening a section of a clustered overview fetches its items; any other node, its neighbours. */
function expansionQuery(id: string, c: ExpansionContext): ReturnType<typeof sectionItemsQuery> | ReturnType<typeof neighbourhoodQuery> {
  if (c.cluster) return sectionItemsQuery(id, c.roadmap ?? undefined, c.sameTopic, c.resources);
  return neighbourhoodQuery({ ids: [id], depth: 1, limit: c.limit, exclude: c.base });
}

/** What each expanded node adds: a cluster's items, or another node's neighbours. */
function useExpansions(state: ViewState, extras: { sameTopic: boolean; resources: boolean }, overview: Overview | undefined, limits: Record<string, number>, base: string[]) {
  return useQueries({
    queries: state.expanded.map((id) => ({
      ...expansionQuery(id, {
        cluster: overview?.clustered === true && overview.clusters.some((c) => c.section === id && c.items > 0),
        roadmap: state.roadmap,
        sameTopic: extras.sameTopic,
        resources: extras.resources,
        limit: limits[id] ?? EXPAND_LIMIT,
        base,
      }),
      enabled: overview !== undefined,
    })),
    combine,
  });
}

export type ExploreView = {
  view: ViewGraph;
  overview: UseQueryResult<Overview>;
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
  const ready = useViewStateReady();
  const overview = useQuery({ ...overviewQuery(state.roadmap ?? undefined, extras.sameTopic, extras.resources), placeholderData: keepPreviousData, enabled: ready });
  // The overview answer carries the list's stored picture: drawn as soon as the overview is.
  const picture = overview.data?.positions;
  const stored = overview.isPending ? undefined : picture?.status === "ready" ? picture.positions : null;
  const [limits, setLimits] = useState<Record<string, number>>({});
  const hidden = state.hidden;
  const [revealed, setRevealed] = useState<string[]>([]);
  // The roadmap overview is always on screen: leaving it out makes the cap count only new nodes
  // (and keeps the cache key stable while the view changes).
  const base = useMemo(() => (overview.data?.nodes ?? []).map((n) => n.id), [overview.data]);
  // A big list opens as its sections; opening a section fetches its items, which join in place.
  const expansions = useExpansions(state, extras, overview.data, limits, base);
  const reveals = useQueries({ queries: revealed.map((id) => neighbourhoodQuery({ ids: [id], depth: 1, limit: 100 })), combine });

  const view = useMemo(() => {
    let v = overview.data ? viewFromSubgraph(clusterOverview(overview.data).base) : EMPTY_VIEW;
    state.expanded.forEach((id, i) => {
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
  }, [overview.data, state.expanded, expansions.data, revealed, reveals.data, hidden]);

  const expand = useCallback(
    (id: string) => {
      const hiddenNow = hidden.filter((x) => x !== id);
      if (!state.expanded.includes(id)) update({ expanded: [...state.expanded, id], selected: id, hidden: hiddenNow });
      else if (hiddenNow.length !== hidden.length) update({ hidden: hiddenNow });
    },
    [state.expanded, hidden, update],
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
      update({
        hidden: hidden.includes(id) ? hidden : [...hidden, id],
        selected: state.selected === id ? null : state.selected,
        expanded: state.expanded.filter((x) => x !== id),
      });
    },
    [state.selected, state.expanded, hidden, update],
  );
  const reveal = useCallback(
    (id: string) => {
      if (hidden.includes(id)) update({ hidden: hidden.filter((x) => x !== id) });
      if (!view.nodes.has(id)) setRevealed((r) => (r.includes(id) ? r : [...r, id]));
    },
    [view, hidden, update],
  );
  const reset = useCallback(() => {
    setRevealed([]);
    update({ expanded: [], selected: null, hidden: [] });
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
