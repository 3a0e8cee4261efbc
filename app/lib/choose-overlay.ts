/**
 * The message laid over the canvas, if any: loading, a failed load, an empty graph, filters
 * that leave nothing, or what the mode needs before it can draw. Text keys go through the i18n
 * table; the action names what its button does, and CanvasStage wires it.
 */
import type { Mode } from "./url-state";

export type OverlayAction = "retry" | "clear-filters" | "reset-view";
export type Overlay = { text: string; detail?: string; action?: OverlayAction; busy?: boolean };

export function chooseOverlay(input: {
  mode: Mode;
  overview: "pending" | "error" | "ready";
  /** nodes in the explore view before filters, and nodes the user hid */
  viewNodes: number;
  hidden: number;
  /** nodes the canvas draws now */
  drawn: number;
  filtersActive: boolean;
  target: string | null;
  ends: boolean;
  loading: boolean;
}): Overlay | null {
  const { mode, drawn } = input;
  if (mode === "explore") {
    if (input.overview === "pending") return { text: "Loading the graph…", busy: true };
    if (input.overview === "error") return { text: "Could not load", action: "retry" };
    if (input.viewNodes === 0 && input.hidden === 0) return { text: "The graph is empty. Load the roadmap with npm run ingest." };
    if (drawn === 0) return { text: "Nothing to show with these filters.", action: input.filtersActive ? "clear-filters" : "reset-view" };
    return null;
  }
  if (mode === "path" && !input.target) return { text: "Pick a target paper or section" };
  if (mode === "finder" && !input.ends) return { text: "Pick two nodes to see how they connect." };
  if (mode === "cypher" && drawn === 0) return { text: "Run a query that returns nodes, relationships or paths to draw them here." };
  if (drawn === 0 && input.loading) return { text: "Loading", busy: true };
  return null;
}
