/**
 * Everything enrichment asks the providers, without the database: resolve the roadmap's papers
 * (Semantic Scholar's batch, then OpenAlex for what it does not know; or OpenAlex alone),
 * describe the OpenAlex references that matter, match citations to the graph's papers, and
 * read the evidence (contexts, intents, influence) of the citations worth it, and only those.
 */
import type { EnrichmentScope } from "../../graph/enrichment-rows";
import type { CitationDetail, FoundPaper } from "./found-paper";
import type { ApiClient } from "./http/create-api-client";
import { buildPaperIndex, findSuggestionCandidates, matchCitations, type MatchedCitations } from "./match-citations";
import { fetchOpenAlexWorks, resolveOpenAlexPapers } from "./openalex/fetch-openalex-works";
import { influenceLookup, type CitationDetails } from "./plan-enrichment";
import { judgeSuggestion } from "./judge-suggestion";
import type { Progress } from "./create-progress";
import { fetchS2Citations } from "./semantic-scholar/fetch-s2-citations";
import { fetchS2Papers, S2_BATCH_SIZE, s2IdOf, type PaperQuery } from "./semantic-scholar/fetch-s2-papers";

export type FetchOptions = { provider: "semantic-scholar" | "openalex"; minCiters: number; maxSuggestions: number; progress: Progress };
export type CitationData = { found: Map<string, FoundPaper>; missing: PaperQuery[]; matched: MatchedCitations; details: CitationDetails };

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

export async function fetchCitationData(clients: { s2: ApiClient; openAlex: ApiClient }, scope: EnrichmentScope, options: FetchOptions): Promise<CitationData> {
  const { s2, openAlex } = clients;
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

  // The evidence pass: one /references listing per paper citing another graph paper, then,
  // for the most cited outside papers, the listings of their citers until one cites it
  // influentially (at most maxSuggestions are confirmed).
  const details: CitationDetails = new Map();
  const read = async (from: string) => {
    const paper = found.get(from);
    const listing = paper ? await fetchS2Citations(s2, paper.providerId) : null;
    details.set(from, listing ?? new Map<string, CitationDetail>()); // read, even when unknown (404)
    progress.tick();
  };
  const citing = [...new Set(matched.inside.filter((e) => e.provider === "semantic-scholar").map((e) => e.from))].sort();
  progress.start("reading citations", citing.length);
  for (const from of citing) await read(from);
  progress.stop();
  const isS2 = (id: string) => found.get(id)?.provider === "semantic-scholar";
  const lookup = influenceLookup(details);
  let confirmed = 0;
  progress.start("checking suggestions", options.maxSuggestions);
  for (const outside of findSuggestionCandidates(matched, options.minCiters)) {
    if (confirmed >= options.maxSuggestions) break;
    let judgement = judgeSuggestion(outside, isS2, lookup);
    while (typeof judgement === "object") {
      await read(judgement.fetch);
      judgement = judgeSuggestion(outside, isS2, lookup);
    }
    if (judgement === "confirmed") confirmed++;
  }
  progress.stop();

  return { found, missing, matched, details };
}
