/**
 * Pure: whether a paper outside the list, cited by at least k of its papers, is a suggested
 * prerequisite. One influential citation is enough, so the evidence of its citers is read one
 * citer at a time until one is found (`fetch` names the next citer to read); the fetcher and the
 * planner share this rule, so they agree on what was confirmed. Citations from OpenAlex carry no
 * influence at all: a paper only OpenAlex papers cite is judged on the count alone.
 */
import type { OutsidePaper } from "./match-citations";

/** citing paper id -> cited provider id -> influential; a citing paper present was read. */
export type InfluenceLookup = { has(citing: string): boolean; influential(citing: string, cited: string): boolean };

export type Judgement = "confirmed" | "rejected" | { fetch: string };

export function judgeSuggestion(outside: OutsidePaper, isSemanticScholar: (id: string) => boolean, lookup: InfluenceLookup): Judgement {
  const citers = [...outside.citers].filter(([from]) => isSemanticScholar(from));
  if (citers.length === 0) return "confirmed";
  if (citers.some(([from, cited]) => lookup.has(from) && lookup.influential(from, cited))) return "confirmed";
  const unread = citers.find(([from]) => !lookup.has(from));
  return unread ? { fetch: unread[0] } : "rejected";
}
