/**
 * Bytes per answer: each endpoint's variants fetched once, the JSON body's size as the server
 * writes it and gzipped (what a browser that accepts gzip receives). Sizes depend on the data,
 * not on the machine, so one fetch per variant is the measurement. Overview and frontier are
 * measured too (they have no latency target). An answer that is not a 200 (the whole overview
 * of 100k papers can outlast the query timeout on a loaded machine) is counted, not measured.
 */
import { gzipSync } from "node:zlib";
import { toHttp, type Endpoint, type HttpRequest, type Variant } from "./api-requests";
import { formatTable, median } from "./bench-stats";

export type SizeFigures = { answers: number; failed: number; medianBytes: number; maxBytes: number; medianGzipBytes: number };
export type SizeTable = Record<string, SizeFigures>;

/** Requests measured for size only: the whole graph's overview and frontier. */
const SIZE_ONLY: Record<string, HttpRequest[]> = {
  overview: [{ method: "GET", path: "/api/overview" }],
  frontier: [{ method: "POST", path: "/api/frontier", headers: { "content-type": "application/json" }, body: JSON.stringify({ read: [] }) }],
};

async function bodyBytes(url: string, request: HttpRequest): Promise<{ bytes: number; gzip: number } | null> {
  const response = await fetch(new URL(request.path, url), {
    method: request.method,
    ...(request.headers ? { headers: request.headers } : {}),
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) {
    console.error(`sizes: ${request.method} ${request.path}: ${response.status} ${body.toString("utf8").slice(0, 300)}`);
    return null;
  }
  return { bytes: body.length, gzip: gzipSync(body).length };
}

export async function measureSizes(url: string, variants: Record<Endpoint, Variant[]>): Promise<SizeTable> {
  const requests: Record<string, HttpRequest[]> = { ...Object.fromEntries(Object.entries(variants).map(([endpoint, list]) => [endpoint, list.map(toHttp)])), ...SIZE_ONLY };
  const out: SizeTable = {};
  for (const [endpoint, list] of Object.entries(requests)) {
    const sizes: { bytes: number; gzip: number }[] = [];
    for (const request of list) {
      const size = await bodyBytes(url, request);
      if (size) sizes.push(size);
    }
    out[endpoint] = {
      answers: sizes.length,
      failed: list.length - sizes.length,
      medianBytes: median(sizes.map((s) => s.bytes)),
      maxBytes: sizes.length > 0 ? Math.max(...sizes.map((s) => s.bytes)) : Number.NaN,
      medianGzipBytes: median(sizes.map((s) => s.gzip)),
    };
  }
  return out;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function sizesTable(sizes: SizeTable): string {
  return formatTable(
    ["endpoint", "answers", "failed", "median kB", "max kB", "median gzip kB"],
    Object.entries(sizes).map(([endpoint, s]) => [endpoint, String(s.answers), String(s.failed), kb(s.medianBytes), kb(s.maxBytes), kb(s.medianGzipBytes)]),
  );
}
