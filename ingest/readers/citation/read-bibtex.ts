/**
 * BibTeX / BibLaTeX text -> located entries. The file is cut into one piece per `@type{`
 * (an entry starts on its own line in every exporter's output) and each piece is parsed alone,
 * so one broken entry (an unclosed brace, a missing comma) is one problem at its line while
 * the rest of the file still loads. @string macros are given to every piece; @comment and
 * @preamble are not entries.
 */
import type { InputProblem } from "../../input-error";
import { type BibEntry, bibEntryToCsl, cslItemSchema, parseBibEntries } from "./citation-js";
import type { LocatedEntry } from "./build-citation-roadmap";
import { type BibExtras, mapCitationItem } from "./map-citation-item";

export type ReadEntries = { entries: LocatedEntry[]; problems: InputProblem[]; found: number };

const ENTRY_START = /^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*[{(]/;
const NOT_ENTRIES = new Set(["comment", "preamble", "string"]);

type Piece = { line: number; type: string; text: string };

function cutPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    const start = ENTRY_START.exec(lineText);
    if (start?.[1]) pieces.push({ line: index + 1, type: start[1].toLowerCase(), text: lineText });
    else if (pieces.length > 0) pieces[pieces.length - 1]!.text += `\n${lineText}`;
  });
  return pieces;
}

/** The parser's "at line 3 col 5" counts from the piece; the user needs the file's line. */
function parseFailure(error: unknown, piece: Piece, prefixLines: number): InputProblem {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split("\n")[0] ?? message;
  const at = /at line (\d+) col (\d+)/.exec(first);
  const noticed = at ? Math.max(piece.line, piece.line + Number(at[1]) - 1 - prefixLines) : piece.line;
  const reason = first.replace(/\s*at line \d+ col \d+:?$/, "").replace(/^expected/, "syntax error: expected");
  // An unclosed brace is only noticed where the next entry starts: point at the entry, say both.
  const where = noticed !== piece.line ? `, noticed at line ${noticed}` : "";
  return { line: piece.line, message: `@${piece.type} entry cannot be read (${reason}${where}); entry skipped` };
}

function extrasOf(entry: BibEntry): BibExtras {
  const field = (name: string) => {
    const value = entry.properties[name];
    return value === undefined ? undefined : String(value);
  };
  const eprint = field("eprint");
  const eprintType = field("archiveprefix") ?? field("eprinttype");
  // JabRef writes its groups into `groups`, Mendeley its tags into `mendeley-tags`.
  const groups = field("groups") ?? field("mendeley-tags");
  return { ...(eprint ? { eprint } : {}), ...(eprintType ? { eprintType } : {}), ...(groups ? { groups } : {}) };
}

export function readBibtexEntries(text: string): ReadEntries {
  const pieces = cutPieces(text);
  // Macros join into one line so that parser lines inside a piece stay off by exactly one.
  const macros = pieces.filter((p) => p.type === "string").map((p) => p.text.replace(/\s*[\r\n]+\s*/g, " ")).join(" ");
  const prefix = macros ? `${macros}\n` : "";
  const entries: LocatedEntry[] = [];
  const problems: InputProblem[] = [];
  const pieceEntries = pieces.filter((p) => !NOT_ENTRIES.has(p.type));
  for (const piece of pieceEntries) {
    let parsed: BibEntry[];
    try {
      parsed = parseBibEntries(prefix + piece.text);
    } catch (error) {
      problems.push(parseFailure(error, piece, prefix ? 1 : 0));
      continue;
    }
    for (const entry of parsed) {
      const item = cslItemSchema.safeParse(bibEntryToCsl(entry));
      if (!item.success) {
        problems.push({ line: piece.line, message: `@${piece.type}{${entry.label}} cannot be mapped; entry skipped` });
        continue;
      }
      const mapped = mapCitationItem(item.data, extrasOf(entry));
      problems.push(...mapped.problems.map((message) => ({ line: piece.line, message: `@${piece.type}{${entry.label}}: ${message}` })));
      if (mapped.entry) entries.push({ line: piece.line, entry: mapped.entry });
    }
  }
  return { entries, problems, found: pieceEntries.length };
}
