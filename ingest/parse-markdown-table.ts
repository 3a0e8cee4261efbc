/**
 * Markdown tables of papers ("| Title | Venue | Year | Code |"). Columns are found by their
 * header names; a row whose cell count differs from the header's is a structural problem
 * (its cells cannot be matched to columns), reported with its line instead of guessed at.
 */
import { isIgnoredUrl } from "./classify-link";
import type { InputProblem } from "./input-error";
import { type LinkRefs, plainText, type Token, tokenize, unbracket } from "./parse-markdown-inline";
import { isTableSeparator, type LogicalLine, splitRow } from "./parse-markdown-lines";
import { clip } from "./read-annotation";

export type TableEntry = {
  line: number;
  /** title with "(Venue Year)" appended when the row has venue/year columns */
  title: string;
  url?: string;
  note?: string;
  /** the row names a publication (venue or year column), so it is a paper even without a link */
  published: boolean;
  /** code and other link columns: separate resources */
  extraLinks: { title: string; url: string }[];
};

type Roles = { title: number; year?: number; venue?: number; note?: number; code: number[]; links: number[] };

function findRoles(header: readonly string[], rows: readonly string[][]): Roles {
  const names = header.map((cell) => plainText(cell).toLowerCase());
  const find = (pattern: RegExp, except?: RegExp) => {
    const index = names.findIndex((name) => pattern.test(name) && !(except?.test(name) ?? false));
    return index >= 0 ? index : undefined;
  };
  const linky = /link|url|pdf|arxiv|website|homepage|project page|blog|video|slides|demo/;
  const year = find(/year|date|published$|release|time/);
  const venue = find(/venue|conference|\bconf\b|journal|publication|published in|booktitle|proceedings/);
  const note = find(/note|description|comment|summary|tl;?dr|remark|highlight|keyword|contribution/);
  const code = names.flatMap((name, i) => (/code|github|repo|implementation/.test(name) ? [i] : []));
  let title = find(/title|paper|name|model|method|work|resource|project|article|tool|dataset|benchmark/, /link|url|code|pdf|date|year|venue/);
  if (title === undefined) {
    // No telling header: take the column that most often holds a link.
    const counts = header.map((_cell, i) => rows.filter((row) => /\]\(|https?:\/\//.test(row[i] ?? "")).length);
    const best = counts.indexOf(Math.max(...counts));
    title = (counts[best] ?? 0) > 0 ? best : 0;
  }
  const taken = new Set([title, year, venue, note, ...code]);
  const links = names.flatMap((name, i) => (!taken.has(i) && linky.test(name) ? [i] : []));
  return { title, code, links, ...(year !== undefined ? { year } : {}), ...(venue !== undefined ? { venue } : {}), ...(note !== undefined ? { note } : {}) };
}

const linksOf = (tokens: readonly Token[]) =>
  tokens.flatMap((token) => (token.kind === "link" && !token.badge && !isIgnoredUrl(token.url) ? [token] : []));

/** True when lines[i] starts a table: a row with pipes followed by a separator row. */
export function isTableStart(lines: readonly LogicalLine[], i: number): boolean {
  const header = lines[i]?.text ?? "";
  const separator = lines[i + 1]?.text ?? "";
  return header.includes("|") && separator.includes("|") && isTableSeparator(separator);
}

export function readTable(lines: readonly LogicalLine[], start: number, refs: LinkRefs): { end: number; entries: TableEntry[]; problems: InputProblem[] } {
  const header = splitRow(lines[start]?.text ?? "");
  const headerLine = lines[start]?.no ?? 0;
  const problems: InputProblem[] = [];
  const separator = splitRow(lines[start + 1]?.text ?? "");
  if (separator.length !== header.length) {
    problems.push({ line: lines[start + 1]?.no ?? headerLine, message: `table separator has ${separator.length} cells but the header (line ${headerLine}) has ${header.length}` });
  }
  const rows: { cells: string[]; line: number }[] = [];
  let end = start + 2;
  for (; end < lines.length; end++) {
    const line = lines[end];
    if (!line || line.text.trim() === "" || !line.text.includes("|")) break;
    const cells = splitRow(line.text);
    if (cells.length !== header.length) {
      problems.push({ line: line.no, message: `table row has ${cells.length} cells but the header (line ${headerLine}) has ${header.length}` });
    } else rows.push({ cells, line: line.no });
  }
  const roles = findRoles(header, rows.map((row) => row.cells));
  const entries = rows.flatMap((row) => {
    const entry = readRow(row.cells, row.line, roles, header, refs);
    return entry ? [entry] : [];
  });
  return { end, entries, problems };
}

function readRow(cells: readonly string[], line: number, roles: Roles, header: readonly string[], refs: LinkRefs): TableEntry | undefined {
  const cell = (index: number | undefined) => (index === undefined ? "" : (cells[index] ?? ""));
  const titleTokens = tokenize(cell(roles.title), refs);
  const titleLinks = linksOf(titleTokens);
  const main = titleLinks[0];
  const text = main && !main.bare ? unbracket(plainText(main.text, refs)) : plainText(cell(roles.title), refs).replace(/https?:\/\/\S+/g, "").trim();
  if (text.length === 0) return undefined;
  const rowLinks = roles.links.flatMap((index) => linksOf(tokenize(cell(index), refs)).map((link) => ({ link, label: plainText(header[index] ?? "link") })));
  const url = main?.url ?? rowLinks[0]?.link.url;
  const year = /\b(?:19|20)\d{2}\b/.exec(plainText(cell(roles.year)))?.[0];
  const venue = plainText(cell(roles.venue), refs);
  const hasYearAlready = /\((?:[^()]*\s)?(?:19|20)\d{2}\)\s*$/.test(text);
  const suffix = venue && /\b(?:19|20)\d{2}\b/.test(venue) ? venue : [venue, year].filter(Boolean).join(" ");
  const title = suffix && !hasYearAlready ? `${text} (${suffix})` : text;
  const note = plainText(cell(roles.note), refs);
  const extraLinks = [
    ...titleLinks.slice(1).map((link) => ({ title: `${text} (link)`, url: link.url })),
    ...rowLinks.filter(({ link }) => link.url !== url).map(({ link, label }) => ({ title: `${text} (${label.toLowerCase()})`, url: link.url })),
    ...roles.code.flatMap((index) => linksOf(tokenize(cell(index), refs)).map((link) => ({ title: `${text} (code)`, url: link.url }))),
  ];
  return {
    line,
    title,
    published: venue.length > 0 || year !== undefined,
    extraLinks,
    ...(url ? { url } : {}),
    ...(note ? { note: clip(note) } : {}),
  };
}
