/** The graph as enrichment reads it, and the rows it plans to write (see graph/write-enrichment.ts). */
export type GraphPaper = {
  id: string;
  title: string;
  year: number | null;
  arxivId: string | null;
  doi: string | null;
  s2Id: string | null;
  openAlexId: string | null;
  venue: string | null;
  abstract: string | null;
  hasAuthors: boolean;
  /** proposed by an earlier enrichment (a suggested prerequisite) and listed by no roadmap */
  suggested: boolean;
};

export type EnrichmentScope = {
  roadmapId: string;
  /** the roadmap's papers: what is resolved and whose citations are read */
  papers: GraphPaper[];
  /** every other paper of the graph: a citation to one of them is a CITES edge too */
  others: GraphPaper[];
  /** every BUILDS_ON of the graph; `source` "citation" marks the derived ones */
  buildsOn: { from: string; to: string; source: string | null }[];
};

export type CitesRow = { from: string; to: string; props: { source: string; intents: string[]; influential: boolean | null; contexts: string[] } };
export type CandidateRow = { from: string; to: string; props: { source: "citation"; confidence: number; evidence: string; intents: string[]; influential: boolean } };
export type PaperRow = { id: string; props: Record<string, string | number | boolean | string[] | null> };

export type RefusedCounts = { cycle: number; forwardInTime: number; undated: number };

export type EnrichmentPlan = {
  roadmapId: string;
  /** the roadmap's papers (their stale CITES and derived BUILDS_ON are removed) */
  scopeIds: string[];
  paperUpdates: PaperRow[];
  suggestions: PaperRow[];
  /** suggestions not in the graph before this run */
  newSuggestions: number;
  cites: CitesRow[];
  candidates: CandidateRow[];
  refused: RefusedCounts;
  /** candidates a curated edge already states */
  alreadyCurated: number;
};
