"use client";
/**
 * The one component that owns the Cytoscape instance. It receives what should be on screen and
 * applies only the difference: nodes already drawn keep their positions, new neighbours appear
 * around the node they were expanded from, and a full layout runs only when the view is new or
 * the layout changes. The instance is exposed as window.__cy for the e2e tests.
 */
import type { Core, Position } from "cytoscape";
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import { LARGE_VIEW, buildStylesheet, type Theme } from "@/app/lib/graph-style";
import type { StatusMap } from "@/app/lib/reading-progress";
import { diffElements, fingerprint, ringPositions } from "@/app/lib/to-elements";
import type { LayoutName } from "@/app/lib/url-state";
import type { Language } from "@/app/lib/i18n";
import { MAX_FIT_ZOOM, runLayout, type LayoutDone } from "./run-layout";
import { fastFit, revealSelected, smoothFit } from "./viewport";
import { bindCanvasEvents, type CanvasCallbacks } from "./canvas-events";
import { loadCytoscape } from "./load-cytoscape";
import { pngDataUrl, svgText } from "./snapshot";

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
  /** nodes and edges to emphasise (a path); everything else fades */
  highlight?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  target?: string | null;
  edgeLabels?: boolean;
  onLayoutDone?: (result: LayoutDone) => void;
  /** fixed positions that replace the layout's (the path finder draws From left, To right) */
  placed?: Readonly<Record<string, Position>>;
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
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const layoutNow = (name: LayoutName) => {
    const cy = cyRef.current;
    if (!cy) return;
    cancelLayout.current?.();
    cancelLayout.current = runLayout(cy, name, latest.current.areas, (result) => {
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
      revealSelected(cy, latest.current.selected);
      latest.current.onLayoutDone?.(result);
    });
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
  }, [theme, areas, ready, large]);

  const { nodes, edges, statuses, layoutKey, layout, language } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const current = new Map<string, string>();
    cy.nodes().forEach((n) => {
      current.set(n.id(), fingerprint({ data: n.data() as Record<string, unknown> }));
    });
    cy.edges().forEach((e) => {
      current.set(e.id(), "");
    });
    const diff = diffElements(current, nodes, edges, statuses, language);
    const before = cy.nodes().length;
    const removedNodes = diff.remove.filter((id) => cy.getElementById(id).isNode()).length;
    const fresh = applied.current.layoutKey !== layoutKey || before === removedNodes;
    let unplaced = 0;
    const placed: string[] = [];
    cy.batch(() => {
      for (const id of diff.remove) cy.getElementById(id).remove();
      for (const el of diff.update) cy.getElementById(String(el.data.id)).data(el.data);
      if (fresh) {
        cy.add(diff.addNodes);
        return;
      }
      // Nodes that were drawn before come back where they were; new ones ring their anchor.
      const byAnchor = new Map<string, string[]>();
      const adds = diff.addNodes.map((el) => {
        const id = String(el.data.id);
        const known = positions.current.get(id);
        if (known) return { ...el, position: { ...known } };
        const anchor = edges.find((e) => (e.source === id && current.has(e.target)) || (e.target === id && current.has(e.source)));
        const anchorId = anchor ? (anchor.source === id ? anchor.target : anchor.source) : undefined;
        if (anchorId) byAnchor.set(anchorId, [...(byAnchor.get(anchorId) ?? []), id]);
        else unplaced++;
        return el;
      });
      const centre = cy.nodes().length ? cy.nodes().boundingBox({}) : undefined;
      const middle = centre ? { x: (centre.x1 + centre.x2) / 2, y: (centre.y1 + centre.y2) / 2 } : undefined;
      const ring = new Map<string, Position>();
      for (const [anchorId, ids] of byAnchor) {
        const at = cy.getElementById(anchorId).position();
        ringPositions(at, ids.length, middle).forEach((p, i) => ring.set(ids[i]!, p));
      }
      cy.add(adds.map((el) => (ring.has(String(el.data.id)) ? { ...el, position: ring.get(String(el.data.id)) } : el)));
      placed.push(...ring.keys());
    });
    if (diff.addEdges.length) cy.add(diff.addEdges);
    if (fresh || unplaced > 0) {
      applied.current = { layoutKey, layout };
      if (cy.nodes().length > 0) layoutNow(layout);
      return;
    }
    for (const id of placed) positions.current.set(id, { ...cy.getElementById(id).position() });
    // A filter that removed much of the view: bring what is left into view (positions unchanged).
    if (removedNodes > 0 && placed.length === 0 && removedNodes >= 0.2 * before) {
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
    if (!selected) return;
    const node = cy.getElementById(selected);
    if (node.empty()) return;
    node.select();
    // Mid-layout positions mean nothing yet; the layout reveals the selection when it ends.
    if (!cy.scratch("layoutRunning")) revealSelected(cy, selected, true);
  }, [selected, nodes, ready]);

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
