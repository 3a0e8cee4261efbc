/**
 * Requests started before React hydrates, kept OUT of the query cache until a query asks for
 * them. Data put in the cache before hydration would make the first client render differ from
 * the server's HTML (React error #418: the server rendered no data); a response waiting here is
 * only read by the query's own fetch, which starts after hydration and so loses no time.
 */
const early = new Map<string, Promise<Response>>();

/** Starts GET `url` now (once). */
export function startEarlyRequest(url: string): void {
  if (!early.has(url)) early.set(url, fetch(url));
}

/** The early response of `url`, once (a body is read once); a failed one is fetched again. */
export function takeEarlyResponse(url: string, init?: RequestInit): Promise<Response> | undefined {
  const started = early.get(url);
  if (!started || (init?.method && init.method !== "GET")) return undefined;
  early.delete(url);
  return started.catch(() => fetch(url, init));
}
