/**
 * CSL-JSON (what Zotero, Mendeley and Paperpile export as "CSL JSON"): an array of items, each
 * with a `type` and a `title`. Told apart from the project's own roadmap JSON by content, not
 * by name: a roadmap is an object with a `roadmap` key, a CSL file an array of such items.
 */
import type { InputProblem } from "../../input-error";
import { cslItemSchema } from "./citation-js";
import type { ReadEntries } from "./read-bibtex";
import { mapCitationItem } from "./map-citation-item";

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** A CSL item has a string `type` or `title`; the project's roadmap JSON never is an array. */
export function looksLikeCslJson(data: unknown): boolean {
  const items = Array.isArray(data) ? data : [data];
  return items.some((item) => isObject(item) && !("roadmap" in item) && (typeof item.type === "string" || typeof item.title === "string"));
}

export function readCslJsonEntries(data: unknown, lineOf: (index: number) => number | undefined): ReadEntries {
  const items = Array.isArray(data) ? data : [data];
  const entries: ReadEntries["entries"] = [];
  const problems: InputProblem[] = [];
  items.forEach((raw, index) => {
    const line = lineOf(index);
    const at = (message: string): InputProblem => ({ ...(line !== undefined ? { line } : {}), message: `item ${index + 1}: ${message}` });
    const item = isObject(raw) ? cslItemSchema.safeParse(raw) : undefined;
    if (!item?.success) {
      const field = item?.error.issues[0]?.path.join(".");
      problems.push(at(isObject(raw) ? `field "${field ?? "?"}" has the wrong type for CSL-JSON; item skipped` : "is not a CSL-JSON object; item skipped"));
      return;
    }
    const mapped = mapCitationItem(item.data);
    problems.push(...mapped.problems.map((message) => at(message.replace(/^entry/, "item").replace(/entry skipped$/, "item skipped"))));
    if (mapped.entry && line !== undefined) entries.push({ line, entry: mapped.entry });
    else if (mapped.entry) entries.push({ line: 1, entry: mapped.entry });
  });
  return { entries, problems, found: items.length };
}
