"use client";
import dynamic from "next/dynamic";
import { Suspense } from "react";

/**
 * Starts the graph library's download while the HTML is parsed, not once the page's scripts have
 * run (about 0.3 s later): a component loaded with next/dynamic and rendered on the server has
 * its chunks named in the HTML's head (`<link rel="preload" as="script">`). It draws nothing;
 * its own Suspense boundary keeps the rest of the page hydrating while the chunk arrives.
 */
const CytoscapeModule = dynamic(() => import("./graph-canvas/cytoscape-module"), { ssr: true });

export function PreloadCytoscape() {
  return (
    <Suspense fallback={null}>
      <CytoscapeModule />
    </Suspense>
  );
}
