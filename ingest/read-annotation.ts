/**
 * Reads what a roadmap writes around an entry: the bracket annotation ("[CLIP]",
 * "[Section 2.1]"), a label before the link ("LoRA: [...]"), and "(ICML 2023 Oral)" after a
 * title. Short name-like annotations become a paper's tag; everything else stays a note.
 */
import { venueAndYearFromTitle } from "./ids";

const MAX_TAG = 25;
const MAX_NOTE = 300;

/** Single words that annotate an entry without naming it. */
const NOT_A_NAME = new Set([
  "tutorial", "survey", "blog", "code", "paper", "pdf", "video", "slides", "book", "course", "project", "website", "demo",
  "dataset", "benchmark", "repo", "github", "link", "original", "review", "note", "notes", "oral", "spotlight", "poster",
  "chinese", "english", "optional", "recommended", "important", "new", "classic", "must-read", "highlight", "tool",
  "library", "framework", "documentation", "docs", "official", "unofficial", "implementation", "talk", "lecture",
]);

/** A word written mostly in capitals or digits: "GPT", "T5", "LLaMA", "4". */
function isAcronymish(word: string): boolean {
  const letters = word.replace(/[^A-Za-z]/g, "");
  if (letters.length === 0) return /\d/.test(word);
  const upper = letters.replace(/[^A-Z]/g, "").length;
  return upper >= 2 && upper / letters.length >= 0.5;
}

/** A short name ("CLIP", "MoE", "GPT 4") rather than a description ("Section 2.1"). */
export function isTagLike(text: string): boolean {
  if (text.length === 0 || text.length > MAX_TAG || !/[A-Z]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length === 1) {
    const word = words[0] ?? "";
    return !NOT_A_NAME.has(word.toLowerCase()) && /^[\p{L}\p{N}][\p{L}\p{N}.+·'-]*$/u.test(word);
  }
  return words.length <= 3 && words.every(isAcronymish);
}

export type Annotation = { tag?: string; note?: string };

/** "[Multi-Query Attention (MQA)]" -> tag "MQA" and the whole text as note; "[CLIP]" -> tag. */
export function readAnnotation(raw: string): Annotation {
  const text = raw.trim().replace(/^\[+|\]+$/g, "").replace(/\s+/g, " ").trim();
  if (text.length === 0) return {};
  if (isTagLike(text)) return { tag: text };
  const named = /^(.{1,60}?)\s*\(([A-Za-z][A-Za-z0-9-]{1,9})\)$/.exec(text);
  if (named?.[1] && named[2] && named[1].split(" ").length <= 4 && isAcronymish(named[2])) {
    return { tag: named[2], note: text };
  }
  return { note: clip(text) };
}

/** Several annotations of one entry: the first tag wins, notes are joined. */
export function mergeAnnotations(parts: readonly Annotation[]): Annotation {
  const tag = parts.find((part) => part.tag)?.tag;
  const notes = parts.map((part) => part.note).filter((note): note is string => note !== undefined && note.length > 0);
  const note = notes.length > 0 ? clip(notes.join("; ")) : undefined;
  return { ...(tag ? { tag } : {}), ...(note ? { note } : {}) };
}

export function clip(text: string, max = MAX_NOTE): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export type PaperTitle = { title: string; venue?: string; year?: number; note?: string };

/**
 * "Deja Vu: ... (ICML 2023 Oral)" -> title, venue "ICML 2023", note "Oral". The award part is
 * moved out first because venueAndYearFromTitle expects the year right before ")".
 * All-lowercase venues ("cvpr 2023") are upper-cased; other spellings are kept.
 */
export function readPaperTitle(raw: string): PaperTitle {
  let text = raw.trim();
  let note: string | undefined;
  const award = /\(([^()]*?\b(?:19|20)\d{2})\s+([A-Za-z][^()]{0,30})\)\s*$/.exec(text);
  if (award?.[1] && award[2]) {
    note = award[2].trim();
    text = `${text.slice(0, award.index)}(${award[1]})`;
  }
  const read = venueAndYearFromTitle(text);
  const venue = read.venue && read.venue === read.venue.toLowerCase() ? read.venue.toUpperCase() : read.venue;
  return {
    title: read.title,
    ...(venue ? { venue } : {}),
    ...(read.year ? { year: read.year } : {}),
    ...(note ? { note } : {}),
  };
}
