/** The console's history of run queries: newest first, no duplicates, at most 50, in localStorage. */
export const HISTORY_KEY = "roadmap-explorer:cypher-history";
export const HISTORY_CAP = 50;

type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Puts `query` first, drops an earlier copy of it (whitespace at the ends ignored) and caps the list. */
export function addToHistory(history: readonly string[], query: string, cap = HISTORY_CAP): string[] {
  const entry = query.trim();
  if (entry === "") return history.slice(0, cap);
  return [entry, ...history.filter((item) => item.trim() !== entry)].slice(0, Math.max(0, cap));
}

/** Reads a stored history defensively: anything that is not a list of non-empty strings is ignored. */
export function parseHistory(raw: string | null, cap = HISTORY_CAP): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  let history: string[] = [];
  // Rebuild from the oldest so the dedup and cap rules hold even for hand-edited storage.
  for (const item of [...(value as unknown[])].reverse()) {
    if (typeof item === "string") history = addToHistory(history, item, cap);
  }
  return history;
}

export function loadHistory(storage: KeyValueStore | undefined): string[] {
  try {
    return parseHistory(storage?.getItem(HISTORY_KEY) ?? null);
  } catch {
    return []; // storage disabled (private mode, blocked cookies)
  }
}

export function saveHistory(storage: KeyValueStore | undefined, history: readonly string[]): void {
  try {
    if (history.length === 0) storage?.removeItem(HISTORY_KEY);
    else storage?.setItem(HISTORY_KEY, JSON.stringify(history.slice(0, HISTORY_CAP)));
  } catch {
    // Quota exceeded or storage disabled: the history simply is not kept.
  }
}

/** A one-line label for a history entry (the full query goes into the title). */
export function summarizeQuery(query: string, max = 80): string {
  const oneLine = query.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
