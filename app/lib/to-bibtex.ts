/**
 * A reading path as BibTeX for a reference manager, written by citation-js (the library the
 * ingest reads .bib files with), so that an exported file loads back to the same papers:
 * authors, keys such as vaswani2017attention, eprint/archivePrefix for arXiv, DOI, venue.
 * The library is loaded on demand, when someone exports: it stays out of the first page load.
 */
import { z } from "zod";
import type { DetailedNode } from "@/contract/schemas";
import { paperUrl } from "./export-path";

export type CslName = Record<string, string | undefined>;
export type CslExportItem = {
  id: string;
  "citation-key": string;
  type: "paper-conference" | "document";
  title: string;
  author?: CslName[];
  issued?: { "date-parts": number[][] };
  "container-title"?: string;
  DOI?: string;
  URL?: string;
};

/** Words a citation key skips, as Google Scholar's keys do ("the", "on"...). */
const STOP_WORDS = new Set(["a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "by", "is", "are", "at", "via", "towards", "toward"]);

function text(node: DetailedNode, key: string): string | undefined {
  const value = node.properties[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export function authorsOf(node: DetailedNode): string[] {
  const value = node.properties.authors;
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === "string" && name.trim() !== "") : [];
}

const ascii = (word: string) => word.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "").toLowerCase();

/** vaswani2017attention: first author's family name, year, first word of the title that says something. */
export function citationKey(node: Pick<DetailedNode, "title" | "year">, family: string | undefined, taken: Set<string>): string {
  const words = node.title.split(/[\s\-–—:/]+/).map(ascii).filter(Boolean);
  const word = words.find((w) => !STOP_WORDS.has(w)) ?? words[0] ?? "paper";
  const name = family ? ascii(family) : "";
  const base = name ? `${name}${node.year ?? ""}${word}` : `${word}${node.year ?? ""}`;
  let key = base;
  for (let i = 0; taken.has(key); i++) key = `${base}${String.fromCharCode(97 + (i % 26))}${i >= 26 ? i : ""}`;
  taken.add(key);
  return key;
}

/** Papers of the path as CSL-JSON items, each with its arXiv id (CSL has no field for it). */
export function toCslItems(nodes: readonly DetailedNode[], parseName: (name: string) => CslName): { item: CslExportItem; arxivId?: string }[] {
  const taken = new Set<string>();
  return nodes
    .filter((node) => node.kind === "paper" || node.kind === "survey")
    .map((node) => {
      const author = authorsOf(node).map(parseName);
      const venue = text(node, "venue");
      const published = venue && !/arxiv|corr/i.test(venue) ? venue : undefined;
      const doi = text(node, "doi");
      const url = paperUrl(node);
      const arxivId = text(node, "arxivId");
      const item: CslExportItem = {
        id: node.id,
        "citation-key": citationKey(node, author[0]?.family ?? author[0]?.literal, taken),
        type: published ? "paper-conference" : "document",
        title: node.title,
        ...(author.length > 0 ? { author } : {}),
        ...(node.year ? { issued: { "date-parts": [[node.year]] } } : {}),
        ...(published ? { "container-title": published } : {}),
        ...(doi ? { DOI: doi } : {}),
        ...(url ? { URL: url } : {}),
      };
      return { item, ...(arxivId ? { arxivId } : {}) };
    });
}

/** What citation-js returns for `format: "object"`: entries with their values already escaped. */
const bibObjectsSchema = z.array(z.object({ type: z.string(), label: z.string(), properties: z.record(z.string(), z.string()) }));

export async function toBibtex(nodes: readonly DetailedNode[]): Promise<string> {
  const [{ plugins }, { parse }] = await Promise.all([import("@citation-js/core"), import("@citation-js/name"), import("@citation-js/plugin-bibtex")]);
  const items = toCslItems(nodes, parse);
  if (items.length === 0) return "";
  const entries = bibObjectsSchema.parse(plugins.output.format("bibtex", items.map((i) => i.item), { format: "object" }));
  return entries
    .map((entry, index) => {
      const arxivId = items[index]?.arxivId;
      const fields = { ...entry.properties, ...(arxivId ? { eprint: arxivId, archivePrefix: "arXiv" } : {}) };
      const body = Object.entries(fields).map(([key, value]) => `  ${key} = {${value}},`);
      return `@${entry.type}{${entry.label},\n${body.join("\n")}\n}\n`;
    })
    .join("\n");
}
