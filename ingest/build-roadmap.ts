/**
 * Collects sections, papers, resources and questions while a parser walks a document, then
 * hands out stable ids. Both parsers use it so that dedup and id rules are the same everywhere:
 * - the same paper twice (same arXiv id, same URL or same normalised title) is one paper
 *   with two section items; the same resource URL twice is one resource;
 * - paper id = paperId(title, arxivId); resource id = "r-" + slug; both made unique together
 *   (the roadmap schema treats papers and resources as one id space);
 * - section id = slug of the name, or "<parent>-<slug>" when the name repeats (e.g. two
 *   "Evaluation" subsections), then "-2", "-3" as a last resort.
 */
import { classifyLink, titleFromUrl, venueFromUrl } from "./classify-link";
import { arxivIdFromUrl, arxivUrl, normalizeTitle, paperId, slugify, slugifyName, transliterate, yearFromArxivId } from "./ids";
import { readPaperTitle } from "./read-annotation";
import type { PaperInput, ResourceInput, ResourceKind, Roadmap, SectionInput } from "./roadmap-schema";

export type EntryPlacement = { line: number; group?: string | undefined; note?: string | undefined };
export type PaperEntry = EntryPlacement & {
  title: string;
  url?: string | undefined;
  tag?: string | undefined;
  /** what the entry states beyond its link (Markdown lists): taken over where the paper lacks it */
  facts?: Partial<Pick<PaperInput, "arxivId" | "doi" | "year" | "venue" | "authors" | "codeUrl" | "projectUrl">> & { weakTitle?: boolean };
};
export type ResourceEntry = EntryPlacement & { title: string; url?: string | undefined; kind: ResourceKind };

type PaperRecord = Omit<PaperInput, "id"> & { id?: string };
type ResourceRecord = Omit<ResourceInput, "id"> & { id?: string };
type ItemRecord = { target: PaperRecord | ResourceRecord; group?: string; note?: string; line: number };
type SectionRecord = Omit<SectionInput, "items"> & { items: ItemRecord[]; placed: Set<PaperRecord | ResourceRecord> };

const SURVEY = /\bsurvey\b|обзор|опрос/i;

export function createRoadmapBuilder(roadmap: { id: string; title: string; source?: string }) {
  const sections: SectionRecord[] = [];
  // Maps and sets, not array scans: a 20 MB roadmap has hundreds of thousands of entries.
  const sectionById = new Map<string, SectionRecord>();
  const papers: PaperRecord[] = [];
  const resources: ResourceRecord[] = [];
  const paperBy = new Map<string, PaperRecord>();
  const resourceBy = new Map<string, ResourceRecord>();
  const weakTitles = new Set<PaperRecord>();
  const untitled = new Set<PaperRecord>();

  function uniqueSectionId(name: string, parent: string | undefined): string {
    const slug = slugifyName(name);
    if (!sectionById.has(slug)) return slug;
    const scoped = parent ? `${parent}-${slug}` : slug;
    let id = scoped;
    for (let n = 2; sectionById.has(id); n++) id = `${scoped}-${n}`;
    return id;
  }

  function place(sectionId: string, target: PaperRecord | ResourceRecord, entry: EntryPlacement): void {
    const section = sectionById.get(sectionId);
    if (!section || section.placed.has(target)) return;
    section.placed.add(target);
    section.items.push({
      target,
      line: entry.line,
      ...(entry.group ? { group: entry.group } : {}),
      ...(entry.note ? { note: entry.note } : {}),
    });
  }

  function addPaper(sectionId: string, entry: PaperEntry): void {
    const read = readPaperTitle(entry.title);
    const facts = entry.facts ?? {};
    const arxivId = facts.arxivId ?? (entry.url ? arxivIdFromUrl(entry.url) : undefined);
    const fromUrl = entry.url ? venueFromUrl(entry.url) : undefined;
    const titleKey = `t:${normalizeTitle(read.title)}`;
    const urlKey = entry.url && !arxivId ? `u:${entry.url}` : undefined;
    // One paper, however it is listed: by arXiv id, then DOI, then URL, then normalised title.
    const keys = [arxivId ? `a:${arxivId}` : undefined, facts.doi ? `d:${facts.doi}` : undefined, urlKey, titleKey].filter((k): k is string => k !== undefined);
    const found = keys.map((key) => paperBy.get(key)).find((p) => p !== undefined && (!arxivId || !p.arxivId || p.arxivId === arxivId));
    // The year of the first public version: an arXiv id says it; a venue's year comes after.
    const year = (facts.arxivId ? yearFromArxivId(facts.arxivId) : undefined) ?? read.year ?? facts.year ?? fromUrl?.year ?? (arxivId ? yearFromArxivId(arxivId) : undefined);
    const venue = read.venue ?? facts.venue ?? fromUrl?.venue;
    const url = arxivId ? arxivUrl(arxivId) : entry.url;
    const paper: PaperRecord = found ?? { title: read.title, isSurvey: SURVEY.test(read.title), inRoadmap: true, line: entry.line };
    if (!found) papers.push(paper);
    if (!found && facts.weakTitle) weakTitles.add(paper);
    // The first listing names the paper; later listings only fill in what is missing, or
    // replace a placeholder title ("arXiv:2304.04052", from a link that said "paper") or a
    // weak one (a link inside a sentence).
    if (found && (untitled.has(paper) || (!facts.weakTitle && (weakTitles.has(paper) || (/^arXiv:/.test(paper.title) && !/^arXiv:/.test(read.title)))))) {
      paper.title = read.title;
      paper.isSurvey = SURVEY.test(read.title);
      weakTitles.delete(paper);
      untitled.delete(paper);
      if (facts.weakTitle) weakTitles.add(paper);
    }
    if (paper.arxivId === undefined && arxivId) paper.arxivId = arxivId;
    if (paper.doi === undefined && facts.doi) paper.doi = facts.doi;
    if (paper.authors === undefined && facts.authors) paper.authors = facts.authors;
    if (paper.codeUrl === undefined && facts.codeUrl) paper.codeUrl = facts.codeUrl;
    if (paper.projectUrl === undefined && facts.projectUrl) paper.projectUrl = facts.projectUrl;
    if (paper.url === undefined && url) paper.url = url;
    if (paper.venue === undefined && venue) paper.venue = venue;
    if (paper.year === undefined && year) paper.year = year;
    if (paper.tag === undefined && entry.tag) paper.tag = entry.tag;
    for (const key of keys) if (!paperBy.has(key)) paperBy.set(key, paper);
    const note = [read.note, entry.note].filter(Boolean).join("; ");
    place(sectionId, paper, { ...entry, note: note || undefined });
  }

  /**
   * A listing that names its paper only with "paper", a date or an id: placed like any listing,
   * but the paper is kept only if another listing gives it a title (see dropUntitled).
   */
  function addUntitledPaper(sectionId: string, entry: EntryPlacement & { url: string }): void {
    const arxivId = arxivIdFromUrl(entry.url);
    const keys = [arxivId ? `a:${arxivId}` : `u:${entry.url}`];
    let paper = keys.map((key) => paperBy.get(key)).find((p) => p !== undefined);
    if (!paper) {
      paper = { title: "", isSurvey: false, inRoadmap: true, line: entry.line, url: arxivId ? arxivUrl(arxivId) : entry.url, ...(arxivId ? { arxivId, year: yearFromArxivId(arxivId) } : {}) };
      papers.push(paper);
      untitled.add(paper);
      for (const key of keys) paperBy.set(key, paper);
    }
    place(sectionId, paper, entry);
  }

  function addResource(sectionId: string, entry: ResourceEntry): void {
    const key = entry.url ? `u:${entry.url.replace(/\/+$/, "")}` : `t:${normalizeTitle(entry.title)}`;
    let resource = resourceBy.get(key);
    if (!resource) {
      resource = { title: entry.title, kind: entry.kind, line: entry.line, ...(entry.url ? { url: entry.url } : {}) };
      resources.push(resource);
      resourceBy.set(key, resource);
    }
    place(sectionId, resource, entry);
  }

  return {
    /** Adds a section and returns its id (unique within the roadmap). */
    addSection(input: { name: string; nameRu?: string | undefined; parent?: string | undefined; line?: number | undefined }): string {
      const id = uniqueSectionId(input.name, input.parent);
      const section: SectionRecord = {
        id,
        name: input.name,
        ...(input.nameRu ? { nameRu: input.nameRu } : {}),
        ...(input.parent ? { parent: input.parent } : {}),
        items: [],
        placed: new Set(),
        questions: [],
        ...(input.line ? { line: input.line } : {}),
      };
      sections.push(section);
      sectionById.set(id, section);
      return id;
    },

    addQuestion(sectionId: string, question: { en: string; ru?: string | undefined; line: number }): void {
      sectionById.get(sectionId)?.questions.push({ en: question.en, ...(question.ru ? { ru: question.ru } : {}), line: question.line });
    },

    addPaper,
    addUntitledPaper,
    addResource,

    /** Removes the papers no listing gave a title, with their listings; returns where they were. */
    dropUntitled(): { line: number; url: string }[] {
      if (untitled.size === 0) return [];
      const dropped = papers.filter((paper) => untitled.has(paper));
      papers.splice(0, papers.length, ...papers.filter((paper) => !untitled.has(paper)));
      for (const section of sections) section.items = section.items.filter((item) => !untitled.has(item.target as PaperRecord));
      untitled.clear();
      return dropped.map((paper) => ({ line: paper.line ?? 0, url: paper.url ?? "" }));
    },

    /** Adds a link, as a paper or a resource depending on where it points. */
    addLink(sectionId: string, entry: EntryPlacement & { title: string; url: string; tag?: string | undefined }): void {
      const found = classifyLink(entry.url, entry.title);
      const hasVenue = readPaperTitle(entry.title).year !== undefined;
      const looksPublished = found.type === "resource" && hasVenue && !["repository", "video", "collection"].includes(found.kind);
      if (found.type === "paper" || looksPublished) addPaper(sectionId, entry);
      // Resources have no tag: a short name like "CLIP" stays as the item note.
      else addResource(sectionId, { ...entry, kind: found.kind, note: entry.note ?? entry.tag });
    },

    sectionCount: () => sections.length,

    build(): Roadmap {
      const used = new Set<string>();
      const nextSuffix = new Map<string, number>();
      const claim = (base: string) => {
        let id = base;
        for (let n = nextSuffix.get(base) ?? 2; used.has(id); n++) {
          id = `${base}-${n}`;
          nextSuffix.set(base, n + 1);
        }
        used.add(id);
        return id;
      };
      const fallback = (slug: string, url: string | undefined) =>
        (slug === "untitled" || slug.replace(/-/g, "").length < 3) && url ? slugify(titleFromUrl(url)) : slug;
      for (const paper of papers) {
        const base = paper.arxivId ? paperId(paper.title, paper.arxivId) : fallback(paperId(transliterate(paper.title)), paper.url);
        paper.id = claim(base);
      }
      for (const resource of resources) resource.id = claim(`r-${fallback(slugifyName(resource.title, 78), resource.url)}`);
      return {
        roadmap: { id: roadmap.id, title: roadmap.title, ...(roadmap.source ? { source: roadmap.source } : {}) },
        sections: sections.map(({ items, placed: _placed, ...section }) => ({
          ...section,
          items: items.map(({ target, ...item }) => ({ ref: target.id ?? "", ...item })),
        })),
        papers: papers.map((paper) => ({ ...paper, id: paper.id ?? "" })),
        resources: resources.map((resource) => ({ ...resource, id: resource.id ?? "" })),
        buildsOn: [],
        surveys: [],
      };
    },
  };
}

export type RoadmapBuilder = ReturnType<typeof createRoadmapBuilder>;
