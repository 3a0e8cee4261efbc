/**
 * Resolves the graph's papers with Semantic Scholar: those with an arXiv id or a DOI in
 * batches of up to 500 ids (POST /paper/batch, which also brings each paper's reference ids,
 * so 1,000 papers cost 2 requests), the rest by title (GET /paper/search/match), accepted only
 * when the titles are the same once normalised: a near miss is another paper.
 */
import { normalizeTitle } from "../../ids";
import type { ApiClient } from "../http/create-api-client";
import { readDoi, type FoundPaper, type PaperStub } from "../found-paper";
import { parseAnswer } from "../parse-answer";
import { s2BatchSchema, s2MatchSchema, type S2Paper } from "./s2-schemas";

export type PaperQuery = { id: string; arxivId?: string | undefined; doi?: string | undefined; title: string };

export const S2_BATCH_SIZE = 500;
const PAPER_FIELDS = "paperId,externalIds,title,year,venue,authors,abstract,citationCount";
const BATCH_FIELDS = `${PAPER_FIELDS},references.paperId,references.externalIds,references.title,references.year`;

function idsOf(externalIds: S2Paper["externalIds"]): { arxivId?: string; doi?: string } {
  const arxiv = externalIds?.ArXiv;
  const doi = externalIds?.DOI;
  const fromDoi = typeof doi === "string" ? readDoi(doi) : {};
  return { ...fromDoi, ...(typeof arxiv === "string" && arxiv !== "" ? { arxivId: arxiv } : {}) };
}

function toStub(paper: { paperId: string; externalIds?: S2Paper["externalIds"]; title?: string | null | undefined; year?: number | null | undefined }): PaperStub {
  return {
    providerId: paper.paperId,
    ...idsOf(paper.externalIds),
    ...(paper.title ? { title: paper.title } : {}),
    ...(typeof paper.year === "number" ? { year: paper.year } : {}),
  };
}

export function toFoundPaper(paper: S2Paper): FoundPaper {
  const authors = (paper.authors ?? []).map((a) => a.name?.trim() ?? "").filter((name) => name !== "");
  const references = (paper.references ?? []).flatMap((ref) => (ref.paperId ? [toStub({ ...ref, paperId: ref.paperId })] : []));
  return {
    ...toStub(paper),
    provider: "semantic-scholar",
    title: paper.title ?? "",
    authors,
    references,
    ...(paper.venue ? { venue: paper.venue } : {}),
    ...(paper.abstract ? { abstract: paper.abstract } : {}),
    ...(typeof paper.citationCount === "number" ? { citationCount: paper.citationCount } : {}),
  };
}

/** The id Semantic Scholar accepts for a query, or undefined when only a title is known. */
export function s2IdOf(query: PaperQuery): string | undefined {
  if (query.arxivId) return `ARXIV:${query.arxivId}`;
  if (query.doi) return `DOI:${query.doi}`;
  return undefined;
}

/** Resolves every query; a paper Semantic Scholar does not know is absent from the map. */
export async function fetchS2Papers(client: ApiClient, queries: PaperQuery[], onStep: () => void = () => undefined): Promise<Map<string, FoundPaper>> {
  const found = new Map<string, FoundPaper>();
  const byId = queries.flatMap((q) => {
    const s2Id = s2IdOf(q);
    return s2Id ? [{ query: q, s2Id }] : [];
  });
  for (let start = 0; start < byId.length; start += S2_BATCH_SIZE) {
    const chunk = byId.slice(start, start + S2_BATCH_SIZE);
    const where = `Semantic Scholar POST /paper/batch (ids ${start + 1}-${start + chunk.length})`;
    const answer = await client.request({ method: "POST", path: "/paper/batch", query: { fields: BATCH_FIELDS }, body: { ids: chunk.map((c) => c.s2Id) } });
    const papers = parseAnswer(s2BatchSchema, answer.json, where);
    if (papers.length !== chunk.length) throw new Error(`${where}: asked for ${chunk.length} ids, got ${papers.length} answers`);
    papers.forEach((paper, i) => {
      const query = chunk[i]?.query;
      if (paper && query) found.set(query.id, toFoundPaper(paper));
    });
    onStep();
  }
  for (const query of queries.filter((q) => !s2IdOf(q))) {
    const answer = await client.request({ path: "/paper/search/match", query: { query: query.title, fields: BATCH_FIELDS } });
    onStep();
    if (answer.status === 404) continue;
    const match = parseAnswer(s2MatchSchema, answer.json, `Semantic Scholar title match for "${query.title}"`).data[0];
    if (match?.title && normalizeTitle(match.title) === normalizeTitle(query.title)) found.set(query.id, toFoundPaper(match));
  }
  return found;
}
