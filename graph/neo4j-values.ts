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

/** Recursively converts driver values (Integer, temporal, spatial) into JSON-safe values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) {
    return { srid: toNumber(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
    return out;
  }
  return value;
}
