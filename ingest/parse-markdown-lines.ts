/**
 * Line-level Markdown for the roadmap parser: turns the text into logical lines (code blocks
 * and comments blanked, a link split over two lines joined, a bullet's indented continuation
 * joined to it) and recognises headings, bullets and table rows. Line numbers always refer to
 * the original text, 1-based, so errors and entries point at the right place.
 */
import { plainText } from "./parse-markdown-inline";

export type LogicalLine = { no: number; text: string };
export type Heading = { depth: number; name: string; consumed: number };
export type Bullet = { indent: number; content: string };

const BULLET = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const ATX = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const HTML_HEADING = /^\s*<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>\s*$/i;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const REF_DEFINITION = /^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(\s+["'(].*)?\s*$/;

const indentOf = (text: string) => (/^\s*/.exec(text.replace(/\t/g, "    "))?.[0].length ?? 0);

export function bulletOf(text: string): Bullet | undefined {
  if (RULE.test(text)) return undefined;
  const match = BULLET.exec(text);
  return match ? { indent: indentOf(match[1] ?? ""), content: match[2] ?? "" } : undefined;
}

export function isTableSeparator(text: string): boolean {
  return text.includes("|") || text.includes("-") ? TABLE_SEPARATOR.test(text) && /-/.test(text) : false;
}

/** Unbalanced "[" means link text continues on the next line. */
function openBrackets(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "[") depth++;
    else if (text[i] === "]" && depth > 0) depth--;
  }
  return depth;
}

const startsBlock = (text: string) => /^\s*(#{1,6}\s|<h[1-6]\b|\|)/i.test(text) || bulletOf(text) !== undefined;

export function toLogicalLines(text: string): { lines: LogicalLine[]; refs: Map<string, string> } {
  const raw = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const refs = new Map<string, string>();
  const kept: LogicalLine[] = [];
  let fence: string | undefined;
  let inComment = false;
  raw.forEach((line, index) => {
    const no = index + 1;
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      return kept.push({ no, text: "" });
    }
    if (fenceMark) {
      fence = fenceMark;
      return kept.push({ no, text: "" });
    }
    let visible = line;
    if (inComment) {
      const end = visible.indexOf("-->");
      if (end < 0) return kept.push({ no, text: "" });
      inComment = false;
      visible = visible.slice(end + 3);
    }
    visible = visible.replace(/<!--[\s\S]*?-->/g, "");
    const open = visible.indexOf("<!--");
    if (open >= 0) {
      inComment = true;
      visible = visible.slice(0, open);
    }
    const ref = REF_DEFINITION.exec(visible);
    if (ref?.[1] && ref[2]) {
      if (!refs.has(ref[1].toLowerCase())) refs.set(ref[1].toLowerCase(), ref[2]);
      return kept.push({ no, text: "" });
    }
    return kept.push({ no, text: visible });
  });

  // Join continuations into the line they continue; the continued line keeps its number.
  const lines: LogicalLine[] = [];
  for (let i = 0; i < kept.length; i++) {
    const current = kept[i];
    if (!current) continue;
    let joined = current.text;
    const bullet = bulletOf(joined);
    const htmlHeading = /<h[1-6]\b/i.test(joined) && !/<\/h[1-6]\s*>/i.test(joined);
    for (let n = 0; n < 8; n++) {
      const next = kept[i + 1];
      if (!next || next.text.trim() === "" || startsBlock(next.text)) break;
      const linkOpen = openBrackets(joined) > 0 && n < 3;
      const continuation = bullet !== undefined && indentOf(next.text) > bullet.indent && !isTableSeparator(next.text);
      const headingOpen = htmlHeading && !/<\/h[1-6]\s*>/i.test(joined);
      if (!linkOpen && !continuation && !headingOpen) break;
      joined = `${joined} ${next.text.trim()}`;
      i++;
    }
    lines.push({ no: current.no, text: joined });
  }
  return { lines, refs };
}

/** The heading at lines[i] (ATX "##", "<h2>", or setext underline), if it is one. */
export function headingAt(lines: readonly LogicalLine[], i: number): Heading | undefined {
  const text = lines[i]?.text ?? "";
  const atx = ATX.exec(text);
  if (atx?.[1]) return { depth: atx[1].length, name: plainText(atx[2] ?? ""), consumed: 1 };
  const html = HTML_HEADING.exec(text);
  if (html?.[1]) return { depth: Number(html[1]), name: plainText(html[2] ?? ""), consumed: 1 };
  const underline = lines[i + 1]?.text ?? "";
  if (text.trim() === "" || !SETEXT.test(underline) || bulletOf(text) || text.includes("|") || indentOf(text) >= 4) return undefined;
  // Only a one-line paragraph counts: "---" under a longer paragraph is read as a rule.
  const previous = lines[i - 1]?.text ?? "";
  if (i === 0 || previous.trim() === "" || ATX.test(previous) || HTML_HEADING.test(previous)) {
    return { depth: underline.trim().startsWith("=") ? 1 : 2, name: plainText(text), consumed: 2 };
  }
  return undefined;
}

/** Splits a table row into cells; outer pipes are optional and "\|" is a literal pipe. */
export function splitRow(text: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let code = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && text[i + 1] === "|") {
      cell += "|";
      i++;
    } else if (c === "`") {
      code = !code;
      cell += c;
    } else if (c === "|" && !code) {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  const trimmed = text.trim();
  if (trimmed.startsWith("|")) cells.shift();
  if (trimmed.endsWith("|") && !trimmed.endsWith("\\|") && cells.length > 0) cells.pop();
  return cells.map((part) => part.trim());
}
