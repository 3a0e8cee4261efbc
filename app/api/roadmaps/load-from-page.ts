/**
 * Loading and removing lists from the page. Both write to the database, so both are refused
 * unless ALLOW_PAGE_INGEST is true, and all clients together share one rate limit. A load runs
 * the CLI's own ingest (ingest/ingest-file.ts) on the uploaded bytes: the same readers, the
 * same validation and warnings, one transaction.
 */
import "server-only";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import type { LoadRoadmapQuery, LoadRoadmapResponse, RemoveRoadmapResponse } from "@/contract/schemas";
import { getConfig } from "@/graph/config";
import { GraphError } from "@/graph/errors";
import { removeRoadmap } from "@/graph/remove-roadmap";
import { ingestRoadmapFile } from "@/ingest/ingest-file";
import { RoadmapInputError } from "@/ingest/input-error";
import { TokenBuckets } from "../check-rate-limit";

let buckets: TokenBuckets | undefined;

/** Throws unless the setting allows page writes and the shared rate limit has room. */
export function checkPageIngestAllowed(): void {
  const config = getConfig();
  if (!config.ALLOW_PAGE_INGEST) {
    throw new GraphError("refused", "Loading and removing lists from the page is off on this server (set ALLOW_PAGE_INGEST=true to allow it, or use `npm run ingest`).");
  }
  buckets ??= new TokenBuckets({ limit: config.PAGE_INGEST_RATE_LIMIT, windowMs: config.PAGE_INGEST_RATE_WINDOW_MS }, 1);
  const decision = buckets.take("*", Date.now());
  if (!decision.ok) {
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    throw new GraphError("rate-limited", `Too many lists loaded or removed from the page: try again in ${seconds} s.`, { retryAfterSeconds: seconds });
  }
}

/** Only the name's last part, in safe characters: it names a file in our own temporary folder. */
const safeName = (name: string) => (name.split(/[\\/]/).at(-1) ?? "list").replace(/[^\w.-]+/g, "-").slice(-120);

/** The input problems as a 400, naming the uploaded file (not our temporary copy) and the line. */
function inputProblems(name: string, error: RoadmapInputError): z.ZodError {
  return new z.ZodError(
    error.problems.map((problem) => ({
      code: "custom" as const,
      path: problem.line !== undefined ? [name, problem.line] : [name],
      message: problem.message,
      input: undefined,
    })),
  );
}

export async function loadFromPage(query: LoadRoadmapQuery, bytes: Uint8Array): Promise<LoadRoadmapResponse> {
  if (bytes.byteLength === 0) throw new z.ZodError([{ code: "custom", path: [query.name], message: "the file is empty", input: undefined }]);
  const folder = await mkdtemp(join(tmpdir(), "page-ingest-"));
  try {
    const file = join(folder, safeName(query.name));
    await writeFile(file, bytes);
    const done = await ingestRoadmapFile(file, { roadmapId: query.roadmap, title: query.title }).catch((error: unknown) => {
      throw error instanceof RoadmapInputError ? inputProblems(query.name, error) : error;
    });
    return {
      roadmap: { id: done.roadmapId, title: done.title },
      counts: { sections: done.sizes.sections.length, papers: done.sizes.papers.length, resources: done.sizes.resources.length, buildsOn: done.sizes.buildsOn.length },
      changes: done.result?.changes ?? 0,
      warnings: done.warnings.map((w) => ({ ...(w.line !== undefined ? { line: w.line } : {}), message: w.message })),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export async function removeFromPage(id: string): Promise<RemoveRoadmapResponse> {
  const removed = await removeRoadmap(id);
  if (!removed.removed) throw new GraphError("not-found", `No list with id "${id}".`);
  return { id, nodesDeleted: removed.nodesDeleted, relationshipsDeleted: removed.relationshipsDeleted };
}
