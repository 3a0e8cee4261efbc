/**
 * Mouse and keyboard on the canvas: tap selects, double-tap expands, hovering highlights the
 * neighbourhood, dragging remembers the new position. Callbacks are read through a getter so
 * events bound once always see the latest props.
 */
import type { Core, EventObject, NodeSingular, Position } from "cytoscape";
import type { KeyboardEvent } from "react";

export type CanvasCallbacks = {
  onSelect: (id: string | null) => void;
  onExpand?: (id: string) => void;
  onKey?: (event: KeyboardEvent<HTMLDivElement>, cy: Core | null) => void;
  onViewport?: (viewport: { zoom: number; pan: { x: number; y: number } }) => void;
};

const FADE_LIMIT = 1500;

export function bindCanvasEvents(cy: Core, props: () => CanvasCallbacks, positions: Map<string, Position>): () => void {
  const node = (e: EventObject) => e.target as NodeSingular;
  const onTapNode = (e: EventObject) => props().onSelect(node(e).id());
  const onTapBackground = (e: EventObject) => {
    if ((e.target as unknown) === cy) props().onSelect(null);
  };
  const onDoubleTap = (e: EventObject) => props().onExpand?.(node(e).id());
  const onOver = (e: EventObject) => {
    const hood = node(e).closedNeighborhood();
    cy.batch(() => {
      // Fading everything else restyles every element: worth it only on views of modest size.
      if (cy.elements().length <= FADE_LIMIT) cy.elements().not(hood).addClass("faded");
      hood.addClass("hl");
    });
  };
  const onOut = () => {
    cy.batch(() => cy.$(".faded, .hl").removeClass("faded hl"));
  };
  const onDragFree = (e: EventObject) => {
    positions.set(node(e).id(), { ...node(e).position() });
  };
  const onViewport = () => props().onViewport?.({ zoom: cy.zoom(), pan: { ...cy.pan() } });
  // One table for binding and unbinding, so that no handler outlives the canvas.
  const bindings: [events: string, selector: string | null, handler: (e: EventObject) => void][] = [
    ["tap", "node", onTapNode],
    ["tap", null, onTapBackground],
    ["dbltap", "node", onDoubleTap],
    ["mouseover", "node", onOver],
    ["mouseout", "node", onOut],
    ["dragfree", "node", onDragFree],
    ["viewport", null, onViewport],
  ];
  for (const [events, selector, handler] of bindings) {
    if (selector) cy.on(events, selector, handler);
    else cy.on(events, handler);
  }
  return () => {
    for (const [events, selector, handler] of bindings) {
      if (selector) cy.off(events, selector, handler);
      else cy.off(events, handler);
    }
  };
}

/** Keyboard on the focused canvas: arrows pan, + and - zoom, 0 fits, Escape clears. */
export function canvasKeyHandler(onEscape: () => void, onExpandSelected: () => void) {
  return (event: KeyboardEvent<HTMLDivElement>, cy: Core | null) => {
    if (!cy) return;
    const step = 60;
    const pan: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const by = pan[event.key];
    if (by) cy.panBy({ x: by[0], y: by[1] });
    else if (event.key === "+" || event.key === "=") cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (event.key === "-") cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (event.key === "0") cy.fit(undefined, 40);
    else if (event.key === "Escape") onEscape();
    else if (event.key === "Enter") onExpandSelected();
    else return;
    event.preventDefault();
  };
}
