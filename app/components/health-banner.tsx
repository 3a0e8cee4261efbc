"use client";
import { useQuery } from "@tanstack/react-query";
import { healthQuery } from "../queries";

/** Says when the database is unreachable; polls faster while it is down so the page recovers by itself. */
export function HealthBanner() {
  const { isError, error } = useQuery(healthQuery());
  if (!isError) return null;
  return (
    <div role="alert" data-testid="db-down-banner" className="banner banner-error">
      <strong>The graph database is unreachable.</strong> {error.message} Retrying automatically…
    </div>
  );
}

export function HealthBadge() {
  const { data, isError, isPending } = useQuery(healthQuery());
  if (isPending) return <span className="badge" data-testid="db-status">checking…</span>;
  if (isError || !data) return <span className="badge badge-error" data-testid="db-status">database down</span>;
  return (
    <span className="badge badge-ok" data-testid="db-status" title={`${data.neo4j.address} / ${data.neo4j.database}`}>
      Neo4j {data.neo4j.version} {data.neo4j.edition} · <span data-testid="node-count">{data.graph.nodes}</span> nodes ·{" "}
      {data.graph.relationships} relationships
    </span>
  );
}
