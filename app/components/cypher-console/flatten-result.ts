/**
 * A console result as a flat table for CSV: a column holding nodes becomes `p.id`, `p.labels`
 * and one `p.<property>` column per property any of its nodes has; a column of relationships
 * becomes `r.type`, `r.start`, `r.end` and its properties. Spreadsheets then sort and filter
 * on real fields instead of showing a JSON blob per cell. Other values stay as they are.
 */
type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);
const isNode = (value: unknown): value is Obj => isObj(value) && Array.isArray(value.labels) && isObj(value.properties);
const isRelationship = (value: unknown): value is Obj => isObj(value) && typeof value.type === "string" && "start" in value && "end" in value && isObj(value.properties);

type Part = { header: string; read: (value: unknown) => unknown };

function propertyKeys(values: readonly unknown[]): string[] {
  const keys = new Set<string>();
  for (const value of values) if (isObj(value) && isObj(value.properties)) for (const key of Object.keys(value.properties)) keys.add(key);
  return [...keys].sort();
}

const field = (key: string) => (value: unknown) => (isObj(value) ? value[key] : undefined);
const property = (key: string) => (value: unknown) => (isObj(value) && isObj(value.properties) ? value.properties[key] : undefined);

function partsOf(column: string, values: readonly unknown[]): Part[] {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return [{ header: column, read: (v) => v }];
  const props = () => propertyKeys(present).map((key) => ({ header: `${column}.${key}`, read: property(key) }));
  if (present.every(isNode)) {
    const labels = (value: unknown) => (isNode(value) ? (value.labels as unknown[]).join(";") : undefined);
    return [{ header: `${column}.id`, read: field("id") }, { header: `${column}.labels`, read: labels }, ...props()];
  }
  if (present.every(isRelationship)) {
    return [{ header: `${column}.type`, read: field("type") }, { header: `${column}.start`, read: field("start") }, { header: `${column}.end`, read: field("end") }, ...props()];
  }
  return [{ header: column, read: (v) => v }];
}

export function flattenResult(columns: readonly string[], rows: readonly (readonly unknown[])[]): { header: string[]; rows: unknown[][] } {
  const parts = columns.map((column, i) => partsOf(column, rows.map((row) => row[i])));
  return {
    header: parts.flat().map((p) => p.header),
    rows: rows.map((row) => parts.flatMap((list, i) => list.map((p) => p.read(row[i])))),
  };
}
