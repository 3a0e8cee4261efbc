"use client";
/**
 * Small stores kept in localStorage (reading progress, theme, language), shared by every
 * component and across tabs (the storage event), rendered on the server with their defaults.
 */
import { useCallback, useSyncExternalStore } from "react";
import { STORAGE_KEY, parseStatuses, serializeStatuses, type StatusMap } from "@/app/lib/reading-progress";
import type { Language } from "@/app/lib/i18n";
import type { Theme } from "@/app/lib/graph-style";

type Store<T> = { subscribe: (l: () => void) => () => void; get: () => T; getServer: () => T; set: (value: T) => void };

function createLocalStore<T>(key: string, parse: (raw: string | null) => T, serialize: (value: T) => string): Store<T> {
  const listeners = new Set<() => void>();
  const serverValue = parse(null);
  let cache: { raw: string | null; value: T } = { raw: null, value: serverValue };
  const read = (): string | null => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null; // storage disabled: behave like a first visit
    }
  };
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      const onStorage = (event: StorageEvent) => {
        if (event.key === key) listener();
      };
      window.addEventListener("storage", onStorage);
      return () => {
        listeners.delete(listener);
        window.removeEventListener("storage", onStorage);
      };
    },
    get: () => {
      const raw = read();
      if (raw !== cache.raw) cache = { raw, value: parse(raw) };
      return cache.value;
    },
    getServer: () => serverValue,
    set: (value) => {
      try {
        window.localStorage.setItem(key, serialize(value));
      } catch {
        // Quota or privacy mode: the change still applies for this page's lifetime below.
      }
      cache = { raw: read(), value };
      listeners.forEach((listener) => listener());
    },
  };
}

function useStore<T>(store: Store<T>): [T, (value: T) => void] {
  const value = useSyncExternalStore(store.subscribe, store.get, store.getServer);
  const set = useCallback((next: T) => store.set(next), [store]);
  return [value, set];
}

const statusStore = createLocalStore<StatusMap>(STORAGE_KEY, parseStatuses, serializeStatuses);
export const useStatuses = () => useStore(statusStore);

export type Prefs = { theme: Theme | null; language: Language };
const DEFAULT_PREFS: Prefs = { theme: null, language: "en" };

function parsePrefs(raw: string | null): Prefs {
  try {
    const value = JSON.parse(raw ?? "{}") as Partial<Prefs>;
    return {
      theme: value.theme === "dark" || value.theme === "light" ? value.theme : null,
      language: value.language === "ru" ? "ru" : "en",
    };
  } catch {
    return DEFAULT_PREFS;
  }
}

const prefsStore = createLocalStore<Prefs>("rge.prefs.v1", parsePrefs, (p) => JSON.stringify(p));
export const usePrefs = () => useStore(prefsStore);

const darkQuery = "(prefers-color-scheme: dark)";
const systemDark = {
  subscribe: (listener: () => void) => {
    const media = window.matchMedia(darkQuery);
    media.addEventListener("change", listener);
    return () => media.removeEventListener("change", listener);
  },
  get: () => window.matchMedia(darkQuery).matches,
  getServer: () => false,
};

/** The theme in force: the stored choice, else the system's. */
export function useTheme(): Theme {
  const [prefs] = usePrefs();
  const dark = useSyncExternalStore(systemDark.subscribe, systemDark.get, systemDark.getServer);
  return prefs.theme ?? (dark ? "dark" : "light");
}
