/**
 * Pure: turns what the providers said into edges. A cited paper is "in the graph" when one of
 * its ids (provider id, arXiv id, DOI, normalised title) is a graph paper's; every other cited
 * paper is counted by how many of the roadmap's papers cite it (the suggestions' raw material).
 */
import { normalizeTitle } from "../ids";
import type { FoundPaper, PaperStub } from "./found-paper";
import type { EnrichmentScope } from "../../graph/enrichment-rows";

export type InsideEdge = { from: string; to: string; provider: FoundPaper["provider"]; citedProviderId: string };
export type OutsidePaper = { key: string; stub: PaperStub; provider: FoundPaper["provider"]; citers: Map<string, string> };
export type MatchedCitations = { inside: InsideEdge[]; outside: Map<string, OutsidePaper> };

export type PaperIndex = { find(stub: PaperStub, provider: FoundPaper["provider"]): string | undefined };

const lower = (value: string | null | undefined) => (value ? value.toLowerCase() : undefined);

/** Looks cited papers up among the graph's papers (and what the providers said about them). */
export function buildPaperIndex(scope: EnrichmentScope, found: Map<string, FoundPaper>): PaperIndex {
  const byKey = new Map<string, string>();
  const add = (key: string | undefined, id: string) => {
    if (key && !byKey.has(key)) byKey.set(key, id);
  };
  // Earlier suggestions (not listed by any roadmap) are not "in the graph" here: they are judged
  // again like any outside paper, so every run reads the same evidence (a warm run is free).
  const known = [...scope.papers, ...scope.others.filter((p) => !p.suggested)];
  for (const paper of known) {
    add(paper.s2Id ? `semantic-scholar:${paper.s2Id}` : undefined, paper.id);
    add(paper.openAlexId ? `openalex:${paper.openAlexId}` : undefined, paper.id);
    add(paper.arxivId ? `arxiv:${lower(paper.arxivId)}` : undefined, paper.id);
    add(paper.doi ? `doi:${lower(paper.doi)}` : undefined, paper.id);
  }
  for (const [id, paper] of found) {
    add(`${paper.provider}:${paper.providerId}`, id);
    add(paper.arxivId ? `arxiv:${lower(paper.arxivId)}` : undefined, id);
    add(paper.doi ? `doi:${lower(paper.doi)}` : undefined, id);
  }
  // Titles last: an id match is surer than a title match.
  for (const paper of known) add(`title:${normalizeTitle(paper.title)}`, paper.id);
  return {
    find(stub, provider) {
      const keys = [`${provider}:${stub.providerId}`, stub.arxivId && `arxiv:${stub.arxivId.toLowerCase()}`, stub.doi && `doi:${stub.doi.toLowerCase()}`, stub.title && `title:${normalizeTitle(stub.title)}`];
      for (const key of keys) {
        const id = key ? byKey.get(key) : undefined;
        if (id) return id;
      }
      return undefined;
    },
  };
}

/** The key an outside paper is counted under: its arXiv id when known (same across providers). */
export const outsideKeyOf = (stub: PaperStub, provider: FoundPaper["provider"]) => (stub.arxivId ? `arxiv:${stub.arxivId.toLowerCase()}` : `${provider}:${stub.providerId}`);

export function matchCitations(index: PaperIndex, found: Map<string, FoundPaper>): MatchedCitations {
  const inside: InsideEdge[] = [];
  const outside = new Map<string, OutsidePaper>();
  const seen = new Set<string>();
  for (const [from, paper] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
    for (const ref of paper.references) {
      const to = index.find(ref, paper.provider);
      if (to === from) continue;
      if (to) {
        if (seen.has(`${from}|${to}`)) continue;
        seen.add(`${from}|${to}`);
        inside.push({ from, to, provider: paper.provider, citedProviderId: ref.providerId });
        continue;
      }
      const key = outsideKeyOf(ref, paper.provider);
      const entry = outside.get(key) ?? { key, stub: ref, provider: paper.provider, citers: new Map<string, string>() };
      entry.citers.set(from, ref.providerId);
      outside.set(key, entry);
    }
  }
  return { inside, outside };
}

/** Outside papers cited by at least k of the roadmap's papers, most cited first. */
export function findSuggestionCandidates(matched: MatchedCitations, k: number): OutsidePaper[] {
  return [...matched.outside.values()]
    .filter((paper) => paper.citers.size >= k)
    .sort((a, b) => b.citers.size - a.citers.size || a.key.localeCompare(b.key));
}
