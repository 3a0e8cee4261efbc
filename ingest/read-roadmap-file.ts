/**
 * Reads any roadmap file and returns a validated Roadmap, or throws RoadmapInputError naming
 * the file, the line and the problem. The file is checked as bytes first (missing, directory,
 * empty, too large, binary, not UTF-8) so that a wrong file gets a clear message instead of a
 * parser's confusion; then the format is chosen by extension:
 *   .yaml/.yml/.json -> the structured form (roadmap-schema.ts), with YAML positions kept so
 *                       schema problems point at lines;
 *   .md/.markdown    -> readMarkdownRoadmap (ingest/readers/markdown/);
 *   .txt             -> parseSeedText, or Markdown when it has Markdown headings or links;
 *   .bib, .ris       -> the citation readers (readers/citation/), as is a .json whose content
 *                       is CSL-JSON (an array of items) rather than a roadmap object.
 * Lenient by default: a flawed entry is a warning (options.warn) with its line; `strict`
 * refuses the file at its first flaw.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { slugifyName } from "./ids";
import { createProblemReporter, type InputProblem, RoadmapInputError } from "./input-error";
import { readMarkdownRoadmap } from "./readers/markdown/read-markdown-roadmap";
import { readBibtexEntries } from "./readers/citation/read-bibtex";
import { readCitationRoadmap } from "./readers/citation/read-citation-roadmap";
import { looksLikeCslJson, readCslJsonEntries } from "./readers/citation/read-csl-json";
import { readRisEntries } from "./readers/citation/read-ris";
import { parseSeedText } from "./parse-seed-text";
import type { Roadmap } from "./roadmap-schema";
import { type PathKey, validateRoadmap } from "./validate-roadmap";

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadOptions = {
  roadmapId?: string | undefined;
  title?: string | undefined;
  /** refuse the file at its first flaw (default: warn, skip or salvage the entry, go on) */
  strict?: boolean | undefined;
  /** receives each warning: file line and what was done */
  warn?: ((problem: InputProblem) => void) | undefined;
};

const fail = (file: string, message: string, line?: number): never => {
  throw new RoadmapInputError(file, [{ message, ...(line !== undefined ? { line } : {}) }]);
};

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** Offset of the first byte that is not valid UTF-8 (overlongs and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0) return i;
    const second = bytes[i + 1] ?? 0;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (size > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < size; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += size;
  }
  return -1;
}

async function readText(file: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fail(file, "is a directory, not a roadmap file");
    if (!info.isFile()) return fail(file, "is not a regular file");
    size = info.size;
  } catch (error) {
    if (error instanceof RoadmapInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    return fail(file, code === "ENOENT" || code === "ENOTDIR" ? "file not found" : code === "EACCES" ? "cannot read file: permission denied" : `cannot read file (${code ?? String(error)})`);
  }
  if (size > MAX_FILE_BYTES) return fail(file, `file is too large: ${(size / 1024 / 1024).toFixed(1)} MB (the limit is 20 MB)`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(file, code === "EACCES" ? "cannot read file: permission denied" : `cannot read file (${code ?? String(error)})`);
  }
  if (bytes.length === 0) return fail(file, "file is empty");
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(file, `binary data (a NUL byte at byte ${nul}): a roadmap must be UTF-8 text`, lineAt(bytes, nul));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return fail(file, `invalid UTF-8${offset >= 0 ? ` at byte ${offset}` : ""}: save the file as UTF-8`, offset >= 0 ? lineAt(bytes, offset) : undefined);
  }
  if (text.trim() === "") return fail(file, "file is empty (only whitespace)");
  return text;
}

/** Line (1-based) of the YAML node at a path, or of its deepest existing ancestor. */
function yamlLineOf(doc: Document, counter: LineCounter) {
  return (path: PathKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of [undefined, ...path]) {
      if (key !== undefined) node = isMap(node) || isSeq(node) ? node.get(key, true) : undefined;
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (!range) break;
      line = counter.linePos(range[0]).line;
    }
    return line;
  };
}

function readStructured(file: string, text: string, isJson: boolean): { data: unknown; lineOf?: (path: PathKey[]) => number | undefined } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (isJson) {
    try {
      const data: unknown = JSON.parse(text);
      return { data, ...(doc.errors.length === 0 ? { lineOf: yamlLineOf(doc, counter) } : {}) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = /position (\d+)/.exec(message)?.[1];
      const line = /line (\d+)/.exec(message)?.[1] ?? (position ? String(text.slice(0, Number(position)).split("\n").length) : undefined);
      return fail(file, `invalid JSON: ${message}`, line ? Number(line) : undefined);
    }
  }
  if (doc.errors.length > 0) {
    const problems: InputProblem[] = doc.errors.map((error) => {
      const line = counter.linePos(error.pos[0]).line;
      const message = error.message.split("\n")[0] ?? error.code;
      // An unclosed quote is only noticed at the end of the file; point at where it opened.
      const opened = /quote/i.test(message) ? openQuoteLine(text, line) : undefined;
      return { line: opened ?? line, message: `invalid YAML: ${message}${opened && opened !== line ? ` (noticed at line ${line})` : ""}` };
    });
    throw new RoadmapInputError(file, problems);
  }
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) as unknown, lineOf: yamlLineOf(doc, counter) };
  } catch (error) {
    return fail(file, `invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The last line before `until` that opens a quoted scalar without closing it. */
function openQuoteLine(text: string, until: number): number | undefined {
  const lines = text.split(/\r\n|\r|\n/).slice(0, until);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/(^|[:\-[,{]\s*)(["'])(?:(?!\2).)*$/.test(lines[i] ?? "")) return i + 1;
  }
  return undefined;
}

const looksLikeMarkdown = (text: string) => /^\s{0,3}#{1,6}\s+\S/m.test(text) || /\[[^\]\n]+\]\(\s*<?https?:\/\//.test(text) || /<h[1-6][\s>]/i.test(text);

export async function readRoadmapFile(path: string, options: ReadOptions = {}): Promise<Roadmap> {
  const text = await readText(path);
  const extension = extname(path).toLowerCase();
  const roadmapId = options.roadmapId ?? slugifyName(basename(path, extname(path)));
  const parseOptions = { file: path, roadmapId, title: options.title, strict: options.strict, warn: options.warn };
  const citation = { file: path, roadmapId, title: options.title, report: createProblemReporter(path, options) };

  if (extension === ".bib") return validateRoadmap(readCitationRoadmap(readBibtexEntries(text), "bibtex", citation), { file: path });
  if (extension === ".ris") return validateRoadmap(readCitationRoadmap(readRisEntries(text), "ris", citation), { file: path });
  if ([".yaml", ".yml", ".json"].includes(extension)) {
    const { data, lineOf } = readStructured(path, text, extension === ".json");
    if (extension === ".json" && (Array.isArray(data) || path.toLowerCase().endsWith(".csl.json") || looksLikeCslJson(data))) {
      const read = readCslJsonEntries(data, (index) => lineOf?.(Array.isArray(data) ? [index] : []));
      return validateRoadmap(readCitationRoadmap(read, "csl-json", citation), { file: path });
    }
    // --roadmap/--title on the command line win over the file's own values.
    if (data !== null && typeof data === "object" && "roadmap" in data && data.roadmap !== null && typeof data.roadmap === "object") {
      if (options.roadmapId) Object.assign(data.roadmap, { id: options.roadmapId });
      if (options.title) Object.assign(data.roadmap, { title: options.title });
    }
    return validateRoadmap(data, { file: path, lineOf });
  }
  let roadmap: Roadmap;
  if (extension === ".md" || extension === ".markdown") roadmap = readMarkdownRoadmap(text, parseOptions);
  else if (extension === ".txt") roadmap = looksLikeMarkdown(text) ? readMarkdownRoadmap(text, parseOptions) : parseSeedText(text, parseOptions);
  else return fail(path, `unsupported file type "${extension || "(no extension)"}": expected .md, .markdown, .txt, .yaml, .yml, .json, .bib or .ris`);
  if (roadmap.papers.length === 0 && roadmap.resources.length === 0) {
    return fail(path, "no entries found: expected Markdown headings with links, or the seed's plain-text form with a table of contents");
  }
  return validateRoadmap(roadmap, { file: path });
}
