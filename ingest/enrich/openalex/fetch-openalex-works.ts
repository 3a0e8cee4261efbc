/**
 * OpenAlex works, 50 at a time through one `filter` that ORs their DOIs (arXiv papers have the
 * DOI 10.48550/arXiv.ID) or their OpenAlex ids, with `select` keeping the answer small.
 * OpenAlex gives `referenced_works` (ids) but no contexts, intents or influence: its citations
 * become CITES, never BUILDS_ON candidates.
 */
import { z } from "zod";
import type { ApiClient } from "../http/create-api-client";
import { readDoi, type FoundPaper } from "../found-paper";
import { parseAnswer } from "../parse-answer";
import type { PaperQuery } from "../semantic-scholar/fetch-s2-papers";

export const OPENALEX_BATCH_SIZE = 50;
const SELECT = "id,doi,title,publication_year,authorships,referenced_works,abstract_inverted_index,cited_by_count,primary_location";

const workSchema = z.looseObject({
  id: z.string(),
  doi: z.string().nullish(),
  title: z.string().nullish(),
  publication_year: z.number().int().nullish(),
  authorships: z.array(z.looseObject({ author: z.looseObject({ display_name: z.string().nullish() }).nullish() })).nullish(),
  referenced_works: z.array(z.string()).nullish(),
  abstract_inverted_index: z.record(z.string(), z.array(z.number().int())).nullish(),
  cited_by_count: z.number().int().nullish(),
  primary_location: z.looseObject({ source: z.looseObject({ display_name: z.string().nullish() }).nullish() }).nullish(),
});
const listSchema = z.looseObject({ meta: z.looseObject({ count: z.number().int().nullish() }).nullish(), results: z.array(workSchema) });
type Work = z.infer<typeof workSchema>;

/** "https://openalex.org/W123" -> "W123" */
export const shortOpenAlexId = (id: string) => id.replace(/^https?:\/\/openalex\.org\//i, "");

/** OpenAlex ships abstracts as an inverted index (word -> positions); this puts the words back. */
export function readInvertedAbstract(index: Record<string, number[]> | null | undefined): string | undefined {
  if (!index) return undefined;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) for (const at of positions) words[at] = word;
  const text = words.filter((w) => w !== undefined).join(" ").trim();
  return text === "" ? undefined : text;
}

export function toFoundWork(work: Work): FoundPaper {
  const venue = work.primary_location?.source?.display_name ?? undefined;
  const abstract = readInvertedAbstract(work.abstract_inverted_index);
  return {
    provider: "openalex",
    providerId: shortOpenAlexId(work.id),
    ...readDoi(work.doi),
    title: work.title ?? "",
    ...(typeof work.publication_year === "number" ? { year: work.publication_year } : {}),
    authors: (work.authorships ?? []).map((a) => a.author?.display_name?.trim() ?? "").filter((n) => n !== ""),
    references: (work.referenced_works ?? []).map((id) => ({ providerId: shortOpenAlexId(id) })),
    ...(venue ? { venue } : {}),
    ...(abstract ? { abstract } : {}),
    ...(typeof work.cited_by_count === "number" ? { citationCount: work.cited_by_count } : {}),
  };
}

/** Works by filter values (`doi` or `openalex`), in batches; returns every work found. */
export async function fetchOpenAlexWorks(client: ApiClient, field: "doi" | "openalex", values: string[], onStep: () => void = () => undefined): Promise<FoundPaper[]> {
  const works: FoundPaper[] = [];
  const distinct = [...new Set(values)].sort();
  for (let start = 0; start < distinct.length; start += OPENALEX_BATCH_SIZE) {
    const chunk = distinct.slice(start, start + OPENALEX_BATCH_SIZE);
    const query = { filter: `${field}:${chunk.join("|")}`, select: SELECT, "per-page": OPENALEX_BATCH_SIZE };
    const answer = await client.request({ path: "/works", query });
    const list = parseAnswer(listSchema, answer.status === 404 ? { results: [] } : answer.json, `OpenAlex GET /works (${field}, ${chunk.length} values)`);
    works.push(...list.results.map(toFoundWork));
    onStep();
  }
  return works;
}

/** The DOI OpenAlex knows a query by: its own, or arXiv's DOI for an arXiv paper. */
export const openAlexDoiOf = (q: PaperQuery) => q.doi?.toLowerCase() ?? (q.arxivId ? `10.48550/arxiv.${q.arxivId.toLowerCase()}` : undefined);

/** Resolves queries by DOI (title-only papers are left unresolved: OpenAlex's title search is too loose). */
export async function resolveOpenAlexPapers(client: ApiClient, queries: PaperQuery[], onStep?: () => void): Promise<Map<string, FoundPaper>> {
  const byDoi = new Map<string, PaperQuery>();
  for (const q of queries) {
    const doi = openAlexDoiOf(q);
    if (doi) byDoi.set(doi, q);
  }
  const found = new Map<string, FoundPaper>();
  for (const work of await fetchOpenAlexWorks(client, "doi", [...byDoi.keys()], onStep)) {
    const query = work.doi ? byDoi.get(work.doi) : undefined;
    // The filter matched the DOI exactly: the work is the paper.
    if (query) found.set(query.id, work);
  }
  return found;
}
