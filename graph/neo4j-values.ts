/**
 * Neo4j values become plain JSON here, in one place: Integers to numbers (or strings when
 * they do not fit), temporal and spatial values to ISO strings.
 */
import neo4j, { isInt, isDate, isDateTime, isLocalDateTime, isLocalTime, isTime, isDuration, isPoint } from "neo4j-driver";

export function toNumber(value: unknown): number {
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : Number.NaN;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return value;
  return Number.NaN;
}

/**
 * Recursively converts driver values (Integer, temporal, spatial) into JSON-safe values.
 * Hot path (every row the API reads): strings, numbers and plain maps, by far the most common,
 * are recognised by cheap checks before any of the driver's type tests runs.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) return plainFields(value);
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) {
    return { srid: toNumber(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  }
  // Anything else the driver hands over (a Node, a Relationship, a Path): its own fields.
  return plainFields(value);
}

/** An object's own enumerable fields, each converted. */
function plainFields(value: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toPlain((value as Record<string, unknown>)[key]);
  return out;
}
