/** React Query options, one factory per API resource; keys live here and nowhere else. */
import { queryOptions } from "@tanstack/react-query";
import { takeEarlyResponse } from "./lib/early-requests";
import type { Health } from "@/contract/health";
import { isErrorKind, type ErrorKind } from "@/contract/error-kinds";
import type {
  FrontierResponse,
  NeighbourhoodRequest,
  NodeDetails,
  NodesResponse,
  LoadRoadmapResponse,
  OverviewAnswer,
  PathResponse,
  ReadingPathResponse,
  RemoveRoadmapResponse,
  RoadmapProgressResponse,
  RoadmapsResponse,
  SearchResponse,
  SectionsResponse,
  Stats,
  Subgraph,
} from "./lib/api-types";

/**
 * A failed API call. `kind` is read from the API's error body; "network" when no answer came,
 * "unexpected" when the answer was not the API's (a proxy's error page, say).
 */
export type RequestErrorKind = ErrorKind | "network" | "unexpected";

export class RequestError extends Error {
  override readonly name = "RequestError";
  constructor(
    readonly kind: RequestErrorKind,
    readonly status: number,
    message: string,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await (takeEarlyResponse(url, init) ?? fetch(url, init));
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new RequestError("network", 0, "The app server cannot be reached.");
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { kind?: unknown; message?: unknown } } | undefined)?.error;
    const message = typeof error?.message === "string" ? error.message : `Request failed with ${response.status}`;
    throw new RequestError(isErrorKind(error?.kind) ? error.kind : "unexpected", response.status, message, body);
  }
  return body as T;
}

export function post<T>(url: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return fetchJson<T>(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal });
}

/** Only outages and server faults may get better by asking again; the caller's mistakes will not. */
const RETRIED = new Set<RequestErrorKind>(["network", "unavailable", "internal", "unexpected"]);
function retryUnlessClientError(count: number, error: Error): boolean {
  return count < 2 && (!(error instanceof RequestError) || RETRIED.has(error.kind));
}

export const healthQuery = () =>
  queryOptions({
    queryKey: ["health"],
    queryFn: () => fetchJson<Health>("/api/health"),
    refetchInterval: (query) => (query.state.status === "error" ? 3_000 : 15_000),
    retry: false,
  });

export const sectionsQuery = (roadmap?: string) =>
  queryOptions({
    queryKey: ["sections", roadmap ?? null],
    queryFn: ({ signal }) => fetchJson<SectionsResponse>(`/api/sections${roadmap ? `?roadmap=${encodeURIComponent(roadmap)}` : ""}`, { signal }),
    staleTime: 5 * 60_000,
    retry: retryUnlessClientError,
  });

/** The overview with the stored picture of the list's overview (`positions`): one request draws the map. */
export function overviewUrl(roadmap?: string, sameTopic = false, resources = false): string {
  const params = new URLSearchParams({ sameTopic: String(sameTopic), resources: String(resources) });
  if (roadmap) params.set("roadmap", roadmap);
  return `/api/overview?${params.toString()}`;
}

export const overviewQuery = (roadmap?: string, sameTopic = false, resources = false) =>
  queryOptions({
    queryKey: ["overview", roadmap ?? null, sameTopic, resources],
    queryFn: ({ signal }) => fetchJson<OverviewAnswer>(overviewUrl(roadmap, sameTopic, resources), { signal }),
    staleTime: 5 * 60_000,
    retry: retryUnlessClientError,
  });

/** The items of one section of a clustered overview (opening the cluster). */
export const sectionItemsQuery = (section: string, roadmap?: string, sameTopic = false, resources = false) =>
  queryOptions({
    queryKey: ["overview-section", section, roadmap ?? null, sameTopic, resources],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ section, sameTopic: String(sameTopic), resources: String(resources) });
      if (roadmap) params.set("roadmap", roadmap);
      return fetchJson<Subgraph>(`/api/overview/section?${params.toString()}`, { signal });
    },
    staleTime: 5 * 60_000,
    retry: retryUnlessClientError,
  });

export type SearchParams = { q: string; kind?: string; section?: string; roadmap?: string; yearFrom?: number | null; yearTo?: number | null; limit?: number };

export const searchQuery = (p: SearchParams) =>
  queryOptions({
    queryKey: ["search", p.q, p.kind ?? null, p.section ?? null, p.roadmap ?? null, p.yearFrom ?? null, p.yearTo ?? null, p.limit ?? 8],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ q: p.q, limit: String(p.limit ?? 8) });
      if (p.kind) params.set("kind", p.kind);
      if (p.section) params.set("section", p.section);
      if (p.roadmap) params.set("roadmap", p.roadmap);
      if (p.yearFrom) params.set("yearFrom", String(p.yearFrom));
      if (p.yearTo) params.set("yearTo", String(p.yearTo));
      return fetchJson<SearchResponse>(`/api/search?${params.toString()}`, { signal });
    },
    enabled: p.q.trim().length >= 2,
    staleTime: 60_000,
    // While the next keystroke's answer is on its way, keep showing (and let Enter pick) the
    // suggestions the user can see, instead of an empty list.
    placeholderData: (previous) => previous,
    retry: retryUnlessClientError,
  });

export const nodeQuery = (id: string | null) =>
  queryOptions({
    queryKey: ["node", id],
    queryFn: ({ signal }) => fetchJson<NodeDetails>(`/api/node?id=${encodeURIComponent(id ?? "")}`, { signal }),
    enabled: id !== null,
    staleTime: 5 * 60_000,
    retry: retryUnlessClientError,
  });

/**
 * Several nodes with every stored property, in one request (exports need links and venues that
 * lists do not carry). Keyed by the sorted ids, so the same set asked again is answered from cache.
 */
export const nodesQuery = (ids: readonly string[]) => {
  const sorted = [...new Set(ids)].sort();
  return queryOptions({
    queryKey: ["nodes", sorted],
    queryFn: ({ signal }) => post<NodesResponse>("/api/nodes", { ids: sorted }, signal),
    staleTime: 5 * 60_000,
    retry: retryUnlessClientError,
  });
};

export const neighbourhoodQuery = (request: NeighbourhoodRequest) =>
  queryOptions({
    queryKey: ["neighbourhood", request.ids, request.depth, request.types ?? null, request.labels ?? null, request.limit ?? 100, request.exclude ?? null],
    queryFn: ({ signal }) => post<Subgraph>("/api/neighbourhood", request, signal),
    staleTime: 5 * 60_000,
    retry: retryUnlessClientError,
  });

export const readingPathQuery = (target: string | null, read: readonly string[], hideRead: boolean, curatedOnly = false) =>
  queryOptions({
    queryKey: ["reading-path", target, read, hideRead, curatedOnly],
    queryFn: ({ signal }) => post<ReadingPathResponse>("/api/reading-path", { target, read, hideRead, edges: curatedOnly ? "curated" : "all" }, signal),
    enabled: target !== null,
    // Marking a paper read changes the key; keep showing the old path meanwhile.
    placeholderData: (previous) => (previous?.target.id === target ? previous : undefined),
    retry: retryUnlessClientError,
  });

export const frontierQuery = (read: readonly string[], roadmap?: string) =>
  queryOptions({
    queryKey: ["frontier", read, roadmap ?? null],
    queryFn: ({ signal }) => post<FrontierResponse>("/api/frontier", { read, ...(roadmap ? { roadmap } : {}) }, signal),
    placeholderData: (previous) => previous,
    retry: retryUnlessClientError,
  });

export type PathOptions = { from: string | null; to: string | null; all: boolean; buildsOnOnly: boolean; forward: boolean; curatedOnly?: boolean };

export const pathQuery = (o: PathOptions) =>
  queryOptions({
    queryKey: ["path", o.from, o.to, o.all, o.buildsOnOnly, o.forward, o.curatedOnly ?? false],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ from: o.from ?? "", to: o.to ?? "" });
      if (o.all) params.set("all", "true");
      if (o.buildsOnOnly) params.set("types", "BUILDS_ON");
      if (o.forward) params.set("forward", "true");
      if (o.curatedOnly) params.set("edges", "curated");
      return fetchJson<PathResponse>(`/api/path?${params.toString()}`, { signal });
    },
    enabled: o.from !== null && o.to !== null && o.from !== o.to,
    retry: retryUnlessClientError,
  });

export const statsQuery = (roadmap?: string) =>
  queryOptions({
    queryKey: ["stats", roadmap ?? null],
    // No abort signal: the start panel that asks for the stats unmounts as soon as a link's
    // selection is read, and cancelling would throw away a small answer it needs again later.
    queryFn: () => fetchJson<Stats>(`/api/stats${roadmap ? `?roadmap=${encodeURIComponent(roadmap)}` : ""}`),
    staleTime: 5 * 60_000,
    retry: retryUnlessClientError,
  });

export const roadmapsQuery = () =>
  queryOptions({
    queryKey: ["roadmaps"],
    queryFn: ({ signal }) => fetchJson<RoadmapsResponse>("/api/roadmaps", { signal }),
    staleTime: 5 * 60_000,
    retry: retryUnlessClientError,
  });

export const roadmapProgressQuery = (read: readonly string[]) =>
  queryOptions({
    queryKey: ["roadmap-progress", read],
    queryFn: ({ signal }) => post<RoadmapProgressResponse>("/api/roadmaps/progress", { read }, signal),
    enabled: read.length > 0,
    placeholderData: (previous) => previous,
    retry: retryUnlessClientError,
  });

/** Sends a file to be loaded as a list (POST /api/roadmaps); the name's extension picks the reader. */
export function loadRoadmapFile(file: File): Promise<LoadRoadmapResponse> {
  return fetchJson<LoadRoadmapResponse>(`/api/roadmaps?name=${encodeURIComponent(file.name)}`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream" },
    body: file,
  });
}

export function removeRoadmapList(id: string): Promise<RemoveRoadmapResponse> {
  return fetchJson<RemoveRoadmapResponse>(`/api/roadmaps?id=${encodeURIComponent(id)}`, { method: "DELETE" });
}
