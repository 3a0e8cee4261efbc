/** Moving the camera: fitting views of any size quickly, and bringing the selection into view. */
import type { Core } from "cytoscape";

/**
 * Fits the viewport to the nodes' positions and sizes, without measuring labels (which is what
 * makes cy.fit() take most of a second on a few thousand nodes).
 */
export function fastFit(cy: Core, padding = 40): void {
  const nodes = cy.nodes(":visible");
  if (nodes.empty()) return;
  const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false, includeEdges: false });
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / Math.max(1, box.w), h / Math.max(1, box.h))));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) } });
}

/** Animated fit for small views; big ones jump (an animated fit re-measures every frame). */
export function smoothFit(cy: Core) {
  if (cy.nodes().length > 250) fastFit(cy);
  else cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 300 });
}

/** Pans to the selected node when it is outside the visible part of the canvas. */
export function revealSelected(cy: Core, id: string | null, animate = false) {
  if (!id) return;
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const p = node.renderedPosition();
  if (p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height()) return;
  if (animate) cy.animate({ center: { eles: node } }, { duration: 250 });
  else cy.center(node);
}


const FOCUS_MAX_ZOOM = 1.4;

/**
 * A node picked from search: its neighbourhood is labelled and outlined (class "focus") and the
 * camera moves to show it, close enough to read. Earlier focus marks are cleared.
 */
export function focusNeighbourhood(cy: Core, id: string): boolean {
  const node = cy.getElementById(id);
  if (node.empty()) return false;
  const hood = node.closedNeighborhood();
  cy.batch(() => {
    cy.$(".focus").removeClass("focus");
    hood.addClass("focus");
  });
  cy.stop(true, false);
  cy.animate({ fit: { eles: hood, padding: 80 } }, { duration: 300, complete: () => {
    if (cy.zoom() > FOCUS_MAX_ZOOM) cy.zoom({ level: FOCUS_MAX_ZOOM, position: node.position() });
    cy.center(node);
  } });
  return true;
}
