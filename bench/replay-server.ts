/**
 * A local stand-in for Semantic Scholar (/s2/...) and OpenAlex (/openalex/...) on 127.0.0.1,
 * answering from our fixtures (tests/fixtures/enrich/) in the providers' real shapes: batch
 * answers with null for unknown ids, paginated /references (offset/next), title matches with a
 * 404 when there is none, OpenAlex lists filtered by DOI or id. Faults can be queued: a 429
 * with Retry-After, a 500, a request left hanging, a malformed body.
 *
 * It sits in bench/ because both the tests and the enrichment benchmark replay through it.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";

export const ENRICH_FIXTURES = resolve(import.meta.dirname, "..", "tests", "fixtures", "enrich");

type Json = Record<string, unknown>;
export type Fault = { path: RegExp; kind: "429" | "500" | "hang" | "malformed"; times: number; retryAfterSeconds?: number };
export type ReplayOptions = { fixturesDir?: string; pageSize?: number; faults?: Fault[] };
export type ReplayServer = {
  s2Url: string;
  openAlexUrl: string;
  /** "METHOD path?query" of every request received, in order */
  requests: string[];
  addFault(fault: Fault): void;
  clearFaults(): void;
  close(): Promise<void>;
};

const normal = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function loadFixtures(dir: string) {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), "utf8")) as Json;
  const s2 = read("semantic-scholar-papers.json") as { papers: Json[]; unknown: string[] };
  const references = read("semantic-scholar-references.json") as Record<string, Json[]>;
  const { works } = read("openalex-works.json") as { works: Json[] };
  const byId = new Map<string, Json>();
  for (const paper of s2.papers) {
    const ids = paper.externalIds as Record<string, unknown>;
    byId.set(String(paper.paperId), paper);
    if (typeof ids.ArXiv === "string") byId.set(`ARXIV:${ids.ArXiv}`, paper);
    if (typeof ids.DOI === "string") byId.set(`DOI:${ids.DOI.toLowerCase()}`, paper);
  }
  return { s2, byId, references, works };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Batch lookup keys are case-insensitive for DOIs, as in the real API. */
const lookupKey = (id: string) => (id.toUpperCase().startsWith("DOI:") ? `DOI:${id.slice(4).toLowerCase()}` : id.startsWith("ARXIV:") || id.startsWith("arXiv:") ? `ARXIV:${id.slice(6)}` : id);

export async function startReplayServer(options: ReplayOptions = {}): Promise<ReplayServer> {
  const data = loadFixtures(options.fixturesDir ?? ENRICH_FIXTURES);
  const pageSize = options.pageSize ?? 1000;
  const faults = [...(options.faults ?? [])];
  const requests: string[] = [];

  function s2(req: IncomingMessage, res: ServerResponse, url: URL, body: string): void {
    const path = url.pathname.slice("/s2".length);
    if (req.method === "POST" && path === "/paper/batch") {
      const ids = (JSON.parse(body) as { ids?: unknown }).ids;
      if (!Array.isArray(ids) || ids.length > 500) return send(res, 400, { error: "ids must be an array of at most 500 ids" });
      return send(res, 200, ids.map((id) => data.byId.get(lookupKey(String(id))) ?? null));
    }
    if (path === "/paper/search/match") {
      const query = normal(url.searchParams.get("query") ?? "");
      const match = data.s2.papers.find((p) => normal(String(p.title)) === query);
      return match ? send(res, 200, { data: [{ ...match, matchScore: 180.5 }] }) : send(res, 404, { error: "Title match not found" });
    }
    const refs = /^\/paper\/([^/]+)\/references$/.exec(path);
    if (refs?.[1]) {
      const paper = data.byId.get(lookupKey(decodeURIComponent(refs[1])));
      if (!paper) return send(res, 404, { error: `Paper with id ${refs[1]} not found` });
      const all = data.references[String(paper.paperId)] ?? [];
      const offset = Number(url.searchParams.get("offset") ?? 0);
      const limit = Math.min(Number(url.searchParams.get("limit") ?? 100), pageSize);
      const page = all.slice(offset, offset + limit);
      return send(res, 200, { offset, ...(offset + limit < all.length ? { next: offset + limit } : {}), data: page });
    }
    const single = /^\/paper\/([^/]+)$/.exec(path);
    if (single?.[1]) {
      const paper = data.byId.get(lookupKey(decodeURIComponent(single[1])));
      return paper ? send(res, 200, paper) : send(res, 404, { error: `Paper with id ${single[1]} not found` });
    }
    send(res, 404, { error: "no such endpoint" });
  }

  function openAlex(res: ServerResponse, url: URL): void {
    if (url.pathname !== "/openalex/works") return send(res, 404, { error: "no such endpoint" });
    const filter = /^(doi|openalex):(.*)$/.exec(url.searchParams.get("filter") ?? "");
    if (!filter?.[2]) return send(res, 400, { error: "Invalid query parameters error.", message: "filter must be doi: or openalex:" });
    const values = new Set(filter[2].split("|").map((v) => v.toLowerCase().replace(/^https:\/\/(doi|openalex)\.org\//, "")));
    if (values.size > 100) return send(res, 400, { error: "Maximum number of values exceeded for filter" });
    const key = (w: Json) => (filter[1] === "doi" ? String(w.doi) : String(w.id)).toLowerCase().replace(/^https:\/\/(doi|openalex)\.org\//, "");
    const results = data.works.filter((w) => values.has(key(w)));
    send(res, 200, { meta: { count: results.length, db_response_time_ms: 12, page: 1, per_page: Number(url.searchParams.get("per-page") ?? 25) }, results });
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const body = await readBody(req);
      requests.push(`${req.method ?? "GET"} ${url.pathname}${url.search}`);
      const fault = faults.find((f) => f.times > 0 && f.path.test(url.pathname));
      if (fault) {
        fault.times--;
        if (fault.kind === "hang") return; // never answered: the client's timeout must end it
        if (fault.kind === "429") return send(res, 429, { message: "Too Many Requests" }, { "retry-after": String(fault.retryAfterSeconds ?? 1) });
        if (fault.kind === "500") return send(res, 500, { message: "Internal Server Error" });
        return send(res, 200, '[{"paperId": "4f2b", "title": "cut off');
      }
      if (url.pathname.startsWith("/s2/")) return s2(req, res, url, body);
      if (url.pathname.startsWith("/openalex/")) return openAlex(res, url);
      send(res, 404, { error: "no such endpoint" });
    })().catch((error: unknown) => send(res, 500, { error: String(error) }));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    s2Url: `http://127.0.0.1:${port}/s2`,
    openAlexUrl: `http://127.0.0.1:${port}/openalex`,
    requests,
    addFault: (fault) => faults.push(fault),
    clearFaults: () => faults.splice(0),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
