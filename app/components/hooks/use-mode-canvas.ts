"use client";
/** Picks what the canvas shows for the current mode and loads what that mode needs. */
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import { EMPTY_CANVAS, mergeGraphs, pathsToCanvas, readingPathToCanvas, type CanvasData } from "@/app/lib/canvas-data";
import { applyFilters, invertMembership } from "@/app/lib/filters";
import { doneIds, sectionSubtree, type SectionNode, type StatusMap } from "@/app/lib/reading-progress";
import type { ViewState } from "@/app/lib/url-state";
import { viewToSubgraph } from "@/app/lib/view-graph";
import { frontierQuery, pathQuery, readingPathQuery } from "@/app/queries";
import type { ExploreView } from "./use-explore-view";

export type CypherGraph = { nodes: GraphNode[]; edges: GraphEdge[]; version: number };

export function useModeCanvas(state: ViewState, explore: ExploreView, statuses: StatusMap, tree: readonly SectionNode[], membership: ReadonlyMap<string, ReadonlySet<string>>) {
  const done = useMemo(() => doneIds(statuses), [statuses]);
  const readingPath = useQuery(readingPathQuery(state.mode === "path" ? state.target : null, done, state.hideRead, state.curatedOnly));
  const frontier = useQuery({ ...frontierQuery(done, state.roadmap ?? undefined), enabled: state.mode === "path" });
  const paths = useQuery(
    pathQuery({ from: state.mode === "finder" ? state.from : null, to: state.to, all: state.allPaths, buildsOnOnly: state.buildsOnOnly, forward: state.forwardOnly, curatedOnly: state.curatedOnly }),
  );
  const [cypher, setCypher] = useState<CypherGraph>({ nodes: [], edges: [], version: 0 });
  const showCypherGraph = (graph: { nodes: GraphNode[]; edges: GraphEdge[] }, options: { append: boolean }) =>
    setCypher((prev) => (options.append ? { ...mergeGraphs(prev, graph), version: prev.version } : { ...mergeGraphs({ nodes: [], edges: [] }, graph), version: prev.version + 1 }));

  const memberOf = useMemo(() => invertMembership(membership), [membership]);
  const section = state.filters.section;
  const sectionScope = useMemo(() => (section ? sectionSubtree(tree, section) : new Set<string>()), [tree, section]);

  const canvas = useMemo((): CanvasData & { key: string } => {
    switch (state.mode) {
      case "explore": {
        // The force layout waits for the stored positions (they come with the overview)
        // rather than computing a picture they would replace.
        if (state.layout === "fcose" && explore.stored === undefined) return { ...EMPTY_CANVAS, key: "explore" };
        const filtered = applyFilters(viewToSubgraph(explore.view).nodes, viewToSubgraph(explore.view).edges, state.filters, {
          sectionScope,
          memberOf,
          statuses,
          hideRead: state.hideRead,
        });
        return { ...filtered, highlight: null, key: "explore" };
      }
      case "path":
        return readingPath.data
          ? { ...readingPathToCanvas(readingPath.data), key: `path:${readingPath.data.target.id}:${state.curatedOnly}` }
          : { ...EMPTY_CANVAS, key: `path:${state.target}` };
      case "finder":
        return paths.data ? { ...pathsToCanvas(paths.data), key: `finder:${state.from}:${state.to}:${state.allPaths}:${state.buildsOnOnly}:${state.forwardOnly}:${state.curatedOnly}` } : { ...EMPTY_CANVAS, key: "finder" };
      case "cypher":
        return { nodes: cypher.nodes, edges: cypher.edges, highlight: null, key: `cypher:${cypher.version}` };
    }
  }, [state, explore.view, explore.stored, sectionScope, memberOf, statuses, readingPath.data, paths.data, cypher]);

  return { canvas, readingPath, frontier, paths, showCypherGraph };
}
