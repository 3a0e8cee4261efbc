/**
 * One enrichment run: read the roadmap's papers, resolve them (Semantic Scholar's batch, then
 * OpenAlex for what it does not know; or OpenAlex alone), fetch the evidence of the citations
 * worth it, plan the rows, and write them in one transaction. Everything the providers say
 * goes through the cache first, so an interrupted run resumes where it stopped.
 */
import { join, resolve } from "node:path";
import type { AppConfig } from "../../graph/config";
import { readEnrichmentScope, writeEnrichment, type EnrichmentWriteOptions, type EnrichmentWriteResult } from "../../graph/write-enrichment";
import { EnrichError } from "./enrich-error";
import type { EnrichmentPlan } from "../../graph/enrichment-rows";
import { fetchCitationData } from "./fetch-citation-data";
import { createApiClient, type ApiClient, type ClientStats } from "./http/create-api-client";
import { createRateLimiter } from "./http/create-rate-limiter";
import { createRequestCache } from "./http/create-request-cache";
import { planEnrichment } from "./plan-enrichment";
import type { Progress } from "./create-progress";

export type EnrichOptions = {
  roadmapId: string;
  provider: "semantic-scholar" | "openalex";
  offline: boolean;
  dryRun: boolean;
  minCiters: number;
  /** at most this many suggested prerequisites, the most cited first */
  maxSuggestions: number;
  progress: Progress;
  write?: EnrichmentWriteOptions;
};

export type EnrichSummary = {
  roadmapId: string;
  papers: number;
  resolved: { semanticScholar: number; openAlex: number };
  unknown: string[];
  http: ClientStats;
  plan: EnrichmentPlan;
  write: EnrichmentWriteResult | null;
};

function createClients(config: AppConfig, offline: boolean): { s2: ApiClient; openAlex: ApiClient } {
  const cacheRoot = resolve(config.ENRICH_CACHE_DIR);
  const common = { offline, timeoutMs: config.ENRICH_TIMEOUT_MS, backoffMs: config.ENRICH_BACKOFF_MS };
  const s2 = createApiClient({
    ...common,
    provider: "Semantic Scholar",
    baseUrl: config.S2_API_URL,
    cache: createRequestCache(join(cacheRoot, "semantic-scholar")),
    // The shared unauthenticated pool is tight: without a key, one request every 3 s.
    limiter: createRateLimiter(config.ENRICH_INTERVAL_MS ?? (config.S2_API_KEY ? 1_000 : 3_000)),
    ...(config.S2_API_KEY ? { headers: { "x-api-key": config.S2_API_KEY } } : {}),
  });
  const openAlex = createApiClient({
    ...common,
    provider: "OpenAlex",
    baseUrl: config.OPENALEX_API_URL,
    cache: createRequestCache(join(cacheRoot, "openalex")),
    limiter: createRateLimiter(config.ENRICH_INTERVAL_MS ?? 200),
    ...(config.OPENALEX_MAILTO ? { privateQuery: { mailto: config.OPENALEX_MAILTO } } : {}),
  });
  return { s2, openAlex };
}

export async function runEnrichment(config: AppConfig, options: EnrichOptions): Promise<EnrichSummary> {
  const scope = await readEnrichmentScope(options.roadmapId);
  if (!scope) throw new EnrichError(`no roadmap with id "${options.roadmapId}" (load it first: npm run ingest -- FILE --roadmap ${options.roadmapId})`);
  const { s2, openAlex } = createClients(config, options.offline);
  const { found, missing, matched, details } = await fetchCitationData({ s2, openAlex }, scope, options);
  const plan = planEnrichment(scope, found, matched, details, { minCiters: options.minCiters, maxSuggestions: options.maxSuggestions });
  const write = options.dryRun ? null : await writeEnrichment(plan, options.write);
  const http: ClientStats = { requests: 0, cacheHits: 0, retries: 0, rateLimited: 0 };
  for (const stats of [s2.stats, openAlex.stats]) for (const key of Object.keys(http) as (keyof ClientStats)[]) http[key] += stats[key];
  const values = [...found.values()];
  return {
    roadmapId: options.roadmapId,
    papers: scope.papers.length,
    resolved: { semanticScholar: values.filter((p) => p.provider === "semantic-scholar").length, openAlex: values.filter((p) => p.provider === "openalex").length },
    unknown: missing.filter((q) => !found.has(q.id)).map((q) => q.id),
    http,
    plan,
    write,
  };
}

export function formatEnrichSummary(s: EnrichSummary, seconds: number): string {
  const { plan } = s;
  const refused = plan.refused.cycle + plan.refused.forwardInTime + plan.refused.undated;
  const lines = [
    `enriched roadmap "${s.roadmapId}" in ${seconds.toFixed(1)} s${s.write ? "" : " (dry run: nothing written)"}`,
    `  papers:      ${s.papers} (resolved ${s.resolved.semanticScholar} by Semantic Scholar, ${s.resolved.openAlex} by OpenAlex, ${s.unknown.length} unknown)`,
    `  requests:    ${s.http.requests} (cache hits ${s.http.cacheHits}, retries ${s.http.retries}, rate-limited ${s.http.rateLimited})`,
    `  CITES:       ${plan.cites.length}`,
    `  BUILDS_ON candidates: ${plan.candidates.length} written, ${refused} refused (${plan.refused.cycle} would close a cycle, ${plan.refused.forwardInTime} point forward in time, ${plan.refused.undated} undated), ${plan.alreadyCurated} already curated`,
    `  suggested prerequisites: ${plan.suggestions.length} (${plan.newSuggestions} new)${plan.suggestions.length ? ` (${plan.suggestions.slice(0, 5).map((p) => `${String(p.props.title)} [${String(p.props.suggestedBy)}]`).join("; ")})` : ""}`,
  ];
  if (s.unknown.length > 0) lines.push(`  unknown to the providers: ${s.unknown.slice(0, 10).join(", ")}${s.unknown.length > 10 ? ", …" : ""}`);
  if (s.write) lines.push(`  changes:     ${s.write.changes} (nodes +${s.write.nodesCreated}/-${s.write.nodesDeleted}, relationships +${s.write.relationshipsCreated}/-${s.write.relationshipsDeleted}, properties set ${s.write.propertiesSet})`);
  return lines.join("\n");
}
