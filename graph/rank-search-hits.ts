/**
 * The order of search results. Pure: the query's candidates in, ranked candidates out.
 *
 * Lucene's score alone ranks a tutorial that mentions "attention" above "Attention Is All You
 * Need". Here a result ranks by how it matches, then by how much it matters:
 * 1. an exact arXiv or node id;
 * 2. the whole query is its title, tag, section name or an alias (the roadmap's name for a
 *    listing, "Multi-Query Attention (MQA)", counts with and without its abbreviation);
 * 3. every term is written in its names (or its notes), not only a typo or prefix away;
 * then by how many terms are written there, by how many in the words typed rather than through
 * the glossary's English equivalents (a Russian query finds the section with that Russian name
 * before English papers), by importance (how many papers build on it), by Lucene's score, by
 * year (newer first) and by id, so equal inputs give equal orders.
 */
import { directForm } from "./expand-search-terms";

export type SearchHit = {
  id: string;
  /** title, tag, section names: what a result is called */
  names: readonly string[];
  /** the roadmap's notes on its listings */
  notes: readonly string[];
  builtUponBy: number;
  score: number;
  /** matched an arXiv id or node id exactly */
  exactId: boolean;
  year: number | null;
};

/** Lowercase words separated by single spaces: "Grouped-Query  Attention" -> "grouped query attention". */
export function normaliseName(text: string): string {
  return (text.normalize("NFKC").toLowerCase().replace(/ё/g, "е").match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** A note's forms that name the listing: itself, without its "(ABBR)", and the abbreviation. */
function aliases(note: string): string[] {
  const inParens = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(note);
  return inParens ? [note, inParens[1] ?? "", inParens[2] ?? ""] : [note];
}

export function rankSearchHits<T extends SearchHit>(hits: readonly T[], query: { text: string; groups: readonly (readonly string[])[] }): T[] {
  const wanted = normaliseName(query.text);
  const forms = query.groups.map((group) => group.map((term) => directForm(normaliseName(term))).filter((form) => form !== ""));
  const keyed = hits.map((hit) => {
    const exact = wanted !== "" && [...hit.names, ...hit.notes.flatMap(aliases)].some((name) => normaliseName(name) === wanted);
    // A term is written there when a word starts with it ("diffus" in "diffusion", not "gan" in "organ").
    const written = ` ${normaliseName([...hit.names, ...hit.notes].join(" "))}`;
    const isWritten = (form: string) => written.includes(` ${form}`);
    const matched = forms.filter((group) => group.some(isWritten)).length;
    const own = forms.filter((group) => group[0] !== undefined && isWritten(group[0])).length;
    const tier = hit.exactId ? 3 : exact ? 2 : matched === forms.length && forms.length > 0 ? 1 : 0;
    return { hit, tier, matched, own };
  });
  keyed.sort(
    (a, b) =>
      b.tier - a.tier ||
      b.matched - a.matched ||
      b.own - a.own ||
      b.hit.builtUponBy - a.hit.builtUponBy ||
      b.hit.score - a.hit.score ||
      (b.hit.year ?? 0) - (a.hit.year ?? 0) ||
      (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0),
  );
  return keyed.map((entry) => entry.hit);
}
