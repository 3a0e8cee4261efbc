/**
 * Cytoscape with its force layout registered, as one module the page imports on demand
 * (load-cytoscape.ts) and names to the server render (preload-cytoscape.tsx), so that both
 * point at the very same chunks.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

export { cytoscape };

/** Draws nothing: rendering it only makes the server render name this module's chunks. */
export default function CytoscapeModule() {
  return null;
}
