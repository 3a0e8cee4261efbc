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
import type { EnrichmentPlan } from "./enrichment-types";
import type { CitationDetail, FoundPaper } from "./found-paper";
import { createApiClient, type ApiClient, type ClientStats } from "./http/create-api-client";
import { createRateLimiter } from "./http/create-rate-limiter";
import { createRequestCache } from "./http/create-request-cache";
import { buildPaperIndex, findSuggestionCandidates, matchCitations } from "./match-citations";
import { fetchOpenAlexWorks, resolveOpenAlexPapers } from "./openalex/fetch-openalex-works";
import { planEnrichment, type CitationDetails } from "./plan-enrichment";
import type { Progress } from "./create-progress";
import { fetchS2Citations } from "./semantic-scholar/fetch-s2-citations";
import { fetchS2Papers, S2_BATCH_SIZE, s2IdOf, type PaperQuery } from "./semantic-scholar/fetch-s2-papers";

export type EnrichOptions = {
  roadmapId: string;
  provider: "semantic-scholar" | "openalex";
  offline: boolean;
  dryRun: boolean;
  minCiters: number;
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

/** Gives OpenAlex references (bare W ids) their DOIs, arXiv ids, titles and years, for the ones that matter. */
async function describeOpenAlexReferences(client: ApiClient, found: Map<string, FoundPaper>, wanted: Set<string>, progress: Progress): Promise<void> {
  if (wanted.size === 0) return;
  progress.start("describing references", Math.ceil(wanted.size / 50));
  const works = new Map((await fetchOpenAlexWorks(client, "openalex", [...wanted], () => progress.tick())).map((w) => [w.providerId, w]));
  progress.stop();
  for (const paper of found.values()) {
    if (paper.provider !== "openalex") continue;
    paper.references = paper.references.map((ref) => {
      const work = works.get(ref.providerId);
      return work ? { providerId: ref.providerId, ...(work.arxivId ? { arxivId: work.arxivId } : {}), ...(work.doi ? { doi: work.doi } : {}), ...(work.title ? { title: work.title } : {}), ...(work.year ? { year: work.year } : {}) } : ref;
    });
  }
}

export async function runEnrichment(config: AppConfig, options: EnrichOptions): Promise<EnrichSummary> {
  const scope = await readEnrichmentScope(options.roadmapId);
  if (!scope) throw new EnrichError(`no roadmap with id "${options.roadmapId}" (load it first: npm run ingest -- FILE --roadmap ${options.roadmapId})`);
  const { s2, openAlex } = createClients(config, options.offline);
  const { progress } = options;
  const queries: PaperQuery[] = scope.papers.map((p) => ({ id: p.id, arxivId: p.arxivId ?? undefined, doi: p.doi ?? undefined, title: p.title }));

  const found = new Map<string, FoundPaper>();
  if (options.provider === "semantic-scholar") {
    const withIds = queries.filter((q) => s2IdOf(q)).length;
    progress.start("resolving papers", Math.ceil(withIds / S2_BATCH_SIZE) + (queries.length - withIds));
    for (const [id, paper] of await fetchS2Papers(s2, queries, () => progress.tick())) found.set(id, paper);
    progress.stop();
  }
  const missing = queries.filter((q) => !found.has(q.id));
  if (missing.length > 0) {
    progress.start("resolving (OpenAlex)", Math.ceil(missing.length / 50));
    for (const [id, paper] of await resolveOpenAlexPapers(openAlex, missing, () => progress.tick())) found.set(id, paper);
    progress.stop();
  }

  let index = buildPaperIndex(scope, found);
  // OpenAlex references are bare ids: describe those that could be graph papers (all of a
  // fallback paper's) or suggestions (cited often enough), and only those.
  const wanted = new Set<string>();
  const counts = new Map<string, number>();
  for (const paper of found.values()) {
    if (paper.provider !== "openalex") continue;
    for (const ref of paper.references) {
      if (index.find(ref, "openalex")) continue;
      if (options.provider === "semantic-scholar") wanted.add(ref.providerId);
      counts.set(ref.providerId, (counts.get(ref.providerId) ?? 0) + 1);
    }
  }
  for (const [id, n] of counts) if (n >= options.minCiters) wanted.add(id);
  await describeOpenAlexReferences(openAlex, found, wanted, progress);
  index = buildPaperIndex(scope, found);
  const matched = matchCitations(index, found);

  // The evidence pass: one /references listing per citing paper, only for papers citing
  // another graph paper or a possible suggestion.
  const citing = new Set(matched.inside.filter((e) => e.provider === "semantic-scholar").map((e) => e.from));
  for (const outside of findSuggestionCandidates(matched, options.minCiters)) {
    for (const from of outside.citers.keys()) if (found.get(from)?.provider === "semantic-scholar") citing.add(from);
  }
  const details: CitationDetails = new Map();
  progress.start("reading citations", citing.size);
  for (const from of [...citing].sort()) {
    const paper = found.get(from);
    const listing: Map<string, CitationDetail> | null = paper ? await fetchS2Citations(s2, paper.providerId) : null;
    if (listing) details.set(from, listing);
    progress.tick();
  }
  progress.stop();

  const plan = planEnrichment(scope, found, matched, details, { minCiters: options.minCiters });
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
    `  suggested prerequisites: ${plan.suggestions.length} new, ${plan.alreadySuggested} already in the graph${plan.suggestions.length ? ` (${plan.suggestions.slice(0, 5).map((p) => `${String(p.props.title)} [${String(p.props.suggestedBy)}]`).join("; ")})` : ""}`,
  ];
  if (s.unknown.length > 0) lines.push(`  unknown to the providers: ${s.unknown.slice(0, 10).join(", ")}${s.unknown.length > 10 ? ", …" : ""}`);
  if (s.write) lines.push(`  changes:     ${s.write.changes} (nodes +${s.write.nodesCreated}/-${s.write.nodesDeleted}, relationships +${s.write.relationshipsCreated}/-${s.write.relationshipsDeleted}, properties set ${s.write.propertiesSet})`);
  return lines.join("\n");
}
