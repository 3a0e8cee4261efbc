/**
 * A small Cypher lexer for the console's static check. It only needs to know what is code and
 * what is not: comments are dropped, string literals and `quoted names` become single tokens,
 * so a keyword inside a string or a comment never counts and one outside always does. Pure.
 */

export type TokenKind = "word" | "quoted" | "string" | "number" | "param" | "symbol";
export type Token = { kind: TokenKind; text: string; offset: number };
export type LexError = { message: string; offset: number };

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{M}\p{N}_\p{Pc}]/u;
const WHITESPACE = /\s/u;

/** Reads up to the closing `quote`; backslash escapes (strings) or doubled quotes (names). */
function readQuoted(text: string, start: number, quote: string, doubledEscapes: boolean): number {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i];
    if (!doubledEscapes && char === "\\") i += 2;
    else if (char === quote) {
      if (doubledEscapes && text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return -1;
}

export function tokenizeCypher(text: string): { tokens: Token[] } | { error: LexError } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    const next = text[i + 1];
    if (WHITESPACE.test(char)) {
      i += 1;
    } else if (char === "/" && next === "/") {
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i += 1;
    } else if (char === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) return { error: { message: "A /* comment is never closed.", offset: i } };
      i = end + 2;
    } else if (char === "'" || char === '"') {
      const end = readQuoted(text, i, char, false);
      if (end < 0) return { error: { message: "A string literal is never closed.", offset: i } };
      tokens.push({ kind: "string", text: text.slice(i, end), offset: i });
      i = end;
    } else if (char === "`") {
      const end = readQuoted(text, i, "`", true);
      if (end < 0) return { error: { message: "A `quoted name` is never closed.", offset: i } };
      tokens.push({ kind: "quoted", text: text.slice(i + 1, end - 1).replaceAll("``", "`"), offset: i });
      i = end;
    } else if (char === "$") {
      let end = i + 1;
      if (text[end] === "`") {
        end = readQuoted(text, end, "`", true);
        if (end < 0) return { error: { message: "A `quoted parameter` is never closed.", offset: i } };
      } else {
        while (end < text.length && WORD_PART.test(text[end] as string)) end += 1;
      }
      tokens.push({ kind: "param", text: text.slice(i, end), offset: i });
      i = end;
    } else if (WORD_START.test(char)) {
      let end = i + 1;
      while (end < text.length && WORD_PART.test(text[end] as string)) end += 1;
      tokens.push({ kind: "word", text: text.slice(i, end), offset: i });
      i = end;
    } else if (/\p{N}/u.test(char)) {
      let end = i + 1;
      // Digits, '_' and '.' only ("1..3" in a range is harmless as one token). Letters start a
      // new token, so "1DELETE" cannot hide a keyword inside a number (exponents and hex
      // digits come out as harmless words).
      while (end < text.length && /[\p{N}_.]/u.test(text[end] as string)) end += 1;
      tokens.push({ kind: "number", text: text.slice(i, end), offset: i });
      i = end;
    } else {
      tokens.push({ kind: "symbol", text: char, offset: i });
      i += 1;
    }
  }
  return { tokens };
}

/** 1-based line and column of an offset, as Neo4j reports positions. */
export function positionOf(text: string, offset: number): { line: number; column: number; offset: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset };
}
