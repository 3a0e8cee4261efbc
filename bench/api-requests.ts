/**
 * The requests of the API benchmark, drawn (deterministically) from the same synthetic roadmap
 * the ingest benchmark loaded: several variants per endpoint, so that a run does not measure
 * one cached answer. Each variant is both an HTTP request (for autocannon) and the input of
 * the graph/ function behind the route (for the bare-driver baseline).
 */
import { createRandom } from "./prng";
import { syntheticRoadmap } from "./build-synthetic-roadmap";

export const ENDPOINTS = ["search", "details", "neighbourhood", "readingPath", "shortestPath"] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export type Variant =
  | { endpoint: "search"; input: { q: string; limit: number } }
  | { endpoint: "details"; input: { id: string } }
  | { endpoint: "neighbourhood"; input: { ids: string[]; depth: number } }
  | { endpoint: "readingPath"; input: { target: string } }
  | { endpoint: "shortestPath"; input: { from: string; to: string } };

export type HttpRequest = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };

export function toHttp(variant: Variant): HttpRequest {
  const json = (path: string, body: unknown): HttpRequest => ({ method: "POST", path, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  switch (variant.endpoint) {
    case "search":
      return { method: "GET", path: `/api/search?${new URLSearchParams({ q: variant.input.q, limit: String(variant.input.limit) }).toString()}` };
    case "details":
      return { method: "GET", path: `/api/node?${new URLSearchParams({ id: variant.input.id }).toString()}` };
    case "neighbourhood":
      return json("/api/neighbourhood", variant.input);
    case "readingPath":
      return json("/api/reading-path", variant.input);
    case "shortestPath":
      return { method: "GET", path: `/api/path?${new URLSearchParams(variant.input).toString()}` };
  }
}

/** `count` variants per endpoint for the synthetic roadmap of `papers` papers. */
export function buildVariants(papers: number, seed: number, count: number): Record<Endpoint, Variant[]> {
  const rows: { id: string; title: string; tag?: string }[] = [];
  for (const record of syntheticRoadmap({ papers, seed })) {
    if (record.kind === "paper") rows.push({ id: record.id, title: record.title, ...(record.tag ? { tag: record.tag } : {}) });
  }
  const random = createRandom(seed + 7);
  const any = () => rows[random.int(rows.length)] ?? { id: "", title: "" };
  // Reading paths of recent papers: they have the most prerequisites.
  const recent = () => rows[rows.length - 1 - random.int(Math.max(1, Math.floor(rows.length * 0.3)))] ?? { id: "", title: "" };
  const words = (title: string, n: number) => title.split(" ").filter((w) => w.length > 3).slice(0, n).join(" ");
  const list = <T>(make: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));
  return {
    search: list((i): Variant => {
      const paper = any();
      const q = i % 4 === 0 ? (paper.tag ?? paper.id) : i % 4 === 1 ? words(paper.title, 1) : words(paper.title, 2);
      return { endpoint: "search", input: { q: q || paper.id, limit: 20 } };
    }),
    details: list((): Variant => ({ endpoint: "details", input: { id: any().id } })),
    neighbourhood: list((): Variant => ({ endpoint: "neighbourhood", input: { ids: [any().id], depth: 2 } })),
    readingPath: list((): Variant => ({ endpoint: "readingPath", input: { target: recent().id } })),
    shortestPath: list((): Variant => ({ endpoint: "shortestPath", input: { from: any().id, to: any().id } })),
  };
}
