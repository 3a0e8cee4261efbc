/**
 * Pure view logic of the list picker: each list's reading progress and the papers each pair
 * of lists shares, named for display.
 */
import type { RoadmapsResponse, RoadmapSummary } from "@/app/lib/api-types";

export type ListRow = RoadmapSummary & { read: number; percent: number };

/** The lists with how many of their papers are read (from /api/roadmaps/progress). */
export function withProgress(lists: readonly RoadmapSummary[], progress: readonly { id: string; read: number }[] | undefined): ListRow[] {
  const read = new Map((progress ?? []).map((p) => [p.id, p.read]));
  return lists.map((list) => {
    const done = Math.min(read.get(list.id) ?? 0, list.papers);
    return { ...list, read: done, percent: list.papers > 0 ? Math.round((done / list.papers) * 100) : 0 };
  });
}

export type SharedPair = { a: string; b: string; aTitle: string; bTitle: string; papers: number };

/** Pairs of lists that share papers, most shared first, with the lists' titles. */
export function namedPairs(data: Pick<RoadmapsResponse, "roadmaps" | "shared">): SharedPair[] {
  const title = new Map(data.roadmaps.map((r) => [r.id, r.title]));
  return data.shared
    .filter((pair) => title.has(pair.a) && title.has(pair.b) && pair.papers > 0)
    .map((pair) => ({ ...pair, aTitle: title.get(pair.a) ?? pair.a, bTitle: title.get(pair.b) ?? pair.b }))
    .sort((x, y) => y.papers - x.papers || x.aTitle.localeCompare(y.aTitle) || x.bTitle.localeCompare(y.bTitle));
}

/** The chosen list when it exists; null (all lists) otherwise, so a stale link still opens. */
export function chosenList(lists: readonly RoadmapSummary[] | undefined, id: string | null): RoadmapSummary | null {
  if (id === null || !lists) return null;
  return lists.find((list) => list.id === id) ?? null;
}

/** A load time as a short local date ("12 Mar 2026"), or null when unknown. */
export function loadedDate(loadedAt: number | null, language: "en" | "ru"): string | null {
  if (loadedAt === null) return null;
  return new Intl.DateTimeFormat(language === "ru" ? "ru-RU" : "en-GB", { day: "numeric", month: "short", year: "numeric" }).format(new Date(loadedAt));
}
