"use client";
import { useCallback, useState } from "react";
import { addToHistory, loadHistory, saveHistory } from "./query-history";

function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined; // reading window.localStorage itself throws when storage is blocked
  }
}

/** The run history, kept in localStorage (the console renders on the client only). */
export function useQueryHistory() {
  const [history, setHistory] = useState<string[]>(() => loadHistory(storage()));

  const remember = useCallback((query: string) => {
    setHistory((current) => {
      // Start from what is stored, so another tab's entries are not overwritten.
      const store = storage();
      const stored = loadHistory(store);
      const next = addToHistory(stored.length > 0 ? stored : current, query);
      saveHistory(store, next); // idempotent, so a repeated updater call is harmless
      return next;
    });
  }, []);

  const clear = useCallback(() => {
    saveHistory(storage(), []);
    setHistory([]);
  }, []);

  return { history, remember, clear };
}
