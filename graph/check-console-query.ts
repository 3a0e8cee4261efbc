/**
 * The console's first wall: a static check of a Cypher query before it reaches Neo4j. Pure.
 *
 * Read transactions already stop writes, but not LOAD CSV (a read that fetches files and URLs),
 * read-mode procedures, or admin commands, so those are refused here, with a message that says
 * what is not allowed. The check runs on the canonical text (see canonicalQuery), which is
 * also what is sent, so what was checked is what runs. Neo4j's own settings are the second wall.
 */
import { positionOf, tokenizeCypher, type Token } from "./tokenize-cypher";

/** Read-only db.* procedures: schema introspection, full-text search, database info. */
export const ALLOWED_PROCEDURES = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "db.info",
  "db.ping",
] as const;

/**
 * The most numbers one range() may produce. Neo4j checks the transaction timeout between rows,
 * not inside an expression: `reduce(s = '', x IN range(1, 100000000) | s + 'x')` ignores the
 * timeout and the memory limit and runs for hours. range() is the one way to make a long list
 * out of nothing, so its bounds must be known (literals or parameters) and its length small,
 * except right after UNWIND, where the numbers become rows.
 */
export const RANGE_CAP = 10_000;

/** Namespaces of Cypher's built-in functions (`date.truncate()`, `point.distance()`, ...). */
const FUNCTION_NAMESPACES = new Set(["date", "datetime", "localdatetime", "localtime", "time", "duration", "point", "vector", "string"]);
const ALLOWED_FUNCTIONS = new Set(["db.nameFromElementId"].map((name) => name.toLowerCase()));

const WRITE_CLAUSES = new Set([
  "CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DETACH", "NODETACH", "FOREACH", "INSERT",
  "DROP", "ALTER", "GRANT", "DENY", "REVOKE", "RENAME", "TERMINATE", "DEALLOCATE", "REALLOCATE",
]);
const SHOWABLE = new Set(["INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS", "PROCEDURE", "PROCEDURES", "FUNCTION", "FUNCTIONS"]);
const KEYWORDS = new Set([
  ...WRITE_CLAUSES, "LOAD", "CSV", "CALL", "USE", "SHOW", "TRANSACTIONS", "PERIODIC", "COMMIT", "START", "STOP", "ENABLE",
  "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "YIELD", "UNION", "FROM", "DATABASE", "DBMS", "APOC",
]);

// Latin look-alikes among Cyrillic and Greek capitals and small letters.
const CONFUSABLES: Record<string, string> = Object.fromEntries(
  [..."АВЕКМНОРСТХУІЅЈавекмнорстхуіѕјΑΒΕΖΗΙΚΜΝΟΡΤΥΧαβεικνορτυχ"].map((char, index) => [
    char,
    "ABEKMHOPCTXYISJabekmhopctxyisjABEZHIKMNOPTYXabeiknoptux"[index] ?? char,
  ]),
);
const skeleton = (word: string) => [...word.normalize("NFKC")].map((char) => CONFUSABLES[char] ?? char).join("");

/**
 * Neo4j decodes Java-style `\uXXXX` escapes anywhere in the query text before it parses it, in
 * comments, names and keywords too: `R\u0045TURN 1` runs, and `'\u0027 CALL dbms.x() //'`
 * is a string to a lexer but an empty string and a procedure call to Neo4j. So the escapes are
 * decoded first (any `\uXXXX`, a superset of Java's rule), then NFKC-normalised (a fullwidth
 * backslash becomes `\`), until nothing changes: the text that results holds no escape left
 * for Neo4j to decode, so Neo4j parses exactly what was checked.
 */
export function canonicalQuery(query: string): string | null {
  let text = query;
  for (let round = 0; round < 8; round++) {
    const next = text.replace(/\\u([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).normalize("NFKC");
    if (next === text) return text;
    text = next;
  }
  return null;
}

export type ConsolePosition = { line: number; column: number; offset: number };
export type ConsoleCheck =
  | { ok: true; query: string }
  | { ok: false; kind: "refused" | "syntax"; message: string; position: ConsolePosition };

const isSymbol = (token: Token | undefined, text: string) => token?.kind === "symbol" && token.text === text;
const isName = (token: Token | undefined) => token?.kind === "word" || token?.kind === "quoted";

/** A bare word used as a keyword: not a property (`n.set`), a label (`:Set`) or a map key (`{set: 1}`). */
function keywordAt(tokens: readonly Token[], i: number): string | null {
  const token = tokens[i];
  if (token?.kind !== "word") return null;
  if (isSymbol(tokens[i - 1], ".") || isSymbol(tokens[i - 1], ":") || isSymbol(tokens[i + 1], ":")) return null;
  return token.text.toUpperCase();
}

/** `a.b.c` starting at i (names may be `quoted`); returns the name and the index after it. */
function dottedName(tokens: readonly Token[], i: number): { name: string; end: number } | null {
  if (!isName(tokens[i])) return null;
  const parts = [tokens[i]?.text ?? ""];
  let j = i + 1;
  while (isSymbol(tokens[j], ".") && isName(tokens[j + 1])) {
    parts.push(tokens[j + 1]?.text ?? "");
    j += 2;
  }
  return { name: parts.join("."), end: j };
}

function refusal(tokens: readonly Token[], i: number, text: string): string | null {
  const keyword = keywordAt(tokens, i);
  const next = keywordAt(tokens, i + 1);
  const previous = keywordAt(tokens, i - 1);
  if (keyword === null) return null;
  if (WRITE_CLAUSES.has(keyword)) return `${keyword} writes to or administers the database; this console is read-only.`;
  if (keyword === "LOAD") return "LOAD CSV reads local files and URLs; it is not allowed in this console.";
  if (keyword === "PERIODIC") return "USING PERIODIC COMMIT writes in batches; it is not allowed in this console.";
  if (keyword === "TRANSACTIONS") {
    return previous === "SHOW" || previous === "TERMINATE"
      ? `${previous} TRANSACTIONS administers the server; it is not allowed in this console.`
      : "CALL { … } IN TRANSACTIONS commits in batches; it is not allowed in this console.";
  }
  if ((keyword === "START" || keyword === "STOP") && next === "DATABASE") return `${keyword} DATABASE is an administration command; it is not allowed.`;
  if (keyword === "ENABLE" && next === "SERVER") return "ENABLE SERVER is an administration command; it is not allowed.";
  if (keyword === "USE" && (i === 0 || isSymbol(tokens[i - 1], "{") || previous === "UNION" || previous === "ALL")) {
    const target = tokens[i + 1];
    if (!isName(target) || target?.text.toLowerCase() !== text.toLowerCase()) {
      return `USE switches to another database; this console reads only the "${text}" database.`;
    }
  }
  if (keyword === "SHOW") {
    for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
      const word = keywordAt(tokens, j);
      if (word === null) break;
      if (SHOWABLE.has(word)) return null;
    }
    return "Only SHOW INDEXES, SHOW CONSTRAINTS, SHOW PROCEDURES and SHOW FUNCTIONS are allowed; other SHOW commands administer the server.";
  }
  if (keyword === "CALL" && !isSymbol(tokens[i + 1], "{") && !isSymbol(tokens[i + 1], "(")) {
    const procedure = dottedName(tokens, i + 1);
    if (procedure && !ALLOWED_PROCEDURES.some((name) => name.toLowerCase() === procedure.name.toLowerCase())) {
      const why = /^dbms\./i.test(procedure.name)
        ? "dbms.* procedures administer the server"
        : /^apoc\./i.test(procedure.name)
          ? "APOC procedures can read files and URLs or write"
          : "only read-only schema and search procedures are allowed";
      return `CALL ${procedure.name}() is not allowed: ${why}. Allowed: ${ALLOWED_PROCEDURES.join(", ")}.`;
    }
  }
  return null;
}

/** A namespaced function call (`apoc.load.json(...)`) outside Cypher's built-in namespaces. */
function functionRefusal(tokens: readonly Token[], i: number): string | null {
  if (isSymbol(tokens[i - 1], ".") || keywordAt(tokens, i - 1) === "CALL") return null;
  const call = dottedName(tokens, i);
  if (!call || !call.name.includes(".") || !isSymbol(tokens[call.end], "(")) return null;
  const namespace = call.name.split(".")[0]?.toLowerCase() ?? "";
  if (FUNCTION_NAMESPACES.has(namespace) || ALLOWED_FUNCTIONS.has(call.name.toLowerCase())) return null;
  return `${call.name}() is not a built-in function; plugin and admin functions are not allowed in this console.`;
}

/** The integer value of `range()` argument tokens: a literal, a negated literal, or an integer parameter. */
function integerArgument(tokens: readonly Token[], params: Readonly<Record<string, unknown>>): number | null {
  const [first, second] = tokens;
  if (tokens.length === 1 && first?.kind === "number" && /^\d+$/.test(first.text)) return Number(first.text);
  if (tokens.length === 2 && isSymbol(first, "-") && second?.kind === "number" && /^\d+$/.test(second.text)) return -Number(second.text);
  if (tokens.length === 1 && first?.kind === "param") {
    const value = params[first.text.slice(1).replace(/^`|`$/g, "")];
    return typeof value === "number" && Number.isSafeInteger(value) ? value : null;
  }
  return null;
}

function rangeRefusal(tokens: readonly Token[], i: number, params: Readonly<Record<string, unknown>>): string | null {
  if (keywordAt(tokens, i) !== "RANGE" || !isSymbol(tokens[i + 1], "(")) return null;
  // UNWIND turns the list into rows, and Neo4j does check the timeout between rows.
  if (keywordAt(tokens, i - 1) === "UNWIND") return null;
  const args: Token[][] = [[]];
  let depth = 0;
  for (let j = i + 2; j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (isSymbol(token, "(") || isSymbol(token, "[") || isSymbol(token, "{")) depth += 1;
    if (isSymbol(token, ")") || isSymbol(token, "]") || isSymbol(token, "}")) {
      if (depth === 0) break;
      depth -= 1;
    }
    if (depth === 0 && isSymbol(token, ",")) args.push([]);
    else args.at(-1)?.push(token);
  }
  const [start, end, step = 1] = args.map((arg) => integerArgument(arg, params));
  const tooLong = `range() may produce at most ${RANGE_CAP.toLocaleString("en")} numbers here, with literal or parameter bounds: a long computation inside one expression cannot be stopped by the timeout.`;
  if (args.length < 2 || args.length > 3 || start == null || end == null || step === null) return tooLong;
  const count = step === 0 ? Number.POSITIVE_INFINITY : Math.floor((end - start) / step) + 1;
  return count > RANGE_CAP ? tooLong : null;
}

export function checkConsoleQuery(query: string, options: { database?: string; params?: Readonly<Record<string, unknown>> } = {}): ConsoleCheck {
  const database = options.database ?? "neo4j";
  const params = options.params ?? {};
  const canonical = canonicalQuery(query);
  const text = canonical ?? query;
  const fail = (kind: "refused" | "syntax", message: string, offset: number): ConsoleCheck => ({ ok: false, kind, message, position: positionOf(text, offset) });

  // Keywords spelled with look-alike letters ("ЅET" with a Cyrillic Ѕ) would read one way to
  // a person and another to the parser: refuse rather than guess.
  const original = tokenizeCypher(query);
  if ("tokens" in original) {
    for (const token of original.tokens) {
      if (token.kind === "word" && /[^\x00-\x7f]/.test(token.text) && KEYWORDS.has(skeleton(token.text).toUpperCase())) {
        const at = positionOf(query, token.offset);
        return { ok: false, kind: "refused", message: `"${token.text}" looks like the keyword ${skeleton(token.text).toUpperCase()} but is spelled with non-ASCII letters; write keywords in ASCII.`, position: at };
      }
    }
  }

  if (canonical === null) return fail("refused", "The query nests \\u escapes inside escapes; write the characters themselves.", 0);
  const lexed = tokenizeCypher(text);
  if ("error" in lexed) return fail("syntax", lexed.error.message, lexed.error.offset);
  const { tokens } = lexed;
  if (tokens.length === 0) return fail("syntax", "The query is empty.", 0);

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === "symbol" && /[\p{Cc}\p{Cf}]/u.test(token.text)) {
      return fail("refused", `The query contains an invisible control character (U+${(token.text.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}); remove it.`, token.offset);
    }
    if (isSymbol(token, ";")) {
      if (i === tokens.length - 1) return { ok: true, query: text.slice(0, token.offset) };
      return fail("refused", "One statement at a time: ';' separates statements, and only a single query may run.", token.offset);
    }
    const message = refusal(tokens, i, database) ?? functionRefusal(tokens, i) ?? rangeRefusal(tokens, i, params);
    if (message) return fail("refused", message, token.offset);
  }
  return { ok: true, query: text };
}
