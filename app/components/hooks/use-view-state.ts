"use client";
/**
 * The URL is the view's state: this hook reads it through useSyncExternalStore (so back and
 * forward re-render) and writes with pushState for steps people want to go back to, or
 * replaceState for keystrokes.
 */
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseViewState, serializeViewState, updateViewState, type ViewState } from "@/app/lib/url-state";

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const getSnapshot = () => window.location.search;
const getServerSnapshot = () => "";

const subscribeNever = () => () => undefined;

/**
 * False during hydration, when the view state is the server's (no address: the defaults), true
 * once it is read from the address. Queries keyed by the view wait for it: otherwise a page
 * opened on one list would also ask for the all-lists overview, positions and sections that the
 * hydration render names and the next render drops.
 */
export function useViewStateReady(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}

export type UpdateView = (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;

export function useViewState(): [ViewState, UpdateView] {
  const search = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const state = useMemo(() => parseViewState(search), [search]);
  const update = useCallback<UpdateView>((patch, options) => {
    const next = serializeViewState(updateViewState(parseViewState(window.location.search), patch));
    const current = window.location.search.replace(/^\?/, "");
    if (next === current) return;
    const url = `${window.location.pathname}${next ? `?${next}` : ""}`;
    if (options?.replace) window.history.replaceState(window.history.state, "", url);
    else window.history.pushState(window.history.state, "", url);
    listeners.forEach((listener) => listener());
  }, []);
  return [state, update];
}
