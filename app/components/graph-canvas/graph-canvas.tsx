"use client";
/**
 * The one component that owns the Cytoscape instance. It receives what should be on screen and
 * applies only the difference: nodes already drawn keep their positions, new neighbours appear
 * around the node they were expanded from, and a full layout runs only when the view is new or
 * the layout changes (the decisions are app/lib/plan-canvas-update.ts's; this file carries them
 * out). The instance is exposed as window.__cy for the e2e tests.
 */
import type { Core, Position } from "cytoscape";
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import { LARGE_VIEW, buildStylesheet, type Theme } from "@/app/lib/graph-style";
import type { StatusMap } from "@/app/lib/reading-progress";
import { planCanvasUpdate } from "@/app/lib/plan-canvas-update";
import { diffElements, fingerprint, ringPositions } from "@/app/lib/to-elements";
import type { LayoutName } from "@/app/lib/url-state";
import type { Language } from "@/app/lib/i18n";
import { MAX_FIT_ZOOM, runLayout, warmLayoutWorker, type LayoutDone } from "./run-layout";
import { fastFit, focusNeighbourhood, revealSelected, smoothFit } from "./viewport";
import { bindCanvasEvents, type CanvasCallbacks } from "./canvas-events";
import { loadCytoscape } from "./load-cytoscape";
import { pngDataUrl, svgText } from "./snapshot";
import { markView } from "./mark-view";

declare global {
  interface Window {
    __cy?: Core;
  }
}

export type CanvasHandle = { fit(): void; zoomBy(factor: number): void; png(): string; svg(): string; relayout(): void };

export type GraphCanvasProps = CanvasCallbacks & {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  statuses: StatusMap;
  theme: Theme;
  areas: readonly string[];
  layout: LayoutName;
  /** changes when the view is replaced rather than extended: forces a fresh layout */
  layoutKey: string;
  selected: string | null;
  /** a node to centre and label with its neighbours (a search pick); `seq` tells picks apart */
  focus?: { id: string; seq: number } | null;
  /** nodes and edges to emphasise (a path); everything else fades */
  highlight?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  target?: string | null;
  edgeLabels?: boolean;
  onLayoutDone?: (result: LayoutDone) => void;
  /** fixed positions that replace the layout's (the path finder draws From left, To right) */
  placed?: Readonly<Record<string, Position>>;
  /** the list's stored force-layout positions: the force layout draws these instead of running */
  stored?: Readonly<Record<string, Position>>;
  /**
   * keep the view's first force-directed picture as its map while nothing is stored (a list
   * loaded a moment ago): a later force layout (after an expansion, back from another layout)
   * then puts every node back where it was instead of laying the grown view out afresh
   */
  keepMap?: boolean;
  label: string;
  language: Language;
  handle?: Ref<CanvasHandle>;
};

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const positions = useRef(new Map<string, Position>());
  const applied = useRef<{ layoutKey: string | null; layout: LayoutName | null }>({ layoutKey: null, layout: null });
  const cancelLayout = useRef<(() => void) | null>(null);
  const sessionMap = useRef<Record<string, Position> | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const [layoutsDone, setLayoutsDone] = useState(0);
  const layoutNow = (name: LayoutName) => {
    const cy = cyRef.current;
    if (!cy) return;
    cancelLayout.current?.();
    cancelLayout.current = runLayout(
      cy,
      name,
      latest.current.areas,
      (result) => {
        const placed = latest.current.placed;
        if (placed) {
          cy.nodes().forEach((node) => {
            const p = placed[node.id()];
            if (!p) return;
            node.position(p);
            result.positions[node.id()] = { ...p };
          });
          fastFit(cy);
          if (cy.zoom() > MAX_FIT_ZOOM) {
            cy.zoom(MAX_FIT_ZOOM);
            cy.center();
          }
        }
        for (const [id, p] of Object.entries(result.positions)) positions.current.set(id, p);
        if (latest.current.keepMap && result.source === "force") sessionMap.current = { ...result.positions };
        revealSelected(cy, latest.current.selected);
        latest.current.onLayoutDone?.(result);
        setLayoutsDone((n) => n + 1);
        // After the first picture, once the page is idle: the worker is then ready for a big view.
        if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(warmLayoutWorker);
      },
      latest.current.stored ?? (latest.current.keepMap ? (sessionMap.current ?? undefined) : undefined),
    );
  };

  const [ready, setReady] = useState(false);
  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void loadCytoscape().then((cytoscape) => {
      if (disposed || !container.current) return;
      const cy = cytoscape({ container: container.current, minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false, selectionType: "single" });
      cyRef.current = cy;
      window.__cy = cy;
      const unbind = bindCanvasEvents(cy, () => latest.current, positions.current);
      // Cytoscape only notices window resizes; panels opening and closing resize the container too.
      const observer = new ResizeObserver(() => cy.resize());
      observer.observe(container.current);
      cleanup = () => {
        observer.disconnect();
        cancelLayout.current?.();
        unbind();
        if (window.__cy === cy) delete window.__cy;
        cy.destroy();
        cyRef.current = null;
        applied.current = { layoutKey: null, layout: null };
      };
      setReady(true);
    });
    return () => {
      disposed = true;
      cleanup();
      setReady(false);
    };
  }, []);

  const { theme, areas } = props;
  const large = props.nodes.length > LARGE_VIEW;
  useEffect(() => {
    cyRef.current?.style(buildStylesheet(theme, areas, large));
    markView("styled");
  }, [theme, areas, ready, large]);

  const { nodes, edges, statuses, layoutKey, layout, language } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    markView("update");
    const current = new Map<string, string>();
    cy.nodes().forEach((n) => {
      current.set(n.id(), fingerprint({ data: n.data() as Record<string, unknown> }));
    });
    cy.edges().forEach((e) => {
      current.set(e.id(), "");
    });
    const diff = diffElements(current, nodes, edges, statuses, language);
    const plan = planCanvasUpdate({
      diff,
      edges,
      drawn: new Set(current.keys()),
      drawnNodes: cy.nodes().length,
      removedNodes: diff.remove.filter((id) => cy.getElementById(id).isNode()).length,
      newView: applied.current.layoutKey !== layoutKey,
      remembered: positions.current,
    });
    if (plan.fresh) sessionMap.current = null;
    const placed: string[] = [];
    cy.batch(() => {
      for (const id of diff.remove) cy.getElementById(id).remove();
      for (const el of diff.update) cy.getElementById(String(el.data.id)).data(el.data);
      if (plan.fresh) {
        cy.add(diff.addNodes);
        return;
      }
      const centre = cy.nodes().length ? cy.nodes().boundingBox({}) : undefined;
      const middle = centre ? { x: (centre.x1 + centre.x2) / 2, y: (centre.y1 + centre.y2) / 2 } : undefined;
      const position = new Map(plan.placements.filter((p) => p.position).map((p) => [p.id, p.position!]));
      const byAnchor = new Map<string, string[]>();
      for (const p of plan.placements) if (p.anchor) byAnchor.set(p.anchor, [...(byAnchor.get(p.anchor) ?? []), p.id]);
      for (const [anchorId, ring] of byAnchor) {
        ringPositions(cy.getElementById(anchorId).position(), ring.length, middle).forEach((p, i) => position.set(ring[i]!, p));
        placed.push(...ring);
      }
      cy.add(diff.addNodes.map((el) => (position.has(String(el.data.id)) ? { ...el, position: position.get(String(el.data.id)) } : el)));
    });
    if (diff.addEdges.length) cy.add(diff.addEdges);
    markView("added");
    if (plan.relayout) {
      applied.current = { layoutKey, layout };
      if (cy.nodes().length > 0) layoutNow(layout);
      return;
    }
    for (const id of placed) positions.current.set(id, { ...cy.getElementById(id).position() });
    if (plan.fitAfterRemoval) {
      smoothFit(cy);
      return;
    }
    const extent = cy.extent();
    const outside = placed.some((id) => {
      const p = cy.getElementById(id).position();
      return p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2;
    });
    if (outside) smoothFit(cy);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a layout change alone is handled by the next effect
  }, [nodes, edges, statuses, layoutKey, ready, language]);

  useEffect(() => {
    if (applied.current.layout === layout || applied.current.layoutKey === null) return;
    applied.current = { ...applied.current, layout };
    layoutNow(layout);
  }, [layout]);

  const { selected } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes(":selected").unselect();
    if (selected !== latest.current.focus?.id) cy.$(".focus").removeClass("focus");
    if (!selected) return;
    const node = cy.getElementById(selected);
    if (node.empty()) return;
    node.select();
    // Mid-layout positions mean nothing yet; the layout reveals the selection when it ends.
    if (!cy.scratch("layoutRunning")) revealSelected(cy, selected, true);
  }, [selected, nodes, ready]);

  const { focus } = props;
  const focusedSeq = useRef(-1);
  useEffect(() => {
    const cy = cyRef.current;
    // Mid-layout positions would send the camera to the wrong place; the layout's end re-runs this.
    if (!cy || !focus || focusedSeq.current === focus.seq || cy.scratch("layoutRunning")) return;
    if (focusNeighbourhood(cy, focus.id)) focusedSeq.current = focus.seq;
  }, [focus, nodes, ready, layoutsDone]);

  const { highlight, target, edgeLabels } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      // Touch only what carries the classes: restyling every element is slow on big views.
      cy.$(".on-path, .target, .with-label").removeClass("on-path target with-label");
      if (highlight) {
        cy.nodes().forEach((n) => {
          if (highlight.nodes.has(n.id())) n.addClass("on-path");
        });
        cy.edges().forEach((e) => {
          if (highlight.edges.has(e.id())) e.addClass("on-path");
        });
      }
      if (target) cy.getElementById(target).addClass("target");
      if (edgeLabels) cy.edges().addClass("with-label");
    });
  }, [highlight, target, edgeLabels, nodes, edges, ready]);

  useImperativeHandle(
    props.handle,
    () => ({
      fit: () => {
        if (cyRef.current) smoothFit(cyRef.current);
      },
      zoomBy: (factor) => {
        const cy = cyRef.current;
        if (cy) cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      png: () => (cyRef.current ? pngDataUrl(cyRef.current, latest.current.theme) : ""),
      svg: () => (cyRef.current ? svgText(cyRef.current, latest.current.theme) : ""),
      relayout: () => layoutNow(latest.current.layout),
    }),
    [],
  );

  return (
    <div
      ref={container}
      className="cy-canvas"
      data-testid="cy"
      role="application"
      aria-label={props.label}
      aria-roledescription="graph canvas"
      tabIndex={0}
      onKeyDown={(event) => latest.current.onKey?.(event, cyRef.current)}
    />
  );
}
