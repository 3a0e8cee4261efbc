/**
 * What the console offers to complete. The editor package's own completion knows the grammar but
 * not the graph: after `p.` it lists every property key of every label, then all 140 keywords of
 * the language, writes, administration and long-deprecated ones included. The console only runs
 * read queries, so this keeps the keywords a read query can use, and after `v.` offers the
 * properties of v's labels first (read from the query text), then the other keys.
 */

/** One completion as the editor package gives it (`view` is shown, `content` is inserted). */
export type CompletionItem = { type: string; view: string; content: string; postfix?: string | null };

/** Keywords of read queries; everything else the grammar knows writes, administers or is deprecated. */
const READ_KEYWORDS = new Set([
  "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER", "BY", "SKIP", "LIMIT",
  "ASC", "ASCENDING", "DESC", "DESCENDING", "DISTINCT", "AS", "AND", "OR", "XOR", "NOT", "IN",
  "IS", "NULL", "TRUE", "FALSE", "STARTS", "ENDS", "CONTAINS", "CASE", "WHEN", "THEN", "ELSE",
  "END", "UNION", "ALL", "ANY", "NONE", "SINGLE", "EXISTS", "COUNT", "REDUCE", "SHORTESTPATH",
  "ALLSHORTESTPATHS", "CALL", "YIELD", "EXPLAIN", "PROFILE",
]);

/** `v.` or `v.pre` right before the cursor: a property of variable v. */
const PROPERTY_ACCESS = /([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z0-9_]*)$/;

/** The labels the query gives variable v: `(v:Paper)`, `(v:Paper:Survey {…})`. */
export function labelsOf(variable: string, query: string): string[] {
  const labels = new Set<string>();
  const pattern = new RegExp(`\\(\\s*${variable}\\s*((?::\\s*[A-Za-z_][A-Za-z0-9_]*\\s*)+)`, "g");
  for (const match of query.matchAll(pattern)) {
    for (const label of (match[1] ?? "").split(":")) {
      const name = label.trim();
      if (name !== "") labels.add(name);
    }
  }
  return [...labels];
}

/**
 * `before`: the query text up to the cursor; `query`: all of it (a label may be given after the
 * cursor, e.g. when editing a RETURN above a MATCH); `labelProperties`: each label's keys.
 */
export function refineCompletions(items: readonly CompletionItem[], before: string, query: string, labelProperties: Readonly<Record<string, readonly string[]>>): CompletionItem[] {
  const access = PROPERTY_ACCESS.exec(before);
  // A number such as `2.5` is not a property access: the pattern needs a name before the dot.
  if (access) {
    const [, variable = "", prefix = ""] = access;
    const own = labelsOf(variable, query).flatMap((label) => labelProperties[label] ?? []);
    const all = Object.values(labelProperties).flat();
    const keys = [...new Set([...own.slice().sort(), ...all.slice().sort()])];
    const lower = prefix.toLowerCase();
    return keys.filter((key) => key.toLowerCase().startsWith(lower)).map((key) => ({ type: "property", view: key, content: key, postfix: null }));
  }
  return items.filter((item) => item.type !== "keyword" || READ_KEYWORDS.has(item.view.toUpperCase()));
}
