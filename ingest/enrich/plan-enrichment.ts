/**
 * Pure: from what the providers said (resolved papers, matched citations, the evidence pass)
 * to the rows graph/write-enrichment.ts writes. Fills only what a paper lacks (a roadmap's own
 * title, year or venue wins), keeps at most 3 short citing sentences per CITES, and proposes
 * suggested prerequisites: papers outside the graph that at least k of the roadmap's papers
 * cite, one of them influentially when the provider says which citations are.
 */
import { normalizeTitle, slugify } from "../ids";
import { chooseCandidates, shorten, type QualifiedCitation } from "./choose-candidates";
import type { CitationDetail, FoundPaper } from "./found-paper";
import type { CitesRow, EnrichmentPlan, EnrichmentScope, GraphPaper, PaperRow } from "../../graph/enrichment-rows";
import { judgeSuggestion, type InfluenceLookup } from "./judge-suggestion";
import { findSuggestionCandidates, type MatchedCitations } from "./match-citations";

export const MAX_CONTEXTS = 3;
const CONTEXT_MAX = 240;

/** Details of the evidence pass: citing graph paper id -> cited provider id -> detail. */
export type CitationDetails = Map<string, Map<string, CitationDetail>>;

/** The year of an arXiv paper's first version, read from its id (2202.05262 -> 2022, hep-th/9901001 -> 1999). */
export function yearFromArxivId(arxivId: string | null | undefined): number | undefined {
  if (!arxivId) return undefined;
  const yy = /^(\d{2})\d{2}\.\d{4,5}$/.exec(arxivId)?.[1] ?? /\/(\d{2})\d{5}$/.exec(arxivId)?.[1];
  if (yy === undefined) return undefined;
  const n = Number(yy);
  return n >= 91 ? 1900 + n : 2000 + n;
}

function fillPaper(paper: GraphPaper, found: FoundPaper): PaperRow {
  // The arXiv id and the DOI are not filled in: they decide how a paper is looked up, and a
  // lookup that changed between runs would miss the cache (a warm second run must be free).
  const props: PaperRow["props"] = {};
  const idKey = found.provider === "semantic-scholar" ? "s2Id" : "openAlexId";
  props[idKey] = found.providerId;
  if (found.citationCount !== undefined) props.citationCount = found.citationCount;
  if (paper.year === null) {
    const year = yearFromArxivId(paper.arxivId ?? found.arxivId) ?? found.year;
    if (year !== undefined) props.year = year;
  }
  if (!paper.venue && found.venue) props.venue = found.venue;
  if (!paper.abstract && found.abstract) props.abstract = found.abstract;
  if (!paper.hasAuthors && found.authors.length > 0) props.authors = found.authors;
  return { id: paper.id, props };
}

function citesRow(from: string, to: string, provider: FoundPaper["provider"], detail: CitationDetail | undefined): CitesRow {
  return {
    from,
    to,
    props: {
      source: provider,
      intents: detail?.intents ?? [],
      influential: detail ? detail.influential : null,
      contexts: (detail?.contexts ?? []).slice(0, MAX_CONTEXTS).map((c) => shorten(c, CONTEXT_MAX)),
    },
  };
}

export type PlanOptions = { minCiters: number; maxSuggestions: number };

export function influenceLookup(details: CitationDetails): InfluenceLookup {
  return { has: (citing) => details.has(citing), influential: (citing, cited) => details.get(citing)?.get(cited)?.influential === true };
}

export function planEnrichment(scope: EnrichmentScope, found: Map<string, FoundPaper>, matched: MatchedCitations, details: CitationDetails, options: PlanOptions): EnrichmentPlan {
  const paperUpdates = scope.papers.flatMap((paper) => {
    const f = found.get(paper.id);
    return f ? [fillPaper(paper, f)] : [];
  });
  const years = new Map<string, number | null>([...scope.others, ...scope.papers].map((p) => [p.id, p.year]));
  for (const row of paperUpdates) if (typeof row.props.year === "number") years.set(row.id, row.props.year);

  const detailOf = (from: string, citedProviderId: string) => details.get(from)?.get(citedProviderId);
  const cites = matched.inside.map((e) => citesRow(e.from, e.to, e.provider, detailOf(e.from, e.citedProviderId)));
  const qualified: QualifiedCitation[] = matched.inside.flatMap((e) => {
    const detail = detailOf(e.from, e.citedProviderId);
    return detail ? [{ from: e.from, to: e.to, detail }] : [];
  });

  const suggestions: PaperRow[] = [];
  const suggestedBefore = new Set(scope.others.filter((p) => p.suggested).map((p) => p.id));
  const taken = new Set([...years.keys()].filter((id) => !suggestedBefore.has(id)));
  const isS2 = (id: string) => found.get(id)?.provider === "semantic-scholar";
  const lookup = influenceLookup(details);
  let judged = 0;
  for (const outside of findSuggestionCandidates(matched, options.minCiters)) {
    // The same walk as the evidence pass (fetch-citation-data.ts): the first maxSuggestions
    // confirmed ones; one whose citers were not all read is not confirmed.
    if (judged >= options.maxSuggestions) break;
    if (judgeSuggestion(outside, isS2, lookup) !== "confirmed") continue;
    judged++;
    const { stub } = outside;
    if (!stub.title) continue; // nothing to show: not worth a node
    const id = stub.arxivId ?? slugify(stub.title);
    if (taken.has(id)) continue;
    taken.add(id);
    const year = yearFromArxivId(stub.arxivId) ?? stub.year ?? null;
    years.set(id, year);
    suggestions.push({
      id,
      props: {
        title: stub.title,
        normTitle: normalizeTitle(stub.title),
        year,
        arxivId: stub.arxivId ?? null,
        doi: stub.doi && !stub.doi.startsWith("10.48550/") ? stub.doi : null,
        url: stub.arxivId ? `https://arxiv.org/abs/${stub.arxivId}` : stub.doi ? `https://doi.org/${stub.doi}` : null,
        [outside.provider === "semantic-scholar" ? "s2Id" : "openAlexId"]: stub.providerId,
        inRoadmap: false,
        suggested: true,
        suggestedBy: outside.citers.size,
      },
    });
    for (const [from, cited] of [...outside.citers].sort(([a], [b]) => a.localeCompare(b))) {
      const detail = detailOf(from, cited);
      cites.push(citesRow(from, id, found.get(from)?.provider ?? outside.provider, detail));
      if (detail) qualified.push({ from, to: id, detail });
    }
  }

  // Edges that stay whatever this run decides: curated ones, and those derived for other roadmaps'
  // papers. This roadmap's own derived edges are re-derived, so they do not count.
  const scopeIds = new Set(scope.papers.map((p) => p.id));
  const fixed = scope.buildsOn.filter((e) => !(e.source === "citation" && scopeIds.has(e.from)));
  const choice = chooseCandidates(qualified, fixed, (id) => years.get(id) ?? null);
  const newSuggestions = suggestions.filter((row) => !suggestedBefore.has(row.id)).length;
  return { roadmapId: scope.roadmapId, scopeIds: scope.papers.map((p) => p.id), paperUpdates, suggestions, newSuggestions, cites, ...choice };
}
