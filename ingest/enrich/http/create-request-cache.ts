/**
 * The on-disk cache of provider responses, keyed by request (method, URL, body; never the key
 * or the contact address). One file per response, written to a temporary name and renamed, so
 * an interrupted run (Ctrl+C) leaves only whole entries behind: the next run resumes from them.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

export type CachedResponse = { status: number; body: string };
export type RequestCache = {
  get(key: string): Promise<CachedResponse | undefined>;
  put(key: string, response: CachedResponse): Promise<void>;
};

/** The cache key of a request: a hash of what determines its answer. */
export function toCacheKey(method: string, url: string, body: string | undefined): string {
  return createHash("sha256").update(`${method} ${url}\n${body ?? ""}`).digest("hex");
}

export function createRequestCache(dir: string): RequestCache {
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      let text: string;
      try {
        text = await readFile(pathOf(key), "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
      try {
        const entry = JSON.parse(text) as Partial<CachedResponse>;
        if (typeof entry.status === "number" && typeof entry.body === "string") return { status: entry.status, body: entry.body };
      } catch {
        // A damaged entry (disk trouble, hand edits) is a miss: the request is simply made again.
      }
      return undefined;
    },
    async put(key, response) {
      const path = pathOf(key);
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(response));
      await rename(temporary, path);
    },
  };
}
