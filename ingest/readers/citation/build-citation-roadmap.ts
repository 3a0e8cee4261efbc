/**
 * Entries of a bibliography -> a Roadmap. Sections come from the grouping the file carries
 * (keywords, tags, JabRef groups), in order of first use; entries without any go to one section
 * named after the file. A paper listed twice (same arXiv id, else DOI, else normalised title)
 * is one paper placed in each of its sections. Ids follow the other readers: the arXiv id, else
 * a slug of the title; resources "r-" + slug; sections a slug of their name.
 */
import { normalizeTitle, paperId, slugify, slugifyName, transliterate } from "../../ids";
import type { PaperInput, ResourceInput, Roadmap, SectionInput } from "../../roadmap-schema";
import type { CitationEntry, CitationPaper } from "./map-citation-item";

export type LocatedEntry = { line: number; entry: CitationEntry };

type Target = { kind: "paper"; record: Omit<PaperInput, "id">; id?: string } | { kind: "resource"; record: Omit<ResourceInput, "id">; id?: string };

export function buildCitationRoadmap(entries: readonly LocatedEntry[], roadmap: { id: string; title: string; source: string }): Roadmap {
  const targets: Target[] = [];
  const byKey = new Map<string, Target>();
  const sections = new Map<string, { name: string; line: number; catchAll: boolean; items: { target: Target; line: number }[] }>();

  const place = (group: string | undefined, target: Target, line: number) => {
    const key = group === undefined ? "\u0000" : group.toLowerCase();
    let section = sections.get(key);
    if (!section) sections.set(key, (section = { name: group ?? roadmap.title, line, catchAll: group === undefined, items: [] }));
    if (!section.items.some((item) => item.target === target)) section.items.push({ target, line });
  };

  for (const { line, entry } of entries) {
    const keys = entry.kind === "paper" ? paperKeys(entry) : [`u:${entry.url ?? ""}`, `t:${normalizeTitle(entry.title)}`];
    let target = keys.map((key) => byKey.get(key)).find((found) => found?.kind === entry.kind && !conflicts(found, entry));
    if (!target) {
      target =
        entry.kind === "paper"
          ? { kind: "paper", record: paperRecord(entry, line) }
          : { kind: "resource", record: { title: entry.title, kind: entry.resourceKind, line, ...(entry.url ? { url: entry.url } : {}) } };
      targets.push(target);
    } else if (target.kind === "paper" && entry.kind === "paper") {
      fillIn(target.record, entry);
    }
    for (const key of keys) if (!key.endsWith(":") && !byKey.has(key)) byKey.set(key, target);
    for (const group of entry.groups.length > 0 ? entry.groups : [undefined]) place(group, target, line);
  }

  const used = new Set<string>();
  const claim = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  for (const target of targets) {
    const { record } = target;
    target.id =
      target.kind === "paper"
        ? claim(paperId(transliterate(record.title), target.record.arxivId))
        : claim(`r-${slugifyName(record.title, 78)}`);
  }
  const sectionIds = new Set<string>();
  const sectionList: SectionInput[] = [...sections.values()].map((section) => {
    const base = slugifyName(section.name);
    let id = base;
    for (let n = 2; sectionIds.has(id); n++) id = `${base}-${n}`;
    sectionIds.add(id);
    const items = section.items.map((item) => ({ ref: item.target.id ?? "", line: item.line }));
    // The file-named section only collects what carries no keyword: its papers share no topic.
    return { id, name: section.name, line: section.line, questions: [], items, ...(section.catchAll ? { topic: false } : {}) };
  });
  return {
    roadmap,
    sections: sectionList.length > 0 ? sectionList : [{ id: slugify(roadmap.title), name: roadmap.title, items: [], questions: [] }],
    papers: targets.flatMap((t) => (t.kind === "paper" ? [{ ...t.record, id: t.id ?? "" }] : [])),
    resources: targets.flatMap((t) => (t.kind === "resource" ? [{ ...t.record, id: t.id ?? "" }] : [])),
    buildsOn: [],
    surveys: [],
  };
}

/** Two different arXiv ids or DOIs are two papers, whatever their titles say. */
function conflicts(found: Target, entry: CitationEntry): boolean {
  if (found.kind !== "paper" || entry.kind !== "paper") return false;
  const differ = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() !== b.toLowerCase();
  return differ(found.record.arxivId, entry.arxivId) || differ(found.record.doi, entry.doi);
}

function paperKeys(paper: CitationPaper): string[] {
  return [paper.arxivId ? `a:${paper.arxivId}` : "a:", paper.doi ? `d:${paper.doi.toLowerCase()}` : "d:", `t:${normalizeTitle(paper.title)}`];
}

function paperRecord(paper: CitationPaper, line: number): Omit<PaperInput, "id"> {
  const { kind: _kind, groups: _groups, ...fields } = paper;
  return { ...fields, isSurvey: /\bsurvey\b/i.test(paper.title), inRoadmap: true, line };
}

/** A later listing of the same paper only adds what the first one lacked. */
function fillIn(record: Omit<PaperInput, "id">, paper: CitationPaper): void {
  record.arxivId ??= paper.arxivId;
  record.doi ??= paper.doi;
  record.year ??= paper.year;
  record.venue ??= paper.venue;
  record.authors ??= paper.authors;
  record.url ??= paper.url;
}
