"use client";
/**
 * The page: search, section tree, mode tabs, the canvas and the mode's panel. State that makes
 * a view shareable lives in the URL (useViewState); reading progress and preferences in
 * localStorage; everything else is derived here and handed down.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import { membershipWithAreas } from "@/app/lib/canvas-data";
import { nodesToCsv, toJson } from "@/app/lib/export-data";
import { yearBounds } from "@/app/lib/filters";
import { areaColor } from "@/app/lib/graph-style";
import { translate } from "@/app/lib/i18n";
import { doneIds, sectionProgress, setStatus, type ReadingStatus } from "@/app/lib/reading-progress";
import { expansionReport, isExpanded } from "@/app/lib/view-graph";
import { sectionsQuery } from "@/app/queries";
import { CanvasStage } from "./canvas-stage";
import { CypherTab } from "./cypher-tab";
import { DetailsPanel } from "./details-panel";
import { downloadFile as download } from "@/app/lib/download-file";
import type { CanvasHandle } from "./graph-canvas/graph-canvas";
import { HealthBadge, HealthBanner } from "./health-banner";
import { useExploreView } from "./hooks/use-explore-view";
import { usePrefs, useStatuses, useTheme } from "./hooks/use-local-store";
import { useModeCanvas } from "./hooks/use-mode-canvas";
import { useRecoverAfterOutage } from "./hooks/use-recover";
import { useViewState, useViewStateReady } from "./hooks/use-view-state";
import { ModeTabs } from "./mode-tabs";
import { PathFinderPanel } from "./path-finder-panel";
import { PrefsControls } from "./prefs-controls";
import { ReadingPathPanel } from "./reading-path-panel";
import { RoadmapPicker } from "./roadmap-picker";
import { SearchBox } from "./search-box";
import { SearchScope } from "./search-scope";
import { SectionTree } from "./section-tree";

declare global {
  interface Window {
    /** test seam: draw any graph (as the Cypher console would), e.g. a synthetic large one */
    __showGraph?: (graph: { nodes: GraphNode[]; edges: GraphEdge[] }) => void;
  }
}

export function Explorer() {
  const [state, update] = useViewState();
  const [prefs, setPrefs] = usePrefs();
  const theme = useTheme();
  const language = prefs.language;
  const t = (key: string) => translate(language, key);
  const [statuses, setStatuses] = useStatuses();
  const onStatus = (id: string, s: ReadingStatus | null) => setStatuses(setStatus(statuses, id, s));
  useRecoverAfterOutage();

  const ready = useViewStateReady();
  const sections = useQuery({ ...sectionsQuery(state.roadmap ?? undefined), enabled: ready });
  const readPapers = useMemo(() => doneIds(statuses), [statuses]);
  // A new list starts from its own overview: selections, expansions and filters of another list do not carry over.
  const chooseList = (roadmap: string | null) =>
    update({ roadmap, selected: null, target: null, from: null, to: null, expanded: [], hidden: [], filters: { ...state.filters, section: null }, mode: state.mode === "cypher" ? "explore" : state.mode });
  const tree = useMemo(() => sections.data?.roadmaps.flatMap((r) => r.sections) ?? [], [sections.data]);
  const areas = useMemo(() => tree.map((s) => s.id), [tree]);
  const explore = useExploreView(state, update);
  const overview = explore.overview.data;
  const membership = useMemo(() => membershipWithAreas(overview?.nodes ?? [], overview?.edges ?? []), [overview]);
  const papers = useMemo(() => new Set((overview?.nodes ?? []).filter((n) => n.kind === "paper" || n.kind === "survey").map((n) => n.id)), [overview]);
  const progress = useMemo(() => sectionProgress(tree, membership, statuses, papers), [tree, membership, statuses, papers]);
  const { canvas, readingPath, frontier, paths, showCypherGraph } = useModeCanvas(state, explore, statuses, tree, membership);

  // Nodes seen anywhere, so chips and lists can name an id that is only in the URL.
  const [picked, setPicked] = useState<ReadonlyMap<string, GraphNode>>(new Map());
  const known = useMemo(() => {
    const map = new Map(picked);
    for (const n of explore.view.nodes.values()) map.set(n.id, n);
    for (const n of canvas.nodes) map.set(n.id, n);
    return map;
  }, [picked, explore.view, canvas.nodes]);
  const nodeById = (id: string | null) => (id ? known.get(id) : undefined);
  const color = (n: GraphNode) => areaColor(n.area, areas);

  const canvasRef = useRef<CanvasHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [listView, setListView] = useState(false);
  const [focus, setFocus] = useState<{ id: string; seq: number } | null>(null);
  // The Cypher query of the link the page was opened with (the server renders without a URL).
  const [sharedCypher] = useState(() => (typeof window === "undefined" ? "" : (new URLSearchParams(window.location.search).get("cypher") ?? "")));

  const select = (id: string | null) => {
    if (id && state.mode === "explore") explore.reveal(id);
    update({ selected: id });
  };
  const pick = (node: GraphNode) => {
    setPicked((m) => new Map(m).set(node.id, node));
    if (state.mode === "path") update({ target: node.id, selected: node.id });
    else if (state.mode === "finder") update(state.from ? { to: node.id } : { from: node.id });
    else {
      explore.reveal(node.id);
      update({ mode: "explore", selected: node.id });
      setFocus((f) => ({ id: node.id, seq: (f?.seq ?? 0) + 1 }));
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
      if (e.key === "/" && !typing) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    window.__showGraph = (graph) => {
      update({ mode: "cypher" });
      showCypherGraph(graph, { append: false });
    };
    return () => {
      delete window.__showGraph;
    };
  });

  const onExport = (kind: "png" | "svg" | "json" | "csv") => {
    const base = `roadmap-graph-${state.roadmap ? `${state.roadmap.replace(/[^\w-]+/g, "-")}-` : ""}${state.mode}`;
    if (kind === "png") download(`${base}.png`, canvasRef.current?.png() ?? "", "image/png");
    if (kind === "svg") download(`${base}.svg`, canvasRef.current?.svg() ?? "", "image/svg+xml");
    if (kind === "json") download(`${base}.json`, toJson(canvas.nodes, canvas.edges), "application/json");
    if (kind === "csv") download(`${base}.csv`, nodesToCsv(canvas.nodes), "text/csv");
  };

  const selectedNode = state.selected;
  return (
    <div className={`app theme-${theme}`} data-theme={theme} lang={language}>
      <header className="topbar">
        <h1>Roadmap Graph Explorer</h1>
        <SearchBox
          label={t("Search")}
          language={language}
          value={state.query}
          onValueChange={(q) => update({ query: q }, { replace: true })}
          onPick={pick}
          inputRef={searchRef}
          testId="main-search"
          roadmap={state.roadmap && !state.searchAll ? state.roadmap : undefined}
          homeList={state.roadmap ?? undefined}
        />
        {state.roadmap && <SearchScope all={state.searchAll} language={language} onChange={(all) => update({ searchAll: all }, { replace: true })} />}
        <HealthBadge language={language} />
        <PrefsControls prefs={prefs} theme={theme} setPrefs={setPrefs} />
      </header>
      <HealthBanner language={language} />
      <div className={`workspace${state.mode === "cypher" ? " wide" : ""}`}>
        <aside className="sidebar">
          <RoadmapPicker chosen={state.roadmap} readPapers={readPapers} language={language} onChoose={chooseList} />
          <SectionTree
            sections={tree}
            areas={areas}
            progress={progress}
            active={state.filters.section}
            language={language}
            state={sections.isPending ? "loading" : sections.isError ? "error" : "ready"}
            errorMessage={sections.error?.message}
            lists={!state.roadmap && (sections.data?.roadmaps.length ?? 0) > 1 ? sections.data?.roadmaps : undefined}
            onPick={(id) => update({ filters: { ...state.filters, section: id }, mode: state.mode === "explore" ? "explore" : state.mode })}
          />
        </aside>
        <main className="stage">
          <ModeTabs
            mode={state.mode}
            language={language}
            onChange={(mode) =>
              // The selection carries over as the natural start: a reading target, a path's first end.
              update({
                mode,
                ...(mode === "path" && !state.target && state.selected ? { target: state.selected } : {}),
                ...(mode === "finder" && !state.from && state.selected ? { from: state.selected } : {}),
              })
            }
          />
          <CanvasStage
            state={state}
            update={update}
            canvas={canvas}
            explore={explore}
            statuses={statuses}
            theme={theme}
            language={language}
            tree={tree}
            areas={areas}
            years={yearBounds([...explore.view.nodes.values()])}
            canvasRef={canvasRef}
            listView={listView}
            onListView={setListView}
            onSelect={select}
            focus={focus}
            onExport={onExport}
            loading={state.mode === "path" ? readingPath.isFetching : state.mode === "finder" ? paths.isFetching : explore.overview.isPending || explore.expanding}
          />
        </main>
        <aside id="mode-panel" role="tabpanel" aria-labelledby={`tab-${state.mode}`} className="panel">
          {state.mode === "explore" && (
            <DetailsPanel
              id={selectedNode}
              roadmap={state.roadmap}
              language={language}
              statuses={statuses}
              onStatus={onStatus}
              onPick={pick}
              color={color}
              onReadFirst={(id) => update({ mode: "path", target: id })}
              actions={
                selectedNode
                  ? {
                      expanded: isExpanded(explore.view, selectedNode),
                      omitted: explore.view.omitted.get(selectedNode) ?? 0,
                      report: expansionReport(explore.view, canvas.edges, selectedNode),
                      onCanvas: explore.view.nodes.has(selectedNode),
                      expand: explore.expand,
                      showMore: explore.showMore,
                      collapse: explore.collapse,
                      hide: explore.hide,
                    }
                  : undefined
              }
            />
          )}
          {state.mode === "path" && (
            <ReadingPathPanel
              language={language}
              path={readingPath}
              frontier={frontier.data?.frontier}
              statuses={statuses}
              onStatus={onStatus}
              onTarget={(id) => update({ target: id, selected: null })}
              onSelect={(id) => update({ selected: id })}
              selected={state.selected}
              hideRead={state.hideRead}
              onHideRead={(on) => update({ hideRead: on })}
              curatedOnly={state.curatedOnly}
              onCuratedOnly={(on) => update({ curatedOnly: on })}
              hasTarget={state.target !== null}
            />
          )}
          {state.mode === "finder" && <PathFinderPanel language={language} state={state} result={paths} nodeById={nodeById} onChange={(patch) => update(patch)} onSelect={(id) => update({ selected: id })} />}
          {state.mode === "cypher" && <CypherTab query={state.cypher} onQueryChange={(q) => update({ cypher: q }, { replace: true })} onShowGraph={showCypherGraph} language={language} sharedQuery={sharedCypher} />}
        </aside>
      </div>
    </div>
  );
}
