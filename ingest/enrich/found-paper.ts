/**
 * What a provider tells about a paper, in one shape whatever the provider: its metadata and
 * the papers it cites (as stubs: the provider's id and whatever ids and title came with it).
 */
export type PaperStub = { providerId: string; arxivId?: string; doi?: string; title?: string; year?: number };

export type FoundPaper = PaperStub & {
  provider: "semantic-scholar" | "openalex";
  title: string;
  venue?: string;
  authors: string[];
  abstract?: string;
  citationCount?: number;
  references: PaperStub[];
};

/** A citation's detail from the evidence pass (Semantic Scholar's /references). */
export type CitationDetail = { intents: string[]; influential: boolean; contexts: string[]; methodologyContexts: string[] };

const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/** "https://doi.org/10.48550/ARXIV.2202.05262" -> { doi: "10.48550/arxiv.2202.05262", arxivId: "2202.05262" } */
export function readDoi(value: string | null | undefined): { doi?: string; arxivId?: string } {
  if (!value) return {};
  const doi = value.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, "").toLowerCase();
  if (doi === "") return {};
  const arxiv = ARXIV_DOI.exec(doi)?.[1];
  return arxiv ? { doi, arxivId: arxiv } : { doi };
}

/** Drops keys whose value is undefined (exactOptionalPropertyTypes-friendly object building). */
export function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
