/** CSV export of a console table (RFC 4180: CRLF line ends, quotes doubled inside quoted fields). */
import { toCell } from "@/app/components/cypher-console/result-table";

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
  const cell = toCell(value);
  switch (cell.kind) {
    case "null":
      return "";
    case "string":
    case "number":
    case "boolean":
      return cell.text;
    default:
      return JSON.stringify(value);
  }
}

export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [columns.map(quoteCsvField).join(",")];
  for (const row of rows) lines.push(columns.map((_, i) => quoteCsvField(csvValue(row[i]))).join(","));
  return lines.join("\r\n") + "\r\n";
}
