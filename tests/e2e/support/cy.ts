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
