/**
 * The app's one CSV writer, for the canvas' node table and the Cypher console's results
 * (RFC 4180: CRLF line ends, quotes doubled inside quoted fields). Text that a spreadsheet would
 * run as a formula is defused, whoever wrote it into the graph.
 */

/** A text cell starting with one of these runs as a formula in Excel, LibreOffice and Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a would-be formula with an apostrophe, which spreadsheets read as "this is text". */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a field when it holds a comma, a quote, CR or LF (or starts/ends with spaces, which some readers trim). */
export function quoteCsvField(field: string): string {
  if (/[",\r\n]/.test(field) || /^\s|\s$/.test(field)) return `"${field.replaceAll('"', '""')}"`;
  return field;
}

/**
 * Text of one value in the file: strings as they are, null as an empty field, numbers and
 * booleans as literals, nodes/relationships/lists/maps as JSON so nothing is lost.
 */
export function csvValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  return JSON.stringify(value) ?? "";
}

/** One field as written: strings are defused (a number such as -1 is data, not a formula), then quoted. */
export function csvField(value: unknown): string {
  const text = csvValue(value);
  return quoteCsvField(typeof value === "string" ? defuseFormula(text) : text);
}

/** A header line and one record per row, each padded or cut to the header's length. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header.map(csvField).join(",")];
  for (const row of rows) lines.push(header.map((_, i) => csvField(row[i])).join(","));
  return lines.join("\r\n") + "\r\n";
}
