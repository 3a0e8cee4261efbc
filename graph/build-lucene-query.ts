/**
 * User text to a Lucene query for the `roadmapSearch` full-text index. Pure.
 *
 * The text is cut into the same kind of terms Lucene's standard analyzer indexes (letters and
 * digits, "2305.13245" kept whole), so nothing the user types reaches Lucene as syntax. Each
 * term matches exactly, as a prefix (typing "diffus" finds "diffusion") or fuzzily (one or two
 * typos); an exact hit on a paper's tag ("GQA", "CLIP") is boosted above everything else.
 * A Russian term also matches its English equivalents (graph/expand-search-terms.ts), and
 * Russian words get a second query for the Russian-stemmed index of Russian names.
 */
import { expandSearchTerms, isCyrillic } from "./expand-search-terms";

// Lucene's query syntax characters; terms never contain most of them, escaping is a second guard.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/** Terms as the standard analyzer would see them: lowercase, compatibility forms folded. */
export function searchTerms(text: string): string[] {
  const normalised = text.normalize("NFKC").toLowerCase();
  const terms = normalised.match(/[\p{L}\p{N}]+(?:[.,'][\p{L}\p{N}]+)*/gu) ?? [];
  return [...new Set(terms)].slice(0, 12);
}

function termClause(term: string): string {
  const escaped = escapeLucene(term);
  const parts = [`tag:${escaped}^4`, `${escaped}^2`];
  if (term.length >= 2) parts.push(`${escaped}*`);
  // Fuzzy matching of short words or numbers finds noise ("gan" ~ "can", "2017" ~ "2019").
  if (term.length >= 4 && !/^[\p{N}.,]+$/u.test(term)) parts.push(`${escaped}~${term.length >= 7 ? 2 : 1}`);
  return `(${parts.join(" OR ")})`;
}

export type LuceneQueries = {
  /** every term must match (best first try) */
  all: string;
  /** any term may match (fallback when `all` finds nothing) */
  any: string;
  /**
   * The same for the Russian index (its analyzer stems the words, so plain terms; no prefix
   * or fuzzy forms, which Lucene would not stem); null when the text has no Russian word.
   */
  russian: { all: string; any: string } | null;
  /** each term with the words that stand for it (itself, English equivalents) */
  groups: string[][];
};

/** null when the text has no searchable term (only punctuation, say). */
export function buildLuceneQuery(text: string): LuceneQueries | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const groups = expandSearchTerms(terms);
  const clauses = groups.map((group) => (group.length === 1 ? termClause(group[0] ?? "") : `(${group.map(termClause).join(" OR ")})`));
  const russianTerms = terms.filter(isCyrillic).map(escapeLucene);
  return {
    all: clauses.map((clause) => `+${clause}`).join(" "),
    any: clauses.join(" "),
    russian: russianTerms.length > 0 ? { all: russianTerms.map((term) => `+${term}`).join(" "), any: russianTerms.join(" ") } : null,
    groups,
  };
}

const ARXIV_ID = /^(?:arxiv:\s*)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i;

/** The arXiv id in "2305.13245", "arXiv:2305.13245v3" or an arxiv.org link, else null. */
export function arxivIdIn(text: string): string | null {
  const trimmed = text.trim().replace(/^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//i, "").replace(/\.pdf$/i, "");
  const match = ARXIV_ID.exec(trimmed);
  if (!match?.[1]) return null;
  // Old-style ids keep their archive's case ("math.GT/0309136"); new-style are digits.
  return match[1];
}
