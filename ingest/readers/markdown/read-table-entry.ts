/**
 * A table row -> one entry. The header says what each column holds: the title column ("Paper",
 * "Title", "Name"), year or date, venue, a short name ("Keywords", "Model"); without such a
 * header the row is read as one entry whose paper link and title the content gives. Title
 * cell first, so that "the text before the first link" is the title cell's. Pure.
 */
import { isTagLike } from "../../read-annotation";
import { type Entry, type EntryHints, readEntry } from "./read-entry";
import { cleanTitle, isGenericTitle, readVenueAndYear } from "./read-entry-facts";
import { type Span, spansText } from "./to-spans";

export type TableColumns = { title?: number; year?: number; venue?: number; tag?: number };

export function readTableColumns(header: readonly (readonly Span[])[]): TableColumns {
  const names = header.map((cell) => spansText(cell).toLowerCase());
  const find = (pattern: RegExp, skip?: number) => {
    const index = names.findIndex((name, i) => i !== skip && pattern.test(name));
    return index >= 0 ? index : undefined;
  };
  const title = find(/\b(papers?|titles?|name|work)\b/);
  return {
    ...(title !== undefined ? { title } : {}),
    ...optional("year", find(/^(year|date|time|published|release(d| date)?)$/)),
    ...optional("venue", find(/\b(venue|conference|conf\.?|journal|publication|published in)\b/)),
    ...optional("tag", find(/\b(keywords?|model|abbr\.?|short name|nickname|method)\b/, title)),
  };
}

const optional = <K extends string>(key: K, value: number | undefined) => (value !== undefined ? { [key]: value } : {}) as Partial<Record<K, number>>;

export function readTableRow(cells: readonly (readonly Span[])[], columns: TableColumns): Entry | undefined {
  const hints: EntryHints = { prose: false };
  const used = new Set<number>();
  if (columns.year !== undefined) {
    used.add(columns.year);
    const text = spansText(cells[columns.year] ?? []);
    const year = readVenueAndYear(text).year ?? Number(/\b((?:19|20)\d{2})\b/.exec(text)?.[1] ?? Number.NaN);
    if (Number.isInteger(year)) hints.year = year;
  }
  if (columns.venue !== undefined) {
    used.add(columns.venue);
    const text = spansText(cells[columns.venue] ?? []).replace(/[*_]/g, "");
    // "ICLR" in a venue column and 2021 in a year column make "ICLR 2021".
    if (text.length > 1 && text.length <= 60 && /\p{L}/u.test(text)) hints.venue = /\b(?:19|20)\d{2}\b/.test(text) || !hints.year ? text : `${text} ${hints.year}`;
  }
  if (columns.tag !== undefined) {
    used.add(columns.tag);
    const text = spansText(cells[columns.tag] ?? []);
    if (isTagLike(text)) hints.tag = text;
  }
  const order = columns.title !== undefined ? [columns.title, ...cells.keys()] : [...cells.keys()];
  const spans: Span[] = [];
  const seen = new Set<number>();
  for (const index of order) {
    if (seen.has(index) || used.has(index)) continue;
    seen.add(index);
    const cell = cells[index] ?? [];
    spans.push(...cell, { kind: "break", line: cell[0]?.line ?? 0 });
  }
  const entry = readEntry(spans, hints);
  if (entry || columns.title === undefined || (hints.year === undefined && hints.venue === undefined)) return entry;
  // A row without a link that states a venue or year for its title is still a published paper.
  const title = cleanTitle(spansText(cells[columns.title] ?? []));
  if (isGenericTitle(title)) return undefined;
  const line = cells[columns.title]?.[0]?.line ?? 0;
  return { kind: "paper", line, paper: { title, weakTitle: false, ...(hints.year ? { year: hints.year } : {}), ...(hints.venue ? { venue: hints.venue } : {}), ...(hints.tag ? { tag: hints.tag } : {}) } };
}
