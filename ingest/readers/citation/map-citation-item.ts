/**
 * One reference-manager item (CSL-JSON, whatever file it came from) -> one roadmap entry: a
 * paper with its arXiv id, DOI, year, venue and authors, or a resource (software, a dataset,
 * a blog post, a book). Pure. Flaws come back as messages saying what was done; the caller
 * adds file and line, and decides whether a flaw is a warning or a refusal.
 */
import { classifyLink, parseHttpUrl } from "../../classify-link";
import { arxivIdFromUrl, arxivUrl, normalizeArxivId, yearFromArxivId } from "../../ids";
import { arxivIdSchema, type ResourceKind } from "../../roadmap-schema";
import type { CslItem, CslName } from "./citation-js";

/** What a BibTeX entry says that CSL-JSON has no field for. */
export type BibExtras = { eprint?: string; eprintType?: string; groups?: string };

export type CitationPaper = {
  kind: "paper";
  title: string;
  arxivId?: string;
  doi?: string;
  year?: number;
  venue?: string;
  authors?: string[];
  url?: string;
  groups: string[];
};
export type CitationResource = { kind: "resource"; resourceKind: ResourceKind; title: string; url?: string; groups: string[] };
export type CitationEntry = CitationPaper | CitationResource;

export type MappedItem = { entry?: CitationEntry; problems: string[] };

const DOI = /^10\.\d{4,9}\/\S+$/;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
/** "arXiv:1706.03762", as Google Scholar writes it into `journal` and Zotero into `number`. */
const ARXIV_MENTION = /\barxiv:\s*([a-z-]+(?:\.[a-z]{2})?\/\d{7}|\d{4}\.\d{4,5})(v\d+)?/i;
/** Venues that only say "a preprint": the arXiv id says that better. */
const PREPRINT_VENUE = /^(arxiv|corr|preprint)\b|\barxiv preprint\b|^arxiv\.org$/i;
const RESOURCE_TYPES: Record<string, ResourceKind> = {
  software: "repository",
  dataset: "dataset",
  "post-weblog": "blog",
  post: "blog",
  book: "book",
  motion_picture: "video",
  broadcast: "video",
};

const clean = (text: string | number | undefined) =>
  text === undefined ? undefined : String(text).replace(/\s+/g, " ").trim() || undefined;

const validArxiv = (id: string | undefined) => (id && arxivIdSchema.safeParse(id).success ? id : undefined);

function findArxivId(item: CslItem, extras: BibExtras, doi: string | undefined): string | undefined {
  const eprintType = extras.eprintType?.toLowerCase();
  // An eprint without a type is, in practice, an arXiv id; with another type (pubmed...) it is not.
  if (extras.eprint && (eprintType === undefined || eprintType === "arxiv")) {
    const id = validArxiv(normalizeArxivId(extras.eprint));
    if (id) return id;
  }
  if (item.archive?.toLowerCase() === "arxiv" && item.number !== undefined) {
    const id = validArxiv(normalizeArxivId(String(item.number)));
    if (id) return id;
  }
  for (const text of [item.number, item.note, item["container-title"]]) {
    const match = ARXIV_MENTION.exec(String(text ?? ""));
    if (match?.[1]) return validArxiv(match[1]);
  }
  const fromDoi = doi ? ARXIV_DOI.exec(doi)?.[1] : undefined;
  if (fromDoi) return validArxiv(normalizeArxivId(fromDoi));
  // DBLP: journal "CoRR", volume "abs/1706.03762".
  if (/^corr$/i.test(item["container-title"] ?? "") && /^abs\//.test(String(item.volume ?? ""))) {
    return validArxiv(normalizeArxivId(String(item.volume).slice(4)));
  }
  return item.URL ? validArxiv(arxivIdFromUrl(item.URL)) : undefined;
}

/** "https://doi.org/10.1/x", "doi:10.1/x" -> "10.1/x"; undefined (with a problem) when it is no DOI. */
function readDoi(raw: string | undefined, problems: string[]): string | undefined {
  const text = clean(raw);
  if (!text) return undefined;
  // DOIs are case-insensitive: lowercased, one paper is one key whatever the exporter wrote.
  const doi = text.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, "").toLowerCase();
  if (DOI.test(doi)) return doi;
  problems.push(`DOI "${text}" is not a DOI (10.prefix/suffix); DOI ignored`);
  return undefined;
}

function readYear(item: CslItem, problems: string[]): number | undefined {
  const issued = item.issued;
  if (!issued) return undefined;
  const first = issued["date-parts"]?.[0]?.[0];
  const text = clean(first ?? issued.literal ?? issued.raw);
  if (text === undefined) return undefined;
  const year = /^\d{4}$/.test(text) ? Number(text) : Number(/\b(1[89]\d\d|20\d\d|2100)\b/.exec(text)?.[1] ?? Number.NaN);
  if (Number.isInteger(year) && year >= 1900 && year <= 2100) return year;
  problems.push(`year "${text}" is not a year from 1900 to 2100; year ignored`);
  return undefined;
}

function nameOf(name: CslName): string | undefined {
  const piece = (key: string) => {
    const value = name[key];
    return typeof value === "string" ? value : undefined;
  };
  const full = name.literal ?? [name.given, piece("dropping-particle"), piece("non-dropping-particle"), name.family, piece("suffix")].filter(Boolean).join(" ");
  return clean(full);
}

/** Keywords, tags or groups: "A, B; C" -> ["A", "B", "C"], first spelling of each kept. */
export function splitGroups(text: string | undefined): string[] {
  const seen = new Map<string, string>();
  for (const part of (text ?? "").split(/[,;]/)) {
    const name = clean(part);
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}

export function mapCitationItem(item: CslItem, extras: BibExtras = {}): MappedItem {
  const problems: string[] = [];
  const title = clean(item.title);
  if (!title) return { problems: ["entry has no title; entry skipped"] };
  const groups = splitGroups(extras.groups ?? item.keyword);
  const doi = readDoi(item.DOI, problems);
  const arxivId = findArxivId(item, extras, doi);
  const link = item.URL ? parseHttpUrl(item.URL)?.href : undefined;
  if (item.URL && !link) problems.push(`URL "${item.URL}" is not an http(s) address; URL ignored`);
  const year = readYear(item, problems);

  const type = item.type ?? "";
  const resourceKind = RESOURCE_TYPES[type] ?? (type === "webpage" && link && classifyLink(link, title).type !== "paper" ? "other" : undefined);
  if (!arxivId && !doi && resourceKind) {
    return { entry: { kind: "resource", resourceKind, title, ...(link ? { url: link } : {}), groups }, problems };
  }

  const container = clean(item["container-title"] ?? item["event-title"]);
  const venueName = container && !PREPRINT_VENUE.test(container) ? container : undefined;
  // `year` is the first public version (the arXiv one); the venue keeps its own year.
  const firstYear = (arxivId ? yearFromArxivId(arxivId) : undefined) ?? year;
  const venue = venueName && year && year !== firstYear && !/\b(19|20)\d{2}\b/.test(venueName) ? `${venueName} ${year}` : venueName;
  const authors = (item.author ?? []).map(nameOf).filter((name): name is string => name !== undefined);
  const url = arxivId ? arxivUrl(arxivId) : (link ?? (doi ? `https://doi.org/${doi}` : undefined));
  return {
    entry: {
      kind: "paper",
      title,
      ...(arxivId ? { arxivId } : {}),
      ...(doi ? { doi } : {}),
      ...(firstYear ? { year: firstYear } : {}),
      ...(venue ? { venue } : {}),
      ...(authors.length > 0 ? { authors } : {}),
      ...(url ? { url } : {}),
      groups,
    },
    problems,
  };
}
