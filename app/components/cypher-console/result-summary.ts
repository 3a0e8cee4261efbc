/** The summary line of a result: rows, time, non-zero counters, notifications' text. */
import type { CypherSummary } from "./cypher-api";

/** Counters that are positive numbers, e.g. [["nodesCreated", 1]]; read queries have none. */
export function nonZeroCounters(counters: Record<string, unknown> | undefined): [string, number][] {
  return Object.entries(counters ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === "number" && entry[1] > 0);
}

/** One line per notification, from whatever of title/description/code it carries. */
export function notificationTexts(notifications: readonly unknown[] | undefined): string[] {
  return (notifications ?? []).flatMap((item) => {
    if (typeof item === "string") return [item];
    if (typeof item !== "object" || item === null) return [];
    const { title, description, code } = item as Record<string, unknown>;
    const parts = [title, description].filter((part): part is string => typeof part === "string" && part !== "");
    if (parts.length === 0 && typeof code === "string") parts.push(code);
    return parts.length > 0 ? [[...new Set(parts)].join(": ")] : [];
  });
}

export function timing(summary: CypherSummary): { available: number; consumed: number } | undefined {
  const available = summary.resultAvailableAfter;
  if (typeof available !== "number") return undefined;
  return { available, consumed: typeof summary.resultConsumedAfter === "number" ? summary.resultConsumedAfter : 0 };
}
