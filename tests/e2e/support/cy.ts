import type { Page } from "@playwright/test";
import type { Core } from "cytoscape";

export type GraphState = { nodes: number; edges: number; ids: string[]; selected: string[]; layout: string | null };

/** Reads the Cytoscape instance the app exposes on window.__cy (null counts when absent). */
export async function readGraphState(page: Page): Promise<GraphState> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy?: Core }).__cy;
    if (!cy || cy.destroyed()) return { nodes: 0, edges: 0, ids: [], selected: [], layout: null };
    return {
      nodes: cy.nodes(":visible").length,
      edges: cy.edges(":visible").length,
      ids: cy.nodes(":visible").map((n) => n.id()),
      selected: cy.nodes(":selected").map((n) => n.id()),
      layout: (cy.scratch("layoutName") as string | undefined) ?? null,
    };
  });
}

/** Layout runs finished so far (each run bumps it), and whether one is running now. */
export async function readLayoutRun(page: Page): Promise<{ seq: number; running: boolean; name: string | null }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy?: Core }).__cy;
    if (!cy || cy.destroyed()) return { seq: 0, running: false, name: null };
    return {
      seq: (cy.scratch("layoutSeq") as number | undefined) ?? 0,
      running: Boolean(cy.scratch("layoutRunning")),
      name: (cy.scratch("layoutName") as string | undefined) ?? null,
    };
  });
}

export async function readPositions(page: Page, ids?: string[]): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((only) => {
    const cy = (window as unknown as { __cy?: Core }).__cy;
    const out: Record<string, { x: number; y: number }> = {};
    cy?.nodes().forEach((n) => {
      if (!only || only.includes(n.id())) out[n.id()] = { ...n.position() };
    });
    return out;
  }, ids ?? null);
}

/** Data and classes of one node as the canvas holds them. */
export async function readNode(page: Page, id: string): Promise<{ exists: boolean; data: Record<string, unknown>; classes: string[] }> {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as { __cy?: Core }).__cy;
    const node = cy?.getElementById(nodeId);
    if (!node || node.empty()) return { exists: false, data: {}, classes: [] };
    return { exists: true, data: node.data() as Record<string, unknown>, classes: node.classes() };
  }, id);
}

/** Fires a Cytoscape event on a node, as a click or double-click on it would. */
export async function emitOnNode(page: Page, id: string, event: "tap" | "dbltap" | "mouseover" | "mouseout"): Promise<void> {
  await page.evaluate(
    ([nodeId, name]) => {
      (window as unknown as { __cy?: Core }).__cy?.getElementById(nodeId).emit(name);
    },
    [id, event] as const,
  );
}

/** Where a node is drawn on the page, for real mouse clicks. */
export async function nodeScreenPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as { __cy?: Core }).__cy!;
    const p = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}
