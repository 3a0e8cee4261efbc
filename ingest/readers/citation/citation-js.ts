/**
 * The one door to citation-js on the ingest side: loads the core with its BibTeX and RIS plugins
 * and turns what the library returns into typed values (zod), so the rest of the reader never
 * handles `unknown`. Items are CSL-JSON, the library's own data model.
 */
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { z } from "zod";

const nameSchema = z.looseObject({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
});

const datePartSchema = z.union([z.number(), z.string()]);
const dateSchema = z.looseObject({
  "date-parts": z.array(z.array(datePartSchema)).optional(),
  literal: z.string().optional(),
  raw: z.string().optional(),
});

/** The CSL-JSON fields the reader uses; anything else an item carries is kept and ignored. */
export const cslItemSchema = z.looseObject({
  type: z.string().optional(),
  title: z.string().optional(),
  author: z.array(nameSchema).optional(),
  issued: dateSchema.optional(),
  "container-title": z.string().optional(),
  "event-title": z.string().optional(),
  DOI: z.string().optional(),
  URL: z.string().optional(),
  number: z.union([z.string(), z.number()]).optional(),
  volume: z.union([z.string(), z.number()]).optional(),
  note: z.string().optional(),
  archive: z.string().optional(),
  keyword: z.string().optional(),
});
export type CslItem = z.infer<typeof cslItemSchema>;
export type CslName = z.infer<typeof nameSchema>;

/** One BibTeX/BibLaTeX entry as the parser reads it, before the mapping to CSL. */
const bibEntrySchema = z.object({
  type: z.string(),
  label: z.string(),
  properties: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type BibEntry = z.infer<typeof bibEntrySchema>;

/** Parses BibTeX text into raw entries; throws the parser's error (with its line) on bad syntax. */
export function parseBibEntries(text: string): BibEntry[] {
  const entries = plugins.input.chain(text, { forceType: "@biblatex/text", target: "@biblatex/entries+list", generateGraph: false });
  return z.array(bibEntrySchema).parse(entries);
}

/** Maps one raw BibTeX entry to CSL-JSON with the library's BibLaTeX mapping. */
export function bibEntryToCsl(entry: BibEntry): unknown {
  const items = plugins.input.chain([entry], { forceType: "@biblatex/entries+list", generateGraph: false });
  return Array.isArray(items) ? items[0] : undefined;
}

/** Parses one RIS record into CSL-JSON items (RIS has no syntax errors the library reports). */
export function parseRisRecord(text: string): unknown[] {
  const items = plugins.input.chain(text, { forceType: "@ris/file", generateGraph: false });
  return Array.isArray(items) ? (items as unknown[]) : [];
}
