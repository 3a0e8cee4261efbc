"use client";
/** The canvas with its toolbar, filters, legend, list view and loading/empty/error overlays. */
import { useState, type RefObject } from "react";
import type { SectionTreeNode } from "@/app/lib/api-types";
import type { CanvasData } from "@/app/lib/canvas-data";
import type { Theme } from "@/app/lib/graph-style";
import { translate, type Language } from "@/app/lib/i18n";
import type { StatusMap } from "@/app/lib/reading-progress";
import { chooseOverlay } from "@/app/lib/choose-overlay";
import { activeFilterCount, DEFAULT_STATE, type ViewState } from "@/app/lib/url-state";
import { CanvasToolbar, type ExportKind } from "./canvas-toolbar";
import { FiltersBar } from "./filters-bar";
import { GraphCanvas, type CanvasHandle } from "./graph-canvas/graph-canvas";
import { canvasKeyHandler } from "./graph-canvas/canvas-events";
import { GraphList } from "./graph-list";
import type { ExploreView } from "./hooks/use-explore-view";
import type { UpdateView } from "./hooks/use-view-state";
import { Legend } from "./legend";
import { TimelineAxis, type Viewport } from "./timeline-axis";
import { useMediaQuery } from "./hooks/use-media-query";

export function CanvasStage(props: {
  state: ViewState;
  update: UpdateView;
  canvas: CanvasData & { key: string };
  explore: ExploreView;
  statuses: StatusMap;
  theme: Theme;
  language: Language;
  tree: readonly SectionTreeNode[];
  areas: readonly string[];
  years: { min: number; max: number } | null;
  canvasRef: RefObject<CanvasHandle | null>;
  listView: boolean;
  onListView: (on: boolean) => void;
  onSelect: (id: string | null) => void;
  focus: { id: string; seq: number } | null;
  onExport: (kind: ExportKind) => void;
  loading: boolean;
}) {
  const { state, update, canvas, explore, language } = props;
  const t = (key: string) => translate(language, key);
  const [note, setNote] = useState<string | null>(null);
  const [shownLayout, setShownLayout] = useState<{ name: string; timelineOrigin?: number } | null>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  // The legend starts open only where it leaves the canvas enough room.
  const roomy = useMediaQuery("(min-width: 1500px) and (min-height: 860px)");

  const chosen = chooseOverlay({
    mode: state.mode,
    overview: explore.overview.isPending || (state.layout === "fcose" && explore.stored === undefined) ? "pending" : explore.overview.isError ? "error" : "ready",
    viewNodes: explore.view.nodes.size,
    hidden: explore.hiddenCount,
    drawn: canvas.nodes.length,
    filtersActive: activeFilterCount(state.filters) > 0,
    target: state.target,
    ends: Boolean(state.from && state.to),
    loading: props.loading,
  });
  const actions = {
    retry: { label: t("Try again"), run: () => void explore.overview.refetch() },
    "clear-filters": { label: t("Clear filters"), run: () => update({ filters: DEFAULT_STATE.filters, hideRead: false }) },
    "reset-view": { label: t("Reset view"), run: explore.reset },
  };
  const overlay = chosen && {
    text: chosen.action === "retry" ? `${t(chosen.text)}: ${explore.overview.error?.message ?? ""}` : t(chosen.text),
    action: chosen.action && actions[chosen.action],
    busy: chosen.busy,
  };

  return (
    <div className="stage-body">
      <CanvasToolbar
        layout={state.layout}
        onLayout={(layout) => update({ layout })}
        language={language}
        onZoom={(f) => props.canvasRef.current?.zoomBy(f)}
        onFit={() => props.canvasRef.current?.fit()}
        onExport={props.onExport}
        listView={props.listView}
        onListView={props.onListView}
      />
      {state.mode === "explore" && (
        <div className="subbar">
          <FiltersBar filters={state.filters} onChange={(filters) => update({ filters })} sections={props.tree} years={props.years} language={language} theme={props.theme} />
          <label className="check">
            <input type="checkbox" checked={state.hideRead} onChange={(e) => update({ hideRead: e.target.checked })} />
            {t("Hide what is read")}
          </label>
          {(state.expanded.length > 0 || explore.hiddenCount > 0) && (
            <button type="button" className="link-button" onClick={explore.reset}>
              {t("Reset view")}
            </button>
          )}
        </div>
      )}
      <div className="canvas-wrap">
        <GraphCanvas
          handle={props.canvasRef}
          nodes={canvas.nodes}
          edges={canvas.edges}
          statuses={props.statuses}
          theme={props.theme}
          areas={props.areas}
          layout={state.layout}
          layoutKey={canvas.key}
          placed={state.layout === "timeline" ? undefined : canvas.positions}
          stored={state.mode === "explore" ? (explore.stored ?? undefined) : undefined}
          keepMap={state.mode === "explore"}
          selected={state.selected}
          focus={state.mode === "explore" ? props.focus : null}
          highlight={canvas.highlight}
          target={state.mode === "path" ? state.target : null}
          edgeLabels={state.mode === "finder"}
          label={t("What the canvas shows")}
          language={language}
          onSelect={props.onSelect}
          onExpand={(id) => state.mode === "explore" && explore.expand(id)}
          onKey={canvasKeyHandler(
            () => props.onSelect(null),
            () => state.selected && state.mode === "explore" && explore.expand(state.selected),
          )}
          onLayoutDone={(r) => {
            setShownLayout({ name: r.name, timelineOrigin: r.timelineOrigin });
            setNote(r.note === "dagre-too-large" ? t("Hierarchical layout is limited to 500 nodes; showing the layered preview instead.") : null);
          }}
          onViewport={state.layout === "timeline" ? setViewport : undefined}
        />
        {shownLayout?.name === "timeline" && shownLayout.timelineOrigin !== undefined && state.layout === "timeline" && viewport && canvas.nodes.length > 0 && (
          <TimelineAxis nodes={canvas.nodes} viewport={viewport} origin={shownLayout.timelineOrigin} language={language} />
        )}
        {overlay && (
          <div className="canvas-overlay" role="status" data-testid="canvas-status">
            {overlay.busy && <span className="spinner" aria-hidden="true" />}
            <p>{overlay.text}</p>
            {overlay.action && (
              <button type="button" className="button" onClick={overlay.action.run}>
                {overlay.action.label}
              </button>
            )}
          </div>
        )}
        <span className="canvas-counts" data-testid="view-counts" aria-live="polite">
          {props.loading && <span className="spinner" aria-label={t("Loading")} />}
          {canvas.nodes.length} {t("nodes")} · {canvas.edges.length} {t("edges")}
        </span>
        {note && (
          <p className="canvas-note" role="status">
            {note}
          </p>
        )}
        <Legend sections={props.tree} areas={props.areas} theme={props.theme} language={language} open={roomy && state.mode !== "cypher"} />
        <GraphList nodes={canvas.nodes} edges={canvas.edges} selected={state.selected} onSelect={(id) => props.onSelect(id)} statuses={props.statuses} language={language} visible={props.listView} />
      </div>
    </div>
  );
}
