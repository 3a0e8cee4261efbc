"use client";
/**
 * The Cypher console is another engineer's component; it is loaded only when the Cypher tab
 * opens, so its editor stays out of the first page load.
 */
import dynamic from "next/dynamic";
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import { translate, type Language } from "@/app/lib/i18n";

const CypherConsole = dynamic(() => import("./cypher-console/cypher-console").then((m) => m.CypherConsole), {
  ssr: false,
  loading: () => (
    <p className="empty-state" aria-busy="true">
      Loading the Cypher console…
    </p>
  ),
});

export function CypherTab(props: {
  query: string;
  onQueryChange: (q: string) => void;
  onShowGraph: (graph: { nodes: GraphNode[]; edges: GraphEdge[] }, options: { append: boolean }) => void;
  language: Language;
  sharedQuery?: string;
}) {
  return (
    <div className="mode-panel-body cypher" data-testid="cypher-tab" aria-label={translate(props.language, "Cypher")}>
      <CypherConsole query={props.query} onQueryChange={props.onQueryChange} onShowGraph={props.onShowGraph} language={props.language} sharedQuery={props.sharedQuery} />
    </div>
  );
}
