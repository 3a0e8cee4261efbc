"use client";
import { useQuery } from "@tanstack/react-query";
import { translate, type Language } from "../lib/i18n";
import { healthQuery } from "../queries";

const HEADLINE = "The graph database is unreachable.";

/** Says when the database is unreachable; polls faster while it is down so the page recovers by itself. */
export function HealthBanner({ language = "en" }: { language?: Language }) {
  const { isError, error } = useQuery(healthQuery());
  if (!isError) return null;
  // The API's own message usually says the same as the headline; show it only when it adds something.
  const detail = error.message.startsWith("The graph database is unreachable") ? "" : `${error.message} `;
  return (
    <div role="alert" data-testid="db-down-banner" className="banner banner-error">
      <strong>{translate(language, HEADLINE)}</strong> {detail}
      {translate(language, "Retrying automatically; the page recovers by itself when it is back.")}
    </div>
  );
}

export function HealthBadge({ language = "en" }: { language?: Language }) {
  const { data, isError, isPending } = useQuery(healthQuery());
  if (isPending) return <span className="badge" data-testid="db-status">{translate(language, "checking…")}</span>;
  if (isError || !data) return <span className="badge badge-error" data-testid="db-status">{translate(language, "database down")}</span>;
  return (
    <span className="badge badge-ok" data-testid="db-status" title={`${data.neo4j.address} / ${data.neo4j.database}`}>
      Neo4j {data.neo4j.version} {data.neo4j.edition} · <span data-testid="node-count">{data.graph.nodes}</span> {translate(language, "nodes")} ·{" "}
      {data.graph.relationships} {translate(language, "relationships")}
    </span>
  );
}
